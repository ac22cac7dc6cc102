//! The actix-web extractors over real HTTP: an actix server on an OS-chosen loopback port, in
//! its own thread and runtime, and a real client. The cases and statuses match `axum_e2e.rs`.

mod common;

use common::http::now;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use actix_web::{web, App, HttpResponse, HttpServer};
use bytes::Bytes;
use hyper::StatusCode;
use openai_webhooks::actix::{handle_once, VerifiedDelivery, VerifiedEvent, WebhookConfig};
use openai_webhooks::guard::Guard;
use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "whsec_ZTJlLXRlc3Qtc2VjcmV0LWZvci1hY3RpeA==";

type Seen = Arc<Mutex<Vec<(String, String)>>>;

async fn receive(VerifiedEvent(event): VerifiedEvent, seen: web::Data<Seen>) -> HttpResponse {
    let entry = (event.event_type().to_owned(), format!("{event:?}"));
    seen.lock().unwrap().push(entry);
    HttpResponse::Ok().finish()
}

async fn receive_raw(delivery: VerifiedDelivery) -> String {
    let id = delivery
        .headers
        .get("webhook-id")
        .unwrap()
        .to_str()
        .unwrap();
    format!(
        "{} {} {id}",
        delivery.event.event_type(),
        delivery.body.len()
    )
}

/// Behind the guard: runs once per delivery; answers 500 for deliveries whose event id
/// starts with `evt_fail`, the first time only.
async fn receive_once(
    delivery: VerifiedDelivery,
    guard: web::Data<Guard>,
    seen: web::Data<Seen>,
) -> HttpResponse {
    handle_once(&guard, &delivery, || async {
        let id = delivery.event.id().to_owned();
        let mut seen = seen.lock().unwrap();
        let attempts = seen.iter().filter(|(_, i)| *i == id).count();
        seen.push(("once".to_owned(), id.clone()));
        if id.starts_with("evt_fail") && attempts == 0 {
            return HttpResponse::InternalServerError().finish();
        }
        HttpResponse::Ok().finish()
    })
    .await
}

struct Server {
    seen: Seen,
    http: common::http::Poster,
    handle: actix_web::dev::ServerHandle,
}

impl Drop for Server {
    fn drop(&mut self) {
        // Stop accepting and end the server's thread; not awaited, nothing depends on it.
        drop(self.handle.stop(false));
    }
}

/// An actix app with the `Webhook` in its data, and a second scope with a small limit and
/// one without the `Webhook`.
fn start() -> Server {
    let seen: Seen = Arc::default();
    let data = (
        web::Data::new(Webhook::new(SECRET).unwrap()),
        web::Data::new(seen.clone()),
        web::Data::new(Guard::in_memory()),
    );
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                // The `Webhook` is given per resource, so that one resource can lack it.
                let resource = |path: &str| web::resource(path).app_data(data.0.clone());
                App::new()
                    .app_data(data.1.clone())
                    .service(
                        resource("/small")
                            .app_data(WebhookConfig::default().limit(1024))
                            .route(web::post().to(receive)),
                    )
                    .service(resource("/webhook").route(web::post().to(receive)))
                    .service(resource("/raw").route(web::post().to(receive_raw)))
                    .service(
                        resource("/once")
                            .app_data(data.2.clone())
                            .route(web::post().to(receive_once)),
                    )
                    .service(web::resource("/unconfigured").route(web::post().to(receive)))
            })
            .workers(1)
            .bind("127.0.0.1:0")
            .unwrap();
            let addr: SocketAddr = server.addrs()[0];
            let server = server.run();
            tx.send((addr, server.handle())).unwrap();
            server.await.unwrap();
        });
    });
    let (addr, handle) = rx.recv().unwrap();
    Server {
        http: common::http::Poster::new(format!("http://{addr}")),
        seen,
        handle,
    }
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

/// Headers OpenAI would send for `body`.
fn signed(id: &str, ts: i64, body: &str) -> Vec<(String, String)> {
    common::http::signed(SECRET, id, ts, body)
}

#[tokio::test]
async fn every_event_type_is_accepted_and_typed() {
    let server = start();
    let mut sent = 0;
    for ty in UnwrapWebhookEvent::KNOWN_EVENT_TYPES {
        let Some(body) = UnwrapWebhookEvent::sample_payload(ty) else {
            continue;
        };
        let (status, text) = server
            .post("/webhook", &signed("wh_1", now(), &body), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{ty}: {text}");
        sent += 1;
    }
    let seen = server.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), sent);
    for ((ty, debug), expected) in seen.iter().zip(
        UnwrapWebhookEvent::KNOWN_EVENT_TYPES
            .iter()
            .filter(|t| UnwrapWebhookEvent::sample_payload(t).is_some()),
    ) {
        assert_eq!(ty, expected);
        assert!(
            !debug.starts_with("Unknown(") && !debug.starts_with("Unparsed("),
            "{debug}"
        );
    }
}

#[tokio::test]
async fn forged_stale_missing_or_tampered_deliveries_get_401() {
    let server = start();
    let body = UnwrapWebhookEvent::sample_payload("batch.completed").unwrap();
    let ts = now();
    let forged = {
        let other = Webhook::new("whsec_b3RoZXItc2VjcmV0").unwrap();
        common::headers("wh_1", &ts.to_string(), &other.sign("wh_1", ts, &body))
    };
    let missing: Vec<_> = signed("wh_1", ts, &body)
        .into_iter()
        .filter(|(k, _)| k != "webhook-id")
        .collect();
    let mut tampered = body.clone().into_bytes();
    let at = tampered.iter().position(|&b| b == b'1').unwrap();
    tampered[at] = b'2';
    type Case<'a> = (&'a str, Vec<(String, String)>, Vec<u8>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "forged",
            forged,
            body.clone().into(),
            "no webhook signature matches",
        ),
        (
            "stale",
            signed("wh_1", ts - 3600, &body),
            body.clone().into(),
            "too old",
        ),
        ("missing", missing, body.clone().into(), "webhook-id"),
        (
            "tampered",
            signed("wh_1", ts, &body),
            tampered,
            "no webhook signature matches",
        ),
        ("none", vec![], body.clone().into(), "webhook-signature"),
    ];
    let sig = signed("wh_1", ts, &body)[2].1.clone();
    for (name, headers, payload, reason) in cases {
        let (status, text) = server.post("/webhook", &headers, payload).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}: {text}");
        assert!(text.contains(reason), "{name}: {text}");
        for secret_part in [&SECRET[6..], &sig[3..], "batch_abc123"] {
            assert!(!text.contains(secret_part), "{name}: {text}");
        }
    }
    assert_eq!(
        server.seen_count(),
        0,
        "a rejected delivery reached the handler"
    );
}

#[tokio::test]
async fn authentic_non_events_get_400_and_odd_shapes_reach_the_handler() {
    let server = start();
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
    let drifted = r#"{"id": "evt_1", "created_at": 1, "type": "batch.completed", "data": {}}"#;
    let (status, _) = server
        .post("/webhook", &signed("wh_3", now(), drifted), drifted)
        .await;
    assert_eq!(status, StatusCode::OK);
    let seen = server.seen.lock().unwrap().clone();
    assert!(seen[0].1.starts_with("Unparsed("), "{}", seen[0].1);
}

#[tokio::test]
async fn oversized_bodies_get_413_with_or_without_a_length() {
    let server = start();
    let big = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(1 << 20));
    let (status, text) = server
        .post("/webhook", &signed("wh_4", now(), &big), big)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    // The configured limit of a scope, and a body just under it that is accepted.
    let medium = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(2000));
    let (status, text) = server
        .post("/small", &signed("wh_5", now(), &medium), medium)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert_eq!(text, "webhook body is larger than 1024 bytes");
    let small = format!(r#"{{"type": "x", "pad": "{}"}}"#, "a".repeat(900));
    let (status, _) = server
        .post("/small", &signed("wh_6", now(), &small), small)
        .await;
    assert_eq!(status, StatusCode::OK);

    // Chunked, with no Content-Length: the limit holds while reading.
    let addr = server.http.base.trim_start_matches("http://");
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut request =
        b"POST /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..3 {
        request.extend_from_slice(format!("400\r\n{}\r\n", "b".repeat(0x400)).as_bytes());
    }
    request.extend_from_slice(b"0\r\n\r\n");
    conn.write_all(&request).await.unwrap();
    let mut response = vec![0; 1024];
    let n = conn.read(&mut response).await.unwrap();
    let head = String::from_utf8_lossy(&response[..n]);
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
}

#[tokio::test]
async fn raw_body_and_headers_are_available() {
    let server = start();
    let body = UnwrapWebhookEvent::sample_payload("response.completed").unwrap();
    let (status, text) = server
        .post("/raw", &signed("wh_raw", now(), &body), body.clone())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(text, format!("response.completed {} wh_raw", body.len()));
}

#[tokio::test]
async fn a_missing_webhook_is_a_server_error_not_a_pass() {
    let server = start();
    let body = UnwrapWebhookEvent::sample_payload("batch.completed").unwrap();
    let (status, text) = server
        .post("/unconfigured", &signed("wh_7", now(), &body), body)
        .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{text}");
    assert!(text.contains("no Webhook to verify with"), "{text}");
    assert_eq!(server.seen_count(), 0);
}

#[test]
fn actix_header_maps_are_webhook_headers() {
    use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
    let webhook = Webhook::new(SECRET).unwrap();
    let body = "{}";
    let mut headers = HeaderMap::new();
    for (name, value) in signed("wh_8", now(), body) {
        headers.insert(
            HeaderName::from_bytes(name.to_uppercase().as_bytes()).unwrap(),
            HeaderValue::from_str(&value).unwrap(),
        );
    }
    assert_eq!(webhook.verify_signature(body, &headers), Ok(()));
    headers.remove("webhook-id");
    assert_eq!(
        webhook.verify_signature(body, &headers),
        Err(openai_webhooks::Error::MissingHeader("webhook-id"))
    );
}

fn delivery(event_id: &str) -> String {
    format!(
        r#"{{"id": "{event_id}", "object": "event", "created_at": 1, "type": "batch.completed", "data": {{"id": "b"}}}}"#
    )
}

/// `handle_once`: copies and retries of one delivery run the handler once; a failure is
/// retried; a forged copy never reaches the guard.
#[tokio::test]
async fn each_delivery_runs_once_behind_the_guard() {
    let server = start();
    let body = delivery("evt_once");
    for attempt in 0..3 {
        let (status, text) = server
            .post(
                "/once",
                &signed("wh_once", now() + attempt, &body),
                body.clone(),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "attempt {attempt}: {text}");
        if attempt > 0 {
            assert_eq!(text, "Already handled");
        }
    }
    // A forged copy with the same webhook-id is refused before the guard.
    let forged = common::headers("wh_once", &now().to_string(), "v1,AAAA");
    let (status, _) = server.post("/once", &forged, body.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A handler that fails its first attempt runs again on the retry, then never again.
    let failing = delivery("evt_fail_1");
    let mut statuses = Vec::new();
    for attempt in 0..3 {
        let headers = signed("wh_fail", now() + attempt, &failing);
        statuses.push(server.post("/once", &headers, failing.clone()).await.0);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::INTERNAL_SERVER_ERROR,
            StatusCode::OK,
            StatusCode::OK
        ]
    );
    let runs: Vec<String> = server
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|(_, id)| id.clone())
        .collect();
    assert_eq!(runs, ["evt_once", "evt_fail_1", "evt_fail_1"]);
}
