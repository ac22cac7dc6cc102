//! The axum extractor over real HTTP: a server on an OS-chosen loopback port, a real client.

mod common;

use common::http::now;

use std::sync::{Arc, Mutex};

use axum::extract::{DefaultBodyLimit, FromRef, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use bytes::Bytes;
use openai_webhooks::axum::{VerifiedDelivery, VerifiedEvent, VerifiedPayload};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "whsec_ZTJlLXRlc3Qtc2VjcmV0LWZvci1heHVt";

#[derive(Clone)]
struct AppState {
    webhook: Webhook,
    /// What the handlers saw: `(event type, Debug of the event)`.
    seen: Arc<Mutex<Vec<(String, String)>>>,
}

impl FromRef<AppState> for Webhook {
    fn from_ref(state: &AppState) -> Webhook {
        state.webhook.clone()
    }
}

async fn receive(State(state): State<AppState>, VerifiedEvent(event): VerifiedEvent) -> StatusCode {
    let entry = (event.event_type().to_owned(), format!("{event:?}"));
    state.seen.lock().unwrap().push(entry);
    StatusCode::OK
}

async fn receive_small(VerifiedEvent(_): VerifiedEvent<1024>) -> StatusCode {
    StatusCode::OK
}

async fn receive_raw(delivery: VerifiedDelivery) -> String {
    format!(
        "{} {} {}",
        delivery.event.event_type(),
        delivery.body.len(),
        delivery
            .headers
            .get("webhook-id")
            .map_or("", |v| v.to_str().unwrap_or(""))
    )
}

/// The recommended pattern for a strict service: an event it cannot read is retried later.
async fn receive_strict(VerifiedEvent(event): VerifiedEvent) -> StatusCode {
    match event {
        UnwrapWebhookEvent::Unparsed(_) => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::OK,
    }
}

async fn receive_payload(payload: VerifiedPayload) -> String {
    String::from_utf8_lossy(&payload.body).into_owned()
}

/// An explicit limit overrides the router's `DefaultBodyLimit`.
async fn receive_explicit(VerifiedEvent(_): VerifiedEvent<4096>) -> StatusCode {
    StatusCode::OK
}

/// An explicit limit equal to the default size is still explicit.
async fn receive_explicit_mib(VerifiedEvent(_): VerifiedEvent<{ 1 << 20 }>) -> StatusCode {
    StatusCode::OK
}

struct Server {
    seen: Arc<Mutex<Vec<(String, String)>>>,
    http: common::http::Poster,
}

async fn start() -> Server {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let state = AppState {
        webhook: Webhook::new(SECRET).unwrap(),
        seen: seen.clone(),
    };
    let app = Router::new()
        .route("/webhook", post(receive))
        .route("/small", post(receive_small))
        .route("/raw", post(receive_raw))
        .route("/strict", post(receive_strict))
        .route("/payload", post(receive_payload))
        // The router's own body limit, for axum's extractors and ours.
        .route("/capped", post(receive).layer(DefaultBodyLimit::max(64)))
        .route(
            "/capped-bytes",
            post(|_: Bytes| async { StatusCode::OK }).layer(DefaultBodyLimit::max(64)),
        )
        .route(
            "/capped-explicit",
            post(receive_explicit).layer(DefaultBodyLimit::max(64)),
        )
        .route(
            "/capped-explicit-mib",
            post(receive_explicit_mib).layer(DefaultBodyLimit::max(64)),
        )
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Server {
        http: common::http::Poster::new(format!("http://{addr}")),
        seen,
    }
}

/// Headers OpenAI would send for `body`.
fn signed(id: &str, ts: i64, body: &str) -> Vec<(String, String)> {
    common::http::signed(SECRET, id, ts, body)
}

impl Server {
    async fn post(
        &self,
        path: &str,
        headers: &[(String, String)],
        body: impl Into<Bytes>,
    ) -> (StatusCode, String) {
        self.http.post(path, headers, body).await
    }

    fn seen_count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

fn variant_name(event_type: &str) -> String {
    event_type
        .split(['.', '_'])
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

#[tokio::test]
async fn every_event_type_is_accepted_and_typed() {
    let server = start().await;
    // Every event type that has a sample in the spec (all of them today).
    let types: Vec<&str> = UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .copied()
        .filter(|t| UnwrapWebhookEvent::sample_payload(t).is_some())
        .collect();
    assert!(types.len() >= 16);
    for (n, event_type) in types.iter().enumerate() {
        let body = UnwrapWebhookEvent::sample_payload(event_type).unwrap_or_default();
        let id = format!("wh_{n}");
        let (status, _) = server
            .post("/webhook", &signed(&id, now(), &body), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{event_type}");
    }
    let seen = server.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), types.len());
    for ((seen_type, debug), expected) in seen.iter().zip(&types) {
        assert_eq!(seen_type, expected);
        assert!(
            debug.starts_with(&format!("{}(", variant_name(expected))),
            "{debug}"
        );
    }
}

#[tokio::test]
async fn forged_stale_missing_or_tampered_deliveries_get_401() {
    let server = start().await;
    let body = UnwrapWebhookEvent::sample_payload("batch.completed").unwrap();
    let ts = now();

    let forged = {
        let other = Webhook::new("whsec_b3RoZXItc2VjcmV0").unwrap();
        common::headers("wh_1", &ts.to_string(), &other.sign("wh_1", ts, &body))
    };
    let stale = signed("wh_1", ts - 3600, &body);
    let missing: Vec<_> = signed("wh_1", ts, &body)
        .into_iter()
        .filter(|(k, _)| k != "webhook-id")
        .collect();
    let mut tampered = body.clone().into_bytes();
    let at = tampered.iter().position(|&b| b == b'1').unwrap();
    tampered[at] = b'2';

    let sig = &signed("wh_1", ts, &body)[2].1;
    type Case<'a> = (&'a str, Vec<(String, String)>, Vec<u8>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "forged",
            forged,
            body.clone().into_bytes(),
            "no webhook signature matches",
        ),
        ("stale", stale, body.clone().into_bytes(), "too old"),
        ("missing", missing, body.clone().into_bytes(), "webhook-id"),
        (
            "tampered",
            signed("wh_1", ts, &body),
            tampered,
            "no webhook signature matches",
        ),
        (
            "none",
            vec![],
            body.clone().into_bytes(),
            "webhook-signature",
        ),
    ];
    for (name, headers, payload, reason) in cases {
        let (status, text) = server.post("/webhook", &headers, payload).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}: {text}");
        assert!(text.contains(reason), "{name}: {text}");
        assert!(
            !text.contains(SECRET) && !text.contains(&sig[3..]),
            "{name}: {text}"
        );
    }
    assert_eq!(
        server.seen_count(),
        0,
        "a rejected delivery reached the handler"
    );
}

#[tokio::test]
async fn authentic_non_events_get_400() {
    let server = start().await;
    for body in ["[1, 2]", r#"{"id": "evt_1", "data": {}}"#, "not json"] {
        let (status, text) = server
            .post("/webhook", &signed("wh_2", now(), body), body)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {text}");
        assert!(
            text.starts_with("the verified payload is not a webhook event"),
            "{text}"
        );
    }
    assert_eq!(server.seen_count(), 0);
}

/// A listed type whose JSON does not fit reaches the handler, which decides the status.
#[tokio::test]
async fn authentic_events_of_an_unexpected_shape_reach_the_handler() {
    let server = start().await;
    let body = r#"{"id": "evt_1", "object": "event", "created_at": 1, "type": "batch.completed", "data": {}}"#;
    let (status, text) = server
        .post("/webhook", &signed("wh_3", now(), body), body)
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let seen = server.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].0, "batch.completed");
    assert!(seen[0].1.starts_with("Unparsed("), "{}", seen[0].1);
    assert!(seen[0].1.contains("missing field `id`"), "{}", seen[0].1);
    let (status, _) = server
        .post("/strict", &signed("wh_4", now(), body), body)
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}

/// `VerifiedPayload` verifies without parsing: any authentic body reaches the handler.
#[tokio::test]
async fn verified_payload_verifies_but_does_not_parse() {
    let server = start().await;
    for body in ["not json", r#"{"type": "batch.completed"}"#] {
        let (status, text) = server
            .post("/payload", &signed("wh_5", now(), body), body)
            .await;
        assert_eq!((status, text.as_str()), (StatusCode::OK, body));
    }
    let forged = signed("wh_5", now(), "other body");
    let (status, _) = server.post("/payload", &forged, "not json").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// With its default limit the extractor respects the router's lower `DefaultBodyLimit`, as
/// axum's `Bytes` does; an explicit limit overrides it.
#[tokio::test]
async fn the_routers_default_body_limit_applies_unless_overridden() {
    let server = start().await;
    let body = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(500));
    assert!(body.len() > 500);
    let (status, _) = server
        .post("/capped-bytes", &signed("wh_6", now(), &body), body.clone())
        .await;
    assert_eq!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "axum's own extractor"
    );
    let (status, text) = server
        .post("/capped", &signed("wh_7", now(), &body), body.clone())
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert_eq!(text, "webhook body is larger than the router's body limit");
    let (status, text) = server
        .post(
            "/capped-explicit",
            &signed("wh_8", now(), &body),
            body.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    let (status, text) = server
        .post("/capped-explicit-mib", &signed("wh_9", now(), &body), body)
        .await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(server.seen_count(), 0);
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    let server = start().await;
    // Default limit: 1 MiB.
    let big = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(1 << 20));
    let (status, text) = server
        .post("/webhook", &signed("wh_3", now(), &big), big)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    // A per-route limit, and a body just under it that is accepted.
    let medium = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(2000));
    let (status, _) = server
        .post("/small", &signed("wh_4", now(), &medium), medium)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let small = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(900));
    let (status, _) = server
        .post("/small", &signed("wh_5", now(), &small), small)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(server.seen_count(), 0);
}

#[tokio::test]
async fn chunked_bodies_without_a_length_are_limited_too() {
    let server = start().await;
    let addr = server.http.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut request = format!(
        "POST /small HTTP/1.1\r\nHost: {addr}\r\nTransfer-Encoding: chunked\r\n\
         webhook-id: a\r\nwebhook-timestamp: {}\r\nwebhook-signature: v1,x\r\n\r\n",
        now()
    )
    .into_bytes();
    for _ in 0..4 {
        request.extend_from_slice(format!("400\r\n{}\r\n", "b".repeat(0x400)).as_bytes());
    }
    request.extend_from_slice(b"0\r\n\r\n");
    stream.write_all(&request).await.unwrap();
    let mut response = vec![0u8; 256];
    let n = stream.read(&mut response).await.unwrap();
    let head = String::from_utf8_lossy(&response[..n]);
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
}

#[tokio::test]
async fn raw_body_and_headers_are_available() {
    let server = start().await;
    let body = UnwrapWebhookEvent::sample_payload("response.completed").unwrap();
    let (status, text) = server
        .post("/raw", &signed("wh_raw", now(), &body), body.clone())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text, format!("response.completed {} wh_raw", body.len()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_deliveries_are_all_accepted() {
    let server = Arc::new(start().await);
    let body = UnwrapWebhookEvent::sample_payload("response.completed").unwrap();
    let mut tasks = Vec::new();
    for n in 0..200 {
        let (server, body) = (server.clone(), body.clone());
        tasks.push(tokio::spawn(async move {
            let id = format!("wh_concurrent_{n}");
            server
                .post("/webhook", &signed(&id, now(), &body), body)
                .await
                .0
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(server.seen_count(), 200);
}
