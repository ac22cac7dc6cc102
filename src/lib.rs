//! Verify OpenAI webhook deliveries and unwrap them into typed events.
//!
//! OpenAI signs every webhook with the [Standard Webhooks] scheme: HMAC-SHA256 over
//! `webhook-id.webhook-timestamp.body`, keyed by the endpoint's `whsec_…` secret. This crate
//! checks that signature and the timestamp, then parses the body into
//! [`UnwrapWebhookEvent`], whose variants are generated at build time from the webhook part
//! of OpenAI's OpenAPI spec (vendored in `spec/`).
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use openai_webhooks::{UnwrapWebhookEvent, Webhook};
//!
//! # fn main() -> Result<(), openai_webhooks::Error> {
//! let webhook = Webhook::new("whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=")?;
//!
//! // The raw request body and its headers, exactly as received.
//! let body = r#"{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}"#;
//! let headers = [
//!     ("webhook-id", "wh_685c059ae39c8190af8c71ed1022a24d"),
//!     ("webhook-timestamp", "1750861210"),
//!     ("webhook-signature", "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY="),
//! ];
//! // In a handler, `webhook.unwrap(body, &headers)?` checks the timestamp against the
//! // clock. This recorded delivery is old, so check it at the time it was sent.
//! let sent_at = UNIX_EPOCH + Duration::from_secs(1750861210);
//! match webhook.unwrap_at(body, &headers, sent_at)? {
//!     UnwrapWebhookEvent::ResponseCompleted(event) => {
//!         assert_eq!(event.data.id, "resp_123");
//!     }
//!     UnwrapWebhookEvent::BatchFailed(event) => println!("batch {} failed", event.data.id),
//!     other => println!("ignoring {} ({})", other.event_type(), other.id()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! - [`Webhook`] holds the keyed secret; build it once and share it.
//! - [`Webhook::unwrap`] verifies and parses; [`Webhook::verify_signature`] only verifies.
//! - [`WebhookHeaders`] reads the headers from `http::HeaderMap`, maps or pair lists.
//! - Event types the spec does not list arrive as [`UnwrapWebhookEvent::Unknown`]; listed
//!   types whose JSON does not fit their struct as [`UnwrapWebhookEvent::Unparsed`]. An
//!   authentic delivery is never refused for its shape.
//! - [`WebhookEvent`] gives `event_type`, `id` and `created_at` of any event, known or not.
//! - [`UnwrapWebhookEvent::KNOWN_EVENT_TYPES`] and [`UnwrapWebhookEvent::sample_payload`]
//!   list the spec's events and give a sample of each, for testing an endpoint.
//! - [`Error`] says why a delivery was refused; its messages never repeat the secret, a
//!   signature or the payload.
//!
//! # Features
//!
//! - `http` (default): [`WebhookHeaders`] for `http::HeaderMap`.
//! - `axum`: the `openai_webhooks::axum` module, with extractors for axum 0.8 handlers
//!   (`VerifiedEvent`, `VerifiedDelivery`, `VerifiedPayload`) and their rejection type.
//! - `actix-web`: the `openai_webhooks::actix` module, the same extractors for actix-web 4;
//!   with `guard` too, `actix::handle_once` runs a handler once per delivery.
//! - `tracing`: the server integrations (axum and actix-web extractors, the tower layer,
//!   `actix::handle_once`) emit one event per delivery to the target `openai_webhooks`, with
//!   `webhook_id`, `event_type`, `outcome`, `status`, `latency_us` and, for a refusal,
//!   `reason`: `debug` when handled, `warn` when refused or failed. Never the secret, a
//!   signature or the body. The verifier itself never logs.
//! - `guard`: the `openai_webhooks::guard` module, so each delivery is handled once across
//!   OpenAI's retries (keyed by `webhook-id`), with an in-memory store.
//! - `redis`: `guard::RedisStore`, the guard's store on Redis (one server or a Redis
//!   Cluster), shared by replicas.
//! - `redis-tls`: `rediss://` URLs for `guard::RedisStore` (rustls with *ring*).
//! - `tower`: the `openai_webhooks::tower` module, a tower `Layer` that verifies each
//!   delivery, runs the guard around the inner service and answers `401`/`409`/`503` itself.
//!
//! [Standard Webhooks]: https://www.standardwebhooks.com/
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
#[cfg(any(feature = "axum", feature = "tower"))]
mod delivery;
mod error;
mod event_type;
pub mod events;
#[cfg(feature = "guard")]
#[cfg_attr(docsrs, doc(cfg(feature = "guard")))]
pub mod guard;
mod headers;
mod keys;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix-web"))]
mod redact;
#[cfg(any(feature = "axum", feature = "tower", feature = "actix-web"))]
mod rejection;
mod signature;
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub mod tower;
// `tower` turns on `guard`.
#[cfg(any(feature = "axum", feature = "actix-web", feature = "guard"))]
mod trace;
mod verify;

pub use error::{Error, JsonError};
#[doc(inline)]
pub use events::{UnknownWebhookEvent, UnparsedWebhookEvent, UnwrapWebhookEvent, WebhookEvent};
pub use headers::{WebhookHeader, WebhookHeaders};
pub use verify::Webhook;

/// Compiles the examples of the README and of `docs/*.md` as doctests (they use every
/// feature).
#[cfg(all(
    doctest,
    feature = "axum",
    feature = "tower",
    feature = "redis",
    feature = "postgres",
    feature = "actix-web"
))]
pub mod doctests {
    #[doc = include_str!("../README.md")]
    pub struct Readme;
    #[doc = include_str!("../docs/cli.md")]
    pub struct Cli;
    #[doc = include_str!("../docs/guard.md")]
    pub struct Guard;
    #[doc = include_str!("../docs/stores.md")]
    pub struct Stores;
}
