//! Reading a webhook delivery from an HTTP request, shared by the axum extractors and the
//! tower layer: the body limit, the rejection, and the verified delivery a layer hands on.

use std::fmt;

use bytes::Bytes;
use http::{header, HeaderMap, StatusCode};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::{Error, UnwrapWebhookEvent, Webhook};

/// The default body limit, 1 MiB. OpenAI's events are a few hundred bytes.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// Why a delivery was refused. Its response is a short plain-text reason that never
/// contains the secret, a signature or the body.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// The delivery is not authentic or not fresh (`401`).
    Unauthorized(Error),
    /// The body is authentic but not a JSON object with a string `type` (`400`).
    InvalidEvent(Error),
    /// The body is larger than the limit (`413`).
    PayloadTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body is larger than axum's `DefaultBodyLimit` on the router, which is lower than
    /// the extractor's own limit (`413`). axum does not expose its value.
    RouterLimitExceeded,
    /// The body could not be read, e.g. the client went away (`400`).
    BodyUnreadable,
    /// The signed `webhook-id` is not text, so it cannot key the duplicate guard (`400`).
    InvalidWebhookId,
}

impl WebhookRejection {
    /// The HTTP status this rejection answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            WebhookRejection::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            WebhookRejection::InvalidEvent(_)
            | WebhookRejection::BodyUnreadable
            | WebhookRejection::InvalidWebhookId => StatusCode::BAD_REQUEST,
            WebhookRejection::PayloadTooLarge { .. } | WebhookRejection::RouterLimitExceeded => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
        }
    }

    pub(crate) fn from_error(error: Error) -> Self {
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
            WebhookRejection::PayloadTooLarge { limit } => {
                write!(f, "Webhook body is larger than {limit} bytes")
            }
            WebhookRejection::RouterLimitExceeded => {
                f.write_str("Webhook body is larger than the router's body limit")
            }
            WebhookRejection::BodyUnreadable => f.write_str("Webhook body could not be read"),
            WebhookRejection::InvalidWebhookId => f.write_str("webhook-id is not valid text"),
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

/// A delivery whose signature and timestamp passed, as the tower layer
/// (`openai_webhooks::tower`) places it in the request's extensions for the inner service.
///
/// The axum extractors use it when present instead of reading the body again, and with
/// the `axum` feature it is an extractor itself.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VerifiedWebhook {
    /// The parsed event.
    pub event: UnwrapWebhookEvent,
    /// The `webhook-id` header: the key the duplicate guard claimed.
    pub webhook_id: String,
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
}

/// Reads at most `limit` bytes of `body`, verifies them with `webhook` and parses them.
pub(crate) async fn read_verified<B>(
    webhook: &Webhook,
    headers: &HeaderMap,
    body: B,
    limit: usize,
) -> Result<VerifiedWebhook, WebhookRejection>
where
    B: http_body::Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let body = read_limited(headers, body, limit).await?;
    let event = webhook
        .unwrap(&body, headers)
        .map_err(WebhookRejection::from_error)?;
    // Verified, so present; a repeat carries the same value.
    let webhook_id = headers
        .get("webhook-id")
        .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
        .ok_or(WebhookRejection::InvalidWebhookId)?
        .to_owned();
    Ok(VerifiedWebhook {
        event,
        webhook_id,
        body,
    })
}

/// At most `limit` bytes of `body`; a declared length over the limit is refused unread.
pub(crate) async fn read_limited<B>(
    headers: &HeaderMap,
    body: B,
    limit: usize,
) -> Result<Bytes, WebhookRejection>
where
    B: http_body::Body,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let too_large = WebhookRejection::PayloadTooLarge { limit };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(too_large);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        // Our own limit fails with `LengthLimitError` itself; a limit inside the body (axum's
        // `DefaultBodyLimit`) arrives wrapped.
        Err(e) if e.is::<LengthLimitError>() => Err(too_large),
        Err(e) if hit_limit(&*e) => Err(WebhookRejection::RouterLimitExceeded),
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
