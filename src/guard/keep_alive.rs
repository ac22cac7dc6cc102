//! Keeping a claim alive while its handler runs: the one renewal loop of every integration.

use std::future::{poll_fn, Future};
use std::pin::{pin, Pin};
use std::task::Poll;
use std::time::Duration;

use super::ClaimHandle;

impl ClaimHandle {
    /// Runs `work` (the handler) while renewing this claim's lease at half the lease, so a
    /// handler longer than the lease is not run again by a retry meanwhile. Renewal stops
    /// when `work` ends, or when the claim turns out to be lost
    /// ([`Outcome::LeaseLost`](super::Outcome::LeaseLost)); a renewal that fails on a store
    /// error is tried again sooner. Returns what `work` returns.
    ///
    /// The tower layer, [`Guard::run`](super::Guard::run) and `actix::handle_once` call it
    /// for you. Renewing needs a tokio runtime with its timers; without a runtime, `work`
    /// runs without renewal.
    ///
    /// ```
    /// use openai_webhooks::guard::{Claim, Guard};
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
    /// let guard = Guard::in_memory();
    /// if let Claim::Claimed(claim) = guard.claim("wh_1").await? {
    ///     let handled = claim.keep_alive(async { /* a long job */ true }).await;
    ///     if handled { claim.complete().await?; } else { claim.release().await?; }
    /// }
    /// # Ok::<_, openai_webhooks::guard::StoreError>(())
    /// # }).unwrap();
    /// ```
    pub async fn keep_alive<F: Future>(&self, work: F) -> F::Output {
        self.keep_alive_pinned(pin!(work)).await
    }

    /// [`keep_alive`](ClaimHandle::keep_alive) of a future the caller pinned in its own
    /// state, so the handler's future is not copied into this one.
    pub(super) async fn keep_alive_pinned<F: Future>(&self, mut work: Pin<&mut F>) -> F::Output {
        // Made at the first `Pending`: most handlers answer at their first poll, and need
        // neither a renewal timer nor a runtime. Boxed, so this future stays small.
        let mut renewing = None;
        let mut off = false;
        poll_fn(|cx| {
            if let Poll::Ready(output) = work.as_mut().poll(cx) {
                return Poll::Ready(output);
            }
            if renewing.is_none() && !off {
                off = tokio::runtime::Handle::try_current().is_err();
            }
            if !off {
                let renewal = renewing.get_or_insert_with(|| Box::pin(self.renew_until_lost()));
                off = renewal.as_mut().poll(cx).is_ready();
            }
            Poll::Pending
        })
        .await
    }

    /// Renews at half the lease; after a store error, again at an eighth. Returns once the
    /// claim is no longer ours.
    async fn renew_until_lost(&self) {
        let every = renewal_interval(self.guard().lease());
        let mut wait = every;
        loop {
            tokio::time::sleep(wait).await;
            wait = match self.renew().await {
                Ok(true) => every,
                Ok(false) => return,
                Err(_) => every / 4,
            };
        }
    }
}

/// Half the lease: a renewal that is late or fails once still lands before the lease ends.
fn renewal_interval(lease: Duration) -> Duration {
    (lease / 2).max(Duration::from_millis(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renews_at_half_the_lease() {
        assert_eq!(
            renewal_interval(Duration::from_secs(60)),
            Duration::from_secs(30)
        );
        assert_eq!(
            renewal_interval(Duration::from_millis(1)),
            Duration::from_millis(1)
        );
    }
}
