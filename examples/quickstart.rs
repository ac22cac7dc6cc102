//! Signs a sample of every event type in the vendored spec with a demo secret, then verifies
//! and unwraps each one, as a webhook handler would.
//!
//! Run with `cargo run --example quickstart`.

use std::time::{SystemTime, UNIX_EPOCH};

use std::process::ExitCode;

use openai_webhooks::{UnwrapWebhookEvent, Webhook};

fn main() -> ExitCode {
    // `Display`, not `Debug`: the messages say what to do (which variable to set, say).
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    // A real service uses `Webhook::from_env()` (OPENAI_WEBHOOK_SECRET).
    let webhook = Webhook::new("whsec_ZGVtby1zZWNyZXQtZm9yLXRoZS1xdWlja3N0YXJ0")?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);

    for (n, event_type) in UnwrapWebhookEvent::KNOWN_EVENT_TYPES.iter().enumerate() {
        let Some(body) = UnwrapWebhookEvent::sample_payload(event_type) else {
            println!("{event_type:<28} (no sample in the spec)");
            continue;
        };
        // What OpenAI sends: the body plus three headers.
        let webhook_id = format!("wh_quickstart_{n}");
        let headers = [
            ("webhook-id", webhook_id.clone()),
            ("webhook-timestamp", now.to_string()),
            ("webhook-signature", webhook.sign(&webhook_id, now, &body)),
        ];

        // What a handler does: verify the raw bytes, then match on the typed event.
        let event = webhook.unwrap(&body, &headers)?;
        let detail = match &event {
            UnwrapWebhookEvent::BatchCompleted(e) => format!("batch {} is ready", e.data.id),
            UnwrapWebhookEvent::ResponseCompleted(e) => format!("response {} is done", e.data.id),
            UnwrapWebhookEvent::RealtimeCallIncoming(e) => format!(
                "call {} with {} SIP headers",
                e.data.call_id,
                e.data.sip_headers.len()
            ),
            UnwrapWebhookEvent::Unknown(_) => "a type this crate does not know".to_owned(),
            _ => "verified".to_owned(),
        };
        println!("{:<28} {} -> {detail}", event.event_type(), event.id());
    }

    // A tampered body is refused.
    let body = UnwrapWebhookEvent::sample_payload("batch.failed").unwrap_or_default();
    let headers = [
        ("webhook-id", "wh_1".to_owned()),
        ("webhook-timestamp", now.to_string()),
        ("webhook-signature", webhook.sign("wh_1", now, &body)),
    ];
    let tampered = body.replace("batch_", "batch_x");
    match webhook.unwrap(tampered, &headers) {
        Err(e) => println!("tampered body rejected: {e}"),
        Ok(_) => return Err("a tampered body was accepted: this is a bug".into()),
    }
    Ok(())
}
