//! Connecting: one server or a Cluster, plain or TLS.

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::cluster::ClusterClientBuilder;
use redis::cluster_async::ClusterConnection;
use redis::{Client, ErrorKind, RedisError};

use super::RedisConfig;
use crate::guard::StoreError;

/// The connection of a store: to one server (reconnected by the manager), or to a Cluster
/// (routed by key, following `MOVED` and failovers).
#[derive(Clone)]
pub(super) enum Connection {
    Single(ConnectionManager),
    Cluster(ClusterConnection),
}

pub(super) async fn single(url: &str, config: &RedisConfig) -> Result<Connection, StoreError> {
    let tls = uses_tls(url, config)?;
    let client = match (tls, &config.ca_certificate) {
        #[cfg(feature = "redis-tls")]
        (true, Some(ca)) => Client::build_with_tls(url, certificates(ca)),
        _ => Client::open(url),
    }
    .map_err(invalid)?;
    let manager_config = ConnectionManagerConfig::new()
        .set_connection_timeout(Some(config.connection_timeout))
        .set_response_timeout(Some(config.response_timeout))
        .set_number_of_retries(1);
    let connect = ConnectionManager::new_with_config(client, manager_config);
    let connection = tokio::time::timeout(config.connection_timeout, connect)
        .await
        .map_err(|_| StoreError::timed_out())?
        .map_err(StoreError::unavailable)?;
    Ok(Connection::Single(connection))
}

pub(super) async fn cluster(urls: &[&str], config: &RedisConfig) -> Result<Connection, StoreError> {
    for url in urls {
        // A CA comes with rediss:// URLs only: checked here.
        uses_tls(url, config)?;
    }
    let builder = ClusterClientBuilder::new(urls.iter().copied())
        .connection_timeout(config.connection_timeout)
        .response_timeout(config.response_timeout);
    #[cfg(feature = "redis-tls")]
    let builder = match &config.ca_certificate {
        Some(ca) => builder.certs(certificates(ca)),
        None => builder,
    };
    let client = builder.build().map_err(invalid)?;
    // Connecting reads the slot map from a seed too: one connection and one answer.
    let bound = config.connection_timeout + config.response_timeout;
    let connection = tokio::time::timeout(bound, client.get_async_connection())
        .await
        .map_err(|_| StoreError::timed_out())?
        .map_err(StoreError::unavailable)?;
    Ok(Connection::Cluster(connection))
}

/// Whether `url` asks for TLS; an error if this build cannot give it, or if a CA was set
/// for a plain URL.
fn uses_tls(url: &str, config: &RedisConfig) -> Result<bool, StoreError> {
    let scheme = url.split_once("://").map_or("", |(scheme, _)| scheme);
    let tls = scheme.eq_ignore_ascii_case("rediss");
    if tls && !cfg!(feature = "redis-tls") {
        return Err(StoreError::unavailable(
            "a rediss:// URL needs TLS: enable the `redis-tls` feature of openai-webhooks",
        ));
    }
    if !tls && config.ca_certificate.is_some() {
        return Err(StoreError::unavailable(
            "a CA certificate was set for a Redis URL without TLS: use rediss://",
        ));
    }
    #[cfg(feature = "redis-tls")]
    if tls {
        ensure_crypto_provider();
    }
    Ok(tls)
}

/// The URL parser's complaint, by kind only: its message may quote the URL, and with it a
/// password.
fn invalid(error: RedisError) -> StoreError {
    let kind = match error.kind() {
        ErrorKind::InvalidClientConfig => "invalid client configuration".to_owned(),
        other => format!("{other:?}"),
    };
    StoreError::unavailable(format!("invalid Redis URL or settings ({kind})"))
}

#[cfg(feature = "redis-tls")]
fn certificates(ca: &[u8]) -> redis::TlsCertificates {
    redis::TlsCertificates {
        client_tls: None,
        root_cert: Some(ca.to_vec()),
    }
}

/// rustls needs a process-wide crypto provider. Installs *ring*'s unless the application
/// installed one already (then its choice stands).
#[cfg(feature = "redis-tls")]
fn ensure_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Fails only if another thread installed one meanwhile, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rediss_needs_the_tls_feature_and_a_ca_needs_rediss() {
        let plain = RedisConfig::default();
        assert!(!uses_tls("redis://127.0.0.1/", &plain).unwrap());
        let tls = uses_tls("REDISS://127.0.0.1/", &plain);
        if cfg!(feature = "redis-tls") {
            assert!(tls.unwrap());
        } else {
            let error = tls.unwrap_err();
            assert!(error.to_string().contains("`redis-tls` feature"), "{error}");
        }
        let with_ca = RedisConfig::default().ca_certificate(b"pem".to_vec());
        let error = uses_tls("redis://127.0.0.1/", &with_ca).unwrap_err();
        assert!(error.to_string().contains("rediss://"), "{error}");
    }
}
