//! What both receiver examples share: the guard, from `REDIS_URL` or in memory, and its log.

use openai_webhooks::guard::{Guard, Outcome};

/// Logs what the guard answered without running the handler. Never the secret or body.
pub fn log(outcome: &Outcome<'_>) {
    match outcome {
        Outcome::Duplicate { webhook_id } => println!("duplicate {webhook_id}"),
        Outcome::InProgress { webhook_id, .. } => println!("in progress {webhook_id}"),
        Outcome::Rejected { status, reason } => println!("rejected ({status}): {reason}"),
        Outcome::StoreFailed { webhook_id, error } => {
            println!("store failed {webhook_id}: {error}")
        }
        _ => {}
    }
}

/// The guard: on Redis when `REDIS_URL` is set (every replica pointed at it shares the
/// record), in this process's memory otherwise.
pub async fn guard() -> Result<Guard, Box<dyn std::error::Error>> {
    let Ok(url) = std::env::var("REDIS_URL") else {
        println!("deduplicating in memory (set REDIS_URL to share it between replicas)");
        return Ok(Guard::in_memory());
    };
    #[cfg(feature = "redis")]
    {
        let store = openai_webhooks::guard::RedisStore::connect(&url).await?;
        println!("deduplicating on Redis");
        Ok(Guard::new(store))
    }
    #[cfg(not(feature = "redis"))]
    {
        let _ = url;
        Err("REDIS_URL is set: build the example with the `redis` feature too".into())
    }
}
