//! The audit's checks: what each sends and when it passes.

use std::time::Duration;

use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use serde_json::{json, Value};

use super::probe::{Delivery, Headers, Prober, Sent};
use super::report::{Level, Verdict};
use crate::failure::Failure;
use crate::sign::now;
use crate::{ids, samples};

/// Every check, in the order they run.
pub const CHECKS: [&str; 14] = [
    "accepts-valid",
    "refuses-unsigned",
    "refuses-wrong-secret",
    "refuses-tampered",
    "refuses-stale",
    "refuses-future",
    "refuses-malformed-signature",
    "accepts-multiple-signatures",
    "acknowledges-retry",
    "concurrent-copies",
    "accepts-unknown-type",
    "accepts-new-field",
    "accepts-large",
    "answers-quickly",
];

/// How far `refuses-stale` and `refuses-future` move the timestamp (OpenAI's SDKs allow 5
/// minutes).
const SKEW: i64 = 10 * 60;
/// The size of the `accepts-large` delivery.
const LARGE: usize = 256 * 1024;
/// `answers-quickly`: slower than this is a warning, and slower than `TOO_SLOW` a failure.
const SLOW: Duration = Duration::from_secs(2);
const TOO_SLOW: Duration = Duration::from_secs(5);

/// Runs the check named `id`.
pub async fn run(id: &'static str, prober: &mut Prober) -> Result<Verdict, Failure> {
    let (level, detail) = match id {
        "accepts-valid" => accepts_valid(prober).await?,
        "refuses-unsigned" => refuses(prober, |_, _| Vec::new(), UNSIGNED).await?,
        "refuses-wrong-secret" => refuses_wrong_secret(prober).await?,
        "refuses-tampered" => refuses_tampered(prober).await?,
        "refuses-stale" => refuses_skewed(prober, -SKEW, STALE).await?,
        "refuses-future" => refuses_skewed(prober, SKEW, FUTURE).await?,
        "refuses-malformed-signature" => refuses_malformed(prober).await?,
        "accepts-multiple-signatures" => accepts_multiple(prober).await?,
        "acknowledges-retry" => acknowledges_retry(prober).await?,
        "concurrent-copies" => concurrent_copies(prober).await?,
        "accepts-unknown-type" => accepts_unknown_type(prober).await?,
        "accepts-new-field" => accepts_new_field(prober).await?,
        "accepts-large" => accepts_large(prober).await?,
        "answers-quickly" => answers_quickly(prober).await?,
        other => unreachable!("no check named {other}"),
    };
    Ok(Verdict { id, level, detail })
}

type Found = (Level, String);

/// The event type single-delivery checks send: `response.completed` when known.
fn main_type() -> Result<&'static str, Failure> {
    let types = samples::types_with_samples();
    types
        .iter()
        .find(|t| **t == "response.completed")
        .or(types.first())
        .copied()
        .ok_or_else(|| Failure::Failed("this build knows no event type with a sample".into()))
}

fn main_delivery() -> Result<Delivery, Failure> {
    Delivery::sample(main_type()?)
}

async fn accepts_valid(prober: &mut Prober) -> Result<Found, Failure> {
    let mut refused = Vec::new();
    let mut statuses = std::collections::BTreeSet::new();
    let types = samples::types_with_samples();
    for event_type in &types {
        let sent = prober.post_valid(&Delivery::sample(event_type)?).await?;
        statuses.insert(sent.short());
        if !sent.ok() {
            refused.push(sent);
        }
    }
    let statuses = statuses.into_iter().collect::<Vec<_>>().join(", ");
    Ok(match refused.first() {
        None => (
            Level::Pass,
            format!(
                "{} event types, each answered 2xx ({statuses})",
                types.len()
            ),
        ),
        Some(first) => {
            let which = match refused.len() == types.len() {
                true => format!("none of the {} event types was acknowledged", types.len()),
                false => format!(
                    "{} of {} event types not acknowledged ({})",
                    refused.len(),
                    types.len(),
                    labels(&refused)
                ),
            };
            (
                Level::Fail,
                format!(
                    "{which}; {} got {}: OpenAI retries them for 72 h, then drops them",
                    first.label,
                    first.full()
                ),
            )
        }
    })
}

const UNSIGNED: &str = "a request without webhook-* headers was accepted: anyone can post \
                        forged events";
const WRONG_SECRET: &str = "a delivery signed with another secret was accepted: the signature \
                            is not checked against your secret";
const TAMPERED: &str = "a body changed after signing was accepted: the signature is not \
                        checked over the raw body";
const STALE: &str = "a delivery signed 10 minutes ago was accepted: a captured delivery can be \
                     replayed";
const FUTURE: &str = "a delivery timestamped 10 minutes ahead was accepted: the timestamp is \
                      not checked";

/// A `refuses-*` check: passes when a fresh sample sent with the headers `headers` makes
/// for it is answered non-2xx.
async fn refuses(
    prober: &mut Prober,
    headers: impl FnOnce(&Webhook, &Delivery) -> Headers,
    why: &str,
) -> Result<Found, Failure> {
    let delivery = main_delivery()?;
    let headers = headers(prober.webhook(), &delivery);
    let sent = prober
        .post(&delivery.label, &headers, delivery.body)
        .await?;
    Ok(refusal(&sent, why))
}

fn refusal(sent: &Sent, why: &str) -> Found {
    match (sent.ok(), &sent.answer) {
        (false, Ok(status)) => (Level::Pass, format!("answered {}", status.as_u16())),
        (false, Err(no_answer)) => (
            Level::Fail,
            format!("{no_answer}: a request that must be refused at once hung"),
        ),
        (true, _) => (Level::Fail, format!("answered {}; {why}", sent.full())),
    }
}

async fn refuses_wrong_secret(prober: &mut Prober) -> Result<Found, Failure> {
    let other = random_secret()?;
    let sign = |_: &Webhook, delivery: &Delivery| Prober::signed_by(&other, delivery, now());
    refuses(prober, sign, WRONG_SECRET).await
}

/// A secret nobody else has.
fn random_secret() -> Result<Webhook, Failure> {
    Webhook::new(&ids::fresh("audit_")?)
        .map_err(|e| Failure::Failed(format!("cannot make a random secret: {e}")))
}

async fn refuses_tampered(prober: &mut Prober) -> Result<Found, Failure> {
    let delivery = main_delivery()?;
    let headers = prober.signed(&delivery);
    // One byte of the event id changes: the JSON stays valid and means another event.
    let mut body = delivery.body.to_vec();
    let at = body
        .windows(4)
        .position(|w| w == b"evt_")
        .map_or(body.len() / 2, |at| at + 4);
    body[at] = if body[at] == b'0' { b'1' } else { b'0' };
    let sent = prober.post(&delivery.label, &headers, body.into()).await?;
    Ok(refusal(&sent, TAMPERED))
}

async fn refuses_skewed(prober: &mut Prober, by: i64, why: &str) -> Result<Found, Failure> {
    let sign =
        |webhook: &Webhook, delivery: &Delivery| Prober::signed_by(webhook, delivery, now() + by);
    refuses(prober, sign, why).await
}

/// Signature headers that must not verify, each with what the report calls it.
fn malformed(valid: &str) -> [(&'static str, String); 4] {
    let tag = valid.strip_prefix("v1,").unwrap_or(valid);
    [
        ("`v1,`", "v1,".to_owned()),
        ("`v1,!!!`", "v1,!!!".to_owned()),
        ("`v2,<valid base64>`", format!("v2,{tag}")),
        ("an empty header", String::new()),
    ]
}

async fn refuses_malformed(prober: &mut Prober) -> Result<Found, Failure> {
    let mut seen = Vec::new();
    let mut accepted = Vec::new();
    for which in 0..4 {
        let delivery = main_delivery()?;
        let mut headers = prober.signed(&delivery);
        let (name, value) = malformed(&headers[2].1)[which].clone();
        headers[2].1 = value;
        let sent = prober.post(name, &headers, delivery.body).await?;
        seen.push(format!("{name} {}", sent.short()));
        if sent.ok() || sent.status().is_none() {
            accepted.push(format!("{name} got {}", sent.full()));
        }
    }
    Ok(match accepted.is_empty() {
        true => (Level::Pass, format!("all refused: {}", seen.join(", "))),
        false => (
            Level::Fail,
            format!(
                "{}; a malformed signature must never verify",
                accepted.join("; ")
            ),
        ),
    })
}

async fn accepts_multiple(prober: &mut Prober) -> Result<Found, Failure> {
    let delivery = main_delivery()?;
    let mut headers = prober.signed(&delivery);
    let timestamp: i64 = headers[1].1.parse().unwrap_or_else(|_| now());
    let wrong = Prober::signed_by(&random_secret()?, &delivery, timestamp);
    headers[2].1 = format!("{} {}", wrong[2].1, headers[2].1);
    let sent = prober
        .post(&delivery.label, &headers, delivery.body)
        .await?;
    prober.time(&sent);
    Ok(acceptance(
        &sent,
        "`v1,<wrong> v1,<right>` (as during a secret rotation)",
        "a delivery is valid when any of its signatures matches",
    ))
}

/// An `accepts-*` verdict for one delivery described as `what`.
fn acceptance(sent: &Sent, what: &str, why: &str) -> Found {
    match sent.ok() {
        true => (Level::Pass, format!("{what} answered {}", sent.short())),
        false => (Level::Fail, format!("{what} got {}; {why}", sent.full())),
    }
}

async fn acknowledges_retry(prober: &mut Prober) -> Result<Found, Failure> {
    let delivery = main_delivery()?;
    let first = prober.post_valid(&delivery).await?;
    if !first.ok() {
        return Ok((
            Level::Fail,
            format!(
                "the first delivery got {}, so its retry could not be tried",
                first.full()
            ),
        ));
    }
    // The same webhook-id and body, re-signed with a later timestamp, as OpenAI retries.
    let retry = prober.post_valid_at(&delivery, now() + 1).await?;
    Ok(match retry.ok() {
        true => (
            Level::Pass,
            format!(
                "first answered {}, the retry with the same webhook-id {}",
                first.short(),
                retry.short()
            ),
        ),
        false => (
            Level::Fail,
            format!(
                "first answered {}, the retry with the same webhook-id got {}: a duplicate \
                 must be acknowledged, or OpenAI keeps retrying it",
                first.short(),
                retry.full()
            ),
        ),
    })
}

/// Answers after which OpenAI sends the copy again later: these statuses, or none in time.
fn retryable(sent: &Sent) -> bool {
    matches!(sent.status(), Some(409 | 425 | 429 | 500..=599) | None)
}

async fn concurrent_copies(prober: &mut Prober) -> Result<Found, Failure> {
    let delivery = main_delivery()?;
    let headers = prober.signed(&delivery);
    let (a, b) = tokio::join!(
        prober.post(&delivery.label, &headers, delivery.body.clone()),
        prober.post(&delivery.label, &headers, delivery.body.clone()),
    );
    let (a, b) = (a?, b?);
    prober.time(&a);
    prober.time(&b);
    let both = format!("{} and {}", a.short(), b.short());
    let (done, other) = match (a.ok(), b.ok()) {
        (true, true) => return Ok((Level::Pass, format!("both copies answered 2xx ({both})"))),
        (true, false) => (a, b),
        (false, true) => (b, a),
        (false, false) => {
            return Ok((
                Level::Fail,
                format!(
                    "neither copy was acknowledged: {} and {}",
                    a.full(),
                    b.full()
                ),
            ))
        }
    };
    if !retryable(&other) {
        return Ok((
            Level::Fail,
            format!(
                "one copy answered {}, the other got {}: a copy must be acknowledged or \
                 answered 409, 425, 429 or 5xx so that it is retried, not refused",
                done.short(),
                other.full()
            ),
        ));
    }
    let retry = prober.post_valid_at(&delivery, now() + 1).await?;
    Ok(match retry.ok() {
        true => (
            Level::Pass,
            format!(
                "{both}; the second copy retried after the first finished: {}",
                retry.short()
            ),
        ),
        false => (
            Level::Fail,
            format!(
                "{both}; the second copy retried after the first finished got {}: OpenAI \
                 keeps retrying it",
                retry.full()
            ),
        ),
    })
}

/// A type no spec lists.
const UNLISTED_TYPE: &str = "audit.unlisted_event";

async fn accepts_unknown_type(prober: &mut Prober) -> Result<Found, Failure> {
    debug_assert!(!UnwrapWebhookEvent::KNOWN_EVENT_TYPES.contains(&UNLISTED_TYPE));
    let event = json!({
        "id": ids::fresh("evt_")?,
        "object": "event",
        "created_at": now(),
        "type": UNLISTED_TYPE,
        "data": { "id": ids::fresh("audit_")? },
    });
    let Value::Object(event) = event else {
        unreachable!("a JSON object")
    };
    let delivery = Delivery::of(UNLISTED_TYPE, event)?;
    let sent = prober.post_valid(&delivery).await?;
    Ok(tolerance(
        &sent,
        &format!("`{UNLISTED_TYPE}`, a type no spec lists,"),
    ))
}

/// An `accepts-*` verdict where a 5xx only delays the event: OpenAI retries it, and a
/// fixed endpoint gets it. A 4xx loses it after 72 hours of retries.
fn tolerance(sent: &Sent, what: &str) -> Found {
    match sent.status() {
        Some(200..=299) => (Level::Pass, format!("{what} answered {}", sent.short())),
        Some(500..=599) => (
            Level::Warn,
            format!(
                "{what} got {}: OpenAI retries a 5xx, but the event is lost after 72 h",
                sent.full()
            ),
        ),
        _ => (
            Level::Fail,
            format!(
                "{what} got {}: OpenAI adds event types and fields without notice; refusing \
                 them loses those events",
                sent.full()
            ),
        ),
    }
}

async fn accepts_new_field(prober: &mut Prober) -> Result<Found, Failure> {
    // A type with a string enum inside, to send it a value the spec does not list; the
    // main type otherwise. `type` and `object` stay: a new `type` is `accepts-unknown-type`.
    let with_enum = UnwrapWebhookEvent::ENUM_FIELDS
        .iter()
        .find(|(ty, path, values)| {
            !path.contains("[]") && values.len() > 1 && samples::types_with_samples().contains(ty)
        });
    let event_type = match with_enum {
        Some((ty, _, _)) => ty,
        None => main_type()?,
    };
    let mut event = samples::sample_event(event_type, &ids::fresh("evt_")?)?;
    let added = json!({ "audit_status": "audit_unlisted_value", "audit_count": 1 });
    event.insert("audit_new_field".into(), added.clone());
    if let Some(Value::Object(data)) = event.get_mut("data") {
        data.insert("audit_new_field".into(), added);
    }
    let mut what = format!("`{event_type}` with fields the spec does not list");
    if let Some((_, path, _)) = with_enum {
        set_path(&mut event, path, json!("audit_unlisted_value"));
        what.push_str(&format!(" and an unlisted `{path}` value"));
    }
    let delivery = Delivery::of(event_type, event)?;
    let sent = prober.post_valid(&delivery).await?;
    Ok(tolerance(&sent, &what))
}

/// Sets the field at a dotted `path`, making the objects on the way.
fn set_path(object: &mut serde_json::Map<String, Value>, path: &str, value: Value) {
    let mut current = object;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            current.insert(part.to_owned(), value);
            return;
        }
        let next = current
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Default::default()));
        if !next.is_object() {
            *next = Value::Object(Default::default());
        }
        let Value::Object(inner) = next else { return };
        current = inner;
    }
}

async fn accepts_large(prober: &mut Prober) -> Result<Found, Failure> {
    let event_type = main_type()?;
    let sample = Delivery::sample(event_type)?;
    // Whitespace between the tokens: the same event, at the size asked for.
    let mut body = sample.body.to_vec();
    let last = body.len() - 2;
    debug_assert_eq!(
        &body[last..],
        b"}
"
    );
    let padding = LARGE.saturating_sub(body.len());
    body.splice(last..last, std::iter::repeat_n(b' ', padding));
    let delivery = Delivery {
        body: body.into(),
        ..sample
    };
    let sent = prober.post_valid(&delivery).await?;
    let what = format!("`{event_type}` of {} KiB", delivery.body.len() / 1024);
    Ok(acceptance(
        &sent,
        &what,
        "a valid delivery that large must be accepted",
    ))
}

async fn answers_quickly(prober: &mut Prober) -> Result<Found, Failure> {
    if prober.timed.is_empty() {
        // Run alone: time the deliveries `accepts-valid` sends.
        for event_type in samples::types_with_samples() {
            prober.post_valid(&Delivery::sample(event_type)?).await?;
        }
    }
    let count = prober.timed.len();
    let no_answer = prober
        .timed
        .iter()
        .find_map(|(label, t)| Some((label, t.as_ref().err()?)));
    if let Some((label, why)) = no_answer {
        return Ok((
            Level::Fail,
            format!(
                "{label}: {why}; OpenAI gives up on a delivery after a few seconds and retries it"
            ),
        ));
    }
    let (label, slowest) = prober
        .timed
        .iter()
        .filter_map(|(label, t)| Some((label, *t.as_ref().ok()?)))
        .max_by_key(|(_, t)| *t)
        .expect("timings were taken");
    let seen = format!(
        "slowest of {count} valid deliveries: {} ({label})",
        millis(slowest)
    );
    Ok(if slowest > TOO_SLOW {
        (
            Level::Fail,
            format!("{seen}; over 5 s OpenAI times out and retries: acknowledge first, then do the work"),
        )
    } else if slowest > SLOW {
        (
            Level::Warn,
            format!("{seen}; close to OpenAI's time-out: acknowledge first, then do the work"),
        )
    } else {
        (Level::Pass, seen)
    })
}

/// `12 ms`, or `2.6 s` from a second on.
fn millis(d: Duration) -> String {
    match d.as_millis() {
        ms @ 0..1000 => format!("{ms} ms"),
        _ => format!("{:.1} s", d.as_secs_f64()),
    }
}

/// The distinct labels of `sent`, comma-separated.
fn labels(sent: &[Sent]) -> String {
    let mut labels: Vec<&str> = sent.iter().map(|s| s.label.as_str()).collect();
    labels.dedup();
    labels.join(", ")
}
