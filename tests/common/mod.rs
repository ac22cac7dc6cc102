//! Shared test helpers: the public test vectors and the vendored spec, read independently of
//! `build.rs`.
#![allow(dead_code)]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

pub mod http;

/// OpenAI's SDK test vector: a real `response.completed` delivery.
pub mod openai {
    pub const SECRET: &str = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
    pub const ID: &str = "wh_685c059ae39c8190af8c71ed1022a24d";
    pub const TIMESTAMP: i64 = 1750861210;
    pub const BODY: &str = r#"{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}"#;
    pub const SIGNATURE: &str = "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=";

    pub fn headers() -> Vec<(String, String)> {
        super::headers(ID, &TIMESTAMP.to_string(), SIGNATURE)
    }
}

pub fn headers(id: &str, timestamp: &str, signature: &str) -> Vec<(String, String)> {
    vec![
        ("webhook-id".into(), id.into()),
        ("webhook-timestamp".into(), timestamp.into()),
        ("webhook-signature".into(), signature.into()),
    ]
}

pub fn at(secs: i64) -> SystemTime {
    if secs >= 0 {
        UNIX_EPOCH + Duration::from_secs(secs.unsigned_abs())
    } else {
        UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
    }
}

/// One webhook of the vendored spec.
pub struct SpecEvent {
    pub key: String,
    pub schema: String,
    pub event_type: String,
    /// The example text exactly as the spec has it, if it has one.
    pub example: Option<String>,
}

/// Reads `spec/openapi.webhooks.json` the way upstream structures it.
pub fn spec_events() -> Vec<SpecEvent> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/spec/openapi.webhooks.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let webhooks = doc["webhooks"].as_object().unwrap();
    assert!(!webhooks.is_empty());
    webhooks
        .iter()
        .map(|(key, hook)| {
            let reference = hook
                .pointer("/post/requestBody/content/application~1json/schema/$ref")
                .and_then(Value::as_str)
                .unwrap();
            let schema = reference.strip_prefix("#/components/schemas/").unwrap();
            let def = &doc["components"]["schemas"][schema];
            SpecEvent {
                key: key.clone(),
                schema: schema.to_owned(),
                event_type: def["properties"]["type"]["enum"][0]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                example: def["x-oaiMeta"]["example"].as_str().map(str::to_owned),
            }
        })
        .collect()
}
