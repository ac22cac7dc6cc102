//! Public test vectors from OpenAI's SDK test suites and the Standard Webhooks spec.

mod common;

use common::{at, openai};
use openai_webhooks::{Error, UnwrapWebhookEvent, Webhook};

#[test]
fn openai_vector_verifies() {
    let webhook = Webhook::new(openai::SECRET).unwrap();
    let now = at(openai::TIMESTAMP);
    assert_eq!(
        webhook.verify_signature_at(openai::BODY, &openai::headers(), now),
        Ok(())
    );
}

#[test]
fn openai_vector_unwraps_to_response_completed() {
    let webhook = Webhook::new(openai::SECRET).unwrap();
    let event = webhook
        .unwrap_at(openai::BODY, &openai::headers(), at(openai::TIMESTAMP))
        .unwrap();
    assert_eq!(event.event_type(), "response.completed");
    assert_eq!(event.id(), "evt_685c059ae3a481909bdc86819b066fb6");
    assert_eq!(event.created_at(), 1750861210);
    match event {
        UnwrapWebhookEvent::ResponseCompleted(e) => {
            assert_eq!(e.data.id, "resp_123");
            assert!(e.object.is_some());
        }
        other => panic!("wrong variant: {other:?}"),
    }
}

#[test]
fn openai_vector_sign_reproduces_the_signature() {
    let webhook = Webhook::new(openai::SECRET).unwrap();
    let sig = webhook.sign(openai::ID, openai::TIMESTAMP, openai::BODY);
    assert_eq!(sig, openai::SIGNATURE);
}

#[test]
fn openai_vector_rejects_wrong_secret_and_stale_clock() {
    let other = Webhook::new("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").unwrap();
    let now = at(openai::TIMESTAMP);
    assert_eq!(
        other.verify_signature_at(openai::BODY, &openai::headers(), now),
        Err(Error::SignatureMismatch)
    );
    let webhook = Webhook::new(openai::SECRET).unwrap();
    assert_eq!(
        webhook.verify_signature_at(
            openai::BODY,
            &openai::headers(),
            at(openai::TIMESTAMP + 301)
        ),
        Err(Error::TimestampTooOld)
    );
}

#[test]
fn standard_webhooks_vector() {
    let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
    let body = r#"{"test": 2432232314}"#;
    let sig = webhook.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
    assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    let headers = common::headers("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", &sig);
    assert_eq!(
        webhook.verify_signature_at(body, &headers, at(1614265330)),
        Ok(())
    );
}
