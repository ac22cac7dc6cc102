//! The second upstream source: the webhook event models of OpenAI's Python SDK.
//!
//! `export` installs `openai==<version>` from PyPI into a throwaway virtual environment and
//! runs `python/export_sdk_schema.py`, which prints each event model's JSON Schema with its
//! field docstrings. `convert` turns that into the structure of the published document's
//! webhook part (`webhooks.<key>` and `components.schemas.Webhook<Name>`), so `build.rs` and
//! everything after it see one spec. `Venv::check_samples` then reads the samples
//! `build.rs` makes with the SDK's own models (`python/check_samples.py`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::snapshot::codegen::{pascal_case, SCHEMA_PREFIX};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// The exporter, run inside the virtual environment.
const EXPORTER: &str = include_str!("../python/export_sdk_schema.py");
const SAMPLE_CHECKER: &str = include_str!("../python/check_samples.py");

/// The throwaway virtual environment an export ran in, with the SDK installed; removed
/// when dropped.
#[derive(Debug)]
pub struct Venv {
    dir: PathBuf,
}

impl Drop for Venv {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Venv {
    /// Reads each `(type, payload)` with the SDK's `UnwrapWebhookEvent`, strictly. Returns,
    /// per type, `None` if the SDK reads the payload as that event with no field it lacks,
    /// else the problem.
    pub fn check_samples(
        &self,
        samples: &[(String, String)],
    ) -> Result<BTreeMap<String, Option<String>>, String> {
        let script = self.dir.join("check_samples.py");
        std::fs::write(&script, SAMPLE_CHECKER)
            .map_err(|e| format!("cannot write the sample checker: {e}"))?;
        let input: Vec<Value> = samples
            .iter()
            .map(|(event_type, payload)| json!({"type": event_type, "payload": payload}))
            .collect();
        let mut child = Command::new(self.dir.join("venv/bin/python"))
            .arg(&script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run the sample checker: {e}"))?;
        let stdin = child
            .stdin
            .take()
            .ok_or("the sample checker has no stdin")?;
        serde_json::to_writer(stdin, &input)
            .map_err(|e| format!("cannot send the samples to the checker: {e}"))?;
        let output = child
            .wait_with_output()
            .map_err(|e| format!("the sample checker did not finish: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "checking the samples with the SDK failed:\n{}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        serde_json::from_slice(&output.stdout)
            .map_err(|e| format!("the sample checker printed no JSON: {e}"))
    }
}

/// An export of the SDK's event models, with what provenance records about it.
pub struct Export {
    pub schema: Value,
    pub version: String,
    /// The pydantic release that wrote the schema, when the export says.
    pub pydantic: Option<String>,
    /// SHA-256 of the wheel the schema was read from, as PyPI lists it.
    pub wheel_sha256: String,
    /// SHA-256 of the exported schema document.
    pub schema_sha256: String,
}

impl Export {
    /// Reads a document written earlier by `cargo xtask export-sdk`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Export, String> {
        let schema: Value = serde_json::from_slice(bytes)
            .map_err(|e| format!("the SDK schema is not valid JSON: {e}"))?;
        let field = |name: &str| {
            schema[name]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("the SDK schema has no string `{name}`; export it with `cargo xtask export-sdk`"))
        };
        if field("package")? != "openai" {
            return Err("the SDK schema is not an export of the `openai` package".to_owned());
        }
        if schema["events"].as_object().is_none_or(|e| e.is_empty()) {
            return Err(
                "the SDK schema has no `events`; export it with `cargo xtask export-sdk`"
                    .to_owned(),
            );
        }
        Ok(Export {
            pydantic: schema["pydantic"].as_str().map(str::to_owned),
            version: field("version")?,
            wheel_sha256: field("wheel_sha256")?,
            schema_sha256: hex(&Sha256::digest(bytes)),
            schema,
        })
    }
}

/// Installs `openai==version` (with `pydantic==<pydantic>` when given) in a fresh virtual
/// environment and exports its event models. Returns the export document's bytes (pretty
/// JSON, with the wheel's SHA-256 added), and the environment, for checking samples.
pub fn export(version: &str, pydantic: Option<&str>) -> Result<(Vec<u8>, Venv), String> {
    if version.is_empty()
        || !version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.')
    {
        return Err(format!(
            "--sdk-version must be a release number such as 3.57.0, not `{version}`"
        ));
    }
    // A new directory of our own: `create_dir` fails rather than reuse one that exists.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let name = format!("xtask-sdk-{}-{nanos}", std::process::id());
    let dir = std::env::temp_dir().join(name);
    std::fs::create_dir(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let venv = Venv { dir };
    let bytes = export_in(&venv.dir, version, pydantic)?;
    Ok((bytes, venv))
}

fn export_in(dir: &Path, version: &str, pydantic: Option<&str>) -> Result<Vec<u8>, String> {
    let venv = dir.join("venv");
    run(
        Command::new("python3").arg("-m").arg("venv").arg(&venv),
        "create a virtual environment (python3 -m venv)",
    )?;
    let python = venv.join("bin/python");
    let wheels = dir.join("wheel");
    let requirement = format!("openai=={version}");
    run(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
            ])
            .arg("--dest")
            .arg(&wheels)
            .arg(&requirement),
        &format!("download {requirement} from PyPI"),
    )?;
    let wheel = std::fs::read_dir(&wheels)
        .map_err(|e| format!("pip left no wheel: {e}"))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .ok_or("pip downloaded no wheel of openai")?;
    let wheel_bytes =
        std::fs::read(&wheel).map_err(|e| format!("cannot read {}: {e}", wheel.display()))?;
    run(
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet"])
            .arg(&wheel)
            .args(pydantic.map(|v| format!("pydantic=={v}"))),
        &format!("install {requirement}"),
    )?;
    let script = dir.join("export_sdk_schema.py");
    std::fs::write(&script, EXPORTER).map_err(|e| format!("cannot write the exporter: {e}"))?;
    let output = Command::new(&python)
        .arg(&script)
        .output()
        .map_err(|e| format!("cannot run the exporter: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "exporting the SDK's event models failed:\n{}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let mut schema: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("the exporter printed no JSON: {e}"))?;
    if schema["version"] != json!(version) {
        return Err(format!(
            "asked for openai {version}, but the exporter read {}",
            schema["version"]
        ));
    }
    schema["wheel_sha256"] = json!(hex(&Sha256::digest(&wheel_bytes)));
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    Ok(text.into_bytes())
}

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot {what}: {e} (is python3 with venv and pip installed?)"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "cannot {what}:\n{}",
        String::from_utf8_lossy(&output.stderr).trim()
    ))
}

/// The export in the published document's structure: `webhooks` and `components.schemas`.
pub fn convert(export: &Value) -> Result<Value, String> {
    let events = export["events"]
        .as_object()
        .ok_or("the SDK schema has no `events` object")?;
    let mut webhooks = Map::new();
    let mut schemas = Map::new();
    for (model, schema) in events {
        let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
        let mut event = convert_node(schema, &defs, true, 0)
            .map_err(|e| format!("SDK model `{model}`: {e}"))?;
        let event_type = event
            .pointer("/properties/type/enum/0")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("SDK model `{model}` has no constant `type`"))?
            .to_owned();
        event["title"] = json!(event_type);
        let name = format!("Webhook{}", pascal_case(&event_type));
        let mut post = json!({
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": format!("{SCHEMA_PREFIX}{name}")}}},
            },
        });
        if let Some(text) = event.get("description") {
            post["description"] = text.clone();
        }
        if event.get("deprecated") == Some(&json!(true)) {
            post["deprecated"] = json!(true);
        }
        webhooks.insert(event_type.replace('.', "_"), json!({ "post": post }));
        schemas.insert(name, event);
    }
    Ok(json!({"webhooks": webhooks, "components": {"schemas": schemas}}))
}

/// One JSON Schema node in OpenAPI's form: local `$ref`s inlined, `const` as a one-value
/// `enum`, pydantic's titles and defaults dropped, and an optional field's `null` member
/// replaced by `x-nullable: true` (the field may be absent, or `null`). A description that
/// starts with "Deprecated" marks the node `deprecated`.
fn convert_node(node: &Value, defs: &Value, required: bool, depth: usize) -> Result<Value, String> {
    if depth > 64 {
        return Err("schema nested too deeply (a recursive model?)".to_owned());
    }
    let Some(map) = node.as_object() else {
        return Ok(node.clone());
    };
    let mut out = Map::new();
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/$defs/")
            .ok_or_else(|| format!("unsupported `$ref` `{reference}`"))?;
        let target = defs
            .get(name)
            .ok_or_else(|| format!("`$ref` to missing definition `{name}`"))?;
        if let Value::Object(inlined) = convert_node(target, defs, required, depth + 1)? {
            out = inlined;
        }
    }
    let required_fields: Vec<&str> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (key, value) in map {
        match key.as_str() {
            "$ref" | "$defs" | "title" => {}
            "default" if value.is_null() => {}
            "additionalProperties" if value == &json!(true) => {}
            "const" => {
                if !map.contains_key("type") {
                    out.insert("type".into(), json!(json_type(value)));
                }
                out.insert("enum".into(), json!([value]));
                out.insert("x-stainless-const".into(), json!(true));
            }
            "properties" => {
                let mut properties = Map::new();
                for (field, schema) in value.as_object().into_iter().flatten() {
                    let is_required = required_fields.contains(&field.as_str());
                    properties.insert(
                        field.clone(),
                        convert_node(schema, defs, is_required, depth + 1)?,
                    );
                }
                out.insert(key.clone(), Value::Object(properties));
            }
            "items" => {
                out.insert(key.clone(), convert_node(value, defs, true, depth + 1)?);
            }
            "anyOf" | "oneOf" | "allOf" => {
                let mut members = Vec::new();
                for member in value.as_array().into_iter().flatten() {
                    members.push(convert_node(member, defs, true, depth + 1)?);
                }
                if !required && key == "anyOf" {
                    let before = members.len();
                    members.retain(|m| m != &json!({"type": "null"}));
                    if members.len() < before {
                        // Absent and `null` are both sent: `build.rs` keeps them apart.
                        out.insert("x-nullable".into(), json!(true));
                    }
                }
                if members.len() == 1 {
                    if let Value::Object(only) = members.remove(0) {
                        out.extend(only);
                    }
                } else {
                    out.insert(key.clone(), Value::Array(members));
                }
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if let Some(note) = out
        .get("description")
        .and_then(Value::as_str)
        .and_then(deprecation_note)
    {
        out.insert("deprecated".into(), json!(true));
        out.insert("x-deprecation".into(), json!(note));
    }
    Ok(Value::Object(out))
}

/// The first paragraph of a description that starts with "Deprecated", e.g.
/// "Deprecated: use `live.transport.incoming`."
fn deprecation_note(description: &str) -> Option<String> {
    let text = description.trim_start();
    if !text.to_ascii_lowercase().starts_with("deprecated") {
        return None;
    }
    let paragraph = text.split("\n\n").next().unwrap_or(text);
    Some(paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => "null",
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export_of(model: Value) -> Value {
        json!({"package": "openai", "version": "1.0.0", "wheel_sha256": "00", "events": {"M": model}})
    }

    #[test]
    fn models_become_the_published_structure() {
        let model = json!({
            "$defs": {"Data": {"title": "Data", "type": "object", "additionalProperties": true,
                "properties": {
                    "id": {"title": "Id", "type": "string", "description": "The `sess_...` ID."},
                    "kind": {"title": "Kind", "const": "sip"},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null, "title": "Note"},
                    "mode": {"anyOf": [{"enum": ["a", "b"], "type": "string"}, {"type": "string"}, {"type": "null"}], "default": null},
                    "must": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "old": {"type": "string", "description": "Deprecated: use `id`.\n\nMore words."}
                },
                "required": ["id", "kind", "must"]}},
            "title": "M", "type": "object", "description": "Sent when it happens.",
            "properties": {
                "id": {"type": "string"}, "created_at": {"type": "integer"},
                "type": {"const": "thing.happened", "type": "string", "title": "Type"},
                "data": {"$ref": "#/$defs/Data"}
            },
            "required": ["id", "created_at", "type", "data"]
        });
        let doc = convert(&export_of(model)).unwrap();
        let hook = &doc["webhooks"]["thing_happened"]["post"];
        assert_eq!(
            hook["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/WebhookThingHappened"
        );
        assert_eq!(hook["description"], "Sent when it happens.");
        let event = &doc["components"]["schemas"]["WebhookThingHappened"];
        assert_eq!(event["title"], "thing.happened");
        assert_eq!(
            event["properties"]["type"]["enum"],
            json!(["thing.happened"])
        );
        let data = &event["properties"]["data"];
        // Inlined, without pydantic's titles and defaults.
        assert_eq!(data["type"], "object");
        assert!(data.get("title").is_none() && data.get("additionalProperties").is_none());
        let p = &data["properties"];
        assert_eq!(
            p["kind"],
            json!({"type": "string", "enum": ["sip"], "x-stainless-const": true})
        );
        // Optional: `null` becomes a mark, so the field can be absent or `null`.
        assert_eq!(p["note"], json!({"type": "string", "x-nullable": true}));
        assert_eq!(
            p["mode"],
            json!({"anyOf": [{"enum": ["a", "b"], "type": "string"}, {"type": "string"}], "x-nullable": true})
        );
        // Required and nullable: `null` stays.
        assert_eq!(
            p["must"],
            json!({"anyOf": [{"type": "string"}, {"type": "null"}]})
        );
        assert_eq!(p["old"]["deprecated"], true);
        assert_eq!(p["old"]["x-deprecation"], "Deprecated: use `id`.");
        assert!(event.get("deprecated").is_none());
    }

    #[test]
    fn a_deprecated_event_marks_its_webhook_too() {
        let model = json!({"type": "object", "description": "Deprecated: use `b.c`.\n\nOld words.",
            "properties": {"type": {"const": "a.b"}, "id": {"type": "string"}, "created_at": {"type": "integer"}},
            "required": ["type", "id", "created_at"]});
        let doc = convert(&export_of(model)).unwrap();
        assert_eq!(doc["webhooks"]["a_b"]["post"]["deprecated"], true);
        let event = &doc["components"]["schemas"]["WebhookAB"];
        assert_eq!(event["x-deprecation"], "Deprecated: use `b.c`.");
    }

    #[test]
    fn bad_exports_are_clear_errors() {
        let no_type = export_of(json!({"type": "object", "properties": {}}));
        assert!(convert(&no_type)
            .unwrap_err()
            .contains("no constant `type`"));
        let dangling =
            export_of(json!({"properties": {"type": {"const": "a"}, "d": {"$ref": "#/$defs/X"}}}));
        assert!(convert(&dangling)
            .unwrap_err()
            .contains("missing definition `X`"));
        let other = br#"{"package": "anthropic", "version": "1", "wheel_sha256": "0", "events": {"a": {}}}"#;
        assert!(Export::from_bytes(other)
            .err()
            .unwrap()
            .contains("`openai`"));
        assert!(Export::from_bytes(b"[")
            .err()
            .unwrap()
            .contains("not valid JSON"));
        assert!(export("3.57.0; rm -rf /", None)
            .unwrap_err()
            .contains("release number"));
    }
}
