//! The merge rule for the two upstream sources: the newest structure, the published prose.
//!
//! - An event only the SDK has comes from the SDK.
//! - An event only the published document has stays as published.
//! - An event both have takes its structure from the SDK (every field its models type,
//!   required lists, nesting), and keeps the published document's descriptions, examples,
//!   titles and formats. A field only the published document has is kept, and so are enum
//!   values only it lists: dropping either would break code written against the crate.
//!   A deprecation the SDK declares is carried over.

use crate::snapshot::codegen::SCHEMA_PREFIX;
use serde_json::{json, Map, Value};

/// Keys that describe rather than shape a schema; the published document's win.
const PROSE: &[&str] = &["description", "x-oaiMeta", "title", "example", "examples"];

/// Event type → (webhook key, schema name), following each webhook's `$ref`.
pub fn events(doc: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (key, hook) in doc["webhooks"].as_object().into_iter().flatten() {
        let Some(name) = hook
            .pointer("/post/requestBody/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix(SCHEMA_PREFIX))
        else {
            continue;
        };
        let event_type = doc["components"]["schemas"][name]
            .pointer("/properties/type/enum/0")
            .and_then(Value::as_str)
            .unwrap_or(key);
        out.push((event_type.to_owned(), key.clone(), name.to_owned()));
    }
    out
}

/// The published document's webhook part with the SDK's events merged in.
pub fn merge(published: &Value, sdk: &Value) -> Result<Value, String> {
    let mut out = published.clone();
    let published_events = events(published);
    for (event_type, sdk_key, sdk_name) in events(sdk) {
        let sdk_schema = &sdk["components"]["schemas"][&sdk_name];
        let sdk_hook = &sdk["webhooks"][&sdk_key];
        match published_events.iter().find(|(t, _, _)| *t == event_type) {
            Some((_, key, name)) => {
                let merged = merge_node(&published["components"]["schemas"][name], sdk_schema);
                out["components"]["schemas"][name] = merged;
                if sdk_hook.pointer("/post/deprecated") == Some(&json!(true)) {
                    out["webhooks"][key]["post"]["deprecated"] = json!(true);
                }
            }
            None => {
                if out["webhooks"].get(&sdk_key).is_some()
                    || out["components"]["schemas"].get(&sdk_name).is_some()
                {
                    return Err(format!(
                        "the SDK's `{event_type}` would replace the published document's \
                         `{sdk_key}` or `{sdk_name}`, which describe another event"
                    ));
                }
                let mut hook = sdk_hook.clone();
                // The published document's answer to a delivery holds for every event.
                if let Some(responses) = published_responses(published) {
                    hook["post"]["responses"] = responses;
                }
                out["webhooks"][&sdk_key] = hook;
                out["components"]["schemas"][&sdk_name] = sdk_schema.clone();
            }
        }
    }
    Ok(out)
}

fn published_responses(published: &Value) -> Option<Value> {
    published["webhooks"]
        .as_object()?
        .values()
        .find_map(|hook| hook.pointer("/post/responses").cloned())
}

/// One schema node: the SDK's structure with the published node's prose.
fn merge_node(published: &Value, sdk: &Value) -> Value {
    let (Some(p), Some(s)) = (published.as_object(), sdk.as_object()) else {
        return sdk.clone();
    };
    // A nullable object on the SDK's side (`anyOf` of an object and `null`): the published
    // object merges into its object member, so none of its fields is lost.
    if p.contains_key("properties") && !s.contains_key("properties") {
        if let Some(Value::Array(members)) = s.get("anyOf").or_else(|| s.get("oneOf")) {
            if let Some(i) = members.iter().position(|m| m.get("properties").is_some()) {
                let mut out = s.clone();
                let key = if s.contains_key("anyOf") {
                    "anyOf"
                } else {
                    "oneOf"
                };
                out[key][i] = merge_node(published, &members[i]);
                for k in PROSE {
                    if let Some(value) = p.get(*k) {
                        out.insert((*k).to_owned(), value.clone());
                    }
                }
                return Value::Object(out);
            }
        }
    }
    let mut out = s.clone();
    // A published enum that the SDK types as a plain string stays an (open) enum: dropping
    // it would remove a public type.
    if let (Some(values), false) = (
        published_enum(p),
        s.contains_key("enum") || s.contains_key("anyOf") || s.contains_key("oneOf"),
    ) {
        if s.get("type") == Some(&json!("string")) {
            out.remove("type");
            out.insert(
                "anyOf".to_owned(),
                json!([{"type": "string", "enum": values}, {"type": "string"}]),
            );
        }
    }
    // An upstream deprecation stands whichever source declares it.
    if p.get("deprecated") == Some(&json!(true)) && !s.contains_key("deprecated") {
        out.insert("deprecated".to_owned(), json!(true));
    }
    for key in PROSE {
        if let Some(value) = p.get(*key) {
            out.insert((*key).to_owned(), value.clone());
        }
    }
    // A format refines a type the SDK cannot express (`unixtime`): kept while the type holds.
    if let (Some(format), true) = (p.get("format"), p.get("type") == s.get("type")) {
        out.insert("format".to_owned(), format.clone());
    }
    for key in p
        .keys()
        .filter(|k| k.starts_with("x-") && !s.contains_key(*k))
    {
        out.insert(key.clone(), p[key].clone());
    }
    if let (Some(Value::Object(pp)), Some(Value::Object(sp))) =
        (p.get("properties"), s.get("properties"))
    {
        let mut properties = Map::new();
        for (field, schema) in sp {
            let merged = match pp.get(field) {
                Some(before) => merge_node(before, schema),
                None => schema.clone(),
            };
            properties.insert(field.clone(), merged);
        }
        for (field, schema) in pp.iter().filter(|(f, _)| !sp.contains_key(*f)) {
            properties.insert(field.clone(), schema.clone());
        }
        out.insert("properties".to_owned(), Value::Object(properties));
        out.insert("required".to_owned(), required(p, s, pp, sp));
    }
    if let (Some(pi), Some(si)) = (p.get("items"), s.get("items")) {
        out.insert("items".to_owned(), merge_node(pi, si));
    }
    if let Some(values) = published_enum(p) {
        add_enum_values(&mut out, &values);
    }
    Value::Object(out)
}

/// The SDK's required fields in the published order, then the SDK's others, then those of
/// fields only the published document has.
fn required(
    p: &Map<String, Value>,
    s: &Map<String, Value>,
    pp: &Map<String, Value>,
    sp: &Map<String, Value>,
) -> Value {
    let list = |m: &Map<String, Value>| -> Vec<Value> {
        m.get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (published, sdk) = (list(p), list(s));
    let mut out: Vec<Value> = published
        .iter()
        .filter(|f| sdk.contains(f))
        .cloned()
        .collect();
    let sdk_only: Vec<Value> = sdk.iter().filter(|f| !out.contains(f)).cloned().collect();
    out.extend(sdk_only);
    out.extend(
        published
            .iter()
            .filter(|f| {
                f.as_str()
                    .is_some_and(|f| pp.contains_key(f) && !sp.contains_key(f))
            })
            .cloned(),
    );
    Value::Array(out)
}

/// The values of a string enum in either form (plain, or `anyOf` of an enum and a string).
fn published_enum(node: &Map<String, Value>) -> Option<Vec<Value>> {
    if let Some(Value::Array(values)) = node.get("enum") {
        return Some(values.clone());
    }
    ["anyOf", "oneOf"].iter().find_map(|key| {
        node.get(*key)?
            .as_array()?
            .iter()
            .find_map(|m| m.get("enum")?.as_array().cloned())
    })
}

/// Appends `values` the merged node's enum does not list yet, wherever its enum is.
fn add_enum_values(node: &mut Map<String, Value>, values: &[Value]) {
    let target = if node.contains_key("enum") {
        node.get_mut("enum").and_then(Value::as_array_mut)
    } else {
        let key = ["anyOf", "oneOf"]
            .into_iter()
            .find(|k| node.contains_key(*k));
        key.and_then(|k| node.get_mut(k))
            .and_then(Value::as_array_mut)
            .and_then(|members| {
                members
                    .iter_mut()
                    .find_map(|m| m.get_mut("enum").and_then(Value::as_array_mut))
            })
    };
    if let Some(list) = target {
        // Published values first, so generated variants keep their order.
        let mut merged: Vec<Value> = values.to_vec();
        merged.extend(list.iter().filter(|v| !values.contains(v)).cloned());
        *list = merged;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(schema: Value, hook: Value) -> Value {
        json!({
            "webhooks": {"a_b": {"post": hook}},
            "components": {"schemas": {"WebhookAB": schema}}
        })
    }

    fn hook() -> Value {
        json!({"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookAB"}}}},
               "responses": {"200": {"description": "Return a 200."}}})
    }

    #[test]
    fn the_sdk_gives_structure_and_the_published_document_its_prose() {
        let published = doc(
            json!({"title": "a.b", "description": "Published words.", "x-oaiMeta": {"example": "{}"},
                "required": ["created_at", "id", "data", "type"],
                "properties": {
                    "type": {"type": "string", "enum": ["a.b"], "description": "Type."},
                    "id": {"type": "string"},
                    "created_at": {"type": "integer", "format": "unixtime", "description": "When."},
                    "data": {"type": "object", "required": ["id"], "properties": {
                        "id": {"type": "string", "description": "Published id."},
                        "gone": {"type": "string"},
                        "mode": {"type": "string", "enum": ["x", "y"]}}}}}),
            hook(),
        );
        let sdk = doc(
            json!({"title": "a.b", "description": "SDK words.", "deprecated": true, "x-deprecation": "Deprecated: use `c.d`.",
                "required": ["id", "created_at", "type", "data"],
                "properties": {
                    "type": {"type": "string", "enum": ["a.b"]},
                    "id": {"type": "string"},
                    "created_at": {"type": "integer", "description": "SDK when."},
                    "data": {"type": "object", "required": ["id", "fresh"], "properties": {
                        "id": {"type": "string", "description": "SDK id."},
                        "fresh": {"type": "string", "description": "New."},
                        "mode": {"anyOf": [{"type": "string", "enum": ["z", "x"]}, {"type": "string"}]}}}}}),
            {
                let mut h = hook();
                h["deprecated"] = json!(true);
                h
            },
        );
        let merged = merge(&published, &sdk).unwrap();
        let event = &merged["components"]["schemas"]["WebhookAB"];
        assert_eq!(event["description"], "Published words.");
        assert_eq!(event["x-oaiMeta"]["example"], "{}");
        assert_eq!(event["deprecated"], true);
        assert_eq!(event["x-deprecation"], "Deprecated: use `c.d`.");
        assert_eq!(merged["webhooks"]["a_b"]["post"]["deprecated"], true);
        assert_eq!(
            event["required"],
            json!(["created_at", "id", "data", "type"])
        );
        assert_eq!(event["properties"]["created_at"]["format"], "unixtime");
        assert_eq!(event["properties"]["created_at"]["description"], "When.");
        let data = &event["properties"]["data"];
        assert_eq!(data["properties"]["id"]["description"], "Published id.");
        assert_eq!(data["properties"]["fresh"]["description"], "New.");
        // Kept: removing a field or a variant would break code written against the crate.
        assert_eq!(data["properties"]["gone"], json!({"type": "string"}));
        assert_eq!(
            data["properties"]["mode"]["anyOf"][0]["enum"],
            json!(["x", "y", "z"])
        );
        assert_eq!(data["required"], json!(["id", "fresh"]));
    }

    #[test]
    fn events_only_one_source_has_are_kept_whole() {
        let published = doc(json!({"properties": {"type": {"enum": ["a.b"]}}}), hook());
        let sdk = json!({
            "webhooks": {"c_d": {"post": {"description": "New.", "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookCD"}}}}}}},
            "components": {"schemas": {"WebhookCD": {"properties": {"type": {"enum": ["c.d"]}}}}}
        });
        let merged = merge(&published, &sdk).unwrap();
        assert_eq!(
            merged["components"]["schemas"]["WebhookAB"],
            published["components"]["schemas"]["WebhookAB"]
        );
        assert_eq!(
            merged["components"]["schemas"]["WebhookCD"],
            sdk["components"]["schemas"]["WebhookCD"]
        );
        // The published answer to a delivery applies to every event.
        assert_eq!(
            merged["webhooks"]["c_d"]["post"]["responses"],
            hook()["responses"]
        );
    }

    #[test]
    fn an_sdk_event_that_would_replace_another_is_an_error() {
        let published = doc(json!({"properties": {"type": {"enum": ["a.b"]}}}), hook());
        let sdk = json!({
            "webhooks": {"a_b": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookAB"}}}}}}},
            "components": {"schemas": {"WebhookAB": {"properties": {"type": {"enum": ["x.y"]}}}}}
        });
        assert!(merge(&published, &sdk)
            .unwrap_err()
            .contains("another event"));
    }

    #[test]
    fn published_fields_enums_and_deprecations_survive_other_shapes() {
        let published = doc(
            json!({"properties": {
                "type": {"type": "string", "enum": ["a.b"]},
                "data": {"type": "object", "description": "Published data.", "properties": {
                    "a": {"type": "string", "description": "Published a."},
                    "b": {"type": "string"},
                    "kind": {"type": "string", "enum": ["x", "y"]},
                    "old": {"type": "string", "deprecated": true}}}}}),
            hook(),
        );
        let sdk = doc(
            json!({"properties": {
                "type": {"type": "string", "enum": ["a.b"]},
                "data": {"anyOf": [
                    {"type": "object", "properties": {
                        "a": {"type": "string", "description": "SDK a."},
                        "kind": {"type": "string"},
                        "old": {"type": "string"}}},
                    {"type": "null"}]}}}),
            hook(),
        );
        let merged = merge(&published, &sdk).unwrap();
        let data = &merged["components"]["schemas"]["WebhookAB"]["properties"]["data"];
        assert_eq!(data["description"], "Published data.");
        assert_eq!(data["anyOf"][1], json!({"type": "null"}));
        let fields = &data["anyOf"][0]["properties"];
        assert_eq!(fields["a"]["description"], "Published a.");
        assert_eq!(fields["b"], json!({"type": "string"}));
        assert_eq!(
            fields["kind"]["anyOf"],
            json!([{"type": "string", "enum": ["x", "y"]}, {"type": "string"}])
        );
        assert_eq!(fields["old"]["deprecated"], true);
    }
}
