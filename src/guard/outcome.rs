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
