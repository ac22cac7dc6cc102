//! The claim handle: completes, releases, or releases itself when dropped.

use std::fmt;

use super::{ClaimToken, Guard, Outcome, StoreError};

/// Ownership of one delivery, from [`Guard::claim`]. Run the handler, then call
/// [`complete`](ClaimHandle::complete) (success) or [`release`](ClaimHandle::release)
/// (failure).
///
/// Dropping the handle without either releases the claim, so a panicking or cancelled
/// handler does not block OpenAI's retry until the lease expires. The release runs at
/// once when the store answers without waiting (the in-memory store), otherwise on the
/// current tokio runtime; without one, the lease expiry frees the delivery.
pub struct ClaimHandle {
    guard: Guard,
    webhook_id: String,
    token: ClaimToken,
    finished: bool,
}

impl ClaimHandle {
    pub(super) fn new(guard: Guard, webhook_id: String, token: ClaimToken) -> ClaimHandle {
        ClaimHandle {
            guard,
            webhook_id,
            token,
            finished: false,
        }
    }

    /// The `webhook-id` claimed.
    pub fn webhook_id(&self) -> &str {
        &self.webhook_id
    }

    /// This claim's fencing token.
    pub fn token(&self) -> &ClaimToken {
        &self.token
    }

    /// The handler succeeded: marks the delivery done for the guard's retention time.
    ///
    /// Returns `Ok(false)` if the claim was no longer ours (the lease expired and another
    /// copy claimed it): nothing changed. On `Err`, the handler's success still stands;
    /// the delivery stays protected by its lease until that expires.
    pub async fn complete(mut self) -> Result<bool, StoreError> {
        let guard = self.guard.clone();
        let result = guard
            .store
            .complete(&self.webhook_id, &self.token, guard.retention)
            .await;
        // Set only now: if this future is dropped mid-way, `drop` still releases, and a
        // release after a completion changes nothing (the token no longer matches).
        self.finished = true;
        let webhook_id = &self.webhook_id;
        match &result {
            Ok(recorded) => guard.report(&Outcome::Handled {
                webhook_id,
                recorded: *recorded,
            }),
            Err(error) => guard.report(&Outcome::StoreFailed { webhook_id, error }),
        }
        result
    }

    /// The handler failed: frees the delivery at once so a retry runs the handler again.
    ///
    /// Returns `Ok(false)` if the claim was no longer ours: nothing changed.
    pub async fn release(mut self) -> Result<bool, StoreError> {
        let guard = self.guard.clone();
        let result = guard.store.release(&self.webhook_id, &self.token).await;
        self.finished = true;
        let webhook_id = &self.webhook_id;
        match &result {
            Ok(_) => guard.report(&Outcome::Failed { webhook_id }),
            Err(error) => guard.report(&Outcome::StoreFailed { webhook_id, error }),
        }
        result
    }
}

impl Drop for ClaimHandle {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        self.guard.report(&Outcome::Abandoned {
            webhook_id: &self.webhook_id,
        });
        let store = self.guard.store.clone();
        if store
            .release_without_waiting(&self.webhook_id, &self.token)
            .is_some()
        {
            return;
        }
        // Polling here could panic outside a runtime (a store's timers need one), and a
        // panic in a drop during unwinding aborts: spawn, or leave the key to its lease.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let webhook_id = std::mem::take(&mut self.webhook_id);
        let token = self.token.clone();
        runtime.spawn(async move {
            // Nobody is left to tell; the lease expiry covers a failure.
            let _ = store.release(&webhook_id, &token).await;
        });
    }
}

impl fmt::Debug for ClaimHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClaimHandle")
            .field("webhook_id", &self.webhook_id)
            .field("token", &self.token)
            .finish()
    }
}

impl PartialEq for ClaimHandle {
    fn eq(&self, other: &Self) -> bool {
        self.webhook_id == other.webhook_id && self.token == other.token
    }
}

impl Eq for ClaimHandle {}
