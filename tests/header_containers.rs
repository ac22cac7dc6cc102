//! Every built-in header container, through every entry point: `for_each_value` and
//! `for_each_webhook_value` directly, and `verify_signature` / `unwrap` on top of them, with
//! mixed-case names, repeated values and a missing header.

use std::collections::{BTreeMap, HashMap};

use openai_webhooks::{Error, Webhook, WebhookHeader, WebhookHeaders};

const BODY: &str = r#"{"id": "evt_1", "object": "event", "created_at": 1, "type": "batch.completed", "data": {"id": "batch_1"}}"#;

fn webhook() -> Webhook {
    Webhook::new("whsec_aGVhZGVyLWNvbnRhaW5lcnM=").unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Signed headers in mixed case, plus an unrelated one.
fn pairs() -> Vec<(String, String)> {
    let ts = now();
    vec![
        ("Content-Type".into(), "application/json".into()),
        ("Webhook-Id".into(), "msg_1".into()),
        ("WEBHOOK-TIMESTAMP".into(), ts.to_string()),
        (
            "webhook-Signature".into(),
            webhook().sign("msg_1", ts, BODY),
        ),
    ]
}

/// Forwards only `for_each_value`, so the trait's default `for_each_webhook_value` runs.
struct OnlyValues<H>(H);

impl<H: WebhookHeaders> WebhookHeaders for OnlyValues<H> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        self.0.for_each_value(name, visit);
    }
}

fn values_of(headers: &(impl WebhookHeaders + ?Sized), name: &str) -> Vec<String> {
    let mut out = Vec::new();
    headers.for_each_value(name, &mut |v| {
        out.push(String::from_utf8_lossy(v).into_owned())
    });
    out
}

fn webhook_values(headers: &(impl WebhookHeaders + ?Sized)) -> Vec<(WebhookHeader, String)> {
    let mut out = Vec::new();
    headers
        .for_each_webhook_value(&mut |h, v| out.push((h, String::from_utf8_lossy(v).into_owned())));
    out.sort_by_key(|(h, v)| (h.name(), v.clone()));
    out
}

/// What every container must give for `pairs()`.
fn check(name: &str, headers: &(impl WebhookHeaders + ?Sized)) {
    let expected = pairs();
    assert_eq!(values_of(headers, "webhook-id"), ["msg_1"], "{name}");
    assert_eq!(
        values_of(headers, "webhook-signature"),
        [expected[3].1.clone()],
        "{name}"
    );
    assert_eq!(values_of(headers, "webhook-timestamp").len(), 1, "{name}");
    assert_eq!(
        values_of(headers, "content-type"),
        ["application/json"],
        "{name}"
    );
    assert!(values_of(headers, "webhook-missing").is_empty(), "{name}");
    let all = webhook_values(headers);
    assert_eq!(all.len(), 3, "{name}: {all:?}");
    assert_eq!(all, webhook_values(&OnlyValues(headers)), "{name}");
    assert_eq!(all, webhook_values(&&headers), "{name}");
    webhook()
        .verify_signature(BODY, headers)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    webhook()
        .unwrap(BODY, headers)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    webhook()
        .verify_signature(BODY, &OnlyValues(headers))
        .unwrap();
}

#[test]
fn every_container_reads_the_same_headers() {
    let owned = pairs();
    let borrowed: Vec<(&str, &str)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    check("Vec<(String, String)>", &owned);
    check("Vec<(&str, &str)>", &borrowed);
    check("slice", borrowed.as_slice());
    let array: [(&str, &str); 4] = borrowed.clone().try_into().unwrap();
    check("array", &array);
    check("&array", &&array);
    let hash: HashMap<String, String> = owned.iter().cloned().collect();
    check("HashMap", &hash);
    let tree: BTreeMap<&str, &str> = borrowed.iter().copied().collect();
    check("BTreeMap", &tree);
    let mut map = http::HeaderMap::new();
    for (k, v) in &owned {
        map.append(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    check("http::HeaderMap", &map);
    // A large map takes the other path of `HeaderMap::for_each_webhook_value`.
    for i in 0..40 {
        map.insert(
            http::HeaderName::from_bytes(format!("x-extra-{i}").as_bytes()).unwrap(),
            "1".parse().unwrap(),
        );
    }
    check("large http::HeaderMap", &map);
}

#[test]
fn repeated_and_missing_headers() {
    let mut repeated = pairs();
    repeated.push(("WEBHOOK-ID".into(), "msg_1".into()));
    assert_eq!(values_of(&repeated, "webhook-id"), ["msg_1", "msg_1"]);
    // The same value twice is one value; a different one is a conflict.
    webhook().verify_signature(BODY, &repeated).unwrap();
    repeated.push(("webhook-id".into(), "msg_2".into()));
    assert!(matches!(
        webhook().verify_signature(BODY, &repeated),
        Err(Error::ConflictingHeader(name)) if name == "webhook-id"
    ));
    assert!(matches!(
        webhook().verify_signature(BODY, &OnlyValues(&repeated)),
        Err(Error::ConflictingHeader(_))
    ));
    let mut map = http::HeaderMap::new();
    for (k, v) in &repeated {
        map.append(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    assert_eq!(values_of(&map, "webhook-id"), ["msg_1", "msg_1", "msg_2"]);
    assert!(matches!(
        webhook().verify_signature(BODY, &map),
        Err(Error::ConflictingHeader(_))
    ));

    for missing in ["webhook-id", "webhook-timestamp", "webhook-signature"] {
        let without: Vec<(String, String)> = pairs()
            .into_iter()
            .filter(|(k, _)| !k.eq_ignore_ascii_case(missing))
            .collect();
        let tree: BTreeMap<String, String> = without.iter().cloned().collect();
        for result in [
            webhook().verify_signature(BODY, &without),
            webhook().verify_signature(BODY, &tree),
            webhook().verify_signature(BODY, &OnlyValues(&without)),
        ] {
            assert!(
                matches!(result, Err(Error::MissingHeader(name)) if name == missing),
                "{missing}"
            );
        }
    }
}
