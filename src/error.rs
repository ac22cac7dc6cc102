//! The error type. No message ever contains the secret, a signature or the payload.

use std::fmt;

/// Why a secret was refused, a delivery was rejected, or a payload could not be read.
///
/// Match with `Error::Variant { .. }` patterns; new variants may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// No secret was given: `OPENAI_WEBHOOK_SECRET` is unset or empty.
    MissingSecret,
    /// The secret is unusable; the text says why (it never repeats the secret).
    InvalidSecret(&'static str),
    /// A required header is absent. Holds the header name.
    MissingHeader(&'static str),
    /// A header appears more than once with different values. Holds the header name.
    ConflictingHeader(&'static str),
    /// `webhook-timestamp` is not a whole number of Unix seconds.
    InvalidTimestamp,
    /// `webhook-timestamp` is older than the tolerance allows (a possible replay).
    TimestampTooOld,
    /// `webhook-timestamp` is further in the future than the tolerance allows.
    TimestampTooNew,
    /// No signature in `webhook-signature` matches the payload.
    SignatureMismatch,
    /// The payload is authentic but is not a webhook event (only from `unwrap`).
    InvalidJson(JsonError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::MissingSecret => f.write_str(
                "no webhook secret: pass one to Webhook::new or set OPENAI_WEBHOOK_SECRET",
            ),
            Error::InvalidSecret(why) => write!(f, "invalid webhook secret: {why}"),
            Error::MissingHeader(name) => write!(f, "missing the {name} header"),
            Error::ConflictingHeader(name) => {
                write!(f, "the {name} header is repeated with different values")
            }
            Error::InvalidTimestamp => {
                f.write_str("webhook-timestamp is not a whole number of seconds")
            }
            Error::TimestampTooOld => f.write_str("webhook timestamp is too old"),
            Error::TimestampTooNew => f.write_str("webhook timestamp is too new"),
            Error::SignatureMismatch => f.write_str(
                "no webhook signature matches the payload: wrong secret, or the body changed",
            ),
            // The cause is `source()`: error reporters print the chain, never it twice.
            Error::InvalidJson(_) => f.write_str("the verified payload is not a webhook event"),
        }
    }
}

impl std::error::Error for Error {
    /// The [`JsonError`] behind [`Error::InvalidJson`]; `None` for the others, which have no
    /// underlying cause.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidJson(e) => Some(e),
            _ => None,
        }
    }
}

/// Where and why a verified payload failed to parse as an event.
///
/// The message names the field or the position but never quotes the payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    message: String,
    line: usize,
    column: usize,
    path: Option<String>,
}

impl JsonError {
    pub(crate) fn at_path(mut self, path: Option<String>) -> Self {
        self.path = path;
        self
    }

    /// The field that did not fit, as a path such as `data.id` or `data.sip_headers[0].name`,
    /// when the error is about one field (a missing, `null` or retyped field).
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// What went wrong, for example ``missing field `id` ``.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// 1-based line of the error in the payload.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column of the error in the payload.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl From<serde_json::Error> for JsonError {
    fn from(e: serde_json::Error) -> Self {
        let text = e.to_string();
        let text = match text.rfind(" at line ") {
            Some(at) => &text[..at],
            None => &text,
        };
        JsonError {
            message: redact(text),
            line: e.line(),
            column: e.column(),
            path: None,
        }
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for JsonError {}

/// serde's data errors quote the offending value (``invalid type: string "…", expected …``);
/// keep the kind and what was expected, drop the value.
fn redact(message: &str) -> String {
    const QUOTING: [&str; 4] = [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
    ];
    match QUOTING.iter().find(|kind| message.starts_with(*kind)) {
        Some(kind) => match message.find(", expected ") {
            Some(at) => format!("{kind}{}", &message[at..]),
            None => (*kind).to_owned(),
        },
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_errors_do_not_quote_the_payload() {
        let e = serde_json::from_str::<u32>(r#""secret-ish value""#).unwrap_err();
        let j = JsonError::from(e);
        assert_eq!(j.message(), "invalid type, expected u32");
        assert!(!j.to_string().contains("secret-ish"));
        assert_eq!((j.line(), j.column()), (1, 18));
    }

    #[test]
    fn other_messages_are_kept() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct S {
            id: String,
        }
        let j = JsonError::from(serde_json::from_str::<S>("{}").unwrap_err());
        assert_eq!(j.to_string(), "missing field `id` at line 1 column 2");
    }

    #[test]
    fn invalid_json_chains_to_its_json_error() {
        use std::error::Error as _;
        let j = JsonError::from(serde_json::from_str::<u32>("[").unwrap_err());
        let err = Error::InvalidJson(j.clone());
        let source = err.source().expect("InvalidJson has a source");
        assert_eq!(source.to_string(), j.to_string());
        assert_eq!(source.downcast_ref::<JsonError>(), Some(&j));
        assert!(source.source().is_none());
        for other in [
            Error::MissingSecret,
            Error::SignatureMismatch,
            Error::MissingHeader("webhook-id"),
        ] {
            assert!(other.source().is_none(), "{other:?}");
        }
    }
}
