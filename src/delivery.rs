//! Reading a webhook delivery from an HTTP request, shared by the axum extractors and the
//! tower layer: the body limit, the rejection, and the verified delivery a layer hands on.

use bytes::Bytes;
use http::{header, HeaderMap, StatusCode};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::{UnwrapWebhookEvent, Webhook};

pub use crate::rejection::{WebhookRejection, DEFAULT_BODY_LIMIT};

impl WebhookRejection {
    /// The HTTP status this rejection answers with.
    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// A delivery whose signature and timestamp passed, as the tower layer
/// (`openai_webhooks::tower`) places it in the request's extensions for the inner service.
///
/// The axum extractors use it when present instead of reading the body again, and with
/// the `axum` feature it is an extractor itself.
#[derive(Clone)]
#[non_exhaustive]
pub struct VerifiedWebhook {
    /// The parsed event.
    pub event: UnwrapWebhookEvent,
    /// The `webhook-id` header: the key the duplicate guard claimed.
    pub webhook_id: String,
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The tower layer's claim on this delivery.
    #[cfg(feature = "guard")]
    pub(crate) claim_token: Option<crate::guard::ClaimToken>,
}

#[cfg(feature = "guard")]
impl VerifiedWebhook {
    /// The token of the claim the tower layer holds on this delivery while the handler runs:
    /// for `PostgresStore::begin`, which commits the handler's writes with the done mark.
    /// `Some` for every delivery the layer hands on; `None` only for one nothing claimed.
    /// Take the delivery as `VerifiedWebhook` to reach it: the axum extractors
    /// `VerifiedEvent` and `VerifiedDelivery` leave it out.
    pub fn claim_token(&self) -> Option<&crate::guard::ClaimToken> {
        self.claim_token.as_ref()
    }
}

/// The event as its type and the body as its length: `Debug` never shows the payload.
impl std::fmt::Debug for VerifiedWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifiedWebhook")
            .field("event", &crate::redact::Event(&self.event))
            .field("webhook_id", &self.webhook_id)
            .field("body", &crate::redact::Body(self.body.len()))
            .finish()
    }
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
    let webhook_id = crate::rejection::webhook_id_text(headers)?.to_owned();
    Ok(VerifiedWebhook {
        event,
        webhook_id,
        body,
        #[cfg(feature = "guard")]
        claim_token: None,
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
    let declared = headers.get(header::CONTENT_LENGTH).map(|v| v.as_bytes());
    if crate::rejection::declared_over(declared, limit) {
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
