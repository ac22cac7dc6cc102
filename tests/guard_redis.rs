//! The Redis store against a real `redis-server`: the store contract, key layout, outages.

#[path = "common/contract.rs"]
mod contract;
#[path = "common/redis_server.rs"]
mod redis_server;

use std::sync::Arc;
use std::time::Duration;

use contract::{Subject, Time};
use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, RedisConfig, RedisStore, StoreErrorKind,
    DEFAULT_KEY_PREFIX,
};
use redis_server::RedisServer;

async fn redis_store() -> Subject {
    let server = RedisServer::start();
    let store = RedisStore::connect(&server.url())
        .await
        .expect("connect to the test redis-server");
    Subject {
        store: Arc::new(store),
        time: Time::Real,
        short: Duration::from_millis(150),
        long: Duration::from_secs(3600),
        knows_remaining: true,
        _server: Some(Box::new(server)),
    }
}

mod contract_on_redis {
    use super::*;
    contract_tests!(redis_store);
}

async fn raw(server: &RedisServer) -> redis::aio::MultiplexedConnection {
    redis::Client::open(server.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap()
}

#[tokio::test]
async fn keys_carry_the_prefix_and_expire_with_the_lease() {
    let server = RedisServer::start();
    let store = RedisStore::connect_with(&server.url(), RedisConfig::default().key_prefix("svc:"))
        .await
        .unwrap();
    assert_eq!(DEFAULT_KEY_PREFIX, "openai-webhooks:delivery:");
    assert_eq!(store.key("wh_1"), "svc:wh_1");
    let token = ClaimToken::generate();
    let lease = Duration::from_secs(60);
    assert_eq!(
        store.claim("wh_1", &token, lease).await.unwrap(),
        ClaimState::Claimed
    );
    let mut conn = raw(&server).await;
    let value: Option<String> = redis::cmd("GET")
        .arg("svc:wh_1")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(value, Some(format!("c:{token}")));
    let pttl: i64 = redis::cmd("PTTL")
        .arg("svc:wh_1")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(pttl > 0 && pttl <= 60_000, "{pttl}");
    assert!(store
        .complete("wh_1", &token, Duration::from_secs(7 * 24 * 3600))
        .await
        .unwrap());
    let value: Option<String> = redis::cmd("GET")
        .arg("svc:wh_1")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(value.as_deref(), Some("done"));
    let pttl: i64 = redis::cmd("PTTL")
        .arg("svc:wh_1")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(pttl > 6 * 24 * 3600 * 1000, "retention {pttl}");
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(keys, ["svc:wh_1"]);
}

#[tokio::test]
async fn an_outage_is_an_error_and_the_store_recovers() {
    let mut server = RedisServer::start();
    let config = RedisConfig::default()
        .response_timeout(Duration::from_millis(500))
        .connection_timeout(Duration::from_millis(500));
    let guard = Guard::new(
        RedisStore::connect_with(&server.url(), config)
            .await
            .unwrap(),
    );
    let Claim::Claimed(claim) = guard.claim("wh_1").await.unwrap() else {
        panic!()
    };
    assert!(claim.complete().await.unwrap());

    server.stop();
    for id in ["wh_1", "wh_2"] {
        let error = guard
            .claim(id)
            .await
            .expect_err("claim while redis is down");
        assert_eq!(error.kind(), StoreErrorKind::Unavailable, "{error}");
    }

    server.restart();
    // Reconnects on its own; the restarted server is empty (persistence is off).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let claim = loop {
        match guard.claim("wh_2").await {
            Ok(claim) => break claim,
            Err(e) => {
                assert!(std::time::Instant::now() < deadline, "no reconnection: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    assert!(matches!(claim, Claim::Claimed(_)));
}

#[tokio::test]
async fn a_store_debugs_its_settings_but_not_its_url() {
    let server = RedisServer::start();
    let url = server.url().replace("redis://", "redis://default:@");
    let store = RedisStore::connect_with(&url, RedisConfig::default().key_prefix("svc:"))
        .await
        .unwrap();
    let text = format!("{store:?}");
    assert!(
        text.contains("svc:") && text.contains("cluster: false"),
        "{text}"
    );
    assert!(!text.contains("default:"), "{text}");
}

#[tokio::test]
async fn a_bad_url_is_an_error_that_does_not_quote_it() {
    let error = RedisStore::connect("http://user:hunter2@127.0.0.1/")
        .await
        .unwrap_err();
    assert!(!error.to_string().contains("hunter2"), "{error}");
    let error = RedisStore::connect("redis://user:hunter2@127.0.0.1:1/")
        .await
        .unwrap_err();
    assert_eq!(error.kind(), StoreErrorKind::Unavailable);
    assert!(!error.to_string().contains("hunter2"), "{error}");
}

/// A claim handle dropped where no runtime runs (a plain thread, as when a panic unwinds
/// there) neither panics nor blocks: the key is left to its lease, which then frees it.
#[tokio::test]
async fn a_handle_dropped_outside_any_runtime_leaves_the_key_to_its_lease() {
    let server = RedisServer::start();
    let store = RedisStore::connect(&server.url()).await.unwrap();
    let lease = Duration::from_millis(300);
    let guard = Guard::new(store).with_lease(lease);
    let Ok(Claim::Claimed(handle)) = guard.claim("wh_dropped").await else {
        panic!("the first claim must win");
    };
    let dropped = std::thread::spawn(move || drop(handle)).join();
    assert!(dropped.is_ok(), "dropping the handle panicked");
    assert!(matches!(
        guard.claim("wh_dropped").await,
        Ok(Claim::InProgress { .. })
    ));
    // Bounded wait for the lease to run out.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match guard.claim("wh_dropped").await {
            Ok(Claim::Claimed(handle)) => {
                handle.complete().await.unwrap();
                break;
            }
            Ok(Claim::InProgress { .. }) if std::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            other => panic!("the lease did not free the key: {other:?}"),
        }
    }
}
