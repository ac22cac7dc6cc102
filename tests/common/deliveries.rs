//! Signed test deliveries.
#![allow(dead_code)]

use std::time::{SystemTime, UNIX_EPOCH};

use openai_webhooks::Webhook;

pub const SECRET: &str = "whsec_Z3VhcmQtdGVzdC1zZWNyZXQtZm9yLWR1cGxpY2F0ZXM=";

pub fn webhook() -> Webhook {
    Webhook::new(SECRET).unwrap()
}

/// The body of event `n`.
pub fn body(n: usize) -> String {
    format!(
        r#"{{"id": "evt_{n}", "object": "event", "created_at": 1750861210, "type": "batch.completed", "data": {{"id": "batch_{n}"}}}}"#
    )
}

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The headers of `body` as delivery `webhook_id`, signed now (a retry is signed afresh).
pub fn signed_headers(webhook_id: &str, body: &str) -> Vec<(&'static str, String)> {
    let timestamp = now();
    vec![
        ("webhook-id", webhook_id.to_owned()),
        ("webhook-timestamp", timestamp.to_string()),
        (
            "webhook-signature",
            webhook().sign(webhook_id, timestamp, body),
        ),
        ("content-type", "application/json".to_owned()),
    ]
}

/// The same, with a signature made with another secret.
pub fn forged_headers(webhook_id: &str, body: &str) -> Vec<(&'static str, String)> {
    let timestamp = now();
    let other = Webhook::new("whsec_bm90LXRoZS1yZWFsLXNlY3JldA==").unwrap();
    vec![
        ("webhook-id", webhook_id.to_owned()),
        ("webhook-timestamp", timestamp.to_string()),
        ("webhook-signature", other.sign(webhook_id, timestamp, body)),
    ]
}
