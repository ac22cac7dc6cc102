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
//! | body over the limit (1 MiB by default, or the router's `DefaultBodyLimit` if lower) | `413 Payload Too Large` |
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
//! [`VerifiedPayload`] to verify without parsing, and `VerifiedEvent<{ 64 * 1024 }>` to
//! set the body limit explicitly. With the default limit, a lower `DefaultBodyLimit` on the
//! router applies too, as for axum's own extractors; an explicit limit overrides the router's.
//!
//! [axum]: https://docs.rs/axum/0.8

use std::fmt;

use ::axum::body::Bytes;
use ::axum::extract::{FromRef, FromRequest, Request};
use ::axum::http::request::Parts;
use ::axum::http::{header, HeaderMap, StatusCode};
use ::axum::response::{IntoResponse, Response};
use ::axum::RequestExt as _;
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::{Error, UnwrapWebhookEvent, Webhook};

/// The default body limit, 1 MiB. OpenAI's events are a few hundred bytes.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// Extractor: a verified, parsed webhook event. `LIMIT` caps the body size in bytes.
///
/// Must be the handler's last argument, since it consumes the body.
#[derive(Debug, Clone)]
pub struct VerifiedEvent<const LIMIT: usize = DEFAULT_BODY_LIMIT>(pub UnwrapWebhookEvent);

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
#[derive(Debug, Clone)]
pub struct VerifiedDelivery<const LIMIT: usize = DEFAULT_BODY_LIMIT> {
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
#[derive(Debug, Clone)]
pub struct VerifiedPayload<const LIMIT: usize = DEFAULT_BODY_LIMIT> {
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The request headers.
    pub headers: HeaderMap,
}

/// Why a delivery was refused. Its response is a short plain-text reason that never
/// contains the secret, a signature or the body.
///
/// To log refusals, take the extractor as a `Result` and return the rejection, which answers
/// with its own status:
///
/// ```
/// use axum::http::StatusCode;
/// use openai_webhooks::axum::{VerifiedEvent, WebhookRejection};
///
/// async fn receive(
///     delivery: Result<VerifiedEvent, WebhookRejection>,
/// ) -> Result<StatusCode, WebhookRejection> {
///     let VerifiedEvent(event) = delivery.inspect_err(|rejection| {
///         // For example "401 Unauthorized: Webhook timestamp is too old".
///         eprintln!("refused a delivery: {} {rejection}", rejection.status());
///     })?;
///     println!("received {}", event.event_type());
///     Ok(StatusCode::OK)
/// }
/// # let _: axum::Router = axum::Router::new()
/// #     .route("/webhook", axum::routing::post(receive))
/// #     .with_state(openai_webhooks::Webhook::new("whsec_Zg==").unwrap());
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// The delivery is not authentic or not fresh (`401`).
    Unauthorized(Error),
    /// The body is authentic but not a JSON object with a string `type` (`400`).
    InvalidEvent(Error),
    /// The body is larger than the limit (`413`).
    PayloadTooLarge {
        /// The limit that was hit, in bytes; `None` when it was the router's
        /// `DefaultBodyLimit`, whose value axum does not expose.
        limit: Option<usize>,
    },
    /// The body could not be read, e.g. the client went away (`400`).
    BodyUnreadable,
}

impl WebhookRejection {
    /// The HTTP status this rejection answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            WebhookRejection::InvalidEvent(_) | WebhookRejection::BodyUnreadable => {
                StatusCode::BAD_REQUEST
            }
            WebhookRejection::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }

    fn from_error(error: Error) -> Self {
        match error {
            Error::InvalidJson(_) => WebhookRejection::InvalidEvent(error),
            // Everything else, including variants added later, fails closed.
            _ => WebhookRejection::Unauthorized(error),
        }
    }
}

impl fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookRejection::Unauthorized(e) | WebhookRejection::InvalidEvent(e) => e.fmt(f),
            WebhookRejection::PayloadTooLarge { limit: Some(limit) } => {
                write!(f, "Webhook body is larger than {limit} bytes")
            }
            WebhookRejection::PayloadTooLarge { limit: None } => {
                f.write_str("Webhook body is larger than the router's body limit")
            }
            WebhookRejection::BodyUnreadable => f.write_str("Webhook body could not be read"),
        }
    }
}

impl std::error::Error for WebhookRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookRejection::Unauthorized(e) | WebhookRejection::InvalidEvent(e) => Some(e),
            _ => None,
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedPayload<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = read_limited(request, LIMIT).await?;
        Webhook::from_ref(state)
            .verify_signature(&body, &parts.headers)
            .map_err(WebhookRejection::from_error)?;
        Ok(VerifiedPayload {
            body,
            headers: parts.headers,
        })
    }
}

impl<S, const LIMIT: usize> FromRequest<S> for VerifiedDelivery<LIMIT>
where
    S: Send + Sync,
    Webhook: FromRef<S>,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = read_limited(request, LIMIT).await?;
        let event = Webhook::from_ref(state)
            .unwrap(&body, &parts.headers)
            .map_err(WebhookRejection::from_error)?;
        Ok(VerifiedDelivery {
            event,
            body,
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

/// The request's parts and its body, refused early if it declares or reaches more than
/// `limit` bytes. With the default `limit`, the router's `DefaultBodyLimit` applies too, as it
/// does for axum's own body extractors; an explicit `limit` overrides it.
async fn read_limited(request: Request, limit: usize) -> Result<(Parts, Bytes), WebhookRejection> {
    let request = match limit {
        DEFAULT_BODY_LIMIT => request.with_limited_body(),
        _ => request,
    };
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(WebhookRejection::PayloadTooLarge { limit: Some(limit) });
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok((parts, collected.to_bytes())),
        // Our own limit fails with `LengthLimitError` itself; the router's arrives wrapped.
        Err(e) if e.is::<LengthLimitError>() => {
            Err(WebhookRejection::PayloadTooLarge { limit: Some(limit) })
        }
        Err(e) if hit_limit(&*e) => Err(WebhookRejection::PayloadTooLarge { limit: None }),
        Err(_) => Err(WebhookRejection::BodyUnreadable),
    }
}

/// Whether `error`, or anything it wraps, is a body length limit.
fn hit_limit(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(e) = current {
        if e.is::<LengthLimitError>() {
            return true;
        }
        current = e.source();
    }
    false
}
