//! The spec's sample events, each given a fresh event id for sending.

use openai_webhooks::UnwrapWebhookEvent;
use serde_json::{Map, Value};

use crate::failure::Failure;

/// The sample of `event_type` with its top-level `id` replaced by `event_id`.
pub fn sample(event_type: &str, event_id: &str) -> Result<Vec<u8>, Failure> {
    let event = sample_event(event_type, event_id)?;
    serde_json::to_vec(&event)
        .map_err(|e| Failure::Failed(format!("cannot write the sample of `{event_type}`: {e}")))
}

/// [`sample`] as a JSON object, to change before writing.
pub fn sample_event(event_type: &str, event_id: &str) -> Result<Map<String, Value>, Failure> {
    if !UnwrapWebhookEvent::KNOWN_EVENT_TYPES.contains(&event_type) {
        return Err(Failure::Usage(format!(
            "unknown event type `{event_type}`; `openai-webhooks events` lists them"
        )));
    }
    let text = UnwrapWebhookEvent::sample_payload(event_type).ok_or_else(|| {
        Failure::Usage(format!(
            "the spec has no sample of `{event_type}`; send your own with --file"
        ))
    })?;
    let mut event: Map<String, Value> = serde_json::from_str(&text).map_err(|e| {
        Failure::Failed(format!(
            "the sample of `{event_type}` is not a JSON object: {e}"
        ))
    })?;
    event.insert("id".into(), Value::String(event_id.into()));
    Ok(event)
}

/// The event types that have a sample, in the spec's order.
pub fn types_with_samples() -> Vec<&'static str> {
    UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .copied()
        .filter(|t| UnwrapWebhookEvent::sample_payload(t).is_some())
        .collect()
}

/// The `type` of a JSON event, or `-` when the payload has none.
pub fn type_of(payload: &[u8]) -> String {
    serde_json::from_slice::<Value>(payload)
        .ok()
        .and_then(|event| Some(event.get("type")?.as_str()?.to_owned()))
        .unwrap_or_else(|| "-".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_get_the_given_id() {
        let ty = types_with_samples()[0];
        let body = sample(ty, "evt_fresh").unwrap();
        let event: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(event["id"], "evt_fresh");
        assert_eq!(event["type"], ty);
        assert_eq!(type_of(&body), ty);
    }

    #[test]
    fn unknown_types_are_usage_errors() {
        assert!(matches!(
            sample("no.such.type", "e"),
            Err(Failure::Usage(_))
        ));
        assert_eq!(type_of(b"[1]"), "-");
    }
}
