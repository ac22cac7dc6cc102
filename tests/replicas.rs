//! Two replicas over real HTTP (axum + the tower layer) sharing one real Redis (one server,
//! a TLS server, or a 3-node Redis Cluster): each delivery handled once across copies and
//! retries, and under faults.

#[path = "common/deliveries.rs"]
mod deliveries;
#[path = "common/redis_cluster.rs"]
mod redis_cluster;
#[path = "common/redis_server.rs"]
mod redis_server;
#[path = "common/test_ca.rs"]
mod test_ca;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use bytes::Bytes;
use deliveries::{body, forged_headers, signed_headers, webhook};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use openai_webhooks::guard::{
    ClaimState, ClaimToken, DeliveryStore, Guard, RedisConfig, RedisStore,
};
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use redis_cluster::RedisCluster;
use redis_server::{Mode, RedisServer};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use test_ca::TestCa;

use tokio::sync::{Notify, Semaphore};

/// Per event id: how often the handler ran, and how often it succeeded.
#[derive(Default)]
struct Ledger {
    runs: HashMap<String, usize>,
    successes: HashMap<String, usize>,
}

#[derive(Clone, Default)]
struct Handler {
    ledger: Arc<Mutex<Ledger>>,
    /// Fail the first run of every delivery.
    fail_first: bool,
    /// Announce the run here, then never finish.
    hang: Option<Arc<Notify>>,
}

async fn handle(State(h): State<Handler>, delivery: VerifiedWebhook) -> StatusCode {
    let id = delivery.event.id().to_owned();
    let first = {
        let mut ledger = h.ledger.lock().unwrap();
        let runs = ledger.runs.entry(id.clone()).or_default();
        *runs += 1;
        *runs == 1
    };
    if let Some(started) = &h.hang {
        started.notify_one();
        std::future::pending::<()>().await;
    }
    // A little work, so copies overlap.
    tokio::time::sleep(Duration::from_millis(2)).await;
    if h.fail_first && first {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    *h.ledger.lock().unwrap().successes.entry(id).or_default() += 1;
    StatusCode::OK
}

/// Which Redis the replicas share.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Single,
    Tls,
    Cluster,
}

enum Backend {
    Single(RedisServer),
    Tls(RedisServer, TestCa),
    Cluster(RedisCluster),
}

/// How to reach a backend: its URLs, and the CA for TLS.
#[derive(Clone)]
struct Target {
    urls: Vec<String>,
    cluster: bool,
    ca: Option<String>,
}

impl Backend {
    fn start(kind: Kind) -> Backend {
        match kind {
            Kind::Single => Backend::Single(RedisServer::start()),
            Kind::Tls => {
                let ca = TestCa::new();
                Backend::Tls(
                    RedisServer::start_in(Mode::Tls, |dir| ca.write_server_files(dir)),
                    ca,
                )
            }
            Kind::Cluster => Backend::Cluster(RedisCluster::start()),
        }
    }

    fn target(&self) -> Target {
        match self {
            Backend::Single(server) => Target {
                urls: vec![server.url()],
                cluster: false,
                ca: None,
            },
            Backend::Tls(server, ca) => Target {
                urls: vec![server.url()],
                cluster: false,
                ca: Some(ca.ca_pem.clone()),
            },
            Backend::Cluster(cluster) => Target {
                urls: cluster.urls(),
                cluster: true,
                ca: None,
            },
        }
    }

    /// Kills Redis (its data is lost) or starts it again, empty, on the same ports.
    fn set_up(&mut self, up: bool) {
        match (self, up) {
            (Backend::Single(server) | Backend::Tls(server, _), true) => server.restart(),
            (Backend::Single(server) | Backend::Tls(server, _), false) => server.stop(),
            (Backend::Cluster(cluster), true) => cluster.restart(),
            (Backend::Cluster(cluster), false) => cluster.stop(),
        }
    }
}

impl Target {
    async fn connect(&self) -> RedisStore {
        let mut config = RedisConfig::default()
            .connection_timeout(Duration::from_millis(500))
            .response_timeout(Duration::from_millis(500));
        if let Some(ca) = &self.ca {
            config = config.ca_certificate(ca.as_bytes());
        }
        let urls: Vec<&str> = self.urls.iter().map(String::as_str).collect();
        let store = match self.cluster {
            true => RedisStore::connect_cluster_with(&urls, config).await,
            false => RedisStore::connect_with(urls[0], config).await,
        };
        store.expect("connect to redis")
    }

    /// The raw value of delivery `n`'s key.
    async fn value(&self, n: usize) -> Option<String> {
        let key = format!("openai-webhooks:delivery:wh_{n}");
        let get = redis::cmd("GET").arg(key).clone();
        if self.cluster {
            let client = redis::cluster::ClusterClient::new(self.urls.clone()).unwrap();
            let mut conn = client.get_async_connection().await.unwrap();
            return get.query_async(&mut conn).await.unwrap();
        }
        let client = match &self.ca {
            Some(ca) => redis::Client::build_with_tls(
                self.urls[0].as_str(),
                redis::TlsCertificates {
                    client_tls: None,
                    root_cert: Some(ca.clone().into_bytes()),
                },
            ),
            None => redis::Client::open(self.urls[0].as_str()),
        };
        let mut conn = client
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap();
        get.query_async(&mut conn).await.unwrap()
    }
}

struct Cluster {
    redis: Mutex<Backend>,
    target: Target,
    bases: [String; 2],
    /// 503 answers seen by `deliver`.
    unavailable: AtomicUsize,
    handler: Handler,
    client: Client<HttpConnector, Full<Bytes>>,
}

async fn replica(target: &Target, handler: Handler) -> String {
    let app = replica_app(target, handler).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/webhook")
}

async fn replica_app(target: &Target, handler: Handler) -> Router {
    let store = target.connect().await;
    let layer = WebhookLayer::new(webhook(), Guard::new(store));
    Router::new()
        .route("/webhook", post(handle).layer(layer))
        .with_state(handler)
}

async fn cluster(fail_first: bool) -> Cluster {
    replicas_on(Kind::Single, fail_first).await
}

/// Two replicas sharing a new Redis of `kind`.
async fn replicas_on(kind: Kind, fail_first: bool) -> Cluster {
    let redis = tokio::task::block_in_place(|| Backend::start(kind));
    let handler = Handler {
        fail_first,
        ..Handler::default()
    };
    let target = redis.target();
    let bases = [
        replica(&target, handler.clone()).await,
        replica(&target, handler.clone()).await,
    ];
    let client = Client::builder(TokioExecutor::new()).build_http();
    Cluster {
        redis: Mutex::new(redis),
        target,
        bases,
        unavailable: AtomicUsize::new(0),
        handler,
        client,
    }
}

/// One attempt, signed now: `(status, has Retry-After, body)`.
async fn attempt(
    client: &Client<HttpConnector, Full<Bytes>>,
    base: &str,
    headers: &[(&str, String)],
    body: &str,
) -> (StatusCode, bool, String) {
    let mut request = hyper::Request::post(base);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_owned())))
        .unwrap();
    let response = client.request(request).await.expect("the replica answers");
    let status = response.status();
    let retry_after = response.headers().contains_key("retry-after");
    let text = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        retry_after,
        String::from_utf8_lossy(&text).into_owned(),
    )
}

impl Cluster {
    async fn send(&self, replica: usize, n: usize) -> (StatusCode, bool, String) {
        let (id, body) = (format!("wh_{n}"), body(n));
        attempt(
            &self.client,
            &self.bases[replica],
            &signed_headers(&id, &body),
            &body,
        )
        .await
    }

    /// Sends delivery `n` to `replica` as OpenAI does: re-signed, again after any non-2xx
    /// answer, until a 2xx. Returns the non-2xx statuses seen on the way.
    async fn deliver(&self, replica: usize, n: usize) -> Vec<StatusCode> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        loop {
            let (status, _, _) = self.send(replica, n).await;
            if status.is_success() {
                return seen;
            }
            if status == StatusCode::SERVICE_UNAVAILABLE {
                self.unavailable.fetch_add(1, Ordering::SeqCst);
            }
            seen.push(status);
            assert!(
                Instant::now() < deadline,
                "delivery {n} to replica {replica}: no 2xx within 20 s; got {seen:?}"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Sends delivery `n` to both replicas at the same moment, each retried until 2xx.
    async fn deliver_to_both(&self, n: usize) -> Vec<StatusCode> {
        let (a, b) = tokio::join!(self.deliver(0, n), self.deliver(1, n));
        a.into_iter().chain(b).collect()
    }

    fn runs(&self) -> HashMap<String, usize> {
        self.handler.ledger.lock().unwrap().runs.clone()
    }

    fn successes(&self) -> HashMap<String, usize> {
        self.handler.ledger.lock().unwrap().successes.clone()
    }

    /// Kills Redis (its data is lost) or starts it again, empty, on the same port.
    fn redis(&self, up: bool) {
        tokio::task::block_in_place(|| self.redis.lock().unwrap().set_up(up));
    }

    async fn redis_value(&self, n: usize) -> Option<String> {
        self.target.value(n).await
    }
}

/// Runs `f(n)` for every `n` in `range`, at most 64 at a time.
async fn for_each<F, Fut>(range: std::ops::Range<usize>, f: F)
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let limit = Semaphore::new(64);
    let tasks = range.map(|n| {
        let limit = &limit;
        let f = &f;
        async move {
            let _permit = limit.acquire().await.unwrap();
            f(n).await
        }
    });
    futures_join_all(tasks).await;
}

/// Joins futures on this task (they borrow the cluster).
async fn futures_join_all<Fut: std::future::Future<Output = ()>>(
    futures: impl Iterator<Item = Fut>,
) {
    let mut set = Vec::new();
    for future in futures {
        set.push(Box::pin(future));
    }
    std::future::poll_fn(|cx| {
        set.retain_mut(|f| f.as_mut().poll(cx).is_pending());
        if set.is_empty() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
}

fn expect_once(cluster: &Cluster, range: std::ops::Range<usize>) {
    let (runs, successes) = (cluster.runs(), cluster.successes());
    for n in range.clone() {
        let id = format!("evt_{n}");
        assert_eq!(
            runs.get(&id),
            Some(&1),
            "delivery {n} ran {:?} times",
            runs.get(&id)
        );
        assert_eq!(successes.get(&id), Some(&1));
    }
    assert_eq!(runs.len(), range.len(), "only these deliveries ran");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_handle_each_of_500_deliveries_once() {
    each_of_500_deliveries_once(Kind::Single).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_tls_redis_handle_each_of_500_deliveries_once() {
    each_of_500_deliveries_once(Kind::Tls).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_a_redis_cluster_handle_each_of_500_deliveries_once() {
    each_of_500_deliveries_once(Kind::Cluster).await;
}

async fn each_of_500_deliveries_once(kind: Kind) {
    let cluster = replicas_on(kind, false).await;
    let conflicts = Mutex::new(0);
    for_each(0..500, |n| {
        let (cluster, conflicts) = (&cluster, &conflicts);
        async move {
            let seen = cluster.deliver_to_both(n).await;
            assert!(
                seen.iter().all(|s| *s == StatusCode::CONFLICT),
                "{n}: {seen:?}"
            );
            *conflicts.lock().unwrap() += seen.len();
            // A late retry, re-signed, same webhook-id: answered without running.
            let (status, _, text) = cluster.send(n % 2, n).await;
            assert_eq!(
                (status, text.as_str()),
                (StatusCode::OK, "Already handled"),
                "{n}"
            );
        }
    })
    .await;
    expect_once(&cluster, 0..500);
    println!("409 answers on the way: {}", conflicts.lock().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_failing_its_first_attempt_runs_again_on_the_retry() {
    let cluster = cluster(true).await;
    for_each(0..20, |n| {
        let cluster = &cluster;
        async move {
            let seen = cluster.deliver_to_both(n).await;
            assert_eq!(
                seen.iter()
                    .filter(|s| **s == StatusCode::INTERNAL_SERVER_ERROR)
                    .count(),
                1,
                "{n}: exactly one copy got the failure: {seen:?}"
            );
        }
    })
    .await;
    let (runs, successes) = (cluster.runs(), cluster.successes());
    for n in 0..20 {
        let id = format!("evt_{n}");
        assert_eq!((runs[&id], successes[&id]), (2, 1), "delivery {n}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopped_mid_run_gives_503s_and_nothing_runs_twice() {
    stopped_mid_run(Kind::Single).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_redis_stopped_mid_run_gives_503s_and_nothing_runs_twice() {
    stopped_mid_run(Kind::Tls).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_cluster_stopped_mid_run_gives_503s_and_nothing_runs_twice() {
    stopped_mid_run(Kind::Cluster).await;
}

async fn stopped_mid_run(kind: Kind) {
    let cluster = replicas_on(kind, false).await;
    let c = &cluster;
    for_each(0..50, |n| async move {
        c.deliver_to_both(n).await;
    })
    .await;
    expect_once(c, 0..50);

    c.redis(false);
    // While Redis is down: every copy is 503 with Retry-After, and nothing runs, not even
    // a late retry of a delivery already handled.
    for_each(50..100, |n| async move {
        for replica in [0, 1] {
            let (status, retry_after, _) = c.send(replica, n).await;
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{n} on {replica}");
            assert!(retry_after, "503 without Retry-After");
        }
    })
    .await;
    assert_eq!(c.send(0, 7).await.0, StatusCode::SERVICE_UNAVAILABLE);
    expect_once(c, 0..50);

    // Restarted (empty: persistence is off); the retries are handled once each.
    c.redis(true);
    for_each(50..100, |n| async move {
        c.deliver_to_both(n).await;
    })
    .await;
    expect_once(c, 0..100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_in_flight_across_an_outage_run_once() {
    in_flight_across_an_outage(Kind::Single).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deliveries_in_flight_across_a_cluster_outage_run_once() {
    in_flight_across_an_outage(Kind::Cluster).await;
}

async fn in_flight_across_an_outage(kind: Kind) {
    let cluster = replicas_on(kind, false).await;
    let c = &cluster;
    let stopped = &AtomicBool::new(false);
    // As OpenAI sends: one copy at a time, retried after any non-2xx. The first 50 are
    // under way when Redis goes away; the other 100 start during the outage.
    let senders = for_each(0..150, |n| async move {
        if n >= 50 {
            wait_for("the outage", || stopped.load(Ordering::SeqCst)).await;
        }
        c.deliver(n % 2, n).await;
    });
    let faults = async {
        wait_for("20 deliveries handled", || c.runs().len() >= 20).await;
        c.redis(false);
        stopped.store(true, Ordering::SeqCst);
        wait_for("20 answers of 503", || {
            c.unavailable.load(Ordering::SeqCst) >= 20
        })
        .await;
        c.redis(true);
    };
    tokio::join!(senders, faults);
    expect_once(c, 0..150);
}

/// Polls `done` every few milliseconds, for at most 20 s.
async fn wait_for(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "waited 20 s for {what}");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_handler_future_releases_its_claim_on_redis() {
    use tower::ServiceExt;
    let cluster = cluster(false).await;
    let started = Arc::new(Notify::new());
    let hanging = Handler {
        hang: Some(started.clone()),
        ..cluster.handler.clone()
    };
    let app = replica_app(&cluster.target, hanging).await;
    let text = body(1);
    let mut request = axum::http::Request::post("/webhook");
    for (name, value) in signed_headers("wh_1", &text) {
        request = request.header(name, value);
    }
    let call = tokio::spawn(app.oneshot(request.body(axum::body::Body::from(text)).unwrap()));
    started.notified().await;
    let held = cluster.redis_value(1).await.expect("claimed");
    assert!(held.starts_with("c:"), "{held}");
    call.abort();
    assert!(call.await.unwrap_err().is_cancelled());
    let deadline = Instant::now() + Duration::from_secs(10);
    while cluster.redis_value(1).await.is_some() {
        assert!(
            Instant::now() < deadline,
            "the claim was not released within 10 s"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Not 409 until the 60 s lease runs out: the retry runs now.
    assert!(cluster.deliver(0, 1).await.is_empty());
    assert_eq!(cluster.runs()["evt_1"], 2, "the dropped run and the retry");
    assert_eq!(cluster.successes()["evt_1"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_request_with_a_real_webhook_id_gets_401_and_leaves_redis_untouched() {
    let cluster = cluster(false).await;
    let forged = |n: usize| {
        let (id, body) = (format!("wh_{n}"), body(n));
        (forged_headers(&id, &body), body)
    };
    let (headers, text) = forged(1);
    for base in &cluster.bases {
        let (status, _, _) = attempt(&cluster.client, base, &headers, &text).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        cluster.redis_value(1).await,
        None,
        "a forged request claimed"
    );
    cluster.deliver_to_both(1).await;
    assert_eq!(cluster.redis_value(1).await.as_deref(), Some("done"));
    let (status, _, _) = attempt(&cluster.client, &cluster.bases[1], &headers, &text).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "not 'already handled'");
    assert_eq!(cluster.redis_value(1).await.as_deref(), Some("done"));
    expect_once(&cluster, 1..2);

    // A claim another replica holds: a forged copy does not release or complete it.
    let store = cluster.target.connect().await;
    let token = ClaimToken::generate();
    assert_eq!(
        store
            .claim("wh_2", &token, Duration::from_secs(60))
            .await
            .unwrap(),
        ClaimState::Claimed
    );
    let before = cluster.redis_value(2).await;
    let (headers, text) = forged(2);
    for base in &cluster.bases {
        let (status, _, _) = attempt(&cluster.client, base, &headers, &text).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(cluster.redis_value(2).await, before);
    assert_eq!(cluster.send(0, 2).await.0, StatusCode::CONFLICT);
}
