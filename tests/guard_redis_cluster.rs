//! The Redis store on a real 3-node Redis Cluster: the store contract, keys spread over the
//! shards, an outage and the recovery.

#[path = "common/contract.rs"]
mod contract;
#[path = "common/redis_cluster.rs"]
mod redis_cluster;
#[path = "common/redis_server.rs"]
mod redis_server;
#[path = "common/test_ca.rs"]
mod test_ca;

use std::sync::Arc;
use std::time::{Duration, Instant};

use contract::{Subject, Time};
use openai_webhooks::guard::{Claim, Guard, RedisConfig, RedisStore};
use redis_cluster::RedisCluster;

async fn connect(cluster: &RedisCluster, config: RedisConfig) -> RedisStore {
    let urls = cluster.urls();
    let seeds: Vec<&str> = urls.iter().map(String::as_str).collect();
    RedisStore::connect_cluster_with(&seeds, config)
        .await
        .expect("connect to the test Redis Cluster")
}

async fn cluster_store() -> Subject {
    let cluster = RedisCluster::start();
    let store = connect(&cluster, RedisConfig::default()).await;
    Subject {
        store: Arc::new(store),
        time: Time::Real,
        short: Duration::from_millis(150),
        long: Duration::from_secs(3600),
        knows_remaining: true,
        _server: Some(Box::new(cluster)),
    }
}

mod contract_on_redis_cluster {
    use super::*;
    contract_tests!(cluster_store);
}

/// Keys land on every shard, and each is claimed, completed and seen as done there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_spread_over_every_shard() {
    let cluster = RedisCluster::start();
    let guard = Guard::new(connect(&cluster, RedisConfig::default()).await);
    for n in 0..60 {
        let id = format!("wh_{n}");
        let Claim::Claimed(claim) = guard.claim(&id).await.unwrap() else {
            panic!("{id}: first claim");
        };
        assert!(claim.complete().await.unwrap(), "{id}");
        assert!(
            matches!(guard.claim(&id).await.unwrap(), Claim::Done),
            "{id}"
        );
    }
    for url in cluster.urls() {
        let mut node = redis::Client::open(url.as_str())
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap();
        let keys: usize = redis::cmd("DBSIZE").query_async(&mut node).await.unwrap();
        assert!(keys > 0 && keys < 60, "{url} holds {keys} of 60 keys");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_is_an_error_and_the_store_recovers() {
    let mut cluster = RedisCluster::start();
    let config = RedisConfig::default()
        .response_timeout(Duration::from_millis(500))
        .connection_timeout(Duration::from_millis(500));
    let guard = Guard::new(connect(&cluster, config).await);
    tokio::task::block_in_place(|| cluster.stop());
    for id in ["wh_1", "wh_2", "wh_3"] {
        assert!(
            guard.claim(id).await.is_err(),
            "claim while the cluster is down"
        );
    }
    tokio::task::block_in_place(|| cluster.restart());
    let deadline = Instant::now() + Duration::from_secs(20);
    for id in ["wh_1", "wh_2", "wh_3"] {
        loop {
            match guard.claim(id).await {
                Ok(Claim::Claimed(claim)) => break assert!(claim.complete().await.unwrap()),
                Ok(other) => panic!("{id}: {other:?}"),
                Err(e) => {
                    assert!(Instant::now() < deadline, "no reconnection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }
}

/// A cluster over TLS with a private CA: the CA reaches every node's connection, and keys on
/// every shard are claimed and completed.
#[cfg(feature = "redis-tls")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_cluster_with_a_private_ca() {
    let ca = test_ca::TestCa::new();
    let cluster = RedisCluster::start_tls(|dir| ca.write_server_files(dir));
    assert!(cluster.urls()[0].starts_with("rediss://"));
    let config = RedisConfig::default().ca_certificate(ca.ca_pem.as_bytes());
    let guard = Guard::new(connect(&cluster, config).await);
    for n in 0..30 {
        let id = format!("wh_{n}");
        let Claim::Claimed(claim) = guard.claim(&id).await.unwrap() else {
            panic!("{id}: first claim");
        };
        assert!(claim.complete().await.unwrap(), "{id}");
        assert!(
            matches!(guard.claim(&id).await.unwrap(), Claim::Done),
            "{id}"
        );
    }
    // Without the CA, the nodes' certificates are refused.
    let urls = cluster.urls();
    let seeds: Vec<&str> = urls.iter().map(String::as_str).collect();
    let error = RedisStore::connect_cluster(&seeds).await.unwrap_err();
    assert!(error.to_string().contains("certificate"), "{error}");
}
