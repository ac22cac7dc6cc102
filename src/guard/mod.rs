//! Each delivery handled once: a duplicate-delivery guard keyed by `webhook-id` (feature
//! `guard`).
//!
//! OpenAI delivers at least once. A delivery that gets no `2xx` answer in time is retried
//! with the same `webhook-id` (re-signed with a fresh timestamp), for up to 72 hours, and a
//! copy may land on another replica while the first is still running. The [`Guard`] makes
//! sure only one copy runs the handler:
//!
//! | [`Claim`] | meaning | HTTP answer in a server |
//! |---|---|---|
//! | [`Claim::Claimed`] | first copy, or the earlier owner's lease expired: run the handler | the handler's answer |
//! | [`Claim::InProgress`] | another copy holds an unexpired lease | `409 Conflict` with `Retry-After` |
//! | [`Claim::Done`] | already handled successfully | `200` without running the handler |
//! | `Err(StoreError)` | the store is unavailable or full | `503 Service Unavailable` |
//!
//! - Claim **only after** the delivery was verified ([`Webhook::unwrap`] or
//!   [`Webhook::verify_signature`]): a forged request must never block or mark a real id.
//! - The handler succeeded: [`ClaimHandle::complete`] keeps the id as done for the retention
//!   time (default [`DEFAULT_RETENTION`], 7 days, longer than OpenAI's retry window).
//! - The handler failed: [`ClaimHandle::release`] frees the id at once so the retry runs
//!   it again. A handle that is dropped (a panic, a cancelled request) releases itself.
//! - A handler that may outlast the lease runs inside [`ClaimHandle::keep_alive`], which
//!   renews the lease at half its length ([`Guard::run`], the tower layer and
//!   `actix::handle_once` do this for you).
//! - A process that dies mid-handler leaves a lease that expires after [`DEFAULT_LEASE`].
//! - Each claim carries a [`ClaimToken`]: releasing or renewing with a stale token (the
//!   lease expired and another copy claimed) changes nothing, and so does completing. A
//!   completion after the lease ran out still counts if nobody claimed the delivery since.
//!
//! Stores: [`MemoryStore`] (one process, bounded), `RedisStore` (feature `redis`, shared by
//! replicas; one server or a Redis Cluster, TLS with the feature `redis-tls`),
//! `PostgresStore` (feature `postgres`, shared by replicas; the handler's writes and the
//! done mark commit in one transaction, and a dead process's claims are freed at once), or
//! your own [`DeliveryStore`].
//!
//! The key is the `webhook-id` alone. A `Webhook` with several secrets (one URL receiving
//! from several OpenAI projects) shares one key space across them: if the projects belong
//! to parties that must not affect each other's deliveries, give each its own route and
//! guard (for example a `RedisStore` with its own key prefix).
//!
//! ```
//! use openai_webhooks::guard::{Claim, Guard};
//! use openai_webhooks::Webhook;
//!
//! /// What an HTTP integration does with one request; returns the status to answer.
//! async fn receive(webhook: &Webhook, guard: &Guard, body: &[u8], headers: &[(&str, &str)]) -> u16 {
//!     let Ok(event) = webhook.unwrap(body, headers) else { return 401 };
//!     let webhook_id = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("webhook-id")).map(|(_, v)| *v);
//!     match guard.claim(webhook_id.unwrap_or_default()).await {
//!         Ok(Claim::Claimed(claim)) => {
//!             let handled = handle(&event).await;
//!             if handled {
//!                 let _ = claim.complete().await; // done: later copies get 200
//!                 200
//!             } else {
//!                 let _ = claim.release().await; // OpenAI's retry runs it again
//!                 500
//!             }
//!         }
//!         Ok(Claim::InProgress { .. }) => 409, // with `Retry-After`
//!         Ok(Claim::Done) => 200,              // a duplicate: don't run the handler
//!         Ok(_) => 503,                        // a state added later: retry
//!         Err(_) => 503,                       // never run unguarded
//!     }
//! }
//! # async fn handle(_: &openai_webhooks::UnwrapWebhookEvent) -> bool { true }
//! # let webhook = Webhook::new("whsec_Zg==").unwrap();
//! # let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
//! # let body = br#"{"id": "evt_1", "object": "event", "created_at": 1, "type": "batch.completed", "data": {"id": "batch_1"}}"#;
//! # let signature = webhook.sign("wh_1", now, body);
//! # let timestamp = now.to_string();
//! # let headers = [("webhook-id", "wh_1"), ("webhook-timestamp", timestamp.as_str()), ("webhook-signature", signature.as_str())];
//! # let guard = Guard::in_memory();
//! # let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
//! # assert_eq!(rt.block_on(receive(&webhook, &guard, body, &headers)), 200);
//! # assert!(matches!(rt.block_on(guard.claim("wh_1")).unwrap(), Claim::Done));
//! ```
//!
//! [`Guard::answer`] does the same for any HTTP server, in one call (the tower layer and
//! `actix::handle_once` are built on it), and [`Guard::run`] for a handler that returns a
//! `Result`. Every outcome also goes to the callback set with [`Guard::on_outcome`], for logs
//! and metrics.
//!
//! [`Webhook::unwrap`]: crate::Webhook::unwrap
//! [`Webhook::verify_signature`]: crate::Webhook::verify_signature

mod answer;
mod background;
mod clock;
mod error;
mod handle;
mod keep_alive;
mod memory;
mod outcome;
#[cfg(feature = "postgres")]
#[cfg_attr(docsrs, doc(cfg(feature = "postgres")))]
mod postgres;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
mod redis;
mod store;
mod token;

use std::fmt;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use answer::Flow;
pub use answer::{Answer, Reply, UNAVAILABLE_RETRY_AFTER};
pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{StoreError, StoreErrorKind};
pub use handle::ClaimHandle;
pub use memory::{MemoryStore, DEFAULT_MAX_ENTRIES};
pub use outcome::Outcome;
#[cfg(feature = "postgres")]
pub use postgres::{DeliveryTransaction, PostgresConfig, PostgresStore, DEFAULT_TABLE};
#[cfg(feature = "redis")]
pub use redis::{RedisConfig, RedisStore, DEFAULT_KEY_PREFIX};
pub use store::{ClaimState, DeliveryStore, StoreFuture};
pub use token::ClaimToken;

/// How long a claim protects a running handler before another copy may take over: 60 s.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(60);

/// How long a handled delivery is remembered: 7 days, beyond OpenAI's 72-hour retries.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// The shortest lease or retention: Redis keeps keys for whole milliseconds.
const MIN_DURATION: Duration = Duration::from_millis(1);

/// Callback for every per-delivery [`Outcome`].
type Observer = Arc<dyn Fn(&Outcome<'_>) + Send + Sync>;

/// The duplicate-delivery guard: a [`DeliveryStore`] plus the lease and retention times.
///
/// Cheap to clone (the store is shared); build it once at start-up.
#[derive(Clone)]
pub struct Guard {
    // One pointer: every claim holds a clone of the guard, in futures that servers move.
    inner: Arc<Settings>,
}

// Aligned so the settings, read by every claim, sit on a cache line of their own, apart
// from the `Arc`'s counts, which every claim writes (a claim handle holds a clone).
#[derive(Clone)]
#[repr(align(128))]
struct Settings {
    store: Arc<dyn DeliveryStore>,
    lease: Duration,
    retention: Duration,
    observer: Option<Observer>,
}

impl fmt::Debug for Guard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Guard")
            .field("lease", &self.inner.lease)
            .field("retention", &self.inner.retention)
            .finish_non_exhaustive()
    }
}

/// The answer to [`Guard::claim`]. Match on it (a claim is ownership, not a value to compare).
#[derive(Debug)]
#[must_use = "a claimed delivery must be completed or released"]
#[non_exhaustive]
pub enum Claim {
    /// This copy owns the delivery: run the handler, then complete or release the handle.
    Claimed(ClaimHandle),
    /// Another copy is running the handler. Answer `409 Conflict` with `Retry-After`.
    InProgress {
        /// A hint for `Retry-After`: the rest of the other copy's lease, at least 1 s.
        retry_after: Duration,
    },
    /// The delivery was already handled. Answer `200` without running the handler.
    Done,
}

/// The answer to [`Guard::run`].
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RunOutcome<T, E> {
    /// The handler ran and returned this; `Ok` was recorded as done, `Err` released.
    Ran(Result<T, E>),
    /// Another copy is running the handler; nothing ran here.
    InProgress {
        /// A hint for `Retry-After`.
        retry_after: Duration,
    },
    /// Already handled; nothing ran here.
    Done,
}

impl Guard {
    /// A guard over `store`, with the default lease and retention.
    pub fn new(store: impl DeliveryStore + 'static) -> Guard {
        Guard::from_arc(Arc::new(store))
    }

    /// A guard over a store that is already shared.
    pub fn from_arc(store: Arc<dyn DeliveryStore>) -> Guard {
        let settings = Settings {
            store,
            lease: DEFAULT_LEASE,
            retention: DEFAULT_RETENTION,
            observer: None,
        };
        Guard {
            inner: Arc::new(settings),
        }
    }

    /// A guard over a new [`MemoryStore`] with default limits: for a single process.
    pub fn in_memory() -> Guard {
        Guard::new(MemoryStore::new())
    }

    /// Sets the lease: how long a claim holds before another copy may take over, unless it
    /// is renewed. A handler run with [`ClaimHandle::keep_alive`] (as the integrations do)
    /// renews it at half its length; the lease then bounds how long a delivery whose process
    /// died stays blocked.
    ///
    /// A zero lease is raised to 1 ms, the shortest every store keeps (a claim that expires
    /// as it is made would let every copy run).
    #[must_use = "builder methods return the changed value; use it"]
    pub fn with_lease(mut self, lease: Duration) -> Guard {
        Arc::make_mut(&mut self.inner).lease = lease.max(MIN_DURATION);
        self
    }

    /// Sets how long a handled delivery is remembered.
    ///
    /// A zero retention is raised to 1 ms, as for the lease.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn with_retention(mut self, retention: Duration) -> Guard {
        Arc::make_mut(&mut self.inner).retention = retention.max(MIN_DURATION);
        self
    }

    /// Calls `observer` with the [`Outcome`] of every delivery that reaches the guard, and
    /// with the rejections that integrations [report](Guard::report): the tower layer does,
    /// and so do the actix-web extractors when the guard is in the app's data
    /// (`web::Data<Guard>`). Keep it fast.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn on_outcome(mut self, observer: impl Fn(&Outcome<'_>) + Send + Sync + 'static) -> Guard {
        Arc::make_mut(&mut self.inner).observer = Some(Arc::new(observer));
        self
    }

    /// The lease.
    pub fn lease(&self) -> Duration {
        self.inner.lease
    }

    /// The retention.
    pub fn retention(&self) -> Duration {
        self.inner.retention
    }

    /// The store.
    pub fn store(&self) -> &Arc<dyn DeliveryStore> {
        &self.inner.store
    }

    /// Claims the delivery `webhook_id` (the `webhook-id` header).
    ///
    /// Call this only for a delivery whose signature and timestamp were verified. An error
    /// means the store is unavailable or full: answer `503` and don't run the handler.
    ///
    /// If the store fails, or this future is dropped, after the claim may have reached the
    /// store, its token is released in the background: no lease is left that nobody owns.
    pub async fn claim(&self, webhook_id: &str) -> Result<Claim, StoreError> {
        self.claim_with(webhook_id.into(), ClaimToken::generate())
            .await
    }

    /// [`Guard::claim`] with a token made beforehand.
    pub(super) async fn claim_with(
        &self,
        webhook_id: Arc<str>,
        token: ClaimToken,
    ) -> Result<Claim, StoreError> {
        match self.claim_now(webhook_id, token) {
            Ok(claim) => claim,
            Err((webhook_id, token)) => self.claim_waiting(webhook_id, token).await,
        }
    }

    /// The claim, if the store answers without waiting; else the arguments back.
    pub(super) fn claim_now(
        &self,
        webhook_id: Arc<str>,
        token: ClaimToken,
    ) -> Result<Result<Claim, StoreError>, (Arc<str>, ClaimToken)> {
        match self
            .inner
            .store
            .claim_without_waiting(&webhook_id, &token, self.inner.lease)
        {
            Some(state) => Ok(self.settle(webhook_id, token, state)),
            None => Err((webhook_id, token)),
        }
    }

    /// The claim, through the store's future.
    pub(super) async fn claim_waiting(
        &self,
        webhook_id: Arc<str>,
        token: ClaimToken,
    ) -> Result<Claim, StoreError> {
        let mut unanswered = Unanswered {
            guard: self,
            webhook_id: &webhook_id,
            token: &token,
            armed: true,
        };
        let state = self
            .inner
            .store
            .claim(&webhook_id, &token, self.inner.lease)
            .await;
        unanswered.armed = false;
        drop(unanswered);
        self.settle(webhook_id, token, state)
    }

    /// What the store's answer to a claim means, reported to the observer.
    fn settle(
        &self,
        webhook_id: Arc<str>,
        token: ClaimToken,
        state: Result<ClaimState, StoreError>,
    ) -> Result<Claim, StoreError> {
        let claim = match state {
            Ok(ClaimState::Claimed) => {
                return Ok(Claim::Claimed(ClaimHandle::new(
                    self.clone(),
                    webhook_id,
                    token,
                )))
            }
            Ok(ClaimState::InProgress { remaining }) => Claim::InProgress {
                retry_after: retry_after(remaining.unwrap_or(self.inner.lease)),
            },
            Ok(ClaimState::Done) => Claim::Done,
            Err(error) => {
                // A claim that timed out may have been applied.
                self.release_in_background(&webhook_id, &token);
                self.report(&Outcome::StoreFailed {
                    webhook_id: &webhook_id,
                    error: &error,
                });
                return Err(error);
            }
        };
        self.report(&match claim {
            Claim::InProgress { retry_after } => Outcome::InProgress {
                webhook_id: &webhook_id,
                retry_after,
            },
            _ => Outcome::Duplicate {
                webhook_id: &webhook_id,
            },
        });
        Ok(claim)
    }

    /// Runs `handler` once per delivery: claims `webhook_id`, runs the handler if claimed
    /// (renewing the lease meanwhile, see [`ClaimHandle::keep_alive`]), then records `Ok` as
    /// done and releases on `Err` (or if this future is dropped).
    ///
    /// ```
    /// use openai_webhooks::guard::{Guard, RunOutcome};
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let guard = Guard::in_memory();
    /// let first = guard.run("wh_1", async { Ok::<_, ()>("handled") }).await?;
    /// assert_eq!(first, RunOutcome::Ran(Ok("handled")));
    /// let again = guard.run("wh_1", async { Ok::<_, ()>("handled") }).await?;
    /// assert_eq!(again, RunOutcome::Done);
    /// # Ok::<_, openai_webhooks::guard::StoreError>(())
    /// # }).unwrap();
    /// ```
    pub async fn run<T, E>(
        &self,
        webhook_id: &str,
        handler: impl Future<Output = Result<T, E>>,
    ) -> Result<RunOutcome<T, E>, StoreError> {
        // The flow records a `2xx` as done: `Ok` reads as 200, `Err` as 500.
        let status = |result: &Result<T, E>| if result.is_ok() { 200 } else { 500 };
        let then = |flow, _: &str| match flow {
            Flow::Ran { result, .. } => Ok(RunOutcome::Ran(result)),
            Flow::InProgress { retry_after } => Ok(RunOutcome::InProgress { retry_after }),
            Flow::Done => Ok(RunOutcome::Done),
            Flow::Unavailable(error) => Err(error),
        };
        let (webhook_id, token) = (webhook_id.into(), ClaimToken::generate());
        // Declared before the handler, so dropped after it (see `Guard::answer_pinned`).
        let mut held = None;
        let handler = pin!(handler);
        self.flow(&webhook_id, (&token, &mut held), handler, status, then)
            .await
    }

    /// Passes `outcome` to the observer set with [`Guard::on_outcome`], if any. Integrations
    /// call it for deliveries they refuse before claiming ([`Outcome::Rejected`]).
    pub fn report(&self, outcome: &Outcome<'_>) {
        // Every per-delivery outcome passes here: the one place for logging integrations.
        if let Some(observer) = &self.inner.observer {
            observer(outcome);
        }
    }
}

/// A claim sent to the store without an answer yet. Dropped armed (the store failed, or the
/// caller gave up waiting), it releases the token in the background: harmless if the claim
/// never reached the store, and it frees the key at once if it did.
struct Unanswered<'a> {
    guard: &'a Guard,
    webhook_id: &'a str,
    token: &'a ClaimToken,
    armed: bool,
}

impl Drop for Unanswered<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.guard
                .release_in_background(self.webhook_id, self.token);
        }
    }
}

impl Guard {
    /// Frees `webhook_id` if `token` holds it, without waiting for the store.
    fn release_in_background(&self, webhook_id: &str, token: &ClaimToken) {
        let store = self.inner.store.clone();
        let key = webhook_id.to_owned();
        background::release(store, key, token.clone(), self.inner.lease, |_| {});
    }
}

/// A `Retry-After` hint: whole seconds, rounded up, at least one.
fn retry_after(remaining: Duration) -> Duration {
    let secs = remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0);
    Duration::from_secs(secs.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(retry_after(Duration::ZERO), Duration::from_secs(1));
        assert_eq!(
            retry_after(Duration::from_millis(1)),
            Duration::from_secs(1)
        );
        assert_eq!(
            retry_after(Duration::from_millis(1001)),
            Duration::from_secs(2)
        );
        assert_eq!(
            retry_after(Duration::from_secs(60)),
            Duration::from_secs(60)
        );
    }
}
