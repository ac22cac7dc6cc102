//! Writes the seed corpus of each target under `corpus/<target>/`, from the public test
//! vectors and every example in the vendored spec. Run: `cargo run --bin seed_corpus`.

use std::path::Path;

use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use openai_webhooks_fuzz::{VerifyInput, UNWRAP_SECRET};

const OPENAI_SECRET: &str = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
const OPENAI_BODY: &str = r#"{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}"#;
const STANDARD_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
}

fn main() {
    // verify: the two public vectors, valid and tampered, plus every spec example signed.
    let openai = VerifyInput::encode(
        OPENAI_SECRET,
        "wh_685c059ae39c8190af8c71ed1022a24d",
        "1750861210",
        "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=",
        1750861210,
        300,
        OPENAI_BODY.as_bytes(),
    );
    write("verify", "openai-vector", &openai);
    let standard = Webhook::new(STANDARD_SECRET).unwrap();
    let body = br#"{"test": 2432232314}"#;
    let sig = standard.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
    let multi = format!("v1a,xyz v1,AAAA {sig} v2,zz");
    for (name, sig, now) in [
        ("standard-vector", sig.as_str(), 1614265330),
        ("standard-list", &multi, 1614265330),
        ("standard-stale", sig.as_str(), 1714265330),
    ] {
        let input = VerifyInput::encode(
            STANDARD_SECRET,
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            sig,
            now,
            300,
            body,
        );
        write("verify", name, &input);
    }
    let raw = Webhook::new("raw-secret").unwrap();
    for (n, ty) in UnwrapWebhookEvent::KNOWN_EVENT_TYPES.iter().enumerate() {
        let sample = UnwrapWebhookEvent::sample_payload(ty).unwrap_or_default();
        let sig = raw.sign("wh_seed", 1719168000, &sample);
        let input = VerifyInput::encode(
            "raw-secret",
            "wh_seed",
            "+1719168000",
            &sig,
            1719168000,
            0,
            sample.as_bytes(),
        );
        write("verify", &format!("spec-{n}"), &input);
    }

    // unwrap: every spec example, repaired and as upstream has it; the vectors' bodies;
    // a payload that carries the secret's text where a value would be quoted.
    for (n, ty) in UnwrapWebhookEvent::KNOWN_EVENT_TYPES.iter().enumerate() {
        let sample = UnwrapWebhookEvent::sample_payload(ty).unwrap_or_default();
        write("unwrap", &format!("spec-{n}"), sample.as_bytes());
        write(
            "unwrap",
            &format!("spec-{n}-unrepaired"),
            sample.replace("}\n", "},\n").as_bytes(),
        );
    }
    write("unwrap", "openai-vector", OPENAI_BODY.as_bytes());
    write("unwrap", "standard-vector", body);
    let secret_text = UNWRAP_SECRET.trim_start_matches("whsec_");
    let leaky = format!(
        r#"{{"id": "e", "created_at": "{secret_text}", "type": "batch.failed", "data": {{"id": 1}}}}"#
    );
    write("unwrap", "secret-as-value", leaky.as_bytes());
    write(
        "unwrap",
        "unknown-type",
        br#"{"id": "e", "created_at": 1, "type": "new.event", "data": {"x": [1, {"y": null}]}}"#,
    );

    // Regression: the input that found the float round-trip drift in unknown events.
    let big = format!("17{}0", "1".repeat(80));
    let drift = format!(
        r#"{{"id": "evt_abc123", "type": "batch.complet11ed", "created_at": {big}, "data": {{}}}}"#
    );
    write("unwrap", "regression-float-drift", drift.as_bytes());

    // secret: the vectors' secrets and the classic malformed ones.
    let secrets = [
        OPENAI_SECRET,
        STANDARD_SECRET,
        "raw-secret",
        " whsec_Zg==\n",
        "whsec_",
        "whsec_Zg",
        "whsec_Zg=",
        "whsec_Zh==",
        "whsec_Zg==\nZg==",
        "",
        "  ",
    ];
    for (n, s) in secrets.iter().enumerate() {
        write("secret", &format!("seed-{n}"), s.as_bytes());
    }
    println!(
        "seed corpus written to {}/corpus",
        env!("CARGO_MANIFEST_DIR")
    );
}
