//! Event types, generated at build time from `spec/openapi.webhooks.json`.
//!
//! Each webhook in the spec becomes a struct named `<Type>WebhookEvent` (for example
//! [`BatchCompletedWebhookEvent`]) and a variant of [`UnwrapWebhookEvent`]. A service built
//! against this version keeps working when OpenAI's events change:
//!
//! - an event type the spec does not list arrives as [`UnwrapWebhookEvent::Unknown`];
//! - a listed type whose JSON no longer fits its struct arrives as
//!   [`UnwrapWebhookEvent::Unparsed`];
//! - a string enum inside an event accepts values the spec does not list (its `Unknown`
//!   variant keeps them), and new fields are ignored.
//!
//! Generated structs are `#[non_exhaustive]`: read their fields, and build them for tests
//! from JSON (`serde_json::from_str`).
//!
//! An optional field that upstream also allows to be `null` is an `Option<Option<T>>`:
//! `None` when the delivery left it out, `Some(None)` when it sent `null`, so an event
//! serializes back to exactly the JSON it came as.
//!
//! The generated types live here only; the crate root re-exports the union, the
//! [`WebhookEvent`] trait and the two fallbacks, so a spec refresh never adds names at the
//! root or shadows a hand-written one.

use std::borrow::Cow;
use std::sync::LazyLock;

use serde::de::{self, DeserializeOwned, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::JsonError;

mod object;
#[allow(unused_imports)] // `ObjectSeed` when no two structs share their fields
pub(crate) use object::{
    deserialize_object, read_field, read_field_seed, skip_value, FieldKey, FromObject, ObjectSeed,
    OneValue,
};

// `deprecated`: the generated code itself uses the events and fields upstream deprecates;
// users' code still gets the warnings.
#[allow(clippy::all, missing_docs, deprecated)]
mod generated {
    // `deserialize_open_enum` is unused when the spec has no enum inside an event.
    #[allow(unused_imports)]
    use super::{
        deserialize_open_enum, EventParser, UnknownWebhookEvent, UnparsedWebhookEvent, WebhookEvent,
    };
    include!(concat!(env!("OUT_DIR"), "/events.rs"));
}
pub use generated::*;

/// What every webhook event has: its type, its ID and its creation time.
pub trait WebhookEvent {
    /// The event type, such as `"batch.completed"`.
    fn event_type(&self) -> &str;
    /// The event ID (`evt_…`). OpenAI's retries of one delivery also share the
    /// `webhook-id` header, which is the key to deduplicate deliveries on.
    fn id(&self) -> &str;
    /// When the event was created, in Unix seconds.
    fn created_at(&self) -> i64;
}

impl UnwrapWebhookEvent {
    /// The event type, such as `"batch.completed"`.
    pub fn event_type(&self) -> &str {
        self.as_event().event_type()
    }

    /// The event ID (`evt_…`).
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
    /// `type` is read properly and the payload parsed as that type. A listed type that does not
    /// fit its struct becomes [`Unparsed`](Self::Unparsed); only a body that is not a JSON
    /// object with a string `type` is an error.
    pub(crate) fn from_slice(payload: &[u8]) -> serde_json::Result<Self> {
        // Only an object is an event (the derived `TypeProbe` below would also read a JSON
        // array). Parsing it as a map gives the error and its position.
        if payload.trim_ascii_start().first() != Some(&b'{') {
            let not_object = serde_json::from_slice::<Map<String, Value>>(payload).err();
            return Err(not_object.unwrap_or_else(|| de::Error::custom("expected a JSON object")));
        }
        if let Some(Some(Ok(event))) = guess_type(payload).map(|t| Self::parse_known(t, &payload)) {
            return Ok(event);
        }
        #[derive(Deserialize)]
        struct TypeProbe<'a> {
            #[serde(rename = "type", borrow)]
            event_type: Cow<'a, str>,
        }
        let event_type = match serde_json::from_slice::<TypeProbe<'_>>(payload) {
            Ok(probe) => probe.event_type,
            // An object the probe cannot take, such as one with two `type` keys, is read as a
            // map (the last key wins); if that has no string `type`, the probe's error says why.
            Err(error) => match serde_json::from_slice::<Map<String, Value>>(payload) {
                Ok(raw) => match raw.get("type") {
                    Some(Value::String(t)) => Cow::Owned(t.clone()),
                    _ => return Err(error),
                },
                Err(_) => return Err(error),
            },
        };
        match Self::parse_known(&event_type, &payload) {
            Some(Ok(event)) => Ok(event),
            Some(Err(error)) => {
                let raw = serde_json::from_slice(payload)?;
                let path = error_path(payload, &error);
                Ok(Self::Unparsed(UnparsedWebhookEvent::new(raw, error, path)))
            }
            // Straight to the raw object: going through `Deserialize for Self` would compile
            // every event's parser a second time, for `Value`, in every user's build.
            None => serde_json::from_slice(payload)
                .map(|raw| Self::Unknown(UnknownWebhookEvent { raw })),
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
        let parsed = Self::parse_known(&event_type, &value);
        let Value::Object(raw) = value else {
            return Err(de::Error::custom("expected a JSON object"));
        };
        Ok(match parsed {
            Some(Ok(event)) => event,
            Some(Err(error)) => {
                // A tree has no positions: its text, parsed by the byte parser every build
                // already has, gives the path (the map's order, so the same first error).
                let text = serde_json::to_vec(&raw).unwrap_or_default();
                let path = match Self::parse_known(&event_type, &text.as_slice()) {
                    Some(Err(at)) => error_path(&text, &at),
                    _ => None,
                };
                Self::Unparsed(UnparsedWebhookEvent::new(raw, error, path))
            }
            None => Self::Unknown(UnknownWebhookEvent { raw }),
        })
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

/// The accessors of an event kept as its raw JSON object (`raw`), read leniently: a missing
/// or mistyped common field reads as `""` or `0`.
macro_rules! raw_event {
    ($name:ident) => {
        impl $name {
            /// The event type, such as `"batch.completed"`, or `""` if the event has no
            /// string `type`.
            pub fn event_type(&self) -> &str {
                self.raw.get("type").and_then(Value::as_str).unwrap_or("")
            }

            /// The `id` field, or `""` if the event has no string `id`.
            pub fn id(&self) -> &str {
                self.raw.get("id").and_then(Value::as_str).unwrap_or("")
            }

            /// The `created_at` field, or `0` if the event has no whole-number `created_at`.
            pub fn created_at(&self) -> i64 {
                raw_created_at(&self.raw)
            }

            /// The `data` object, if present.
            pub fn data(&self) -> Option<&Value> {
                self.raw.get("data")
            }

            /// The whole event object: every field and value as delivered, with the keys
            /// sorted (serde_json's map; its `preserve_order` feature would change the map
            /// for every crate in your build, so this crate leaves it to you). Keep the raw
            /// body if you need the bytes as signed.
            pub fn as_object(&self) -> &Map<String, Value> {
                &self.raw
            }

            /// The whole event object, keys sorted as in [`as_object`](Self::as_object).
            pub fn into_object(self) -> Map<String, Value> {
                self.raw
            }
        }

        impl WebhookEvent for $name {
            fn event_type(&self) -> &str {
                $name::event_type(self)
            }

            fn id(&self) -> &str {
                $name::id(self)
            }

            fn created_at(&self) -> i64 {
                $name::created_at(self)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.raw.serialize(serializer)
            }
        }
    };
}

/// An event whose type the vendored spec does not list. It keeps the JSON object as
/// delivered, so nothing is lost; [`WebhookEvent`] reads the common fields from it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownWebhookEvent {
    raw: Map<String, Value>,
}

raw_event!(UnknownWebhookEvent);

/// An authentic event of a type the spec lists, whose JSON does not fit the generated
/// struct: a required field is missing or `null`, a field changed its JSON type, or
/// `object` is not `"event"`. It keeps the JSON object as delivered and the reason, so the
/// handler decides: store it, alert, or answer `5xx` so that OpenAI retries after an upgrade.
///
/// It is not an error: the delivery is authentic, and refusing it would make OpenAI retry for
/// days and then drop it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnparsedWebhookEvent {
    raw: Map<String, Value>,
    error: JsonError,
}

impl UnparsedWebhookEvent {
    fn new(raw: Map<String, Value>, error: serde_json::Error, path: Option<String>) -> Self {
        UnparsedWebhookEvent {
            raw,
            error: JsonError::from(error).at_path(path),
        }
    }

    /// Why the JSON does not fit: the field and position, never a value of the payload.
    pub fn error(&self) -> &JsonError {
        &self.error
    }
}

raw_event!(UnparsedWebhookEvent);

impl WebhookEvent for UnwrapWebhookEvent {
    fn event_type(&self) -> &str {
        self.as_event().event_type()
    }

    fn id(&self) -> &str {
        self.as_event().id()
    }

    fn created_at(&self) -> i64 {
        self.as_event().created_at()
    }
}

/// An integer, or a float with no fractional part that fits (`1.0`).
fn raw_created_at(raw: &Map<String, Value>) -> i64 {
    match raw.get("created_at") {
        Some(Value::Number(n)) => n.as_i64().unwrap_or_else(|| match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 => f as i64,
            _ => 0,
        }),
        _ => 0,
    }
}

/// Deserializes a generated open enum from a JSON string, without allocating for the
/// values the spec lists.
#[allow(dead_code)] // when the spec has no enum inside an event
pub(crate) fn deserialize_open_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: From<String> + for<'a> From<&'a str>,
{
    struct OpenEnumVisitor<T>(std::marker::PhantomData<T>);
    impl<T: From<String> + for<'a> From<&'a str>> Visitor<'_> for OpenEnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::from(value))
        }
        fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
            Ok(T::from(value))
        }
    }
    deserializer.deserialize_str(OpenEnumVisitor(std::marker::PhantomData))
}

/// The field path (`data.sip_headers[1].name`) of a data error that parsing `json` gave:
/// the value that did not fit, or the object a missing field belongs in, plus that field.
///
/// Found from the error's position with a scan of the (valid) text, written once: a
/// path-tracking parser would compile every event's `Deserialize` once more in every
/// user's build.
fn error_path(json: &[u8], error: &serde_json::Error) -> Option<String> {
    use serde_json::error::Category;
    // A `Syntax` error in valid JSON is a value of the wrong kind for an enum, reported
    // one byte past the start of that value.
    let past = match error.classify() {
        Category::Data => 0,
        Category::Syntax => 1,
        Category::Io | Category::Eof => return None,
    };
    let message = error.to_string();
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    let at = (line_start(json, error.line()) + error.column()).checked_sub(past)?;
    let path = PathScan::default().run(json, at)?;
    match (path.is_empty(), missing) {
        (true, Some(field)) => Some(field.to_owned()),
        (false, Some(field)) => Some(format!("{path}.{field}")),
        (true, None) => None,
        (false, None) => Some(path),
    }
}

/// Where 1-based `line` starts in `json`.
fn line_start(json: &[u8], line: usize) -> usize {
    match line.checked_sub(2) {
        None => 0,
        Some(newlines) => memchr::memchr_iter(b'\n', json)
            .nth(newlines)
            .map_or(json.len(), |at| at + 1),
    }
}

/// One step of a field path.
enum Segment {
    Key(String),
    Index(usize),
}

/// Walks valid JSON up to a byte offset, keeping the path of where it is.
#[derive(Default)]
struct PathScan {
    /// The path to the current member of each open container.
    path: Vec<Segment>,
    /// Per open container: `true` for an array, and whether its member is on `path`.
    open: Vec<(bool, bool)>,
}

impl PathScan {
    /// The path at `at`: of the value that starts or ends there (serde_json reports a value
    /// that does not fit before or after reading it, and a missing field after its object),
    /// or of the object whose key ends there (an unknown or repeated field), else of the
    /// innermost open object or array.
    fn run(mut self, json: &[u8], at: usize) -> Option<String> {
        let mut i = 0;
        let mut expect_key = false;
        loop {
            while json.get(i).is_some_and(u8::is_ascii_whitespace) && i < at {
                i += 1;
            }
            let byte = *json.get(i)?;
            if i >= at {
                let value_start = !expect_key
                    && !byte.is_ascii_whitespace()
                    && !matches!(byte, b'}' | b']' | b',' | b':');
                return Some(self.render(!value_start));
            }
            let end =
                match byte {
                    b'{' | b'[' => {
                        let array = byte == b'[';
                        if array {
                            self.path.push(Segment::Index(0));
                        }
                        self.open.push((array, array));
                        expect_key = !array;
                        i += 1;
                        continue;
                    }
                    b'}' | b']' => {
                        if let Some((_, true)) = self.open.pop() {
                            self.path.pop();
                        }
                        i + 1
                    }
                    b',' => {
                        match self.open.last() {
                            Some((true, _)) => {
                                if let Some(Segment::Index(n)) = self.path.last_mut() {
                                    *n += 1;
                                }
                            }
                            Some((false, member)) => {
                                if *member {
                                    self.path.pop();
                                }
                                if let Some(last) = self.open.last_mut() {
                                    last.1 = false;
                                }
                                expect_key = true;
                            }
                            None => return None,
                        }
                        i += 1;
                        continue;
                    }
                    b':' => {
                        i += 1;
                        continue;
                    }
                    b'"' => {
                        let end = string_end(json, i)?;
                        if expect_key {
                            if end == at {
                                return Some(self.render(false));
                            }
                            let key = serde_json::from_slice::<String>(&json[i..end]).ok()?;
                            self.path.push(Segment::Key(key));
                            if let Some(last) = self.open.last_mut() {
                                last.1 = true;
                            }
                            expect_key = false;
                            i = end;
                            continue;
                        }
                        end
                    }
                    _ => i + json[i..]
                        .iter()
                        .position(
                            |b| !matches!(b, b'0'..=b'9' | b'a'..=b'z' | b'+' | b'-' | b'.' | b'E'),
                        )
                        .unwrap_or(json.len() - i),
                };
            // A value (scalar, or the container just closed) ends at `end`.
            if end == at {
                return Some(self.render(false));
            }
            i = end;
        }
    }

    /// The path, without the current member's own step when `container`.
    fn render(&self, container: bool) -> String {
        let member = matches!(self.open.last(), Some((_, true)));
        let steps = self
            .path
            .len()
            .saturating_sub(usize::from(container && member));
        let mut out = String::new();
        for step in &self.path[..steps] {
            match step {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(n) => out.push_str(&format!("[{n}]")),
            }
        }
        out
    }
}

/// Where the JSON string starting at `start` (its opening quote) ends, past its closing quote.
fn string_end(json: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        i += memchr::memchr2(b'"', b'\\', json.get(i..)?)?;
        if json[i] == b'\\' {
            i += 2;
        } else {
            return Some(i + 1);
        }
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
    use serde_json::json;

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
    fn unparsed_keeps_the_position_of_the_first_error() {
        let payload = br#"{"id": "e", "created_at": 1, "type": "batch.failed", "data": {}}"#;
        let event = UnwrapWebhookEvent::from_slice(payload).unwrap();
        let UnwrapWebhookEvent::Unparsed(unparsed) = &event else {
            panic!("expected Unparsed, got {event:?}");
        };
        assert_eq!(unparsed.error().message(), "missing field `id`");
        assert_eq!(unparsed.error().column(), payload.len() - 1);
        assert_eq!(event.event_type(), "batch.failed");
        assert_eq!(event.id(), "e");
        // The buffered path gives the same variant and raw object.
        let buffered: UnwrapWebhookEvent = serde_json::from_slice(payload).unwrap();
        assert!(
            matches!(buffered, UnwrapWebhookEvent::Unparsed(ref u) if u.as_object() == unparsed.as_object())
        );
    }

    #[test]
    fn fast_and_buffered_paths_agree() {
        for ty in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
            let sample = UnwrapWebhookEvent::sample_payload(ty).unwrap();
            let fast = UnwrapWebhookEvent::from_slice(sample.as_bytes()).unwrap();
            let buffered: UnwrapWebhookEvent = serde_json::from_str(&sample).unwrap();
            assert_eq!(fast, buffered);
            assert_eq!(fast.event_type(), *ty);
        }
    }

    /// The path serde_path_to_error finds while parsing the tree, as the crate reported it
    /// before `error_path`: the reference `error_path` is checked against.
    struct PathToError<'a>(&'a Value, std::cell::RefCell<Option<String>>);

    impl EventParser for PathToError<'_> {
        fn parse<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
            serde_path_to_error::deserialize(self.0).map_err(|e| {
                *self.1.borrow_mut() = Some(e.path().to_string());
                e.into_inner()
            })
        }
    }

    fn reference_path(ty: &str, value: &Value) -> Option<Option<String>> {
        let parser = PathToError(value, Default::default());
        let Some(Err(error)) = UnwrapWebhookEvent::parse_known(ty, &parser) else {
            return None;
        };
        let path = parser.1.into_inner().unwrap();
        let message = error.to_string();
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next());
        Some(match (path.as_str(), missing) {
            (".", Some(field)) => Some(field.to_owned()),
            (parent, Some(field)) => Some(format!("{parent}.{field}")),
            (".", None) => None,
            (path, None) => Some(path.to_owned()),
        })
    }

    /// Every value of `value` (as a pointer), and every object member.
    fn pointers(value: &Value, at: String, out: &mut Vec<(String, bool)>) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    out.push((format!("{at}/{key}"), true));
                    pointers(inner, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, inner) in items.iter().enumerate() {
                    out.push((format!("{at}/{i}"), false));
                    pointers(inner, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn error_paths_match_a_path_tracking_parser() {
        let wrong = [
            json!(5),
            json!(-1.5),
            json!("x"),
            json!(true),
            json!([]),
            json!({}),
            json!(null),
        ];
        let mut checked = 0;
        for ty in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
            let sample = UnwrapWebhookEvent::sample_payload(ty).unwrap();
            let sample: Value = serde_json::from_str(&sample).unwrap();
            let mut found = Vec::new();
            pointers(&sample, String::new(), &mut found);
            for (pointer, member) in found {
                if pointer == "/type" {
                    continue;
                }
                let mut cases = Vec::new();
                for new in &wrong {
                    let mut value = sample.clone();
                    *value.pointer_mut(&pointer).unwrap() = new.clone();
                    cases.push(value);
                }
                if member {
                    let (parent, key) = pointer.rsplit_once('/').unwrap();
                    let mut value = sample.clone();
                    let key = key.replace("~1", "/").replace("~0", "~");
                    value
                        .pointer_mut(parent)
                        .unwrap()
                        .as_object_mut()
                        .unwrap()
                        .remove(&key);
                    cases.push(value);
                }
                for value in cases {
                    let Some(expected) = reference_path(ty, &value) else {
                        continue;
                    };
                    let text = serde_json::to_vec(&value).unwrap();
                    let pretty = serde_json::to_vec_pretty(&value).unwrap();
                    let events = [
                        UnwrapWebhookEvent::from_slice(&text).unwrap(),
                        UnwrapWebhookEvent::from_slice(&pretty).unwrap(),
                        serde_json::from_value(value.clone()).unwrap(),
                    ];
                    for event in events {
                        let UnwrapWebhookEvent::Unparsed(u) = &event else {
                            panic!("{ty} {pointer}: {event:?}");
                        };
                        assert_eq!(
                            u.error().path(),
                            expected.as_deref(),
                            "{ty} {pointer}: {value}"
                        );
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 500, "only {checked} cases");
    }

    #[test]
    fn the_path_names_the_field_of_the_message() {
        // Two fields do not fit: the first in the text (`id`) is the one reported, in key
        // order (`created_at`) it would be the other.
        let payload =
            br#"{"type": "batch.completed", "id": 5, "created_at": "x", "data": {"id": "b"}}"#;
        let event = UnwrapWebhookEvent::from_slice(payload).unwrap();
        let UnwrapWebhookEvent::Unparsed(unparsed) = &event else {
            panic!("expected Unparsed, got {event:?}");
        };
        // `id` is the string field; `created_at` expects an integer.
        assert_eq!(
            unparsed.error().message(),
            "invalid type, expected a string"
        );
        assert_eq!(unparsed.error().path(), Some("id"));
        // Tracking the path over the parsed tree, as before, found the other field.
        let tree: Value = serde_json::from_slice(payload).unwrap();
        let by_tree = reference_path("batch.completed", &tree);
        assert_eq!(by_tree, Some(Some("created_at".to_owned())));
    }

    #[test]
    fn error_path_does_not_panic_on_text_it_was_not_made_for() {
        // Reported at byte 19: each text below is scanned to its end.
        let error = serde_json::from_slice::<Vec<u8>>(br#"[1, 2, 3, 4, 5, "x"]"#).unwrap_err();
        assert_eq!(error.column(), 19);
        let texts: [&[u8]; 8] = [
            b"",
            b"\"",
            b"\"\\",
            b"{\"a\\",
            b"]]]",
            b"}{,:",
            b"[[[",
            b"{\"a\": [1, 2",
        ];
        for text in texts {
            let _ = error_path(text, &error);
        }
    }

    #[test]
    fn error_paths_read_escaped_keys_and_nested_arrays() {
        let text = br#"{"a\"b": [[1, {"x": 2}], [{"x": "s"}]]}"#;
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            x: u8,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            #[serde(rename = "a\"b")]
            ab: Vec<(u8, Inner)>,
        }
        let error = serde_json::from_slice::<Outer>(text).unwrap_err();
        assert_eq!(error_path(text, &error).as_deref(), Some("a\"b[1][0]"));
        let text = b"{\n  \"a\\\"b\": [\n    [1, {}]\n  ]\n}";
        let error = serde_json::from_slice::<Outer>(text).unwrap_err();
        assert_eq!(error_path(text, &error).as_deref(), Some("a\"b[0][1].x"));
        let error = serde_json::from_slice::<Outer>(b"[1]").unwrap_err();
        assert_eq!(error_path(b"[1]", &error).as_deref(), Some("[0]"));
        let error = serde_json::from_slice::<Outer>(b" 5").unwrap_err();
        assert_eq!(error_path(b" 5", &error), None);
    }
}
