//! `openai-webhooks verify`: checks a captured delivery.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::Args;

use crate::failure::Failure;
use crate::secret::SecretArg;
use crate::{input, output};

/// Verify a captured delivery: its headers and its exact body.
///
/// The header file holds `Name: value` lines, as `curl -D` or `openai-webhooks sign` write
/// them; status lines and blank lines are skipped. Prints `valid <type> <event id>`, or the
/// reason on stderr with exit status 1 (2 when a file cannot be read or is not a header file).
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    openai-webhooks verify --headers headers.txt --body body.json\n  \
    openai-webhooks verify --headers headers.txt --body body.json --at 1750861210")]
pub struct VerifyCommand {
    /// The header file (`Name: value` lines).
    #[arg(long, value_name = "FILE")]
    headers: PathBuf,
    /// The body file, byte for byte as delivered.
    #[arg(long, value_name = "FILE")]
    body: PathBuf,
    /// Verify as of this Unix time instead of now, for old captures (the timestamp must be
    /// within 5 minutes of it).
    #[arg(long, value_name = "UNIX")]
    at: Option<u64>,
    #[command(flatten)]
    secret: SecretArg,
}

impl VerifyCommand {
    pub fn run(self) -> Result<(), Failure> {
        let at = match self.at {
            Some(secs) => UNIX_EPOCH
                .checked_add(Duration::from_secs(secs))
                .ok_or_else(|| Failure::Usage(format!("--at {secs} is beyond this clock")))?,
            None => SystemTime::now(),
        };
        let webhook = self.secret.webhook()?;
        let headers = read_headers(&self.headers)?;
        let body = input::read(&self.body)?;
        let event = webhook
            .unwrap_at(&body, &headers, at)
            .map_err(|e| Failure::Failed(crate::failure::with_causes(&e)))?;
        output::line(&format!("valid {} {}", event.event_type(), event.id()));
        Ok(())
    }
}

fn read_headers(path: &Path) -> Result<Vec<(String, String)>, Failure> {
    let bytes = input::read(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::Usage(format!("{} is not UTF-8 text", path.display())))?;
    parse_headers(&text).map_err(|line| {
        Failure::Usage(format!(
            "{} line {line} is not a `Name: value` header",
            path.display()
        ))
    })
}

/// `Name: value` pairs; `Err` holds the 1-based number of a line that is neither a header,
/// a status line nor blank.
fn parse_headers(text: &str) -> Result<Vec<(String, String)>, usize> {
    let mut headers = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("HTTP/") {
            continue;
        }
        match line.split_once(':') {
            Some((name, value)) if !name.is_empty() && !name.contains(char::is_whitespace) => {
                headers.push((name.to_owned(), value.trim().to_owned()));
            }
            _ => return Err(n + 1),
        }
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::parse_headers;

    #[test]
    fn reads_curl_dumps() {
        let dump = "HTTP/1.1 200 OK\r\nWebhook-Id: msg_1\r\nwebhook-signature: v1,a= v1,b=\r\n\r\n";
        assert_eq!(
            parse_headers(dump).unwrap(),
            [
                ("Webhook-Id".to_owned(), "msg_1".to_owned()),
                ("webhook-signature".to_owned(), "v1,a= v1,b=".to_owned())
            ]
        );
        assert_eq!(parse_headers("a: 1\nno colon here\n"), Err(2));
        assert_eq!(parse_headers(" a: 1\n"), Err(1));
    }
}
