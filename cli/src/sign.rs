//! `openai-webhooks sign`: the three headers OpenAI would send with a payload.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::Args;

use crate::failure::Failure;
use crate::secret::SecretArg;
use crate::{ids, input, output};

/// Sign a payload: print the webhook-id, webhook-timestamp and webhook-signature headers
/// OpenAI would send with it.
///
/// The payload is signed byte for byte, trailing newline included if it has one. The
/// output is a header file that `openai-webhooks verify --headers` reads.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  \
    export OPENAI_WEBHOOK_SECRET=whsec_...\n  \
    openai-webhooks sign event.json > headers.txt\n  \
    openai-webhooks verify --headers headers.txt --body event.json")]
pub struct SignCommand {
    /// The webhook-id (default: a fresh random `msg_…`).
    #[arg(long)]
    id: Option<String>,
    /// The webhook-timestamp, in Unix seconds (default: now).
    #[arg(long, value_name = "UNIX", value_parser = clap::value_parser!(i64).range(0..))]
    timestamp: Option<i64>,
    /// The payload file; `-` or nothing reads stdin.
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
    #[command(flatten)]
    secret: SecretArg,
}

impl SignCommand {
    pub fn run(self) -> Result<(), Failure> {
        let webhook = self.secret.webhook()?;
        let id = match self.id {
            Some(id) => {
                ids::check("--id", &id)?;
                id
            }
            None => ids::fresh("msg_")?,
        };
        let payload = input::read(&self.file)?;
        let timestamp = self.timestamp.unwrap_or_else(now);
        output::line(&format!("webhook-id: {id}"));
        output::line(&format!("webhook-timestamp: {timestamp}"));
        output::line(&format!(
            "webhook-signature: {}",
            webhook.sign(&id, timestamp, &payload)
        ));
        Ok(())
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
