//! Event types, generated at build time from `spec/openapi.webhooks.json`.
//!
//! Each webhook in the spec becomes a struct named `<Type>WebhookEvent` (for example
//! [`BatchCompletedWebhookEvent`]) and a variant of [`UnwrapWebhookEvent`]. Event types the
//! spec does not list arrive as [`UnwrapWebhookEvent::Unknown`], so a service built against
//! this version keeps working when OpenAI adds an event.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde::de::{self, DeserializeOwned, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

#[allow(clippy::all, missing_docs)]
mod generated {
    use super::{EventParser, UnknownWebhookEvent, WebhookEvent};
    include!(concat!(env!("OUT_DIR"), "/events.rs"));
}
pub use generated::*;

/// What every webhook event has: its type, its ID and its creation time.
pub trait WebhookEvent {
    /// The event type, such as `"batch.completed"`.
    fn event_type(&self) -> &str;
    /// The event ID (`evt_…`); the same across redeliveries, so use it to deduplicate.
    fn id(&self) -> &str;
    /// When the event was created, in Unix seconds.
    fn created_at(&self) -> i64;
}

impl UnwrapWebhookEvent {
    /// The event type, such as `"batch.completed"`.
    pub fn event_type(&self) -> &str {
        self.as_event().event_type()
    }

    /// The event ID (`evt_…`). Redeliveries of one event share it.
    pub fn id(&self) -> &str {
        self.as_event().id()
    }

    /// When the event was created, in Unix seconds.
    pub fn created_at(&self) -> i64 {
        self.as_event().created_at()
    }

    /// A sample payload for `event_type`, taken from the example in the vendored spec, or
    /// `None` if the spec has none. Stray trailing commas, which some upstream examples
    /// contain, are removed, so the result is valid JSON whenever the example was otherwise.
    ///
    /// Useful for testing a webhook endpoint without OpenAI: sign it with [`Webhook::sign`].
    ///
    /// [`Webhook::sign`]: crate::Webhook::sign
    pub fn sample_payload(event_type: &str) -> Option<String> {
        Self::SAMPLES
            .iter()
            .find(|(ty, _)| *ty == event_type)
            .map(|(_, text)| strip_trailing_commas(text))
    }

    /// Parses a verified payload in one pass for known types: nothing is buffered, and only
    /// unknown types become a JSON tree.
    ///
    /// The `type` is first guessed from the text. A wrong guess cannot produce a wrong event:
    /// each struct accepts only its own top-level `type`. If the guess fails, the top-level
    /// `type` is read properly and the payload parsed (or its error reported) as that type.
    pub(crate) fn from_slice(payload: &[u8]) -> serde_json::Result<Self> {
        if let Some(Some(Ok(event))) = guess_type(payload).map(|t| Self::parse_known(t, &payload)) {
            return Ok(event);
        }
        #[derive(Deserialize)]
        struct TypeProbe<'a> {
            #[serde(rename = "type", borrow)]
            event_type: Cow<'a, str>,
        }
        let probe: TypeProbe<'_> = serde_json::from_slice(payload)?;
        match Self::parse_known(&probe.event_type, &payload) {
            Some(parsed) => parsed,
            None => serde_json::from_slice(payload),
        }
    }
}

/// How the generated `parse_known` reads the JSON: from bytes, or from a buffered tree.
pub(crate) trait EventParser {
    fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T>;
}

impl EventParser for &[u8] {
    fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_slice(self)
    }
}

impl EventParser for Value {
    fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        T::deserialize(self)
    }
}

impl<'de> Deserialize<'de> for UnwrapWebhookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let object = Map::<String, Value>::deserialize(deserializer)?;
        let event_type = match object.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(other) => {
                return Err(de::Error::invalid_type(
                    unexpected(other),
                    &"a string `type`",
                ))
            }
            None => return Err(de::Error::missing_field("type")),
        };
        let value = Value::Object(object);
        if let Some(parsed) = Self::parse_known(&event_type, &value) {
            return parsed.map_err(de::Error::custom);
        }
        match value {
            Value::Object(raw) => Ok(Self::Unknown(UnknownWebhookEvent { raw })),
            _ => Err(de::Error::custom("expected a JSON object")),
        }
    }
}

fn unexpected(value: &Value) -> Unexpected<'static> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(_) => Unexpected::Other("a boolean"),
        Value::Number(_) => Unexpected::Other("a number"),
        Value::String(_) => Unexpected::Other("a string"),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// An event whose type the vendored spec does not list. It keeps the JSON object as
/// delivered, so nothing is lost; [`WebhookEvent`] reads the common fields from it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownWebhookEvent {
    raw: Map<String, Value>,
}

impl UnknownWebhookEvent {
    /// The `data` object, if present.
    pub fn data(&self) -> Option<&Value> {
        self.raw.get("data")
    }

    /// The whole event object, as delivered.
    pub fn as_object(&self) -> &Map<String, Value> {
        &self.raw
    }

    /// The whole event object, as delivered.
    pub fn into_object(self) -> Map<String, Value> {
        self.raw
    }
}

impl WebhookEvent for UnknownWebhookEvent {
    fn event_type(&self) -> &str {
        self.raw.get("type").and_then(Value::as_str).unwrap_or("")
    }

    /// The `id` field, or `""` if the event has no string `id`.
    fn id(&self) -> &str {
        self.raw.get("id").and_then(Value::as_str).unwrap_or("")
    }

    /// The `created_at` field, or `0` if the event has no integer `created_at`.
    fn created_at(&self) -> i64 {
        self.raw
            .get("created_at")
            .and_then(Value::as_i64)
            .unwrap_or(0)
    }
}

impl Serialize for UnknownWebhookEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

/// The string after the first `"type":` in the text, if it has no escapes. Only a guess: the
/// first match may be nested, or not a key at all.
fn guess_type(payload: &[u8]) -> Option<&str> {
    // Building a searcher costs more than searching a whole event: build it once.
    static TYPE_KEY: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"\"type\""));
    let at = TYPE_KEY.find(payload)?;
    let rest = payload[at + 6..].trim_ascii_start().strip_prefix(b":")?;
    let rest = rest.trim_ascii_start().strip_prefix(b"\"")?;
    let end = memchr::memchr2(b'"', b'\\', rest)?;
    match rest[end] {
        b'"' => std::str::from_utf8(&rest[..end]).ok(),
        _ => None,
    }
}

/// Removes commas that directly precede `]` or `}` (outside strings).
fn strip_trailing_commas(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in json.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == ',' {
            let rest = json[i + 1..].trim_start();
            if rest.starts_with([']', '}']) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_commas_go_but_commas_in_strings_stay() {
        let fixed = strip_trailing_commas(r#"{"a": [1, 2, ], "s": ",]", "o": {"x": "\",}",},}"#);
        assert_eq!(fixed, r#"{"a": [1, 2 ], "s": ",]", "o": {"x": "\",}"}}"#);
        assert!(serde_json::from_str::<Value>(&fixed).is_ok());
    }

    #[test]
    fn type_guesses() {
        assert_eq!(
            guess_type(br#"{"id": "x", "type" :  "a.b", "data": {}}"#),
            Some("a.b")
        );
        assert_eq!(
            guess_type(br#"{"data": {"type": "inner"}, "type": "outer"}"#),
            Some("inner")
        );
        assert_eq!(guess_type(br#"{"type": "a\u002eb"}"#), None);
        assert_eq!(guess_type(br#"{"type": 5}"#), None);
        assert_eq!(guess_type(br#"{"type": "unterminated"#), None);
        assert_eq!(guess_type(b"{}"), None);
    }

    #[test]
    fn a_wrong_guess_still_gives_the_right_event() {
        // The first `"type"` is nested and names another known event.
        let payload = br#"{"id": "e", "created_at": 1, "data": {"id": "b", "type": "batch.failed"}, "type": "batch.completed"}"#;
        let event = UnwrapWebhookEvent::from_slice(payload).unwrap();
        assert!(
            matches!(event, UnwrapWebhookEvent::BatchCompleted(_)),
            "{event:?}"
        );
        // The nested one names a known event and the top-level one an unknown event.
        let payload = br#"{"id": "e", "created_at": 1, "data": {"type": "batch.failed", "id": "b"}, "type": "x.y"}"#;
        let event = UnwrapWebhookEvent::from_slice(payload).unwrap();
        assert_eq!(event.event_type(), "x.y");
        assert!(matches!(event, UnwrapWebhookEvent::Unknown(_)));
        // Escaped type strings take the exact path.
        let payload =
            br#"{"id": "e", "created_at": 1, "data": {"id": "b"}, "type": "batch\u002efailed"}"#;
        let event = UnwrapWebhookEvent::from_slice(payload).unwrap();
        assert!(
            matches!(event, UnwrapWebhookEvent::BatchFailed(_)),
            "{event:?}"
        );
    }

    #[test]
    fn errors_keep_their_position_after_a_right_guess() {
        let payload = br#"{"id": "e", "created_at": 1, "type": "batch.failed", "data": {}}"#;
        let err = UnwrapWebhookEvent::from_slice(payload).unwrap_err();
        assert!(err.to_string().starts_with("missing field `id`"), "{err}");
        assert_eq!(err.column(), payload.len() - 1);
    }

    #[test]
    fn fast_and_buffered_paths_agree() {
        for ty in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
            let Some(sample) = UnwrapWebhookEvent::sample_payload(ty) else {
                continue;
            };
            let fast = UnwrapWebhookEvent::from_slice(sample.as_bytes()).unwrap();
            let buffered: UnwrapWebhookEvent = serde_json::from_str(&sample).unwrap();
            assert_eq!(fast, buffered);
            assert_eq!(fast.event_type(), *ty);
        }
    }
}
