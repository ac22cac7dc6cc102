//! The axum receiver on PostgreSQL (`DATABASE_URL`): the guard's store, and each handled
//! event written to `received_events` in the same transaction that marks its delivery done.
//! Either both are stored or neither is, even if the process dies between them.

use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use openai_webhooks::guard::{DeliveryTransaction, Guard, PostgresStore};
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

/// The application's table. No unique constraint: a delivery handled twice would show as
/// two rows.
pub const CREATE_RECEIVED_EVENTS: &str = "CREATE TABLE IF NOT EXISTS received_events (\
    event_id text NOT NULL, \
    event_type text NOT NULL, \
    received_at timestamptz NOT NULL DEFAULT now())";

/// Connects, and creates the guard's table and `received_events` if they are missing.
pub async fn connect(url: &str) -> Result<PostgresStore, Box<dyn std::error::Error>> {
    let store = PostgresStore::connect(url).await?;
    store.migrate().await?;
    sqlx::query(CREATE_RECEIVED_EVENTS)
        .execute(store.pool())
        .await?;
    Ok(store)
}

/// What the handler needs besides the delivery.
#[derive(Clone)]
struct Db {
    store: PostgresStore,
    retention: Duration,
}

/// The webhook route: `guard` (on `store`) claims, `receive` writes and marks done.
pub fn router(webhook: Webhook, store: PostgresStore, guard: Guard) -> Router {
    let db = Db {
        store,
        retention: guard.retention(),
    };
    Router::new()
        .route(
            "/webhook",
            post(receive).layer(WebhookLayer::new(webhook, guard)),
        )
        .with_state(db)
}

/// Runs once per delivery: the event row and the done mark commit together.
async fn receive(State(db): State<Db>, delivery: VerifiedWebhook) -> StatusCode {
    let event = &delivery.event;
    let Some(token) = delivery.claim_token() else {
        println!(
            "not behind the layer: {} was not claimed",
            delivery.webhook_id
        );
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    let mut tx = match db.store.begin(&delivery.webhook_id, token).await {
        Ok(tx) => tx,
        Err(error) => {
            println!("store failed {}: {error}", delivery.webhook_id);
            return StatusCode::SERVICE_UNAVAILABLE;
        }
    };
    if let Err(error) = record(&mut tx, event).await {
        // Dropping `tx` rolls back and frees the delivery: OpenAI's retry runs it again.
        println!("could not record {}: {error}", event.id());
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    if let Err(error) = tx.commit(db.retention).await {
        println!("could not commit {}: {error}", event.id());
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    println!("received {} {}", event.event_type(), event.id());
    StatusCode::OK
}

/// The handler's own write, in the delivery's transaction.
async fn record(tx: &mut DeliveryTransaction, event: &UnwrapWebhookEvent) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO received_events (event_id, event_type) VALUES ($1, $2)")
        .bind(event.id())
        .bind(event.event_type())
        .execute(&mut **tx)
        .await
        .map(drop)
}
