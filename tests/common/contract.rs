//! One contract suite for every `DeliveryStore`: `contract_tests!(subject_fn)` expands to a
//! `#[tokio::test]` per case, where `subject_fn().await` gives a fresh `Subject`. A store's
//! test file includes this file as `mod contract` (`#[path = "common/contract.rs"]`) and
//! calls the macro, or calls the case functions itself.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, ManualClock, StoreError, StoreFuture,
};

/// How a store's time passes in the suite.
pub enum Time {
    /// The store runs on this clock: the suite moves it.
    Manual(ManualClock),
    /// Real time: the suite polls until the state changes, up to a bound.
    Real,
}

/// A store under test.
pub struct Subject {
    pub store: Arc<dyn DeliveryStore>,
    pub time: Time,
    /// Short enough to expire during a test.
    pub short: Duration,
    /// Long enough never to expire during a test.
    pub long: Duration,
    /// Whether the store reports the rest of a lease (`InProgress { remaining: Some(_) }`).
    pub knows_remaining: bool,
    /// Keeps a backing server alive for the test.
    pub _server: Option<Box<dyn std::any::Any + Send>>,
}

/// Upper bound on waiting for a real expiry, beyond the lease itself.
const REAL_SLACK: Duration = Duration::from_secs(10);

impl Subject {
    pub async fn claim(&self, key: &str, token: &ClaimToken, lease: Duration) -> ClaimState {
        self.store.claim(key, token, lease).await.expect("claim")
    }

    pub async fn complete(&self, key: &str, token: &ClaimToken, retention: Duration) -> bool {
        self.store
            .complete(key, token, retention)
            .await
            .expect("complete")
    }

    pub async fn release(&self, key: &str, token: &ClaimToken) -> bool {
        self.store.release(key, token).await.expect("release")
    }

    pub async fn renew(&self, key: &str, token: &ClaimToken, lease: Duration) -> bool {
        self.store.renew(key, token, lease).await.expect("renew")
    }

    /// Lets `span` pass for the store: moves a manual clock, or sleeps.
    pub async fn wait(&self, span: Duration) {
        match &self.time {
            Time::Manual(clock) => clock.advance(span),
            Time::Real => tokio::time::sleep(span).await,
        }
    }

    /// Requires `check` to hold within a few seconds of real time (for work the guard does
    /// in the background), whatever the store's clock.
    pub async fn soon(&self, what: &str, check: impl AsyncFn() -> bool) {
        let deadline = Instant::now() + REAL_SLACK;
        while !check().await {
            assert!(
                Instant::now() < deadline,
                "{what}: not within {REAL_SLACK:?}"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Lets `span` pass for the store, then requires `check` to hold. On a manual clock it
    /// also requires that `check` does *not* hold 1 ms before `span`.
    pub async fn after(&self, span: Duration, what: &str, check: impl AsyncFn() -> bool) {
        match &self.time {
            Time::Manual(clock) => {
                clock.advance(span - Duration::from_millis(1));
                assert!(!check().await, "{what}: happened 1 ms before {span:?}");
                clock.advance(Duration::from_millis(1));
                assert!(check().await, "{what}: did not happen after {span:?}");
            }
            Time::Real => {
                let deadline = Instant::now() + span + REAL_SLACK;
                loop {
                    if check().await {
                        return;
                    }
                    assert!(
                        Instant::now() < deadline,
                        "{what}: did not happen within {:?} (lease or retention {span:?})",
                        span + REAL_SLACK
                    );
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
        }
    }
}

pub fn token() -> ClaimToken {
    ClaimToken::generate()
}

pub async fn first_claim_wins_and_later_ones_see_in_progress(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.long).await, ClaimState::Claimed);
    match s.claim("wh_1", &b, s.long).await {
        ClaimState::InProgress { remaining } => {
            assert_eq!(remaining.is_some(), s.knows_remaining, "{remaining:?}");
            if let Some(remaining) = remaining {
                assert!(
                    remaining <= s.long && remaining > Duration::ZERO,
                    "{remaining:?}"
                );
            }
        }
        other => panic!("second claim: {other:?}"),
    }
    // The same token claiming again is no different from another copy.
    assert!(matches!(
        s.claim("wh_1", &a, s.long).await,
        ClaimState::InProgress { .. }
    ));
}

pub async fn completed_is_done_and_cannot_be_released(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.long).await, ClaimState::Claimed);
    assert!(s.complete("wh_1", &a, s.long).await);
    assert_eq!(s.claim("wh_1", &b, s.long).await, ClaimState::Done);
    assert!(!s.release("wh_1", &a).await, "a done key is never released");
    assert!(
        !s.complete("wh_1", &a, s.long).await,
        "completing twice is a no-op"
    );
    assert_eq!(s.claim("wh_1", &b, s.long).await, ClaimState::Done);
}

pub async fn released_is_free_again(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.long).await, ClaimState::Claimed);
    assert!(s.release("wh_1", &a).await);
    assert!(!s.release("wh_1", &a).await, "released twice");
    assert_eq!(s.claim("wh_1", &b, s.long).await, ClaimState::Claimed);
    assert!(
        !s.complete("wh_1", &a, s.long).await,
        "old token completes nothing"
    );
    assert!(s.complete("wh_1", &b, s.long).await);
}

pub async fn an_unknown_key_is_not_released_or_renewed_but_completes(s: Subject) {
    let (a, b) = (token(), token());
    assert!(!s.release("wh_never", &a).await);
    assert!(!s.renew("wh_never", &a, s.long).await);
    assert_eq!(s.claim("wh_never", &a, s.long).await, ClaimState::Claimed);
    assert!(s.release("wh_never", &a).await);
    // Free, as after a lease ran out: completing records it.
    assert!(s.complete("wh_free", &a, s.long).await);
    assert_eq!(s.claim("wh_free", &b, s.long).await, ClaimState::Done);
}

pub async fn keys_are_independent_and_exact(s: Subject) {
    let (a, b, c) = (token(), token(), token());
    assert_eq!(s.claim("wh_a", &a, s.long).await, ClaimState::Claimed);
    assert_eq!(s.claim("wh_A", &b, s.long).await, ClaimState::Claimed);
    assert_eq!(s.claim("wh_a ", &c, s.long).await, ClaimState::Claimed);
    assert!(
        !s.complete("wh_A", &a, s.long).await,
        "token of another key"
    );
    assert!(s.complete("wh_a", &a, s.long).await);
    assert!(matches!(
        s.claim("wh_A", &c, s.long).await,
        ClaimState::InProgress { .. }
    ));
}

pub async fn an_expired_lease_can_be_claimed(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.short).await, ClaimState::Claimed);
    s.after(s.short, "lease expiry frees the key", async || {
        s.claim("wh_1", &b, s.long).await == ClaimState::Claimed
    })
    .await;
    assert!(matches!(
        s.claim("wh_1", &a, s.long).await,
        ClaimState::InProgress { .. }
    ));
}

pub async fn a_stale_token_changes_nothing(s: Subject) {
    let (a, b, c) = (token(), token(), token());
    assert_eq!(s.claim("wh_1", &a, s.short).await, ClaimState::Claimed);
    s.after(s.short, "lease expiry frees the key", async || {
        s.claim("wh_1", &b, s.long).await == ClaimState::Claimed
    })
    .await;
    assert!(!s.renew("wh_1", &a, s.long).await, "stale renew");
    assert!(!s.complete("wh_1", &a, s.long).await, "stale complete");
    assert!(matches!(
        s.claim("wh_1", &c, s.long).await,
        ClaimState::InProgress { .. }
    ));
    assert!(!s.release("wh_1", &a).await, "stale release");
    assert!(matches!(
        s.claim("wh_1", &c, s.long).await,
        ClaimState::InProgress { .. }
    ));
    assert!(s.complete("wh_1", &b, s.long).await, "the owner completes");
    assert_eq!(s.claim("wh_1", &c, s.long).await, ClaimState::Done);
}

pub async fn an_expired_lease_without_a_new_owner_still_completes(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.short).await, ClaimState::Claimed);
    // Claimed after wh_1 with the same lease: once it is free, so is wh_1.
    assert_eq!(s.claim("wh_timer", &a, s.short).await, ClaimState::Claimed);
    s.after(s.short, "lease expiry frees the key", async || {
        s.claim("wh_timer", &b, s.long).await == ClaimState::Claimed
    })
    .await;
    assert!(!s.release("wh_1", &a).await, "expired lease released");
    assert!(!s.renew("wh_1", &a, s.long).await, "expired lease renewed");
    assert!(
        s.complete("wh_1", &a, s.long).await,
        "a slow handler's success counts while nobody else took the key"
    );
    assert_eq!(s.claim("wh_1", &b, s.long).await, ClaimState::Done);
    assert!(!s.complete("wh_1", &b, s.long).await, "already done");
}

pub async fn renewing_extends_only_the_own_lease(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.short).await, ClaimState::Claimed);
    assert!(s.renew("wh_1", &a, s.long).await, "the owner renews");
    assert!(!s.renew("wh_1", &b, s.long).await, "another token renews");
    s.wait(s.short * 2).await;
    match s.claim("wh_1", &b, s.long).await {
        ClaimState::InProgress { remaining } => {
            assert_eq!(remaining.is_some(), s.knows_remaining, "{remaining:?}");
            if let Some(remaining) = remaining {
                assert!(
                    remaining > s.short,
                    "renewed to the long lease: {remaining:?}"
                );
            }
        }
        other => panic!("renewed lease ended early: {other:?}"),
    }
    // A renewal to a short lease shortens it: the lease is always `lease` from now.
    assert!(s.renew("wh_1", &a, s.short).await);
    s.after(s.short, "the renewed short lease ends", async || {
        s.claim("wh_1", &b, s.long).await == ClaimState::Claimed
    })
    .await;
    assert!(!s.renew("wh_1", &a, s.long).await, "taken over: not ours");
    assert!(s.complete("wh_1", &b, s.long).await);
    assert!(
        !s.renew("wh_1", &b, s.long).await,
        "a done key is not renewed"
    );
    assert_eq!(s.claim("wh_1", &a, s.long).await, ClaimState::Done);
}

/// How [`LostAnswer`] fails a claim after passing it on.
#[derive(Clone, Copy)]
enum Lost {
    /// The answer never comes: the caller gives up waiting and drops the claim.
    Hang,
    /// The call fails, as a timeout after the store applied it does.
    Error,
}

/// A store whose claims reach the backing store but whose answers are lost.
struct LostAnswer {
    inner: Arc<dyn DeliveryStore>,
    lost: Lost,
}

impl DeliveryStore for LostAnswer {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        Box::pin(async move {
            self.inner.claim(key, token, lease).await?;
            match self.lost {
                Lost::Hang => std::future::pending().await,
                Lost::Error => Err(StoreError::timed_out()),
            }
        })
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        self.inner.renew(key, token, lease)
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> StoreFuture<'a, bool> {
        self.inner.complete(key, token, retention)
    }

    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool> {
        self.inner.release(key, token)
    }

    fn release_without_waiting(&self, key: &str, token: &ClaimToken) -> Option<bool> {
        self.inner.release_without_waiting(key, token)
    }
}

/// A claim whose answer is lost after the store applied it leaves no lease behind that
/// nobody owns: the guard releases its token, and a retry claims the key long before the
/// lease would have ended.
pub async fn a_claim_lost_after_the_store_applied_it_leaves_no_orphan(s: Subject) {
    for (key, lost) in [("wh_hang", Lost::Hang), ("wh_error", Lost::Error)] {
        let store = LostAnswer {
            inner: s.store.clone(),
            lost,
        };
        let guard = Guard::new(store).with_lease(s.long);
        match lost {
            Lost::Hang => {
                let claim = tokio::time::timeout(Duration::from_millis(200), guard.claim(key));
                assert!(claim.await.is_err(), "{key}: the answer was lost");
            }
            Lost::Error => assert!(guard.claim(key).await.is_err(), "{key}: an error"),
        }
        s.soon(
            &format!("{key}: the applied claim is released"),
            async || match s.claim(key, &token(), s.long).await {
                ClaimState::Claimed => true,
                ClaimState::InProgress { .. } => false,
                other => panic!("{key}: {other:?}"),
            },
        )
        .await;
    }
    // An answered claim is not released behind its owner's back.
    let guard = Guard::from_arc(s.store.clone()).with_lease(s.long);
    let Claim::Claimed(claim) = guard.claim("wh_kept").await.expect("claim") else {
        panic!("first claim");
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(matches!(
        s.claim("wh_kept", &token(), s.long).await,
        ClaimState::InProgress { .. }
    ));
    assert!(claim.complete().await.expect("complete"));
}

pub async fn done_expires_after_retention(s: Subject) {
    let (a, b) = (token(), token());
    assert_eq!(s.claim("wh_1", &a, s.long).await, ClaimState::Claimed);
    assert!(s.complete("wh_1", &a, s.short).await);
    assert_eq!(s.claim("wh_1", &b, s.long).await, ClaimState::Done);
    s.after(s.short, "retention expiry frees the key", async || {
        s.claim("wh_1", &b, s.long).await == ClaimState::Claimed
    })
    .await;
}

pub async fn concurrent_claims_have_exactly_one_winner(s: Subject) {
    const TASKS: usize = 64;
    let barrier = Arc::new(tokio::sync::Barrier::new(TASKS));
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (store, barrier, lease) = (s.store.clone(), barrier.clone(), s.long);
            tokio::spawn(async move {
                let token = token();
                barrier.wait().await;
                let state = store.claim("wh_race", &token, lease).await.expect("claim");
                (state, token)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        match task.await.expect("task") {
            (ClaimState::Claimed, token) => winners.push(token),
            (ClaimState::InProgress { .. }, _) => {}
            (other, _) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one of {TASKS} claims wins");
    assert!(
        s.complete("wh_race", &winners[0], s.long).await,
        "the winner owns it"
    );
}

/// Expands to one test per contract case; `$subject` is an async fn returning a `Subject`.
#[macro_export]
macro_rules! contract_tests {
    ($subject:path) => {
        $crate::contract_tests!(@cases $subject,
            first_claim_wins_and_later_ones_see_in_progress,
            completed_is_done_and_cannot_be_released,
            released_is_free_again,
            an_unknown_key_is_not_released_or_renewed_but_completes,
            keys_are_independent_and_exact,
            an_expired_lease_can_be_claimed,
            a_stale_token_changes_nothing,
            an_expired_lease_without_a_new_owner_still_completes,
            renewing_extends_only_the_own_lease,
            a_claim_lost_after_the_store_applied_it_leaves_no_orphan,
            done_expires_after_retention,
            concurrent_claims_have_exactly_one_winner,
        );
    };
    (@cases $subject:path, $($case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                contract::$case($subject().await).await;
            }
        )*
    };
}
