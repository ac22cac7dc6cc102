//! How the generated event structs read JSON: `build.rs` writes their `Deserialize` (one
//! shared key lookup instead of serde's derive). They read as the derive did, except that a
//! struct is read only from a JSON object, never from an array.

mod common;

use common::{at, headers};
use openai_webhooks::events::BatchCompletedWebhookEvent;
use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use serde::de::value::{BytesDeserializer, MapDeserializer};
use serde::Deserialize;
use serde_json::{json, Value};

const COMPLETED: &str =
    r#"{"id": "evt_1", "created_at": 3, "type": "batch.completed", "data": {"id": "b"}}"#;

/// Reads `json` both ways the crate does: from the text, and from a parsed tree.
fn both_ways(json: &str) -> [Result<BatchCompletedWebhookEvent, String>; 2] {
    let tree: Value = serde_json::from_str(json).expect("the test's JSON is valid");
    [
        serde_json::from_str(json).map_err(|e| e.to_string()),
        serde_json::from_value(tree).map_err(|e| e.to_string()),
    ]
}

/// The same shape with serde's derive: the reference for errors and their positions.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Derived {
    created_at: i64,
    data: DerivedData,
    id: String,
    object: Option<String>,
    #[serde(rename = "type")]
    type_: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct DerivedData {
    id: String,
}

/// The generated struct's error for `json`, and the derived one's.
fn errors(json: &str) -> (serde_json::Error, serde_json::Error) {
    let generated = serde_json::from_str::<BatchCompletedWebhookEvent>(json).unwrap_err();
    let derived = serde_json::from_str::<Derived>(json).unwrap_err();
    (generated, derived)
}

fn deliver(body: &str) -> UnwrapWebhookEvent {
    let webhook = Webhook::new("whsec_c3RydWN0cw==").unwrap();
    let signature = webhook.sign("msg_1", 1_700_000_000, body);
    let headers = headers("msg_1", "1700000000", &signature);
    webhook
        .unwrap_at(body, &headers, at(1_700_000_000))
        .unwrap()
}

#[test]
fn a_struct_reads_from_an_object() {
    for read in both_ways(COMPLETED) {
        let event = read.unwrap();
        assert_eq!(
            (event.id.as_str(), event.created_at, event.data.id.as_str()),
            ("evt_1", 3, "b")
        );
        assert_eq!(event.object, None);
    }
}

/// serde's derive read a struct from an array of its fields in declaration order; the
/// generated code refuses it with serde's "invalid type" error, naming the struct.
#[test]
fn a_struct_given_as_an_array_is_refused() {
    let array = r#"[3, {"id": "b"}, "evt_1", null, "batch.completed"]"#;
    for read in both_ways(array) {
        let message = read.unwrap_err();
        assert!(
            message
                .starts_with("invalid type: sequence, expected struct BatchCompletedWebhookEvent"),
            "{message}"
        );
    }
    // Nested: the delivery is authentic, so it is `Unparsed`, and the path names the field.
    let nested = COMPLETED.replace(r#"{"id": "b"}"#, r#"["b"]"#);
    let event = deliver(&nested);
    let UnwrapWebhookEvent::Unparsed(unparsed) = &event else {
        panic!("expected Unparsed, got {event:?}");
    };
    assert_eq!(unparsed.error().path(), Some("data"));
    assert_eq!(
        unparsed.error().message(),
        "invalid type, expected struct BatchCompletedWebhookEventData"
    );
    // Where serde_json reports a value it only peeked at: the byte before it.
    assert_eq!(unparsed.error().column(), nested.find(r#"["b"]"#).unwrap());
}

/// Structs with the same fields share their reading; each error still names its own struct.
#[test]
fn structs_with_the_same_fields_name_themselves() {
    use openai_webhooks::events::{
        AgentEnvironmentExpiredWebhookEventData as Expired, BatchFailedWebhookEventData as Failed,
    };
    let expired = serde_json::from_str::<Expired>("[]")
        .unwrap_err()
        .to_string();
    let failed = serde_json::from_str::<Failed>("[]")
        .unwrap_err()
        .to_string();
    assert!(
        expired.contains("expected struct AgentEnvironmentExpiredWebhookEventData"),
        "{expired}"
    );
    assert!(
        failed.contains("expected struct BatchFailedWebhookEventData"),
        "{failed}"
    );
    let (expired, failed): (Expired, Failed) = (
        serde_json::from_str(r#"{"id": "a", "x": 1}"#).unwrap(),
        serde_json::from_str(r#"{"x": 1, "id": "b"}"#).unwrap(),
    );
    assert_eq!((expired.id.as_str(), failed.id.as_str()), ("a", "b"));
}

#[test]
fn a_missing_required_field_is_named() {
    for (field, parent) in [("created_at", None), ("type", None), ("id", Some("data"))] {
        let mut tree: Value = serde_json::from_str(COMPLETED).unwrap();
        let object = match parent {
            Some(parent) => &mut tree[parent],
            None => &mut tree,
        };
        object.as_object_mut().unwrap().remove(field);
        for read in both_ways(&tree.to_string()) {
            let message = read.unwrap_err();
            assert!(
                message.starts_with(&format!("missing field `{field}`")),
                "{message}"
            );
        }
    }
    // The first missing field in declaration order is the one reported, where the derive
    // reports it.
    for json in [
        "{}",
        r#"{"data": {"id": "b"}, "id": "e"}"#,
        r#"{"created_at": 1, "data": {}}"#,
    ] {
        let (generated, derived) = errors(json);
        assert_eq!(generated.to_string(), derived.to_string());
    }
}

#[test]
fn a_duplicate_field_is_refused_where_the_derive_refuses_it() {
    let twice = r#"{"id": "evt_1", "created_at": 3, "type": "batch.completed", "id": "evt_2", "data": {"id": "b"}}"#.to_owned();
    // A renamed key (`type`) and a nested struct's key alike.
    let type_twice = COMPLETED.replace(r#""type""#, r#""type": "batch.completed", "type""#);
    let nested_twice = COMPLETED.replace(r#"{"id": "b"}"#, r#"{"id": "b", "id": "c"}"#);
    for (json, field) in [(twice, "id"), (type_twice, "type"), (nested_twice, "id")] {
        let (generated, derived) = errors(&json);
        let message = generated.to_string();
        assert!(
            message.starts_with(&format!("duplicate field `{field}`")),
            "{message}"
        );
        assert_eq!(message, derived.to_string());
    }
    // An unknown key may repeat: it is skipped each time.
    let extra = COMPLETED.replace(r#""id": "evt_1""#, r#""x": 1, "x": [{}], "id": "evt_1""#);
    assert!(serde_json::from_str::<BatchCompletedWebhookEvent>(&extra).is_ok());
}

#[test]
fn unknown_keys_are_skipped_whatever_they_hold() {
    let mut tree: Value = serde_json::from_str(COMPLETED).unwrap();
    tree["new"] = json!({"deep": [1, {"x": null}], "s": "t"});
    tree["data"]["also_new"] = json!([[]]);
    for read in both_ways(&tree.to_string()) {
        assert_eq!(read.unwrap().data.id, "b");
    }
}

#[test]
fn an_optional_field_that_may_be_null() {
    for (object, expected) in [
        (None, None),
        (Some(json!(null)), Some(None)),
        (Some(json!("event")), Some(Some("event"))),
    ] {
        let mut tree: Value = serde_json::from_str(COMPLETED).unwrap();
        if let Some(object) = object {
            tree["object"] = object;
        }
        for read in both_ways(&tree.to_string()) {
            let event = read.unwrap();
            let found = event.object.map(|o| o.map(|o| o.to_string()));
            assert_eq!(found.as_ref().map(|o| o.as_deref()), expected);
            assert_eq!(serde_json::to_value(&event).unwrap(), tree);
        }
    }
    let wrong = COMPLETED.replace(r#""id": "evt_1""#, r#""object": "list", "id": "evt_1""#);
    let message = serde_json::from_str::<BatchCompletedWebhookEvent>(&wrong).unwrap_err();
    assert!(
        message.to_string().starts_with("unknown variant `list`"),
        "{message}"
    );
}

/// Formats whose keys are field numbers or bytes, as serde's derive reads them.
#[test]
fn keys_as_field_numbers_or_bytes() {
    // Declaration order: created_at, data, id, object, type; 9 is no field.
    let numbered = [
        (0_u64, json!(3)),
        (9, json!("skipped")),
        (1, json!({"id": "b"})),
        (2, json!("evt_1")),
        (4, json!("batch.completed")),
    ];
    let map = MapDeserializer::<_, serde_json::Error>::new(numbered.into_iter());
    let event = BatchCompletedWebhookEvent::deserialize(map).unwrap();
    assert_eq!((event.id.as_str(), event.created_at), ("evt_1", 3));

    let named: [(&[u8], Value); 5] = [
        (b"created_at", json!(3)),
        (b"\xff", json!("skipped")),
        (b"data", json!({"id": "b"})),
        (b"id", json!("evt_1")),
        (b"type", json!("batch.completed")),
    ];
    let keys = named.map(|(key, value)| (BytesDeserializer::new(key), value));
    let map = MapDeserializer::<_, serde_json::Error>::new(keys.into_iter());
    let event = BatchCompletedWebhookEvent::deserialize(map).unwrap();
    assert_eq!((event.id.as_str(), event.data.id.as_str()), ("evt_1", "b"));
}
