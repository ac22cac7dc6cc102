//! Shared pieces of the fuzz targets: the input format and the invariants.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use openai_webhooks::{Error, WebhookHeaders};

/// The secret the `unwrap` target signs with. High-entropy text, so finding it in an error
/// message can only mean the message leaked it.
pub const UNWRAP_SECRET: &str = "whsec_9mFKl4Ncq0ZkqR7s2vUaXh3YcT8wPbJe1GdLoN5iMzA=";

/// Headers with raw byte values, in the order given (names may repeat).
pub struct Headers(pub Vec<(&'static str, Vec<u8>)>);

impl WebhookHeaders for Headers {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for (k, v) in &self.0 {
            if k.eq_ignore_ascii_case(name) {
                visit(v);
            }
        }
    }
}

/// The `verify` target's input: newline-separated fields
/// `secret`, `webhook-id`, `webhook-timestamp`, `webhook-signature`, now, tolerance, payload.
/// Missing fields are absent headers; the payload is the rest, newlines included.
pub struct VerifyInput<'a> {
    pub secret: &'a [u8],
    pub id: Option<&'a [u8]>,
    pub timestamp: Option<&'a [u8]>,
    pub signature: Option<&'a [u8]>,
    pub now: i64,
    pub tolerance: u64,
    pub payload: &'a [u8],
}

impl<'a> VerifyInput<'a> {
    pub fn parse(data: &'a [u8]) -> Self {
        let mut parts = data.splitn(7, |&b| b == b'\n');
        let secret = parts.next().unwrap_or_default();
        let id = parts.next();
        let timestamp = parts.next();
        let signature = parts.next();
        let number = |p: Option<&[u8]>| {
            std::str::from_utf8(p.unwrap_or_default())
                .ok()
                .and_then(|s| s.parse().ok())
        };
        let now = number(parts.next()).unwrap_or(0);
        let tolerance = number(parts.next()).map_or(300, |t: i64| t.unsigned_abs());
        let payload = parts.next().unwrap_or_default();
        VerifyInput {
            secret,
            id,
            timestamp,
            signature,
            now,
            tolerance,
            payload,
        }
    }

    pub fn encode(
        secret: &str,
        id: &str,
        ts: &str,
        sig: &str,
        now: i64,
        tolerance: u64,
        payload: &[u8],
    ) -> Vec<u8> {
        let mut out = format!("{secret}\n{id}\n{ts}\n{sig}\n{now}\n{tolerance}\n").into_bytes();
        out.extend_from_slice(payload);
        out
    }

    pub fn headers(&self) -> Headers {
        let mut h = Vec::new();
        let fields = [
            ("webhook-id", self.id),
            ("webhook-timestamp", self.timestamp),
            ("webhook-signature", self.signature),
        ];
        for (name, value) in fields {
            if let Some(v) = value {
                h.push((name, v.to_vec()));
            }
        }
        Headers(h)
    }
}

pub fn system_time(secs: i64) -> SystemTime {
    let d = Duration::from_secs(secs.unsigned_abs());
    let t = if secs >= 0 {
        UNIX_EPOCH.checked_add(d)
    } else {
        UNIX_EPOCH.checked_sub(d)
    };
    t.unwrap_or(UNIX_EPOCH)
}

/// What a verification error must display: fixed text that carries no input data.
pub fn check_verification_error(err: &Error) {
    let expected = match err {
        Error::MissingHeader(name) => format!("missing the {name} header"),
        Error::ConflictingHeader(name) => {
            format!("the {name} header is repeated with different values")
        }
        Error::InvalidTimestamp => "webhook-timestamp is not a whole number of seconds".into(),
        Error::TimestampTooOld => "webhook timestamp is too old".into(),
        Error::TimestampTooNew => "webhook timestamp is too new".into(),
        Error::SignatureMismatch => {
            "no webhook signature matches the payload: wrong secret, or the body changed".into()
        }
        other => panic!("unexpected error from verification: {other:?}"),
    };
    assert_eq!(err.to_string(), expected);
    if let Error::MissingHeader(name) | Error::ConflictingHeader(name) = err {
        assert!(["webhook-id", "webhook-timestamp", "webhook-signature"].contains(name));
    }
}

/// What a secret error must display: one of the fixed reasons.
pub fn check_secret_error(err: &Error) {
    match err {
        Error::InvalidSecret(why) => {
            assert!(
                [
                    "the secret is empty",
                    "the part after `whsec_` is not canonical padded base64",
                    "the part after `whsec_` is empty",
                ]
                .contains(why),
                "unexpected reason {why:?}"
            );
            assert_eq!(err.to_string(), format!("invalid webhook secret: {why}"));
            assert_eq!(format!("{err:?}"), format!("InvalidSecret({why:?})"));
        }
        other => panic!("unexpected error from Webhook::new: {other:?}"),
    }
}
