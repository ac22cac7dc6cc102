//! One answer path: the tower layer and `actix::handle_once` give the same status,
//! `Retry-After`, body and outcomes in every situation, case by case from one table.

#[path = "common/deliveries.rs"]
mod deliveries;

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{web, App, HttpResponse};
use base64::Engine as _;
use deliveries::{body, forged_headers, now, signed_headers, webhook, SECRET};
use hmac::{KeyInit, Mac};
use http_body_util::BodyExt;
use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, ManualClock, MemoryStore, StoreError,
    StoreFuture,
};
use openai_webhooks::tower::{BytesBody, WebhookLayer};
use tower::{service_fn, Layer, ServiceExt};

/// What the handler answers: a status and a body.
type Handler = (u16, &'static str);
const SUCCEEDS: Handler = (200, "handled");

/// The state a case starts from.
#[derive(Clone, Copy, Debug)]
enum Before {
    Nothing,
    Handled,
    HeldByAnotherCopy,
    StoreDown,
    /// Claims work; recording a completion fails.
    CompleteFails,
}

/// What is sent.
#[derive(Clone, Copy, Debug)]
enum Request {
    Signed,
    Forged,
    /// Authentic, but its `webhook-id` is not text and cannot key the guard.
    BinaryId,
}

struct Case {
    name: &'static str,
    before: Before,
    request: Request,
    handler: Handler,
    status: u16,
    retry_after: Option<&'static str>,
    body: &'static str,
    /// The observer's lines, `{id}` standing for the case's `webhook-id`.
    outcomes: &'static [&'static str],
    runs: usize,
}

const CASES: &[Case] = &[
    Case {
        name: "first copy, handler succeeds",
        before: Before::Nothing,
        request: Request::Signed,
        handler: SUCCEEDS,
        status: 200,
        retry_after: None,
        body: "handled",
        outcomes: &["handled {id}"],
        runs: 1,
    },
    Case {
        name: "first copy, handler answers 204",
        before: Before::Nothing,
        request: Request::Signed,
        handler: (204, ""),
        status: 204,
        retry_after: None,
        body: "",
        outcomes: &["handled {id}"],
        runs: 1,
    },
    Case {
        name: "first copy, handler answers 299",
        before: Before::Nothing,
        request: Request::Signed,
        handler: (299, "odd"),
        status: 299,
        retry_after: None,
        body: "odd",
        outcomes: &["handled {id}"],
        runs: 1,
    },
    Case {
        name: "first copy, handler answers 300: not a success",
        before: Before::Nothing,
        request: Request::Signed,
        handler: (300, "elsewhere"),
        status: 300,
        retry_after: None,
        body: "elsewhere",
        outcomes: &["failed {id} (released for a retry)"],
        runs: 1,
    },
    Case {
        name: "first copy, handler fails",
        before: Before::Nothing,
        request: Request::Signed,
        handler: (500, "failed"),
        status: 500,
        retry_after: None,
        body: "failed",
        outcomes: &["failed {id} (released for a retry)"],
        runs: 1,
    },
    Case {
        name: "the handler ran, recording it failed: its answer stands",
        before: Before::CompleteFails,
        request: Request::Signed,
        handler: SUCCEEDS,
        status: 200,
        retry_after: None,
        body: "handled",
        outcomes: &["store failed {id}: the delivery store is unavailable: down"],
        runs: 1,
    },
    Case {
        name: "already handled",
        before: Before::Handled,
        request: Request::Signed,
        handler: SUCCEEDS,
        status: 200,
        retry_after: None,
        body: "Already handled",
        outcomes: &["duplicate {id}"],
        runs: 0,
    },
    Case {
        name: "another copy is running",
        before: Before::HeldByAnotherCopy,
        request: Request::Signed,
        handler: SUCCEEDS,
        status: 409,
        retry_after: Some("60"),
        body: "This delivery is being handled; retry later",
        outcomes: &["in progress {id} (retry after 60 s)"],
        runs: 0,
    },
    Case {
        name: "store down",
        before: Before::StoreDown,
        request: Request::Signed,
        handler: SUCCEEDS,
        status: 503,
        retry_after: Some("5"),
        body: "Delivery store unavailable; retry later",
        outcomes: &["store failed {id}: the delivery store is unavailable: down"],
        runs: 0,
    },
    Case {
        name: "forged",
        before: Before::Nothing,
        request: Request::Forged,
        handler: SUCCEEDS,
        status: 401,
        retry_after: None,
        body: "no webhook signature matches the payload: wrong secret, or the body changed",
        outcomes: &["rejected 401 no webhook signature matches the payload: wrong secret, or the body changed"],
        runs: 0,
    },
    Case {
        name: "webhook-id is not text",
        before: Before::Nothing,
        request: Request::BinaryId,
        handler: SUCCEEDS,
        status: 400,
        retry_after: None,
        body: "webhook-id is not valid text",
        outcomes: &["rejected 400 webhook-id is not valid text"],
        runs: 0,
    },
];

/// What a client sees, plus what the server side recorded.
#[derive(Debug, PartialEq)]
struct Seen {
    status: u16,
    retry_after: Option<String>,
    content_type: Option<String>,
    body: String,
    outcomes: Vec<String>,
    runs: usize,
}

/// A store that is down.
struct DownStore;

/// A store that claims, but cannot record a completion.
struct CompleteFails(MemoryStore);

impl DeliveryStore for CompleteFails {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        self.0.claim(key, token, lease)
    }
    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        self.0.renew(key, token, lease)
    }
    fn complete<'a>(&'a self, _: &'a str, _: &'a ClaimToken, _: Duration) -> StoreFuture<'a, bool> {
        down()
    }
    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool> {
        self.0.release(key, token)
    }
}

fn down<T>() -> StoreFuture<'static, T> {
    Box::pin(async { Err(StoreError::unavailable("down")) })
}

impl DeliveryStore for DownStore {
    fn claim<'a>(
        &'a self,
        _: &'a str,
        _: &'a ClaimToken,
        _: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        down()
    }
    fn renew<'a>(&'a self, _: &'a str, _: &'a ClaimToken, _: Duration) -> StoreFuture<'a, bool> {
        down()
    }
    fn complete<'a>(&'a self, _: &'a str, _: &'a ClaimToken, _: Duration) -> StoreFuture<'a, bool> {
        down()
    }
    fn release<'a>(&'a self, _: &'a str, _: &'a ClaimToken) -> StoreFuture<'a, bool> {
        down()
    }
}

/// A guard whose observer writes one line per outcome.
fn observed(before: Before) -> (Guard, Arc<Mutex<Vec<String>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    // A clock that stands still: the `Retry-After` of a lease is exactly 60 s.
    let memory = || MemoryStore::with_clock(100, ManualClock::new());
    let guard = match before {
        Before::StoreDown => Guard::new(DownStore),
        Before::CompleteFails => Guard::new(CompleteFails(memory())),
        _ => Guard::new(memory()),
    };
    let guard = guard.on_outcome(move |outcome| {
        let line = outcome.to_string();
        sink.lock().unwrap().push(line);
    });
    (guard, log)
}

/// Puts the store in the case's starting state; returns a claim to hold meanwhile.
async fn prepare(guard: &Guard, before: Before, id: &str) -> Option<Claim> {
    match before {
        Before::Handled => {
            let ran = guard.run(id, async { Ok::<_, ()>(()) }).await.unwrap();
            assert!(matches!(
                ran,
                openai_webhooks::guard::RunOutcome::Ran(Ok(()))
            ));
            None
        }
        Before::HeldByAnotherCopy => Some(guard.claim(id).await.unwrap()),
        Before::Nothing | Before::StoreDown | Before::CompleteFails => None,
    }
}

/// The headers of the case's request, as raw bytes (a binary `webhook-id` is not a `str`).
fn headers(request: Request, id: &str, body: &str) -> Vec<(&'static str, Vec<u8>)> {
    let bytes = |headers: Vec<(&'static str, String)>| {
        let to_bytes = |(k, v): (&'static str, String)| (k, v.into_bytes());
        headers.into_iter().map(to_bytes).collect()
    };
    match request {
        Request::Signed => bytes(signed_headers(id, body)),
        Request::Forged => bytes(forged_headers(id, body)),
        Request::BinaryId => {
            let id = [id.as_bytes(), b"\xff"].concat();
            let timestamp = now().to_string();
            let key = base64::engine::general_purpose::STANDARD
                .decode(SECRET.trim_start_matches("whsec_"))
                .unwrap();
            let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
            for part in [&id[..], b".", timestamp.as_bytes(), b".", body.as_bytes()] {
                mac.update(part);
            }
            let tag = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
            vec![
                ("webhook-id", id),
                ("webhook-timestamp", timestamp.into_bytes()),
                ("webhook-signature", format!("v1,{tag}").into_bytes()),
            ]
        }
    }
}

async fn through_tower(case: &Case, id: &str) -> Seen {
    let (guard, log) = observed(case.before);
    let held = prepare(&guard, case.before, id).await;
    log.lock().unwrap().clear();
    let runs = Arc::new(AtomicUsize::new(0));
    let counter = runs.clone();
    let handler = case.handler;
    let inner = service_fn(move |_: http::Request<BytesBody>| {
        counter.fetch_add(1, Ordering::SeqCst);
        let (status, text) = handler;
        let response = http::Response::builder()
            .status(status)
            .header("content-type", "text/plain; charset=utf-8")
            .body(http_body_util::Full::new(bytes::Bytes::from(text)))
            .unwrap();
        async move { Ok::<_, Infallible>(response) }
    });
    let service = WebhookLayer::new(webhook(), guard).layer(inner);
    let text = body(1);
    let mut request = http::Request::post("/webhook");
    for (name, value) in headers(case.request, id, &text) {
        request = request.header(name, http::HeaderValue::from_bytes(&value).unwrap());
    }
    let request = request.body(http_body_util::Full::new(bytes::Bytes::from(text)));
    let response = service.oneshot(request.unwrap()).await.unwrap();
    let outcomes = log.lock().unwrap().clone();
    drop(held); // the other copy, abandoned only now
    let header = |name| {
        let value = response.headers().get(name);
        value.map(|v: &http::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (retry_after, content_type) = (header("retry-after"), header("content-type"));
    let status = response.status().as_u16();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Seen {
        status,
        retry_after,
        content_type,
        body: String::from_utf8(body.to_vec()).unwrap(),
        outcomes,
        runs: runs.load(Ordering::SeqCst),
    }
}

async fn receive_once(
    delivery: openai_webhooks::actix::VerifiedDelivery,
    guard: web::Data<Guard>,
    handler: web::Data<(Handler, Arc<AtomicUsize>)>,
) -> HttpResponse {
    openai_webhooks::actix::handle_once(&guard, &delivery, || async {
        handler.1.fetch_add(1, Ordering::SeqCst);
        let (status, text) = handler.0;
        let status = actix_web::http::StatusCode::from_u16(status).unwrap();
        HttpResponse::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(text)
    })
    .await
}

async fn through_actix(case: &Case, id: &str) -> Seen {
    use actix_web::test;
    let (guard, log) = observed(case.before);
    let held = prepare(&guard, case.before, id).await;
    log.lock().unwrap().clear();
    let runs = Arc::new(AtomicUsize::new(0));
    let app = App::new()
        .app_data(web::Data::new(webhook()))
        .app_data(web::Data::new(guard))
        .app_data(web::Data::new((case.handler, runs.clone())))
        .route("/webhook", web::post().to(receive_once));
    let app = test::init_service(app).await;
    let text = body(1);
    let mut request = test::TestRequest::post().uri("/webhook");
    for (name, value) in headers(case.request, id, &text) {
        let value = actix_web::http::header::HeaderValue::from_bytes(&value).unwrap();
        request = request.insert_header((name, value));
    }
    let response = test::call_service(&app, request.set_payload(text).to_request()).await;
    let outcomes = log.lock().unwrap().clone();
    drop(held); // the other copy, abandoned only now
    let header = |name| {
        let value = response.headers().get(name);
        value.map(|v| v.to_str().unwrap().to_owned())
    };
    let (retry_after, content_type) = (header("retry-after"), header("content-type"));
    let status = response.status().as_u16();
    let body = test::read_body(response).await;
    Seen {
        status,
        retry_after,
        content_type,
        body: String::from_utf8(body.to_vec()).unwrap(),
        outcomes,
        runs: runs.load(Ordering::SeqCst),
    }
}

#[actix_web::test]
async fn every_integration_answers_every_case_alike() {
    for (n, case) in CASES.iter().enumerate() {
        let id = format!("wh_case_{n}");
        let expected = Seen {
            status: case.status,
            retry_after: case.retry_after.map(str::to_owned),
            content_type: Some("text/plain; charset=utf-8".to_owned()),
            body: case.body.to_owned(),
            outcomes: case
                .outcomes
                .iter()
                .map(|line| line.replace("{id}", &id))
                .collect(),
            runs: case.runs,
        };
        let tower = through_tower(case, &id).await;
        assert_eq!(tower, expected, "tower layer: {}", case.name);
        let actix = through_actix(case, &id).await;
        assert_eq!(actix, expected, "actix handle_once: {}", case.name);
    }
}

/// `handle_once_with_token` hands the handler the token of the claim it holds, as the tower
/// layer's `VerifiedWebhook::claim_token` does (`tests/tower_layer.rs`).
#[actix_web::test]
async fn actix_hands_the_handler_the_token_that_holds_the_claim() {
    use actix_web::test;
    use openai_webhooks::actix::{handle_once_with_token, VerifiedDelivery};
    async fn receive(
        delivery: VerifiedDelivery,
        guard: web::Data<Guard>,
        store: web::Data<Arc<MemoryStore>>,
    ) -> HttpResponse {
        let delivery = &delivery;
        handle_once_with_token(&guard, delivery, |token| async move {
            let (id, lease) = (delivery.webhook_id.as_str(), Duration::from_secs(60));
            let ours = store.renew(id, &token, lease).await;
            let stranger = ClaimToken::from_text("stranger").unwrap();
            let theirs = store.renew(id, &stranger, lease).await;
            HttpResponse::Ok().body(format!("{ours:?} {theirs:?}"))
        })
        .await
    }
    let store = Arc::new(MemoryStore::new());
    let app = App::new()
        .app_data(web::Data::new(webhook()))
        .app_data(web::Data::new(Guard::from_arc(store.clone())))
        .app_data(web::Data::new(store))
        .route("/webhook", web::post().to(receive));
    let app = test::init_service(app).await;
    let text = body(1);
    let mut request = test::TestRequest::post().uri("/webhook");
    for (name, value) in headers(Request::Signed, "wh_token", &text) {
        let value = actix_web::http::header::HeaderValue::from_bytes(&value).unwrap();
        request = request.insert_header((name, value));
    }
    let response = test::call_service(&app, request.set_payload(text).to_request()).await;
    assert_eq!(response.status().as_u16(), 200);
    // The handler's token renews the live claim; any other token does not.
    assert_eq!(test::read_body(response).await, "Ok(true) Ok(false)");
}
