//! The endpoint secret: from `--secret` or `OPENAI_WEBHOOK_SECRET`, never shown.

use std::fmt;

use clap::Args;
use openai_webhooks::{Error, Webhook};

use crate::failure::Failure;

const ENV: &str = "OPENAI_WEBHOOK_SECRET";
/// The secret being rotated out, which `Webhook::from_env` also accepts.
const PREVIOUS_ENV: &str = "OPENAI_WEBHOOK_SECRET_PREVIOUS";
const REDACTED: &str = "<redacted>";

/// The `--secret` option shared by the commands that sign or verify.
#[derive(Args)]
pub struct SecretArg {
    /// The endpoint secret (`whsec_…`). Prefer the OPENAI_WEBHOOK_SECRET environment
    /// variable: a secret on the command line ends up in shell history and process lists.
    #[arg(long, value_name = "SECRET")]
    secret: Option<String>,
}

impl fmt::Debug for SecretArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.secret.as_ref().map(|_| REDACTED);
        f.debug_struct("SecretArg").field("secret", &shown).finish()
    }
}

impl SecretArg {
    /// The keyed verifier; `--secret` wins over the environment.
    pub fn webhook(&self) -> Result<Webhook, Failure> {
        match &self.secret {
            Some(secret) => {
                Webhook::new(secret).map_err(|e| Failure::Usage(format!("--secret: {e}")))
            }
            None => Webhook::from_env().map_err(|e| match e {
                Error::MissingSecret => {
                    Failure::Usage(format!("no webhook secret: set {ENV} (or pass --secret)"))
                }
                // The library's message names the variable that is wrong.
                other => Failure::Usage(other.to_string()),
            }),
        }
    }
}

/// The secrets this process could know of: the environment's (current and previous) and
/// any `--secret` value in `args`, whether or not the command line parsed.
pub fn known_secrets(args: &[String]) -> Vec<String> {
    let mut secrets: Vec<String> = [ENV, PREVIOUS_ENV]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--secret" {
            secrets.extend(args.next().cloned());
        } else if let Some(value) = arg.strip_prefix("--secret=") {
            secrets.push(value.to_owned());
        }
    }
    secrets.retain(|s| !s.trim().is_empty());
    secrets
}

/// `text` with every occurrence of each secret (and of its trimmed form) replaced.
pub fn redact(text: &str, secrets: &[String]) -> String {
    let mut text = text.to_owned();
    for secret in secrets {
        for form in [secret.as_str(), secret.trim()] {
            if !form.is_empty() && text.contains(form) {
                text = text.replace(form, REDACTED);
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_secret_options() {
        let args: Vec<String> = ["x", "--secret", "s1", "--secret=s2", "--secret"]
            .map(String::from)
            .into();
        let found = known_secrets(&args);
        assert!(found.contains(&"s1".to_owned()) && found.contains(&"s2".to_owned()));
    }

    #[test]
    fn debug_hides_the_secret() {
        let arg = SecretArg {
            secret: Some("whsec_Zm9v".into()),
        };
        assert_eq!(
            format!("{arg:?}"),
            r#"SecretArg { secret: Some("<redacted>") }"#
        );
    }

    #[test]
    fn redacts_every_occurrence() {
        let secrets = vec![" whsec_abc= \n".to_owned()];
        assert_eq!(
            redact("a whsec_abc= b whsec_abc=", &secrets),
            "a <redacted> b <redacted>"
        );
    }
}
