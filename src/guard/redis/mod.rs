//! The Redis store (feature `redis`): one store shared by every replica, on one server or a
//! Redis Cluster, over TLS with the feature `redis-tls`.

mod config;
mod connect;
mod scripts;

use std::fmt;
use std::time::Duration;

use redis::{FromRedisValue, Script};

pub use config::{RedisConfig, DEFAULT_KEY_PREFIX};
use connect::Connection;

use super::{ClaimState, ClaimToken, DeliveryStore, StoreError, StoreFuture};

/// A [`DeliveryStore`] on Redis, for replicas that must share what they have handled.
///
/// A claim is `SET key c:<token> NX PX <lease>`; renewing, completing and releasing are Lua
/// compare-and-expire, compare-and-set and compare-and-delete on the token. Every operation
/// touches one key, so the same scripts run on a Redis Cluster
/// ([`connect_cluster`](RedisStore::connect_cluster)), each on the shard owning its key.
/// Redis evicts nothing by itself if `maxmemory-policy` is `noeviction` (recommended); keys
/// expire with their lease or retention.
///
/// Redis replicates asynchronously: if a primary fails before its replica received a claim
/// or a completion, the promoted replica has lost it, and a copy of that delivery can run
/// again. `docs/stores.md` ("What a failover can lose") says how to narrow that window.
///
/// One multiplexed connection (one per shard on a Cluster), reconnected automatically after
/// a failure. While Redis is unreachable every operation fails within the response timeout
/// ([`StoreError`]), and the guard answers `503`.
pub struct RedisStore {
    connection: Connection,
    config: RedisConfig,
    claim: Script,
    renew: Script,
    complete: Script,
    release: Script,
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not the URL: it may hold a password.
        let cluster = matches!(self.connection, Connection::Cluster(_));
        f.debug_struct("RedisStore")
            .field("config", &self.config)
            .field("cluster", &cluster)
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// Connects to the Redis at `url` (`redis://[user:password@]host[:port][/db]`, or
    /// `rediss://` for TLS with the feature `redis-tls`) with the default settings.
    pub async fn connect(url: &str) -> Result<RedisStore, StoreError> {
        RedisStore::connect_with(url, RedisConfig::default()).await
    }

    /// Connects to the Redis at `url` with `config`.
    pub async fn connect_with(url: &str, config: RedisConfig) -> Result<RedisStore, StoreError> {
        let connection = connect::single(url, &config).await?;
        Ok(RedisStore::new(connection, config))
    }

    /// Connects to the Redis Cluster that the seed nodes `urls` belong to (one or more
    /// `redis://` or `rediss://` URLs of its nodes; the rest of the cluster is discovered),
    /// with the default settings.
    pub async fn connect_cluster(urls: &[&str]) -> Result<RedisStore, StoreError> {
        RedisStore::connect_cluster_with(urls, RedisConfig::default()).await
    }

    /// Connects to the Redis Cluster of the seed nodes `urls` with `config`.
    pub async fn connect_cluster_with(
        urls: &[&str],
        config: RedisConfig,
    ) -> Result<RedisStore, StoreError> {
        let connection = connect::cluster(urls, &config).await?;
        Ok(RedisStore::new(connection, config))
    }

    fn new(connection: Connection, config: RedisConfig) -> RedisStore {
        RedisStore {
            connection,
            config,
            claim: Script::new(scripts::CLAIM),
            renew: Script::new(scripts::RENEW),
            complete: Script::new(scripts::COMPLETE),
            release: Script::new(scripts::RELEASE),
        }
    }

    /// The Redis key of `webhook_id`.
    pub fn key(&self, webhook_id: &str) -> String {
        format!("{}{webhook_id}", self.config.key_prefix)
    }

    async fn run<T: FromRedisValue>(
        &self,
        script: &Script,
        key: &str,
        token: &ClaimToken,
        millis: Option<u64>,
    ) -> Result<T, StoreError> {
        let mut invocation = script.key(self.key(key));
        invocation.arg(token.as_str());
        if let Some(millis) = millis {
            invocation.arg(millis);
        }
        let call = async {
            match self.connection.clone() {
                Connection::Single(mut connection) => {
                    invocation.invoke_async(&mut connection).await
                }
                Connection::Cluster(mut connection) => {
                    invocation.invoke_async(&mut connection).await
                }
            }
        };
        // Bounds a reconnection too, not only the answer.
        tokio::time::timeout(self.config.response_timeout, call)
            .await
            .map_err(|_| StoreError::timed_out())?
            .map_err(StoreError::unavailable)
    }
}

/// Milliseconds for `PX`: at least 1 (Redis refuses 0), at most about 100 years.
fn px(duration: Duration) -> u64 {
    const MAX: u64 = 100 * 365 * 24 * 3600 * 1000;
    u64::try_from(duration.as_millis())
        .unwrap_or(MAX)
        .clamp(1, MAX)
}

impl DeliveryStore for RedisStore {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        Box::pin(async move {
            let (state, pttl): (i64, i64) =
                self.run(&self.claim, key, token, Some(px(lease))).await?;
            match state {
                1 => Ok(ClaimState::Claimed),
                2 => Ok(ClaimState::Done),
                3 => Ok(ClaimState::InProgress {
                    remaining: u64::try_from(pttl).ok().map(Duration::from_millis),
                }),
                _ => Err(StoreError::unavailable(
                    "unexpected answer from the claim script",
                )),
            }
        })
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let renewed: i64 = self.run(&self.renew, key, token, Some(px(lease))).await?;
            Ok(renewed == 1)
        })
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let done: i64 = self
                .run(&self.complete, key, token, Some(px(retention)))
                .await?;
            Ok(done == 1)
        })
    }

    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let released: i64 = self.run(&self.release, key, token, None).await?;
            Ok(released == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn px_is_never_zero_and_never_overflows() {
        assert_eq!(px(Duration::ZERO), 1);
        assert_eq!(px(Duration::from_micros(10)), 1);
        assert_eq!(px(Duration::from_secs(60)), 60_000);
        assert_eq!(px(Duration::MAX), 100 * 365 * 24 * 3600 * 1000);
    }
}
