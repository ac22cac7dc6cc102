//! Why a delivery was refused: one type for every server integration (the axum extractors,
//! the tower layer and the actix-web extractors).

use std::fmt;

use crate::Error;

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
    /// The server has no `Webhook` to verify with (`500`): a set-up mistake, not the
    /// sender's. (actix-web: no `web::Data<Webhook>` in the app.)
    NotConfigured,
}

/// Whether a request's `Content-Length` (its raw value, if any) declares more than `limit`
/// bytes: such a body is refused before any of it is read.
pub(crate) fn declared_over(content_length: Option<&[u8]>, limit: usize) -> bool {
    content_length
        .and_then(|v| std::str::from_utf8(v).ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|len| len > limit as u64)
}

impl WebhookRejection {
    /// The HTTP status code this rejection answers with, whatever the framework.
    pub fn http_status(&self) -> u16 {
        match self {
            WebhookRejection::Unauthorized(_) => 401,
            WebhookRejection::InvalidEvent(_)
            | WebhookRejection::BodyUnreadable
            | WebhookRejection::InvalidWebhookId => 400,
            WebhookRejection::PayloadTooLarge { .. } | WebhookRejection::RouterLimitExceeded => 413,
            WebhookRejection::NotConfigured => 500,
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
            WebhookRejection::NotConfigured => {
                f.write_str("Webhook receiver is not configured: no Webhook to verify with")
            }
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
