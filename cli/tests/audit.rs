//! `audit` against receivers served in this process: a right one passes every check, and
//! each flawed one fails exactly the checks its flaw breaks.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::receivers::{right_but_slow, router, serve, serve_tls, Flaw, PrivateCa};
use common::{assert_usage_error, run, Listener, Scratch, SECRET};
use openai_webhooks::UnwrapWebhookEvent;

/// Every check, in the order the report lists them.
const CHECKS: [&str; 14] = [
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

/// Runs `audit --json` against `url`; returns the exit status and each check's verdict.
fn audit(url: &str, extra: &[&str]) -> (i32, BTreeMap<String, (String, String)>) {
    let mut args = vec!["audit", "--url", url, "--json"];
    args.extend(extra);
    let out = run(&args, b"");
    assert_eq!(out.stderr, "", "{out:?}");
    let report: serde_json::Value = serde_json::from_str(&out.stdout).expect("one JSON document");
    let mut verdicts = BTreeMap::new();
    for check in report["checks"].as_array().expect("a list of checks") {
        let id = check["id"].as_str().unwrap().to_owned();
        let verdict = check["verdict"].as_str().unwrap().to_owned();
        let detail = check["detail"].as_str().unwrap().to_owned();
        verdicts.insert(id, (verdict, detail));
    }
    let count = |v: &str| verdicts.values().filter(|(x, _)| x == v).count();
    assert_eq!(report["passed"], count("pass"), "{report}");
    assert_eq!(report["failed"], count("fail"), "{report}");
    assert_eq!(report["warned"], count("warn"), "{report}");
    (out.code, verdicts)
}

/// Audits a receiver with `flaw` and asserts that exactly `failed` fail and `warned` warn.
fn assert_verdicts(flaw: Option<Flaw>, failed: &[&str], warned: &[&str]) {
    let served = serve(router(flaw.clone()));
    let (code, verdicts) = audit(&served.url(), &[]);
    assert_eq!(verdicts.keys().count(), CHECKS.len(), "{verdicts:#?}");
    for id in CHECKS {
        let expected = match (failed.contains(&id), warned.contains(&id)) {
            (true, _) => "fail",
            (_, true) => "warn",
            _ => "pass",
        };
        let (verdict, detail) = &verdicts[id];
        assert_eq!(verdict, expected, "{flaw:?}: {id}: {detail}");
    }
    assert_eq!(code, if failed.is_empty() { 0 } else { 1 }, "{flaw:?}");
}

/// A type `accepts-valid` sends but no single-delivery check does.
fn rarely_sent_type() -> &'static str {
    UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .copied()
        .rfind(|t| *t != "response.completed" && UnwrapWebhookEvent::sample_payload(t).is_some())
        .expect("a second event type with a sample")
}

#[test]
fn a_right_receiver_passes_every_check() {
    assert_verdicts(None, &[], &[]);
}

#[test]
fn a_copy_answered_409_while_the_first_runs_passes_once_retried() {
    let served = serve(right_but_slow(Duration::from_millis(300)));
    let (code, verdicts) = audit(&served.url(), &["--only", "concurrent-copies"]);
    assert_eq!(code, 0, "{verdicts:#?}");
    let (verdict, detail) = &verdicts["concurrent-copies"];
    assert_eq!(verdict, "pass");
    assert!(
        detail.starts_with("200 and 409; the second copy retried after the first finished: 200")
            || detail.starts_with("409 and 200; the second copy retried"),
        "{detail}"
    );
}

#[test]
fn no_verification_fails_every_refusal() {
    let refusals = &CHECKS[1..7];
    assert!(refusals.iter().all(|id| id.starts_with("refuses-")));
    assert_verdicts(Some(Flaw::NoVerification), refusals, &[]);
}

#[test]
fn no_timestamp_check_fails_stale_and_future() {
    let failed = &["refuses-stale", "refuses-future"];
    assert_verdicts(Some(Flaw::NoTimestampCheck), failed, &[]);
}

#[test]
fn verifying_reserialized_json_fails_every_valid_delivery() {
    let failed = &[
        "accepts-valid",
        "accepts-multiple-signatures",
        "acknowledges-retry",
        "concurrent-copies",
        "accepts-unknown-type",
        "accepts-new-field",
        "accepts-large",
    ];
    assert_verdicts(Some(Flaw::ReserializedJson), failed, &[]);
}

#[test]
fn refusing_unknown_types_fails_accepts_unknown_type() {
    let failed = &["accepts-unknown-type"];
    assert_verdicts(Some(Flaw::RefusesUnknownTypes), failed, &[]);
}

#[test]
fn a_handler_slower_than_5_s_fails_answers_quickly() {
    let slow = Flaw::Slow(Duration::from_millis(5500), rarely_sent_type());
    assert_verdicts(Some(slow), &["answers-quickly"], &[]);
}

#[test]
fn a_handler_slower_than_2_s_warns() {
    let slow = Flaw::Slow(Duration::from_millis(2500), rarely_sent_type());
    assert_verdicts(Some(slow), &[], &["answers-quickly"]);
}

#[test]
fn answering_500_to_a_duplicate_fails_the_duplicate_checks() {
    let failed = &["acknowledges-retry", "concurrent-copies"];
    assert_verdicts(Some(Flaw::DuplicateIs500), failed, &[]);
}

#[test]
fn the_report_card_format() {
    let served = serve(router(Some(Flaw::NoTimestampCheck)));
    let out = run(&["audit", "--url", &served.url()], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stderr, "", "{out:?}");
    let lines = out.lines();
    assert_eq!(lines.len(), CHECKS.len() + 1, "{out:?}");
    for (line, id) in lines.iter().zip(CHECKS) {
        let verdict = if id == "refuses-stale" || id == "refuses-future" {
            "FAIL"
        } else {
            "PASS"
        };
        let prefix = format!("{verdict} {id}  ");
        assert!(line.starts_with(&prefix), "{line}");
        assert!(line.len() > prefix.len(), "{line}");
    }
    assert!(lines[4].contains("answered 200"), "{}", lines[4]);
    assert_eq!(lines[CHECKS.len()], "12 passed, 2 failed, 0 warned");
}

#[test]
fn only_runs_the_named_checks() {
    let served = serve(router(Some(Flaw::NoTimestampCheck)));
    let (code, verdicts) = audit(&served.url(), &["--only", "refuses-future,accepts-valid"]);
    assert_eq!(code, 1);
    assert_eq!(
        verdicts.keys().map(String::as_str).collect::<Vec<_>>(),
        ["accepts-valid", "refuses-future"]
    );
    assert_eq!(verdicts["refuses-future"].0, "fail");
    // answers-quickly alone times the deliveries accepts-valid sends.
    let (code, verdicts) = audit(&served.url(), &["--only", "answers-quickly"]);
    assert_eq!(code, 0);
    let detail = &verdicts["answers-quickly"].1;
    let samples = UnwrapWebhookEvent::KNOWN_EVENT_TYPES
        .iter()
        .filter(|t| UnwrapWebhookEvent::sample_payload(t).is_some())
        .count();
    assert!(detail.contains(&format!("of {samples} valid")), "{detail}");
}

#[test]
fn usage_errors_and_unreachable_endpoints_exit_2() {
    let out = run(&["audit", "--url", "http://127.0.0.1:9/webhook"], b"");
    assert_usage_error(&out);
    assert!(out.stderr.contains("cannot reach"), "{out:?}");
    assert_eq!(out.stdout, "");
    let out = run(
        &["audit", "--url", "http://127.0.0.1:9/", "--only", "nope"],
        b"",
    );
    assert_usage_error(&out);
    assert!(out.stderr.contains("accepts-valid"), "{out:?}");
    let out = run(&["audit"], b"");
    assert_usage_error(&out);
}

#[test]
fn https_with_a_private_ca_passes_with_cacert_and_is_refused_without() {
    let ca = PrivateCa::new();
    let served = serve_tls(router(None), &ca);
    let scratch = Scratch::new("audit-tls");
    let cacert = scratch.file("ca.pem", &ca.ca_pem);
    let (code, verdicts) = audit(&served.https_url(), &["--cacert", &cacert]);
    assert_eq!(code, 0, "{verdicts:#?}");
    assert!(verdicts.values().all(|(v, _)| v == "pass"), "{verdicts:#?}");

    // Without the CA: one clear line, exit 2, for audit and send alike.
    for args in [
        vec!["audit", "--url", &served.https_url()],
        vec!["send", "--url", &served.https_url(), "batch.completed"],
    ] {
        let out = run(&args, b"");
        assert_usage_error(&out);
        assert!(out.stderr.contains("certificate"), "{out:?}");
        assert!(out.stderr.contains("--cacert"), "{out:?}");
    }
    let out = run(
        &[
            "send",
            "--url",
            &served.https_url(),
            "--cacert",
            &cacert,
            "batch.completed",
        ],
        b"",
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stderr, "");

    // listen --forward-to an https target: with the CA it passes deliveries on; without it,
    // each delivery gets 503 (so the sender retries) and the reason is printed.
    let mut front = Listener::start(
        SECRET,
        &["--forward-to", &served.https_url(), "--cacert", &cacert],
    );
    let out = run(&["send", "--url", &front.url, "batch.completed"], b"");
    assert_eq!(out.code, 0, "{out:?}");
    let lines = front.next_lines(2);
    assert_eq!(lines[1], "forwarded 200", "{lines:?}");
    let mut untrusting = Listener::start(SECRET, &["--forward-to", &served.https_url()]);
    let out = run(&["send", "--url", &untrusting.url, "batch.completed"], b"");
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.ends_with(" 503\n"), "{out:?}");
    let lines = untrusting.next_lines(2);
    assert!(
        lines[1].starts_with("forward failed: ") && lines[1].contains("--cacert"),
        "{lines:?}"
    );
}
