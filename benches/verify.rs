//! `verify_signature` against its limit: the bare keyed HMAC-SHA256 (170-byte event) and raw
//! SHA-256 (1 MiB payload). Prints the ratios at the end. Run: `cargo bench --bench verify`.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use sha2::{Digest, Sha256};

fn small(c: &mut Criterion) {
    let (webhook, limit, now) = (common::webhook(), common::Limit::new(), common::now());
    let body = common::event_170();
    let pairs = common::headers(body.as_bytes());
    let map = common::header_map(body.as_bytes());
    let mut g = c.benchmark_group("verify_170B");
    g.bench_function("limit", |b| {
        b.iter(|| limit.mac(black_box(body.as_bytes())))
    });
    g.bench_function("ours", |b| {
        b.iter(|| webhook.verify_signature_at(black_box(&body), black_box(&pairs), now))
    });
    g.bench_function("ours_header_map", |b| {
        b.iter(|| webhook.verify_signature_at(black_box(&body), black_box(&map), now))
    });
    g.finish();
}

fn large(c: &mut Criterion) {
    let (webhook, now) = (common::webhook(), common::now());
    let payload = vec![b'x'; 1 << 20];
    let pairs = common::headers(&payload);
    let mut g = c.benchmark_group("verify_1MiB");
    g.throughput(Throughput::Bytes(payload.len() as u64));
    g.sample_size(30);
    g.bench_function("sha256", |b| b.iter(|| Sha256::digest(black_box(&payload))));
    g.bench_function("ours", |b| {
        b.iter(|| webhook.verify_signature_at(black_box(&payload), black_box(&pairs), now))
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    small(&mut c);
    large(&mut c);
    c.final_summary();
    common::print_ratio("verify_170B", "ours", "limit");
    common::print_ratio("verify_170B", "ours_header_map", "limit");
    common::print_ratio("verify_1MiB", "ours", "sha256");
}
