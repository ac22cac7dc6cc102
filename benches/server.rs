//! What verification costs a real server: throughput and latency of axum servers under the
//! same load, with and without the crate's receive path.
//!
//! ```sh
//! cargo bench --bench server --features axum,tower
//! cargo bench --bench server --features axum,tower -- --requests 20000 --rounds 7 --concurrency 32
//! ```
//!
//! - **full path:** `POST /webhook` behind `WebhookLayer::new(webhook, Guard::in_memory())`
//!   (body limit, verify, parse, claim and complete in the in-memory guard), handler takes
//!   `VerifiedEvent`;
//! - **extractor:** the same handler without the layer: `VerifiedEvent` reads, verifies and
//!   parses the body itself (no duplicate guard), to split the cost between verification and
//!   the guard;
//! - **no-op store:** the full path with a store that remembers nothing (every claim
//!   succeeds), to split the guard's cost between the layer and the in-memory store;
//! - **no verify:** the same route and handler shape, reading the body as `Bytes` and
//!   answering `200` without verifying.
//!
//! All listen on 127.0.0.1. A load generator in this process keeps `--concurrency`
//! keep-alive HTTP/1.1 connections busy until `--requests` requests are answered, round by
//! round, alternating the servers. Every request is a distinct, correctly signed
//! `response.completed` delivery with its own `webhook-id`, signed before the round starts.
//! Any answer but `200`, or a handler count that does not match, aborts the run.
//!
//! The servers run on a runtime of their own (threads named `server`), the load generator
//! on another; both share the machine's cores. "CPU µs/req" is the on-CPU time of the
//! server threads (and of the load generator's) during the round, per request (Linux
//! `/proc/self/task/*/schedstat`). `--only full` runs one server, e.g. under a profiler;
//! `--prefill` starts the full path's store full (100,000 handled deliveries), as in a
//! long-running server.

#[path = "common/instant_store.rs"]
mod instant_store;

use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{FromRef, State};
use axum::http::{HeaderValue, Request, StatusCode};
use axum::routing::post;
use axum::Router;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper_util::rt::TokioIo;
use instant_store::InstantStore;
use openai_webhooks::axum::VerifiedEvent;
use openai_webhooks::guard::{Claim, Guard, DEFAULT_MAX_ENTRIES};
use openai_webhooks::tower::WebhookLayer;
use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use tokio::net::{TcpListener, TcpStream};

const SECRET: &str = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
/// Upper bound on one round. Deliveries are signed just before their round, well inside the
/// 300 s signature tolerance.
const ROUND_TIMEOUT: Duration = Duration::from_secs(20);
/// Upper bound on the whole run.
const RUN_TIMEOUT: Duration = Duration::from_secs(100);
const THROUGHPUT_TARGET: f64 = 0.90;
const P99_TARGET: f64 = 1.20;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

struct Options {
    requests: usize,
    rounds: usize,
    concurrency: usize,
    only: Option<Kind>,
    prefill: bool,
}

impl Options {
    /// `--requests N`, `--rounds N`, `--concurrency N`, `--only KIND`, `--prefill`; cargo's
    /// own `--bench` is ignored.
    fn parse() -> Result<Options, BoxError> {
        let mut options = Options {
            requests: 20_000,
            rounds: 7,
            concurrency: 32,
            only: None,
            prefill: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if arg == "--prefill" {
                options.prefill = true;
                continue;
            }
            if arg == "--only" {
                let name = args.next().unwrap_or_default();
                let kind = Kind::ALL.into_iter().find(|k| k.short() == name);
                options.only = Some(kind.ok_or("--only needs none, extractor, noop or full")?);
                continue;
            }
            let slot = match arg.as_str() {
                "--requests" => &mut options.requests,
                "--rounds" => &mut options.rounds,
                "--concurrency" => &mut options.concurrency,
                _ => continue,
            };
            *slot = args
                .next()
                .ok_or_else(|| format!("{arg} needs a number"))?
                .parse()
                .map_err(|_| format!("{arg} needs a number"))?;
        }
        if options.requests == 0 || options.rounds == 0 || options.concurrency == 0 {
            return Err("--requests, --rounds and --concurrency must be at least 1".into());
        }
        Ok(options)
    }
}

#[derive(Clone)]
struct App {
    webhook: Webhook,
    runs: Arc<AtomicUsize>,
}

impl FromRef<App> for Webhook {
    fn from_ref(app: &App) -> Webhook {
        app.webhook.clone()
    }
}

async fn full_path(State(app): State<App>, VerifiedEvent(event): VerifiedEvent) -> StatusCode {
    match event {
        UnwrapWebhookEvent::ResponseCompleted(_) => {
            app.runs.fetch_add(1, Ordering::Relaxed);
            StatusCode::OK
        }
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

async fn no_verify(State(app): State<App>, body: Bytes) -> StatusCode {
    black_box(body);
    app.runs.fetch_add(1, Ordering::Relaxed);
    StatusCode::OK
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    NoVerify,
    Extractor,
    NoopStore,
    FullPath,
}

impl Kind {
    const ALL: [Kind; 4] = [
        Kind::NoVerify,
        Kind::Extractor,
        Kind::NoopStore,
        Kind::FullPath,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::NoVerify => "no verify",
            Kind::Extractor => "extractor",
            Kind::NoopStore => "no-op store",
            Kind::FullPath => "full path",
        }
    }

    fn short(self) -> &'static str {
        match self {
            Kind::NoVerify => "none",
            Kind::Extractor => "extractor",
            Kind::NoopStore => "noop",
            Kind::FullPath => "full",
        }
    }
}

struct Server {
    kind: Kind,
    addr: SocketAddr,
    runs: Arc<AtomicUsize>,
}

async fn start(kind: Kind, prefill: bool) -> Result<Server, BoxError> {
    let app = App {
        webhook: Webhook::new(SECRET)?,
        runs: Arc::default(),
    };
    let route = match kind {
        Kind::NoVerify => post(no_verify),
        Kind::Extractor => post(full_path),
        Kind::NoopStore => post(full_path).layer(WebhookLayer::new(
            app.webhook.clone(),
            Guard::new(InstantStore),
        )),
        Kind::FullPath => {
            let guard = Guard::in_memory();
            if prefill {
                fill(&guard).await?;
            }
            post(full_path).layer(WebhookLayer::new(app.webhook.clone(), guard))
        }
    };
    let runs = app.runs.clone();
    let router = Router::new().route("/webhook", route).with_state(app);
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(Server { kind, addr, runs })
}

/// Handles `DEFAULT_MAX_ENTRIES` other deliveries, so the store starts full, as in a
/// long-running server: each new claim then evicts the oldest delivery.
async fn fill(guard: &Guard) -> Result<(), BoxError> {
    for i in 0..DEFAULT_MAX_ENTRIES {
        match guard.claim(&format!("wh_prefill_{i:08}")).await? {
            Claim::Claimed(claim) => claim.complete().await?,
            _ => return Err("a pre-fill id was already claimed".into()),
        };
    }
    Ok(())
}

/// One signed delivery, ready to send.
struct Delivery {
    id: HeaderValue,
    timestamp: HeaderValue,
    signature: HeaderValue,
    body: Bytes,
}

/// The spec's `response.completed` sample with a fresh event id.
struct Sample {
    text: String,
    event_id: String,
}

impl Sample {
    fn load() -> Result<Sample, BoxError> {
        let text = UnwrapWebhookEvent::sample_payload("response.completed")
            .ok_or("the spec has no response.completed sample")?;
        let value: serde_json::Value = serde_json::from_str(&text)?;
        let event_id = value["id"]
            .as_str()
            .ok_or("the sample has no event id")?
            .to_owned();
        Ok(Sample { text, event_id })
    }

    fn with_event_id(&self, id: &str) -> String {
        self.text
            .replacen(&format!("\"{}\"", self.event_id), &format!("\"{id}\""), 1)
    }
}

/// `count` deliveries, each with its own `webhook-id` and event id, signed now.
fn sign(sample: &Sample, tag: &str, count: usize) -> Result<Vec<Delivery>, BoxError> {
    let webhook = Webhook::new(SECRET)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    let timestamp = i64::try_from(now)?;
    (0..count)
        .map(|i| {
            let webhook_id = format!("wh_bench_{tag}_{i:08}");
            let body = sample.with_event_id(&format!("evt_bench_{tag}_{i:08}"));
            let signature = webhook.sign(&webhook_id, timestamp, &body);
            Ok(Delivery {
                id: HeaderValue::from_str(&webhook_id)?,
                timestamp: HeaderValue::from_str(&timestamp.to_string())?,
                signature: HeaderValue::from_str(&signature)?,
                body: Bytes::from(body),
            })
        })
        .collect()
}

struct Round {
    throughput: f64,
    p50: Duration,
    p99: Duration,
    cpu_per_request: Option<Duration>,
    load_cpu_per_request: Option<Duration>,
}

async fn connect(addr: SocketAddr) -> Result<SendRequest<Full<Bytes>>, BoxError> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    Ok(sender)
}

/// Sends deliveries from the shared queue on one keep-alive connection; returns latencies.
async fn drive(
    mut sender: SendRequest<Full<Bytes>>,
    addr: SocketAddr,
    deliveries: Arc<Vec<Delivery>>,
    next: Arc<AtomicUsize>,
) -> Result<Vec<Duration>, BoxError> {
    let uri = format!("http://{addr}/webhook");
    let mut latencies = Vec::with_capacity(deliveries.len());
    while let Some(delivery) = deliveries.get(next.fetch_add(1, Ordering::Relaxed)) {
        let request = Request::post(&uri)
            .header("host", "127.0.0.1")
            .header("content-type", "application/json")
            .header("webhook-id", delivery.id.clone())
            .header("webhook-timestamp", delivery.timestamp.clone())
            .header("webhook-signature", delivery.signature.clone())
            .body(Full::new(delivery.body.clone()))?;
        sender.ready().await?;
        let start = Instant::now();
        let response = sender.send_request(request).await?;
        let status = response.status();
        response.into_body().collect().await?;
        latencies.push(start.elapsed());
        if status != StatusCode::OK {
            return Err(format!("answered {status}, expected 200").into());
        }
    }
    Ok(latencies)
}

/// On-CPU time of this process's threads whose name starts with `prefix`, if the kernel
/// reports it.
fn cpu(prefix: &str) -> Option<Duration> {
    let mut total = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let path = task.ok()?.path();
        let comm = std::fs::read_to_string(path.join("comm")).ok()?;
        if !comm.starts_with(prefix) {
            continue;
        }
        let schedstat = std::fs::read_to_string(path.join("schedstat")).ok()?;
        total += schedstat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(total))
}

async fn round(
    server: &Server,
    deliveries: Vec<Delivery>,
    concurrency: usize,
) -> Result<Round, BoxError> {
    let count = deliveries.len();
    let deliveries = Arc::new(deliveries);
    let next = Arc::new(AtomicUsize::new(0));
    let mut senders = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        senders.push(connect(server.addr).await?);
    }
    let runs_before = server.runs.load(Ordering::Relaxed);
    let cpu_before = cpu("server");
    let load_before = cpu("load");
    let start = Instant::now();
    let tasks: Vec<_> = senders
        .into_iter()
        .map(|sender| tokio::spawn(drive(sender, server.addr, deliveries.clone(), next.clone())))
        .collect();
    let mut latencies = Vec::with_capacity(count);
    for task in tasks {
        latencies.extend(task.await??);
    }
    let elapsed = start.elapsed();
    let spent = |after: Option<Duration>, before: Option<Duration>| {
        after
            .zip(before)
            .map(|(after, before)| after.saturating_sub(before) / count as u32)
    };
    let cpu_per_request = spent(cpu("server"), cpu_before);
    let load_cpu_per_request = spent(cpu("load"), load_before);
    let runs = server.runs.load(Ordering::Relaxed) - runs_before;
    if latencies.len() != count || runs != count {
        return Err(format!(
            "{}: {count} deliveries sent, {} answered, handler ran {runs} times",
            server.kind.name(),
            latencies.len()
        )
        .into());
    }
    latencies.sort_unstable();
    Ok(Round {
        throughput: count as f64 / elapsed.as_secs_f64(),
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
        cpu_per_request,
        load_cpu_per_request,
    })
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((sorted.len() as f64 * q).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    (values[(n - 1) / 2] + values[n / 2]) / 2.0
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn cpu_text(cpu: Option<f64>) -> String {
    cpu.map_or_else(|| "n/a".to_owned(), |us| format!("{us:.1}"))
}

struct Summary {
    throughput: f64,
    p50: f64,
    p99: f64,
    cpu: Option<f64>,
    load_cpu: Option<f64>,
}

fn summarize<'a>(rounds: impl Iterator<Item = &'a Round> + Clone) -> Summary {
    let median_of = |f: fn(&Round) -> f64| median(rounds.clone().map(f).collect());
    let median_cpu = |f: fn(&Round) -> Option<Duration>| {
        let values: Option<Vec<f64>> = rounds.clone().map(|r| f(r).map(micros)).collect();
        values.map(median)
    };
    Summary {
        throughput: median_of(|r| r.throughput),
        p50: median_of(|r| micros(r.p50)),
        p99: median_of(|r| micros(r.p99)),
        cpu: median_cpu(|r| r.cpu_per_request),
        load_cpu: median_cpu(|r| r.load_cpu_per_request),
    }
}

const HEADER: [&str; 6] = [
    "server",
    "req/s",
    "p50 µs",
    "p99 µs",
    "CPU µs/req",
    "load µs/req",
];

fn print_row(
    first: &str,
    throughput: f64,
    p50: f64,
    p99: f64,
    cpu: Option<f64>,
    load: Option<f64>,
) {
    println!(
        "{first:<16} {throughput:>9.0} {p50:>8.1} {p99:>8.1} {:>11} {:>11}",
        cpu_text(cpu),
        cpu_text(load)
    );
}

fn print_header(first: &str) {
    let [_, a, b, c, d, e] = HEADER;
    println!("{first:<16} {a:>9} {b:>8} {c:>8} {d:>11} {e:>11}");
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT met"
    }
}

async fn run(options: Options, servers: Vec<Server>) -> Result<(), BoxError> {
    let sample = Sample::load()?;
    let body_len = sample.with_event_id("evt_bench_x_00000000").len();
    println!(
        "server bench: {} keep-alive connections, {} requests a round, {} rounds per server \
         in turn, {body_len}-byte response.completed bodies, {} CPUs shared by the servers \
         and the load generator",
        options.concurrency,
        options.requests,
        options.rounds,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );

    // Warm-up: connections, allocator, caches, the guard's maps.
    let warmup = (options.requests / 10).max(options.concurrency);
    for server in &servers {
        let tag = format!("warmup{}", server.kind as u8);
        let deliveries = sign(&sample, &tag, warmup)?;
        tokio::time::timeout(
            ROUND_TIMEOUT,
            round(server, deliveries, options.concurrency),
        )
        .await
        .map_err(|_| format!("warm-up took over {ROUND_TIMEOUT:?}"))??;
    }

    println!();
    print_header("round, server");
    let mut results: Vec<(Kind, Round)> = Vec::new();
    for n in 0..options.rounds {
        for server in &servers {
            let tag = format!("r{n}s{}", server.kind as u8);
            let deliveries = sign(&sample, &tag, options.requests)?;
            let result = tokio::time::timeout(
                ROUND_TIMEOUT,
                round(server, deliveries, options.concurrency),
            )
            .await
            .map_err(|_| format!("round {} took over {ROUND_TIMEOUT:?}", n + 1))??;
            print_row(
                &format!("{:>2} {}", n + 1, server.kind.name()),
                result.throughput,
                micros(result.p50),
                micros(result.p99),
                result.cpu_per_request.map(micros),
                result.load_cpu_per_request.map(micros),
            );
            results.push((server.kind, result));
        }
    }

    let summaries: Vec<(Kind, Summary)> = servers
        .iter()
        .map(|server| {
            let rounds = results.iter().filter(|(k, _)| *k == server.kind);
            (server.kind, summarize(rounds.map(|(_, r)| r)))
        })
        .collect();
    println!();
    print_header(&format!("median of {}", options.rounds));
    for (kind, s) in &summaries {
        print_row(kind.name(), s.throughput, s.p50, s.p99, s.cpu, s.load_cpu);
    }
    let find = |kind: Kind| summaries.iter().find(|(k, _)| *k == kind).map(|(_, s)| s);
    let Some(base) = find(Kind::NoVerify) else {
        return Ok(());
    };
    println!();
    println!("vs no verify     req/s      p50      p99  server CPU");
    for (kind, s) in summaries.iter().filter(|(k, _)| *k != Kind::NoVerify) {
        let cpu = match (s.cpu, base.cpu) {
            (Some(c), Some(b)) => format!("{:+.1} µs", c - b),
            _ => "n/a".to_owned(),
        };
        println!(
            "{:<16} {:>5.3}x {:>7.3}x {:>7.3}x  {cpu}",
            kind.name(),
            s.throughput / base.throughput,
            s.p50 / base.p50,
            s.p99 / base.p99,
        );
    }
    if let Some(full) = find(Kind::FullPath) {
        let throughput = full.throughput / base.throughput;
        let p99 = full.p99 / base.p99;
        println!();
        println!(
            "full path: throughput {throughput:.3}x (target >= {THROUGHPUT_TARGET:.2}: {}), \
             p99 {p99:.3}x (target <= {P99_TARGET:.2}: {})",
            verdict(throughput >= THROUGHPUT_TARGET),
            verdict(p99 <= P99_TARGET)
        );
        if let (Some(bs), Some(bl), Some(fs), Some(fl)) =
            (base.cpu, base.load_cpu, full.cpu, full.load_cpu)
        {
            // On a machine the servers and the load generator saturate together.
            println!(
                "throughput the CPU per request allows: {:.3}x",
                (bs + bl) / (fs + fl)
            );
        }
    }
    Ok(())
}

fn main() -> Result<(), BoxError> {
    let options = Options::parse()?;
    let servers = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("server")
        .enable_all()
        .build()?;
    let load = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("load")
        .enable_all()
        .build()?;
    // Each runtime drives the sockets and tasks started inside it.
    let kinds = Kind::ALL
        .into_iter()
        .filter(|k| options.only.is_none_or(|only| only == *k));
    let started = kinds
        .map(|kind| servers.block_on(start(kind, options.prefill)))
        .collect::<Result<Vec<_>, _>>()?;
    load.block_on(async {
        tokio::time::timeout(RUN_TIMEOUT, run(options, started))
            .await
            .map_err(|_| format!("the run took over {RUN_TIMEOUT:?}"))?
    })
}
