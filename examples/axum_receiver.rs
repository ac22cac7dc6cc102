//! A complete webhook receiver on axum that handles each delivery once.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_… cargo run --example axum_receiver --features axum,tower
//! # replicas sharing what they handled:
//! REDIS_URL=redis://127.0.0.1/ OPENAI_WEBHOOK_SECRET=whsec_… \
//!     cargo run --example axum_receiver --features axum,tower,redis
//! # on a Redis Cluster (seed nodes), or on a TLS Redis with a private CA:
//! REDIS_CLUSTER_URLS=redis://10.0.0.1:6379,redis://10.0.0.2:6379 OPENAI_WEBHOOK_SECRET=whsec_… \
//!     cargo run --example axum_receiver --features axum,tower,redis
//! REDIS_URL=rediss://redis.internal:6380/ REDIS_CA_CERT=ca.pem OPENAI_WEBHOOK_SECRET=whsec_… \
//!     cargo run --example axum_receiver --features axum,tower,redis-tls
//! # on PostgreSQL: each event is written to `received_events` in the transaction that
//! # marks its delivery done (exactly-once effects):
//! DATABASE_URL=postgres://user@127.0.0.1/db OPENAI_WEBHOOK_SECRET=whsec_… \
//!     cargo run --example axum_receiver --features axum,tower,postgres
//! ```
//!
//! Listens on `127.0.0.1:8000` (or `BIND`) at `POST /webhook`. Try it with the command-line
//! tool (`cargo install --path cli`, then `openai-webhooks send --url
//! http://127.0.0.1:8000/webhook` with the same secret). Deliveries are deduplicated by
//! `webhook-id`: on Redis when `REDIS_URL` (one server) or `REDIS_CLUSTER_URLS` (the
//! comma-separated seed nodes of a Redis Cluster) is set, in this process's memory otherwise.
//! Every replica pointed at the same Redis shares the record. For `rediss://` with a private
//! CA, `REDIS_CA_CERT` names its PEM file. During a secret rotation, set
//! `OPENAI_WEBHOOK_SECRET_PREVIOUS` to the old secret as well: both are accepted. Stops
//! cleanly on Ctrl-C.

use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

mod common;
#[cfg(feature = "postgres")]
#[path = "common/postgres.rs"]
mod postgres;

/// Runs once per delivery: the layer verified it, and answers copies and retries itself.
async fn receive(delivery: VerifiedWebhook) -> StatusCode {
    let event = &delivery.event;
    println!("received {} {}", event.event_type(), event.id());
    match event {
        UnwrapWebhookEvent::ResponseCompleted(e) => println!("  response {} is ready", e.data.id),
        UnwrapWebhookEvent::BatchCompleted(e) => println!("  batch {} finished", e.data.id),
        UnwrapWebhookEvent::FineTuningJobFailed(e) => {
            println!("  fine-tuning job {} failed", e.data.id)
        }
        UnwrapWebhookEvent::RealtimeCallIncoming(e) => {
            println!("  call {} is ringing", e.data.call_id);
        }
        UnwrapWebhookEvent::Unknown(_) => {
            println!("  a type this build does not know; raw JSON kept")
        }
        _ => {}
    }
    // Acknowledge fast; queue slow work. Any non-2xx status makes OpenAI retry, and the
    // retry runs this again.
    StatusCode::OK
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_status(run().await)
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // With the `tracing` feature, the crate logs one line per delivery (never the secret, a
    // signature or the body).
    #[cfg(feature = "tracing")]
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::DEBUG)
        .init();
    let webhook = Webhook::from_env()?;
    let app = match postgres_app(&webhook).await? {
        Some(app) => app,
        None => {
            let guard = common::guard().await?.on_outcome(common::log);
            Router::new().route(
                "/webhook",
                post(receive).layer(WebhookLayer::new(webhook, guard)),
            )
        }
    };
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    println!("listening on http://{}/webhook", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    println!("shut down");
    Ok(())
}

/// The app on PostgreSQL when `DATABASE_URL` is set (see `common/postgres.rs`).
async fn postgres_app(webhook: &Webhook) -> Result<Option<Router>, Box<dyn std::error::Error>> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        return Ok(None);
    };
    #[cfg(feature = "postgres")]
    {
        let store = postgres::connect(&url).await?;
        println!("deduplicating on PostgreSQL; events go to received_events");
        let guard = openai_webhooks::guard::Guard::new(store.clone()).on_outcome(common::log);
        Ok(Some(postgres::router(webhook.clone(), store, guard)))
    }
    #[cfg(not(feature = "postgres"))]
    {
        let _ = (url, webhook);
        Err("DATABASE_URL is set: build the example with the `postgres` feature too".into())
    }
}
