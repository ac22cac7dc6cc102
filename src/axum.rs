//! Receiving webhooks in an [axum] 0.8 handler (feature `axum`).
//!
//! [`VerifiedEvent`] reads the raw body (up to a limit), verifies it with the [`Webhook`] in
//! the router's state and parses it, before the handler runs. A delivery that fails never
//! reaches the handler; it gets a [`WebhookRejection`] response instead:
//!
//! | Problem | Status |
//! |---|---|
//! | missing or invalid `webhook-*` headers, stale timestamp, bad signature | `401 Unauthorized` |
//! | authentic body that is not a webhook event | `400 Bad Request` |
//! | body over the limit (1 MiB by default) | `413 Payload Too Large` |
//!
//! ```
//! use axum::{http::StatusCode, routing::post, Router};
//! use openai_webhooks::axum::VerifiedEvent;
//! use openai_webhooks::{UnwrapWebhookEvent, Webhook};
//!
//! async fn receive(VerifiedEvent(event): VerifiedEvent) -> StatusCode {
//!     match event {
//!         UnwrapWebhookEvent::ResponseCompleted(e) => println!("response {} done", e.data.id),
//!         UnwrapWebhookEvent::BatchFailed(e) => println!("batch {} failed", e.data.id),
//!         other => println!("ignoring {} {}", other.event_type(), other.id()),
//!     }
//!     // Answer quickly; hand long work to a queue. Any non-2xx status makes OpenAI retry.
//!     StatusCode::OK
//! }
//!
//! # fn main() -> Result<(), openai_webhooks::Error> {
//! # let webhook = Webhook::new("whsec_Zg==")?;
//! // let webhook = Webhook::from_env()?;  // OPENAI_WEBHOOK_SECRET
//! let app: Router = Router::new()
//!     .route("/webhook", post(receive))
//!     .with_state(webhook);
//! # Ok(())
//! # }
//! ```
//!
//! With a larger application state, implement `FromRef<AppState> for Webhook` (or derive it
//! with axum's `macros` feature). Use [`VerifiedDelivery`] to keep the raw body and headers,
//! and `VerifiedEvent<{ 64 * 1024 }>` to change the body limit.
//!
//! These extractors verify but don't deduplicate: OpenAI retries deliveries. To handle each
//! delivery once, put `openai_webhooks::tower::WebhookLayer` (feature `tower`) on the route;
//! the extractors then take the delivery the layer verified and claimed, and
//! [`VerifiedWebhook`] extracts it without needing the `Webhook` in the state.
//!
//! [axum]: https://docs.rs/axum/0.8

use ::axum::body::Bytes;
use ::axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use ::axum::http::request::Parts;
use ::axum::http::{HeaderMap, StatusCode};
use ::axum::response::{IntoResponse, Response};

pub use crate::delivery::{VerifiedWebhook, WebhookRejection, DEFAULT_BODY_LIMIT};
use crate::{UnwrapWebhookEvent, Webhook};

/// Extractor: a verified, parsed webhook event. `LIMIT` caps the body size in bytes.
///
/// Must be the handler's last argument, since it consumes the body. Behind the tower
/// layer (feature `tower`), it takes the event the layer verified instead.
#[derive(Debug, Clone)]
pub struct VerifiedEvent<const LIMIT: usize = DEFAULT_BODY_LIMIT>(pub UnwrapWebhookEvent);

/// Extractor: a verified event together with the exact body and headers it arrived with,
/// for services that log or store deliveries.
#[derive(Debug, Clone)]
pub struct VerifiedDelivery<const LIMIT: usize = DEFAULT_BODY_LIMIT> {
    /// The parsed event.
    pub event: UnwrapWebhookEvent,
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The request headers.
    pub headers: HeaderMap,
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedDelivery<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let delivery = match parts.extensions.remove::<VerifiedWebhook>() {
            // The tower layer verified this request already.
            Some(delivery) => delivery,
            None => {
                let webhook = Webhook::from_ref(state);
                crate::delivery::read_verified(&webhook, &parts.headers, body, LIMIT).await?
            }
        };
        Ok(VerifiedDelivery {
            event: delivery.event,
            body: delivery.body,
            headers: parts.headers,
        })
    }
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedEvent<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let delivery = VerifiedDelivery::<LIMIT>::from_request(request, state).await?;
        Ok(VerifiedEvent(delivery.event))
    }
}

/// Extractor for routes behind the tower layer (feature `tower`): the delivery it verified
/// and claimed. Needs no state and leaves the body alone.
///
/// Without the layer on the route it answers `500 Internal Server Error`: a setup mistake,
/// never a reason to run the handler on an unverified request.
impl<S: Send + Sync> FromRequestParts<S> for VerifiedWebhook {
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<VerifiedWebhook>().cloned().ok_or((
            StatusCode::INTERNAL_SERVER_ERROR,
            "the webhook layer is not installed on this route",
        ))
    }
}
