//! `sign` and `verify`, run as the built binary.

mod common;

use common::{assert_one_error_line, assert_usage_error, command, run, Scratch, SECRET};
use openai_webhooks::UnwrapWebhookEvent;

const EVENT: &str = r#"{"id": "evt_1", "object": "event", "created_at": 1750861210, "type": "batch.completed", "data": {"id": "batch_1"}}"#;

#[test]
fn sign_gives_the_standard_webhooks_vector() {
    let out = run(
        &[
            "sign",
            "--id",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "--timestamp",
            "1614265330",
        ],
        br#"{"test": 2432232314}"#,
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stdout,
        "webhook-id: msg_p5jXN8AQM9LWM0D4loKWxJek\n\
         webhook-timestamp: 1614265330\n\
         webhook-signature: v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\n"
    );
    assert_eq!(out.stderr, "");
}

#[test]
fn sign_reads_a_file_and_picks_a_fresh_id_and_the_current_time() {
    let scratch = Scratch::new("sign-defaults");
    let body = scratch.file("body.json", EVENT);
    let (first, second) = (run(&["sign", &body], b""), run(&["sign", &body], b""));
    assert_eq!(first.code, 0, "{first:?}");
    let id = |out: &common::Output| out.lines()[0].to_owned();
    assert!(id(&first).starts_with("webhook-id: msg_"), "{first:?}");
    assert_ne!(id(&first), id(&second));
    // Signed now: verifies without --at.
    let headers = scratch.file("headers.txt", &first.stdout);
    let out = run(&["verify", "--headers", &headers, "--body", &body], b"");
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "valid batch.completed evt_1\n")
    );
}

#[test]
fn verify_a_capture_written_by_sign() {
    let scratch = Scratch::new("verify");
    for event_type in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
        let Some(sample) = UnwrapWebhookEvent::sample_payload(event_type) else {
            continue;
        };
        let body = scratch.file("body.json", &sample);
        let signed = run(&["sign", "-"], sample.as_bytes());
        assert_eq!(signed.code, 0, "{signed:?}");
        let headers = scratch.file("headers.txt", &signed.stdout);
        let out = run(&["verify", "--headers", &headers, "--body", &body], b"");
        let event: serde_json::Value = serde_json::from_str(&sample).unwrap();
        assert_eq!(out.code, 0, "{out:?}");
        assert_eq!(
            out.stdout,
            format!("valid {event_type} {}\n", event["id"].as_str().unwrap())
        );
    }
}

#[test]
fn a_tampered_body_fails_with_status_1() {
    let scratch = Scratch::new("tampered");
    let signed = run(&["sign"], EVENT.as_bytes());
    let headers = scratch.file("headers.txt", &signed.stdout);
    let tampered = scratch.file("body.json", EVENT.replace("batch_1", "batch_2"));
    let out = run(&["verify", "--headers", &headers, "--body", &tampered], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stdout, "");
    assert_one_error_line(&out);
    assert!(
        out.stderr.contains("no webhook signature matches"),
        "{out:?}"
    );
}

#[test]
fn an_old_capture_needs_at() {
    let scratch = Scratch::new("old");
    let signed = run(&["sign", "--timestamp", "1750861210"], EVENT.as_bytes());
    let headers = scratch.file("headers.txt", &signed.stdout);
    let body = scratch.file("body.json", EVENT);
    let args = ["verify", "--headers", &headers, "--body", &body];

    let now = run(&args, b"");
    assert_eq!(now.code, 1, "{now:?}");
    assert_one_error_line(&now);
    assert!(now.stderr.contains("too old"), "{now:?}");

    let then = run(&[&args[..], &["--at", "1750861270"]].concat(), b"");
    assert_eq!(
        (then.code, then.stdout.as_str()),
        (0, "valid batch.completed evt_1\n")
    );
    // --at is a point in time, not a switch: far from the timestamp it fails again.
    let later = run(&[&args[..], &["--at", "1750871210"]].concat(), b"");
    assert_eq!(later.code, 1, "{later:?}");
}

#[test]
fn verify_reads_curl_header_dumps() {
    let scratch = Scratch::new("curl");
    let signed = run(&["sign"], EVENT.as_bytes());
    let dump = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{}\r\n",
        signed
            .stdout
            .replace('\n', "\r\n")
            .replace("webhook-", "Webhook-")
    );
    let headers = scratch.file("headers.txt", dump);
    let body = scratch.file("body.json", EVENT);
    let out = run(&["verify", "--headers", &headers, "--body", &body], b"");
    assert_eq!(out.code, 0, "{out:?}");

    // A header file that is not one is a usage error (exit status 2).
    let broken = scratch.file("broken.txt", "webhook-id: msg_1\nnot a header\n");
    let out = run(&["verify", "--headers", &broken, "--body", &body], b"");
    assert_usage_error(&out);
    assert!(out.stderr.contains("line 2"), "{out:?}");
    let binary = scratch.file("binary.txt", b"webhook-id: msg_\xff\n");
    let out = run(&["verify", "--headers", &binary, "--body", &body], b"");
    assert_usage_error(&out);
    assert!(out.stderr.contains("not UTF-8"), "{out:?}");

    let missing = scratch.file("missing.txt", "webhook-id: msg_1\n");
    let out = run(&["verify", "--headers", &missing, "--body", &body], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stderr.contains("webhook-signature"), "{out:?}");
}

#[test]
fn an_authentic_body_that_is_no_event_fails() {
    let scratch = Scratch::new("not-an-event");
    let signed = run(&["sign"], b"hello");
    let headers = scratch.file("headers.txt", &signed.stdout);
    let body = scratch.file("body.txt", "hello");
    let out = run(&["verify", "--headers", &headers, "--body", &body], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert_one_error_line(&out);
    assert!(
        out.stderr
            .contains("the verified payload is not a webhook event"),
        "{out:?}"
    );
}

#[test]
fn verify_with_another_secret_fails() {
    let scratch = Scratch::new("other-secret");
    let signed = run(&["sign"], EVENT.as_bytes());
    let headers = scratch.file("headers.txt", &signed.stdout);
    let body = scratch.file("body.json", EVENT);
    let out = run(
        &[
            "verify",
            "--headers",
            &headers,
            "--body",
            &body,
            "--secret",
            common::OTHER_SECRET,
        ],
        b"",
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_one_error_line(&out);
}

/// Paths are taken as the OS gives them, not as lossy text.
#[cfg(unix)]
#[test]
fn paths_that_are_not_utf8_can_be_read() {
    use std::os::unix::ffi::OsStrExt as _;
    let scratch = Scratch::new("non-utf8-path");
    let name = std::ffi::OsStr::from_bytes(b"event-\xff.json");
    let path = scratch.0.join(name);
    std::fs::write(&path, EVENT).unwrap();
    let out = command(Some(SECRET))
        .arg("sign")
        .arg(&path)
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let headers = scratch.file("headers.txt", &out.stdout);
    let out = command(Some(SECRET))
        .args(["verify", "--headers", &headers, "--body"])
        .arg(&path)
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn unreadable_files_are_usage_errors() {
    let scratch = Scratch::new("unreadable");
    let nowhere = scratch.0.join("nowhere").to_str().unwrap().to_owned();
    let body = scratch.file("body.json", EVENT);
    assert_usage_error(&run(&["sign", &nowhere], b""));
    assert_usage_error(&run(
        &["verify", "--headers", &nowhere, "--body", &body],
        b"",
    ));
}
