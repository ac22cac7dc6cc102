//! A complete webhook receiver on actix-web.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_… cargo run --example actix_receiver --features actix-web
//! ```
//!
//! Listens on `127.0.0.1:8000` (or `BIND`) at `POST /webhook`, like the axum receiver, and
//! answers the same statuses: 200 for a valid delivery, 401 for an unsigned, forged, stale or
//! tampered one, 400 for an authentic body that is not an event, 413 over the 1 MiB limit.

use actix_web::{web, App, HttpResponse, HttpServer};
use openai_webhooks::actix::{VerifiedEvent, WebhookRejection};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

/// Every delivery is verified before this runs; a rejection is logged and answered as is.
async fn receive(
    delivery: Result<VerifiedEvent, WebhookRejection>,
) -> Result<HttpResponse, WebhookRejection> {
    let VerifiedEvent(event) = delivery.inspect_err(|rejection| {
        use actix_web::ResponseError as _;
        println!("rejected ({}): {rejection}", rejection.status_code());
    })?;
    println!("received {} {}", event.event_type(), event.id());
    if let UnwrapWebhookEvent::Unparsed(e) = &event {
        // A listed type in a shape this build cannot read: have OpenAI retry after an upgrade.
        println!("  cannot read it: {}", e.error());
        return Ok(HttpResponse::ServiceUnavailable().finish());
    }
    // Acknowledge fast; queue slow work. Any non-2xx status makes OpenAI retry.
    Ok(HttpResponse::Ok().finish())
}

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let webhook = web::Data::new(Webhook::from_env()?);
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(webhook.clone())
            .route("/webhook", web::post().to(receive))
    })
    .workers(2)
    .bind(&bind)?;
    for addr in server.addrs() {
        println!("listening on http://{addr}/webhook");
    }
    // Stops cleanly on Ctrl-C.
    server.run().await?;
    println!("shut down");
    Ok(())
}
