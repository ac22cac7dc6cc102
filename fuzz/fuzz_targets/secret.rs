//! `Webhook::new` on arbitrary strings: accepted exactly when the secret is usable.
#![no_main]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use openai_webhooks::Webhook;
use openai_webhooks_fuzz::check_secret_error;

fuzz_target!(|data: &[u8]| {
    let Ok(secret) = std::str::from_utf8(data) else {
        return;
    };
    let trimmed = secret.trim_matches(|c: char| c.is_ascii_whitespace());
    let usable = match trimmed.strip_prefix("whsec_") {
        // Canonical: decodes to at least one byte and re-encodes to the same text.
        Some(b64) => STANDARD
            .decode(b64)
            .is_ok_and(|k| !k.is_empty() && STANDARD.encode(&k) == b64),
        None => !trimmed.is_empty(),
    };
    // An additional secret follows the same rules, with the same errors.
    let base = Webhook::new("whsec_Zg==").expect("a valid secret");
    assert_eq!(
        base.with_additional_secret(secret).map(|w| format!("{w:?}")),
        Webhook::new(secret).map(|_| "Webhook { secrets: 2, tolerance: 300s }".to_owned())
    );
    match Webhook::new(secret) {
        Ok(webhook) => {
            assert!(usable, "accepted an unusable secret {secret:?}");
            assert_eq!(
                format!("{webhook:?}"),
                "Webhook { secrets: 1, tolerance: 300s }"
            );
        }
        Err(e) => {
            assert!(!usable, "refused a usable secret {secret:?}");
            check_secret_error(&e);
        }
    }
});
