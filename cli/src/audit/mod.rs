//! `openai-webhooks audit`: a report card for a webhook endpoint, in any language.

mod checks;
mod probe;
mod report;

use std::time::Duration;

use clap::Args;

use crate::client::{self, CaCertArg};
use crate::failure::Failure;
use crate::output;
use crate::secret::SecretArg;
use probe::Prober;
use report::{Level, Verdict};

/// Audit a webhook endpoint: does it refuse forged and stale deliveries, acknowledge
/// retries, accept event types and fields it has never seen, and answer in time?
///
/// Sends signed deliveries as OpenAI does (each with fresh `evt_…` and `msg_…` ids, one at
/// a time, 10 s allowed for each) and prints one line per check, `PASS <id>  <what was
/// seen>`, `WARN …` or `FAIL …`, then `N passed, M failed, K warned`. Exit status: 0 when
/// no check failed, 1 when one did, 2 for a usage error or an endpoint that cannot be
/// reached (or whose certificate does not verify).
///
/// Checks: accepts-valid, refuses-unsigned, refuses-wrong-secret, refuses-tampered,
/// refuses-stale, refuses-future, refuses-malformed-signature, accepts-multiple-signatures,
/// acknowledges-retry, concurrent-copies, accepts-unknown-type, accepts-new-field,
/// accepts-large, answers-quickly.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    export OPENAI_WEBHOOK_SECRET=whsec_...\n  \
    openai-webhooks audit --url http://127.0.0.1:8000/webhook\n  \
    openai-webhooks audit --url https://staging.example.com/webhook --cacert ca.pem\n  \
    openai-webhooks audit --url http://127.0.0.1:8000/webhook --only refuses-stale acknowledges-retry --json")]
pub struct AuditCommand {
    /// The endpoint, an http:// or https:// URL.
    #[arg(long)]
    url: String,
    /// Print the report as one JSON document.
    #[arg(long)]
    json: bool,
    /// Run only these checks (names as above; comma- or space-separated).
    #[arg(long, value_name = "ID", num_args = 1.., value_delimiter = ',')]
    only: Vec<String>,
    #[command(flatten)]
    cacert: CaCertArg,
    #[command(flatten)]
    secret: SecretArg,
}

/// How long each request may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(10);

impl AuditCommand {
    pub fn run(self) -> Result<(), Failure> {
        let uri = client::target_url("--url", &self.url)?;
        let selected = self.selected()?;
        let prober = Prober::new(self.cacert.poster(TIMEOUT)?, uri, self.secret.webhook()?);
        let verdicts = crate::runtime()?.block_on(run_checks(prober, &selected, !self.json))?;
        if self.json {
            report::print_json(&self.url, &verdicts);
        } else {
            output::line(&report::summary(&verdicts));
        }
        match verdicts.iter().filter(|v| v.level == Level::Fail).count() {
            0 => Ok(()),
            _ => Err(Failure::Reported),
        }
    }

    /// The checks to run, in their usual order.
    fn selected(&self) -> Result<Vec<&'static str>, Failure> {
        if let Some(unknown) = self
            .only
            .iter()
            .find(|id| !checks::CHECKS.contains(&id.as_str()))
        {
            return Err(Failure::Usage(format!(
                "--only: no check named `{unknown}`; the checks are {}",
                checks::CHECKS.join(", ")
            )));
        }
        Ok(checks::CHECKS
            .into_iter()
            .filter(|id| self.only.is_empty() || self.only.iter().any(|o| o == id))
            .collect())
    }
}

/// Runs the checks one after the other; with `print`, each line as its check ends.
async fn run_checks(
    mut prober: Prober,
    selected: &[&'static str],
    print: bool,
) -> Result<Vec<Verdict>, Failure> {
    let mut verdicts = Vec::new();
    for id in selected {
        let verdict = checks::run(id, &mut prober).await?;
        if print {
            output::line(&verdict.line());
        }
        verdicts.push(verdict);
    }
    Ok(verdicts)
}
