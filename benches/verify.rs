//! `verify_signature` against its limit: the bare keyed HMAC-SHA256 (170-byte event) and raw
//! SHA-256 (1 MiB payload), plus the signature comparisons on their own. Prints the ratios at
//! the end. Run: `cargo bench --bench verify`.

mod common;

use std::hint::black_box;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use criterion::{Criterion, Throughput};
use openai_webhooks::{Webhook, WebhookHeader, WebhookHeaders};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

fn small(c: &mut Criterion) {
    let (webhook, limit, now) = (common::webhook(), common::Limit::new(), common::now());
    let body = common::event_170();
    let pairs = common::headers(body.as_bytes());
    let map = common::header_map(body.as_bytes());
    let typical = common::typical_header_map(body.as_bytes());
    // Rotation: the delivery is signed with the new secret, which this verifier holds second.
    let rotating = Webhook::new("whsec_b2xkLXNlY3JldC1rZXk=")
        .unwrap()
        .with_additional_secret(common::SECRET)
        .unwrap();
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
    g.bench_function("ours_header_map_16", |b| {
        b.iter(|| webhook.verify_signature_at(black_box(&body), black_box(&typical), now))
    });
    g.bench_function("ours_two_secrets", |b| {
        b.iter(|| rotating.verify_signature_at(black_box(&body), black_box(&map), now))
    });
    g.finish();
}

/// The whole verify with simpler ways of finding the three headers, side by side with the
/// crate's: is the header matching worth its code next to an HMAC over the body?
fn header_lookup(c: &mut Criterion) {
    let (webhook, now) = (common::webhook(), common::now());
    let body = common::event_170();
    let pairs = common::headers(body.as_bytes());
    let typical_pairs = common::typical_pairs(body.as_bytes());
    let map = common::header_map(body.as_bytes());
    let typical = common::typical_header_map(body.as_bytes());
    let mut g = c.benchmark_group("header_lookup");
    let mut run = |id: &str, headers: &dyn WebhookHeaders| {
        g.bench_function(id, |b| {
            b.iter(|| webhook.verify_signature_at(black_box(&body), black_box(headers), now))
        });
    };
    run("pairs_3_ours", &pairs);
    run("pairs_3_eq_ignore_ascii_case", &PlainPairs(&pairs, std_eq));
    run("pairs_3_fold", &PlainPairs(&pairs, fold_eq));
    run("pairs_16_ours", &typical_pairs);
    run(
        "pairs_16_eq_ignore_ascii_case",
        &PlainPairs(&typical_pairs, std_eq),
    );
    run("pairs_16_fold", &PlainPairs(&typical_pairs, fold_eq));
    run("map_3_ours", &map);
    run("map_3_get_all", &GetAll(&map));
    run("map_16_ours", &typical);
    run("map_16_get_all", &GetAll(&typical));
    g.finish();
}

/// Pairs matched against each of the three names with `eq`, one of the simpler ways below.
/// (`F` is a function item, so the comparison is inlined as the crate's is.)
struct PlainPairs<'h, K, F>(&'h [(K, String)], F);

impl<K: AsRef<str>, F: Fn(&[u8], &[u8]) -> bool> WebhookHeaders for PlainPairs<'_, K, F> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for (k, v) in self.0 {
            if (self.1)(k.as_ref().as_bytes(), name.as_bytes()) {
                visit(v.as_bytes());
            }
        }
    }

    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        // As the crate does: the name's length first, then the comparison.
        let eq = |k: &[u8], h: WebhookHeader| (self.1)(k, h.name().as_bytes());
        for (k, v) in self.0 {
            let k = k.as_ref().as_bytes();
            let header = match k.len() {
                10 => eq(k, WebhookHeader::Id).then_some(WebhookHeader::Id),
                17 => [WebhookHeader::Signature, WebhookHeader::Timestamp]
                    .into_iter()
                    .find(|&h| eq(k, h)),
                _ => None,
            };
            if let Some(header) = header {
                visit(header, v.as_bytes());
            }
        }
    }
}

/// The standard library's comparison, which stops at the first difference.
fn std_eq(key: &[u8], name: &[u8]) -> bool {
    key.eq_ignore_ascii_case(name)
}

/// A byte loop without early exit, which the compiler can vectorize.
fn fold_eq(key: &[u8], name: &[u8]) -> bool {
    key.len() == name.len()
        && key
            .iter()
            .zip(name)
            .fold(0, |diff, (k, n)| diff | (k.to_ascii_lowercase() ^ n))
            == 0
}

/// A `HeaderMap` read with one `get_all` per header name (the trait's default pass).
struct GetAll<'h>(&'h http::HeaderMap);

impl WebhookHeaders for GetAll<'_> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for v in self.0.get_all(name) {
            visit(v.as_bytes());
        }
    }
}

/// The constant-time comparison alone, three ways, on a matching pair of signature texts
/// (the usual case).
fn compare(c: &mut Criterion) {
    let tag = common::Limit::new().mac(common::event_170().as_bytes());
    let text: [u8; 44] = STANDARD.encode(tag).into_bytes().try_into().unwrap();
    let mut g = c.benchmark_group("compare");
    // What the crate had: the 44-byte base64 texts, OR-folded 8 bytes at a time.
    g.bench_function("or_fold_44", |b| {
        b.iter(|| bool::from(or_fold(black_box(&text), black_box(&text)).ct_eq(&0)))
    });
    g.bench_function("constant_time_eq_44", |b| {
        b.iter(|| constant_time_eq::constant_time_eq_n(black_box(&text), black_box(&text)))
    });
    // The crate's.
    g.bench_function("ctutils_44", |b| {
        b.iter(|| ctutils::CtEq::ct_eq(black_box(&text), black_box(&text)).to_bool())
    });
    g.bench_function("subtle_44", |b| {
        b.iter(|| bool::from(black_box(&text[..]).ct_eq(black_box(&text[..]))))
    });
    // Comparing decoded tags instead would trade encoding the expected tag for decoding the
    // candidate.
    g.bench_function("decode_candidate", |b| {
        b.iter(|| {
            let mut out = [0u8; 33];
            STANDARD
                .decode_slice(black_box(&text), &mut out)
                .map(|_| out)
        })
    });
    g.bench_function("encode_expected", |b| {
        b.iter(|| {
            let mut out = [0u8; 44];
            STANDARD
                .encode_slice(black_box(&tag), &mut out)
                .map(|_| out)
        })
    });
    g.finish();
}

fn or_fold(a: &[u8; 44], b: &[u8; 44]) -> u64 {
    let mut diff = 0u64;
    for (x, y) in a.chunks(8).zip(b.chunks(8)) {
        let (mut xw, mut yw) = ([0u8; 8], [0u8; 8]);
        xw[..x.len()].copy_from_slice(x);
        yw[..y.len()].copy_from_slice(y);
        diff |= u64::from_ne_bytes(xw) ^ u64::from_ne_bytes(yw);
    }
    diff
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
    header_lookup(&mut c);
    compare(&mut c);
    large(&mut c);
    c.final_summary();
    for ours in [
        "ours",
        "ours_header_map",
        "ours_header_map_16",
        "ours_two_secrets",
    ] {
        common::print_ratio("verify_170B", ours, "limit");
    }
    for (ours, simple) in [
        ("pairs_3_ours", "pairs_3_eq_ignore_ascii_case"),
        ("pairs_16_ours", "pairs_16_eq_ignore_ascii_case"),
        ("pairs_3_ours", "pairs_3_fold"),
        ("pairs_16_ours", "pairs_16_fold"),
        ("map_3_ours", "map_3_get_all"),
        ("map_16_ours", "map_16_get_all"),
    ] {
        common::print_ratio("header_lookup", ours, simple);
    }
    for other in ["constant_time_eq_44", "ctutils_44", "subtle_44"] {
        common::print_ratio("compare", other, "or_fold_44");
    }
    common::print_ratio("compare", "decode_candidate", "encode_expected");
    common::print_ratio("verify_1MiB", "ours", "sha256");
}
