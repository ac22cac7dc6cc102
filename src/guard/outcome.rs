//! What happened to one delivery, for logs and metrics.

use std::error::Error;
use std::fmt;
use std::time::Duration;

use super::StoreError;

/// What happened to one delivery. Passed to the observer set with
/// [`Guard::on_outcome`](super::Guard::on_outcome). Never carries the secret, a signature or
/// the payload.
///
/// Its `Display` is one short log line, such as `duplicate wh_123`,
/// `in progress wh_123 (retry after 60 s)` or `rejected 401 webhook timestamp is too old`:
/// `guard.on_outcome(|outcome| println!("{outcome}"))`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Outcome<'a> {
    /// The handler succeeded. `recorded` says whether the delivery was marked done; it is
    /// `false` if the lease had expired and another copy claimed it meanwhile.
    Handled {
        /// The `webhook-id`.
        webhook_id: &'a str,
        /// Whether the store now holds the delivery as done.
        recorded: bool,
    },
    /// The handler failed (a non-success answer). `released` says whether the claim was
    /// freed for a retry; it is `false` if the lease had expired and another copy claimed it
    /// meanwhile, or the delivery was done. (A store failure is reported as
    /// [`StoreFailed`](Outcome::StoreFailed) instead.)
    Failed {
        /// The `webhook-id`.
        webhook_id: &'a str,
        /// Whether the store freed the claim.
        released: bool,
    },
    /// The claim was dropped before its handler finished (a panic, a cancelled request).
    /// `released` says whether the claim was freed for a retry: `false` if it was no longer
    /// ours, or if no async runtime was there to release it (its lease then frees it).
    Abandoned {
        /// The `webhook-id`.
        webhook_id: &'a str,
        /// Whether the store freed the claim.
        released: bool,
    },
    /// Renewing the lease of a running handler found it no longer ours: the lease ran out
    /// (a renewal failed for too long) and another copy may have claimed the delivery.
    LeaseLost {
        /// The `webhook-id`.
        webhook_id: &'a str,
    },
    /// Already handled: answered without running the handler.
    Duplicate {
        /// The `webhook-id`.
        webhook_id: &'a str,
    },
    /// Another copy is running the handler: answered `409`.
    InProgress {
        /// The `webhook-id`.
        webhook_id: &'a str,
        /// The `Retry-After` hint given.
        retry_after: Duration,
    },
    /// The store failed while claiming, completing, renewing or releasing.
    StoreFailed {
        /// The `webhook-id`.
        webhook_id: &'a str,
        /// What failed.
        error: &'a StoreError,
    },
    /// Refused before claiming (not authentic, not an event, too large): the store was not
    /// touched. Reported by integrations through [`Guard::report`](super::Guard::report).
    Rejected {
        /// The HTTP status answered.
        status: u16,
        /// Why; its message never contains the secret, a signature or the payload.
        reason: &'a (dyn Error + 'static),
    },
}

impl fmt::Display for Outcome<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let released = |released: bool| match released {
            true => "released for a retry",
            false => "not released: no longer this copy's",
        };
        match self {
            Outcome::Handled {
                webhook_id,
                recorded: true,
            } => write!(f, "handled {webhook_id}"),
            Outcome::Handled {
                webhook_id,
                recorded: false,
            } => write!(
                f,
                "handled {webhook_id} (not recorded: another copy took over)"
            ),
            Outcome::Failed {
                webhook_id,
                released: r,
            } => write!(f, "failed {webhook_id} ({})", released(*r)),
            Outcome::Abandoned {
                webhook_id,
                released: r,
            } => write!(f, "abandoned {webhook_id} ({})", released(*r)),
            Outcome::LeaseLost { webhook_id } => write!(f, "lease lost {webhook_id}"),
            Outcome::Duplicate { webhook_id } => write!(f, "duplicate {webhook_id}"),
            Outcome::InProgress {
                webhook_id,
                retry_after,
            } => write!(
                f,
                "in progress {webhook_id} (retry after {} s)",
                retry_after.as_secs()
            ),
            Outcome::StoreFailed { webhook_id, error } => {
                write!(f, "store failed {webhook_id}: {error}")
            }
            Outcome::Rejected { status, reason } => write!(f, "rejected {status} {reason}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_outcome_is_one_line() {
        let id = "wh_1";
        let error = StoreError::full();
        let reason = std::io::Error::other("webhook timestamp is too old");
        let lines = [
            (
                Outcome::Handled {
                    webhook_id: id,
                    recorded: true,
                },
                "handled wh_1".to_owned(),
            ),
            (
                Outcome::Handled {
                    webhook_id: id,
                    recorded: false,
                },
                "handled wh_1 (not recorded: another copy took over)".to_owned(),
            ),
            (
                Outcome::Failed {
                    webhook_id: id,
                    released: true,
                },
                "failed wh_1 (released for a retry)".to_owned(),
            ),
            (
                Outcome::Abandoned {
                    webhook_id: id,
                    released: false,
                },
                "abandoned wh_1 (not released: no longer this copy's)".to_owned(),
            ),
            (
                Outcome::LeaseLost { webhook_id: id },
                "lease lost wh_1".to_owned(),
            ),
            (
                Outcome::Duplicate { webhook_id: id },
                "duplicate wh_1".to_owned(),
            ),
            (
                Outcome::InProgress {
                    webhook_id: id,
                    retry_after: Duration::from_secs(60),
                },
                "in progress wh_1 (retry after 60 s)".to_owned(),
            ),
            (
                Outcome::StoreFailed {
                    webhook_id: id,
                    error: &error,
                },
                format!("store failed wh_1: {error}"),
            ),
            (
                Outcome::Rejected {
                    status: 401,
                    reason: &reason,
                },
                "rejected 401 webhook timestamp is too old".to_owned(),
            ),
        ];
        for (outcome, line) in lines {
            assert_eq!(outcome.to_string(), line);
        }
    }
}
