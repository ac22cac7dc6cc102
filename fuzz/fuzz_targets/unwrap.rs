//! Arbitrary payloads, correctly signed, through `unwrap_at`: the JSON and union path.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_webhooks::{Error, UnwrapWebhookEvent, Webhook};
use openai_webhooks_fuzz::{system_time, UNWRAP_SECRET};

const TS: i64 = 1_750_000_000;

fuzz_target!(|payload: &[u8]| {
    let webhook = Webhook::new(UNWRAP_SECRET).expect("valid secret");
    let signature = webhook.sign("wh_fuzz", TS, payload);
    let headers = [
        ("webhook-id", "wh_fuzz"),
        ("webhook-timestamp", "1750000000"),
        ("webhook-signature", signature.as_str()),
    ];
    let now = system_time(TS);
    match webhook.unwrap_at(payload, &headers, now) {
        Ok(event) => {
            // The event serializes back to JSON that parses to the same event. Unknown events
            // keep arbitrary JSON numbers as f64, and serde_json's default float parsing may
            // move a long float by one ULP per round trip (found by this target; see
            // README.md): for them, the variant, the common fields and the keys must agree.
            let json = serde_json::to_vec(&event).expect("events serialize");
            let again: UnwrapWebhookEvent =
                serde_json::from_slice(&json).expect("own output parses");
            match (&event, &again) {
                (UnwrapWebhookEvent::Unknown(a), UnwrapWebhookEvent::Unknown(b)) => {
                    assert!(a.as_object().keys().eq(b.as_object().keys()));
                }
                // The reason's position depends on the text, which serializing changes.
                (UnwrapWebhookEvent::Unparsed(a), UnwrapWebhookEvent::Unparsed(b)) => {
                    assert!(a.as_object().keys().eq(b.as_object().keys()));
                }
                // A repeated key (the reason) is gone once the object is written back, so the
                // event may then fit its struct; the common fields are compared below.
                (UnwrapWebhookEvent::Unparsed(a), _) => {
                    assert_eq!(json, serde_json::to_vec(a.as_object()).expect("maps serialize"));
                }
                _ => assert_eq!(again, event),
            }
            assert_eq!(
                (event.event_type(), event.id(), event.created_at()),
                (again.event_type(), again.id(), again.created_at())
            );
        }
        Err(Error::InvalidJson(e)) => {
            // Only a body that is not a JSON object with a string `type` is refused.
            if let Ok(serde_json::Value::Object(object)) =
                serde_json::from_slice::<serde_json::Value>(payload)
            {
                assert!(
                    !object.get("type").is_some_and(serde_json::Value::is_string),
                    "an authentic object with a string type was refused: {e}"
                );
            }
            let shown = format!("{e} {e:?}");
            let secret_b64 = UNWRAP_SECRET.trim_start_matches("whsec_");
            assert!(
                !shown.contains(secret_b64),
                "error quotes the secret: {shown}"
            );
            assert!(
                !shown.contains(&signature[3..]),
                "error quotes the signature: {shown}"
            );
        }
        Err(other) => panic!("a correctly signed payload failed verification: {other:?}"),
    }
    // Any single changed byte fails verification before parsing.
    if !payload.is_empty() {
        let mut changed = payload.to_vec();
        let i = payload.len() / 2;
        changed[i] = changed[i].wrapping_add(1);
        assert_eq!(
            webhook.unwrap_at(&changed, &headers, now),
            Err(Error::SignatureMismatch)
        );
    }
});
