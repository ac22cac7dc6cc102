//! The tower layer's own cost: an axum route behind `WebhookLayer` (verify, parse, claim,
//! call, complete) against the same route with the `VerifiedEvent` extractor alone (verify,
//! parse). The layer's guard has a store that answers at once, so the difference is the
//! layer, not a store. A third route, the extractor behind a layer that does nothing, shows
//! what axum's layering of a route costs by itself. Prints the medians and their ratios. Run: `cargo bench --bench layer
//! --features axum,tower`.

mod common;
#[path = "common/instant_store.rs"]
mod instant_store;

use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::routing::post;
use axum::Router;
use criterion::Criterion;
use instant_store::InstantStore;
use openai_webhooks::axum::VerifiedEvent;
use openai_webhooks::guard::Guard;
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use tower::ServiceExt;

fn request(headers: &http::HeaderMap, body: &bytes::Bytes) -> Request<Body> {
    let mut request = Request::new(Body::from(body.clone()));
    *request.method_mut() = Method::POST;
    *request.uri_mut() = "/webhook".parse().unwrap();
    *request.headers_mut() = headers.clone();
    request
}

fn layer(c: &mut Criterion) {
    let webhook = common::webhook();
    let body = bytes::Bytes::from(common::event_170());
    // Signed now: the layer checks the timestamp against the real clock.
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let mut headers = http::HeaderMap::new();
    let signature = webhook.sign(common::ID, now as i64, &body);
    for (name, value) in [
        ("webhook-id", common::ID.to_owned()),
        ("webhook-timestamp", now.to_string()),
        ("webhook-signature", signature),
        ("content-type", "application/json".to_owned()),
    ] {
        headers.insert(name, value.parse().unwrap());
    }
    let extractor = Router::new()
        .route(
            "/webhook",
            post(|VerifiedEvent(_): VerifiedEvent| async { StatusCode::OK }),
        )
        .with_state(webhook.clone());
    // The extractor behind a layer that does nothing: what axum's layering itself costs.
    let empty_layer = Router::new()
        .route(
            "/webhook",
            post(|VerifiedEvent(_): VerifiedEvent| async { StatusCode::OK })
                .layer(tower::layer::util::Identity::new()),
        )
        .with_state(webhook.clone());
    let layered = Router::new().route(
        "/webhook",
        post(|_: VerifiedWebhook| async { StatusCode::OK })
            .layer(WebhookLayer::new(webhook, Guard::new(InstantStore))),
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let routers = [
        ("extractor", &extractor),
        ("empty_layer", &empty_layer),
        ("layer", &layered),
    ];
    for (name, router) in routers {
        let status = rt
            .block_on(router.clone().oneshot(request(&headers, &body)))
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::OK, "{name}");
    }
    let mut g = c.benchmark_group("layer_170B");
    g.bench_function("extractor", |b| {
        b.iter(|| rt.block_on(extractor.clone().oneshot(request(&headers, &body))))
    });
    g.bench_function("empty_layer", |b| {
        b.iter(|| rt.block_on(empty_layer.clone().oneshot(request(&headers, &body))))
    });
    g.bench_function("layer", |b| {
        b.iter(|| rt.block_on(layered.clone().oneshot(request(&headers, &body))))
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    layer(&mut c);
    c.final_summary();
    common::print_ratio("layer_170B", "layer", "extractor");
    common::print_ratio("layer_170B", "layer", "empty_layer");
    common::print_ratio("layer_170B", "empty_layer", "extractor");
}
