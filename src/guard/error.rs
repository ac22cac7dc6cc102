//! Store failures.

use std::error::Error;
use std::fmt;

/// Why a store could not answer. The guard answers `503`: OpenAI retries later.
#[derive(Debug)]
pub struct StoreError {
    kind: StoreErrorKind,
    source: Option<Box<dyn Error + Send + Sync>>,
}

/// The kind of a [`StoreError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreErrorKind {
    /// The backend is unreachable, failed, or did not answer in time.
    Unavailable,
    /// The store is full of deliveries in progress and cannot take another claim.
    Full,
}

impl StoreError {
    /// The backend failed; `source` says how. Its message must not contain credentials.
    pub fn unavailable(source: impl Into<Box<dyn Error + Send + Sync>>) -> StoreError {
        StoreError {
            kind: StoreErrorKind::Unavailable,
            source: Some(source.into()),
        }
    }

    /// The backend did not answer within the configured time.
    pub fn timed_out() -> StoreError {
        StoreError::unavailable("the delivery store did not answer in time")
    }

    /// No room for another claim.
    pub fn full() -> StoreError {
        StoreError {
            kind: StoreErrorKind::Full,
            source: None,
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> StoreErrorKind {
        self.kind
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.kind, &self.source) {
            (StoreErrorKind::Full, _) => {
                f.write_str("the delivery store is full of deliveries in progress")
            }
            (_, Some(source)) => write!(f, "the delivery store is unavailable: {source}"),
            (_, None) => f.write_str("the delivery store is unavailable"),
        }
    }
}

/// No `source()`: the message already names the cause (what to fix, such as a missing
/// `redis-tls` feature, shows wherever the error is printed), and a reporter that walks
/// `source()` must not print it twice.
impl Error for StoreError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_cause_once() {
        let error = StoreError::unavailable("connection refused");
        assert_eq!(
            error.to_string(),
            "the delivery store is unavailable: connection refused"
        );
        assert!(error.source().is_none());
    }
}
