//! A complete webhook receiver on actix-web.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_… cargo run --example actix_receiver --features actix-web,guard
//! ```
//!
//! Behaves like the axum receiver: listens on `127.0.0.1:8000` (or `BIND`) at
//! `POST /webhook`, prints `received <type> <event id>` once per handled delivery and
//! `duplicate <webhook-id>` for a copy answered without running the handler, and answers the
//! same statuses: 200 for a valid delivery, 401 for an unsigned, forged, stale or tampered
//! one, 400 for an authentic body that is not an event, 413 over the 1 MiB limit.
//! Deliveries are deduplicated on Redis when `REDIS_URL` or `REDIS_CLUSTER_URLS` is set
//! (build with `redis` too, `redis-tls` for `rediss://`; `REDIS_CA_CERT` names a private CA's
//! PEM file), in this process's memory otherwise. Stops cleanly on Ctrl-C.

use actix_web::{web, App, HttpResponse, HttpServer};
use openai_webhooks::actix::{handle_once, VerifiedDelivery};
use openai_webhooks::guard::Guard;
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

mod common;

/// Every delivery is verified before this runs. A refusal is answered by the extractor and
/// reported to the guard in the app's data, whose log prints it.
async fn receive(delivery: VerifiedDelivery, guard: web::Data<Guard>) -> HttpResponse {
    handle_once(&guard, &delivery, || async {
        let event = &delivery.event;
        println!("received {} {}", event.event_type(), event.id());
        if let UnwrapWebhookEvent::Unparsed(e) = event {
            // A listed type in a shape this build cannot read: have OpenAI retry later.
            println!("  cannot read it: {}", e.error());
            return HttpResponse::ServiceUnavailable().finish();
        }
        // Acknowledge fast; queue slow work. Any non-2xx status makes OpenAI retry.
        HttpResponse::Ok().finish()
    })
    .await
}

#[actix_web::main]
async fn main() -> std::process::ExitCode {
    common::exit_status(run().await)
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // With the `tracing` feature, the crate logs one line per step of a delivery: the
    // extractor's, then `handle_once`'s (never the secret, a signature or the body).
    #[cfg(feature = "tracing")]
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::DEBUG)
        .init();
    let webhook = web::Data::new(Webhook::from_env()?);
    // One guard for the process, shared by every worker.
    let guard = web::Data::new(common::guard().await?.on_outcome(common::log));
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8000".to_owned());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(webhook.clone())
            .app_data(guard.clone())
            .route("/webhook", web::post().to(receive))
    })
    .workers(2)
    .bind(&bind)?;
    for addr in server.addrs() {
        println!("listening on http://{addr}/webhook");
    }
    server.run().await?;
    println!("shut down");
    Ok(())
}
