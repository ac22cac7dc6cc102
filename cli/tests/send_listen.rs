//! `send` to `listen`, both run as the built binary on loopback.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{assert_no_secret, run, run_with, Listener, Scratch, OTHER_SECRET, SECRET};
use openai_webhooks::UnwrapWebhookEvent;

/// The types that have a sample in the spec: what `send` sends by default.
fn types_with_samples() -> BTreeSet<&'static str> {
    UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .copied()
        .filter(|t| UnwrapWebhookEvent::sample_payload(t).is_some())
        .collect()
}

/// `send` lines, `<type> <webhook-id> <status>`, split.
fn sent(stdout: &str) -> Vec<(String, String, String)> {
    stdout
        .lines()
        .map(|line| match line.split(' ').collect::<Vec<_>>()[..] {
            [ty, id, status] => (ty.to_owned(), id.to_owned(), status.to_owned()),
            _ => panic!("not `<type> <webhook-id> <status>`: {line}"),
        })
        .collect()
}

/// `received <type> <event id>` lines, split.
fn received(lines: &[String]) -> Vec<(String, String)> {
    lines
        .iter()
        .map(|line| match line.split(' ').collect::<Vec<_>>()[..] {
            ["received", ty, id] => (ty.to_owned(), id.to_owned()),
            _ => panic!("not `received <type> <event id>`: {line}"),
        })
        .collect()
}

#[test]
fn every_type_is_received_once_with_status_200() {
    let expected = types_with_samples();
    assert!(!expected.is_empty());
    let mut listener = Listener::start(SECRET, &[]);
    assert!(
        listener.url.starts_with("http://127.0.0.1:"),
        "{}",
        listener.url
    );
    assert!(!listener.url.ends_with(":0/webhook"), "{}", listener.url);

    let out = run(&["send", "--url", &listener.url], b"");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stderr, "");
    let sent = sent(&out.stdout);
    assert!(sent.iter().all(|(_, _, status)| status == "200"), "{out:?}");
    let sent_types: Vec<&str> = sent.iter().map(|(ty, _, _)| ty.as_str()).collect();
    assert_eq!(sent_types.len(), expected.len());
    assert_eq!(
        sent_types.iter().copied().collect::<BTreeSet<_>>(),
        expected
    );
    // Every delivery has its own webhook-id.
    let webhook_ids: BTreeSet<&str> = sent.iter().map(|(_, id, _)| id.as_str()).collect();
    assert_eq!(webhook_ids.len(), sent.len());
    assert!(webhook_ids.iter().all(|id| id.starts_with("msg_")));

    let got = received(&listener.next_lines(expected.len()));
    let mut counts = BTreeMap::new();
    for (ty, _) in &got {
        *counts.entry(ty.as_str()).or_insert(0) += 1;
    }
    assert_eq!(counts.keys().copied().collect::<BTreeSet<_>>(), expected);
    assert!(counts.values().all(|&n| n == 1), "{counts:?}");
    // Every delivery carries a fresh event id, not the spec's example id.
    let event_ids: BTreeSet<&str> = got.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(event_ids.len(), got.len());
    assert!(event_ids.iter().all(|id| id.starts_with("evt_")));
    for ty in &expected {
        let sample: serde_json::Value =
            serde_json::from_str(&UnwrapWebhookEvent::sample_payload(ty).unwrap()).unwrap();
        assert!(!event_ids.contains(sample["id"].as_str().unwrap()));
    }
}

#[test]
fn repeat_keeps_the_webhook_id_and_the_event() {
    let mut listener = Listener::start(SECRET, &[]);
    let out = run(
        &[
            "send",
            "--url",
            &listener.url,
            "batch.completed",
            "--repeat",
            "3",
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{out:?}");
    let sent = sent(&out.stdout);
    assert_eq!(sent.len(), 3, "{out:?}");
    assert!(sent.iter().all(|s| s == &sent[0]), "{sent:?}");
    assert_eq!(sent[0].0, "batch.completed");
    assert_eq!(sent[0].2, "200");
    // `listen` handles each delivery once: the first copy is received, the two retries
    // (same webhook-id, fresh signatures) are duplicates answered 200.
    let lines = listener.next_lines(3);
    let webhook_id = &sent[0].1;
    assert!(
        lines[0].starts_with("received batch.completed evt_"),
        "{lines:?}"
    );
    assert_eq!(
        lines[1..],
        [
            format!("duplicate {webhook_id}"),
            format!("duplicate {webhook_id}")
        ],
        "{lines:?}"
    );
}

#[test]
fn ids_can_be_given() {
    let mut listener = Listener::start(SECRET, &[]);
    let out = run(
        &[
            "send",
            "--url",
            &listener.url,
            "response.completed",
            "--id",
            "msg_given",
            "--event-id",
            "evt_given",
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "response.completed msg_given 200\n");
    assert_eq!(
        listener.next_line(),
        "received response.completed evt_given"
    );
}

#[test]
fn a_wrong_secret_is_refused_and_says_why() {
    let mut listener = Listener::start(SECRET, &[]);
    let sender = common::command(Some(OTHER_SECRET));
    let out = run_with(
        sender,
        &["send", "--url", &listener.url, "batch.failed"],
        b"",
    );
    assert_eq!(out.code, 1, "{out:?}");
    let sent = sent(&out.stdout);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].2, "401");
    assert!(
        out.stderr.contains("no webhook signature matches"),
        "the answer's body is shown: {out:?}"
    );
    assert_eq!(
        listener.next_line(),
        "rejected 401 no webhook signature matches the payload: wrong secret, or the body changed"
    );
}

#[test]
fn unsigned_and_misrouted_requests_are_reported() {
    let mut listener = Listener::start(SECRET, &[]);
    let base = listener.url.trim_end_matches("webhook").to_owned();
    let scratch = Scratch::new("unsigned");
    let body = scratch.file("event.json", "{}");
    // --file to `/`: served like /webhook. A valid signature with another secret: 401.
    let out = run_with(
        common::command(Some(OTHER_SECRET)),
        &["send", "--url", &base, "--file", &body],
        b"",
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(sent(&out.stdout)[0].0, "-");
    assert!(listener.next_line().starts_with("rejected 401 "));
    let out = run(
        &[
            "send",
            "--url",
            &format!("{base}elsewhere"),
            "--file",
            &body,
        ],
        b"",
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(sent(&out.stdout)[0].2, "404");
    assert!(listener
        .next_line()
        .starts_with("rejected 404 POST /elsewhere"));
}

#[test]
fn a_delivery_without_headers_is_rejected() {
    use std::io::{Read, Write};
    let mut listener = Listener::start(SECRET, &[]);
    let addr = listener
        .url
        .trim_start_matches("http://")
        .trim_end_matches("/webhook");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .write_all(b"POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert_eq!(
        listener.next_line(),
        "rejected 401 missing the webhook-signature header"
    );
}

#[test]
fn a_file_is_sent_byte_for_byte() {
    let mut listener = Listener::start(SECRET, &["--json"]);
    let scratch = Scratch::new("file");
    let event = r#"{"type": "batch.expired", "id": "evt_file", "object": "event",
        "created_at": 1, "data": {"id": "batch_9"}}"#;
    let body = scratch.file("event.json", event);
    let out = run(&["send", "--url", &listener.url, "--file", &body], b"");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(sent(&out.stdout)[0].0, "batch.expired");
    let line = listener.next_line();
    let printed: serde_json::Value = serde_json::from_str(&line).expect("--json prints JSON");
    let original: serde_json::Value = serde_json::from_str(event).unwrap();
    assert_eq!(printed, original);
}

#[test]
fn listen_forwards_verified_deliveries() {
    let mut target = Listener::start(SECRET, &[]);
    let mut front = Listener::start(SECRET, &["--forward-to", &target.url]);
    let out = run(
        &[
            "send",
            "--url",
            &front.url,
            "eval.run.failed",
            "--event-id",
            "evt_fw",
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        front.next_lines(2),
        ["received eval.run.failed evt_fw", "forwarded 200"]
    );
    assert_eq!(target.next_line(), "received eval.run.failed evt_fw");

    // A target with another secret refuses; the status and reason come back.
    let mut picky = Listener::start(OTHER_SECRET, &[]);
    let mut front = Listener::start(SECRET, &["--forward-to", &picky.url]);
    let out = run(&["send", "--url", &front.url, "eval.run.failed"], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(sent(&out.stdout)[0].2, "401");
    let lines = front.next_lines(2);
    assert!(lines[1].starts_with("forwarded 401 "), "{lines:?}");
    assert!(picky.next_line().starts_with("rejected 401"));
}

#[test]
fn an_unreachable_endpoint_is_a_delivery_failure() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = run(
        &["send", "--url", &format!("http://127.0.0.1:{port}/webhook")],
        b"",
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stdout, "");
    common::assert_one_error_line(&out);
    assert!(out.stderr.contains("cannot reach"), "{out:?}");
}

#[test]
fn listen_stops_cleanly_on_ctrl_c() {
    let listener = Listener::start(SECRET, &[]);
    let (code, stderr) = listener.interrupt();
    assert_eq!(code, Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_port_in_use_is_reported() {
    let listener = Listener::start(SECRET, &[]);
    let addr = listener
        .url
        .trim_start_matches("http://")
        .trim_end_matches("/webhook")
        .to_owned();
    let out = run(&["listen", "--bind", &addr], b"");
    assert_eq!(out.code, 1, "{out:?}");
    common::assert_one_error_line(&out);
    assert!(out.stderr.contains(&addr), "{out:?}");
    assert_no_secret(&out.stderr);
}
