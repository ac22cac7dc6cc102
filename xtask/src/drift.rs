//! What changed between two webhook specs, in words a maintainer can act on.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

/// The differences between the vendored spec and a new one.
pub struct Summary {
    events: usize,
    added: Vec<String>,
    removed: Vec<String>,
    /// Event type → one line per difference, such as `+ data.foo (added: string)`.
    changes: BTreeMap<String, Vec<String>>,
    /// Differences outside the event schemas: webhook entries, shared schemas, `info`.
    elsewhere: Vec<String>,
    /// Set when the specs differ at all: what kind of change it is, overall.
    kind: Option<&'static str>,
}

impl Summary {
    pub fn report(&self) -> String {
        let mut out = String::new();
        let list = |v: &[String]| {
            if v.is_empty() {
                "none".to_owned()
            } else {
                v.join(", ")
            }
        };
        out.push_str(&format!("  events added: {}\n", list(&self.added)));
        out.push_str(&format!("  events removed: {}\n", list(&self.removed)));
        let sections = self
            .changes
            .iter()
            .map(|(event, lines)| (format!("changes in {event}"), lines))
            .chain(
                (!self.elsewhere.is_empty()).then(|| ("other changes".to_owned(), &self.elsewhere)),
            );
        for (title, lines) in sections {
            out.push_str(&format!("  {title}:\n"));
            for line in lines {
                out.push_str(&format!("    {line}\n"));
            }
        }
        if let Some(kind) = self.kind {
            out.push_str(&format!("  {kind}\n"));
        }
        out
    }
}

impl fmt::Display for Summary {
    /// The one-line form, for the no-drift case.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} events", self.events)
    }
}

pub fn summarize(old: Option<&Value>, new: &Value) -> Summary {
    let empty = Value::Null;
    let old = old.unwrap_or(&empty);
    let (before, after) = (events(old), events(new));
    let added: Vec<String> = after
        .keys()
        .filter(|t| !before.contains_key(*t))
        .cloned()
        .collect();
    let removed: Vec<String> = before
        .keys()
        .filter(|t| !after.contains_key(*t))
        .cloned()
        .collect();
    let mut changes = BTreeMap::new();
    for (event, (_, new_schema)) in &after {
        let Some((_, old_schema)) = before.get(event) else {
            continue;
        };
        let mut lines = Vec::new();
        diff(old_schema, new_schema, "", &mut lines);
        if !lines.is_empty() {
            changes.insert(event.clone(), lines);
        }
    }
    // Everything else: the documents without the event schemas of events in both.
    let without_events = |doc: &Value,
                          own: &BTreeMap<String, (String, Value)>,
                          other: &BTreeMap<String, (String, Value)>| {
        let mut doc = doc.clone();
        for (event, (name, _)) in own {
            if other.contains_key(event) {
                if let Some(schemas) = doc
                    .pointer_mut("/components/schemas")
                    .and_then(Value::as_object_mut)
                {
                    schemas.remove(name);
                }
            }
        }
        doc
    };
    let mut elsewhere = Vec::new();
    diff(
        &without_events(old, &before, &after),
        &without_events(new, &after, &before),
        "",
        &mut elsewhere,
    );
    // Added and removed events, their webhook entries and schemas, are listed above already.
    let schema_of = |t: &String| {
        after
            .get(t)
            .or_else(|| before.get(t))
            .map(|(name, _)| name.clone())
            .unwrap_or_default()
    };
    elsewhere.retain(|line| {
        !added.iter().chain(&removed).any(|t: &String| {
            let key = t.replace('.', "_");
            let schema = schema_of(t);
            [
                format!("webhooks.{key}"),
                format!("components.schemas.{schema}"),
            ]
            .iter()
            .any(|at| {
                line.contains(&format!("{at} "))
                    || line.contains(&format!("{at}."))
                    || line.contains(&format!("{at}:"))
            })
        })
    });
    let kind = if old == new {
        None
    } else if strip(old, &["description"]) == strip(new, &["description"]) {
        Some("only descriptions changed")
    } else if strip(old, &["description", "x-oaiMeta"]) == strip(new, &["description", "x-oaiMeta"])
    {
        Some("only descriptions and examples changed")
    } else {
        Some("not only descriptions changed")
    };
    Summary {
        events: after.len(),
        added,
        removed,
        changes,
        elsewhere,
        kind,
    }
}

/// The differences between the two upstream sources: the published document's webhook part
/// and the SDK's models in the same structure. Descriptions are compared without trailing
/// whitespace, and the SDK side borrows the published webhook entries of the events both
/// have (keeping its own `deprecated`), so only what the sources really disagree on shows.
pub fn compare_sources(published: &Value, sdk: &Value) -> Summary {
    let mut sdk_doc = published.clone();
    sdk_doc["components"] = sdk["components"].clone();
    sdk_doc["webhooks"] = sdk["webhooks"].clone();
    let published_events = events(published);
    for (event_type, (_, _)) in events(sdk) {
        if !published_events.contains_key(&event_type) {
            continue;
        }
        let key = event_type.replace('.', "_");
        if let Some(hook) = published["webhooks"].get(&key) {
            let deprecated = sdk["webhooks"][&key].pointer("/post/deprecated").cloned();
            sdk_doc["webhooks"][&key] = hook.clone();
            if let Some(flag) = deprecated {
                sdk_doc["webhooks"][&key]["post"]["deprecated"] = flag;
            }
        }
    }
    summarize(
        // The SDK has no examples: leave them out rather than list each as removed.
        Some(&trim_descriptions(&strip(
            published,
            &["x-oaiMeta", "example"],
        ))),
        &trim_descriptions(&strip(&sdk_doc, &["x-oaiMeta", "example"])),
    )
}

fn trim_descriptions(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| match (k.as_str(), v) {
                    ("description", Value::String(text)) => {
                        (k.clone(), Value::from(text.trim_end()))
                    }
                    _ => (k.clone(), trim_descriptions(v)),
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(trim_descriptions).collect()),
        other => other.clone(),
    }
}

/// Event type → (schema name, schema), following each webhook's `$ref`.
fn events(doc: &Value) -> BTreeMap<String, (String, Value)> {
    let mut out = BTreeMap::new();
    let Some(webhooks) = doc.get("webhooks").and_then(Value::as_object) else {
        return out;
    };
    for (key, hook) in webhooks {
        let name = hook
            .pointer("/post/requestBody/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .unwrap_or_default()
            .to_owned();
        let schema = doc
            .pointer("/components/schemas")
            .and_then(|s| s.get(&name))
            .cloned()
            .unwrap_or(Value::Null);
        let event_type = schema
            .pointer("/properties/type/enum/0")
            .and_then(Value::as_str)
            .map_or_else(|| key.clone(), str::to_owned);
        out.insert(event_type, (name, schema));
    }
    out
}

/// One line per difference between two schemas (or any JSON), named by field path:
/// fields added or removed, types, formats, titles, required lists, enum values,
/// descriptions, examples, and anything else by its key.
fn diff(old: &Value, new: &Value, at: &str, out: &mut Vec<String>) {
    if old == new {
        return;
    }
    let (Value::Object(old_map), Value::Object(new_map)) = (old, new) else {
        out.push(format!("~ {}: {} → {}", name(at), short(old), short(new)));
        return;
    };
    let keys: std::collections::BTreeSet<&String> = old_map.keys().chain(new_map.keys()).collect();
    for key in keys {
        let (o, n) = (old_map.get(key.as_str()), new_map.get(key.as_str()));
        if o == n {
            continue;
        }
        let (o, n) = (o.unwrap_or(&Value::Null), n.unwrap_or(&Value::Null));
        match key.as_str() {
            "properties" => properties(o, n, at, out),
            "items" => diff(o, n, &format!("{at}[]"), out),
            "required" | "enum" => {
                let what = if key == "enum" {
                    "enum values"
                } else {
                    "required"
                };
                match set_changes(o, n) {
                    // The order of `required` means nothing; an enum's names its variants.
                    (plus, minus) if plus.is_empty() && minus.is_empty() => {
                        if key == "enum" {
                            out.push(format!("~ order of the enum values of {}", name(at)));
                        }
                    }
                    (plus, minus) => out.push(format!("~ {what} of {}:{plus}{minus}", name(at))),
                }
            }
            "description" => out.push(format!("~ description of {} changed", name(at))),
            "x-oaiMeta" => {
                let (o_ex, n_ex) = (o.get("example"), n.get("example"));
                if o_ex != n_ex {
                    out.push(format!("~ example of {} changed", name(at)));
                }
                let strip_example = |v: &Value| strip(v, &["example"]);
                diff(
                    &strip_example(o),
                    &strip_example(n),
                    &join(at, "x-oaiMeta"),
                    out,
                );
            }
            "title" | "format" | "type" | "$ref" | "default" => out.push(format!(
                "~ {key} of {}: {} → {}",
                name(at),
                short(o),
                short(n)
            )),
            _ if o.is_object() && n.is_object() => diff(o, n, &join(at, key), out),
            _ => out.push(format!(
                "~ {}: {} → {}",
                name(&join(at, key)),
                short(o),
                short(n)
            )),
        }
    }
}

fn properties(old: &Value, new: &Value, at: &str, out: &mut Vec<String>) {
    let empty = Map::new();
    let old = old.as_object().unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    for (field, schema) in new {
        let path = join(at, field);
        match old.get(field) {
            None => out.push(format!("+ {path} (added: {})", kind(schema))),
            Some(before) => diff(before, schema, &path, out),
        }
    }
    for field in old.keys().filter(|f| !new.contains_key(*f)) {
        out.push(format!("- {} (removed)", join(at, field)));
    }
}

/// A field's JSON type, or its enum values, or the members of its `anyOf`/`oneOf`.
fn kind(schema: &Value) -> String {
    if let Some(values) = schema.get("enum") {
        return format!("enum {}", short(values));
    }
    if let Some(members) = schema.get("anyOf").or_else(|| schema.get("oneOf")) {
        let parts: Vec<String> = members.as_array().into_iter().flatten().map(kind).collect();
        return parts.join(" | ");
    }
    short(&schema["type"])
}

/// `" + a, b; - c"` for two JSON arrays taken as sets.
fn set_changes(old: &Value, new: &Value) -> (String, String) {
    let items = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(short).collect())
            .unwrap_or_default()
    };
    let (old, new) = (items(old), items(new));
    let plus: Vec<&String> = new.iter().filter(|v| !old.contains(v)).collect();
    let minus: Vec<&String> = old.iter().filter(|v| !new.contains(v)).collect();
    let part = |sign: &str, v: Vec<&String>| match v.is_empty() {
        true => String::new(),
        false => format!(
            " {sign} {}",
            v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        ),
    };
    (part("+", plus), part("-", minus))
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

/// The event itself for the empty path.
fn name(at: &str) -> &str {
    if at.is_empty() {
        "the event"
    } else {
        at
    }
}

/// Compact JSON, cut to a readable length.
fn short(value: &Value) -> String {
    let text = match value {
        Value::Null => "(none)".to_owned(),
        other => other.to_string(),
    };
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// A copy of `value` without the given keys, at any depth.
fn strip(value: &Value, keys: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !keys.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), strip(v, keys)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| strip(v, keys)).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(data: Value, description: &str) -> Value {
        json!({
            "webhooks": {"a_b": {"post": {"requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/WebhookAB"}}}}}}},
            "components": {"schemas": {"WebhookAB": {
                "description": description,
                "required": ["data"],
                "properties": {"type": {"enum": ["a.b"]}, "data": data}}}}
        })
    }

    #[test]
    fn field_level_changes() {
        let old = doc(
            json!({"type": "object", "properties": {"id": {"type": "string"}, "x": {"type": "string"}}}),
            "d",
        );
        let new = doc(
            json!({"type": "object", "properties": {"id": {"type": "integer"}, "y": {"type": "string"}}}),
            "d",
        );
        let report = summarize(Some(&old), &new).report();
        assert!(report.contains("changes in a.b:"), "{report}");
        assert!(report.contains("+ data.y (added: \"string\")"), "{report}");
        assert!(report.contains("- data.x (removed)"), "{report}");
        assert!(
            report.contains("~ type of data.id: \"string\" → \"integer\""),
            "{report}"
        );
        assert!(report.contains("not only descriptions changed"), "{report}");
    }

    #[test]
    fn description_only_changes() {
        let data = json!({"type": "object"});
        let report = summarize(Some(&doc(data.clone(), "old")), &doc(data, "new")).report();
        assert!(report.contains("only descriptions changed"), "{report}");
        assert!(
            report.contains("~ description of the event changed"),
            "{report}"
        );
    }

    #[test]
    fn every_kind_of_difference_is_named() {
        let old = doc(
            json!({"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string", "description": "a"},
                "at": {"type": "integer", "format": "unixtime"},
                "kind": {"type": "string", "enum": ["x", "y"]}}}),
            "d",
        );
        let mut new = doc(
            json!({"type": "object", "required": ["id", "at"], "properties": {
                "id": {"type": "string", "description": "b"},
                "at": {"type": "integer", "format": "int64"},
                "kind": {"type": "string", "enum": ["x", "z"]}}}),
            "d",
        );
        let schema = &mut new["components"]["schemas"]["WebhookAB"];
        schema["title"] = json!("a.b");
        schema["x-oaiMeta"] = json!({"example": "{}"});
        new["webhooks"]["a_b"]["post"]["description"] = json!("new words");
        let report = summarize(Some(&old), &new).report();
        for expected in [
            "~ description of data.id changed",
            "~ format of data.at: \"unixtime\" → \"int64\"",
            "~ required of data: + \"at\"",
            "~ enum values of data.kind: + \"z\" - \"y\"",
            "~ title of the event: (none) → \"a.b\"",
            "~ example of the event changed",
            "other changes:",
            "~ description of webhooks.a_b.post changed",
        ] {
            assert!(
                report.contains(expected),
                "missing `{expected}` in:\n{report}"
            );
        }
    }
}
