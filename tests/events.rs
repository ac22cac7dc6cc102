//! Parsing verified payloads into events, driven by the examples in the vendored spec.

mod common;

use common::{at, headers, spec_events};
use openai_webhooks::{Error, UnwrapWebhookEvent, Webhook};
use serde_json::{json, Value};

const NOW: i64 = 1_719_168_000;

fn deliver(body: &str) -> Result<UnwrapWebhookEvent, Error> {
    let webhook = Webhook::new("raw-test-secret").unwrap();
    let sig = webhook.sign("wh_test", NOW, body);
    webhook.unwrap_at(body, &headers("wh_test", &NOW.to_string(), &sig), at(NOW))
}

/// An authentic listed type that does not fit its struct: `Unparsed`, with the reason.
fn unparsed(body: &str) -> (UnwrapWebhookEvent, String) {
    match deliver(body) {
        Ok(event @ UnwrapWebhookEvent::Unparsed(_)) => {
            let UnwrapWebhookEvent::Unparsed(u) = &event else {
                unreachable!()
            };
            let reason = u.error().to_string();
            let raw: Value = serde_json::from_str(body).unwrap();
            assert_eq!(Value::Object(u.as_object().clone()), raw);
            assert_eq!(serde_json::to_value(&event).unwrap(), raw, "round trip");
            (event, reason)
        }
        other => panic!("expected Unparsed, got {other:?}"),
    }
}

fn json_error(body: &str) -> String {
    match deliver(body) {
        // The message and its cause, as an error reporter prints the chain.
        Err(err @ Error::InvalidJson { .. }) => {
            let cause = std::error::Error::source(&err).expect("InvalidJson has a cause");
            format!("{err}: {cause}")
        }
        other => panic!("expected InvalidJson, got {other:?}"),
    }
}

/// Whitespace and trailing commas removed, to compare JSON texts loosely.
fn squash(text: &str) -> String {
    let compact: String = text.split_whitespace().collect();
    compact.replace(",]", "]").replace(",}", "}")
}

fn variant_name(event_type: &str) -> String {
    event_type
        .split(['.', '_'])
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

#[test]
fn known_event_types_are_exactly_the_spec_webhooks() {
    let mut from_spec: Vec<String> = spec_events().into_iter().map(|e| e.event_type).collect();
    let mut known: Vec<String> = UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .map(|t| t.to_string())
        .collect();
    from_spec.sort();
    known.sort();
    assert_eq!(known, from_spec);
}

#[test]
fn every_spec_example_parses_into_its_own_variant_and_round_trips() {
    let events = spec_events();
    assert!(events.len() >= 16, "{} events", events.len());
    let with_examples = events.iter().filter(|e| e.example.is_some()).count();
    assert!(with_examples >= 16, "only {with_examples} examples");
    for spec in events {
        assert_eq!(spec.key, spec.event_type.replace('.', "_"));
        assert_eq!(
            spec.schema,
            format!("Webhook{}", variant_name(&spec.event_type))
        );
        let sample = UnwrapWebhookEvent::sample_payload(&spec.event_type);
        // An event without an example still gets its variant (checked above); there is
        // just no sample to parse.
        let (Some(example), Some(sample)) = (&spec.example, sample) else {
            assert!(spec.example.is_none(), "no sample for {}", spec.event_type);
            continue;
        };
        assert_eq!(squash(&sample), squash(example));

        let event = deliver(&sample).unwrap_or_else(|e| panic!("{}: {e}", spec.event_type));
        assert_eq!(event.event_type(), spec.event_type);
        assert!(
            format!("{event:?}").starts_with(&format!("{}(", variant_name(&spec.event_type))),
            "{} parsed as {event:?}",
            spec.event_type
        );
        let expected: Value = serde_json::from_str(&sample).unwrap();
        assert_eq!(event.id(), expected["id"]);
        assert_eq!(event.created_at(), expected["created_at"].as_i64().unwrap());
        assert_eq!(serde_json::to_value(&event).unwrap(), expected);
        // The serde path (no verification) agrees with unwrap.
        let via_serde: UnwrapWebhookEvent = serde_json::from_str(&sample).unwrap();
        assert_eq!(via_serde, event);
    }
}

#[test]
fn typed_fields_are_reachable() {
    let body = json!({
        "id": "evt_1", "object": "event", "created_at": 7, "type": "realtime.call.incoming",
        "data": {"call_id": "rtc_9", "sip_headers": [
            {"name": "Via", "value": "a"}, {"name": "Via", "value": "b"}]}
    });
    match deliver(&body.to_string()).unwrap() {
        UnwrapWebhookEvent::RealtimeCallIncoming(e) => {
            assert_eq!(e.data.call_id, "rtc_9");
            let vias: Vec<&str> = e
                .data
                .sip_headers
                .iter()
                .map(|h| h.value.as_str())
                .collect();
            assert_eq!(vias, ["a", "b"]);
            assert_eq!(e.created_at, 7);
            assert_eq!(e.event_type(), "realtime.call.incoming");
        }
        other => panic!("{other:?}"),
    }
    let live = json!({"id": "evt_2", "created_at": 8, "type": "live.call.incoming",
        "data": {"session_id": "sess_1", "sip_headers": []}});
    // Deprecated upstream in favour of `live.transport.incoming`; it still parses as before.
    #[allow(deprecated)]
    match deliver(&live.to_string()).unwrap() {
        UnwrapWebhookEvent::LiveCallIncoming(e) => assert_eq!(e.data.session_id, "sess_1"),
        other => panic!("{other:?}"),
    }
    let canceled = json!({"id": "evt_3", "created_at": 9, "type": "eval.run.canceled", "data": {"id": "run_1"}});
    assert!(matches!(
        deliver(&canceled.to_string()).unwrap(),
        UnwrapWebhookEvent::EvalRunCanceled(e) if e.data.id == "run_1"
    ));
}

#[test]
fn unknown_types_keep_the_raw_object() {
    let body = json!({
        "id": "evt_new", "object": "event", "created_at": 1234, "type": "brand_new.thing.happened",
        "data": {"nested": [1, {"x": null}], "id": "thing_1"}, "extra": true
    });
    let event = deliver(&body.to_string()).unwrap();
    assert_eq!(event.event_type(), "brand_new.thing.happened");
    assert_eq!(event.id(), "evt_new");
    assert_eq!(event.created_at(), 1234);
    assert_eq!(serde_json::to_value(&event).unwrap(), body);
    match event {
        UnwrapWebhookEvent::Unknown(u) => {
            assert_eq!(u.data().unwrap()["id"], "thing_1");
            assert_eq!(Value::Object(u.into_object()), body);
        }
        other => panic!("{other:?}"),
    }
    // Unknown events need only a string `type`.
    let bare = deliver(r#"{"type": "x"}"#).unwrap();
    assert_eq!(
        (bare.event_type(), bare.id(), bare.created_at()),
        ("x", "", 0)
    );
}

#[test]
fn extra_fields_are_accepted() {
    let body = json!({
        "id": "evt_1", "object": "event", "created_at": 1, "type": "batch.completed",
        "data": {"id": "batch_1", "new_field": {"a": 1}}, "another_new_field": [1, 2]
    });
    match deliver(&body.to_string()).unwrap() {
        UnwrapWebhookEvent::BatchCompleted(e) => assert_eq!(e.data.id, "batch_1"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn object_may_be_present_or_absent() {
    let with = json!({"id": "e", "object": "event", "created_at": 1, "type": "response.failed", "data": {"id": "r"}});
    let without =
        json!({"id": "e", "created_at": 1, "type": "response.failed", "data": {"id": "r"}});
    for body in [with, without] {
        let event = deliver(&body.to_string()).unwrap();
        assert!(matches!(event, UnwrapWebhookEvent::ResponseFailed(_)));
        assert_eq!(serde_json::to_value(&event).unwrap(), body);
    }
    let wrong = json!({"id": "e", "object": "eventz", "created_at": 1, "type": "response.failed", "data": {"id": "r"}});
    let (event, message) = unparsed(&wrong.to_string());
    assert!(!message.contains("eventz"), "{message}");
    assert_eq!((event.event_type(), event.id()), ("response.failed", "e"));
}

#[test]
fn missing_data_id_is_unparsed_and_named() {
    for ty in ["fine_tuning.job.failed", "batch.completed"] {
        let body = json!({"id": "evt_1", "created_at": 1, "type": ty, "data": {}});
        let (event, message) = unparsed(&body.to_string());
        assert!(message.contains("missing field `id`"), "{message}");
        assert!(message.contains("line 1 column"), "{message}");
        assert_eq!(
            (event.event_type(), event.id(), event.created_at()),
            (ty, "evt_1", 1)
        );
    }
}

/// Shape drift of a listed event never refuses an authentic delivery.
#[test]
fn shape_drift_of_listed_events_is_unparsed() {
    let drifted = [
        // A required field went away.
        json!({"id": "evt_1", "created_at": 1, "type": "realtime.call.incoming", "data": {"call_id": "rtc_1"}}),
        // A whole number became a float.
        json!({"id": "evt_2", "created_at": 1.0, "type": "batch.failed", "data": {"id": "b"}}),
        // A required field became null.
        json!({"id": "evt_3", "created_at": 1, "type": "response.completed", "data": {"id": null}}),
        // `data` is missing.
        json!({"id": "evt_4", "created_at": 1, "type": "eval.run.failed"}),
    ];
    let expected = [
        ("evt_1", 1, "sip_headers"),
        ("evt_2", 1, "invalid type"),
        ("evt_3", 1, "invalid type"),
        ("evt_4", 1, "data"),
    ];
    for (body, (id, created_at, reason)) in drifted.iter().zip(expected) {
        let (event, message) = unparsed(&body.to_string());
        assert_eq!((event.id(), event.created_at()), (id, created_at), "{body}");
        assert!(message.contains(reason), "{body}: {message}");
        // The serde path agrees.
        let via_serde: UnwrapWebhookEvent = serde_json::from_value(body.clone()).unwrap();
        assert!(matches!(via_serde, UnwrapWebhookEvent::Unparsed(_)));
    }
}

#[test]
fn missing_or_non_string_type_is_an_error() {
    let message = json_error(r#"{"id": "evt_1", "created_at": 1, "data": {}}"#);
    assert!(message.contains("`type`"), "{message}");
    for body in [
        r#"{"type": 5}"#,
        r#"{"type": null}"#,
        r#"{"type": ["batch.failed"]}"#,
    ] {
        json_error(body);
        assert!(serde_json::from_str::<UnwrapWebhookEvent>(body).is_err());
    }
    assert!(serde_json::from_str::<UnwrapWebhookEvent>(r#"{"id": "e"}"#).is_err());
}

#[test]
fn wrong_field_types_are_reported_without_quoting_the_payload() {
    let body = r#"{"id": "evt_1", "created_at": "SENSITIVE-VALUE", "type": "batch.failed", "data": {"id": "b"}}"#;
    let (_, message) = unparsed(body);
    assert!(!message.contains("SENSITIVE"), "{message}");
    assert!(message.contains("invalid type"), "{message}");
}

#[test]
fn non_objects_and_broken_json_are_errors() {
    // An array holding every field of a listed event, in declaration order, is no event.
    // (The nested `type` makes the first guess at the type succeed.)
    let array = r#"[1, {"id": "b", "type": "batch.failed"}, "e", null, "batch.failed"]"#;
    assert!(
        json_error(array).contains("invalid type"),
        "{}",
        json_error(array)
    );
    assert!(serde_json::from_str::<UnwrapWebhookEvent>(array).is_err());
    for body in [
        "[\"batch.failed\"]",
        "{\"type\": \"batch.failed\", \"data\": {\"id\": \"b\"}",
        "",
        "[]",
        "\"batch.failed\"",
        "{",
        "{\"type\": \"batch.failed\"",
        "null",
        "{} {}",
    ] {
        json_error(body);
    }
}

/// Found by the `unwrap` fuzz target: a huge number in an unknown event is kept as an f64.
/// The event still round-trips to the same variant, type, id and keys; a known event refuses
/// a `created_at` that does not fit an i64.
#[test]
fn huge_numbers_in_unknown_and_known_events() {
    let big = format!("17{}0", "1".repeat(80));
    let unknown = format!(
        r#"{{"id": "evt_abc123", "type": "batch.complet11ed", "created_at": {big}, "data": {{"%d": "x"}}}}"#
    );
    let event = deliver(&unknown).unwrap();
    let again: UnwrapWebhookEvent =
        serde_json::from_slice(&serde_json::to_vec(&event).unwrap()).unwrap();
    assert_eq!(
        (again.event_type(), again.id(), again.created_at()),
        ("batch.complet11ed", "evt_abc123", 0)
    );
    assert!(matches!(again, UnwrapWebhookEvent::Unknown(_)));
    let known = unknown.replace("batch.complet11ed", "batch.completed");
    let (event, message) = unparsed(&known);
    assert!(message.contains("invalid type, expected i64"), "{message}");
    assert_eq!(event.created_at(), 0);
}

/// Generated structs are `#[non_exhaustive]`: users read every field, and build events for
/// their own tests from JSON.
#[test]
fn generated_structs_build_from_json_and_expose_their_fields() {
    use openai_webhooks::events::BatchCompletedWebhookEvent;
    let json =
        r#"{"id": "evt_1", "created_at": 3, "type": "batch.completed", "data": {"id": "b"}}"#;
    let event: BatchCompletedWebhookEvent = serde_json::from_str(json).unwrap();
    assert_eq!(
        (event.id.as_str(), event.created_at, event.data.id.as_str()),
        ("evt_1", 3, "b")
    );
    assert_eq!(event.object, None);
    let union = UnwrapWebhookEvent::from(event);
    assert_eq!(
        (union.event_type(), union.id()),
        ("batch.completed", "evt_1")
    );
    // A struct accepts only its own `type`.
    let other = json.replace("batch.completed", "batch.failed");
    assert!(serde_json::from_str::<BatchCompletedWebhookEvent>(&other).is_err());
}

/// Found by the `unwrap` fuzz target: an object with two `type` keys is still an object with
/// a string `type` (the last one, as JSON maps read), never `InvalidJson`.
#[test]
fn a_repeated_type_key_is_read_as_a_map_reads_it() {
    let unlisted = r#"{"id": "evt_1", "type": "batch.failed", "type": "x.y", "data": {"id": "b"}}"#;
    let event = deliver(unlisted).unwrap();
    assert!(matches!(event, UnwrapWebhookEvent::Unknown(_)), "{event:?}");
    assert_eq!(event.event_type(), "x.y");
    let listed = r#"{"id": "evt_1", "type": "x.y", "type": "batch.failed", "created_at": 1, "data": {"id": "b"}}"#;
    let event = deliver(listed).unwrap();
    assert!(
        matches!(event, UnwrapWebhookEvent::Unparsed(_)),
        "{event:?}"
    );
    assert_eq!(event.event_type(), "batch.failed");
}

/// Found by the `unwrap` fuzz target: a repeated field of a listed event does not fit its
/// struct, so the event is `Unparsed` and names the field; its raw object keeps the last
/// value, as a JSON map does.
#[test]
fn a_repeated_field_is_unparsed() {
    let body = r#"{"id": "evt_first", "id": "evt_last", "created_at": 1, "type": "response.completed", "data": {"id": "r"}}"#;
    match deliver(body).unwrap() {
        UnwrapWebhookEvent::Unparsed(u) => {
            assert!(
                u.error().message().contains("duplicate field `id`"),
                "{}",
                u.error()
            );
            assert_eq!(u.id(), "evt_last");
        }
        other => panic!("expected Unparsed, got {other:?}"),
    }
}

/// Every known type has a sample: the spec's example, or one made from the schema where the
/// spec has none (the events only OpenAI's SDK types). Each is a complete event: every field
/// its struct declares is filled, it unwraps into its own variant, and it serializes back to
/// the same JSON.
#[test]
fn every_known_type_has_a_sample_that_unwraps_into_its_own_variant() {
    assert!(UnwrapWebhookEvent::KNOWN_EVENT_TYPES.len() >= 31);
    for ty in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
        let sample =
            UnwrapWebhookEvent::sample_payload(ty).unwrap_or_else(|| panic!("no sample of {ty}"));
        let raw: Value = serde_json::from_str(&sample).unwrap();
        let event = deliver(&sample).unwrap();
        assert!(
            !matches!(
                event,
                UnwrapWebhookEvent::Unknown(_) | UnwrapWebhookEvent::Unparsed(_)
            ),
            "{ty}: {event:?}"
        );
        assert_eq!(event.event_type(), *ty);
        assert_eq!(serde_json::to_value(&event).unwrap(), raw, "{ty}");
    }
}

#[test]
fn made_samples_have_plausible_ids_and_every_field() {
    let sample: Value = serde_json::from_str(
        &UnwrapWebhookEvent::sample_payload("live.transport.incoming").unwrap(),
    )
    .unwrap();
    assert!(sample["id"].as_str().unwrap().starts_with("evt_"));
    // The description says "The `live_...` ID of the pending SIP session".
    assert!(sample["data"]["session_id"]
        .as_str()
        .unwrap()
        .starts_with("live_"));
    // Optional fields are filled too, with a value the spec lists.
    assert_eq!(sample["data"]["sip_media_security"], "rtp");
    assert_eq!(sample["data"]["type"], "sip");
    let created: Value =
        serde_json::from_str(&UnwrapWebhookEvent::sample_payload("agent.session.created").unwrap())
            .unwrap();
    for field in ["id", "environment_type", "environment_id", "connect"] {
        assert!(!created["data"][field].is_null(), "{field}: {created}");
    }
}

#[test]
fn the_sdk_only_events_are_typed() {
    let body = json!({"id": "evt_9", "object": "event", "created_at": 5,
        "type": "agent.session.action_required",
        "data": {"id": "sess_1", "required_action": {"type": "mcp_approval_request"}}});
    match deliver(&body.to_string()).unwrap() {
        UnwrapWebhookEvent::AgentSessionActionRequired(e) => {
            assert_eq!(e.data.id, "sess_1");
            assert_eq!(
                e.data.required_action.type_.as_str(),
                "mcp_approval_request"
            );
        }
        other => panic!("{other:?}"),
    }
    let body = json!({"id": "evt_8", "created_at": 5, "type": "realtime.call.incoming",
        "data": {"call_id": "rtc_1", "sip_headers": [], "sip_media_security": "zrtp"}});
    match deliver(&body.to_string()).unwrap() {
        UnwrapWebhookEvent::RealtimeCallIncoming(e) => {
            // An open enum: a value upstream does not list is kept as it came.
            assert_eq!(
                e.data.sip_media_security.flatten().unwrap().as_str(),
                "zrtp"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// `error()` names the field that did not fit, for every kind of mismatch, without quoting it.
#[test]
fn unparsed_names_the_field_path() {
    let cases = [
        (json!({"id": 5}), "data.id", "invalid type"),
        (json!({"id": null}), "data.id", "invalid type"),
        (json!({}), "data.id", "missing field `id`"),
    ];
    for (data, path, kind) in cases {
        let body = json!({"id": "evt_1", "created_at": 1, "type": "batch.completed", "data": data});
        for event in [
            deliver(&body.to_string()).unwrap(),
            serde_json::from_value::<UnwrapWebhookEvent>(body.clone()).unwrap(),
        ] {
            let UnwrapWebhookEvent::Unparsed(u) = &event else {
                panic!("{event:?}")
            };
            assert_eq!(u.error().path(), Some(path), "{body}");
            assert!(u.error().message().starts_with(kind), "{}", u.error());
            assert!(
                u.error().to_string().starts_with(&format!("{path}: ")),
                "{}",
                u.error()
            );
        }
    }
    let body = json!({"id": "evt_1", "created_at": 1, "type": "realtime.call.incoming",
        "data": {"call_id": "rtc_1", "sip_headers": [{"name": "a", "value": "b"}, {"name": 7, "value": "SECRETVALUE"}]}});
    let UnwrapWebhookEvent::Unparsed(u) = deliver(&body.to_string()).unwrap() else {
        panic!()
    };
    assert_eq!(u.error().path(), Some("data.sip_headers[1].name"));
    assert!(!u.error().to_string().contains("SECRETVALUE"));
    // A top-level field.
    let body = json!({"id": 5, "created_at": 1, "type": "batch.completed", "data": {"id": "b"}});
    let UnwrapWebhookEvent::Unparsed(u) = deliver(&body.to_string()).unwrap() else {
        panic!()
    };
    assert_eq!(u.error().path(), Some("id"));
}

/// `ENUM_FIELDS` names real string enums: every listed value and an unlisted one, set at
/// that path in the type's sample, give the type's own variant and the same JSON back.
#[test]
fn enum_fields_are_open_at_their_paths() {
    fn set(value: &mut Value, path: &[&str], new: &Value) {
        match path {
            [] => *value = new.clone(),
            [field, rest @ ..] => match field.strip_suffix("[]") {
                Some(array) => {
                    for item in value[array].as_array_mut().into_iter().flatten() {
                        set(item, rest, new);
                    }
                }
                None => set(&mut value[*field], rest, new),
            },
        }
    }
    let fields = UnwrapWebhookEvent::ENUM_FIELDS;
    assert!(fields.contains(&(
        "realtime.call.incoming",
        "data.sip_media_security",
        &["rtp", "srtp"]
    )));
    for (ty, path, values) in fields {
        let sample: Value =
            serde_json::from_str(&UnwrapWebhookEvent::sample_payload(ty).unwrap()).unwrap();
        let parts: Vec<&str> = path.split('.').collect();
        for value in values.iter().copied().chain(["unlisted_by_the_spec"]) {
            let mut body = sample.clone();
            set(&mut body, &parts, &json!(value));
            let event = deliver(&body.to_string()).unwrap();
            assert!(
                !matches!(
                    event,
                    UnwrapWebhookEvent::Unknown(_) | UnwrapWebhookEvent::Unparsed(_)
                ),
                "{ty} {path}={value}: {event:?}"
            );
            assert_eq!(
                serde_json::to_value(&event).unwrap(),
                body,
                "{ty} {path}={value}"
            );
        }
    }
}

/// An optional field that may be `null` keeps absent and `null` apart, so both serialize
/// back as they came (as OpenAI's Python SDK writes unset fields: `null`).
#[test]
fn absent_and_null_optional_fields_round_trip() {
    for (object, media) in [
        (None, None),
        (Some(json!(null)), Some(json!(null))),
        (Some(json!("event")), Some(json!("srtp"))),
    ] {
        let mut body = json!({"id": "evt_1", "created_at": 1, "type": "realtime.call.incoming",
            "data": {"call_id": "rtc_1", "sip_headers": []}});
        if let Some(object) = &object {
            body["object"] = object.clone();
        }
        if let Some(media) = &media {
            body["data"]["sip_media_security"] = media.clone();
        }
        let event = deliver(&body.to_string()).unwrap();
        let UnwrapWebhookEvent::RealtimeCallIncoming(e) = &event else {
            panic!("{event:?}")
        };
        assert_eq!(e.object.is_none(), object.is_none(), "{body}");
        assert_eq!(
            e.data.sip_media_security.as_ref().map(Option::is_none),
            media.as_ref().map(Value::is_null),
            "{body}"
        );
        assert_eq!(serde_json::to_value(&event).unwrap(), body);
    }
}
