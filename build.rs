//! Generates the event types from `spec/openapi.webhooks.json`.
//!
//! 1. Every entry of the spec's `webhooks` section names an event schema by `$ref`.
//! 2. Those schemas (renamed `Webhook<Pascal>` → `<Pascal>WebhookEvent`, plus anything they
//!    reference) become Rust structs through typify.
//! 3. String enums inside events become open enums, written here: typify's enums are
//!    closed, and a value OpenAI adds later must not make a delivery unreadable.
//! 4. This script then writes the `UnwrapWebhookEvent` union itself, dispatching on `"type"`.
//!
//! The output goes to `$OUT_DIR/events.rs`, which `src/events.rs` includes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::{json, Map, Value};

const SPEC: &str = "spec/openapi.webhooks.json";
pub const SCHEMA_PREFIX: &str = "#/components/schemas/";

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
    /// The spec's sample payload, verbatim (upstream's samples are not always valid JSON),
    /// or one made from the schema when the spec has none.
    example: Option<String>,
    /// Upstream's deprecation note, when the event is deprecated.
    deprecated: Option<String>,
}

/// A string enum of the spec, generated as an open enum.
struct OpenEnum {
    name: String,
    description: Option<String>,
    values: Vec<String>,
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
        let event = read_event(key, hook, schemas)?;
        if ["Unknown", "Unparsed"].contains(&event.variant.as_str()) {
            return Err(format!(
                "event type `{}` maps to the variant `{}`, which the union keeps for its \
                 fallback",
                event.event_type, event.variant
            ));
        }
        if events.iter().any(|e| e.variant == event.variant) {
            return Err(format!(
                "two webhooks map to the variant `{}`",
                event.variant
            ));
        }
        names.insert(event.schema.clone(), event.name.clone());
        events.push(event);
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
    let mut definitions: Vec<(String, Value)> = Vec::new();
    if event_object(schemas, &events)? {
        definitions.push((
            EVENT_OBJECT.to_owned(),
            json!({"type": "string", "enum": ["event"],
                   "description": "The object type of every event: always `event`."}),
        ));
    }
    let mut open = Vec::new();
    for (upstream, name) in &names {
        let mut schema = schemas[upstream].clone();
        let is_event = event_schemas.contains(&upstream.as_str());
        if let Some(object) = schema
            .pointer_mut("/properties/object")
            .filter(|_| is_event)
        {
            *object = json!({ "$ref": format!("#/definitions/{EVENT_OBJECT}") });
        }
        adapt(&mut schema, &names);
        if let Some(values) = string_enum(&schema) {
            open.push(OpenEnum {
                name: name.clone(),
                description: description(&schema),
                values: values.values,
            });
        } else {
            open_enums(&mut schema, name, is_event, &mut open, &mut definitions)?;
        }
        definitions.push((name.clone(), schema));
    }

    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".to_owned());
    for e in &open {
        // typify refers to these by name and leaves writing them to `open_enum`.
        settings.with_replacement(&e.name, &e.name, std::iter::empty());
    }
    let mut space = typify::TypeSpace::new(&settings);
    let definitions = definitions
        .into_iter()
        .map(|(name, schema)| {
            serde_json::from_value::<schemars::schema::Schema>(schema)
                .map(|schema| (name.clone(), schema))
                .map_err(|e| format!("schema `{name}` is not a JSON schema: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    space
        .add_ref_types(definitions)
        .map_err(|e| format!("typify: {e}"))?;

    let mut marked = Marked::default();
    for event in &events {
        marked_in(&schemas[&event.schema], &event.name, &mut marked);
    }
    let types = tidy(space.to_stream(), &events, &marked)?;
    let open = open.iter().map(open_enum).collect::<Result<Vec<_>, _>>()?;
    let fields: Vec<(&str, String, Vec<String>)> = events
        .iter()
        .flat_map(|e| {
            let mut found = Vec::new();
            enum_fields(&schemas[&e.schema], "", &mut found);
            found
                .into_iter()
                .filter(|(path, _)| path != "type" && path != "object")
                .map(|(path, values)| (e.event_type.as_str(), path, values))
        })
        .collect();
    let union = union(&events, &fields);
    // Left unformatted: formatting would cost every user a build-time dependency.
    // `cargo xtask snapshot` formats it for review.
    Ok(format!(
        "// Generated by build.rs from {SPEC}. Do not edit.\n{}",
        quote! { #types #(#open)* #union }
    ))
}

/// Every event's `(type, sample payload)`, and whether `build.rs` made the sample (else it
/// is the spec's example): `cargo xtask regen` checks them against OpenAI's SDK.
#[allow(dead_code)] // used by xtask, which compiles this file too
pub fn samples(doc: &Value) -> Result<Vec<(String, String, bool)>, String> {
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .ok_or("no `components.schemas` object")?;
    let webhooks = doc.get("webhooks").and_then(Value::as_object);
    let mut out = Vec::new();
    for (key, hook) in webhooks.ok_or("no `webhooks` object")? {
        let event = read_event(key, hook, schemas)?;
        let schema = &schemas[&event.schema];
        let made = schema.pointer("/x-oaiMeta/example").is_none();
        out.push((event.event_type, event.example.unwrap_or_default(), made));
    }
    Ok(out)
}

/// Reads one entry of `webhooks` and the event schema it names.
fn read_event(key: &str, hook: &Value, schemas: &Map<String, Value>) -> Result<Event, String> {
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
    Ok(Event {
        name: format!("{variant}WebhookEvent"),
        variant,
        schema: schema_name.to_owned(),
        description: description(schema),
        example: Some(
            match schema.pointer("/x-oaiMeta/example").and_then(Value::as_str) {
                Some(text) => text.to_owned(),
                None => sample::payload(schema, &event_type),
            },
        ),
        deprecated: deprecation(schema).or_else(|| hook.get("post").and_then(deprecation)),
        event_type,
    })
}

/// The note of a schema (or operation) marked `deprecated`: upstream's own words when it
/// gives them (`x-deprecation`), else the first paragraph of its description.
fn deprecation(schema: &Value) -> Option<String> {
    if schema.get("deprecated") != Some(&Value::Bool(true)) {
        return None;
    }
    let note = schema["x-deprecation"]
        .as_str()
        .or_else(|| schema["description"].as_str())
        .and_then(|text| text.split("\n\n").next())
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty());
    Some(note.unwrap_or_else(|| "deprecated upstream".to_owned()))
}

fn description(schema: &Value) -> Option<String> {
    schema["description"].as_str().map(str::to_owned)
}

/// The closed type every event's `object` field shares.
const EVENT_OBJECT: &str = "EventObject";

/// Whether any event has an `object` field, after checking that each one that does declares
/// it as the one-value string enum `"event"`.
///
/// `object` says what kind of API object the body is; a body whose `object` is not `event` is
/// not the event its struct describes, so the shared type stays closed. An event that declares
/// it otherwise is an error naming the event: giving it a type of its own would quietly change
/// the public API of the field on every event.
fn event_object(schemas: &Map<String, Value>, events: &[Event]) -> Result<bool, String> {
    let mut any = false;
    for event in events {
        let Some(object) = schemas[&event.schema].pointer("/properties/object") else {
            continue;
        };
        let is_string = object.get("type").is_none_or(|t| t == "string");
        if !is_string || object.get("enum") != Some(&json!(["event"])) {
            return Err(format!(
                "event `{}` declares `object` as {}, not the one-value string enum \
                 [\"event\"] that every event shares (`{EVENT_OBJECT}`)",
                event.event_type,
                serde_json::to_string(object).unwrap_or_default()
            ));
        }
        any = true;
    }
    Ok(any)
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
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        if !values.contains(&Value::Null) {
            values.push(Value::Null);
        }
    }
}

/// The values of a string enum, in either of the spec's forms.
struct StringEnum {
    values: Vec<String>,
    nullable: bool,
}

/// `{"type": "string", "enum": [...]}` (possibly nullable), or upstream's open-enum idiom:
/// `anyOf` (or `oneOf`) of a plain string and a string enum, in either order.
fn string_enum(schema: &Value) -> Option<StringEnum> {
    let is_type = |s: &Value, want: &str| match s.get("type") {
        None => want == "string",
        Some(Value::String(t)) => t == want,
        Some(Value::Array(ts)) => ts.iter().all(|t| t == want || t == "null"),
        _ => false,
    };
    if let Some(Value::Array(values)) = schema.get("enum") {
        if !is_type(schema, "string") || values.is_empty() {
            return None;
        }
        let nullable = values.contains(&Value::Null)
            || schema["type"]
                .as_array()
                .is_some_and(|t| t.iter().any(|t| t == "null"));
        let values = values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()?;
        return Some(StringEnum { values, nullable });
    }
    let members = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))?
        .as_array()?;
    let (mut plain, mut listed, mut nullable) = (0, None, false);
    for member in members {
        if member.get("type") == Some(&json!("null")) {
            nullable = true;
        } else if member.get("enum").is_some() {
            let inner = string_enum(member)?;
            nullable |= inner.nullable;
            listed = Some(inner.values);
        } else if member.get("type") == Some(&json!("string"))
            && member
                .as_object()?
                .keys()
                .all(|k| matches!(k.as_str(), "type" | "description" | "title"))
        {
            plain += 1;
        } else {
            return None;
        }
    }
    match (plain, listed) {
        (1, Some(values)) => Some(StringEnum { values, nullable }),
        _ => None,
    }
}

/// Replaces every string enum inside `schema` with a reference to an open enum named after
/// its path (`<Owner><Field>`, as typify names inline types), except an event's own `type`.
fn open_enums(
    schema: &mut Value,
    owner: &str,
    is_event: bool,
    open: &mut Vec<OpenEnum>,
    definitions: &mut Vec<(String, Value)>,
) -> Result<(), String> {
    let Some(map) = schema.as_object_mut() else {
        return Ok(());
    };
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (field, property) in properties.iter_mut() {
            if is_event && field == "type" {
                continue;
            }
            let name = format!("{owner}{}", pascal_case(field));
            open_enum_at(property, name, open, definitions)?;
        }
    }
    if let Some(items) = map.get_mut("items") {
        open_enum_at(items, format!("{owner}Item"), open, definitions)?;
    }
    if let Some(extra @ Value::Object(_)) = map.get_mut("additionalProperties") {
        open_enum_at(extra, format!("{owner}Value"), open, definitions)?;
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            for member in members {
                open_enums(member, owner, false, open, definitions)?;
            }
        }
    }
    Ok(())
}

/// Turns `schema` into a reference to a new open enum if it is a string enum; otherwise
/// looks inside it. Two enums that would get one name are an error: renaming either would
/// depend on the order the spec lists them in, and a spec change could rename a public type.
fn open_enum_at(
    schema: &mut Value,
    name: String,
    open: &mut Vec<OpenEnum>,
    definitions: &mut Vec<(String, Value)>,
) -> Result<(), String> {
    let Some(found) = string_enum(schema) else {
        return open_enums(schema, &name, false, open, definitions);
    };
    if open.iter().any(|e| e.name == name) || definitions.iter().any(|(n, _)| *n == name) {
        return Err(format!(
            "two types inside the events would both be named `{name}` (a field path and a \
             field name that read the same in PascalCase)"
        ));
    }
    let description = description(schema);
    definitions.push((name.clone(), json!({ "type": "string" })));
    let reference = json!({ "$ref": format!("#/definitions/{name}") });
    *schema = match found.nullable {
        true => json!({ "oneOf": [reference, { "type": "null" }] }),
        false => reference,
    };
    if let Some(text) = &description {
        schema["description"] = json!(text);
    }
    open.push(OpenEnum {
        name,
        description,
        values: found.values,
    });
    Ok(())
}

/// `fine_tuning.job.succeeded` → `FineTuningJobSucceeded`.
pub fn pascal_case(s: &str) -> String {
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

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// typify's output with its helpers kept out of the public docs: the `error` module
/// (`ConversionError`) and the one-value enum each event has for its `type`.
/// A field upstream marks deprecated: the struct typify generates for its owner, the JSON
/// name, and the note.
struct DeprecatedField {
    owner: String,
    field: String,
    note: String,
}

/// Fields whose generated code `tidy` changes, by owner struct and JSON name.
#[derive(Default)]
struct Marked {
    deprecated: Vec<DeprecatedField>,
    /// Optional fields that may also be `null` (`x-nullable`): `Option<Option<T>>`, so a
    /// delivery's absent and `null` values both serialize back as they came.
    nullable: Vec<(String, String)>,
}

/// Every marked field inside `schema`, with its owner named as typify names inline types
/// (`<Owner><Field>`, `<Owner>Item` for array items).
fn marked_in(schema: &Value, owner: &str, out: &mut Marked) {
    let required = |field: &str| {
        schema["required"]
            .as_array()
            .is_some_and(|r| r.iter().any(|f| f == field))
    };
    for (field, property) in schema["properties"].as_object().into_iter().flatten() {
        if let Some(note) = deprecation(property) {
            out.deprecated.push(DeprecatedField {
                owner: owner.to_owned(),
                field: field.clone(),
                note,
            });
        }
        if property.get("x-nullable") == Some(&Value::Bool(true)) && !required(field) {
            out.nullable.push((owner.to_owned(), field.clone()));
        }
        let inner = format!("{owner}{}", pascal_case(field));
        marked_in(property, &inner, out);
        if let Some(items) = property.get("items") {
            marked_in(items, &format!("{inner}Item"), out);
        }
    }
}

/// The field of `item` whose JSON name is `name`.
fn field_named<'a>(item: &'a mut syn::ItemStruct, name: &str) -> Option<&'a mut syn::Field> {
    item.fields
        .iter_mut()
        .find(|f| field_serde(f).is_ok_and(|serde| serde.key == name))
}

/// `Option<T>` → `Option<Option<T>>`: `None` when the field is absent, `Some(None)` when it
/// is `null` (`object_impls` reads it so). typify's `skip_serializing_if` keeps an
/// absent field absent.
fn keep_null(item: &mut syn::ItemStruct, field_name: &str) -> Result<(), String> {
    let owner = item.ident.to_string();
    let field = field_named(item, field_name).ok_or_else(|| {
        format!("nullable field `{field_name}` not found in the generated `{owner}`")
    })?;
    let ty = &field.ty;
    if !is_option(ty) {
        return Err(format!(
            "`{owner}.{field_name}` is optional but not an `Option`"
        ));
    }
    field.ty = syn::parse_quote!(::std::option::Option<#ty>);
    Ok(())
}

/// Adds `#[deprecated]` to the field of `item` that `deprecated` names; says so if the
/// generated struct has no such field, rather than dropping upstream's deprecation.
fn deprecate_field(item: &mut syn::ItemStruct, deprecated: &DeprecatedField) -> Result<(), String> {
    let field = field_named(item, &deprecated.field).ok_or_else(|| {
        format!(
            "deprecated field `{}` not found in the generated `{}`",
            deprecated.field, deprecated.owner
        )
    })?;
    let note = &deprecated.note;
    field
        .attrs
        .push(syn::parse_quote!(#[deprecated(note = #note)]));
    Ok(())
}

fn tidy(types: TokenStream, events: &[Event], marked: &Marked) -> Result<TokenStream, String> {
    let mut file: syn::File =
        syn::parse2(types).map_err(|e| format!("typify's output does not parse: {e}"))?;
    let type_enums: Vec<String> = events.iter().map(|e| format!("{}Type", e.name)).collect();
    let is_type_enum = |ty: &syn::Type| match ty {
        syn::Type::Path(p) => p
            .path
            .get_ident()
            .is_some_and(|i| type_enums.iter().any(|t| i == t)),
        _ => false,
    };
    let hidden: syn::Attribute = syn::parse_quote!(#[doc(hidden)]);
    // Nothing uses the conversions and orderings typify gives each `type` enum; they cost
    // build time in every user's build, per event. Its serde impls are written below.
    file.items.retain(|item| match item {
        syn::Item::Impl(i) => !(i.trait_.is_some() && is_type_enum(&i.self_ty)),
        _ => true,
    });
    let mut type_impls = Vec::new();
    let (mut objects, mut one_value) = (Vec::new(), Vec::new());
    for item in &mut file.items {
        match item {
            syn::Item::Mod(m) if m.ident == "error" => m.attrs.push(hidden.clone()),
            syn::Item::Enum(e) if type_enums.iter().any(|t| e.ident == t) => {
                e.attrs.push(hidden.clone());
                e.attrs.retain(|attr| !attr.path().is_ident("serde"));
                for attr in &mut e.attrs {
                    if attr.path().is_ident("derive") {
                        *attr = syn::parse_quote!(#[derive(Clone, Copy, Debug, Eq, PartialEq)]);
                    }
                }
                if e.variants.len() != 1 {
                    return Err(format!("`{}` is not a one-value enum", e.ident));
                }
                let variant = &mut e.variants[0];
                variant.attrs.retain(|attr| !attr.path().is_ident("serde"));
                let event = events
                    .iter()
                    .find(|event| e.ident == format!("{}Type", event.name))
                    .ok_or_else(|| format!("no event for `{}`", e.ident))?;
                type_impls.push(type_enum_serde(&e.ident, &variant.ident, &event.event_type));
                one_value.push((
                    e.ident.clone(),
                    variant.ident.clone(),
                    event.event_type.clone(),
                ));
            }
            syn::Item::Struct(s) => {
                s.attrs.push(syn::parse_quote!(#[non_exhaustive]));
                if let Some(event) = events.iter().find(|e| s.ident == e.name) {
                    if let Some(note) = &event.deprecated {
                        s.attrs.push(syn::parse_quote!(#[deprecated(note = #note)]));
                    }
                }
                let owner = s.ident.to_string();
                for deprecated in marked.deprecated.iter().filter(|d| d.owner == owner) {
                    deprecate_field(s, deprecated)?;
                }
                let nullable: Vec<&str> = marked
                    .nullable
                    .iter()
                    .filter(|(o, _)| *o == owner)
                    .map(|(_, field)| field.as_str())
                    .collect();
                for field in &nullable {
                    keep_null(s, field)?;
                }
                objects.push(plan_object(s, &nullable)?);
            }
            _ => {}
        }
    }
    let structs: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    if let Some(event) = events.iter().find(|e| !structs.contains(&e.name)) {
        return Err(format!(
            "typify did not name the struct of `{}` `{}` (the event type does not read the \
             same in PascalCase)",
            event.event_type, event.name
        ));
    }
    for deprecated in &marked.deprecated {
        let found = file
            .items
            .iter()
            .any(|item| matches!(item, syn::Item::Struct(s) if s.ident == deprecated.owner));
        if !found {
            return Err(format!(
                "deprecated field `{}`: no generated struct `{}` holds it",
                deprecated.field, deprecated.owner
            ));
        }
    }
    type_impls.extend(object_impls(&objects, &one_value));
    Ok(quote! { #file #(#type_impls)* })
}

/// How a generated struct's `Deserialize` treats an absent field.
#[derive(Clone, Copy, Debug)]
enum Absent {
    /// `missing field` error.
    Error,
    /// `None` (an `Option`, also when `null`).
    None,
    /// `Default::default()`.
    Default,
    /// `None`, and `Some(None)` when `null`: the slot is the field.
    Keep,
}

struct FieldPlan {
    ident: Ident,
    key: String,
    ty: syn::Type,
    absent: Absent,
}

/// A struct typify made, whose `Deserialize` `object_impls` writes.
struct ObjectPlan {
    name: Ident,
    fields: Vec<FieldPlan>,
}

/// Takes serde's derived `Deserialize` off a struct typify made, and says how its fields
/// read instead (`nullable`: the JSON names of fields `keep_null` made `Option<Option<T>>`).
fn plan_object(item: &mut syn::ItemStruct, nullable: &[&str]) -> Result<ObjectPlan, String> {
    let name = item.ident.clone();
    for attr in &mut item.attrs {
        if attr.path().is_ident("serde") {
            return Err(format!(
                "`{name}`: build.rs does not read `#[serde(...)]` on a struct"
            ));
        }
        if attr.path().is_ident("derive") {
            let derives = attr
                .parse_args_with(
                    syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
                )
                .map_err(|e| format!("`{name}`: unreadable derive: {e}"))?;
            let kept = derives.iter().filter(|path| {
                path.segments
                    .last()
                    .is_none_or(|s| s.ident != "Deserialize")
            });
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    let syn::Fields::Named(fields) = &item.fields else {
        return Err(format!("`{name}` is not a struct with named fields"));
    };
    let mut plans = Vec::new();
    for field in &fields.named {
        let ident = field.ident.clone().ok_or("a named field without a name")?;
        let serde = field_serde(field).map_err(|e| format!("`{name}.{ident}`: {e}"))?;
        let absent = if nullable.contains(&serde.key.as_str()) {
            Absent::Keep
        } else if serde.default {
            Absent::Default
        } else if is_option(&field.ty) && !serde.null_required {
            Absent::None
        } else {
            Absent::Error
        };
        plans.push(FieldPlan {
            ident,
            key: serde.key,
            ty: field.ty.clone(),
            absent,
        });
    }
    Ok(ObjectPlan {
        name,
        fields: plans,
    })
}

/// `Deserialize` for the structs typify made, in place of serde's derive: each reads a JSON
/// object only, not an array, through the helpers in `crate::events` that every struct
/// shares, so each struct adds little to every user's build. Otherwise it reads as the
/// derive would: unknown keys skipped, `duplicate field` and `missing field` errors, an
/// absent or `null` `Option` field `None`.
///
/// Structs with the same fields (most events' `data` is just `id`) share the code of the
/// first, and a field of a one-value `type` enum (`one_value`: enum, variant, value) is
/// checked by code shared by every event; errors still name each struct.
fn object_impls(plans: &[ObjectPlan], one_value: &[(Ident, Ident, String)]) -> Vec<TokenStream> {
    let signature = |plan: &ObjectPlan| {
        let fields = plan.fields.iter().map(|f| {
            let (ident, key, ty) = (&f.ident, &f.key, &f.ty);
            format!("{ident} {key} {} {:?};", quote!(#ty), f.absent)
        });
        fields.collect::<String>()
    };
    let mut first: BTreeMap<String, &ObjectPlan> = BTreeMap::new();
    let mut shared: BTreeMap<String, &ObjectPlan> = BTreeMap::new();
    for plan in plans {
        match first.get(&signature(plan)) {
            Some(reader) => shared.insert(plan.name.to_string(), reader),
            None => first.insert(signature(plan), plan),
        };
    }
    let mut out = Vec::new();
    for plan in plans {
        let name = &plan.name;
        let text = name.to_string();
        let idents: Vec<&Ident> = plan.fields.iter().map(|f| &f.ident).collect();
        if let Some(reader) = shared.get(&text) {
            let reader = &reader.name;
            out.push(quote! {
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        let #reader { #(#idents),* } = crate::events::deserialize_object(deserializer, #text)?;
                        Ok(Self { #(#idents),* })
                    }
                }
            });
            continue;
        }
        let (mut slots, mut arms, mut checks) = (vec![], vec![], vec![]);
        for (index, field) in plan.fields.iter().enumerate() {
            let reading = field_reading(field, index, one_value, &shared);
            slots.push(reading.slot);
            arms.push(reading.arm);
            checks.push(reading.check);
        }
        let keys: Vec<_> = plan.fields.iter().map(|f| &f.key).collect();
        let positions = (0..keys.len()).map(proc_macro2::Literal::usize_unsuffixed);
        out.push(quote! {
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    crate::events::deserialize_object(deserializer, #text)
                }
            }
            impl crate::events::FromObject for #name {
                fn from_object<'de, A: serde::de::MapAccess<'de>>(mut __map: A) -> Result<Self, A::Error> {
                    #(#slots)*
                    let __fields = crate::events::FieldKey(&[#(#keys),*], |key| match key {
                        #(#keys => Some(#positions),)*
                        _ => None,
                    });
                    while let Some(__key) = __map.next_key_seed(__fields)? {
                        match __key {
                            #(#arms)*
                            _ => crate::events::skip_value(&mut __map)?,
                        }
                    }
                    #(#checks)*
                    Ok(Self { #(#idents),* })
                }
            }
        });
    }
    out
}

/// The code that reads one field in a generated `from_object`: its slot, its `match` arm
/// (`index` in the key table), and what turns the slot into the field's value.
struct FieldReading {
    slot: TokenStream,
    arm: TokenStream,
    check: TokenStream,
}

fn field_reading(
    field: &FieldPlan,
    index: usize,
    one_value: &[(Ident, Ident, String)],
    shared: &BTreeMap<String, &ObjectPlan>,
) -> FieldReading {
    let FieldPlan {
        ident,
        key,
        ty,
        absent,
    } = field;
    let index = proc_macro2::Literal::usize_unsuffixed(index);
    let ty_name = match ty {
        syn::Type::Path(p) => p.path.get_ident().map(ToString::to_string),
        _ => None,
    };
    let ty_name = ty_name.as_deref().unwrap_or_default();
    let missing = quote! { return Err(serde::de::Error::missing_field(#key)); };
    let one = one_value.iter().find(|(e, _, _)| e == ty_name);
    let reader = shared.get(ty_name);
    match (absent, one, reader) {
        // An event's `type`: checked by code every event shares, then set.
        (Absent::Error, Some((enum_name, variant, value)), _) => {
            let enum_name_text = enum_name.to_string();
            FieldReading {
                slot: quote! { let mut #ident: Option<()> = None; },
                arm: quote! {
                    Some(#index) => crate::events::read_field_seed(&mut __map, &mut #ident, #key,
                        crate::events::OneValue(#enum_name_text, &[#value]))?,
                },
                check: quote! {
                    let Some(()) = #ident else { #missing };
                    let #ident = #ty::#variant;
                },
            }
        }
        // A struct that shares the code of `reader`: read as that, then moved over.
        (Absent::Error, None, Some(reader)) => {
            let (reader, fields) = (&reader.name, reader.fields.iter().map(|f| &f.ident));
            let fields: Vec<&Ident> = fields.collect();
            FieldReading {
                slot: quote! { let mut #ident: Option<#reader> = None; },
                arm: quote! {
                    Some(#index) => crate::events::read_field_seed(&mut __map, &mut #ident, #key,
                        crate::events::ObjectSeed::<#reader>::new(#ty_name))?,
                },
                check: quote! {
                    let Some(#ident) = #ident else { #missing };
                    let #ident = {
                        let #reader { #(#fields),* } = #ident;
                        #ty { #(#fields),* }
                    };
                },
            }
        }
        _ => FieldReading {
            slot: match absent {
                // The slot is the field: `None` until the key comes, then the value or `null`.
                Absent::Keep => quote! { let mut #ident: #ty = None; },
                _ => quote! { let mut #ident: Option<#ty> = None; },
            },
            arm: quote! {
                Some(#index) => crate::events::read_field(&mut __map, &mut #ident, #key)?,
            },
            check: match absent {
                Absent::Keep => quote! {},
                Absent::Default => quote! { let #ident = #ident.unwrap_or_default(); },
                Absent::None => quote! { let #ident = #ident.flatten(); },
                Absent::Error => quote! { let Some(#ident) = #ident else { #missing }; },
            },
        },
    }
}

/// How typify's `serde` attributes ask a field to be read.
struct FieldSerde {
    /// The JSON name.
    key: String,
    /// An `Option` that must be present but may be `null` (a required, nullable field).
    null_required: bool,
    /// `Default::default()` when absent.
    default: bool,
}

/// Reads a field's `serde` attributes, refusing those the generated `Deserialize` does not
/// implement.
fn field_serde(field: &syn::Field) -> Result<FieldSerde, String> {
    let mut key = field.ident.as_ref().map(ToString::to_string);
    let (mut null_required, mut default) = (false, false);
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                key = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.path.is_ident("default")
                && (meta.input.is_empty() || meta.input.peek(syn::Token![,]))
            {
                default = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                meta.value()?.parse::<syn::LitStr>()?;
            } else if meta.path.is_ident("deserialize_with")
                && meta.value()?.parse::<syn::LitStr>()?.value()
                    == "::std::option::Option::deserialize"
            {
                null_required = true;
            } else {
                let what = meta.path.get_ident().map(ToString::to_string);
                let what = what.unwrap_or_default();
                return Err(meta.error(format!("build.rs does not read `#[serde({what})]` here")));
            }
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    }
    let key = key.ok_or("a field without a name")?;
    if null_required && !is_option(&field.ty) {
        return Err(format!(
            "`{key}` is read with `Option::deserialize` but is not an `Option`"
        ));
    }
    Ok(FieldSerde {
        key,
        null_required,
        default,
    })
}

fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Option"))
}

/// What serde's derive gives a one-value enum, the same on the wire, with the reading
/// compiled once for every event (`crate::event_type`) rather than once per event.
fn type_enum_serde(name: &Ident, variant: &Ident, value: &str) -> TokenStream {
    let text = name.to_string();
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_unit_variant(#text, 0, #value)
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::event_type::deserialize(deserializer, #text, &[#value]).map(|()| Self::#variant)
            }
        }
    }
}

/// An enum that accepts any string: the spec's values by name, others kept as they came.
fn open_enum(e: &OpenEnum) -> Result<TokenStream, String> {
    let name = ident(&e.name);
    let mut variants: Vec<Ident> = Vec::new();
    for (i, value) in e.values.iter().enumerate() {
        let variant = variant_name(value);
        if let Some(j) = variants.iter().position(|v| *v == variant) {
            return Err(format!(
                "the values `{}` and `{value}` of `{}` would both be the variant `{variant}`",
                e.values[j], e.name
            ));
        }
        if e.values[..i].contains(value) {
            return Err(format!("`{}` lists the value `{value}` twice", e.name));
        }
        variants.push(ident(&variant));
    }
    let values = &e.values;
    let docs = values.iter().map(|v| format!(" `{v}`"));
    let summary = e
        .description
        .as_deref()
        .unwrap_or("A string value of the spec.");
    let doc = format!(
        "{}\n\nAn open enum: a value the spec does not list arrives as \
         [`Unknown`](Self::Unknown), kept exactly as received, and serializes back the same. \
         Build values with `From<&str>`, which picks the named variant for a listed value.",
        summary.trim_end()
    );
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #docs] #variants, )*
            /// A value the spec does not list, exactly as received.
            Unknown(String),
        }
        impl #name {
            /// The value as it appears in JSON.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(value) => value,
                }
            }
        }
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }
        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    listed => listed,
                }
            }
        }
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_open_enum(deserializer)
            }
        }
    })
}

/// A value's variant name: PascalCase, with fixed escapes where that is not a free
/// identifier (`Unknown` is the fallback variant; `Self` is a keyword).
fn variant_name(value: &str) -> String {
    match pascal_case(value) {
        v if v.is_empty() => "Empty".to_owned(),
        v if v == "Unknown" || v == "Self" => format!("{v}Value"),
        v => v,
    }
}

/// The union enum and the per-event glue.
/// The JSON path (`data.sip_media_security`, `data.items[].kind`) and listed values of every
/// string enum inside `schema`.
fn enum_fields(schema: &Value, path: &str, out: &mut Vec<(String, Vec<String>)>) {
    if !path.is_empty() {
        if let Some(found) = string_enum(schema) {
            out.push((path.to_owned(), found.values));
            return;
        }
    }
    let join = |field: &str| match path {
        "" => field.to_owned(),
        _ => format!("{path}.{field}"),
    };
    for (field, property) in schema["properties"].as_object().into_iter().flatten() {
        enum_fields(property, &join(field), out);
    }
    if let Some(items) = schema.get("items") {
        enum_fields(items, &format!("{path}[]"), out);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        for member in schema[key].as_array().into_iter().flatten() {
            enum_fields(member, path, out);
        }
    }
}

fn union(events: &[Event], enum_fields: &[(&str, String, Vec<String>)]) -> TokenStream {
    let field_rows = enum_fields.iter().map(|(ty, path, values)| {
        quote! { (#ty, #path, &[#(#values),*]) }
    });
    let variants: Vec<Ident> = events.iter().map(|e| ident(&e.variant)).collect();
    let names: Vec<Ident> = events.iter().map(|e| ident(&e.name)).collect();
    let types: Vec<&str> = events.iter().map(|e| e.event_type.as_str()).collect();
    let docs = events.iter().map(|e| match &e.description {
        Some(d) => format!(" `{}`: {}", e.event_type, d.trim_end()),
        None => format!(" `{}`", e.event_type),
    });
    let deprecations = events.iter().map(|e| match &e.deprecated {
        Some(note) => quote! { #[deprecated(note = #note)] },
        None => quote! {},
    });
    let samples = events.iter().filter_map(|e| {
        let (ty, example) = (&e.event_type, e.example.as_ref()?);
        Some(quote! { (#ty, #example) })
    });
    let samples_doc = "`(type, sample payload)`: the spec's example, or one made from the \
                       schema where the spec has none.";
    quote! {
        /// A verified webhook event: one variant per event type in OpenAI's webhook spec,
        /// plus [`Unknown`](Self::Unknown) for types this version of the crate does not know
        /// and [`Unparsed`](Self::Unparsed) for listed types whose JSON does not fit.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum UnwrapWebhookEvent {
            #( #[doc = #docs] #deprecations #variants(#names), )*
            /// An event type the vendored spec does not list; keeps the raw JSON object.
            Unknown(UnknownWebhookEvent),
            /// A listed event type whose JSON does not fit its struct (a required field is
            /// missing or null, or a field changed its JSON type); keeps the raw JSON object
            /// and the reason.
            Unparsed(UnparsedWebhookEvent),
        }
        impl UnwrapWebhookEvent {
            /// Every event type with its own variant, sorted by variant name.
            pub const KNOWN_EVENT_TYPES: &'static [&'static str] = &[#(#types),*];
            /// Every string enum inside an event, as `(event type, JSON path, listed values)`,
            /// such as `("realtime.call.incoming", "data.sip_media_security", &["rtp", "srtp"])`
            /// (`[]` marks array items). Each is an open enum: a value it does not list is
            /// kept. For tools that test an endpoint's tolerance of new values.
            pub const ENUM_FIELDS: &'static [(&'static str, &'static str, &'static [&'static str])] =
                &[#(#field_rows),*];
            #[doc = #samples_doc]
            pub(crate) const SAMPLES: &'static [(&'static str, &'static str)] = &[#(#samples),*];
            /// The event as a trait object, for the shared accessors.
            pub(crate) fn as_event(&self) -> &dyn WebhookEvent {
                match self {
                    #( Self::#variants(e) => e, )*
                    Self::Unknown(e) => e,
                    Self::Unparsed(e) => e,
                }
            }
            /// Parses a known event type with `parser`; `None` if the spec does not list it.
            pub(crate) fn parse_known(
                event_type: &str,
                parser: &impl EventParser,
            ) -> Option<serde_json::Result<Self>> {
                Some(match event_type {
                    #( #types => parser.parse::<#names>().map(Self::#variants), )*
                    _ => return None,
                })
            }
        }
        impl serde::Serialize for UnwrapWebhookEvent {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( Self::#variants(e) => e.serialize(serializer), )*
                    Self::Unknown(e) => e.serialize(serializer),
                    Self::Unparsed(e) => e.serialize(serializer),
                }
            }
        }
        #(
            impl #names {
                /// The `type` string of this event.
                pub const EVENT_TYPE: &'static str = #types;
                /// The event type (also without the [`WebhookEvent`] trait in scope).
                pub fn event_type(&self) -> &'static str {
                    Self::EVENT_TYPE
                }
                /// The event ID (`evt_…`).
                pub fn id(&self) -> &str {
                    &self.id
                }
                /// When the event was created, in Unix seconds.
                pub fn created_at(&self) -> i64 {
                    self.created_at
                }
            }
            impl WebhookEvent for #names {
                fn event_type(&self) -> &str {
                    Self::EVENT_TYPE
                }
                fn id(&self) -> &str {
                    &self.id
                }
                fn created_at(&self) -> i64 {
                    self.created_at
                }
            }
            impl From<#names> for UnwrapWebhookEvent {
                fn from(event: #names) -> Self {
                    Self::#variants(event)
                }
            }
        )*
    }
}

/// Sample payloads for events the spec gives no example of, made from their schemas.
mod sample {
    use serde_json::{json, Map, Value};

    /// A fixed time, so the generated code is the same on every build.
    const CREATED_AT: i64 = 1_719_168_000;

    /// A payload of `schema` with every field filled, required and optional: ids shaped as
    /// their descriptions say (`` `live_...` `` → `live_abc123`), listed enum values, and the
    /// event's own `type`.
    pub fn payload(schema: &Value, event_type: &str) -> String {
        let family = event_type
            .rsplit_once('.')
            .map_or(event_type, |(head, _)| head)
            .replace('.', "_");
        let value = object(schema, &family, true);
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }

    fn object(schema: &Value, family: &str, top: bool) -> Value {
        let mut out = Map::new();
        for (field, property) in schema["properties"].as_object().into_iter().flatten() {
            let value = match (top, field.as_str()) {
                (true, "id") => json!("evt_abc123"),
                (true, "created_at") => json!(CREATED_AT),
                _ => value(property, field, family),
            };
            if !value.is_null() {
                out.insert(field.clone(), value);
            }
        }
        Value::Object(out)
    }

    fn value(schema: &Value, field: &str, family: &str) -> Value {
        if let Some(first) = listed(schema) {
            return first;
        }
        let kind = match &schema["type"] {
            Value::String(t) => Some(t.as_str()),
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
            // `anyOf`/`oneOf` without a type of its own: its first member that is not null.
            _ => {
                return members(schema)
                    .find(|m| m.get("type") != Some(&json!("null")))
                    .map_or(Value::Null, |m| value(m, field, family))
            }
        };
        match kind {
            Some("object") => object(schema, family, false),
            Some("array") => json!([value(&schema["items"], field, family)]),
            Some("integer") => json!(if field.ends_with("_at") {
                CREATED_AT
            } else {
                1
            }),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("string") => json!(string(schema, field, family)),
            _ => Value::Null,
        }
    }

    /// The first listed value of an enum, also in the `anyOf` of an open enum.
    fn listed(schema: &Value) -> Option<Value> {
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values.iter().find(|v| !v.is_null()).cloned();
        }
        members(schema).find_map(|m| m.get("enum")?.as_array()?.first().cloned())
    }

    fn members(schema: &Value) -> impl Iterator<Item = &Value> {
        ["anyOf", "oneOf"]
            .into_iter()
            .filter_map(|k| schema.get(k)?.as_array())
            .flatten()
    }

    fn string(schema: &Value, field: &str, family: &str) -> String {
        let description = schema["description"].as_str().unwrap_or_default();
        if field == "id" || field.ends_with("_id") {
            // An id prefix the description shows, such as `live_...`.
            let prefix = backticked(description)
                .find_map(|t| t.strip_suffix("...").or_else(|| t.strip_suffix('…')))
                .filter(|p| p.ends_with('_'))
                .map(str::to_owned);
            let prefix = prefix.unwrap_or_else(|| match field.strip_suffix("_id") {
                Some(owner) => format!("{owner}_"),
                None => format!("{family}_"),
            });
            return format!("{prefix}abc123");
        }
        if schema["format"] == "uri" || field.ends_with("_url") || field == "url" {
            return "https://example.com/webhooks".to_owned();
        }
        // A description that names the values, such as "`none`, `openai_hosted`".
        backticked(description)
            .find(|t| {
                !t.is_empty()
                    && t.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            })
            .map_or_else(
                || format!("example {}", field.replace('_', " ")),
                str::to_owned,
            )
    }

    /// The `` `code` `` spans of a description.
    fn backticked(text: &str) -> impl Iterator<Item = &str> {
        text.split('`').skip(1).step_by(2)
    }
}
