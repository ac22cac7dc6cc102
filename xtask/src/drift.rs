//! What changed between two webhook specs, in words a maintainer can act on.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

/// The differences between the vendored spec and a new one.
pub struct Summary {
    events: usize,
    added: Vec<String>,
    removed: Vec<String>,
    /// Event type → lines such as `+ data.foo` or `~ data.id: {…} → {…}`.
    fields: BTreeMap<String, Vec<String>>,
    /// Set when the specs differ in something other than event fields.
    other: Option<&'static str>,
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
        for (event, lines) in &self.fields {
            out.push_str(&format!("  fields of {event}:\n"));
            for line in lines {
                out.push_str(&format!("    {line}\n"));
            }
        }
        if let Some(other) = self.other {
            out.push_str(&format!("  {other}\n"));
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
    let added = after
        .keys()
        .filter(|t| !before.contains_key(*t))
        .cloned()
        .collect();
    let removed = before
        .keys()
        .filter(|t| !after.contains_key(*t))
        .cloned()
        .collect();
    let mut fields = BTreeMap::new();
    for (event, new_schema) in &after {
        let Some(old_schema) = before.get(event) else {
            continue;
        };
        let lines = field_changes(old_schema, new_schema);
        if !lines.is_empty() {
            fields.insert(event.clone(), lines);
        }
    }
    let other = if old == new {
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
        fields,
        other,
    }
}

/// Event type → its schema, following each webhook's `$ref`.
fn events(doc: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let Some(webhooks) = doc.get("webhooks").and_then(Value::as_object) else {
        return out;
    };
    for (key, hook) in webhooks {
        let schema = hook
            .pointer("/post/requestBody/content/application~1json/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .and_then(|name| doc.pointer("/components/schemas")?.get(name))
            .cloned()
            .unwrap_or(Value::Null);
        let event_type = schema
            .pointer("/properties/type/enum/0")
            .and_then(Value::as_str)
            .map_or_else(|| key.clone(), str::to_owned);
        out.insert(event_type, schema);
    }
    out
}

fn field_changes(old: &Value, new: &Value) -> Vec<String> {
    let (mut before, mut after) = (BTreeMap::new(), BTreeMap::new());
    flatten(old, "", &mut before);
    flatten(new, "", &mut after);
    let mut lines = Vec::new();
    for (path, shape) in &after {
        match before.get(path) {
            None => lines.push(format!("+ {path} (added)")),
            Some(old) if old != shape => lines.push(format!("~ {path}: {old} → {shape} (changed)")),
            Some(_) => {}
        }
    }
    for path in before.keys().filter(|p| !after.contains_key(*p)) {
        lines.push(format!("- {path} (removed)"));
    }
    lines
}

/// Field path (`data.sip_headers[].name`) → the field's own shape, without docs or children.
fn flatten(schema: &Value, prefix: &str, out: &mut BTreeMap<String, Value>) {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, property) in properties {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let mut shape = strip(property, &["description", "title", "x-oaiMeta"]);
        if let Some(map) = shape.as_object_mut() {
            map.remove("properties");
            map.remove("items");
            map.insert(
                "required".to_owned(),
                Value::Bool(required.contains(&name.as_str())),
            );
        }
        out.insert(path.clone(), shape);
        flatten(property, &path, out);
        if let Some(items) = property.get("items") {
            flatten(items, &format!("{path}[]"), out);
        }
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
        assert!(report.contains("fields of a.b:"), "{report}");
        assert!(report.contains("+ data.y (added)"), "{report}");
        assert!(report.contains("- data.x (removed)"), "{report}");
        assert!(report.contains("~ data.id:"), "{report}");
        assert!(report.contains("not only descriptions changed"), "{report}");
    }

    #[test]
    fn description_only_changes() {
        let data = json!({"type": "object"});
        let report = summarize(Some(&doc(data.clone(), "old")), &doc(data, "new")).report();
        assert!(report.contains("only descriptions changed"), "{report}");
        assert!(!report.contains("fields of"), "{report}");
    }
}
