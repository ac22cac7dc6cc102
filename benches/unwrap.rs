//! `unwrap` against its limit: the bare keyed HMAC plus `serde_json::from_slice` straight into
//! the event's generated struct. Prints the ratio at the end. Run: `cargo bench --bench unwrap`.

mod common;

use std::hint::black_box;

use criterion::Criterion;
use openai_webhooks::events::ResponseCompletedWebhookEvent;

fn unwrap(c: &mut Criterion) {
    let (webhook, limit, now) = (common::webhook(), common::Limit::new(), common::now());
    let body = common::event_170();
    let pairs = common::headers(body.as_bytes());
    let map = common::header_map(body.as_bytes());
    let typical = common::typical_header_map(body.as_bytes());
    let unknown = body.replace("response.completed", "response.reticulated");
    let unknown_pairs = common::headers(unknown.as_bytes());
    let mut g = c.benchmark_group("unwrap_170B");
    g.bench_function("limit", |b| {
        b.iter(|| {
            let tag = limit.mac(black_box(body.as_bytes()));
            let event: ResponseCompletedWebhookEvent =
                serde_json::from_slice(black_box(body.as_bytes())).unwrap();
            (tag, event)
        })
    });
    g.bench_function("ours", |b| {
        b.iter(|| webhook.unwrap_at(black_box(&body), black_box(&pairs), now))
    });
    g.bench_function("ours_header_map", |b| {
        b.iter(|| webhook.unwrap_at(black_box(&body), black_box(&map), now))
    });
    g.bench_function("ours_header_map_16", |b| {
        b.iter(|| webhook.unwrap_at(black_box(&body), black_box(&typical), now))
    });
    g.bench_function("ours_unknown_type", |b| {
        b.iter(|| webhook.unwrap_at(black_box(&unknown), black_box(&unknown_pairs), now))
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    unwrap(&mut c);
    c.final_summary();
    common::print_ratio("unwrap_170B", "ours", "limit");
    common::print_ratio("unwrap_170B", "ours_header_map", "limit");
    common::print_ratio("unwrap_170B", "ours_header_map_16", "limit");
    common::print_ratio("unwrap_170B", "ours_unknown_type", "limit");
}
