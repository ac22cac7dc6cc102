//! The in-memory store and the framework-neutral guard, on an injected clock.

#[path = "common/contract.rs"]
mod contract;

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use contract::{Subject, Time};
use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, ManualClock, MemoryStore, Outcome,
    RunOutcome, StoreError, StoreErrorKind, DEFAULT_LEASE, DEFAULT_RETENTION,
};

async fn memory() -> Subject {
    let clock = ManualClock::new();
    Subject {
        store: Arc::new(MemoryStore::with_clock(1000, clock.clone())),
        time: Time::Manual(clock),
        short: Duration::from_secs(60),
        long: Duration::from_secs(7 * 24 * 3600),
        knows_remaining: true,
        _server: None,
    }
}

mod contract_on_memory {
    use super::*;
    contract_tests!(memory);
}

fn token() -> ClaimToken {
    ClaimToken::generate()
}

const HOUR: Duration = Duration::from_secs(3600);

#[tokio::test]
async fn full_store_evicts_the_oldest_done_first() {
    let store = MemoryStore::with_clock(3, ManualClock::new());
    let t: Vec<_> = (0..5).map(|_| token()).collect();
    for (i, key) in ["a", "b", "c"].iter().enumerate() {
        assert_eq!(
            store.claim(key, &t[i], HOUR).await.unwrap(),
            ClaimState::Claimed
        );
    }
    // Done in the order b, a; c stays in progress.
    assert!(store.complete("b", &t[1], HOUR).await.unwrap());
    assert!(store.complete("a", &t[0], HOUR).await.unwrap());
    assert_eq!(
        store.claim("d", &t[3], HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    assert_eq!(store.len(), 3);
    assert_eq!(
        store.claim("a", &t[4], HOUR).await.unwrap(),
        ClaimState::Done
    );
    assert_eq!(
        store.claim("b", &t[4], HOUR).await.unwrap(),
        ClaimState::Claimed,
        "b, done first, was evicted for d"
    );
    // That claim evicted a, the last done entry; c and d, in progress, stay.
    assert!(store.release("b", &t[4]).await.unwrap());
    assert_eq!(
        store.claim("a", &t[4], HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    for (key, owner) in [("c", &t[2]), ("d", &t[3])] {
        assert!(matches!(
            store.claim(key, &t[4], HOUR).await.unwrap(),
            ClaimState::InProgress { .. }
        ));
        assert!(
            store.complete(key, owner, HOUR).await.unwrap(),
            "{key} kept its owner"
        );
    }
}

#[tokio::test]
async fn full_of_claims_in_progress_refuses_new_ones() {
    let clock = ManualClock::new();
    let store = MemoryStore::with_clock(2, clock.clone());
    let (a, b, c) = (token(), token(), token());
    assert_eq!(
        store.claim("a", &a, HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    assert_eq!(
        store.claim("b", &b, 2 * HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    let error = store.claim("c", &c, HOUR).await.unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::Full);
    // Both claims in progress survive the refusal.
    assert!(matches!(
        store.claim("a", &c, HOUR).await.unwrap(),
        ClaimState::InProgress { .. }
    ));
    assert!(matches!(
        store.claim("b", &c, HOUR).await.unwrap(),
        ClaimState::InProgress { .. }
    ));
    // Once a's lease ends, there is room again.
    clock.advance(HOUR);
    assert_eq!(
        store.claim("c", &c, HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    assert!(store.release("b", &b).await.unwrap());
    assert_eq!(store.len(), 1);
}

#[tokio::test]
async fn expired_entries_leave_the_store() {
    let clock = ManualClock::new();
    let store = MemoryStore::with_clock(10, clock.clone());
    let (a, b) = (token(), token());
    store.claim("a", &a, HOUR).await.unwrap();
    store.claim("b", &b, HOUR).await.unwrap();
    store.complete("b", &b, 3 * HOUR).await.unwrap();
    assert_eq!(store.len(), 2);
    clock.advance(HOUR);
    assert_eq!(store.len(), 1, "a's lease ended");
    clock.advance(2 * HOUR);
    assert!(store.is_empty(), "b's retention ended");
}

fn recording_guard(store: MemoryStore) -> (Guard, Arc<Mutex<Vec<String>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let guard = Guard::new(store).on_outcome(move |outcome| {
        let line = outcome.to_string();
        sink.lock().unwrap().push(line);
    });
    (guard, log)
}

#[tokio::test]
async fn guard_defaults() {
    let guard = Guard::in_memory();
    assert_eq!(guard.lease(), Duration::from_secs(60));
    assert_eq!(guard.retention(), Duration::from_secs(7 * 24 * 3600));
    assert_eq!(
        (DEFAULT_LEASE, DEFAULT_RETENTION),
        (guard.lease(), guard.retention())
    );
    assert_eq!(openai_webhooks::guard::DEFAULT_MAX_ENTRIES, 100_000);
}

#[tokio::test]
async fn guard_claims_completes_and_reports() {
    let clock = ManualClock::new();
    let (guard, log) = recording_guard(MemoryStore::with_clock(10, clock.clone()));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim")
    };
    assert_eq!(claim.webhook_id(), "wh_1");
    clock.advance(Duration::from_millis(59_500));
    let copy = guard.claim("wh_1").await.unwrap();
    assert!(
        matches!(copy, Claim::InProgress { retry_after } if retry_after == Duration::from_secs(1)),
        "{copy:?}"
    );
    assert!(claim.complete().await.unwrap());
    assert!(matches!(guard.claim("wh_1").await.unwrap(), Claim::Done));
    clock.advance(DEFAULT_RETENTION);
    assert!(matches!(
        guard.claim("wh_1").await.unwrap(),
        Claim::Claimed(_)
    ));
    assert_eq!(
        *log.lock().unwrap(),
        [
            "in progress wh_1 (retry after 1 s)",
            "handled wh_1",
            "duplicate wh_1",
            "abandoned wh_1 (released for a retry)"
        ]
    );
}

#[tokio::test]
async fn guard_release_lets_the_retry_run() {
    let (guard, log) = recording_guard(MemoryStore::with_clock(10, ManualClock::new()));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!()
    };
    assert!(claim.release().await.unwrap());
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("released: the retry claims")
    };
    assert!(claim.complete().await.unwrap());
    assert_eq!(
        *log.lock().unwrap(),
        ["failed wh_1 (released for a retry)", "handled wh_1"]
    );
}

#[test]
fn a_dropped_handle_releases_even_without_a_runtime() {
    let (guard, log) = recording_guard(MemoryStore::with_clock(10, ManualClock::new()));
    let claim = |guard: &Guard| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(guard.claim("wh_1"))
            .unwrap()
    };
    let first = claim(&guard);
    assert!(matches!(first, Claim::Claimed(_)));
    drop(first);
    assert!(
        matches!(claim(&guard), Claim::Claimed(_)),
        "the drop released it"
    );
    assert_eq!(
        *log.lock().unwrap(),
        [
            "abandoned wh_1 (released for a retry)",
            "abandoned wh_1 (released for a retry)"
        ]
    );
}

#[tokio::test]
async fn a_panicking_handler_releases_its_claim() {
    let guard = Guard::new(MemoryStore::with_clock(10, ManualClock::new()));
    let task = {
        let guard = guard.clone();
        tokio::spawn(async move {
            let _claim = guard.claim("wh_1").await;
            panic!("handler bug");
        })
    };
    assert!(task.await.unwrap_err().is_panic());
    assert!(matches!(
        guard.claim("wh_1").await.unwrap(),
        Claim::Claimed(_)
    ));
}

#[tokio::test]
async fn run_records_ok_and_releases_err() {
    let guard = Guard::new(MemoryStore::with_clock(10, ManualClock::new()));
    let runs = Arc::new(Mutex::new(0));
    let handler = |ok: bool| {
        let runs = runs.clone();
        async move {
            *runs.lock().unwrap() += 1;
            if ok {
                Ok("done")
            } else {
                Err("failed")
            }
        }
    };
    assert_eq!(
        guard.run("wh_1", handler(false)).await.unwrap(),
        RunOutcome::Ran(Err("failed"))
    );
    assert_eq!(
        guard.run("wh_1", handler(true)).await.unwrap(),
        RunOutcome::Ran(Ok("done"))
    );
    assert_eq!(
        guard.run("wh_1", handler(true)).await.unwrap(),
        RunOutcome::Done
    );
    assert_eq!(*runs.lock().unwrap(), 2);

    let Claim::Claimed(_held) = guard.claim("wh_2").await.unwrap() else {
        panic!()
    };
    let outcome = guard.run("wh_2", handler(true)).await.unwrap();
    assert_eq!(
        outcome,
        RunOutcome::InProgress {
            retry_after: DEFAULT_LEASE
        }
    );
    assert_eq!(
        *runs.lock().unwrap(),
        2,
        "nothing ran while another copy holds it"
    );
}

#[tokio::test]
async fn a_full_store_fails_the_claim_and_runs_nothing() {
    let (guard, log) = recording_guard(MemoryStore::with_clock(1, ManualClock::new()));
    let Claim::Claimed(_held) = guard.claim("wh_1").await.unwrap() else {
        panic!()
    };
    let error = guard
        .run("wh_2", async { Ok::<_, ()>(()) })
        .await
        .unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::Full);
    assert_eq!(
        *log.lock().unwrap(),
        ["store failed wh_2: the delivery store is full of deliveries in progress"]
    );
}

#[tokio::test]
async fn concurrent_guards_run_the_handler_once() {
    let guard = Guard::new(MemoryStore::new());
    let runs = Arc::new(Mutex::new(0));
    let tasks: Vec<_> = (0..32)
        .map(|_| {
            let (guard, runs) = (guard.clone(), runs.clone());
            tokio::spawn(async move {
                guard
                    .run("wh_1", async {
                        *runs.lock().unwrap() += 1;
                        Ok::<_, ()>(())
                    })
                    .await
            })
        })
        .collect();
    for task in tasks {
        assert!(task.await.unwrap().is_ok());
    }
    assert_eq!(*runs.lock().unwrap(), 1);
}

/// A zero lease would let every copy run: it is raised to 1 ms, as Redis keeps it.
#[tokio::test]
async fn a_zero_lease_still_holds_the_claim() {
    let clock = ManualClock::new();
    let store = MemoryStore::with_clock(10, clock.clone());
    let guard = Guard::new(store)
        .with_lease(Duration::ZERO)
        .with_retention(Duration::ZERO);
    assert_eq!(guard.lease(), Duration::from_millis(1));
    assert_eq!(guard.retention(), Duration::from_millis(1));
    let Ok(Claim::Claimed(_first)) = guard.claim("wh_zero").await else {
        panic!("the first claim must win");
    };
    assert!(matches!(
        guard.claim("wh_zero").await,
        Ok(Claim::InProgress { .. })
    ));
}

/// A store whose completions wait for a permit: a completion in flight, for a test to drop.
struct GatedCompletion {
    inner: MemoryStore,
    gate: Arc<tokio::sync::Semaphore>,
}

impl DeliveryStore for GatedCompletion {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, ClaimState> {
        self.inner.claim(key, token, lease)
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        self.inner.renew(key, token, lease)
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        Box::pin(async move {
            let _permit = self.gate.acquire().await.unwrap();
            self.inner.complete(key, token, retention).await
        })
    }

    fn release<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        self.inner.release(key, token)
    }

    fn release_without_waiting(&self, key: &str, token: &ClaimToken) -> Option<bool> {
        self.inner.release_without_waiting(key, token)
    }
}

/// A `complete()` whose caller stops waiting still records the delivery, and is reported
/// as handled, never as abandoned.
#[tokio::test]
async fn a_completion_whose_caller_went_away_still_completes() {
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let store = GatedCompletion {
        inner: MemoryStore::with_clock(10, ManualClock::new()),
        gate: gate.clone(),
    };
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let guard = Guard::new(store).on_outcome(move |o| sink.lock().unwrap().push(format!("{o:?}")));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    let waited = tokio::time::timeout(Duration::from_millis(20), claim.complete()).await;
    assert!(waited.is_err(), "the completion waits for the gate");
    gate.add_permits(1);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !matches!(guard.claim("wh_1").await.unwrap(), Claim::Done) {
        assert!(std::time::Instant::now() < deadline, "never completed");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let log = log.lock().unwrap();
    assert!(
        log.iter()
            .any(|l| l.contains("Handled") && l.contains("recorded: true")),
        "{log:?}"
    );
    assert!(!log.iter().any(|l| l.contains("Abandoned")), "{log:?}");
}

/// `Failed` and `Abandoned` say whether the store freed the claim: not when the lease had
/// run out and another copy held the delivery.
#[tokio::test]
async fn failed_and_abandoned_say_whether_the_claim_was_released() {
    let clock = ManualClock::new();
    let (guard, log) = recording_guard(MemoryStore::with_clock(10, clock.clone()));
    let Claim::Claimed(failing) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    let Claim::Claimed(dropped) = guard.claim("wh_2").await.unwrap() else {
        panic!("first claim");
    };
    clock.advance(DEFAULT_LEASE);
    let Claim::Claimed(other_1) = guard.claim("wh_1").await.unwrap() else {
        panic!("the lease ran out");
    };
    let Claim::Claimed(other_2) = guard.claim("wh_2").await.unwrap() else {
        panic!("the lease ran out");
    };
    assert!(!failing.release().await.unwrap());
    drop(dropped);
    assert!(other_1.release().await.unwrap());
    drop(other_2);
    assert_eq!(
        *log.lock().unwrap(),
        [
            "failed wh_1 (not released: no longer this copy's)",
            "abandoned wh_2 (not released: no longer this copy's)",
            "failed wh_1 (released for a retry)",
            "abandoned wh_2 (released for a retry)"
        ]
    );
}

/// `keep_alive` renews on a real clock: a copy arriving after the first lease would have
/// ended still finds the delivery in progress.
#[tokio::test]
async fn keep_alive_renews_on_the_memory_store() {
    let guard = Guard::new(MemoryStore::new()).with_lease(Duration::from_millis(100));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    let copy = async {
        tokio::time::sleep(Duration::from_millis(250)).await;
        guard.claim("wh_1").await.unwrap()
    };
    let (copy, ()) = tokio::join!(
        copy,
        claim.keep_alive(tokio::time::sleep(Duration::from_millis(350)))
    );
    assert!(matches!(copy, Claim::InProgress { .. }), "{copy:?}");
    assert!(claim.complete().await.unwrap());
}

/// A renewal that finds the claim taken reports `LeaseLost` and stops; the handler goes on.
#[tokio::test]
async fn keep_alive_reports_a_lost_lease() {
    let clock = ManualClock::new();
    let (guard, log) = recording_guard(MemoryStore::with_clock(10, clock.clone()));
    let guard = guard.with_lease(Duration::from_millis(40));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    clock.advance(Duration::from_millis(40));
    let Claim::Claimed(_other) = guard.claim("wh_1").await.unwrap() else {
        panic!("the lease ran out");
    };
    let output = claim
        .keep_alive(async {
            tokio::time::sleep(Duration::from_millis(150)).await;
            "finished"
        })
        .await;
    assert_eq!(output, "finished");
    let lost = log
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.starts_with("lease lost"))
        .count();
    assert_eq!(lost, 1, "reported once, then renewal stops");
}

/// Completing a free key needs room, as claiming does: a store full of claims in progress
/// fails it rather than dropping one.
#[tokio::test]
async fn completing_a_free_key_in_a_full_store_is_an_error() {
    let store = MemoryStore::with_clock(1, ManualClock::new());
    let (a, b) = (token(), token());
    assert_eq!(
        store.claim("wh_a", &a, HOUR).await.unwrap(),
        ClaimState::Claimed
    );
    let error = store.complete("wh_b", &b, HOUR).await.unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::Full);
    assert!(store.complete("wh_a", &a, HOUR).await.unwrap());
    // A done key may be evicted to make room.
    assert!(store.complete("wh_b", &b, HOUR).await.unwrap());
    assert_eq!(
        store.claim("wh_b", &a, HOUR).await.unwrap(),
        ClaimState::Done
    );
}

/// A store whose first `release_failures` releases and first `renew_failures` renewals fail,
/// counting release attempts. It cannot release without waiting, so a dropped handle
/// releases in the background.
struct Flaky {
    inner: MemoryStore,
    release_failures: usize,
    renew_failures: usize,
    attempts: AtomicUsize,
    renewals: AtomicUsize,
}

impl DeliveryStore for Flaky {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, ClaimState> {
        self.inner.claim(key, token, lease)
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        if self.renewals.fetch_add(1, SeqCst) < self.renew_failures {
            return Box::pin(async { Err(StoreError::timed_out()) });
        }
        self.inner.renew(key, token, lease)
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        self.inner.complete(key, token, retention)
    }

    fn release<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
    ) -> openai_webhooks::guard::StoreFuture<'a, bool> {
        if self.attempts.fetch_add(1, SeqCst) < self.release_failures {
            return Box::pin(async { Err(StoreError::timed_out()) });
        }
        self.inner.release(key, token)
    }
}

fn flaky(release_failures: usize, renew_failures: usize) -> Arc<Flaky> {
    Arc::new(Flaky {
        inner: MemoryStore::new(),
        release_failures,
        renew_failures,
        attempts: AtomicUsize::new(0),
        renewals: AtomicUsize::new(0),
    })
}

/// A dropped handle whose release fails at first tries again, and frees the key long before
/// its lease would.
#[tokio::test]
async fn a_background_release_is_tried_again_after_a_store_error() {
    let store = flaky(3, 0);
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let guard = Guard::from_arc(store.clone())
        .on_outcome(move |o| sink.lock().unwrap().push(format!("{o:?}")));
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    drop(claim);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !log.lock().unwrap().iter().any(|l| l.contains("Abandoned")) {
        assert!(std::time::Instant::now() < deadline, "never released");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(log
        .lock()
        .unwrap()
        .iter()
        .any(|l| l.contains("released: true")));
    assert_eq!(store.attempts.load(SeqCst), 4);
    assert!(matches!(
        guard.claim("wh_1").await.unwrap(),
        Claim::Claimed(_)
    ));
}

/// A store that keeps failing is tried with growing pauses, and no longer once the lease
/// has freed the key anyway.
#[tokio::test]
async fn a_background_release_backs_off_and_gives_up_after_the_lease() {
    let store = flaky(usize::MAX, 0);
    let lease = Duration::from_millis(600);
    let guard = Guard::from_arc(store.clone()).with_lease(lease);
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    drop(claim);
    tokio::time::sleep(lease * 2).await;
    let attempts = store.attempts.load(SeqCst);
    // 0, 50, 150, 350 ms: pauses that double, not a busy loop.
    assert!((2..=6).contains(&attempts), "{attempts} attempts");
    tokio::time::sleep(lease).await;
    assert_eq!(
        store.attempts.load(SeqCst),
        attempts,
        "still trying after the lease"
    );
}

/// An observer that panics while a completion is reported: the panic reaches the caller of
/// `complete`, as it would without the background task.
#[tokio::test]
async fn a_panic_in_the_observer_reaches_the_caller_of_complete() {
    let guard = Guard::in_memory().on_outcome(|outcome| {
        if matches!(outcome, Outcome::Handled { .. }) {
            panic!("observer bug");
        }
    });
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    let completing = tokio::spawn(async move { claim.complete().await });
    assert!(completing.await.unwrap_err().is_panic());
}

#[test]
fn a_guard_debugs_its_settings_but_not_its_store() {
    let text = format!("{:?}", Guard::in_memory());
    assert!(
        text.contains("lease: 60s") && text.contains("retention"),
        "{text}"
    );
}

/// A renewal that fails on a store error is tried again well before the lease ends.
#[tokio::test]
async fn keep_alive_tries_a_failed_renewal_again_soon() {
    let store = flaky(0, 1);
    let lease = Duration::from_millis(400);
    let guard = Guard::from_arc(store.clone()).with_lease(lease);
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    let copy = async {
        tokio::time::sleep(lease * 3 / 2).await;
        guard.claim("wh_1").await.unwrap()
    };
    let (copy, ()) = tokio::join!(copy, claim.keep_alive(tokio::time::sleep(lease * 2)));
    assert!(matches!(copy, Claim::InProgress { .. }), "{copy:?}");
    assert!(
        store.renewals.load(SeqCst) >= 3,
        "the failed renewal and later ones"
    );
}

#[tokio::test]
async fn claim_handles_debug_with_their_id_and_token() {
    let clock = ManualClock::new();
    let guard = Guard::new(MemoryStore::with_clock(10, clock.clone()));
    let (Claim::Claimed(a), Claim::Claimed(b)) = (
        guard.claim("wh_a").await.unwrap(),
        guard.claim("wh_b").await.unwrap(),
    ) else {
        panic!("first claims");
    };
    clock.advance(DEFAULT_LEASE);
    let Claim::Claimed(again) = guard.claim("wh_a").await.unwrap() else {
        panic!("the lease ran out");
    };
    let text = format!("{a:?}");
    assert!(
        text.contains("wh_a") && text.contains(a.token().as_str()),
        "{text}"
    );
    assert_ne!(a.webhook_id(), b.webhook_id());
    assert_eq!(a.webhook_id(), again.webhook_id());
    assert_ne!(a.token(), again.token(), "a new claim has a new token");
}

/// Whether the delivery `key` is still held, read from inside a destructor (the memory store
/// answers without waiting).
fn still_held(store: &MemoryStore, key: &str) -> bool {
    let probe = ClaimToken::from_text("probe").unwrap();
    let lease = Duration::from_secs(60);
    match store.claim_without_waiting(key, &probe, lease) {
        Some(Ok(ClaimState::InProgress { .. })) => true,
        Some(Ok(ClaimState::Claimed)) => {
            store.release_without_waiting(key, &probe);
            false
        }
        other => panic!("unexpected answer {other:?}"),
    }
}

/// Notes, when dropped, whether its delivery was still claimed.
struct HeldWhenDropped {
    store: Arc<MemoryStore>,
    key: &'static str,
    seen: Arc<Mutex<Option<bool>>>,
}

impl Drop for HeldWhenDropped {
    fn drop(&mut self) {
        *self.seen.lock().unwrap() = Some(still_held(&self.store, self.key));
    }
}

/// A request dropped while its handler runs drops the handler's future first, and only then
/// frees the delivery: the handler's clean-up never overlaps a retry's run.
#[tokio::test]
async fn a_cancelled_handler_is_dropped_before_its_claim_is_released() {
    for via in ["answer", "run"] {
        let store = Arc::new(MemoryStore::new());
        let guard = Guard::from_arc(store.clone());
        let seen = Arc::new(Mutex::new(None));
        let on_drop = HeldWhenDropped {
            store: store.clone(),
            key: "wh_1",
            seen: seen.clone(),
        };
        let handler = async move {
            let _on_drop = on_drop;
            std::future::pending::<()>().await;
            Ok::<_, ()>(200u16)
        };
        let wait = Duration::from_millis(20);
        let cancelled = match via {
            "answer" => {
                let answer = guard.answer("wh_1", "batch.completed", |_| handler, |_| 200);
                tokio::time::timeout(wait, answer).await.is_err()
            }
            _ => tokio::time::timeout(wait, guard.run("wh_1", handler))
                .await
                .is_err(),
        };
        assert!(cancelled, "{via}");
        assert_eq!(*seen.lock().unwrap(), Some(true), "{via}: still held");
        assert!(!still_held(&store, "wh_1"), "{via}: released afterwards");
    }
}
