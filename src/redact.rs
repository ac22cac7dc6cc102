//! `Debug` output for the types that hold a delivery's headers and body: the signature (and
//! any credential header) redacted, the body shown as its length, the event as its type.

use std::fmt;

use crate::UnwrapWebhookEvent;

/// Headers whose values never appear in `Debug` output.
#[cfg(any(feature = "axum", feature = "actix-web"))]
const SECRET_HEADERS: &[&str] = &[
    "webhook-signature",
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
];

/// A header map as `{name: value}`, with secret values replaced by `<redacted>`.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) struct Headers<'a>(pub Vec<(&'a str, &'a [u8])>);

#[cfg(any(feature = "axum", feature = "actix-web"))]
impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for &(name, value) in &self.0 {
            if SECRET_HEADERS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
                map.entry(&name, &format_args!("<redacted>"));
            } else {
                map.entry(&name, &String::from_utf8_lossy(value));
            }
        }
        map.finish()
    }
}

/// A body as its length.
pub(crate) struct Body(pub usize);

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} bytes>", self.0)
    }
}

/// An event as its type: its fields come from the body.
pub(crate) struct Event<'a>(pub &'a UnwrapWebhookEvent);

impl fmt::Debug for Event<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} event>", self.0.event_type())
    }
}

#[cfg(all(test, any(feature = "axum", feature = "actix-web")))]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_and_other_values_shown() {
        let headers = [
            ("webhook-id", &b"msg_1"[..]),
            ("Webhook-Signature", b"v1,c2lnbmF0dXJl"),
            ("authorization", b"Bearer sk-1"),
            ("content-type", b"application/json"),
        ];
        let text = format!("{:?}", Headers(headers.to_vec()));
        assert!(
            !text.contains("c2lnbmF0dXJl") && !text.contains("sk-1"),
            "{text}"
        );
        assert!(text.contains("\"webhook-id\": \"msg_1\""), "{text}");
        assert!(text.contains("\"Webhook-Signature\": <redacted>"), "{text}");
        assert_eq!(format!("{:?}", Body(170)), "<170 bytes>");
    }
}
