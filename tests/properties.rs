//! Property tests of the verification rules, over generated ids, timestamps, payloads,
//! keys, header casings and clocks.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use openai_webhooks::{Error, Webhook, WebhookHeaders};
use proptest::prelude::*;
use sha2::Sha256;

/// Headers whose values are arbitrary bytes (the string-pair containers need UTF-8).
struct RawHeaders(Vec<(String, Vec<u8>)>);

impl WebhookHeaders for RawHeaders {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for (k, v) in &self.0 {
            if k.eq_ignore_ascii_case(name) {
                visit(v);
            }
        }
    }
}

fn raw(id: &[u8], ts: &[u8], sig: &[u8]) -> RawHeaders {
    RawHeaders(vec![
        ("webhook-id".into(), id.to_vec()),
        ("webhook-timestamp".into(), ts.to_vec()),
        ("webhook-signature".into(), sig.to_vec()),
    ])
}

fn webhook_for(key: &[u8]) -> Webhook {
    Webhook::new(&format!("whsec_{}", STANDARD.encode(key))).unwrap()
}

fn reference_sign(key: &[u8], id: &[u8], ts: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
    for part in [id, b".", ts, b".", payload] {
        mac.update(part);
    }
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes())).into_bytes()
}

fn system_time(secs: i64) -> Option<SystemTime> {
    let d = Duration::from_secs(secs.unsigned_abs());
    if secs >= 0 {
        UNIX_EPOCH.checked_add(d)
    } else {
        UNIX_EPOCH.checked_sub(d)
    }
}

fn is_verification_failure(e: &Error) -> bool {
    matches!(e, Error::SignatureMismatch)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn sign_then_verify_round_trips(
        key in prop::collection::vec(any::<u8>(), 1..64),
        id in ".{0,40}",
        ts in 0i64..=i64::MAX,
        payload in prop::collection::vec(any::<u8>(), 0..512),
    ) {
        let webhook = webhook_for(&key);
        let sig = webhook.sign(&id, ts, &payload);
        prop_assert_eq!(sig.as_bytes(), &reference_sign(&key, id.as_bytes(), ts.to_string().as_bytes(), &payload)[..]);
        let headers = common::headers(&id, &ts.to_string(), &sig);
        prop_assert_eq!(webhook.verify_signature_at(&payload, &headers, system_time(ts).unwrap()), Ok(()));
    }

    #[test]
    fn flipping_any_bit_of_id_or_payload_breaks_the_signature(
        key in prop::collection::vec(any::<u8>(), 1..64),
        id in prop::collection::vec(any::<u8>(), 1..40),
        payload in prop::collection::vec(any::<u8>(), 1..256),
        which in any::<bool>(),
        index in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let webhook = webhook_for(&key).with_tolerance(Duration::MAX);
        let sig = reference_sign(&key, &id, b"1700000000", &payload);
        let (mut id2, mut payload2) = (id.clone(), payload.clone());
        let target = if which { &mut id2 } else { &mut payload2 };
        let i = index.index(target.len());
        target[i] ^= 1 << bit;
        let now = system_time(1_700_000_000).unwrap();
        prop_assert_eq!(webhook.verify_signature_at(&payload, &raw(&id, b"1700000000", &sig), now), Ok(()));
        let err = webhook.verify_signature_at(&payload2, &raw(&id2, b"1700000000", &sig), now).unwrap_err();
        prop_assert!(is_verification_failure(&err), "{:?}", err);
    }

    #[test]
    fn flipping_any_bit_of_the_timestamp_breaks_the_signature_or_the_format(
        key in prop::collection::vec(any::<u8>(), 1..64),
        ts in 0i64..=i64::MAX,
        index in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let webhook = webhook_for(&key).with_tolerance(Duration::MAX);
        let ts_text = ts.to_string().into_bytes();
        let sig = reference_sign(&key, b"id", &ts_text, b"{}");
        let mut flipped = ts_text.clone();
        let i = index.index(flipped.len());
        flipped[i] ^= 1 << bit;
        let err = webhook.verify_signature_at("{}", &raw(b"id", &flipped, &sig), UNIX_EPOCH).unwrap_err();
        // Still digits (optionally `+`-prefixed or padded): it parses, so the HMAC must fail.
        let text = flipped.trim_ascii();
        let digits = text.strip_prefix(b"+").unwrap_or(text);
        let parses = !digits.is_empty()
            && digits.iter().all(u8::is_ascii_digit)
            && std::str::from_utf8(digits).unwrap().parse::<i64>().is_ok();
        if parses {
            prop_assert_eq!(err, Error::SignatureMismatch);
        } else {
            prop_assert_eq!(err, Error::InvalidTimestamp);
        }
    }

    #[test]
    fn flipping_any_bit_of_the_signature_breaks_it(
        key in prop::collection::vec(any::<u8>(), 1..64),
        payload in prop::collection::vec(any::<u8>(), 0..128),
        index in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let webhook = webhook_for(&key);
        let sig = reference_sign(&key, b"id", b"5", &payload);
        let mut flipped = sig.clone();
        // The base64 part: a flip in `v1,` can legitimately turn the entry into a bare one.
        let i = 3 + index.index(sig.len() - 3);
        flipped[i] ^= 1 << bit;
        let now = system_time(5).unwrap();
        prop_assert_eq!(webhook.verify_signature_at(&payload, &raw(b"id", b"5", &sig), now), Ok(()));
        prop_assert_eq!(
            webhook.verify_signature_at(&payload, &raw(b"id", b"5", &flipped), now),
            Err(Error::SignatureMismatch)
        );
    }

    #[test]
    fn the_window_accepts_exactly_when_the_distance_is_within_tolerance(
        now in any::<i64>(),
        ts in 0i64..=i64::MAX,
        tolerance in prop_oneof![any::<u64>(), 0u64..1000],
    ) {
        let Some(clock) = system_time(now) else { return Ok(()) };
        let key = b"window-key";
        let webhook = webhook_for(key).with_tolerance(Duration::from_secs(tolerance));
        let ts_text = ts.to_string();
        let sig = reference_sign(key, b"id", ts_text.as_bytes(), b"");
        let result = webhook.verify_signature_at("", &raw(b"id", ts_text.as_bytes(), &sig), clock);
        let distance = (i128::from(now) - i128::from(ts)).abs();
        if distance <= i128::from(tolerance) {
            prop_assert_eq!(result, Ok(()));
        } else if now > ts {
            prop_assert_eq!(result, Err(Error::TimestampTooOld));
        } else {
            prop_assert_eq!(result, Err(Error::TimestampTooNew));
        }
    }

    #[test]
    fn header_names_match_in_any_case_and_order(
        casing in prop::collection::vec(any::<bool>(), 64),
        order in Just(vec![0usize, 1, 2]).prop_shuffle(),
    ) {
        let webhook = webhook_for(b"case-key");
        let sig = webhook.sign("msg", 77, "{}");
        let values = [("webhook-id", "msg".to_owned()), ("webhook-timestamp", "77".to_owned()), ("webhook-signature", sig)];
        let mut flips = casing.iter().cycle();
        let headers: Vec<(String, String)> = order
            .iter()
            .map(|&i| {
                let name: String = values[i].0.chars().map(|c| {
                    if *flips.next().unwrap() { c.to_ascii_uppercase() } else { c }
                }).collect();
                (name, values[i].1.clone())
            })
            .collect();
        prop_assert_eq!(webhook.verify_signature_at("{}", &headers, system_time(77).unwrap()), Ok(()));
    }

    #[test]
    fn canonical_base64_secrets_are_accepted_and_give_that_key(key in prop::collection::vec(any::<u8>(), 1..=64)) {
        let webhook = Webhook::new(&format!("whsec_{}", STANDARD.encode(&key))).unwrap();
        let expected = reference_sign(&key, b"m", b"1", b"p");
        prop_assert_eq!(webhook.sign("m", 1, "p").into_bytes(), expected);
    }

    #[test]
    fn exactly_the_canonical_base64_secrets_are_accepted(text in "[A-Za-z0-9+/=]{0,24}") {
        // Canonical: it decodes, to at least one byte, and re-encodes to the same text.
        let canonical = STANDARD.decode(&text).is_ok_and(|key| !key.is_empty() && STANDARD.encode(&key) == text);
        let accepted = Webhook::new(&format!("whsec_{text}")).is_ok();
        prop_assert_eq!(accepted, canonical, "{:?}", text);
    }

    #[test]
    fn non_canonical_variants_of_valid_secrets_are_rejected(
        key in prop::collection::vec(any::<u8>(), 1..=64),
        how in 0u8..4,
        at in any::<prop::sample::Index>(),
    ) {
        let good = STANDARD.encode(&key);
        let bad = match how {
            0 => format!("{good}="),                       // extra padding
            1 => good.trim_end_matches('=').to_owned() + if good.ends_with('=') { "" } else { "A" }, // padding removed / length broken
            2 => { let i = at.index(good.len()); format!("{}\n{}", &good[..i], &good[i..]) } // embedded newline
            _ => { let i = at.index(good.len()); format!("{}*{}", &good[..i], &good[i..]) }  // foreign character
        };
        prop_assert!(matches!(Webhook::new(&format!("whsec_{bad}")), Err(Error::InvalidSecret { .. })), "{:?}", bad);
    }

    #[test]
    fn several_secrets_accept_exactly_the_signatures_of_their_keys(
        keys in prop::collection::vec(prop::collection::vec(any::<u8>(), 1..40), 1..5),
        outsider in prop::collection::vec(any::<u8>(), 1..40),
        id in "[a-z0-9_]{0,20}",
        payload in prop::collection::vec(any::<u8>(), 0..200),
        entries in prop::collection::vec((0usize..8, any::<prop::sample::Index>(), 0u8..8), 0..5),
    ) {
        let mut webhook = webhook_for(&keys[0]);
        for key in &keys[1..] {
            webhook = webhook
                .with_additional_secret(&format!("whsec_{}", STANDARD.encode(key)))
                .unwrap();
        }
        let ts = b"1700000000";
        let signature_of = |key: &[u8]| reference_sign(key, id.as_bytes(), ts, &payload);
        let accepted: Vec<Vec<u8>> = keys.iter().map(|k| signature_of(k)).collect();
        // Each entry: a key's signature, the outsider's, or a key's with one bit flipped.
        let list: Vec<Vec<u8>> = entries
            .iter()
            .map(|&(kind, index, bit)| match kind {
                0..=3 => signature_of(&keys[kind % keys.len()]),
                4 | 5 => signature_of(&outsider),
                _ => {
                    let mut sig = signature_of(&keys[index.index(keys.len())]);
                    let i = 3 + index.index(sig.len() - 3);
                    sig[i] ^= 1 << bit;
                    sig
                }
            })
            .collect();
        let header = list.join(&b' ');
        let expected = list.iter().any(|entry| accepted.contains(entry));
        let result = webhook.verify_signature_at(&payload, &raw(id.as_bytes(), ts, &header), system_time(1_700_000_000).unwrap());
        prop_assert_eq!(result.is_ok(), expected, "{:?}", result);
        if !expected {
            prop_assert_eq!(result, Err(Error::SignatureMismatch));
        }
        // `sign` always uses the first key.
        prop_assert_eq!(webhook.sign(&id, 1_700_000_000, &payload).into_bytes(), accepted[0].clone());
    }

    #[test]
    fn a_candidate_matches_only_as_the_exact_text_of_the_signature(
        key in prop::collection::vec(any::<u8>(), 1..40),
        candidate in "[A-Za-z0-9+/=]{42,46}",
        use_signature_prefix in any::<bool>(),
    ) {
        let webhook = webhook_for(&key);
        let good = reference_sign(&key, b"id", b"5", b"{}");
        let b64 = &good[3..];
        // Splice the real signature's start into the generated text, so near misses of the
        // exact text (length, padding, last symbol) are common.
        let text = if use_signature_prefix {
            let keep = candidate.len().min(40);
            [&b64[..keep], &candidate.as_bytes()[keep..]].concat()
        } else {
            candidate.into_bytes()
        };
        let header = [&b"v1,"[..], &text].concat();
        let result = webhook.verify_signature_at("{}", &raw(b"id", b"5", &header), system_time(5).unwrap());
        prop_assert_eq!(result.is_ok(), text == b64, "{:?}", String::from_utf8_lossy(&text));
    }

    #[test]
    fn every_header_type_reads_the_same_headers_the_same_way(
        entries in prop::collection::vec((0usize..9, 0usize..4, any::<bool>()), 0..10),
    ) {
        // Names: the three (in several casings), near misses, and others; values: the
        // right ones, and wrong ones that make repeats conflict.
        const NAMES: [&str; 9] = [
            "webhook-id", "WEBHOOK-ID", "webhook-timestamp", "Webhook-Timestamp",
            "webhook-signature", "webhook-Signature", "webhook-idx", "webhook-signaturf", "host",
        ];
        let webhook = webhook_for(b"headers-key");
        let sig = webhook.sign("msg", 5, "{}");
        let right = |name: &str| match name.to_ascii_lowercase().as_str() {
            "webhook-id" => "msg".to_owned(),
            "webhook-timestamp" => "5".to_owned(),
            "webhook-signature" => sig.clone(),
            _ => "x".to_owned(),
        };
        let pairs: Vec<(String, String)> = entries
            .iter()
            .map(|&(n, v, upper)| {
                let name = NAMES[n];
                let value = match v {
                    0 | 1 => right(name),
                    2 => "6".to_owned(),
                    _ => format!("{} ", right(name)),
                };
                let name = if upper { name.to_ascii_uppercase() } else { name.to_owned() };
                (name, value)
            })
            .collect();
        let now = system_time(5).unwrap();
        // The default `for_each_webhook_value`, built on `for_each_value`.
        let by_default = webhook.verify_signature_at("{}", &RawHeaders(
            pairs.iter().map(|(k, v)| (k.clone(), v.clone().into_bytes())).collect(),
        ), now);
        let by_pairs = webhook.verify_signature_at("{}", &pairs, now);
        prop_assert_eq!(&by_pairs, &by_default);
        #[cfg(feature = "http")]
        {
            let mut map = http::HeaderMap::new();
            for (k, v) in &pairs {
                map.append(http::HeaderName::from_bytes(k.as_bytes()).unwrap(), v.parse().unwrap());
            }
            let by_map = webhook.verify_signature_at("{}", &map, now);
            prop_assert_eq!(&by_map, &by_default);
        }
    }
}
