//! Arbitrary secret, headers, payload and clock through `verify_signature_at`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use openai_webhooks::{Error, Webhook};
use openai_webhooks_fuzz::{
    check_secret_error, check_verification_error, system_time, VerifyInput,
};

fuzz_target!(|data: &[u8]| {
    let input = VerifyInput::parse(data);
    let Ok(secret) = std::str::from_utf8(input.secret) else {
        return;
    };
    let webhook = match Webhook::new(secret) {
        Ok(w) => w.with_tolerance(std::time::Duration::from_secs(input.tolerance)),
        Err(e) => return check_secret_error(&e),
    };
    let headers = input.headers();
    let now = system_time(input.now);
    match webhook.verify_signature_at(input.payload, &headers, now) {
        Ok(()) => {
            // Authentic: changing any single byte of the payload must break it.
            for i in 0..input.payload.len().min(64) {
                let mut changed = input.payload.to_vec();
                changed[i] ^= 0x01;
                assert_eq!(
                    webhook.verify_signature_at(&changed, &headers, now),
                    Err(Error::SignatureMismatch),
                    "payload changed at byte {i} still verifies"
                );
            }
        }
        Err(e) => check_verification_error(&e),
    }

    // sign → verify at the same time always succeeds.
    let id = String::from_utf8_lossy(input.id.unwrap_or_default());
    let ts = input.now.max(0);
    let signature = webhook.sign(&id, ts, input.payload);
    let own = [
        ("webhook-id", id.as_ref()),
        ("webhook-timestamp", &ts.to_string()),
        ("webhook-signature", &signature),
    ];
    assert_eq!(
        webhook.verify_signature_at(input.payload, &own, system_time(ts)),
        Ok(())
    );
});
