//! `listen`: ids it refuses, its body limit, and what `--forward-to` passes back.

mod common;

use std::time::Duration;

use axum::http::{header, StatusCode};
use axum::routing::post;
use axum::Router;
use common::receivers::serve;
use common::{post_raw, run, signed_headers, Listener, Scratch, SECRET};

const EVENT: &str = r#"{"id": "evt_1", "object": "event", "created_at": 1750861210, "type": "batch.completed", "data": {"id": "batch_1"}}"#;

/// Posts `body` to `url` signed under `webhook_id`, as OpenAI would.
fn deliver(url: &str, webhook_id: &str, body: &[u8]) -> common::RawAnswer {
    let mut headers: Vec<(&str, &[u8])> = vec![("content-type", b"application/json")];
    let signed = signed_headers(webhook_id, body);
    headers.extend(signed.iter().map(|(n, v)| (*n, v.as_slice())));
    post_raw(url, &headers, body)
}

#[test]
fn ids_beyond_ascii_are_told_apart() {
    let mut listener = Listener::start(SECRET, &[]);
    // Two different deliveries whose ids are not visible ASCII are two deliveries, each
    // handled: neither is taken for a copy of the other.
    for id in ["msg_é1", "msg_é2"] {
        let answer = deliver(&listener.url, id, EVENT.as_bytes());
        assert_eq!(answer.status, 200, "{answer:?}");
        assert_eq!(listener.next_line(), "received batch.completed evt_1");
    }
    // A true copy is still one.
    let answer = deliver(&listener.url, "msg_é1", EVENT.as_bytes());
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(listener.next_line(), "duplicate msg_é1");
}

#[test]
fn body_limit_sets_the_largest_body() {
    let scratch = Scratch::new("body-limit");
    // The same event, padded with whitespace to 1.5 MiB: over the default limit.
    let mut big = EVENT.strip_suffix('}').unwrap().to_owned();
    big.push_str(&" ".repeat(3 * 512 * 1024));
    big.push('}');
    let big = scratch.file("big.json", &big);

    let mut default = Listener::start(SECRET, &[]);
    let out = run(&["send", "--url", &default.url, "--file", &big], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.ends_with(" 413\n"), "{out:?}");
    assert!(default.next_line().starts_with("rejected 413 "));

    let mut roomy = Listener::start(SECRET, &["--body-limit", "2000000"]);
    let out = run(&["send", "--url", &roomy.url, "--file", &big], b"");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(roomy.next_line(), "received batch.completed evt_1");

    let mut small = Listener::start(SECRET, &["--body-limit", "64"]);
    let out = run(&["send", "--url", &small.url, "batch.completed"], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert!(small.next_line().starts_with("rejected 413 "));
}

#[test]
fn forward_to_passes_back_status_retry_after_and_body() {
    let target = serve(Router::new().route(
        "/webhook",
        post(|| async {
            let retry_after = [(header::RETRY_AFTER, "7")];
            (StatusCode::TOO_MANY_REQUESTS, retry_after, "slow down")
        }),
    ));
    let mut front = Listener::start(SECRET, &["--forward-to", &target.url()]);
    let answer = deliver(&front.url, "msg_fw1", EVENT.as_bytes());
    assert_eq!(answer.status, 429, "{answer:?}");
    assert_eq!(answer.header("retry-after"), Some("7"), "{answer:?}");
    assert_eq!(answer.body, "slow down");
    assert_eq!(
        front.next_lines(2),
        ["received batch.completed evt_1", "forwarded 429 slow down"]
    );
    // Not a success, so a retry is handled again rather than taken for a duplicate.
    let again = deliver(&front.url, "msg_fw1", EVENT.as_bytes());
    assert_eq!(again.status, 429, "{again:?}");
}

#[test]
fn forward_timeout_bounds_the_wait_with_503() {
    let target = serve(Router::new().route(
        "/webhook",
        post(|| async {
            tokio::time::sleep(Duration::from_secs(20)).await;
            StatusCode::OK
        }),
    ));
    let mut front = Listener::start(
        SECRET,
        &["--forward-to", &target.url(), "--forward-timeout", "1"],
    );
    let answer = deliver(&front.url, "msg_slow", EVENT.as_bytes());
    assert_eq!(answer.status, 503, "{answer:?}");
    let lines = front.next_lines(2);
    assert!(
        lines[1].starts_with("forward failed: ") && lines[1].contains("no answer within 1 s"),
        "{lines:?}"
    );
}
