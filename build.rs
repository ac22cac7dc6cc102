//! Generates the event types from `spec/openapi.webhooks.json`.
//!
//! 1. Every entry of the spec's `webhooks` section names an event schema by `$ref`.
//! 2. Those schemas (renamed `Webhook<Pascal>` → `<Pascal>WebhookEvent`, plus anything they
//!    reference) become Rust structs through typify.
//! 3. This script then writes the `UnwrapWebhookEvent` union itself, dispatching on `"type"`.
//!
//! The output goes to `$OUT_DIR/events.rs`, which `src/events.rs` includes.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

const SPEC: &str = "spec/openapi.webhooks.json";
const SCHEMA_PREFIX: &str = "#/components/schemas/";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build.rs");
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    if let Err(problem) = run(&dir.join(SPEC), &out.join("events.rs")) {
        eprintln!("error: {SPEC}: {problem}");
        std::process::exit(1);
    }
}

/// One webhook event of the spec.
struct Event {
    /// The `type` string, e.g. `batch.cancelled`.
    event_type: String,
    /// Variant name, e.g. `BatchCancelled`.
    variant: String,
    /// Struct name, e.g. `BatchCancelledWebhookEvent`.
    name: String,
    /// Upstream schema name, e.g. `WebhookBatchCancelled`.
    schema: String,
    description: Option<String>,
    /// The spec's sample payload, verbatim (upstream's samples are not always valid JSON).
    example: Option<String>,
}

fn run(spec: &Path, out: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(spec).map_err(|e| format!("cannot read the spec: {e}"))?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}"))?;
    let code = generate(&doc)?;
    std::fs::write(out, code).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// Turns an OpenAPI document's webhook part into Rust source.
pub fn generate(doc: &Value) -> Result<String, String> {
    let webhooks = doc
        .get("webhooks")
        .and_then(Value::as_object)
        .ok_or("no `webhooks` object")?;
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .ok_or("no `components.schemas` object")?;

    // Upstream schema name → generated type name, for every schema we emit.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut events: Vec<Event> = Vec::new();
    for (key, hook) in webhooks {
        let schema_name = hook
            .pointer("/post/requestBody/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix(SCHEMA_PREFIX))
            .ok_or_else(|| format!("webhook `{key}` has no request body `$ref` to a schema"))?;
        let schema = schemas
            .get(schema_name)
            .ok_or_else(|| format!("webhook `{key}` refers to missing schema `{schema_name}`"))?;
        let event_type = const_string(schema.pointer("/properties/type"))
            .ok_or_else(|| format!("schema `{schema_name}` has no single-valued `type` enum"))?;
        for (field, kind) in [("id", "string"), ("created_at", "integer")] {
            let required = schema["required"]
                .as_array()
                .is_some_and(|r| r.iter().any(|f| f == field));
            let ty = schema.pointer(&format!("/properties/{field}/type"));
            if !required || ty.and_then(Value::as_str) != Some(kind) {
                return Err(format!(
                    "schema `{schema_name}` must have a required {kind} `{field}`"
                ));
            }
        }
        let variant = pascal_case(&event_type);
        let name = format!("{variant}WebhookEvent");
        if events.iter().any(|e| e.variant == variant) {
            return Err(format!("two webhooks map to the variant `{variant}`"));
        }
        names.insert(schema_name.to_owned(), name.clone());
        events.push(Event {
            event_type,
            variant,
            name,
            schema: schema_name.to_owned(),
            description: schema["description"].as_str().map(str::to_owned),
            example: schema
                .pointer("/x-oaiMeta/example")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
    }
    events.sort_by(|a, b| a.variant.cmp(&b.variant));

    // Add schemas that the event schemas reference, transitively, under their own names.
    let mut pending: Vec<String> = names.keys().cloned().collect();
    while let Some(name) = pending.pop() {
        let schema = schemas
            .get(&name)
            .ok_or_else(|| format!("`$ref` to missing schema `{name}`"))?;
        let mut refs = Vec::new();
        collect_refs(schema, &mut refs);
        for r in refs {
            let target = r
                .strip_prefix(SCHEMA_PREFIX)
                .ok_or_else(|| format!("schema `{name}` has an unsupported `$ref` `{r}`"))?;
            if !names.contains_key(target) {
                names.insert(target.to_owned(), target.to_owned());
                pending.push(target.to_owned());
            }
        }
    }

    let event_schemas: Vec<&str> = events.iter().map(|e| e.schema.as_str()).collect();
    let shared = shared_enums(schemas, &event_schemas);
    let mut definitions = Vec::new();
    for (property, schema) in &shared {
        let schema = serde_json::from_value(schema.clone())
            .map_err(|e| format!("property `{property}` is not a JSON schema: {e}"))?;
        definitions.push((shared_name(property), schema));
    }
    for (upstream, name) in &names {
        let mut schema = schemas[upstream].clone();
        if event_schemas.contains(&upstream.as_str()) {
            for property in shared.keys() {
                let reference = format!("#/definitions/{}", shared_name(property));
                schema["properties"][property] = serde_json::json!({ "$ref": reference });
            }
        }
        adapt(&mut schema, &names);
        let schema: schemars::schema::Schema = serde_json::from_value(schema)
            .map_err(|e| format!("schema `{upstream}` is not a JSON schema: {e}"))?;
        definitions.push((name.clone(), schema));
    }
    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".to_owned());
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(definitions)
        .map_err(|e| format!("typify: {e}"))?;

    // Left unformatted: formatting would cost every user a build-time dependency.
    // `tests/snapshot.rs` formats it for review.
    Ok(format!(
        "// Generated by build.rs from {SPEC}. Do not edit.\n{}\n{}",
        space.to_stream(),
        union_source(&events)
    ))
}

/// String-enum properties (other than `type`) that every event schema declares identically,
/// such as `object: "event"`: each becomes one shared type instead of one per event.
fn shared_enums(schemas: &Map<String, Value>, events: &[&str]) -> BTreeMap<String, Value> {
    let properties = |name: &str| schemas[name].get("properties").and_then(Value::as_object);
    let without_description = |schema: &Value| {
        let mut schema = schema.clone();
        if let Some(map) = schema.as_object_mut() {
            map.remove("description");
        }
        schema
    };
    let Some(first) = events.first().and_then(|name| properties(name)) else {
        return BTreeMap::new();
    };
    first
        .iter()
        .filter(|(property, schema)| *property != "type" && schema.get("enum").is_some())
        .filter(|(property, schema)| {
            events.iter().all(|name| {
                properties(name)
                    .and_then(|p| p.get(property.as_str()))
                    .is_some_and(|other| without_description(other) == without_description(schema))
            })
        })
        .map(|(property, schema)| (property.clone(), schema.clone()))
        .collect()
}

/// `object` → `EventObject`.
fn shared_name(property: &str) -> String {
    format!("Event{}", pascal_case(property))
}

/// The one value of a schema's `enum` (or its `const`).
fn const_string(schema: Option<&Value>) -> Option<String> {
    let schema = schema?;
    if let Some(c) = schema.get("const") {
        return c.as_str().map(str::to_owned);
    }
    match schema.get("enum")?.as_array()?.as_slice() {
        [one] => one.as_str().map(str::to_owned),
        _ => None,
    }
}

/// Every `$ref` string in `value`, at any depth.
pub fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.push(r.clone());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// Prepares an OpenAPI schema for typify: points `$ref`s at the renamed definitions, maps
/// 3.0-style `nullable: true` to a `null` type, drops `additionalProperties: false` (OpenAI
/// adds fields; a delivery with a new field must still parse) and drops `title`s, which would
/// otherwise rename inline types.
fn adapt(value: &mut Value, names: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                if let Some(name) = r.strip_prefix(SCHEMA_PREFIX).and_then(|n| names.get(n)) {
                    *r = format!("#/definitions/{name}");
                }
            }
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
            }
            if map.get("title").is_some_and(Value::is_string) {
                map.remove("title");
            }
            if map.remove("nullable") == Some(Value::Bool(true)) {
                make_nullable(map);
            }
            map.values_mut().for_each(|v| adapt(v, names));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| adapt(v, names)),
        _ => {}
    }
}

fn make_nullable(map: &mut Map<String, Value>) {
    match map.get_mut("type") {
        Some(Value::String(t)) => {
            let t = std::mem::take(t);
            map.insert("type".into(), Value::from(vec![t, "null".to_owned()]));
        }
        Some(Value::Array(types)) if !types.iter().any(|t| t == "null") => {
            types.push("null".into())
        }
        _ => {}
    }
}

/// `fine_tuning.job.succeeded` → `FineTuningJobSucceeded`.
fn pascal_case(s: &str) -> String {
    let mut out = String::new();
    for word in s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = word.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.push_str(chars.as_str());
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'E');
    }
    out
}

/// Rust doc comment lines for a spec description.
fn doc_lines(text: &str) -> String {
    text.lines().map(|l| format!("/// {l}\n")).collect()
}

/// The union enum and the per-event glue.
fn union_source(events: &[Event]) -> String {
    let mut s = String::new();
    let w = &mut s;
    w.push_str(
        "/// A verified webhook event: one variant per event type in OpenAI's webhook spec,\n\
         /// plus [`Unknown`](Self::Unknown) for types this version of the crate does not know.\n\
         #[derive(Debug, Clone, PartialEq)]\n#[non_exhaustive]\npub enum UnwrapWebhookEvent {\n",
    );
    for e in events {
        let _ = write!(w, "/// `{}`", e.event_type);
        match &e.description {
            Some(d) => {
                let _ = write!(w, ": {}", doc_lines(d).trim_start_matches("/// "));
            }
            None => w.push('\n'),
        }
        let _ = writeln!(w, "{}({}),", e.variant, e.name);
    }
    w.push_str(
        "/// An event type the vendored spec does not list; keeps the raw JSON object.\n\
         Unknown(UnknownWebhookEvent),\n}\n",
    );

    w.push_str("impl UnwrapWebhookEvent {\n");
    w.push_str("/// Every event type with its own variant, sorted by variant name.\n");
    w.push_str("pub const KNOWN_EVENT_TYPES: &'static [&'static str] = &[");
    for e in events {
        let _ = write!(w, "{:?},", e.event_type);
    }
    w.push_str("];\n");
    w.push_str("/// `(type, sample payload)` as the spec gives them.\npub(crate) const SAMPLES: &'static [(&'static str, &'static str)] = &[");
    for e in events {
        if let Some(example) = &e.example {
            let _ = write!(w, "({:?}, {:?}),", e.event_type, example);
        }
    }
    w.push_str("];\n");
    w.push_str(
        "/// The event as a trait object, for the shared accessors.\n\
         pub(crate) fn as_event(&self) -> &dyn WebhookEvent {\nmatch self {\n",
    );
    for e in events {
        let _ = writeln!(w, "Self::{}(e) => e,", e.variant);
    }
    w.push_str("Self::Unknown(e) => e,\n}\n}\n");
    w.push_str(
        "/// Parses a known event type with `parser`; `None` if the spec does not list it.\n\
         pub(crate) fn parse_known(event_type: &str, parser: &impl EventParser) -> Option<serde_json::Result<Self>> {\n\
         Some(match event_type {\n",
    );
    for e in events {
        let _ = writeln!(
            w,
            "{:?} => parser.parse::<{}>().map(Self::{}),",
            e.event_type, e.name, e.variant
        );
    }
    w.push_str("_ => return None,\n})\n}\n}\n");

    w.push_str(
        "impl serde::Serialize for UnwrapWebhookEvent {\n\
         fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n\
         match self {\n",
    );
    for e in events {
        let _ = writeln!(w, "Self::{}(e) => e.serialize(serializer),", e.variant);
    }
    w.push_str("Self::Unknown(e) => e.serialize(serializer),\n}\n}\n}\n");

    for e in events {
        let _ = write!(
            w,
            "impl {name} {{\n/// The `type` string of this event.\npub const EVENT_TYPE: &'static str = {ty:?};\n}}\n\
             impl WebhookEvent for {name} {{\n\
             fn event_type(&self) -> &str {{ Self::EVENT_TYPE }}\n\
             fn id(&self) -> &str {{ &self.id }}\n\
             fn created_at(&self) -> i64 {{ self.created_at }}\n}}\n\
             impl From<{name}> for UnwrapWebhookEvent {{\n\
             fn from(event: {name}) -> Self {{ Self::{variant}(event) }}\n}}\n",
            name = e.name,
            ty = e.event_type,
            variant = e.variant,
        );
    }
    s
}
