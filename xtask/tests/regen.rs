//! `cargo xtask regen`, run as a maintainer would, on scratch copies of the repository.
//! Offline: the sources are fixtures in upstream's structure, and HTTP goes to loopback.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};
use sha2::Digest;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const SPEC: &str = "spec/openapi.webhooks.json";
const SNAPSHOT: &str = "tests/snapshots/generated_events.rs";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh directory under cargo's per-test scratch space.
fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("regen-{name}-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A scratch root holding a copy of the repository's `spec/` and snapshot.
fn root_with_current_spec(name: &str) -> PathBuf {
    let root = scratch(name);
    for file in [SPEC, "spec/provenance.json", SNAPSHOT] {
        std::fs::create_dir_all(root.join(file).parent().unwrap()).unwrap();
        std::fs::copy(repo().join(file), root.join(file)).unwrap();
    }
    root
}

/// The URL the tests say a local fixture is a copy of.
const FIXTURE_URL: &str = "https://example.com/openai-openapi/openapi.yaml";

/// Runs xtask on `root`. A `regen` that writes from a local file says which URL the file
/// is a copy of, as a maintainer must.
fn xtask(root: &Path, args: &[&str]) -> Output {
    let writes_from_file = args.first() == Some(&"regen")
        && !args.contains(&"--check")
        && !args.contains(&"--url")
        && args
            .windows(2)
            .any(|w| w[0] == "--from" && !w[1].starts_with("http"));
    let url: &[&str] = if writes_from_file {
        &["--url", FIXTURE_URL]
    } else {
        &[]
    };
    // Offline: the SDK comes from a fixture when a test names one, else it is left out.
    let sdk: &[&str] = match args.first() == Some(&"regen")
        && !args
            .iter()
            .any(|a| a.starts_with("--sdk") || *a == "--no-sdk")
    {
        true => &["--no-sdk"],
        false => &[],
    };
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .args(url)
        .args(sdk)
        .arg("--root")
        .arg(root)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn read_json(path: impl AsRef<Path>) -> Value {
    serde_json::from_str(&read(path)).unwrap()
}

fn write_json(dir: &Path, name: &str, value: &Value) -> String {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string(value).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// The JSON fixture after `edit`, written to `dir/name`; returns its path.
fn edited_fixture(dir: &Path, name: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = read_json(fixture("upstream.json"));
    edit(&mut doc);
    write_json(dir, name, &doc)
}

/// Serves one HTTP response on a loopback port; returns the URL and the server thread.
fn serve_once(response: Vec<u8>) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/openapi.yaml", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut buf = [0u8; 4096];
        let _ = conn.read(&mut buf);
        let _ = conn.write_all(&response);
    });
    (url, server)
}

/// An upstream-like document: the repository's current spec plus unrelated paths and schemas.
fn upstream_from_current_spec() -> Value {
    let mut doc = read_json(repo().join(SPEC));
    doc["info"]["version"] = json!("2.3.0");
    doc["paths"] = json!({"/models": {"get": {"responses": {"200": {"description": "OK"}}}}});
    doc["components"]["schemas"]["Unrelated"] = json!({"type": "object", "nullable": true, "properties": {"x": {"anyOf": [{"type": "string"}, {"type": "null"}]}}});
    doc["x-oaiMeta"] = json!({"groups": [{"id": "webhook-events"}]});
    doc
}

#[test]
fn yaml_and_json_fixtures_give_the_same_spec_without_unrelated_parts() {
    let (a, b) = (scratch("yaml"), scratch("json"));
    for (root, source) in [(&a, "upstream.yaml"), (&b, "upstream.json")] {
        let out = xtask(root, &["regen", "--from", &fixture(source)]);
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
        assert!(stdout(&out).contains("cargo test"), "{}", stdout(&out));
    }
    assert_eq!(read(a.join(SPEC)), read(b.join(SPEC)));
    assert_eq!(read(a.join(SNAPSHOT)), read(b.join(SNAPSHOT)));

    let spec = read_json(a.join(SPEC));
    let mut top: Vec<&str> = spec
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    top.sort();
    assert_eq!(top, ["components", "info", "openapi", "webhooks"]);
    let schemas: Vec<&String> = spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    // SipHeader comes along because a webhook schema refers to it; nothing else does.
    assert_eq!(
        schemas,
        [
            "SipHeader",
            "WebhookBatchCompleted",
            "WebhookRealtimeCallIncoming",
            "WebhookResponseIncomplete"
        ]
    );
    assert_eq!(spec["info"]["version"], "2.3.0");
    // The example keeps upstream's trailing comma, verbatim.
    let example = spec["components"]["schemas"]["WebhookRealtimeCallIncoming"]["x-oaiMeta"]
        ["example"]
        .as_str()
        .unwrap();
    assert!(example.contains("\"851287 INVITE\"},\n    ]"), "{example}");
    assert!(serde_json::from_str::<Value>(example).is_err());

    let provenance = read_json(a.join("spec/provenance.json"));
    assert_eq!(provenance["info_version"], "2.3.0");
    assert_eq!(provenance["url"], FIXTURE_URL);
    assert_eq!(provenance["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(provenance["date"].as_str().unwrap().len(), 10);
    let snapshot = read(a.join(SNAPSHOT));
    assert!(snapshot.contains("RealtimeCallIncoming(RealtimeCallIncomingWebhookEvent)"));
    assert!(snapshot.contains("pub struct SipHeader"));
    assert!(!snapshot.contains("BatchCancelled"));
}

#[test]
fn extraction_ignores_a_large_unrelated_document() {
    let dir = scratch("large");
    let mut doc: Value = read_json(fixture("upstream.json"));
    for i in 0..1500 {
        doc["components"]["schemas"][format!("Unrelated{i}")] = json!({
            "type": "object", "nullable": true,
            "properties": {"ref": {"$ref": "#/components/schemas/Batch"}, "n": {"anyOf": [{"type": "integer"}, {"type": "null"}]}}
        });
        doc["paths"][format!("/things/{i}")] =
            json!({"get": {"responses": {"200": {"description": "OK"}}}});
    }
    let large = write_json(&dir, "large.json", &doc);
    let (small_root, large_root) = (scratch("small-root"), scratch("large-root"));
    assert!(
        xtask(&small_root, &["regen", "--from", &fixture("upstream.json")])
            .status
            .success()
    );
    let out = xtask(&large_root, &["regen", "--from", &large]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read(small_root.join(SPEC)), read(large_root.join(SPEC)));
}

#[test]
fn regen_is_deterministic() {
    let root = scratch("twice");
    let source = fixture("upstream.yaml");
    assert!(xtask(&root, &["regen", "--from", &source]).status.success());
    let (spec, snapshot) = (read(root.join(SPEC)), read(root.join(SNAPSHOT)));
    assert!(xtask(&root, &["regen", "--from", &source]).status.success());
    assert_eq!(read(root.join(SPEC)), spec);
    assert_eq!(read(root.join(SNAPSHOT)), snapshot);
    assert!(spec.ends_with("}\n"));
}

#[test]
fn check_passes_without_drift_and_writes_nothing() {
    let root = scratch("check-clean");
    let source = fixture("upstream.yaml");
    assert!(xtask(&root, &["regen", "--from", &source]).status.success());
    let provenance = read(root.join("spec/provenance.json"));
    let out = xtask(
        &root,
        &["regen", "--check", "--from", &fixture("upstream.json")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("up to date"), "{}", stdout(&out));
    assert!(stdout(&out).contains("3 events"), "{}", stdout(&out));
    assert_eq!(read(root.join("spec/provenance.json")), provenance);
}

#[test]
fn check_reports_drift_and_writes_nothing() {
    let root = root_with_current_spec("check-drift");
    let before = read(root.join(SPEC));
    let dir = scratch("check-drift-src");
    let mut doc: Value = read_json(fixture("upstream.json"));
    let data = &mut doc["components"]["schemas"]["WebhookBatchCompleted"]["properties"]["data"];
    data["properties"]["output_file_id"] = json!({"type": "string"});
    data["properties"]["id"] = json!({"type": "integer"});
    let source = write_json(&dir, "drift.json", &doc);

    let out = xtask(&root, &["regen", "--check", "--from", &source]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("events added: none"), "{text}");
    let removed = text
        .lines()
        .find(|l| l.contains("events removed: "))
        .unwrap_or_default();
    assert!(removed.contains("batch.cancelled, batch.expired"), "{text}");
    assert!(text.contains("changes in batch.completed:"), "{text}");
    assert!(
        text.contains("+ data.output_file_id (added: \"string\")"),
        "{text}"
    );
    assert!(
        text.contains("~ type of data.id: \"string\" → \"integer\""),
        "{text}"
    );
    assert!(
        text.contains("changes in realtime.call.incoming:"),
        "{text}"
    );
    assert!(text.contains("not only descriptions changed"), "{text}");
    assert_eq!(read(root.join(SPEC)), before);
}

#[test]
fn check_tells_description_only_drift_apart() {
    let root = scratch("check-docs");
    let source = fixture("upstream.json");
    assert!(xtask(&root, &["regen", "--from", &source]).status.success());
    let mut doc: Value = read_json(&source);
    doc["components"]["schemas"]["WebhookBatchCompleted"]["properties"]["id"]["description"] =
        json!("Reworded.");
    let changed = write_json(&scratch("check-docs-src"), "docs.json", &doc);
    let out = xtask(&root, &["regen", "--check", "--from", &changed]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("only descriptions changed"), "{text}");
    assert!(text.contains("~ description of id changed"), "{text}");
}

#[test]
fn removed_event_disappears_from_spec_and_snapshot() {
    let root = root_with_current_spec("removed");
    let mut doc = upstream_from_current_spec();
    doc["webhooks"]
        .as_object_mut()
        .unwrap()
        .remove("batch_expired");
    let source = write_json(&scratch("removed-src"), "upstream.json", &doc);
    let out = xtask(&root, &["regen", "--from", &source]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("events removed: batch.expired"), "{text}");
    let spec = read(root.join(SPEC));
    assert!(!spec.contains("WebhookBatchExpired"));
    assert!(!spec.contains("Unrelated"));
    let snapshot = read(root.join(SNAPSHOT));
    assert!(!snapshot.contains("BatchExpired"));
    assert!(snapshot.contains("BatchFailed(BatchFailedWebhookEvent)"));
}

#[test]
fn current_spec_round_trips_through_regen() {
    // Regenerating from a document that holds exactly the current spec changes nothing.
    let root = root_with_current_spec("round-trip");
    let source = write_json(
        &scratch("round-trip-src"),
        "upstream.json",
        &upstream_from_current_spec(),
    );
    let mut doc = read_json(root.join(SPEC));
    doc["info"]["version"] = json!("2.3.0");
    std::fs::write(
        root.join(SPEC),
        serde_json::to_string_pretty(&doc).unwrap() + "\n",
    )
    .unwrap();
    let out = xtask(&root, &["regen", "--check", "--from", &source]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

/// Upstream adds events: a 17th one, and the newer events of OpenAI's SDKs (fixture
/// `newer-events.json`, in upstream's structure, with string enums inside `data` in both of
/// upstream's forms). After regen the crate builds, each new type gets its own variant, and
/// enum values the spec does not list are kept. Builds a copy of the crate, so it takes a
/// while the first time.
#[test]
fn added_events_build_parse_into_their_own_variants_and_keep_unlisted_enum_values() {
    // Written past libtest's capture, so a slow first build does not look like a hang.
    let _ = writeln!(
        std::io::stderr(),
        "regen: building a copy of the crate with added events (about a minute the first time)"
    );
    let krate = copy_crate("crate-copy");

    let mut doc = upstream_from_current_spec();
    let mut schema = doc["components"]["schemas"]["WebhookBatchFailed"].clone();
    schema["properties"]["type"]["enum"] = json!(["vector_store.file.ready"]);
    schema["properties"]["data"]["properties"]["file_id"] = json!({"type": "string"});
    schema["properties"]["data"]["required"] = json!(["id", "file_id"]);
    schema["x-oaiMeta"]["name"] = json!("vector_store.file.ready");
    schema["x-oaiMeta"]["example"] = json!(
        r#"{"id": "evt_1", "type": "vector_store.file.ready", "created_at": 5, "data": {"id": "vs_1", "file_id": "file_1"}}"#
    );
    doc["components"]["schemas"]["WebhookVectorStoreFileReady"] = schema;
    doc["webhooks"]["vector_store_file_ready"] = json!({"post": {"requestBody": {"content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/WebhookVectorStoreFileReady"}}}}}});
    let newer = read_json(fixture("newer-events.json"));
    let current: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|s| {
            s.pointer("/properties/type/enum/0")?
                .as_str()
                .map(str::to_owned)
        })
        .collect();
    let mut added = vec!["vector_store.file.ready".to_owned()];
    for (key, hook) in newer["webhooks"].as_object().unwrap() {
        doc["webhooks"][key] = hook.clone();
    }
    for (name, schema) in newer["components"]["schemas"].as_object().unwrap() {
        added.push(
            schema["properties"]["type"]["enum"][0]
                .as_str()
                .unwrap()
                .to_owned(),
        );
        doc["components"]["schemas"][name] = schema.clone();
    }
    let source = write_json(&scratch("added-src"), "upstream.json", &doc);

    let out = xtask(&krate, &["regen", "--from", &source]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    // The fixture's events that the spec already has replace them; the others are added.
    let mut new: Vec<&String> = added.iter().filter(|t| !current.contains(t)).collect();
    new.sort();
    let new: Vec<&str> = new.into_iter().map(String::as_str).collect();
    assert!(
        stdout(&out).contains(&format!("events added: {}", new.join(", "))),
        "{}",
        stdout(&out)
    );
    // The example prints every type outside the original families.
    added.extend(current);
    added.sort();
    added.dedup();
    added.retain(|t| {
        ![
            "batch.",
            "eval.",
            "fine_tuning.",
            "response.",
            "realtime.",
            "live.call",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    });

    std::fs::create_dir_all(krate.join("examples")).unwrap();
    std::fs::write(krate.join("examples/new_event.rs"), NEW_EVENTS_EXAMPLE).unwrap();
    let out = cargo(
        &krate,
        &["run", "--quiet", "--offline", "--example", "new_event"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = added
        .iter()
        .map(|t| format!("typed {t}"))
        .chain(
            [
                "typed vs_1 file_1",
                "action listed FunctionCall -> function_call",
                "action unlisted Unknown(\"mcp_approval\") -> mcp_approval",
                "status listed Some(Ready) -> ready",
                "status unlisted Some(Unknown(\"hibernating\")) -> hibernating",
                "category listed Violence -> violence",
                "category unlisted Unknown(\"spam\") -> spam",
                "transport null None",
                "transport unlisted Some(Unknown(\"websocket\")) -> websocket",
            ]
            .map(str::to_owned),
        )
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(stdout(&out).trim(), expected);
}

/// Run in a copy of the crate whose spec has the added events.
const NEW_EVENTS_EXAMPLE: &str = r##"
use openai_webhooks::*;
use serde_json::{json, Value};
use sha2::Digest;

fn unwrap(body: &str) -> UnwrapWebhookEvent {
    let webhook = Webhook::new("whsec_Zg==").unwrap();
    let headers = [("webhook-id", "m".to_string()), ("webhook-timestamp", "5".to_string()),
                   ("webhook-signature", webhook.sign("m", 5, body))];
    let now = std::time::UNIX_EPOCH + std::time::Duration::from_secs(5);
    webhook.unwrap_at(body, &headers, now).unwrap()
}

/// Unwraps `data` under `ty`, and checks that serializing gives back the exact JSON.
fn delivery(ty: &str, data: Value) -> UnwrapWebhookEvent {
    let body = json!({"id": "evt_1", "object": "event", "created_at": 5, "type": ty, "data": data});
    let event = unwrap(&body.to_string());
    assert_eq!(serde_json::to_value(&event).unwrap(), body, "round trip of {ty}");
    event
}

fn main() {
    let mut types: Vec<&str> = UnwrapWebhookEvent::KNOWN_EVENT_TYPES.to_vec();
    types.sort();
    for ty in types {
        let Some(sample) = UnwrapWebhookEvent::sample_payload(ty) else { continue };
        let event = unwrap(&sample);
        assert!(!matches!(event, UnwrapWebhookEvent::Unknown(_) | UnwrapWebhookEvent::Unparsed(_)), "{event:?}");
        assert_eq!(event.event_type(), ty);
        if !["batch.", "eval.", "fine_tuning.", "response.", "realtime.", "live.call"].iter().any(|p| ty.starts_with(p)) {
            println!("typed {ty}");
        }
    }
    match delivery("vector_store.file.ready", json!({"id": "vs_1", "file_id": "file_1"})) {
        UnwrapWebhookEvent::VectorStoreFileReady(e) => println!("typed {} {}", e.data.id, e.data.file_id),
        other => panic!("not its own variant: {other:?}"),
    }
    for (kind, value) in [("listed", "function_call"), ("unlisted", "mcp_approval")] {
        let data = json!({"id": "asess_1", "required_action": {"type": value}});
        match delivery("agent.session.action_required", data) {
            UnwrapWebhookEvent::AgentSessionActionRequired(e) => {
                let t = &e.data.required_action.type_;
                println!("action {kind} {t:?} -> {t}");
            }
            other => panic!("not its own variant: {other:?}"),
        }
    }
    for (kind, value) in [("listed", "ready"), ("unlisted", "hibernating")] {
        match delivery("agent.environment.ready", json!({"id": "aenv_1", "status": value})) {
            UnwrapWebhookEvent::AgentEnvironmentReady(e) => {
                let s = &e.data.status;
                println!("status {kind} {s:?} -> {}", s.as_ref().unwrap().as_str());
            }
            other => panic!("not its own variant: {other:?}"),
        }
    }
    for (kind, value) in [("listed", "violence"), ("unlisted", "spam")] {
        match delivery("safety.check.flagged", json!({"id": "req_1", "category": value})) {
            UnwrapWebhookEvent::SafetyCheckFlagged(e) => {
                let c = &e.data.category;
                println!("category {kind} {c:?} -> {c}");
            }
            other => panic!("not its own variant: {other:?}"),
        }
    }
    match delivery("live.transport.incoming", json!({"call_id": "rtc_1", "transport": null})) {
        UnwrapWebhookEvent::LiveTransportIncoming(e) => println!("transport null {:?}", e.data.transport),
        other => panic!("not its own variant: {other:?}"),
    }
    match delivery("live.transport.incoming", json!({"call_id": "rtc_1", "transport": "websocket"})) {
        UnwrapWebhookEvent::LiveTransportIncoming(e) => {
            let t = &e.data.transport;
            println!("transport unlisted {t:?} -> {}", t.as_ref().unwrap());
        }
        other => panic!("not its own variant: {other:?}"),
    }
}
"##;

/// Editing `src/` recompiles the library but does not rerun `build.rs`; editing the spec does.
#[test]
fn touching_src_does_not_rerun_the_build_script() {
    let _ = writeln!(
        std::io::stderr(),
        "regen: building a copy of the crate three times, to see when build.rs reruns"
    );
    let krate = copy_crate("incremental");
    let build = || cargo(&krate, &["build", "--offline", "-v"]);
    assert!(build().status.success());
    let ran_build_script = |out: &Output| {
        stderr(out)
            .lines()
            .any(|l| l.contains("Running `") && l.contains("build-script-build`"))
    };
    let touch = |file: &str| {
        let text = read(krate.join(file));
        std::fs::write(krate.join(file), text + "\n").unwrap();
    };
    touch("src/lib.rs");
    let out = build();
    assert!(
        stderr(&out).contains("Compiling openai-webhooks"),
        "{}",
        stderr(&out)
    );
    assert!(
        !ran_build_script(&out),
        "build.rs reran after a src/ change:\n{}",
        stderr(&out)
    );
    touch("spec/openapi.webhooks.json");
    assert!(
        ran_build_script(&build()),
        "build.rs did not rerun after a spec change"
    );

    // A broken spec is a build error naming the file and the problem.
    std::fs::write(krate.join("spec/openapi.webhooks.json"), "{\"webhooks\": ").unwrap();
    let out = build();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("error: spec/openapi.webhooks.json: invalid JSON: EOF while parsing"),
        "{}",
        stderr(&out)
    );
}

/// A copy of the library crate (without the workspace) in a scratch directory.
fn copy_crate(name: &str) -> PathBuf {
    let krate = scratch(name);
    for file in ["Cargo.lock", "build.rs", "README.md"] {
        std::fs::copy(repo().join(file), krate.join(file)).unwrap();
    }
    for dir in ["src", "spec", "examples", "tests", "benches"] {
        copy_dir(&repo().join(dir), &krate.join(dir));
    }
    // Keep `[workspace]` (the copy is its own workspace root) without the other members.
    let manifest: String = read(repo().join("Cargo.toml"))
        .lines()
        .filter(|line| !line.trim_start().starts_with("members"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
    krate
}

/// Runs cargo in `dir`, with a target directory shared by the tests that build copies.
fn cargo(dir: &Path, args: &[&str]) -> Output {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("crate-copy-target");
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

// ---- errors: each leaves spec/ untouched ----

fn assert_fails_cleanly(name: &str, source: &str, expected: &str) {
    let root = root_with_current_spec(name);
    let before = (
        read(root.join(SPEC)),
        read(root.join("spec/provenance.json")),
        read(root.join(SNAPSHOT)),
    );
    let out = xtask(&root, &["regen", "--from", source]);
    let message = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{name}: {message}");
    assert!(message.contains(expected), "{name}: {message}");
    let after = (
        read(root.join(SPEC)),
        read(root.join("spec/provenance.json")),
        read(root.join(SNAPSHOT)),
    );
    assert!(before == after, "{name}: spec/ or snapshot changed");
    let leftovers: Vec<_> = std::fs::read_dir(root.join("spec")).unwrap().collect();
    assert_eq!(leftovers.len(), 2, "{name}: stray files in spec/");
}

#[test]
fn no_network_is_a_clear_error() {
    // Nothing listens on a port we just bound and released.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    assert_fails_cleanly(
        "offline",
        &format!("http://127.0.0.1:{port}/openapi.yaml"),
        "without network, pass a downloaded copy with --from <file>",
    );
    let root = root_with_current_spec("offline-message");
    let out = xtask(
        &root,
        &[
            "regen",
            "--check",
            "--from",
            &format!("http://127.0.0.1:{port}/x"),
        ],
    );
    assert_eq!(stderr(&out).matches("curl").count(), 0, "{}", stderr(&out));
}

#[test]
fn http_error_status_is_a_clear_error() {
    let response =
        b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found";
    let (url, server) = serve_once(response.to_vec());
    assert_fails_cleanly("http-404", &url, "status 404");
    server.join().unwrap();
}

#[test]
fn downloads_over_http_work() {
    let body = std::fs::read(fixture("upstream.yaml")).unwrap();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let (url, server) = serve_once([head.into_bytes(), body].concat());
    let root = scratch("http-ok");
    let out = xtask(&root, &["regen", "--from", &url]);
    server.join().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read_json(root.join("spec/provenance.json"))["url"],
        url.as_str()
    );
    assert!(read(root.join(SPEC)).contains("WebhookRealtimeCallIncoming"));
}

#[test]
fn documents_that_are_not_openapi_are_clear_errors() {
    let dir = scratch("not-openapi");
    let json_doc = write_json(&dir, "a.json", &json!({"hello": "world"}));
    assert_fails_cleanly("not-openapi-json", &json_doc, "not an OpenAPI 3 document");
    let yaml = dir.join("b.yaml");
    std::fs::write(&yaml, "just: some\nyaml: [1, 2]\n").unwrap();
    assert_fails_cleanly(
        "not-openapi-yaml",
        yaml.to_str().unwrap(),
        "not an OpenAPI 3 document",
    );
    let html = dir.join("c.html");
    std::fs::write(
        &html,
        "<!DOCTYPE html><html><body>rate limited</body></html>",
    )
    .unwrap();
    assert_fails_cleanly(
        "not-openapi-html",
        html.to_str().unwrap(),
        "not an OpenAPI 3 document",
    );
    let broken = dir.join("d.json");
    std::fs::write(&broken, "{\"openapi\": ").unwrap();
    assert_fails_cleanly("broken-json", broken.to_str().unwrap(), "not valid JSON");
    assert_fails_cleanly(
        "missing-file",
        dir.join("nope.yaml").to_str().unwrap(),
        "cannot read",
    );
}

#[test]
fn a_document_without_webhooks_is_a_clear_error() {
    let source = edited_fixture(&scratch("no-webhooks"), "doc.json", |doc| {
        doc.as_object_mut().unwrap().remove("webhooks");
    });
    assert_fails_cleanly("no-webhooks", &source, "no `webhooks` section");
}

#[test]
fn a_dangling_ref_is_a_clear_error() {
    let dir = scratch("dangling");
    let without = |schema: &'static str| {
        move |doc: &mut Value| {
            doc["components"]["schemas"]
                .as_object_mut()
                .unwrap()
                .remove(schema);
        }
    };
    let source = edited_fixture(&dir, "doc.json", without("WebhookBatchCompleted"));
    assert_fails_cleanly(
        "dangling",
        &source,
        "webhook `batch_completed` refers to `#/components/schemas/WebhookBatchCompleted`, which does not exist",
    );
    let source = edited_fixture(&dir, "doc2.json", without("SipHeader"));
    assert_fails_cleanly(
        "dangling-nested",
        &source,
        "refers to `#/components/schemas/SipHeader`",
    );
}

#[test]
fn a_webhook_schema_the_build_would_reject_is_a_clear_error() {
    let source = edited_fixture(&scratch("unbuildable"), "doc.json", |doc| {
        let properties = &mut doc["components"]["schemas"]["WebhookBatchCompleted"]["properties"];
        properties.as_object_mut().unwrap().remove("type");
    });
    assert_fails_cleanly("unbuildable", &source, "would not build");
}

#[test]
fn nullable_fields_titles_and_extra_properties_in_webhooks_are_survived() {
    let root = scratch("nullable");
    let mut doc: Value = read_json(fixture("upstream.json"));
    for name in ["WebhookBatchCompleted", "WebhookResponseIncomplete"] {
        let data = &mut doc["components"]["schemas"][name]["properties"]["data"];
        data["title"] = json!("Data");
        data["additionalProperties"] = json!(true);
    }
    let data = &mut doc["components"]["schemas"]["WebhookBatchCompleted"]["properties"]["data"];
    data["properties"]["title"] = json!({"type": "string", "title": "Title"});
    data["properties"]["note"] = json!({"type": "string", "nullable": true});
    data["properties"]["error"] = json!({"anyOf": [{"type": "string"}, {"type": "null"}]});
    let source = write_json(&scratch("nullable-src"), "doc.json", &doc);
    let out = xtask(&root, &["regen", "--from", &source]);
    assert!(out.status.success(), "{}", stderr(&out));
    let snapshot = read(root.join(SNAPSHOT));
    assert!(
        snapshot.contains("pub note: ::std::option::Option<::std::string::String>"),
        "{snapshot}"
    );
    assert!(
        snapshot.contains("pub title: ::std::option::Option<::std::string::String>"),
        "{snapshot}"
    );
    assert!(
        snapshot.contains("pub struct BatchCompletedWebhookEventData"),
        "{snapshot}"
    );
    assert!(
        snapshot.contains("pub struct ResponseIncompleteWebhookEventData"),
        "{snapshot}"
    );
}

#[test]
fn provenance_names_a_url_and_commit_never_a_local_path() {
    let root = root_with_current_spec("provenance");
    let source = fixture("upstream.json");
    // A local file without --url is refused, and nothing is written.
    let before = read(root.join("spec/provenance.json"));
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["regen", "--from", &source, "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--url"), "{}", stderr(&out));
    assert_eq!(read(root.join("spec/provenance.json")), before);

    let sha = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3";
    let url = format!("https://raw.githubusercontent.com/openai/openai-openapi/{sha}/openapi.yaml");
    let out = xtask(&root, &["regen", "--from", &source, "--url", &url]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let provenance = read_json(root.join("spec/provenance.json"));
    assert_eq!(provenance["url"], json!(url));
    assert_eq!(provenance["commit"], json!(sha));
    assert_eq!(provenance["sha256"].as_str().map(str::len), Some(64));
    assert!(provenance["info_version"].is_string(), "{provenance}");
    assert!(provenance["date"].as_str().is_some_and(|d| d.len() == 10));
    let text = read(root.join("spec/provenance.json"));
    assert!(
        !text.contains(FIXTURES) && !text.contains("fixtures"),
        "{text}"
    );

    // An explicit --commit wins; a malformed one is a usage error.
    let out = xtask(
        &root,
        &["regen", "--from", &source, "--commit", &"a".repeat(40)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read_json(root.join("spec/provenance.json"))["commit"],
        json!("a".repeat(40))
    );
    let out = xtask(&root, &["regen", "--from", &source, "--commit", "main"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Both upstream sources, offline: the published fixture plus a committed export of the
/// SDK's models (`sdk-export.json`: five of openai 3.57.0's events, as `export-sdk` writes
/// them). The merged spec builds, the report names how the sources differ, and provenance
/// names both, with no local path.
#[test]
fn regen_merges_the_sdk_models_and_names_both_sources() {
    let root = root_with_current_spec("sdk");
    let sdk = fixture("sdk-export.json");
    let out = xtask(
        &root,
        &[
            "regen",
            "--from",
            &fixture("upstream.json"),
            "--sdk-schema",
            &sdk,
        ],
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    let sources = text.split("Updated spec/").next().unwrap_or_default();
    for expected in [
        "Differences between the published document and openai 3.57.0",
        "events added: agent.session.created, live.call.incoming, live.transport.incoming",
        "events removed: response.incomplete",
        "changes in realtime.call.incoming:",
        "+ data.sip_media_security (added: enum [\"rtp\",\"srtp\"] | \"string\")",
        "~ format of created_at: \"unixtime\" → (none)",
    ] {
        assert!(
            sources.contains(expected),
            "missing `{expected}` in:\n{text}"
        );
    }

    let spec = read_json(root.join(SPEC));
    let schemas = &spec["components"]["schemas"];
    let published = read_json(fixture("upstream.json"));
    let realtime = &schemas["WebhookRealtimeCallIncoming"];
    let before = &published["components"]["schemas"]["WebhookRealtimeCallIncoming"];
    // The published prose stays; the SDK's new field is typed.
    assert_eq!(realtime["description"], before["description"]);
    assert_eq!(
        realtime["properties"]["data"]["properties"]["call_id"]["description"],
        before["properties"]["data"]["properties"]["call_id"]["description"]
    );
    assert_eq!(realtime["x-oaiMeta"], before["x-oaiMeta"]);
    assert!(realtime["properties"]["data"]["properties"]["sip_media_security"].is_object());
    // An event only the SDK has comes whole from it, with its docstrings.
    let created = &schemas["WebhookAgentSessionCreated"];
    assert_eq!(created["title"], "agent.session.created");
    assert!(
        created["properties"]["data"]["properties"]["environment_type"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("openai_hosted"))
    );
    assert_eq!(
        spec["webhooks"]["live_call_incoming"]["post"]["deprecated"],
        true
    );
    // Events only the published document has stay.
    assert!(schemas.get("WebhookResponseIncomplete").is_some());

    let snapshot = read(root.join(SNAPSHOT));
    assert!(
        snapshot.contains(
            "#[deprecated(note = \"Deprecated: use `live.transport.incoming`.\")]\npub struct LiveCallIncomingWebhookEvent"
        ),
        "no deprecation on live.call.incoming"
    );

    let provenance = read_json(root.join("spec/provenance.json"));
    assert_eq!(provenance["url"], FIXTURE_URL);
    assert_eq!(provenance["sdk"]["package"], "openai");
    assert_eq!(provenance["sdk"]["version"], "3.57.0");
    assert_eq!(
        provenance["sdk"]["url"],
        "https://pypi.org/project/openai/3.57.0/"
    );
    assert_eq!(
        provenance["sdk"]["wheel_sha256"].as_str().map(str::len),
        Some(64)
    );
    let sdk_bytes = std::fs::read(&sdk).unwrap();
    let digest: String = sha2::Sha256::digest(&sdk_bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(provenance["sdk"]["schema_sha256"], json!(digest));
    let text = read(root.join("spec/provenance.json"));
    assert!(
        !text.contains("fixtures") && !text.contains("/work"),
        "{text}"
    );

    // `--check` against the same two sources finds nothing to do.
    let out = xtask(
        &root,
        &[
            "regen",
            "--check",
            "--from",
            &fixture("upstream.json"),
            "--sdk-schema",
            &sdk,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn a_broken_sdk_schema_is_a_clear_error_and_writes_nothing() {
    let root = root_with_current_spec("sdk-broken");
    let before = read(root.join(SPEC));
    let dir = scratch("sdk-broken-src");
    let bad = write_json(
        &dir,
        "sdk.json",
        &json!({"package": "openai", "version": "1"}),
    );
    let out = xtask(
        &root,
        &[
            "regen",
            "--from",
            &fixture("upstream.json"),
            "--sdk-schema",
            &bad,
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("export-sdk"), "{}", stderr(&out));
    assert_eq!(read(root.join(SPEC)), before);
}

/// Each task takes only its own options: `snapshot --check` is an error, not a rewrite.
#[test]
fn options_of_another_task_are_errors() {
    let root = root_with_current_spec("options");
    std::fs::write(root.join(SNAPSHOT), "stale").unwrap();
    let out = xtask(&root, &["snapshot", "--check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--check"), "{}", stderr(&out));
    assert_eq!(read(root.join(SNAPSHOT)), "stale");
    let out = xtask(&root, &["regen", "--sdk-version", "3.57.0", "--no-sdk"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot be used with"),
        "{}",
        stderr(&out)
    );
}
