//! Shared bench inputs, the "limit" baselines, and the ratio report.
#![allow(dead_code)]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use openai_webhooks::Webhook;
use sha2::Sha256;

pub const SECRET: &str = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
pub const KEY_B64: &str = "RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
pub const ID: &str = "wh_685c059ae39c8190af8c71ed1022a24d";
pub const TS: &str = "1750861210";

/// A 170-byte `response.completed` event, as OpenAI sends them.
pub fn event_170() -> String {
    let body = r#"{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_685c059ae3a481909bdc8681"}}"#;
    assert_eq!(body.len(), 170);
    body.to_owned()
}

pub fn webhook() -> Webhook {
    Webhook::new(SECRET).unwrap()
}

pub fn now() -> std::time::SystemTime {
    UNIX_EPOCH + Duration::from_secs(TS.parse().unwrap())
}

pub fn headers(payload: &[u8]) -> [(&'static str, String); 3] {
    [
        ("webhook-id", ID.to_owned()),
        ("webhook-timestamp", TS.to_owned()),
        (
            "webhook-signature",
            webhook().sign(ID, TS.parse().unwrap(), payload),
        ),
    ]
}

pub fn header_map(payload: &[u8]) -> http::HeaderMap {
    headers(payload)
        .iter()
        .map(|(k, v)| (http::HeaderName::from_static(k), v.parse().unwrap()))
        .collect()
}

/// The three headers among the others a delivery through a proxy typically carries (16 in all),
/// as owned pairs in arrival order.
pub fn typical_pairs(payload: &[u8]) -> Vec<(String, String)> {
    let others = OTHER_HEADERS
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()));
    let webhook = headers(payload).map(|(k, v)| (k.to_owned(), v));
    others.chain(webhook).collect()
}

/// The same 16 headers in an `http::HeaderMap`.
pub fn typical_header_map(payload: &[u8]) -> http::HeaderMap {
    let mut map = http::HeaderMap::new();
    for (k, v) in OTHER_HEADERS {
        map.append(
            http::HeaderName::from_static(k),
            http::HeaderValue::from_static(v),
        );
    }
    map.extend(header_map(payload));
    map
}

/// Headers other than the webhook ones that a proxied delivery typically carries.
const OTHER_HEADERS: [(&str, &str); 13] = [
    ("host", "hooks.example.com"),
    (
        "user-agent",
        "OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)",
    ),
    ("content-type", "application/json"),
    ("content-length", "170"),
    ("accept", "*/*"),
    ("accept-encoding", "gzip, deflate"),
    ("x-forwarded-for", "192.0.2.10"),
    ("x-forwarded-proto", "https"),
    ("x-request-id", "4bf92f3577b34da6a3ce929d0e0e4736"),
    (
        "traceparent",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    ),
    ("via", "1.1 proxy"),
    ("connection", "keep-alive"),
    ("cdn-loop", "example"),
];

/// The limit: HMAC-SHA256 with the key pre-computed, over `id.ts.payload`, nothing else.
pub struct Limit(Hmac<Sha256>);

impl Limit {
    pub fn new() -> Self {
        use base64::Engine as _;
        let key = base64::engine::general_purpose::STANDARD
            .decode(KEY_B64)
            .unwrap();
        Limit(<Hmac<Sha256> as KeyInit>::new_from_slice(&key).unwrap())
    }

    pub fn mac(&self, payload: &[u8]) -> [u8; 32] {
        // The id and timestamp come from headers at run time: keep the compiler from
        // specializing the HMAC feeding to these constants' lengths.
        let (id, ts) = (black_box(ID.as_bytes()), black_box(TS.as_bytes()));
        let mut mac = self.0.clone();
        mac.update(id);
        mac.update(b".");
        mac.update(ts);
        mac.update(b".");
        mac.update(payload);
        mac.finalize().into_bytes().into()
    }
}

/// Prints `ours / limit` from the estimates criterion just saved: the ratio of the medians,
/// and the ratio of the fastest samples (time per iteration of the quickest batch). On a
/// shared machine most batches are slowed by other processes by different amounts; the
/// fastest batch of each is the one least disturbed, so its ratio is the steadier of the two.
pub fn print_ratio(group: &str, ours: &str, limit: &str) {
    let (Some(a), Some(b)) = (median_ns(group, ours), median_ns(group, limit)) else {
        return;
    };
    let (Some(fa), Some(fb)) = (fastest_ns(group, ours), fastest_ns(group, limit)) else {
        return;
    };
    println!(
        "{group}: {ours} {a:.1} ns, {limit} {b:.1} ns, ratio {:.3} ({:+.0} ns); fastest samples {fa:.1} ns, {fb:.1} ns, ratio {:.3} ({:+.0} ns)",
        a / b,
        a - b,
        fa / fb,
        fa - fb
    );
}

fn median_ns(group: &str, id: &str) -> Option<f64> {
    let json = saved(group, id, "estimates.json")?;
    json.pointer("/median/point_estimate")?.as_f64()
}

/// The lowest time per iteration over the samples criterion just saved.
fn fastest_ns(group: &str, id: &str) -> Option<f64> {
    let json = saved(group, id, "sample.json")?;
    let iters = json.get("iters")?.as_array()?;
    let times = json.get("times")?.as_array()?;
    iters
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()?))
        .min_by(f64::total_cmp)
}

fn saved(group: &str, id: &str, file: &str) -> Option<serde_json::Value> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    let path = target
        .join("criterion")
        .join(group)
        .join(id)
        .join("new")
        .join(file);
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}
