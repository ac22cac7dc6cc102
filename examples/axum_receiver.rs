//! A complete webhook receiver on axum.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_… cargo run --example axum_receiver --features axum
//! ```
//!
//! Listens on `127.0.0.1:8000` (or `BIND`) at `POST /webhook`. Try it with the command-line
//! tool (`cargo install --path cli`, then `openai-webhooks send --url
//! http://127.0.0.1:8000/webhook` with the same secret). Stops cleanly on Ctrl-C. During a
//! secret rotation, set `OPENAI_WEBHOOK_SECRET_PREVIOUS` to the old secret as well: both are
//! accepted.

use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use openai_webhooks::axum::{VerifiedEvent, WebhookRejection};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

/// Every delivery is verified before this runs; a rejection is logged and answered as is.
async fn receive(
    delivery: Result<VerifiedEvent, WebhookRejection>,
) -> Result<StatusCode, WebhookRejection> {
    let VerifiedEvent(event) = delivery.inspect_err(|rejection| {
        println!("rejected ({}): {rejection}", rejection.status());
    })?;
    println!("received {} {}", event.event_type(), event.id());
    match &event {
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
    // Acknowledge fast; queue slow work. Any non-2xx status makes OpenAI retry.
    Ok(StatusCode::OK)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let webhook = Webhook::from_env()?;
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let app = Router::new()
        .route("/webhook", post(receive))
        .with_state(webhook);
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
