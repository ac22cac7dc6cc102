//! The guard on Redis, from the environment:
//!
//! - `REDIS_URL`: one server, `redis://…` or `rediss://…` (TLS, feature `redis-tls`);
//! - `REDIS_CLUSTER_URLS`: the comma-separated seed nodes of a Redis Cluster;
//! - `REDIS_CA_CERT`: the path of a PEM file with the CA to trust for `rediss://`, when a
//!   private CA signed the server's certificate.

use openai_webhooks::guard::Guard;

/// `None` when neither `REDIS_URL` nor `REDIS_CLUSTER_URLS` is set.
pub async fn guard() -> Result<Option<Guard>, Box<dyn std::error::Error>> {
    let url = std::env::var("REDIS_URL").ok();
    let cluster = std::env::var("REDIS_CLUSTER_URLS").ok();
    if url.is_none() && cluster.is_none() {
        return Ok(None);
    }
    #[cfg(feature = "redis")]
    {
        use openai_webhooks::guard::{RedisConfig, RedisStore};
        let mut config = RedisConfig::default();
        if let Ok(path) = std::env::var("REDIS_CA_CERT") {
            let pem = std::fs::read(&path)
                .map_err(|e| format!("REDIS_CA_CERT: cannot read {path}: {e}"))?;
            config = config.ca_certificate(pem);
        }
        let store = match (cluster, url) {
            (Some(urls), _) => {
                let seeds: Vec<&str> = urls
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                let store = RedisStore::connect_cluster_with(&seeds, config).await?;
                println!(
                    "deduplicating on a Redis Cluster ({} seed nodes)",
                    seeds.len()
                );
                store
            }
            (None, url) => {
                let store = RedisStore::connect_with(&url.unwrap_or_default(), config).await?;
                println!("deduplicating on Redis");
                store
            }
        };
        Ok(Some(Guard::new(store)))
    }
    #[cfg(not(feature = "redis"))]
    {
        Err(
            "REDIS_URL or REDIS_CLUSTER_URLS is set: build the example with the `redis` \
             feature too (`redis-tls` for rediss://)"
                .into(),
        )
    }
}
