//! The accessors are inherent: no trait import needed (this file imports no trait).

use openai_webhooks::Webhook;
use serde_json::json;

fn deliver(body: &str) -> openai_webhooks::UnwrapWebhookEvent {
    let webhook = Webhook::new("whsec_YWNjZXNzb3Jz").unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let signature = webhook.sign("msg_1", now, body);
    let timestamp = now.to_string();
    let headers = [
        ("webhook-id", "msg_1"),
        ("webhook-timestamp", timestamp.as_str()),
        ("webhook-signature", signature.as_str()),
    ];
    webhook.unwrap(body, &headers).unwrap()
}

/// `event_type()`, `id()` and `created_at()` work on every event type without importing the
/// `WebhookEvent` trait: this file never imports it.
#[test]
fn accessors_need_no_trait_import() {
    fn inherent(event: &openai_webhooks::UnwrapWebhookEvent) -> (String, String, i64) {
        match event {
            openai_webhooks::UnwrapWebhookEvent::Unknown(e) => {
                (e.event_type().into(), e.id().into(), e.created_at())
            }
            openai_webhooks::UnwrapWebhookEvent::Unparsed(e) => {
                (e.event_type().into(), e.id().into(), e.created_at())
            }
            openai_webhooks::UnwrapWebhookEvent::BatchCompleted(e) => {
                (e.event_type().into(), e.id().into(), e.created_at())
            }
            other => (
                other.event_type().into(),
                other.id().into(),
                other.created_at(),
            ),
        }
    }
    for (ty, data) in [
        ("batch.completed", json!({"id": "b"})),
        ("batch.completed", json!({})),
        ("thing.new", json!({})),
    ] {
        let body = json!({"id": "evt_7", "created_at": 9, "type": ty, "data": data});
        let event = deliver(&body.to_string());
        assert_eq!(inherent(&event), (ty.to_owned(), "evt_7".to_owned(), 9));
    }
}
