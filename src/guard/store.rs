//! The store trait: what a backend must guarantee.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use super::{ClaimToken, StoreError};

/// The future a [`DeliveryStore`] method returns (boxed, so the trait is object safe).
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// What a store says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClaimState {
    /// The key was free (never seen, released, or its lease or retention expired); it is
    /// now held by the caller's token.
    Claimed,
    /// Another token holds an unexpired lease.
    InProgress {
        /// The rest of that lease, if the store knows it.
        remaining: Option<Duration>,
    },
    /// The key was completed and its retention has not expired.
    Done,
}

/// Where claims live: one record per `webhook-id`.
///
/// Each key is free, *in progress* (held by a token until a lease expires) or *done* (until
/// a retention time expires). An implementation must guarantee:
///
/// 1. **Atomic claims.** [`claim`](DeliveryStore::claim) checks and takes a free key in one
///    step: of any number of concurrent claims on a free key, across every process that
///    shares the store, exactly one gets [`ClaimState::Claimed`].
/// 2. **Expiry.** A lease or retention that has run out makes the key free, and a later
///    claim gets it.
/// 3. **Fencing.** [`release`](DeliveryStore::release) and [`renew`](DeliveryStore::renew)
///    change the key only while it is in progress under the *same* token
///    (compare-and-delete, compare-and-expire); otherwise they change nothing and return
///    `Ok(false)`. [`complete`](DeliveryStore::complete) marks the key done when it is in
///    progress under the same token *or free* (the lease ran out and nobody claimed it
///    since: the handler's success still counts); it changes nothing and returns `Ok(false)`
///    when another token holds the key or it is already done. A done key is never released
///    or renewed. So a copy whose lease ran out never overrides the copy that took over.
/// 4. **No silent forgetting.** A key in progress is never dropped before its lease ends. A
///    store that must make room may drop done keys (oldest first, within the part of the
///    store that holds the key, if it is split); when it cannot make room
///    it fails the claim with [`StoreError`] ([`StoreErrorKind::Full`](super::StoreErrorKind::Full)).
/// 5. **Failures are errors.** When the backend is unreachable or slow, return
///    [`StoreError`] (the guard answers `503`), never a made-up state; bound every call with a
///    timeout.
///
/// Keys are compared exactly, byte for byte. Tokens are opaque strings of ASCII letters
/// and digits.
pub trait DeliveryStore: Send + Sync {
    /// Takes `key` for `token` for `lease` if it is free, or says why not.
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState>;

    /// Extends the lease on `key` to `lease` from now, if `token` still holds it in progress.
    /// Returns whether it did (`Ok(false)`: the key is done, free, or held by another token).
    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool>;

    /// Marks `key` done for `retention`, if `token` still holds it or the key is free (its
    /// lease ran out and nobody claimed it). Returns whether it did (`Ok(false)`: another
    /// token holds the key, or it is already done).
    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> StoreFuture<'a, bool>;

    /// Frees `key`, if `token` still holds it (in progress). Returns whether it did.
    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool>;

    /// Does what [`claim`](DeliveryStore::claim) does, without waiting, if the store can:
    /// `Some(result)`. The guard asks here first and awaits `claim` only on `None`, the
    /// default; a store that answers from its own memory saves a future per claim. The
    /// answer must be the one `claim` would give (a store that wraps another and changes
    /// `claim` must not pass this call on unchanged).
    fn claim_without_waiting(
        &self,
        key: &str,
        token: &ClaimToken,
        lease: Duration,
    ) -> Option<Result<ClaimState, StoreError>> {
        let _ = (key, token, lease);
        None
    }

    /// Does what [`complete`](DeliveryStore::complete) does, without waiting, if the store
    /// can: `Some(result)`. As for
    /// [`claim_without_waiting`](DeliveryStore::claim_without_waiting), the default is `None`
    /// and the guard then awaits `complete`.
    fn complete_without_waiting(
        &self,
        key: &str,
        token: &ClaimToken,
        retention: Duration,
    ) -> Option<Result<bool, StoreError>> {
        let _ = (key, token, retention);
        None
    }

    /// Frees `key` as [`release`](DeliveryStore::release) does, without waiting, if the store
    /// can: `Some(result)`. A dropped claim handle calls it first, since a drop cannot wait
    /// and may happen outside any async runtime (a panic, for one). The default, `None`, makes
    /// the handle spawn `release` on the current tokio runtime instead, or leave the key to
    /// its lease when there is none.
    fn release_without_waiting(&self, key: &str, token: &ClaimToken) -> Option<bool> {
        let _ = (key, token);
        None
    }
}
