//! Usage errors, help, `events`, and the secret never shown, run as the built binary.

mod common;

use common::{assert_usage_error, command, run, run_with, Scratch, SECRET};
use openai_webhooks::UnwrapWebhookEvent;

#[test]
fn events_lists_every_known_type() {
    let out = run(&["events"], b"");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.lines(), UnwrapWebhookEvent::KNOWN_EVENT_TYPES);
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let url = "http://127.0.0.1:9/webhook";
    // (arguments, a word the one-line error must contain)
    let cases: &[(&[&str], &str)] = &[
        (&[], "command"),
        (&["bogus"], "bogus"),
        (&["events", "--bogus"], "--bogus"),
        (&["send"], "--url"),
        (&["send", "--url", "ftp://example.com/webhook"], "https://"),
        (
            &["send", "--url", url, "--cacert", "no-such-ca.pem"],
            "--cacert",
        ),
        (&["send", "--url", "127.0.0.1:8000"], "http://"),
        (&["send", "--url", url, "no.such.event"], "no.such.event"),
        (&["send", "--url", url, "--repeat", "0"], "--repeat"),
        (&["send", "--url", url, "--repeat", "many"], "--repeat"),
        (&["send", "--url", url, "--id", "msg_1"], "--id"),
        (
            &["send", "--url", url, "batch.failed", "--id", "a b"],
            "--id",
        ),
        (
            &["send", "--url", url, "batch.failed", "--file", "x"],
            "--file",
        ),
        (&["sign", "--timestamp=-5"], "--timestamp"),
        (&["sign", "--id", "two words"], "--id"),
        (&["sign", "--timestamp", "soon"], "--timestamp"),
        (&["verify", "--body", "b.json"], "--headers"),
        (
            &[
                "verify",
                "--headers",
                "h",
                "--body",
                "b",
                "--at",
                "yesterday",
            ],
            "--at",
        ),
        (
            &[
                "verify",
                "--headers",
                "h",
                "--body",
                "b",
                "--at",
                "18446744073709551615",
            ],
            "--at",
        ),
        (&["listen", "--bind", "localhost"], "--bind"),
        (
            &["listen", "--forward-to", "ftp://example.com/"],
            "--forward-to",
        ),
        (&["listen", "--body-limit", "lots"], "--body-limit"),
        (&["listen", "--forward-timeout", "0"], "--forward-timeout"),
    ];
    for (args, word) in cases {
        let out = run(args, b"{}");
        assert_usage_error(&out);
        assert!(out.stderr.contains(word), "{args:?}: {out:?}");
        assert_eq!(out.stdout, "", "{args:?}");
    }
}

#[test]
fn the_previous_secret_is_hidden_and_named_when_wrong() {
    // Whatever would print it (here, an id chosen to equal it) shows it redacted.
    let mut with_previous = command(Some(SECRET));
    with_previous.env("OPENAI_WEBHOOK_SECRET_PREVIOUS", common::OTHER_SECRET);
    let out = run_with(
        with_previous,
        &["sign", "--id", common::OTHER_SECRET],
        b"{}",
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.starts_with("webhook-id: <redacted>\n"),
        "{out:?}"
    );

    let mut malformed = command(Some(SECRET));
    malformed.env("OPENAI_WEBHOOK_SECRET_PREVIOUS", "whsec_not base64!");
    let out = run_with(malformed, &["sign"], b"{}");
    assert_usage_error(&out);
    assert!(
        out.stderr
            .contains("OPENAI_WEBHOOK_SECRET_PREVIOUS: the part after"),
        "{out:?}"
    );
}

#[test]
fn a_missing_or_bad_secret_is_a_usage_error() {
    let out = run_with(command(None), &["sign"], b"{}");
    assert_usage_error(&out);
    assert!(out.stderr.contains("OPENAI_WEBHOOK_SECRET"), "{out:?}");
    let out = run_with(
        command(Some("   ")),
        &["listen", "--bind", "127.0.0.1:0"],
        b"",
    );
    assert_usage_error(&out);
    let out = run_with(
        command(None),
        &["sign", "--secret", "whsec_not base64!"],
        b"{}",
    );
    assert_usage_error(&out);
    assert!(out.stderr.contains("--secret"), "{out:?}");
}

#[test]
fn the_secret_flag_wins_over_the_environment() {
    let vector = [
        "sign",
        "--id",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "--timestamp",
        "1614265330",
    ];
    let body = br#"{"test": 2432232314}"#;
    let from_flag = run_with(
        command(Some(common::OTHER_SECRET)),
        &[&vector[..], &["--secret", SECRET]].concat(),
        body,
    );
    assert_eq!(from_flag.code, 0, "{from_flag:?}");
    assert!(from_flag
        .stdout
        .ends_with("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\n"));
}

#[test]
fn the_secret_is_never_echoed() {
    // Every `run` checks stdout and stderr; these are the commands most likely to echo
    // an argument back.
    let scratch = Scratch::new("echo");
    let body = scratch.file("b.json", "{}");
    let inline = format!("--secret={SECRET}");
    let cases: Vec<Vec<&str>> = vec![
        vec!["events", SECRET],
        vec!["events", "--secret", SECRET],
        vec!["events", &inline],
        vec!["sign", SECRET],
        vec!["sign", "--secret", SECRET, "--bogus"],
        vec!["send", "--url", SECRET],
        vec!["send", "--url", "http://127.0.0.1:9/", SECRET],
        vec!["verify", "--headers", SECRET, "--body", &body],
        vec!["listen", "--bind", SECRET],
        vec!["listen", "--forward-to", SECRET],
    ];
    for args in &cases {
        let out = run(args, b"{}");
        assert_ne!(out.code, 0, "{args:?}: {out:?}");
    }
    // In help, too.
    for cmd in ["sign", "send", "listen", "verify"] {
        run(&[cmd, "--help", "--secret", SECRET], b"");
    }
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in ["events", "sign", "send", "listen", "verify"] {
        let out = run(&[cmd, "--help"], b"");
        assert_eq!(out.code, 0, "{out:?}");
        assert!(out.stdout.contains("Example"), "{cmd}: {}", out.stdout);
        assert!(
            out.stdout.contains(&format!("openai-webhooks {cmd}")),
            "{cmd}: {}",
            out.stdout
        );
    }
    let out = run(&["--help"], b"");
    assert_eq!(out.code, 0);
    for cmd in ["events", "sign", "send", "listen", "verify"] {
        assert!(out.stdout.contains(cmd), "{}", out.stdout);
    }
}
