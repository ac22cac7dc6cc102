//! Handlers that outlast the lease: the tower layer (axum), `actix::handle_once` and
//! `Guard::run` renew the claim while the handler runs, so a retry arriving after the first
//! lease would have ended gets `409`, the handler runs once, and the delivery ends done.
//! Over real HTTP and a real Redis.

mod common;
#[path = "common/deliveries.rs"]
mod deliveries;
#[path = "common/redis_server.rs"]
mod redis_server;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use actix_web::{web, App, HttpResponse, HttpServer};
use axum::extract::State;
use axum::routing::post;
use axum::Router;
use common::http::Poster;
use deliveries::{body, signed_headers, webhook};
use hyper::StatusCode;
use openai_webhooks::actix::{handle_once, VerifiedDelivery};
use openai_webhooks::guard::{Claim, Guard, RedisStore, RunOutcome};
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use redis_server::RedisServer;

const LEASE: Duration = Duration::from_millis(300);
/// Three leases.
const HANDLER: Duration = Duration::from_millis(900);

type Runs = Arc<AtomicUsize>;

async fn guard(server: &RedisServer) -> Guard {
    let store = RedisStore::connect(&server.url()).await.expect("connect");
    Guard::new(store).with_lease(LEASE)
}

async fn slow_axum(State(runs): State<Runs>, _delivery: VerifiedWebhook) -> StatusCode {
    runs.fetch_add(1, Ordering::SeqCst);
    tokio::time::sleep(HANDLER).await;
    StatusCode::OK
}

async fn slow_actix(
    delivery: VerifiedDelivery,
    guard: web::Data<Guard>,
    runs: web::Data<Runs>,
) -> HttpResponse {
    handle_once(&guard, &delivery, || async {
        runs.fetch_add(1, Ordering::SeqCst);
        actix_web::rt::time::sleep(HANDLER).await;
        HttpResponse::Ok().finish()
    })
    .await
}

async fn post_delivery(poster: &Poster, n: usize) -> (StatusCode, String) {
    let (id, text) = (format!("wh_{n}"), body(n));
    let headers: Vec<(String, String)> = signed_headers(&id, &text)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    poster.post("/webhook", &headers, text).await
}

async fn raw_value(server: &RedisServer, n: usize) -> Option<String> {
    let mut conn = redis::Client::open(server.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    redis::cmd("GET")
        .arg(format!("openai-webhooks:delivery:wh_{n}"))
        .query_async(&mut conn)
        .await
        .unwrap()
}

/// The first copy runs three leases long; retries arrive at 1.5 and 2.5 leases.
async fn a_slow_handler_runs_once(base: String, server: &RedisServer, runs: &Runs) {
    let poster = Arc::new(Poster::new(base));
    let first = tokio::spawn({
        let poster = poster.clone();
        async move { post_delivery(&poster, 1).await }
    });
    tokio::time::sleep(LEASE * 3 / 2).await;
    for _ in 0..2 {
        let (status, _) = post_delivery(&poster, 1).await;
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "a retry while the handler runs"
        );
        let held = raw_value(server, 1).await.expect("claimed");
        assert!(held.starts_with("c:"), "{held}");
        tokio::time::sleep(LEASE).await;
    }
    assert_eq!(first.await.unwrap().0, StatusCode::OK);
    assert_eq!(runs.load(Ordering::SeqCst), 1, "the handler ran once");
    assert_eq!(raw_value(server, 1).await.as_deref(), Some("done"));
    let (status, text) = post_delivery(&poster, 1).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "Already handled"));
    assert_eq!(runs.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tower_layer_renews_the_lease_of_a_slow_handler() {
    let server = RedisServer::start();
    let runs = Runs::default();
    let app = Router::new()
        .route(
            "/webhook",
            post(slow_axum).layer(WebhookLayer::new(webhook(), guard(&server).await)),
        )
        .with_state(runs.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    a_slow_handler_runs_once(base, &server, &runs).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn handle_once_renews_the_lease_of_a_slow_handler() {
    let server = RedisServer::start();
    let runs = Runs::default();
    let url = server.url();
    let data = (web::Data::new(webhook()), web::Data::new(runs.clone()));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            // Made on actix's runtime, which then drives its connection.
            let guard = web::Data::new(
                Guard::new(RedisStore::connect(&url).await.expect("connect")).with_lease(LEASE),
            );
            let server = HttpServer::new(move || {
                App::new()
                    .app_data(data.0.clone())
                    .app_data(data.1.clone())
                    .app_data(guard.clone())
                    .route("/webhook", web::post().to(slow_actix))
            })
            .workers(1)
            .bind("127.0.0.1:0")
            .unwrap();
            let addr = server.addrs()[0];
            let server = server.run();
            tx.send((addr, server.handle())).unwrap();
            server.await.unwrap();
        })
    });
    let (addr, handle) = rx.recv().unwrap();
    a_slow_handler_runs_once(format!("http://{addr}"), &server, &runs).await;
    handle.stop(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guard_run_renews_the_lease_of_a_slow_handler() {
    let server = RedisServer::start();
    let guard = guard(&server).await;
    let run = tokio::spawn({
        let guard = guard.clone();
        async move {
            let handler = async {
                tokio::time::sleep(HANDLER).await;
                Ok::<_, ()>("handled")
            };
            guard.run("wh_1", handler).await
        }
    });
    tokio::time::sleep(LEASE * 3 / 2).await;
    assert!(matches!(
        guard.claim("wh_1").await.unwrap(),
        Claim::InProgress { .. }
    ));
    assert_eq!(run.await.unwrap().unwrap(), RunOutcome::Ran(Ok("handled")));
    assert!(matches!(guard.claim("wh_1").await.unwrap(), Claim::Done));
}

/// Without renewal (a handle used directly, no `keep_alive`), the lease runs out and a
/// retry takes over; the slow copy's completion then changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_renewal_a_retry_takes_over_and_the_late_completion_is_refused() {
    let server = RedisServer::start();
    let guard = guard(&server).await;
    let Claim::Claimed(slow) = guard.claim("wh_1").await.unwrap() else {
        panic!("first claim");
    };
    tokio::time::sleep(LEASE * 3 / 2).await;
    let Claim::Claimed(retry) = guard.claim("wh_1").await.unwrap() else {
        panic!("the lease ran out: the retry claims");
    };
    assert!(!slow.renew().await.unwrap(), "no longer ours");
    assert!(!slow.complete().await.unwrap(), "another copy holds it");
    assert!(retry.complete().await.unwrap());
}
