//! What happened to one delivery, for logs and metrics.

use std::error::Error;
use std::time::Duration;

use super::StoreError;

/// What happened to one delivery. Passed to the observer set with
/// [`Guard::on_outcome`](super::Guard::on_outcome). Never carries the secret, a signature or
/// the payload.
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
    /// The handler failed (a non-success answer); the claim was released for a retry.
    Failed {
        /// The `webhook-id`.
        webhook_id: &'a str,
    },
    /// The claim was dropped without an answer (a panic, a cancelled request); it was
    /// released.
    Abandoned {
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
    /// The store failed while claiming, completing or releasing.
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
