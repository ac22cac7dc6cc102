//! Receiving webhooks in an [axum] 0.8 handler (feature `axum`).
//!
//! [`VerifiedEvent`] reads the raw body (up to a limit), verifies it with the [`Webhook`] in
//! the router's state and parses it, before the handler runs. A delivery that fails never
//! reaches the handler; it gets a [`WebhookRejection`] response instead:
//!
//! | Problem | Status |
//! |---|---|
//! | missing or invalid `webhook-*` headers, stale timestamp, bad signature | `401 Unauthorized` |
//! | authentic body that is not a JSON object with a string `type` | `400 Bad Request` |
//! | authentic, but its `webhook-id` is not text (it could not key the duplicate guard) | `400 Bad Request` |
//! | body over the limit (1 MiB by default, see [Body limits](self#body-limits)) | `413 Payload Too Large` |
//!
//! An authentic event is never refused for its shape: a listed type whose JSON does not fit
//! its struct reaches the handler as [`UnwrapWebhookEvent::Unparsed`], and the handler's
//! answer decides (store and answer `200`, or answer `5xx` so that OpenAI retries later).
//!
//! ```
//! use axum::{http::StatusCode, routing::post, Router};
//! use openai_webhooks::axum::VerifiedEvent;
//! use openai_webhooks::{UnwrapWebhookEvent, Webhook, WebhookEvent};
//!
//! async fn receive(VerifiedEvent(event): VerifiedEvent) -> StatusCode {
//!     match event {
//!         UnwrapWebhookEvent::ResponseCompleted(e) => println!("response {} done", e.data.id),
//!         UnwrapWebhookEvent::BatchFailed(e) => println!("batch {} failed", e.data.id),
//!         UnwrapWebhookEvent::Unparsed(e) => {
//!             // A listed type in a shape this build does not know: retry after an upgrade.
//!             eprintln!("cannot read {} ({})", e.event_type(), e.error());
//!             return StatusCode::SERVICE_UNAVAILABLE;
//!         }
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
//! and [`VerifiedPayload`] to verify without parsing.
//!
//! # Body limits
//!
//! The one rule for every way of receiving in axum:
//!
//! - **Default** (`VerifiedEvent`, whose `LIMIT` is [`ROUTER_LIMIT`]): at most
//!   [`DEFAULT_BODY_LIMIT`] (1 MiB), or the router's `DefaultBodyLimit` if that is lower,
//!   as for axum's own body extractors.
//! - **Explicit** (`VerifiedEvent<{ 64 * 1024 }>`, any `LIMIT` but [`ROUTER_LIMIT`]): that
//!   many bytes, whatever the router's `DefaultBodyLimit` says. `VerifiedEvent<{ 1 << 20 }>`
//!   is exactly 1 MiB, even under a router limit of 2 MiB or 512 KiB.
//! - **Behind the tower layer**: the layer reads the body, with its own limit
//!   (`WebhookLayer::body_limit`, 1 MiB by default); the router's and the extractor's do not
//!   apply.
//!
//! A body over the limit is answered `413`, unread if its `Content-Length` says so.
//!
//! # Logging refusals
//!
//! To log refusals, take the extractor as a `Result` and return the rejection, which answers
//! with its own status:
//!
//! ```
//! use axum::http::StatusCode;
//! use openai_webhooks::axum::{VerifiedEvent, WebhookRejection};
//!
//! async fn receive(
//!     delivery: Result<VerifiedEvent, WebhookRejection>,
//! ) -> Result<StatusCode, WebhookRejection> {
//!     let VerifiedEvent(event) = delivery.inspect_err(|rejection| {
//!         // For example "401 Unauthorized: webhook timestamp is too old".
//!         eprintln!("refused a delivery: {} {rejection}", rejection.status());
//!     })?;
//!     println!("received {}", event.event_type());
//!     Ok(StatusCode::OK)
//! }
//! # let _: axum::Router = axum::Router::new()
//! #     .route("/webhook", axum::routing::post(receive))
//! #     .with_state(openai_webhooks::Webhook::new("whsec_Zg==").unwrap());
//! ```
//!
//! # Each delivery once
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
use ::axum::RequestExt as _;

use crate::delivery::{read_limited, read_verified};
#[doc(inline)]
pub use crate::delivery::{VerifiedWebhook, WebhookRejection, DEFAULT_BODY_LIMIT};
use crate::{redact, trace};
use crate::{UnwrapWebhookEvent, Webhook};

/// The extractors' default `LIMIT`: not a size, but "1 MiB, or the router's
/// `DefaultBodyLimit` if lower". Any other `LIMIT` is a size in bytes that overrides the
/// router's. See [Body limits](self#body-limits).
///
/// It is `0`, which as a size would refuse every delivery; so a `LIMIT` that a constant
/// expression computes as `0` also means this default.
pub const ROUTER_LIMIT: usize = 0;

/// Extractor: a verified, parsed webhook event. `LIMIT` caps the body size in bytes (see
/// [Body limits](self#body-limits)).
///
/// Must be the handler's last argument, since it consumes the body. Behind the tower
/// layer (feature `tower`), it takes the event the layer verified instead.
#[derive(Debug, Clone)]
pub struct VerifiedEvent<const LIMIT: usize = ROUTER_LIMIT>(pub UnwrapWebhookEvent);

/// Extractor: a verified event together with the exact body and headers it arrived with,
/// for services that log or store deliveries.
///
/// ```
/// use axum::http::StatusCode;
/// use openai_webhooks::axum::VerifiedDelivery;
/// use openai_webhooks::WebhookEvent;
///
/// async fn receive(delivery: VerifiedDelivery) -> StatusCode {
///     // `webhook-id` names the delivery; OpenAI's retries of it repeat the same value.
///     let webhook_id = delivery.headers.get("webhook-id").and_then(|v| v.to_str().ok());
///     println!(
///         "{} {} in delivery {webhook_id:?}, {} bytes as signed",
///         delivery.event.event_type(),
///         delivery.event.id(),
///         delivery.body.len()
///     );
///     StatusCode::OK
/// }
/// # let _: axum::Router = axum::Router::new()
/// #     .route("/webhook", axum::routing::post(receive))
/// #     .with_state(openai_webhooks::Webhook::new("whsec_Zg==").unwrap());
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub struct VerifiedDelivery<const LIMIT: usize = ROUTER_LIMIT> {
    /// The parsed event.
    pub event: UnwrapWebhookEvent,
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The request headers.
    pub headers: HeaderMap,
}

/// Extractor: an authentic delivery, verified but not parsed: the exact body and headers.
///
/// For services that parse the body themselves, or store it first and parse later.
#[derive(Clone)]
#[non_exhaustive]
pub struct VerifiedPayload<const LIMIT: usize = ROUTER_LIMIT> {
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The request headers.
    pub headers: HeaderMap,
}

fn redacted_headers(headers: &HeaderMap) -> redact::Headers<'_> {
    redact::Headers(
        headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_bytes()))
            .collect(),
    )
}

/// The signature redacted, the body as its length, the event as its type.
impl<const LIMIT: usize> std::fmt::Debug for VerifiedDelivery<LIMIT> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifiedDelivery")
            .field("event", &redact::Event(&self.event))
            .field("body", &redact::Body(self.body.len()))
            .field("headers", &redacted_headers(&self.headers))
            .finish()
    }
}

/// The signature redacted, the body as its length.
impl<const LIMIT: usize> std::fmt::Debug for VerifiedPayload<LIMIT> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifiedPayload")
            .field("body", &redact::Body(self.body.len()))
            .field("headers", &redacted_headers(&self.headers))
            .finish()
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

/// The request's parts and body, the body under the router's `DefaultBodyLimit` for
/// [`ROUTER_LIMIT`], and the extractor's own limit in bytes. See [Body limits](self#body-limits).
fn limited(request: Request, limit: usize) -> (Parts, ::axum::body::Body, usize) {
    let (request, limit) = match limit {
        ROUTER_LIMIT => (request.with_limited_body(), DEFAULT_BODY_LIMIT),
        bytes => (request, bytes),
    };
    let (parts, body) = request.into_parts();
    (parts, body, limit)
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedPayload<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let started = trace::Started::now();
        let (mut parts, body, limit) = limited(request, LIMIT);
        if let Some(delivery) = parts.extensions.remove::<VerifiedWebhook>() {
            // The tower layer verified this request already.
            return Ok(VerifiedPayload {
                body: delivery.body,
                headers: parts.headers,
            });
        }
        let verified = async {
            let body = read_limited(&parts.headers, body, limit).await?;
            Webhook::from_ref(state)
                .verify_signature(&body, &parts.headers)
                .map_err(WebhookRejection::from_error)?;
            Ok(body)
        };
        let body = logged(verified.await, &parts.headers, started, |_| "")?;
        Ok(VerifiedPayload {
            body,
            headers: parts.headers,
        })
    }
}

/// Logs the extractor's result (feature `tracing`) and hands it on.
fn logged<T>(
    result: Result<T, WebhookRejection>,
    headers: &HeaderMap,
    started: trace::Started,
    event_type: impl Fn(&T) -> &str,
) -> Result<T, WebhookRejection> {
    let webhook_id = headers.get("webhook-id").map(|v| v.as_bytes());
    trace::extracted(result.as_ref().map(&event_type), webhook_id, started);
    result
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedDelivery<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let started = trace::Started::now();
        let (mut parts, body, limit) = limited(request, LIMIT);
        let delivery = match parts.extensions.remove::<VerifiedWebhook>() {
            // The tower layer verified this request already, and logs it.
            Some(delivery) => delivery,
            None => {
                let webhook = Webhook::from_ref(state);
                let read = read_verified(&webhook, &parts.headers, body, limit).await;
                logged(read, &parts.headers, started, |d| d.event.event_type())?
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
/// and claimed, taken out of the request (so once per request: one of this,
/// [`VerifiedEvent`] or [`VerifiedDelivery`]). Needs no state and leaves the body alone.
///
/// Without the layer on the route it answers `500 Internal Server Error`: a setup mistake,
/// never a reason to run the handler on an unverified request.
impl<S: Send + Sync> FromRequestParts<S> for VerifiedWebhook {
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        // Taken, not cloned: the event can be large, and one extractor per handler needs it.
        parts.extensions.remove::<VerifiedWebhook>().ok_or((
            StatusCode::INTERNAL_SERVER_ERROR,
            "the webhook layer is not installed on this route (or another extractor took its delivery)",
        ))
    }
}
