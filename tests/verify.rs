//! The verification rules, one by one, through the public API.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::{at, headers, openai};
use hmac::{Hmac, KeyInit, Mac};
use openai_webhooks::{Error, Webhook};
use sha2::Sha256;

const NOW: i64 = 1_750_000_000;
const SECRET: &str = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM="; // "secret-key-for-tests"

fn webhook() -> Webhook {
    Webhook::new(SECRET).unwrap()
}

/// HMAC-SHA256 computed here, independently of the crate, over exactly these bytes.
fn reference_signature(key: &[u8], signed: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
    mac.update(signed);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

fn verify(h: &[(String, String)], body: &str) -> Result<(), Error> {
    webhook().verify_signature_at(body, h, at(NOW))
}

fn signed(id: &str, body: &str) -> Vec<(String, String)> {
    headers(id, &NOW.to_string(), &webhook().sign(id, NOW, body))
}

// ---- secrets ----

#[test]
fn whsec_key_is_the_decoded_base64_and_raw_key_is_the_utf8_bytes() {
    let signed = b"msg.1.{}";
    let expected = reference_signature(b"secret-key-for-tests", signed);
    for secret in [SECRET, "secret-key-for-tests"] {
        assert_eq!(Webhook::new(secret).unwrap().sign("msg", 1, "{}"), expected);
    }
}

#[test]
fn surrounding_whitespace_is_trimmed() {
    let expected = webhook().sign("msg", 1, "{}");
    for secret in [
        format!(" {SECRET}\n"),
        format!("\t{SECRET}\r\n"),
        format!("{SECRET}   "),
    ] {
        assert_eq!(
            Webhook::new(&secret).unwrap().sign("msg", 1, "{}"),
            expected
        );
    }
    let raw = Webhook::new("  raw-secret\n").unwrap().sign("m", 1, "");
    assert_eq!(raw, reference_signature(b"raw-secret", b"m.1."));
}

#[test]
fn malformed_whsec_secrets_are_rejected() {
    for secret in [
        "whsec_",
        "whsec_Zg",
        "whsec_Zg=",
        "whsec_Zh==",
        "whsec_Zg==Zg==",
        "whsec_c2VjcmV0LWtl\neS1mb3ItdGVzdHM=",
        "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM",
        "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM==",
        "whsec_c2VjcmV0-WtleS1mb3ItdGVzdHM=",
        "whsec_ c2VjcmV0LWtleS1mb3ItdGVzdHM=",
    ] {
        let err = Webhook::new(secret).unwrap_err();
        assert!(
            matches!(err, Error::InvalidSecret { .. }),
            "{secret:?}: {err:?}"
        );
        let body = secret.trim_start_matches("whsec_").trim();
        for shown in [err.to_string(), format!("{err:?}")] {
            assert!(body.is_empty() || !shown.contains(body), "{shown}");
        }
    }
    assert!(Webhook::new("whsec_Zg==").is_ok());
}

#[test]
fn empty_secrets_are_rejected() {
    for secret in ["", " ", "\n\t ", "\r\n"] {
        assert!(matches!(
            Webhook::new(secret),
            Err(Error::InvalidSecret { .. })
        ));
    }
}

#[test]
fn from_env_reads_openai_webhook_secret() {
    // The only test in this binary that touches the environment.
    std::env::remove_var("OPENAI_WEBHOOK_SECRET");
    let err = Webhook::from_env().unwrap_err();
    assert_eq!(err, Error::MissingSecret);
    assert!(err.to_string().contains("OPENAI_WEBHOOK_SECRET"));
    std::env::set_var("OPENAI_WEBHOOK_SECRET", "  ");
    assert_eq!(Webhook::from_env().unwrap_err(), Error::MissingSecret);
    std::env::set_var("OPENAI_WEBHOOK_SECRET", "whsec_Zg=");
    assert_eq!(
        Webhook::from_env().unwrap_err(),
        Error::InvalidSecret(
            "OPENAI_WEBHOOK_SECRET: the part after `whsec_` is not canonical padded base64"
        )
    );
    std::env::set_var("OPENAI_WEBHOOK_SECRET", format!("{}\n", openai::SECRET));
    let webhook = Webhook::from_env().unwrap();
    assert_eq!(
        webhook.verify_signature_at(openai::BODY, &openai::headers(), at(openai::TIMESTAMP)),
        Ok(())
    );
    assert!(format!("{webhook:?}").contains("secrets: 1"));

    // OPENAI_WEBHOOK_SECRET_PREVIOUS: blank is ignored, a secret is accepted as well,
    // a malformed one is refused, and it never stands in for the main secret.
    std::env::set_var("OPENAI_WEBHOOK_SECRET_PREVIOUS", " \n");
    assert!(format!("{:?}", Webhook::from_env().unwrap()).contains("secrets: 1"));
    std::env::set_var("OPENAI_WEBHOOK_SECRET_PREVIOUS", "whsec_Zg=");
    // The error names the variable that is wrong.
    assert_eq!(
        Webhook::from_env().unwrap_err(),
        Error::InvalidSecret(
            "OPENAI_WEBHOOK_SECRET_PREVIOUS: the part after `whsec_` is not canonical padded base64"
        )
    );
    std::env::set_var("OPENAI_WEBHOOK_SECRET_PREVIOUS", "whsec_");
    assert_eq!(
        Webhook::from_env().unwrap_err(),
        Error::InvalidSecret("OPENAI_WEBHOOK_SECRET_PREVIOUS: the part after `whsec_` is empty")
    );
    std::env::set_var("OPENAI_WEBHOOK_SECRET", SECRET);
    std::env::set_var("OPENAI_WEBHOOK_SECRET_PREVIOUS", openai::SECRET);
    let rotated = Webhook::from_env().unwrap();
    std::env::remove_var("OPENAI_WEBHOOK_SECRET");
    assert_eq!(Webhook::from_env().unwrap_err(), Error::MissingSecret);
    std::env::remove_var("OPENAI_WEBHOOK_SECRET_PREVIOUS");
    assert!(format!("{rotated:?}").contains("secrets: 2"));
    assert_eq!(
        rotated.verify_signature_at(openai::BODY, &openai::headers(), at(openai::TIMESTAMP)),
        Ok(())
    );
    // Bytes that are not UTF-8: refused, naming the variable (never its value).
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let not_utf8 = std::ffi::OsStr::from_bytes(b"whsec_\xff");
        for (bad, good) in [
            ("OPENAI_WEBHOOK_SECRET", "OPENAI_WEBHOOK_SECRET_PREVIOUS"),
            ("OPENAI_WEBHOOK_SECRET_PREVIOUS", "OPENAI_WEBHOOK_SECRET"),
        ] {
            std::env::set_var(good, SECRET);
            std::env::set_var(bad, not_utf8);
            let err = Webhook::from_env().unwrap_err();
            assert_eq!(
                err,
                Error::InvalidSecret(match bad {
                    "OPENAI_WEBHOOK_SECRET" => "OPENAI_WEBHOOK_SECRET is not valid UTF-8",
                    _ => "OPENAI_WEBHOOK_SECRET_PREVIOUS is not valid UTF-8",
                })
            );
        }
        std::env::remove_var("OPENAI_WEBHOOK_SECRET");
        std::env::remove_var("OPENAI_WEBHOOK_SECRET_PREVIOUS");
    }
    // `sign` uses OPENAI_WEBHOOK_SECRET.
    assert_eq!(
        rotated.sign("m", 1, "{}"),
        Webhook::new(SECRET).unwrap().sign("m", 1, "{}")
    );
}

#[test]
fn webhook_and_error_are_shareable() {
    fn shareable<T: Clone + Send + Sync + 'static>() {}
    fn error<T: std::error::Error + Send + Sync + 'static>() {}
    shareable::<Webhook>();
    shareable::<Error>();
    error::<Error>();
}

#[test]
fn debug_hides_the_key() {
    let shown = format!("{:?}", Webhook::new("raw-secret-text").unwrap());
    assert!(!shown.contains("raw-secret-text"), "{shown}");
    assert!(shown.contains("300s"), "{shown}");
    assert!(shown.contains("secrets: 1"), "{shown}");
    let two = Webhook::new("raw-secret-text")
        .unwrap()
        .with_additional_secret("whsec_b3RoZXIta2V5LXRleHQ=") // "other-key-text"
        .unwrap();
    let shown = format!("{two:?} {two:#?}");
    for key in ["raw-secret-text", "other-key-text", "b3RoZXIta2V5LXRleHQ"] {
        assert!(!shown.contains(key), "{shown}");
    }
    assert!(shown.contains("secrets: 2"), "{shown}");
}

// ---- several secrets ----

const OLD: &str = "whsec_b2xkLXNlY3JldC1rZXk="; // "old-secret-key"
const NEW: &str = "whsec_bmV3LXNlY3JldC1rZXk="; // "new-secret-key"

/// `{}` signed for `msg` at `NOW` with `secret`.
fn signature_with(secret: &str) -> String {
    Webhook::new(secret).unwrap().sign("msg", NOW, "{}")
}

/// A verifier that accepts the old and the new secret, in either order.
fn rotating(first: &str, second: &str) -> Webhook {
    Webhook::new(first)
        .unwrap()
        .with_additional_secret(second)
        .unwrap()
}

#[test]
fn a_rotating_verifier_accepts_either_secret_and_both() {
    let (old, new) = (signature_with(OLD), signature_with(NEW));
    let other = signature_with("whsec_b3RoZXI=");
    for webhook in [rotating(OLD, NEW), rotating(NEW, OLD)] {
        let check = |list: &str| {
            webhook.verify_signature_at("{}", &headers("msg", &NOW.to_string(), list), at(NOW))
        };
        assert_eq!(check(&old), Ok(()), "old only");
        assert_eq!(check(&new), Ok(()), "new only");
        assert_eq!(check(&format!("{old} {new}")), Ok(()), "both");
        assert_eq!(check(&format!("{new} {old}")), Ok(()), "both, new first");
        assert_eq!(check(&format!("{other} {new}")), Ok(()), "other and new");
        assert_eq!(check(&other), Err(Error::SignatureMismatch), "neither");
        assert_eq!(check(""), Err(Error::SignatureMismatch), "none at all");
        // The other secret's signature over a different body is no good either.
        let tampered = webhook.verify_signature_at(
            "{ }",
            &headers("msg", &NOW.to_string(), &format!("{old} {new}")),
            at(NOW),
        );
        assert_eq!(tampered, Err(Error::SignatureMismatch));
    }
    // A single-secret verifier still accepts only its own.
    let only_new = Webhook::new(NEW).unwrap();
    let check = |list: &str| {
        only_new.verify_signature_at("{}", &headers("msg", &NOW.to_string(), list), at(NOW))
    };
    assert_eq!(check(&old), Err(Error::SignatureMismatch));
    assert_eq!(check(&format!("{old} {new}")), Ok(()));
}

#[test]
fn a_signature_made_with_the_second_or_third_secret_verifies() {
    let third = "a raw third secret";
    let webhook = rotating(NEW, OLD).with_additional_secret(third).unwrap();
    for secret in [OLD, third] {
        let body = r#"{"type": "batch.completed"}"#;
        let sig = Webhook::new(secret).unwrap().sign("wh_2", NOW, body);
        let h = headers("wh_2", &NOW.to_string(), &sig);
        assert_eq!(webhook.verify_signature_at(body, &h, at(NOW)), Ok(()));
    }
    // Timestamps are checked first, whichever secret signed.
    let sig = signature_with(OLD);
    let stale = headers("msg", &(NOW - 301).to_string(), &sig);
    assert_eq!(
        webhook.verify_signature_at("{}", &stale, at(NOW)),
        Err(Error::TimestampTooOld)
    );
}

#[test]
fn sign_uses_the_first_secret() {
    let webhook = rotating(NEW, OLD);
    assert_eq!(webhook.sign("msg", NOW, "{}"), signature_with(NEW));
    assert_ne!(webhook.sign("msg", NOW, "{}"), signature_with(OLD));
    // The tolerance survives adding a secret, in either order of the calls.
    let a = Webhook::new(NEW)
        .unwrap()
        .with_tolerance(Duration::from_secs(5))
        .with_additional_secret(OLD)
        .unwrap();
    let b = rotating(NEW, OLD).with_tolerance(Duration::from_secs(5));
    for w in [a, b] {
        let late = headers("msg", &NOW.to_string(), &signature_with(OLD));
        assert_eq!(w.verify_signature_at("{}", &late, at(NOW + 5)), Ok(()));
        assert_eq!(
            w.verify_signature_at("{}", &late, at(NOW + 6)),
            Err(Error::TimestampTooOld)
        );
    }
}

#[test]
fn additional_secrets_follow_the_rules_of_new() {
    for secret in [
        "",
        "  \n",
        "whsec_",
        "whsec_Zg",
        "whsec_Zg=",
        "whsec_Zh==",
        "whsec_Zg==Zg==",
    ] {
        assert_eq!(
            webhook().with_additional_secret(secret).unwrap_err(),
            Webhook::new(secret).unwrap_err(),
            "{secret:?}"
        );
    }
    // Whitespace is trimmed and raw secrets are their UTF-8 bytes, as in `new`.
    let webhook = webhook()
        .with_additional_secret(&format!(" {OLD}\n"))
        .unwrap()
        .with_additional_secret("raw-extra\t")
        .unwrap();
    for signer in [OLD, "raw-extra"] {
        let h = headers("msg", &NOW.to_string(), &signature_with(signer));
        assert_eq!(webhook.verify_signature_at("{}", &h, at(NOW)), Ok(()));
    }
}

// ---- headers ----

#[test]
fn missing_headers_are_reported_in_lookup_order() {
    let all = signed("msg", "{}");
    let without = |names: &[&str]| -> Vec<(String, String)> {
        all.iter()
            .filter(|(k, _)| !names.contains(&k.as_str()))
            .cloned()
            .collect()
    };
    let cases: [(&[&str], &str); 4] = [
        (
            &["webhook-signature", "webhook-timestamp", "webhook-id"],
            "webhook-signature",
        ),
        (&["webhook-timestamp", "webhook-id"], "webhook-timestamp"),
        (&["webhook-id"], "webhook-id"),
        (&["webhook-signature"], "webhook-signature"),
    ];
    for (removed, reported) in cases {
        let err = verify(&without(removed), "{}").unwrap_err();
        assert_eq!(err, Error::MissingHeader(reported));
        assert_eq!(err.to_string(), format!("missing the {reported} header"));
    }
}

#[test]
fn header_names_match_in_any_case() {
    let mut h = signed("msg", "{}");
    for (k, _) in &mut h {
        *k = k.to_uppercase();
    }
    assert_eq!(verify(&h, "{}"), Ok(()));
    h[0].0 = "Webhook-Id".into();
    assert_eq!(verify(&h, "{}"), Ok(()));
}

#[test]
fn repeated_headers_must_agree() {
    let mut h = signed("msg", "{}");
    h.push(h[2].clone());
    h.push(("WEBHOOK-ID".into(), "msg".into()));
    assert_eq!(verify(&h, "{}"), Ok(()));
    for (name, other) in [
        ("webhook-signature", "v1,AAAA"),
        ("webhook-timestamp", "1750000001"),
        ("webhook-id", "msg2"),
    ] {
        let mut h = signed("msg", "{}");
        h.push((name.into(), other.into()));
        let err = verify(&h, "{}").unwrap_err();
        assert_eq!(err, Error::ConflictingHeader(name));
        assert!(err.to_string().contains(name));
    }
}

/// Headers for `{}` signed for `msg` at `NOW`, with names in mixed case.
fn mixed_case_pairs() -> [(&'static str, String); 3] {
    [
        ("Webhook-Id", "msg".to_owned()),
        ("webhook-timestamp", NOW.to_string()),
        ("WEBHOOK-SIGNATURE", webhook().sign("msg", NOW, "{}")),
    ]
}

#[test]
fn every_header_container_works() {
    let body = "{}";
    let owned = mixed_case_pairs();
    let pairs = owned.each_ref().map(|(k, v)| (*k, v.as_str()));
    let w = webhook();
    let now = at(NOW);
    assert_eq!(w.verify_signature_at(body, &pairs, now), Ok(()));
    assert_eq!(w.verify_signature_at(body, &pairs[..], now), Ok(()));
    assert_eq!(w.verify_signature_at(body, &pairs.to_vec(), now), Ok(()));
    let hash: HashMap<&str, &str> = pairs.into_iter().collect();
    assert_eq!(w.verify_signature_at(body, &hash, now), Ok(()));
    let tree: BTreeMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(w.verify_signature_at(body, &tree, now), Ok(()));
    // References to any of them work too.
    let slice: &[(&str, &str)] = &pairs;
    assert_eq!(w.verify_signature_at(body, &slice, now), Ok(()));
    assert_eq!(w.verify_signature_at(body, &&tree, now), Ok(()));
}

#[cfg(feature = "http")]
#[test]
fn http_header_map_works() {
    let body = "{}";
    let pairs = mixed_case_pairs();
    let (w, now) = (webhook(), at(NOW));
    let mut map = http::HeaderMap::new();
    for (k, v) in pairs {
        map.insert(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            http::HeaderValue::from_str(&v).unwrap(),
        );
    }
    assert_eq!(w.verify_signature_at(body, &map, now), Ok(()));
    map.append("webhook-id", http::HeaderValue::from_static("other"));
    assert_eq!(
        w.verify_signature_at(body, &map, now),
        Err(Error::ConflictingHeader("webhook-id"))
    );
}

/// Small maps are read in one walk, large ones by three lookups: the same rules either way.
#[cfg(feature = "http")]
#[test]
fn header_maps_of_any_size_read_the_same() {
    let body = "{}";
    let good = signed("msg", body);
    for others in [0, 5, 29, 30, 31, 32, 40, 200] {
        let build = |webhook_headers: &[(&str, &str)]| {
            let mut map = http::HeaderMap::new();
            for i in 0..others {
                map.append(
                    http::HeaderName::from_bytes(format!("x-other-{i}").as_bytes()).unwrap(),
                    http::HeaderValue::from_static("v"),
                );
            }
            for (k, v) in webhook_headers {
                map.append(
                    http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                    http::HeaderValue::from_str(v).unwrap(),
                );
            }
            map
        };
        let (id, ts, sig) = (&good[0].1[..], &good[1].1[..], &good[2].1[..]);
        let ts_text = NOW.to_string();
        let cases = [
            (
                vec![
                    ("webhook-signature", sig),
                    ("webhook-id", id),
                    ("webhook-timestamp", ts),
                ],
                Ok(()),
            ),
            (
                vec![
                    ("webhook-id", id),
                    ("webhook-id", id),
                    ("webhook-timestamp", ts),
                    ("webhook-signature", sig),
                ],
                Ok(()),
            ),
            (
                vec![("webhook-id", id), ("webhook-timestamp", ts)],
                Err(Error::MissingHeader("webhook-signature")),
            ),
            (
                vec![
                    ("webhook-id", id),
                    ("webhook-timestamp", ts),
                    ("webhook-timestamp", "1"),
                    ("webhook-signature", sig),
                ],
                Err(Error::ConflictingHeader("webhook-timestamp")),
            ),
            (
                vec![
                    ("webhook-id", "other"),
                    ("webhook-timestamp", &ts_text),
                    ("webhook-signature", sig),
                ],
                Err(Error::SignatureMismatch),
            ),
        ];
        for (webhook_headers, expected) in cases {
            let map = build(&webhook_headers);
            assert_eq!(
                webhook().verify_signature_at(body, &map, at(NOW)),
                expected,
                "{others} other headers, {webhook_headers:?}"
            );
        }
    }
}

#[test]
fn header_values_are_raw_bytes() {
    let id = "msg_é\u{0}ü";
    let body = "payload";
    let h = headers(
        id,
        &NOW.to_string(),
        &reference_signature(
            b"secret-key-for-tests",
            format!("{id}.{NOW}.{body}").as_bytes(),
        ),
    );
    assert_eq!(verify(&h, body), Ok(()));
}

#[cfg(feature = "http")]
#[test]
fn header_map_values_are_raw_bytes() {
    let body = "payload";
    // http::HeaderMap values may hold obs-text bytes; they are signed as they are.
    let raw_id: &[u8] = b"msg_\xff\x80";
    let mut signed_bytes = raw_id.to_vec();
    signed_bytes.extend_from_slice(format!(".{NOW}.{body}").as_bytes());
    let mut map = http::HeaderMap::new();
    map.insert("webhook-id", http::HeaderValue::from_bytes(raw_id).unwrap());
    map.insert(
        "webhook-timestamp",
        http::HeaderValue::from_str(&NOW.to_string()).unwrap(),
    );
    let sig = reference_signature(b"secret-key-for-tests", &signed_bytes);
    map.insert(
        "webhook-signature",
        http::HeaderValue::from_str(&sig).unwrap(),
    );
    assert_eq!(webhook().verify_signature_at(body, &map, at(NOW)), Ok(()));
}

#[test]
fn empty_webhook_id_is_allowed_and_signed_content_starts_with_a_dot() {
    let sig = reference_signature(b"secret-key-for-tests", format!(".{NOW}.x").as_bytes());
    assert_eq!(webhook().sign("", NOW, "x"), sig);
    assert_eq!(verify(&headers("", &NOW.to_string(), &sig), "x"), Ok(()));
}

// ---- timestamps ----

#[test]
fn timestamp_text_is_signed_exactly_as_received() {
    for ts in [
        "+1750000000",
        " 1750000000\t",
        "0001750000000",
        "+01750000000",
    ] {
        let sig = reference_signature(b"secret-key-for-tests", format!("msg.{ts}.{{}}").as_bytes());
        assert_eq!(verify(&headers("msg", ts, &sig), "{}"), Ok(()), "{ts:?}");
        // The re-formatted integer is not what was signed.
        let canonical = webhook().sign("msg", NOW, "{}");
        assert_eq!(
            verify(&headers("msg", ts, &canonical), "{}"),
            Err(Error::SignatureMismatch),
            "{ts:?}"
        );
    }
}

#[test]
fn malformed_timestamps_are_rejected() {
    for ts in [
        "1.5",
        "1750000000suffix",
        "0x10",
        "",
        " ",
        "+",
        "-1750000000",
        "1750000000 1",
        "１７５００００００００",
        "9223372036854775808",
        "1e9",
    ] {
        let err = verify(&headers("msg", ts, "v1,AAAA"), "{}").unwrap_err();
        assert_eq!(err, Error::InvalidTimestamp, "{ts:?}");
        assert_eq!(
            err.to_string(),
            "webhook-timestamp is not a whole number of seconds"
        );
    }
}

#[test]
fn tolerance_window_is_inclusive() {
    let w = webhook().with_tolerance(Duration::from_secs(300));
    let h = signed("msg", "{}");
    let check = |now: i64| w.verify_signature_at("{}", &h, at(now));
    assert_eq!(check(NOW + 300), Ok(()));
    assert_eq!(check(NOW - 300), Ok(()));
    assert_eq!(check(NOW + 301), Err(Error::TimestampTooOld));
    assert_eq!(check(NOW - 301), Err(Error::TimestampTooNew));
    assert_eq!(
        Error::TimestampTooOld.to_string(),
        "webhook timestamp is too old"
    );
    assert_eq!(
        Error::TimestampTooNew.to_string(),
        "webhook timestamp is too new"
    );
}

#[test]
fn default_tolerance_is_300_seconds() {
    let h = signed("msg", "{}");
    assert_eq!(
        webhook().verify_signature_at("{}", &h, at(NOW + 300)),
        Ok(())
    );
    assert_eq!(
        webhook().verify_signature_at("{}", &h, at(NOW + 301)),
        Err(Error::TimestampTooOld)
    );
}

#[test]
fn zero_tolerance_accepts_only_the_same_second() {
    let w = webhook().with_tolerance(Duration::ZERO);
    let h = signed("msg", "{}");
    let same_second = at(NOW) + Duration::from_millis(999);
    assert_eq!(w.verify_signature_at("{}", &h, same_second), Ok(()));
    assert_eq!(
        w.verify_signature_at("{}", &h, at(NOW + 1)),
        Err(Error::TimestampTooOld)
    );
    assert_eq!(
        w.verify_signature_at("{}", &h, at(NOW - 1)),
        Err(Error::TimestampTooNew)
    );
    // Sub-second tolerances truncate to zero seconds.
    let w = webhook().with_tolerance(Duration::from_millis(1999));
    assert_eq!(
        w.verify_signature_at("{}", &h, at(NOW + 2)),
        Err(Error::TimestampTooOld)
    );
    assert_eq!(w.verify_signature_at("{}", &h, at(NOW + 1)), Ok(()));
}

#[test]
fn extreme_timestamps_and_tolerances_do_not_overflow() {
    let max = i64::MAX.to_string();
    let h = |ts: &str| headers("msg", ts, "v1,AAAA");
    let w = webhook().with_tolerance(Duration::MAX);
    assert_eq!(
        w.verify_signature_at("", &h(&max), at(0)),
        Err(Error::SignatureMismatch)
    );
    assert_eq!(
        w.verify_signature_at("", &h("0"), at(i64::MAX)),
        Err(Error::SignatureMismatch)
    );
    let w = webhook();
    assert_eq!(
        w.verify_signature_at("", &h(&max), at(i64::MIN + 1)),
        Err(Error::TimestampTooNew)
    );
    assert_eq!(
        w.verify_signature_at("", &h("0"), at(i64::MAX)),
        Err(Error::TimestampTooOld)
    );
    let w = webhook().with_tolerance(Duration::ZERO);
    assert_eq!(
        w.verify_signature_at("", &h(&max), at(i64::MIN + 1)),
        Err(Error::TimestampTooNew)
    );
}

#[test]
fn timestamp_is_checked_before_the_signature() {
    let h = headers("msg", "1000", "v1,not-a-signature");
    assert_eq!(verify(&h, "{}"), Err(Error::TimestampTooOld));
}

// ---- signature list ----

/// Verifies `{}` signed for `msg` at `NOW`, with `list` as the `webhook-signature` header.
fn verify_list(list: &str) -> Result<(), Error> {
    verify(&headers("msg", &NOW.to_string(), list), "{}")
}

#[test]
fn any_matching_v1_candidate_is_accepted() {
    let good = webhook().sign("msg", NOW, "{}");
    let bare = good.trim_start_matches("v1,");
    for list in [
        format!("v1,AAAA {good}"),
        format!("{good} v1,AAAA"),
        format!("v2,xyz\t{good}\nv1,"),
        format!("  {good}  "),
        bare.to_string(),
        format!("v1a,AAAA {bare}"),
    ] {
        assert_eq!(verify_list(&list), Ok(()), "{list:?}");
    }
}

#[test]
fn other_versions_empty_and_near_misses_never_match() {
    let good = webhook().sign("msg", NOW, "{}");
    let b64 = good.trim_start_matches("v1,");
    for list in [
        format!("v1a,{b64}"),
        format!("v2,{b64}"),
        format!("V1,{b64}"),
        format!(",{b64}"),
        "v1,".to_string(),
        "v1, v1, v1,".to_string(),
        String::new(),
        "   ".to_string(),
        format!("v1,{}", b64.trim_end_matches('=')),
        format!("v1,{b64}="),
        format!("v1,{b64}x"),
        format!("v1,{}", b64.to_lowercase()),
        format!("v1,,{b64}"),
    ] {
        assert_eq!(
            verify_list(&list),
            Err(Error::SignatureMismatch),
            "{list:?}"
        );
    }
    assert_eq!(
        Error::SignatureMismatch.to_string(),
        "no webhook signature matches the payload: wrong secret, or the body changed"
    );
}

#[test]
fn changed_id_timestamp_or_body_fails() {
    let h = signed("msg", "{\"a\":1}");
    assert_eq!(verify(&h, "{\"a\":1}"), Ok(()));
    assert_eq!(verify(&h, "{\"a\":2}"), Err(Error::SignatureMismatch));
    assert_eq!(verify(&h, "{\"a\":1} "), Err(Error::SignatureMismatch));
    let mut h2 = h.clone();
    h2[0].1 = "msh".into();
    assert_eq!(verify(&h2, "{\"a\":1}"), Err(Error::SignatureMismatch));
    let mut h3 = h.clone();
    h3[1].1 = (NOW + 1).to_string();
    assert_eq!(verify(&h3, "{\"a\":1}"), Err(Error::SignatureMismatch));
}

#[test]
fn payload_need_not_be_utf8() {
    let body: &[u8] = b"\xff\x00\xfe binary";
    let sig = webhook().sign("msg", NOW, body);
    let h = headers("msg", &NOW.to_string(), &sig);
    assert_eq!(webhook().verify_signature_at(body, &h, at(NOW)), Ok(()));
    assert_eq!(
        webhook().verify_signature_at(Vec::from(body), &h, at(NOW)),
        Ok(())
    );
}

// ---- unwrap ----

#[test]
fn unwrap_verifies_before_parsing() {
    let h = headers("msg", &NOW.to_string(), "v1,AAAA");
    assert_eq!(
        webhook().unwrap_at("not json", &h, at(NOW)),
        Err(Error::SignatureMismatch)
    );
    let h = signed("msg", "not json");
    assert!(matches!(
        webhook().unwrap_at("not json", &h, at(NOW)),
        Err(Error::InvalidJson { .. })
    ));
}

#[test]
fn invalid_json_chains_to_where_parsing_failed() {
    use std::error::Error as _;
    for body in ["not json", "[1, 2]", r#"{"type": 7}"#] {
        let err = webhook()
            .unwrap_at(body, &signed("msg", body), at(NOW))
            .unwrap_err();
        let Error::InvalidJson(json) = &err else {
            panic!("{body}: {err:?}");
        };
        let source = err.source().expect("InvalidJson has a source");
        assert_eq!(
            source.downcast_ref::<openai_webhooks::JsonError>(),
            Some(json)
        );
        assert_eq!(source.to_string(), json.to_string());
        // The cause is the source, not part of the message: a reporter prints it once.
        assert_eq!(
            err.to_string(),
            "the verified payload is not a webhook event"
        );
    }
    assert!(Error::SignatureMismatch.source().is_none());
}

// ---- hostile input ----

#[test]
fn hostile_inputs_give_errors_not_panics() {
    let w = webhook();
    let good = w.sign("msg", NOW, "{}");
    let many = format!("{} {good}", "v1,AAAA ".repeat(100_000));
    assert_eq!(
        verify(&headers("msg", &NOW.to_string(), &many), "{}"),
        Ok(())
    );
    let many_bad = "v1,".repeat(100_000);
    assert_eq!(
        verify(&headers("msg", &NOW.to_string(), &many_bad), "{}"),
        Err(Error::SignatureMismatch)
    );
    let huge = "A".repeat(1 << 20);
    assert_eq!(
        verify(&headers(&huge, &NOW.to_string(), &huge), &huge),
        Err(Error::SignatureMismatch)
    );
    for weird in ["\0", "\u{feff}", "v1,\0\0\0", "ü🦀", "\u{7f}\u{85}"] {
        // A signature that is not `v1,<base64>` matches nothing.
        assert_eq!(
            verify(&headers(weird, &NOW.to_string(), weird), weird),
            Err(Error::SignatureMismatch),
            "{weird:?}"
        );
        // The timestamp is read before any signature.
        assert_eq!(
            verify(&headers(weird, weird, weird), weird),
            Err(Error::InvalidTimestamp),
            "{weird:?}"
        );
        assert!(matches!(
            w.unwrap_at(weird, &headers(weird, weird, weird), at(NOW)),
            Err(Error::InvalidTimestamp)
        ));
        // Without the `whsec_` prefix, any text is a raw secret: its bytes are the key.
        let raw = Webhook::new(weird).unwrap();
        let sig = raw.sign("msg", NOW, "{}");
        assert_eq!(
            raw.verify_signature_at("{}", &headers("msg", &NOW.to_string(), &sig), at(NOW)),
            Ok(())
        );
    }
    // Extreme clocks against extreme and ordinary timestamps: the window check never
    // overflows, and only a timestamp inside the window reaches the (failing) HMAC check.
    let far = 99_999_999_999_999_999_i64;
    for (now, for_far, for_zero) in [
        (i64::MIN + 1, Error::TimestampTooNew, Error::TimestampTooNew),
        (-1, Error::TimestampTooNew, Error::SignatureMismatch),
        (0, Error::TimestampTooNew, Error::SignatureMismatch),
        (i64::MAX, Error::TimestampTooOld, Error::TimestampTooOld),
    ] {
        let far_headers = headers("m", &far.to_string(), &good);
        assert_eq!(
            w.verify_signature_at("{}", &far_headers, at(now)),
            Err(for_far),
            "{now}"
        );
        assert_eq!(
            w.verify_signature_at("{}", &headers("m", "0", &good), at(now)),
            Err(for_zero),
            "{now}"
        );
    }
}

#[test]
fn no_error_output_contains_the_secret_or_signature() {
    let secret_text = "c2VjcmV0LWtleS1mb3ItdGVzdHM";
    let good = webhook().sign("msg", NOW, "{\"id\":1}");
    let sig_text = good.trim_start_matches("v1,");
    let errors = [
        Webhook::new("whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM").unwrap_err(),
        verify(
            &headers("msg", &NOW.to_string(), &format!("v1,{}", &sig_text[..40])),
            "{}",
        )
        .unwrap_err(),
        webhook()
            .unwrap_at("{\"id\":1}", &signed("msg", "{\"id\":1}"), at(NOW))
            .unwrap_err(),
    ];
    for err in errors {
        for shown in [err.to_string(), format!("{err:?}")] {
            assert!(!shown.contains(secret_text), "{shown}");
            assert!(!shown.contains(&sig_text[..20]), "{shown}");
            assert!(!shown.contains("secret-key-for-tests"), "{shown}");
        }
    }
}

/// Every error the crate produces, from inputs that contain the secret and a valid signature
/// wherever an input can: none of them repeats either.
#[test]
fn every_error_is_free_of_key_secret_and_signature() {
    const KEY: &str = "hygiene-key-0123456789";
    const B64: &str = "aHlnaWVuZS1rZXktMDEyMzQ1Njc4OQ=="; // base64 of KEY
    let secret = format!("whsec_{B64}");
    let w = Webhook::new(&secret).unwrap();
    // Not an event at all (`type` is not a string): `InvalidJson`.
    let body = format!(
        r#"{{"id": "{KEY}", "created_at": "{B64}", "type": ["{KEY}", "{B64}"], "data": {{}}}}"#
    );
    let sig = w.sign("msg", NOW, &body);
    let ts = NOW.to_string();
    let at_now = at(NOW);

    let mut errors = vec![
        Error::MissingSecret,
        Webhook::new(&format!("whsec_{B64}\n{B64}")).unwrap_err(),
        Webhook::new(&format!("whsec_{}", &B64[..30])).unwrap_err(),
        Webhook::new("whsec_").unwrap_err(),
        Webhook::new(" \n").unwrap_err(),
    ];
    let cases = [
        headers(KEY, &ts, &sig)[1..].to_vec(),
        [
            headers("msg", &ts, &sig),
            headers("msg", &ts, &format!("{sig}x")),
        ]
        .concat(),
        headers("msg", &format!("{sig}{B64}"), &sig),
        headers("msg", &(NOW - 1000).to_string(), &sig),
        headers("msg", &(NOW + 1000).to_string(), &sig),
        headers("msg", &ts, &format!("v1,{}", &sig[3..43])),
    ];
    for h in &cases {
        errors.push(w.verify_signature_at(&body, h, at_now).unwrap_err());
    }
    errors.push(
        w.unwrap_at(&body, &headers("msg", &ts, &sig), at_now)
            .unwrap_err(),
    );
    let kinds: Vec<String> = errors
        .iter()
        .map(|e| format!("{e:?}").chars().take(12).collect())
        .collect();
    assert_eq!(errors.len(), 12, "{kinds:?}");

    for err in &errors {
        for shown in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
            for needle in [KEY, B64, &B64[..16], &sig[3..], &sig[3..20]] {
                assert!(!shown.contains(needle), "{shown:?} contains {needle:?}");
            }
        }
    }
    // A listed type that does not fit: `Unparsed`, whose reason quotes nothing either.
    let drifted = format!(
        r#"{{"id": "{KEY}", "created_at": "{B64}", "type": "batch.failed", "data": {{}}}}"#
    );
    let h = headers("msg", &ts, &w.sign("msg", NOW, &drifted));
    match w.unwrap_at(&drifted, &h, at_now) {
        Ok(openai_webhooks::UnwrapWebhookEvent::Unparsed(u)) => {
            let shown = format!("{} {:?}", u.error(), u.error());
            for needle in [KEY, B64, &B64[..16]] {
                assert!(!shown.contains(needle), "{shown:?} contains {needle:?}");
            }
        }
        other => panic!("expected Unparsed, got {other:?}"),
    }
    let debug = format!("{w:?} {w:#?}");
    for needle in [KEY, B64, &secret] {
        assert!(!debug.contains(needle), "{debug}");
    }
}

#[test]
fn wall_clock_entry_points_use_the_current_time() {
    let w = webhook();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let body = r#"{"id": "e", "created_at": 1, "type": "batch.failed", "data": {"id": "b"}}"#;
    let fresh = headers("msg", &now.to_string(), &w.sign("msg", now, body));
    assert_eq!(w.verify_signature(body, &fresh), Ok(()));
    assert!(matches!(
        w.unwrap(body, &fresh),
        Ok(openai_webhooks::UnwrapWebhookEvent::BatchFailed(_))
    ));
    let stale = headers("msg", &NOW.to_string(), &w.sign("msg", NOW, body));
    assert_eq!(
        w.verify_signature(body, &stale),
        Err(Error::TimestampTooOld)
    );
    assert_eq!(w.unwrap(body, &stale), Err(Error::TimestampTooOld));
    let forged = headers("msg", &now.to_string(), "v1,AAAA");
    assert_eq!(
        w.verify_signature(body, &forged),
        Err(Error::SignatureMismatch)
    );
    assert_eq!(w.unwrap(body, &forged), Err(Error::SignatureMismatch));
}
