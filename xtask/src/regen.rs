//! `cargo xtask regen`: fetch upstream's OpenAPI document, keep only its webhook part.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::snapshot::codegen::SCHEMA_PREFIX;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::drift;
use crate::files::{read_json, write_atomically};
use crate::merge;
use crate::sdk::{self, Export};
use crate::snapshot::{self, SNAPSHOT, SPEC};

pub const UPSTREAM_URL: &str =
    "https://raw.githubusercontent.com/openai/openai-openapi/main/openapi.yaml";
const PROVENANCE: &str = "spec/provenance.json";

/// Where the document comes from: what to read, and what provenance records about it.
pub struct Source {
    /// A local file or a URL to read.
    pub from: String,
    /// The URL that `from` is (a copy of); provenance never records a local path.
    pub url: Option<String>,
    /// The upstream commit, when known.
    pub commit: Option<String>,
    /// Where the SDK's event models come from.
    pub sdk: Sdk,
}

/// The second source: OpenAI's Python SDK.
pub enum Sdk {
    /// The version `spec/provenance.json` records, if any.
    Recorded,
    /// `openai==<version>` from PyPI.
    Version(String),
    /// A schema exported earlier with `cargo xtask export-sdk`.
    Schema(String),
    /// The published document alone.
    None,
}

impl Sdk {
    /// The export, and the environment it was made in when it was made now.
    fn load(&self, root: &Path) -> Result<Option<(Export, Option<sdk::Venv>)>, String> {
        let mut pydantic = None;
        let version = match self {
            Sdk::None => return Ok(None),
            Sdk::Schema(path) => {
                let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                return Ok(Some((Export::from_bytes(&bytes)?, None)));
            }
            Sdk::Version(version) => version.clone(),
            Sdk::Recorded => {
                let path = root.join(PROVENANCE);
                if !path.exists() {
                    return Ok(None);
                }
                // Unreadable provenance must not quietly drop the SDK's events.
                let provenance = read_json(&path)?;
                // Like with like: the pydantic that wrote the recorded schema, too.
                pydantic = provenance
                    .pointer("/sdk/pydantic")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                match provenance.pointer("/sdk/version") {
                    None => return Ok(None),
                    Some(Value::String(version)) => version.clone(),
                    Some(other) => {
                        return Err(format!(
                            "{PROVENANCE}: `sdk.version` is {other}, not a version; pass \
                             --sdk-version or --no-sdk"
                        ))
                    }
                }
            }
        };
        println!("Reading the webhook event models of openai {version} (PyPI)...");
        let (bytes, venv) = sdk::export(&version, pydantic.as_deref())?;
        Ok(Some((Export::from_bytes(&bytes)?, Some(venv))))
    }
}

impl Source {
    fn is_url(text: &str) -> bool {
        text.starts_with("http://") || text.starts_with("https://")
    }

    /// The public URL to record: `--url`, or `from` itself when it is a URL.
    fn public_url(&self) -> Result<String, String> {
        match (&self.url, Self::is_url(&self.from)) {
            (Some(url), _) if Self::is_url(url) => Ok(url.clone()),
            (Some(url), _) => Err(format!("--url must be an http(s) URL, not `{url}`")),
            (None, true) => Ok(self.from.clone()),
            (None, false) => Err(format!(
                "{} is a local file: say which URL it is a copy of with --url <URL> \
                 (provenance records a URL anyone can open, never a local path)",
                self.from
            )),
        }
    }

    /// `--commit`, or the 40-hex ref of a raw.githubusercontent.com URL pinned to a commit.
    fn commit(&self, url: &str) -> Result<Option<String>, String> {
        let is_sha = |s: &str| s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit());
        if let Some(commit) = &self.commit {
            return match is_sha(commit) {
                true => Ok(Some(commit.to_ascii_lowercase())),
                false => Err(format!(
                    "--commit must be a 40-digit hex commit id, not `{commit}`"
                )),
            };
        }
        let pinned = url
            .strip_prefix("https://raw.githubusercontent.com/")
            .and_then(|rest| rest.split('/').nth(2))
            .filter(|r| is_sha(r));
        Ok(pinned.map(str::to_ascii_lowercase))
    }
}

/// Every sample `build.rs` makes must read as its event with the SDK's models; an
/// upstream example that does not is only reported (it is upstream's data).
fn check_samples(venv: &sdk::Venv, spec: &Value) -> Result<(), String> {
    let samples = snapshot::codegen::samples(spec)?;
    let pairs: Vec<(String, String)> = samples
        .iter()
        .map(|(t, p, _)| (t.clone(), p.clone()))
        .collect();
    let results = venv.check_samples(&pairs)?;
    let (mut failed, mut notes) = (Vec::new(), 0);
    for (event_type, _, made) in &samples {
        let problem = match results.get(event_type) {
            Some(None) => continue,
            Some(Some(problem)) => problem.as_str(),
            None => "the checker gave no answer",
        };
        match made {
            true => failed.push(format!("  {event_type}: {problem}")),
            false => {
                notes += 1;
                println!("note: the spec's example of {event_type} does not read with the SDK: {problem}")
            }
        }
    }
    if !failed.is_empty() {
        return Err(format!(
            "samples made by build.rs that the SDK does not read as their event:\n{}",
            failed.join("\n")
        ));
    }
    let made = samples.iter().filter(|(_, _, made)| *made).count();
    let examples = samples.len() - made;
    println!(
        "The SDK reads each of the {made} samples build.rs made as its event \
         (and {} of the spec's {examples} examples).",
        examples - notes
    );
    Ok(())
}

pub fn run(root: &Path, source: &Source, check: bool) -> Result<ExitCode, String> {
    let (url, commit) = match check {
        true => (String::new(), None),
        false => {
            let url = source.public_url()?;
            let commit = source.commit(&url)?;
            (url, commit)
        }
    };
    let (export, venv) = source.sdk.load(root)?.unzip();
    let source = source.from.as_str();
    let bytes = load(source)?;
    let upstream = parse(&bytes)?;
    let published = extract(&upstream)?;
    let extracted = match &export {
        None => published,
        Some(export) => {
            let converted = sdk::convert(&export.schema)?;
            println!(
                "Differences between the published document and openai {} \
                 (merged: the SDK's structure, the published prose):\n{}",
                export.version,
                drift::compare_sources(&published, &converted).report()
            );
            merge::merge(&published, &converted)?
        }
    };
    let spec_text = to_json_text(&extracted);
    // Generating now means a spec the build script rejects is never written.
    let snapshot_text = snapshot::render(&extracted)
        .map_err(|e| format!("the extracted spec would not build: {e}"))?;
    if let Some(venv) = venv.flatten() {
        check_samples(&venv, &extracted)?;
    }

    let spec_path = root.join(SPEC);
    let current = std::fs::read_to_string(&spec_path).ok();
    let current_value = current
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let summary = drift::summarize(current_value.as_ref(), &extracted);
    let spec_same = current.as_deref() == Some(spec_text.as_str());
    let snapshot_path = root.join(SNAPSHOT);
    let old_snapshot = std::fs::read_to_string(&snapshot_path).unwrap_or_default();
    let snapshot_same = old_snapshot == snapshot_text;

    if check {
        if spec_same && snapshot_same {
            println!("{SPEC} is up to date with {source} ({summary})");
            return Ok(ExitCode::SUCCESS);
        }
        if spec_same {
            println!("{SPEC} is up to date with {source}, but {SNAPSHOT} is stale:");
            print!("{}", snapshot::diff(&old_snapshot, &snapshot_text));
        } else {
            println!(
                "{SPEC} differs from what {source} gives:\n{}",
                summary.report()
            );
        }
        println!("Run `cargo xtask regen` to update.");
        return Ok(ExitCode::from(1));
    }

    let mut provenance = json!({
        "note": "The webhook part of OpenAI's OpenAPI document (`url`), merged by `cargo xtask regen` with the webhook event models of OpenAI's Python SDK (`sdk`) when one is named. Do not edit by hand.",
        "url": url,
        "commit": commit,
        "sha256": sdk::hex(&Sha256::digest(&bytes)),
        "info_version": upstream.pointer("/info/version").cloned().unwrap_or(Value::Null),
        "date": utc_date(SystemTime::now()),
    });
    if let Some(export) = &export {
        provenance["sdk"] = json!({
            "package": "openai",
            "version": export.version,
            "url": format!("https://pypi.org/project/openai/{}/", export.version),
            "wheel_sha256": export.wheel_sha256,
            "schema_sha256": export.schema_sha256,
            "pydantic": export.pydantic,
        });
    }
    write_atomically(&spec_path, spec_text.as_bytes())?;
    write_atomically(&root.join(PROVENANCE), to_json_text(&provenance).as_bytes())?;
    write_atomically(&snapshot_path, snapshot_text.as_bytes())?;
    if spec_same {
        println!("{SPEC} was already up to date ({summary}); provenance refreshed.");
    } else {
        println!("Updated {SPEC} from {source}:\n{}", summary.report());
    }
    println!("Now run `cargo test --workspace --all-features` to check the crate against it.");
    Ok(ExitCode::SUCCESS)
}

/// Reads a local file, or downloads a URL with `curl`.
fn load(source: &str) -> Result<Vec<u8>, String> {
    if !Source::is_url(source) {
        return std::fs::read(source).map_err(|e| format!("cannot read {source}: {e}"));
    }
    let dir = std::env::temp_dir().join(format!("xtask-regen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = dir.join("download");
    let output = Command::new("curl")
        .args([
            "--silent",
            "--show-error",
            "--location",
            "--connect-timeout",
            "20",
        ])
        .args([
            "--max-time",
            "300",
            "--write-out",
            "%{http_code}",
            "--output",
        ])
        .arg(&file)
        .arg(source)
        .output()
        .map_err(|e| format!("cannot run curl ({e}); install it or pass --from <file>"))?;
    let body = std::fs::read(&file);
    let _ = std::fs::remove_dir_all(&dir);
    let status = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    match output.status.code() {
        Some(0) => {}
        Some(6 | 7 | 28) => {
            return Err(format!(
                "cannot reach {source} ({}); without network, pass a downloaded copy \
                 with --from <file> --url <the URL it is a copy of>",
                curl_message(&output.stderr)
            ))
        }
        code => {
            return Err(format!(
                "downloading {source} failed (curl exit {code:?}): {}",
                curl_message(&output.stderr)
            ))
        }
    }
    if !status.starts_with('2') {
        return Err(format!(
            "HTTP error: {source} answered with status {status}"
        ));
    }
    body.map_err(|e| format!("curl wrote no body for {source}: {e}"))
}

/// curl's error line without its `curl: ` prefix.
fn curl_message(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim();
    text.strip_prefix("curl: ").unwrap_or(text).to_owned()
}

/// JSON or YAML, told apart by the first non-blank character.
fn parse(bytes: &[u8]) -> Result<Value, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the source is not UTF-8 text".to_owned())?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text)
            .map_err(|e| format!("the source is not valid JSON: {e}"));
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 50_000_000,
            max_nodes: 20_000_000,
            max_depth: 256,
        },
    };
    serde_saphyr::from_str_with_options(text, options)
        .map_err(|e| format!("the source is neither JSON nor valid YAML: {e}"))
}

/// The webhook part: `webhooks`, and the schemas they reference, transitively.
pub fn extract(doc: &Value) -> Result<Value, String> {
    let not_openapi = "the source is not an OpenAPI 3 document (no `openapi: 3.x` field)";
    let version = doc
        .get("openapi")
        .and_then(Value::as_str)
        .ok_or(not_openapi)?;
    if !version.starts_with("3.") {
        return Err(not_openapi.to_owned());
    }
    let webhooks = match doc.get("webhooks").and_then(Value::as_object) {
        Some(w) if !w.is_empty() => w,
        _ => return Err("the document has no `webhooks` section".to_owned()),
    };
    let empty = Map::new();
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .unwrap_or(&empty);

    let mut keep = BTreeSet::new();
    let mut pending: Vec<(String, String)> = Vec::new();
    for (key, hook) in webhooks {
        let refs = refs_in(hook);
        if refs.is_empty() {
            return Err(format!("webhook `{key}` has no `$ref` to a schema"));
        }
        pending.extend(refs.into_iter().map(|r| (format!("webhook `{key}`"), r)));
    }
    while let Some((from, reference)) = pending.pop() {
        let name = reference
            .strip_prefix(SCHEMA_PREFIX)
            .filter(|n| schemas.contains_key(*n))
            .ok_or_else(|| format!("{from} refers to `{reference}`, which does not exist"))?;
        if keep.insert(name.to_owned()) {
            let from = format!("schema `{name}`");
            pending.extend(
                refs_in(&schemas[name])
                    .into_iter()
                    .map(|r| (from.clone(), r)),
            );
        }
    }

    let kept: Map<String, Value> = keep
        .into_iter()
        .map(|name| {
            let schema = schemas[&name].clone();
            (name, schema)
        })
        .collect();
    let mut info = Map::new();
    for field in ["title", "version"] {
        if let Some(v) = doc.pointer(&format!("/info/{field}")) {
            info.insert(field.to_owned(), v.clone());
        }
    }
    Ok(json!({
        "openapi": version,
        "info": info,
        "webhooks": webhooks,
        "components": { "schemas": kept },
    }))
}

fn refs_in(value: &Value) -> Vec<String> {
    let mut refs = Vec::new();
    snapshot::codegen::collect_refs(value, &mut refs);
    refs
}

/// Pretty JSON with sorted keys and a final newline: the same input gives the same bytes.
fn to_json_text(value: &Value) -> String {
    // serde_json's map is a BTreeMap (no `preserve_order`), so keys come out sorted.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// `YYYY-MM-DD` in UTC (civil-from-days, proleptic Gregorian calendar).
fn utc_date(now: SystemTime) -> String {
    let days = now
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn dates() {
        let at = |secs| utc_date(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "1970-01-01");
        assert_eq!(at(951_782_400), "2000-02-29");
        assert_eq!(at(1_750_861_210), "2025-06-25");
        assert_eq!(at(1_798_761_599), "2026-12-31");
    }

    #[test]
    fn yaml_and_json_give_the_same_value() {
        let yaml = "openapi: 3.1.0\nwebhooks:\n  a:\n    post: {x: '200'}\nn: 5\n";
        let json = r#"{"openapi": "3.1.0", "webhooks": {"a": {"post": {"x": "200"}}}, "n": 5}"#;
        assert_eq!(
            parse(yaml.as_bytes()).unwrap(),
            parse(json.as_bytes()).unwrap()
        );
    }

    #[test]
    fn yaml_quirks_parse() {
        // Unquoted numeric keys, anchors and aliases, block scalars.
        let yaml = "a:\n  200:\n    d: &x |\n      line one\n      line two\n  b: *x\n";
        let value = parse(yaml.as_bytes()).unwrap();
        assert_eq!(value["a"]["200"]["d"], "line one\nline two\n");
        assert_eq!(value["a"]["b"], value["a"]["200"]["d"]);
    }
}
