//! Settings of the Redis store.

use std::fmt;
use std::time::Duration;

/// The default key prefix: keys are `openai-webhooks:delivery:<webhook-id>`.
pub const DEFAULT_KEY_PREFIX: &str = "openai-webhooks:delivery:";

/// Settings of a [`RedisStore`](super::RedisStore). Start from [`RedisConfig::default`].
#[derive(Clone)]
pub struct RedisConfig {
    pub(super) key_prefix: String,
    pub(super) connection_timeout: Duration,
    pub(super) response_timeout: Duration,
    pub(super) ca_certificate: Option<Vec<u8>>,
}

impl Default for RedisConfig {
    /// Prefix [`DEFAULT_KEY_PREFIX`], 2 s to connect, 2 s per answer, the usual root
    /// certificates for `rediss://`.
    fn default() -> Self {
        RedisConfig {
            key_prefix: DEFAULT_KEY_PREFIX.to_owned(),
            connection_timeout: Duration::from_secs(2),
            response_timeout: Duration::from_secs(2),
            ca_certificate: None,
        }
    }
}

impl fmt::Debug for RedisConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisConfig")
            .field("key_prefix", &self.key_prefix)
            .field("connection_timeout", &self.connection_timeout)
            .field("response_timeout", &self.response_timeout)
            .field(
                "ca_certificate",
                &self.ca_certificate.as_ref().map(Vec::len),
            )
            .finish()
    }
}

impl RedisConfig {
    /// Sets the prefix put before every `webhook-id`, e.g. to share a Redis between services.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> RedisConfig {
        self.key_prefix = prefix.into();
        self
    }

    /// Sets how long to wait for a connection to Redis.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn connection_timeout(mut self, timeout: Duration) -> RedisConfig {
        self.connection_timeout = timeout;
        self
    }

    /// Sets how long to wait for each answer. When it runs out, the operation fails
    /// ([`StoreError`](super::super::StoreError)) and the guard answers `503`.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn response_timeout(mut self, timeout: Duration) -> RedisConfig {
        self.response_timeout = timeout;
        self
    }

    /// Trusts the certificate authority in `pem` (one or more PEM certificates) for
    /// `rediss://` URLs, for a Redis whose certificate a private CA signed. The server's
    /// certificate must then chain to one of these, instead of to the Mozilla root
    /// certificates trusted otherwise. Needs the feature `redis-tls`; connecting with a CA to
    /// a `redis://` URL is an error.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn ca_certificate(mut self, pem: impl Into<Vec<u8>>) -> RedisConfig {
        self.ca_certificate = Some(pem.into());
        self
    }
}
