//! Why a delivery was refused: one type for every server integration (the axum extractors,
//! the tower layer and the actix-web extractors).

use std::fmt;

use crate::{Error, WebhookHeaders};

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

/// The verified delivery's `webhook-id` as text: the duplicate guard's key. (A repeated
/// header carries the same value, or verification would have failed.)
pub(crate) fn webhook_id_text<H>(headers: &H) -> Result<&str, WebhookRejection>
where
    H: WebhookHeaders + ?Sized,
{
    let mut first = None;
    headers.for_each_value("webhook-id", &mut |value| {
        first.get_or_insert(value);
    });
    first
        .and_then(|id| std::str::from_utf8(id).ok())
        .ok_or(WebhookRejection::InvalidWebhookId)
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
            // The whole chain, since this is also the answer's body; so `source()` is `None`.
            WebhookRejection::Unauthorized(e) | WebhookRejection::InvalidEvent(e) => {
                e.fmt(f)?;
                let mut cause = std::error::Error::source(e);
                while let Some(inner) = cause {
                    write!(f, ": {inner}")?;
                    cause = inner.source();
                }
                Ok(())
            }
            WebhookRejection::PayloadTooLarge { limit } => {
                write!(f, "webhook body is larger than {limit} bytes")
            }
            WebhookRejection::RouterLimitExceeded => {
                f.write_str("webhook body is larger than the router's body limit")
            }
            WebhookRejection::BodyUnreadable => f.write_str("webhook body could not be read"),
            WebhookRejection::InvalidWebhookId => f.write_str("webhook-id is not valid text"),
            WebhookRejection::NotConfigured => {
                f.write_str("webhook receiver is not configured: no Webhook to verify with")
            }
        }
    }
}

/// No `source()`: the message already holds the whole chain (the Rust API guidelines: one or
/// the other, so a reporter never prints a cause twice).
impl std::error::Error for WebhookRejection {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of a chain once: the `Display` of each error plus its `source()`s.
    fn rendered(error: &(dyn std::error::Error + 'static)) -> String {
        let mut text = error.to_string();
        let mut cause = error.source();
        while let Some(inner) = cause {
            text.push_str(&format!(": {inner}"));
            cause = inner.source();
        }
        text
    }

    #[test]
    fn chains_name_each_cause_once() {
        let json = crate::JsonError::from(serde_json::from_str::<u32>("[").unwrap_err());
        let error = Error::InvalidJson(json.clone());
        assert_eq!(
            error.to_string(),
            "the verified payload is not a webhook event"
        );
        let expected = format!("the verified payload is not a webhook event: {json}");
        assert_eq!(rendered(&error), expected);
        // The rejection holds the chain in its message (it is the answer's body) and has no
        // source, so a reporter prints it once too.
        let rejection = WebhookRejection::from_error(error);
        assert_eq!(rejection.to_string(), expected);
        assert_eq!(rendered(&rejection), expected);
        let rejection = WebhookRejection::from_error(Error::TimestampTooOld);
        assert_eq!(rendered(&rejection), "webhook timestamp is too old");
    }
}
