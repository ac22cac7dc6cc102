//! Why a command stopped, and the exit status that says so.

use std::fmt;
use std::process::ExitCode;

/// A command's failure: a one-line message and its exit status.
#[derive(Debug)]
pub enum Failure {
    /// Verification or delivery failed, or the network did (exit status 1).
    Failed(String),
    /// The command line, a file it names, or the secret is unusable (exit status 2).
    Usage(String),
    /// Something failed that the command's output already reports (exit status 1, and no
    /// error line).
    Reported,
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Failed(_) | Failure::Reported => ExitCode::from(1),
            Failure::Usage(_) => ExitCode::from(2),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Failed(message) | Failure::Usage(message) => f.write_str(message),
            Failure::Reported => f.write_str("see the report above"),
        }
    }
}

/// An error and its causes, `: `-separated: the crate's errors keep causes in `source()`.
pub fn with_causes(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
