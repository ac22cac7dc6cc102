//! The claim handle: renews, completes, releases, or releases itself when dropped.

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use super::{background, ClaimToken, Guard, Outcome, StoreError};

/// Ownership of one delivery, from [`Guard::claim`]. Run the handler (inside
/// [`keep_alive`](ClaimHandle::keep_alive) if it may outlast the lease), then call
/// [`complete`](ClaimHandle::complete) (success) or [`release`](ClaimHandle::release)
/// (failure).
///
/// Dropping the handle without either releases the claim, so a panicking or cancelled
/// handler does not block OpenAI's retry until the lease expires. The release runs at
/// once when the store answers without waiting (the in-memory store), otherwise on the
/// current tokio runtime; without one, the lease expiry frees the delivery.
pub struct ClaimHandle {
    guard: Guard,
    /// Shared with the caller that claimed (the tower layer keeps one copy for both).
    webhook_id: Arc<str>,
    token: ClaimToken,
    finished: bool,
}

/// What to record once the handler has run.
#[derive(Clone, Copy)]
pub(super) enum Finish {
    Complete,
    Release,
}

impl ClaimHandle {
    pub(super) fn new(guard: Guard, webhook_id: Arc<str>, token: ClaimToken) -> ClaimHandle {
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

    /// The guard that made this claim.
    pub(super) fn guard(&self) -> &Guard {
        &self.guard
    }

    /// Extends the claim's lease to the guard's lease from now, for a handler that runs
    /// long ([`keep_alive`](ClaimHandle::keep_alive) does it on a timer).
    ///
    /// Returns `Ok(false)` if the claim is no longer ours (the lease ran out, and another
    /// copy may have claimed the delivery): nothing changed.
    pub async fn renew(&self) -> Result<bool, StoreError> {
        let store = &self.guard.inner.store;
        let result = store
            .renew(&self.webhook_id, &self.token, self.guard.inner.lease)
            .await;
        let webhook_id = &self.webhook_id;
        match &result {
            Ok(true) => {}
            Ok(false) => self.guard.report(&Outcome::LeaseLost { webhook_id }),
            Err(error) => self
                .guard
                .report(&Outcome::StoreFailed { webhook_id, error }),
        }
        result
    }

    /// The handler succeeded: marks the delivery done for the guard's retention time.
    ///
    /// That succeeds while the claim is ours, and also when its lease ran out but nobody
    /// claimed the delivery since. It returns `Ok(false)`, changing nothing, when another
    /// copy holds the delivery or already completed it. On `Err`, the handler's success
    /// still stands; the delivery stays protected by its lease until that expires.
    ///
    /// Once called, the completion runs to its end (on the tokio runtime) even if this
    /// future is dropped: the handler's success is not thrown away half-way.
    pub fn complete(self) -> impl Future<Output = Result<bool, StoreError>> + Send {
        self.finish(Finish::Complete)
    }

    /// The handler failed: frees the delivery at once so a retry runs the handler again.
    ///
    /// Returns `Ok(false)` if the claim was no longer ours: nothing changed. Like
    /// [`complete`](ClaimHandle::complete), it runs to its end once called.
    pub fn release(self) -> impl Future<Output = Result<bool, StoreError>> + Send {
        self.finish(Finish::Release)
    }

    async fn finish(mut self, finish: Finish) -> Result<bool, StoreError> {
        match self.finish_now(finish) {
            Some(result) => result,
            None => self.finish_later(finish).await,
        }
    }

    /// Records `finish` if the store answers without waiting; `None` leaves the claim as it
    /// is, for [`finish_later`](ClaimHandle::finish_later).
    pub(super) fn finish_now(&mut self, finish: Finish) -> Option<Result<bool, StoreError>> {
        let store = &self.guard.inner.store;
        let result = match finish {
            Finish::Complete => store.complete_without_waiting(
                &self.webhook_id,
                &self.token,
                self.guard.inner.retention,
            ),
            Finish::Release => store
                .release_without_waiting(&self.webhook_id, &self.token)
                .map(Ok),
        }?;
        self.finished = true;
        report_finish(&self.guard, &self.webhook_id, finish, &result);
        Some(result)
    }

    /// Records `finish` through the store's future, which runs to its end even if the caller
    /// stops waiting.
    pub(super) async fn finish_later(mut self, finish: Finish) -> Result<bool, StoreError> {
        // From here on the drop does nothing: the store call below is not cancelled.
        self.finished = true;
        let guard = self.guard.clone();
        let webhook_id = self.webhook_id.clone();
        let token = self.token.clone();
        let work = async move {
            let store = &guard.inner.store;
            let result = match finish {
                Finish::Complete => {
                    store
                        .complete(&webhook_id, &token, guard.inner.retention)
                        .await
                }
                Finish::Release => store.release(&webhook_id, &token).await,
            };
            report_finish(&guard, &webhook_id, finish, &result);
            result
        };
        background::to_the_end(work).await.unwrap_or_else(|| {
            Err(StoreError::unavailable(
                "the async runtime shut down before the store answered",
            ))
        })
    }
}

/// Reports what completing or releasing a claim did.
fn report_finish(
    guard: &Guard,
    webhook_id: &str,
    finish: Finish,
    result: &Result<bool, StoreError>,
) {
    guard.report(&match (result, finish) {
        (Ok(recorded), Finish::Complete) => Outcome::Handled {
            webhook_id,
            recorded: *recorded,
        },
        (Ok(released), Finish::Release) => Outcome::Failed {
            webhook_id,
            released: *released,
        },
        (Err(error), _) => Outcome::StoreFailed { webhook_id, error },
    });
}

impl Drop for ClaimHandle {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let guard = self.guard.clone();
        let key = self.webhook_id.to_string();
        let webhook_id = self.webhook_id.clone();
        let report = move |released: background::Released| {
            let webhook_id = &*webhook_id;
            guard.report(&match &released {
                Some(Err(error)) => Outcome::StoreFailed { webhook_id, error },
                Some(Ok(released)) => Outcome::Abandoned {
                    webhook_id,
                    released: *released,
                },
                None => Outcome::Abandoned {
                    webhook_id,
                    released: false,
                },
            });
        };
        background::release(
            self.guard.inner.store.clone(),
            key,
            self.token.clone(),
            self.guard.inner.lease,
            report,
        );
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
