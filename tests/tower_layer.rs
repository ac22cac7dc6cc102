//! The tower layer on an axum router, with the in-memory store: verification before any
//! claim, the claim outcomes as HTTP answers, completion and release by response status.

#[path = "common/deliveries.rs"]
mod deliveries;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, Response, StatusCode};
use axum::routing::post;
use axum::Router;
use deliveries::{body, forged_headers, signed_headers, webhook};
use http_body_util::BodyExt;
use openai_webhooks::axum::{VerifiedDelivery, VerifiedEvent};
use openai_webhooks::guard::{
    Claim, ClaimState, ClaimToken, DeliveryStore, Guard, MemoryStore, Outcome, DEFAULT_LEASE,
};
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::Webhook;
use tokio::sync::Notify;
use tower::ServiceExt;

/// What the handler does with the next call.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Ok,
    Fail,
    Hang,
    Panic,
}

#[derive(Clone)]
struct App {
    runs: Arc<AtomicUsize>,
    mode: Arc<Mutex<Mode>>,
    started: Arc<Notify>,
    go: Arc<Notify>,
}

struct Setup {
    router: Router,
    app: App,
    store: Arc<MemoryStore>,
    log: Arc<Mutex<Vec<String>>>,
}

async fn handler(State(app): State<App>, delivery: VerifiedWebhook) -> (StatusCode, String) {
    app.runs.fetch_add(1, Ordering::SeqCst);
    let mode = *app.mode.lock().unwrap();
    app.started.notify_one();
    match mode {
        Mode::Ok => {}
        Mode::Fail => return (StatusCode::INTERNAL_SERVER_ERROR, "failed".into()),
        Mode::Hang => app.go.notified().await,
        Mode::Panic => panic!("handler bug"),
    }
    let text = format!(
        "{} {} {}",
        delivery.webhook_id,
        delivery.event.id(),
        delivery.body.len()
    );
    (StatusCode::OK, text)
}

fn setup_with(store: MemoryStore) -> Setup {
    let store = Arc::new(store);
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink = log.clone();
    let guard = Guard::from_arc(store.clone()).on_outcome(move |outcome| {
        let line = match outcome {
            Outcome::Duplicate { webhook_id } => format!("duplicate {webhook_id}"),
            Outcome::InProgress { webhook_id, .. } => format!("in progress {webhook_id}"),
            Outcome::Rejected { status, reason } => format!("rejected {status} {reason}"),
            Outcome::Handled { webhook_id, .. } => format!("handled {webhook_id}"),
            Outcome::Failed {
                webhook_id,
                released,
            } => format!("failed {webhook_id} {released}"),
            Outcome::Abandoned {
                webhook_id,
                released,
            } => format!("abandoned {webhook_id} {released}"),
            Outcome::StoreFailed { webhook_id, .. } => format!("store failed {webhook_id}"),
            other => format!("{other:?}"),
        };
        sink.lock().unwrap().push(line);
    });
    let app = App {
        runs: Arc::default(),
        mode: Arc::new(Mutex::new(Mode::Ok)),
        started: Arc::default(),
        go: Arc::default(),
    };
    let layer = WebhookLayer::new(webhook(), guard).body_limit(1024);
    let router = Router::new()
        .route("/webhook", post(handler).layer(layer))
        .with_state(app.clone());
    Setup {
        router,
        app,
        store,
        log,
    }
}

fn setup() -> Setup {
    setup_with(MemoryStore::new())
}

fn request(headers: &[(&str, String)], body: impl Into<Body>) -> Request<Body> {
    let mut builder = Request::post("/webhook");
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    builder.body(body.into()).unwrap()
}

fn delivery(id: &str, n: usize) -> Request<Body> {
    let body = body(n);
    request(&signed_headers(id, &body), body)
}

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, Option<String>, String) {
    let response: Response<Body> = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        retry_after,
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

impl Setup {
    fn runs(&self) -> usize {
        self.app.runs.load(Ordering::SeqCst)
    }

    fn set_mode(&self, mode: Mode) {
        *self.app.mode.lock().unwrap() = mode;
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

#[tokio::test]
async fn a_delivery_runs_once_and_its_retry_gets_200_without_running() {
    let s = setup();
    let (status, _, text) = send(&s.router, delivery("wh_1", 1)).await;
    assert_eq!(
        (status, text.as_str()),
        (
            StatusCode::OK,
            format!("wh_1 evt_1 {}", body(1).len()).as_str()
        )
    );
    // The retry is re-signed with a fresh timestamp; same webhook-id.
    let (status, _, text) = send(&s.router, delivery("wh_1", 1)).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "Already handled"));
    assert_eq!(s.runs(), 1);
    assert_eq!(s.log(), ["handled wh_1", "duplicate wh_1"]);
    // Another delivery of the same event is another delivery.
    assert_eq!(send(&s.router, delivery("wh_2", 1)).await.0, StatusCode::OK);
    assert_eq!(s.runs(), 2);
}

#[tokio::test]
async fn a_copy_arriving_while_the_first_runs_gets_409_with_retry_after() {
    let s = setup();
    s.set_mode(Mode::Hang);
    let first = tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1)));
    s.app.started.notified().await;
    let (status, retry_after, _) = send(&s.router, delivery("wh_1", 1)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(retry_after.as_deref(), Some("60"));
    s.app.go.notify_one();
    assert_eq!(first.await.unwrap().unwrap().status(), StatusCode::OK);
    s.set_mode(Mode::Ok);
    assert_eq!(send(&s.router, delivery("wh_1", 1)).await.0, StatusCode::OK);
    assert_eq!(s.runs(), 1);
    assert_eq!(
        s.log(),
        ["in progress wh_1", "handled wh_1", "duplicate wh_1"]
    );
}

#[tokio::test]
async fn a_failed_attempt_is_released_and_its_retry_runs_again() {
    let s = setup();
    s.set_mode(Mode::Fail);
    assert_eq!(
        send(&s.router, delivery("wh_1", 1)).await.0,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    s.set_mode(Mode::Ok);
    assert_eq!(send(&s.router, delivery("wh_1", 1)).await.0, StatusCode::OK);
    assert_eq!(
        send(&s.router, delivery("wh_1", 1)).await.2,
        "Already handled"
    );
    assert_eq!(s.runs(), 2);
    assert_eq!(
        s.log(),
        ["failed wh_1 true", "handled wh_1", "duplicate wh_1"]
    );
}

#[tokio::test]
async fn a_dropped_request_releases_its_claim() {
    let s = setup();
    s.set_mode(Mode::Hang);
    let first = tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1)));
    s.app.started.notified().await;
    assert_eq!(s.store.len(), 1);
    first.abort();
    assert!(first.await.unwrap_err().is_cancelled());
    assert!(
        s.store.is_empty(),
        "released when the handler's future was dropped"
    );
    s.set_mode(Mode::Ok);
    assert_eq!(send(&s.router, delivery("wh_1", 1)).await.0, StatusCode::OK);
    assert_eq!(s.runs(), 2);
    assert_eq!(s.log(), ["abandoned wh_1 true", "handled wh_1"]);
}

#[tokio::test]
async fn a_panicking_handler_releases_its_claim() {
    let s = setup();
    s.set_mode(Mode::Panic);
    let first = tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1)));
    assert!(first.await.unwrap_err().is_panic());
    assert!(s.store.is_empty());
    s.set_mode(Mode::Ok);
    assert_eq!(send(&s.router, delivery("wh_1", 1)).await.0, StatusCode::OK);
    assert_eq!(s.runs(), 2);
}

#[tokio::test]
async fn a_forged_request_with_a_real_webhook_id_never_touches_the_store() {
    let s = setup();
    let forged = |id: &str| {
        let body = body(1);
        request(&forged_headers(id, &body), body)
    };
    // Before the real delivery: neither marks it done nor blocks it.
    assert_eq!(
        send(&s.router, forged("wh_1")).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert!(s.store.is_empty());
    // While the real one runs: does not release it.
    s.set_mode(Mode::Hang);
    let first = tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1)));
    s.app.started.notified().await;
    assert_eq!(
        send(&s.router, forged("wh_1")).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&s.router, delivery("wh_1", 1)).await.0,
        StatusCode::CONFLICT
    );
    s.app.go.notify_one();
    assert_eq!(first.await.unwrap().unwrap().status(), StatusCode::OK);
    // After: gets 401, not "already handled".
    assert_eq!(
        send(&s.router, forged("wh_1")).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(s.runs(), 1);
    assert_eq!(s.store.len(), 1);
}

#[tokio::test]
async fn rejections_are_401_400_413_and_never_claim() {
    let s = setup();
    let unsigned = request(&[], body(1));
    let not_an_event = {
        let text = "[1, 2]".to_owned();
        request(&signed_headers("wh_2", &text), text)
    };
    let too_large = {
        let text = "x".repeat(1025);
        request(&signed_headers("wh_3", &text), text)
    };
    // Declared in Content-Length, and not declared (read up to the limit).
    let too_large_declared = {
        let text = "x".repeat(1025);
        let mut headers = signed_headers("wh_4", &text);
        headers.push(("content-length", "1025".to_owned()));
        request(&headers, text)
    };
    assert_eq!(send(&s.router, unsigned).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        send(&s.router, not_an_event).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        send(&s.router, too_large).await.0,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_eq!(
        send(&s.router, too_large_declared).await.0,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert!(s.store.is_empty());
    assert_eq!(s.runs(), 0);
    let statuses: Vec<_> = s.log().iter().map(|l| l[..12].to_owned()).collect();
    assert_eq!(
        statuses,
        [
            "rejected 401",
            "rejected 400",
            "rejected 413",
            "rejected 413"
        ]
    );
    assert!(
        s.log()
            .iter()
            .all(|l| !l.contains("evt_1") && !l.contains("xxx")),
        "{:?}",
        s.log()
    );
}

#[tokio::test]
async fn a_full_store_answers_503_and_runs_nothing() {
    let s = setup_with(MemoryStore::with_max_entries(1));
    s.set_mode(Mode::Hang);
    let first = tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1)));
    s.app.started.notified().await;
    let (status, retry_after, _) = send(&s.router, delivery("wh_2", 2)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(retry_after.is_some());
    assert_eq!(s.runs(), 1);
    s.app.go.notify_one();
    assert_eq!(first.await.unwrap().unwrap().status(), StatusCode::OK);
    // The done entry makes room.
    s.set_mode(Mode::Ok);
    assert_eq!(send(&s.router, delivery("wh_2", 2)).await.0, StatusCode::OK);
}

async fn event_handler(VerifiedEvent(event): VerifiedEvent) -> String {
    event.id().to_owned()
}

async fn delivery_handler(delivery: VerifiedDelivery) -> String {
    format!("{} {}", delivery.event.id(), delivery.body.len())
}

#[tokio::test]
async fn the_axum_extractors_take_the_delivery_the_layer_verified() {
    // The router's own Webhook has another secret: only the layer's verification can pass.
    let wrong = Webhook::new("whsec_bm90LXRoZS1yZWFsLXNlY3JldA==").unwrap();
    let layer = WebhookLayer::new(webhook(), Guard::in_memory());
    let router = Router::new()
        .route("/webhook", post(event_handler).layer(layer.clone()))
        .route("/delivery", post(delivery_handler).layer(layer))
        .route("/plain", post(event_handler))
        .with_state(wrong);
    let (status, _, text) = send(&router, delivery("wh_1", 1)).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "evt_1"));
    let mut raw = delivery("wh_2", 2);
    *raw.uri_mut() = "/delivery".parse().unwrap();
    let (status, _, text) = send(&router, raw).await;
    assert_eq!(
        (status, text),
        (StatusCode::OK, format!("evt_2 {}", body(2).len()))
    );
    // Without the layer the extractor verifies with the state, as before.
    let mut plain = delivery("wh_3", 3);
    *plain.uri_mut() = "/plain".parse().unwrap();
    assert_eq!(send(&router, plain).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn verified_webhook_without_the_layer_is_a_500_not_an_unverified_run() {
    async fn h(_: VerifiedWebhook) -> StatusCode {
        StatusCode::OK
    }
    let router = Router::new().route("/webhook", post(h));
    assert_eq!(
        send(&router, delivery("wh_1", 1)).await.0,
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

#[tokio::test]
async fn the_delivery_carries_the_token_that_holds_its_claim() {
    let store = Arc::new(MemoryStore::new());
    let seen = Arc::new(Mutex::new(None));
    let (in_handler, sink) = (store.clone(), seen.clone());
    let handler = move |delivery: VerifiedWebhook| async move {
        let lease = Duration::from_secs(60);
        let id = delivery.webhook_id.as_str();
        let token = delivery.claim_token().cloned();
        let ours = match &token {
            Some(token) => in_handler.renew(id, token, lease).await.ok(),
            None => None,
        };
        let stranger = ClaimToken::from_text("stranger").unwrap();
        let theirs = in_handler.renew(id, &stranger, lease).await.ok();
        *sink.lock().unwrap() = Some((token.is_some(), ours, theirs));
        StatusCode::OK
    };
    let layer = WebhookLayer::new(webhook(), Guard::from_arc(store.clone()));
    let router = Router::new().route("/webhook", post(handler).layer(layer));
    assert_eq!(send(&router, delivery("wh_1", 1)).await.0, StatusCode::OK);
    // The handler's token renews the live claim; any other token does not.
    assert_eq!(*seen.lock().unwrap(), Some((true, Some(true), Some(false))));
}

#[tokio::test]
async fn many_copies_at_once_run_the_handler_once() {
    let s = setup();
    let copies: Vec<_> = (0..32)
        .map(|_| tokio::spawn(s.router.clone().oneshot(delivery("wh_1", 1))))
        .collect();
    let mut statuses = Vec::new();
    for copy in copies {
        statuses.push(copy.await.unwrap().unwrap().status());
    }
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT));
    assert_eq!(s.runs(), 1);
    let claim = Guard::from_arc(s.store.clone())
        .claim("wh_1")
        .await
        .unwrap();
    assert!(matches!(claim, Claim::Done));
}

/// A request body whose chunks arrive when the test sends them: a slow uploader.
struct Trickle(tokio::sync::mpsc::Receiver<bytes::Bytes>);

impl http_body::Body for Trickle {
    type Data = bytes::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, Self::Error>>> {
        let chunk = self.0.poll_recv(cx);
        chunk.map(|chunk| chunk.map(|data| Ok(http_body::Frame::data(data))))
    }
}

fn trickled(
    webhook_id: &str,
    body: &str,
) -> (Request<Trickle>, tokio::sync::mpsc::Sender<bytes::Bytes>) {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let mut request = Request::post("/webhook");
    for (name, value) in signed_headers(webhook_id, body) {
        request = request.header(name, value);
    }
    (request.body(Trickle(rx)).unwrap(), tx)
}

/// The layer reads and claims a delivery before it waits for the inner service, so a slow
/// upload does not hold the only slot of a concurrency limit inside.
#[tokio::test]
async fn a_slow_upload_does_not_hold_the_inner_services_readiness() {
    use tower::limit::ConcurrencyLimitLayer;
    use tower::Layer;
    use tower::Service;
    let inner = ConcurrencyLimitLayer::new(1).layer(tower::service_fn(
        |request: Request<openai_webhooks::tower::BytesBody>| async move {
            let text = request
                .extensions()
                .get::<VerifiedWebhook>()
                .unwrap()
                .webhook_id
                .clone();
            Ok::<_, std::convert::Infallible>(Response::new(http_body_util::Full::new(
                bytes::Bytes::from(text),
            )))
        },
    ));
    let mut service = WebhookLayer::new(webhook(), Guard::in_memory()).layer(inner);
    let slow_body = body(1);
    let (slow, upload) = trickled("wh_slow", &slow_body);
    let (first, rest) = slow_body.split_at(10);
    upload
        .send(bytes::Bytes::copy_from_slice(first.as_bytes()))
        .await
        .unwrap();
    let ready = ServiceExt::<Request<Trickle>>::ready(&mut service)
        .await
        .unwrap();
    let slow = tokio::spawn(ready.call(slow));
    tokio::task::yield_now().await;

    let quick_body = body(2);
    let (quick, sent) = trickled("wh_quick", &quick_body);
    sent.send(bytes::Bytes::from(quick_body)).await.unwrap();
    drop(sent);
    let wait = std::time::Duration::from_secs(10);
    let quick = tokio::time::timeout(wait, service.clone().oneshot(quick)).await;
    let quick = quick
        .expect("the quick delivery waited for the slow upload's slot")
        .unwrap();
    assert_eq!(quick.status(), StatusCode::OK);
    assert_eq!(
        &quick.into_body().collect().await.unwrap().to_bytes()[..],
        b"wh_quick"
    );

    upload
        .send(bytes::Bytes::copy_from_slice(rest.as_bytes()))
        .await
        .unwrap();
    drop(upload);
    let slow = slow.await.unwrap().unwrap();
    assert_eq!(slow.status(), StatusCode::OK);
    assert_eq!(
        &slow.into_body().collect().await.unwrap().to_bytes()[..],
        b"wh_slow"
    );
}

/// A request dropped while the handler runs drops the handler's future first, and only then
/// frees the delivery, as `Guard::answer` does (`tests/guard_memory.rs`).
#[tokio::test]
async fn a_dropped_request_drops_the_handler_before_it_frees_the_claim() {
    struct Probe(Arc<MemoryStore>, Arc<Mutex<Option<bool>>>);
    impl Drop for Probe {
        fn drop(&mut self) {
            let probe = ClaimToken::from_text("probe").unwrap();
            let answer = self.0.claim_without_waiting("wh_1", &probe, DEFAULT_LEASE);
            let held = matches!(answer, Some(Ok(ClaimState::InProgress { .. })));
            *self.1.lock().unwrap() = Some(held);
        }
    }
    let store = Arc::new(MemoryStore::new());
    let seen = Arc::new(Mutex::new(None));
    let (in_handler, sink) = (store.clone(), seen.clone());
    let handler = move |_: VerifiedWebhook| {
        let probe = Probe(in_handler.clone(), sink.clone());
        async move {
            let _probe = probe;
            std::future::pending::<StatusCode>().await
        }
    };
    let layer = WebhookLayer::new(webhook(), Guard::from_arc(store.clone()));
    let router = Router::new().route("/webhook", post(handler).layer(layer));
    let request = router.oneshot(delivery("wh_1", 1));
    let wait = Duration::from_millis(50);
    assert!(tokio::time::timeout(wait, request).await.is_err());
    assert_eq!(
        *seen.lock().unwrap(),
        Some(true),
        "held while the handler drops"
    );
}
