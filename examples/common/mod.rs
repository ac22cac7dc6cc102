//! What both receiver examples share: the guard, on Redis (`REDIS_URL`,
//! `REDIS_CLUSTER_URLS`) or in memory, and its log.

mod redis;

use openai_webhooks::guard::{Guard, Outcome};

/// Logs what the guard answered without running the handler. Never the secret or body.
pub fn log(outcome: &Outcome<'_>) {
    if let Outcome::Duplicate { .. }
    | Outcome::InProgress { .. }
    | Outcome::Rejected { .. }
    | Outcome::StoreFailed { .. }
    | Outcome::LeaseLost { .. } = outcome
    {
        println!("{outcome}");
    }
}

/// The guard: on Redis when `REDIS_URL` or `REDIS_CLUSTER_URLS` is set (every replica
/// pointed at it shares the record), in this process's memory otherwise.
pub async fn guard() -> Result<Guard, Box<dyn std::error::Error>> {
    if let Some(guard) = redis::guard().await? {
        return Ok(guard);
    }
    println!(
        "deduplicating in memory (set REDIS_URL or REDIS_CLUSTER_URLS to share it between \
         replicas)"
    );
    Ok(Guard::in_memory())
}

/// The exit status of `main`, printing an error with `Display` (its message says what to do,
/// such as which variable to set), not the `Debug` form `main` would print.
pub fn exit_status(result: Result<(), Box<dyn std::error::Error>>) -> std::process::ExitCode {
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
