//! The Redis store (feature `redis`): one store shared by every replica.

use std::fmt;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{Client, FromRedisValue, Script};

use super::{ClaimState, ClaimToken, DeliveryStore, StoreError, StoreFuture};

/// The default key prefix: keys are `openai-webhooks:delivery:<webhook-id>`.
pub const DEFAULT_KEY_PREFIX: &str = "openai-webhooks:delivery:";

// Values: `c:<token>` while in progress, `done` once handled. Tokens are alphanumeric, so
// the two never collide. Each script touches only its one key (cluster-safe).

/// `SET key c:token NX PX lease`; if taken, says by what: `{1}` claimed, `{2}` done,
/// `{3, pttl}` in progress.
const CLAIM: &str = r"
if redis.call('SET', KEYS[1], 'c:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, 0}
end
if redis.call('GET', KEYS[1]) == 'done' then
  return {2, 0}
end
return {3, redis.call('PTTL', KEYS[1])}
";

/// Compare-and-set: `done` for `retention`, only if the token still holds the key.
const COMPLETE: &str = r"
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
  return 1
end
return 0
";

/// Compare-and-delete: only if the token still holds the key.
const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
";

/// Compare-and-`PEXPIRE`: a new lease, only if the token still holds the key.
const RENEW: &str = r"
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
";

/// Settings of a [`RedisStore`]. Start from [`RedisConfig::default`].
#[derive(Debug, Clone)]
pub struct RedisConfig {
    key_prefix: String,
    connection_timeout: Duration,
    response_timeout: Duration,
}

impl Default for RedisConfig {
    /// Prefix [`DEFAULT_KEY_PREFIX`], 2 s to connect, 2 s per answer.
    fn default() -> Self {
        RedisConfig {
            key_prefix: DEFAULT_KEY_PREFIX.to_owned(),
            connection_timeout: Duration::from_secs(2),
            response_timeout: Duration::from_secs(2),
        }
    }
}

impl RedisConfig {
    /// Sets the prefix put before every `webhook-id`, e.g. to share a Redis between services.
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> RedisConfig {
        self.key_prefix = prefix.into();
        self
    }

    /// Sets how long to wait for a connection to Redis.
    pub fn connection_timeout(mut self, timeout: Duration) -> RedisConfig {
        self.connection_timeout = timeout;
        self
    }

    /// Sets how long to wait for each answer. When it runs out, the operation fails
    /// ([`StoreError`]) and the guard answers `503`.
    pub fn response_timeout(mut self, timeout: Duration) -> RedisConfig {
        self.response_timeout = timeout;
        self
    }
}

/// A [`DeliveryStore`] on Redis, for replicas that must share what they have handled.
///
/// A claim is `SET key c:<token> NX PX <lease>`; completing and releasing are Lua
/// compare-and-set and compare-and-delete on the token. Every operation touches one key,
/// so it works on a cluster too. Redis evicts nothing by itself if `maxmemory-policy` is
/// `noeviction` (recommended); keys expire with their lease or retention.
///
/// One multiplexed connection, reconnected automatically after a failure. While Redis is
/// unreachable every operation fails within the response timeout ([`StoreError`]), and the
/// guard answers `503`.
pub struct RedisStore {
    connection: ConnectionManager,
    config: RedisConfig,
    claim: Script,
    complete: Script,
    release: Script,
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not the URL: it may hold a password.
        f.debug_struct("RedisStore")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// Connects to the Redis at `url` (`redis://[user:password@]host[:port][/db]`, or
    /// `rediss://` with a TLS feature of the `redis` crate) with the default settings.
    pub async fn connect(url: &str) -> Result<RedisStore, StoreError> {
        RedisStore::connect_with(url, RedisConfig::default()).await
    }

    /// Connects to the Redis at `url` with `config`.
    pub async fn connect_with(url: &str, config: RedisConfig) -> Result<RedisStore, StoreError> {
        let client = Client::open(url).map_err(|e| {
            // Not the parser's message: never risk quoting the URL, which may hold a password.
            StoreError::unavailable(format!("invalid Redis URL ({:?})", e.kind()))
        })?;
        let manager_config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(config.connection_timeout))
            .set_response_timeout(Some(config.response_timeout))
            .set_number_of_retries(1);
        let connect = ConnectionManager::new_with_config(client, manager_config);
        let connection = tokio::time::timeout(config.connection_timeout, connect)
            .await
            .map_err(|_| StoreError::timed_out())?
            .map_err(StoreError::unavailable)?;
        Ok(RedisStore {
            connection,
            config,
            claim: Script::new(CLAIM),
            complete: Script::new(COMPLETE),
            release: Script::new(RELEASE),
        })
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
        let mut connection = self.connection.clone();
        let mut invocation = script.key(self.key(key));
        invocation.arg(token.as_str());
        if let Some(millis) = millis {
            invocation.arg(millis);
        }
        // Bounds a reconnection too, not only the answer.
        let call = invocation.invoke_async(&mut connection);
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

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let script = Script::new(RENEW);
            let renewed: i64 = self.run(&script, key, token, Some(px(lease))).await?;
            Ok(renewed == 1)
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
