//! The PostgreSQL store against a real PostgreSQL: the store contract, the handler's writes
//! committed with the done mark, claims freed by a dead connection, outages.

#[path = "common/contract.rs"]
mod contract;
#[path = "common/postgres_server.rs"]
mod postgres_server;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, PostgresConfig, PostgresStore, RunOutcome,
    StoreErrorKind, DEFAULT_TABLE,
};
use postgres_server::PostgresServer;

/// A fresh PostgreSQL and a store on it, for the shared contract suite.
async fn postgres_store() -> contract::Subject {
    let server = PostgresServer::start();
    let store = PostgresStore::connect(&server.url())
        .await
        .expect("connect to the test PostgreSQL");
    store.migrate().await.expect("create the table");
    contract::Subject {
        store: Arc::new(store),
        time: contract::Time::Real,
        short: Duration::from_millis(300),
        long: Duration::from_secs(3600),
        knows_remaining: false,
        _server: Some(Box::new(server)),
    }
}

mod contract_on_postgres {
    use super::*;
    contract_tests!(postgres_store);
}

/// A lease that runs out during a test, and one that never does.
const SHORT: Duration = Duration::from_millis(200);
const LONG: Duration = Duration::from_secs(3600);

fn token() -> ClaimToken {
    ClaimToken::generate()
}

async fn claim(
    store: &dyn DeliveryStore,
    key: &str,
    token: &ClaimToken,
    lease: Duration,
) -> ClaimState {
    store.claim(key, token, lease).await.expect("claim")
}

fn in_progress(state: ClaimState) -> bool {
    matches!(state, ClaimState::InProgress { .. })
}

/// Polls `check` until it holds, for at most `span` plus 10 s.
async fn eventually(span: Duration, what: &str, check: impl AsyncFn() -> bool) {
    let deadline = Instant::now() + span + Duration::from_secs(10);
    while !check().await {
        assert!(
            Instant::now() < deadline,
            "{what}: not within {span:?} + 10 s"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The `DeliveryStore` contract, with renewal and the rule that `complete` succeeds for the
/// same token or a free key, on any store whose time is real. Keys start with `prefix`.
pub async fn store_contract(store: Arc<dyn DeliveryStore>, prefix: &str) {
    let s = &*store;
    let key = |name: &str| format!("{prefix}{name}");

    // The first claim wins; later ones, the same token's included, see it in progress.
    let (a, b) = (token(), token());
    let k = key("first");
    assert_eq!(claim(s, &k, &a, LONG).await, ClaimState::Claimed);
    assert!(in_progress(claim(s, &k, &b, LONG).await));
    assert!(in_progress(claim(s, &k, &a, LONG).await));

    // Completed: done, never released, not completed twice.
    assert!(s.complete(&k, &a, LONG).await.unwrap());
    assert_eq!(claim(s, &k, &b, LONG).await, ClaimState::Done);
    assert!(!s.release(&k, &a).await.unwrap(), "a done key is released");
    assert!(!s.complete(&k, &a, LONG).await.unwrap(), "completed twice");
    assert!(
        !s.complete(&k, &b, LONG).await.unwrap(),
        "another token completes a done key"
    );
    assert!(
        !s.renew(&k, &a, LONG).await.unwrap(),
        "a done key is renewed"
    );
    assert_eq!(claim(s, &k, &b, LONG).await, ClaimState::Done);

    // Released: free again; the old token then completes nothing.
    let (a, b) = (token(), token());
    let k = key("released");
    assert_eq!(claim(s, &k, &a, LONG).await, ClaimState::Claimed);
    assert!(s.release(&k, &a).await.unwrap());
    assert!(!s.release(&k, &a).await.unwrap(), "released twice");
    assert!(
        !s.renew(&k, &a, LONG).await.unwrap(),
        "a released key is renewed"
    );
    assert_eq!(claim(s, &k, &b, LONG).await, ClaimState::Claimed);
    assert!(
        !s.complete(&k, &a, LONG).await.unwrap(),
        "old token completes"
    );
    assert!(!s.release(&k, &a).await.unwrap(), "old token releases");
    assert!(in_progress(claim(s, &k, &a, LONG).await));
    assert!(s.complete(&k, &b, LONG).await.unwrap());

    // A key never claimed: nothing to release; completing it records it (it is free).
    let a = token();
    let k = key("never");
    assert!(!s.release(&k, &a).await.unwrap());
    assert!(!s.renew(&k, &a, LONG).await.unwrap());
    assert!(
        s.complete(&k, &a, LONG).await.unwrap(),
        "a free key completes"
    );
    assert_eq!(claim(s, &k, &a, LONG).await, ClaimState::Done);

    // Keys are exact.
    let (a, b, c) = (token(), token(), token());
    let (lower, upper, spaced) = (key("exact"), key("EXACT"), key("exact "));
    assert_eq!(claim(s, &lower, &a, LONG).await, ClaimState::Claimed);
    assert_eq!(claim(s, &upper, &b, LONG).await, ClaimState::Claimed);
    assert_eq!(claim(s, &spaced, &c, LONG).await, ClaimState::Claimed);
    assert!(
        !s.complete(&upper, &a, LONG).await.unwrap(),
        "token of another key"
    );
    assert!(s.complete(&lower, &a, LONG).await.unwrap());
    assert!(in_progress(claim(s, &upper, &c, LONG).await));
    assert!(s.release(&upper, &b).await.unwrap());
    assert!(s.release(&spaced, &c).await.unwrap());

    // An expired lease: another copy claims; the stale token changes nothing.
    let (a, b, c) = (token(), token(), token());
    let k = key("expired");
    assert_eq!(claim(s, &k, &a, SHORT).await, ClaimState::Claimed);
    eventually(SHORT, "lease expiry frees the key", async || {
        claim(s, &k, &b, LONG).await == ClaimState::Claimed
    })
    .await;
    assert!(!s.complete(&k, &a, LONG).await.unwrap(), "stale complete");
    assert!(!s.release(&k, &a).await.unwrap(), "stale release");
    assert!(!s.renew(&k, &a, LONG).await.unwrap(), "stale renew");
    assert!(in_progress(claim(s, &k, &c, LONG).await));
    assert!(
        s.complete(&k, &b, LONG).await.unwrap(),
        "the owner completes"
    );
    assert_eq!(claim(s, &k, &c, LONG).await, ClaimState::Done);

    // An expired lease nobody claimed since: the late completion still counts.
    let (a, b, timer) = (token(), token(), token());
    let k = key("late");
    let t = key("late-timer");
    assert_eq!(claim(s, &k, &a, SHORT).await, ClaimState::Claimed);
    // Claimed after `k` with the same lease: once it is free, so is `k`.
    assert_eq!(claim(s, &t, &timer, SHORT).await, ClaimState::Claimed);
    eventually(SHORT, "lease expiry frees the key", async || {
        claim(s, &t, &b, LONG).await == ClaimState::Claimed
    })
    .await;
    assert!(
        !s.renew(&k, &a, LONG).await.unwrap(),
        "an expired lease is renewed"
    );
    assert!(
        s.complete(&k, &a, LONG).await.unwrap(),
        "late completion of a free key"
    );
    assert_eq!(claim(s, &k, &b, LONG).await, ClaimState::Done);

    // Renewal keeps a claim past its first lease.
    let (a, b) = (token(), token());
    let k = key("renewed");
    assert_eq!(claim(s, &k, &a, SHORT).await, ClaimState::Claimed);
    assert!(s.renew(&k, &a, LONG).await.unwrap());
    assert!(
        !s.renew(&k, &b, LONG).await.unwrap(),
        "another token renews"
    );
    tokio::time::sleep(SHORT * 3).await;
    assert!(
        in_progress(claim(s, &k, &b, LONG).await),
        "renewed lease ran out"
    );
    assert!(s.complete(&k, &a, LONG).await.unwrap());

    // Retention runs out.
    let (a, b) = (token(), token());
    let k = key("retention");
    assert_eq!(claim(s, &k, &a, LONG).await, ClaimState::Claimed);
    assert!(s.complete(&k, &a, SHORT).await.unwrap());
    assert_eq!(claim(s, &k, &b, LONG).await, ClaimState::Done);
    eventually(SHORT, "retention expiry frees the key", async || {
        claim(s, &k, &b, LONG).await == ClaimState::Claimed
    })
    .await;

    // Concurrent claims: exactly one winner.
    const TASKS: usize = 64;
    let k = key("race");
    let barrier = Arc::new(tokio::sync::Barrier::new(TASKS));
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (store, barrier, k) = (store.clone(), barrier.clone(), k.clone());
            tokio::spawn(async move {
                let token = token();
                barrier.wait().await;
                (store.claim(&k, &token, LONG).await.expect("claim"), token)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        match task.await.expect("task") {
            (ClaimState::Claimed, token) => winners.push(token),
            (state, _) => assert!(in_progress(state), "{state:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one of {TASKS} claims wins");
    assert!(s.complete(&k, &winners[0], LONG).await.unwrap());
}

async fn store_on(server: &PostgresServer, config: PostgresConfig) -> PostgresStore {
    let store = PostgresStore::connect_with(&server.url(), config)
        .await
        .expect("connect to the test PostgreSQL");
    store.migrate().await.expect("migrate");
    store
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_store_contract_holds() {
    let server = PostgresServer::start();
    let store = store_on(&server, PostgresConfig::default()).await;
    store_contract(Arc::new(store.clone()), "wh_").await;
    // A second replica of the same table sees the same records.
    let other = store_on(&server, PostgresConfig::default()).await;
    assert_eq!(
        claim(&other, "wh_first", &token(), LONG).await,
        ClaimState::Done
    );
    store_contract(Arc::new(other), "wh_2_").await;
}

async fn rows(store: &PostgresStore, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
        .fetch_one(store.pool())
        .await
        .unwrap()
}

async fn effects(store: &PostgresStore) -> Vec<String> {
    sqlx::query_scalar("SELECT note FROM effects ORDER BY note")
        .fetch_all(store.pool())
        .await
        .unwrap()
}

async fn with_effects_table(server: &PostgresServer) -> (PostgresStore, Guard) {
    let store = store_on(server, PostgresConfig::default()).await;
    sqlx::query("CREATE TABLE IF NOT EXISTS effects (note text NOT NULL)")
        .execute(store.pool())
        .await
        .unwrap();
    let guard = Guard::new(store.clone());
    (store, guard)
}

async fn claimed(guard: &Guard, id: &str) -> openai_webhooks::guard::ClaimHandle {
    match guard.claim(id).await.unwrap() {
        Claim::Claimed(handle) => handle,
        other => panic!("{id}: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_handlers_writes_and_the_done_mark_commit_together_or_not_at_all() {
    let server = PostgresServer::start();
    let (store, guard) = with_effects_table(&server).await;

    // Committed: the effect and the done mark; the claim's completion then agrees.
    let handle = claimed(&guard, "wh_commit").await;
    let mut tx = store
        .begin(handle.webhook_id(), handle.token())
        .await
        .unwrap();
    sqlx::query("INSERT INTO effects (note) VALUES ('commit')")
        .execute(&mut *tx)
        .await
        .unwrap();
    assert!(
        effects(&store).await.is_empty(),
        "visible before the commit"
    );
    let (id, claim_token) = (handle.webhook_id(), handle.token());
    assert!(
        store.renew(id, claim_token, LONG).await.unwrap(),
        "a lent claim renews"
    );
    let early = store.complete(id, claim_token, LONG).await.unwrap();
    assert!(!early, "completed around the handler's open transaction");
    tx.commit(guard.retention()).await.unwrap();
    assert_eq!(effects(&store).await, ["commit"]);
    assert!(handle.complete().await.unwrap(), "the layer sees it done");
    assert!(matches!(
        guard.claim("wh_commit").await.unwrap(),
        Claim::Done
    ));
    assert_eq!(rows(&store, DEFAULT_TABLE).await, 1);

    // An error: the transaction is dropped; neither is stored, and the retry runs at once.
    let handle = claimed(&guard, "wh_error").await;
    let mut tx = store
        .begin(handle.webhook_id(), handle.token())
        .await
        .unwrap();
    sqlx::query("INSERT INTO effects (note) VALUES ('error')")
        .execute(&mut *tx)
        .await
        .unwrap();
    drop(tx);
    assert!(handle.release().await.unwrap(), "the rollback released it");
    // The pool rolls a dropped transaction back on its own task, within a round trip.
    let retry = Mutex::new(None);
    eventually(Duration::ZERO, "the dropped claim is freed", async || {
        let claim = guard.claim("wh_error").await.unwrap();
        let claimed = matches!(claim, Claim::Claimed(_));
        *retry.lock().unwrap() = Some(claim);
        claimed
    })
    .await;
    assert_eq!(effects(&store).await, ["commit"]);
    let Some(Claim::Claimed(retry)) = retry.lock().unwrap().take() else {
        unreachable!()
    };
    assert!(retry.release().await.unwrap());
    // The same, rolled back explicitly: free as soon as `rollback` returns.
    let handle = claimed(&guard, "wh_error").await;
    let mut tx = store
        .begin(handle.webhook_id(), handle.token())
        .await
        .unwrap();
    sqlx::query("INSERT INTO effects (note) VALUES ('error')")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert!(handle.release().await.unwrap(), "the rollback released it");
    let retry = claimed(&guard, "wh_error").await;
    assert_eq!(effects(&store).await, ["commit"]);
    assert_eq!(rows(&store, DEFAULT_TABLE).await, 1);
    drop(retry);

    // A panic mid-handler: rolled back, and free for the retry.
    let (s, g) = (store.clone(), guard.clone());
    let panicked = tokio::spawn(async move {
        let handle = claimed(&g, "wh_panic").await;
        let mut tx = s.begin(handle.webhook_id(), handle.token()).await.unwrap();
        sqlx::query("INSERT INTO effects (note) VALUES ('panic')")
            .execute(&mut *tx)
            .await
            .unwrap();
        panic!("the handler fails");
    })
    .await;
    assert!(panicked.unwrap_err().is_panic());
    eventually(Duration::ZERO, "the panicked claim is freed", async || {
        matches!(guard.claim("wh_panic").await, Ok(Claim::Claimed(_)))
    })
    .await;
    assert_eq!(effects(&store).await, ["commit"]);

    // `Guard::run`, without a transaction of its own: done once, then a duplicate.
    for attempt in 0..2 {
        let outcome = guard
            .run("wh_run", async { Ok::<_, ()>(()) })
            .await
            .unwrap();
        let expected: RunOutcome<(), ()> = match attempt {
            0 => RunOutcome::Ran(Ok(())),
            _ => RunOutcome::Done,
        };
        assert_eq!(outcome, expected);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_whose_connection_dies_is_free_at_once() {
    let server = PostgresServer::start();
    let store = store_on(&server, PostgresConfig::default()).await;
    let other = store_on(&server, PostgresConfig::default()).await;
    let (a, b) = (token(), token());
    assert_eq!(
        claim(&store, "wh_dead", &a, LONG).await,
        ClaimState::Claimed
    );
    assert!(in_progress(claim(&other, "wh_dead", &b, LONG).await));
    // As when the process holding it dies: its connections are closed.
    let killed: i64 = sqlx::query_scalar(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_locks \
         WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()",
    )
    .fetch_one(other.pool())
    .await
    .unwrap();
    assert_eq!(killed, 1, "one connection held the claim");
    eventually(Duration::ZERO, "the dead claim is freed", async || {
        claim(&other, "wh_dead", &b, LONG).await == ClaimState::Claimed
    })
    .await;
    // The dead claim completes nothing: its transaction is gone.
    let late = store.complete("wh_dead", &a, LONG).await;
    assert!(!matches!(late, Ok(true)), "{late:?}");
    assert!(other.complete("wh_dead", &b, LONG).await.unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_is_an_error_and_records_survive_a_restart() {
    let mut server = PostgresServer::start();
    let config = PostgresConfig::default().timeout(Duration::from_millis(800));
    let guard = Guard::new(store_on(&server, config).await);
    let handle = claimed(&guard, "wh_before").await;
    assert!(handle.complete().await.unwrap());
    let held = claimed(&guard, "wh_held").await;

    tokio::task::block_in_place(|| server.stop());
    for id in ["wh_before", "wh_during"] {
        let error = guard
            .claim(id)
            .await
            .expect_err("claim while PostgreSQL is down");
        assert_eq!(error.kind(), StoreErrorKind::Unavailable, "{error}");
    }
    assert!(
        held.complete().await.is_err(),
        "a claim whose connection is gone completes"
    );

    tokio::task::block_in_place(|| server.restart());
    let deadline = Instant::now() + Duration::from_secs(20);
    let claim = loop {
        match guard.claim("wh_during").await {
            Ok(claim) => break claim,
            Err(e) => {
                assert!(Instant::now() < deadline, "no reconnection: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    assert!(matches!(claim, Claim::Claimed(_)));
    // Committed records survive; the claim lost with its connection is free.
    assert!(matches!(
        guard.claim("wh_before").await.unwrap(),
        Claim::Done
    ));
    assert!(matches!(
        guard.claim("wh_held").await.unwrap(),
        Claim::Claimed(_)
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_table_is_configurable_and_migrations_repeat_safely() {
    let server = PostgresServer::start();
    let admin = store_on(&server, PostgresConfig::default()).await;
    sqlx::query("CREATE SCHEMA hooks")
        .execute(admin.pool())
        .await
        .unwrap();
    let config = PostgresConfig::default().table("hooks.seen");
    let store = PostgresStore::connect_with(&server.url(), config.clone())
        .await
        .unwrap();
    assert_eq!(
        store.create_table_sql(),
        "CREATE TABLE IF NOT EXISTS \"hooks\".\"seen\" \
         (webhook_id text PRIMARY KEY, done_until timestamptz NOT NULL)"
    );
    let migrations: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.migrate().await })
        })
        .collect();
    for migration in migrations {
        migration.await.unwrap().expect("concurrent migrations");
    }
    let a = token();
    assert_eq!(claim(&store, "wh_1", &a, LONG).await, ClaimState::Claimed);
    assert!(store.complete("wh_1", &a, SHORT).await.unwrap());
    assert_eq!(rows(&store, "hooks.seen").await, 1);
    assert_eq!(rows(&admin, DEFAULT_TABLE).await, 0);
    eventually(SHORT, "retention runs out", async || {
        store.purge_expired().await.unwrap() == 1
    })
    .await;
    assert_eq!(rows(&store, "hooks.seen").await, 0);

    let error = PostgresStore::connect_with(&server.url(), config.table("seen; DROP TABLE x"))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("invalid table name"), "{error}");
}

#[tokio::test]
async fn bad_urls_and_unreachable_servers_are_errors_that_do_not_quote_the_url() {
    for url in [
        "http://user:hunter2@127.0.0.1/",
        "postgres://user:hunter2@127.0.0.1:1/db",
    ] {
        let config = PostgresConfig::default().timeout(Duration::from_millis(500));
        let error = PostgresStore::connect_with(url, config).await.unwrap_err();
        assert_eq!(error.kind(), StoreErrorKind::Unavailable);
        assert!(
            !format!("{error} {error:?}").contains("hunter2"),
            "{error:?}"
        );
    }
}
