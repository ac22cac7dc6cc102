//! The committed snapshot of the generated code, so reviewers see what a spec change does to
//! the public API.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The library's build script, compiled here too so the snapshot is its exact output.
#[path = "../../build.rs"]
#[allow(dead_code)]
pub mod codegen;

pub const SNAPSHOT: &str = "tests/snapshots/generated_events.rs";
pub const SPEC: &str = "spec/openapi.webhooks.json";

/// What `build.rs` generates from `spec`, formatted.
pub fn render(spec: &Value) -> Result<String, String> {
    let code = codegen::generate(spec)?;
    let file = syn::parse_file(&code).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(format!(
        "// Snapshot of what build.rs generates from {SPEC}, formatted.\n\
         // Refresh with `cargo xtask snapshot` (`cargo xtask regen` does it too).\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// Rewrites the snapshot from the spec in `root`.
pub fn refresh(root: &Path) -> Result<PathBuf, String> {
    let spec = crate::files::read_json(&root.join(SPEC))?;
    let path = root.join(SNAPSHOT);
    crate::files::write_atomically(&path, render(&spec)?.as_bytes())?;
    Ok(path)
}

/// The lines that differ between two texts: the common head and tail are cut away.
pub fn diff(old: &str, new: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = format!("@@ line {} @@\n", head + 1);
    for line in &old[head..old.len() - tail] {
        out.push_str(&format!("-{line}\n"));
    }
    for line in &new[head..new.len() - tail] {
        out.push_str(&format!("+{line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails, with the diff, when build.rs output and the committed snapshot disagree.
    #[test]
    fn snapshot_matches_build_rs_output() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let spec = crate::files::read_json(&root.join(SPEC)).unwrap();
        let expected = render(&spec).unwrap();
        let committed = std::fs::read_to_string(root.join(SNAPSHOT)).unwrap_or_default();
        assert!(
            committed == expected,
            "{SNAPSHOT} is stale; run `cargo xtask snapshot` and review the change:\n{}",
            diff(&committed, &expected)
        );
    }

    /// Upstream's deprecations reach Rust: the event's struct and variant, and a field.
    #[test]
    fn deprecated_events_and_fields_get_the_attribute() {
        let spec = serde_json::json!({
            "webhooks": {"thing_done": {"post": {"deprecated": true, "requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/WebhookThingDone"}}}}}}},
            "components": {"schemas": {"WebhookThingDone": {
                "type": "object", "deprecated": true, "x-deprecation": "Deprecated: use `c.d`.",
                "required": ["id", "created_at", "type", "data"],
                "properties": {
                    "id": {"type": "string"}, "created_at": {"type": "integer"},
                    "type": {"type": "string", "enum": ["thing.done"]},
                    "data": {"type": "object", "properties": {
                        "old": {"type": "string", "deprecated": true, "description": "Deprecated: read `new`.\n\nMore."},
                        "new": {"type": "string"}}}}}}}
        });
        let code = render(&spec).unwrap_or_else(|e| panic!("{e}"));
        let attr = "#[deprecated(note = \"Deprecated: use `c.d`.\")]";
        assert!(
            code.contains(&format!("{attr}\npub struct ThingDoneWebhookEvent")),
            "{code}"
        );
        assert!(
            code.contains(&format!("{attr}\n    ThingDone(ThingDoneWebhookEvent)")),
            "{code}"
        );
        assert!(
            code.contains("#[deprecated(note = \"Deprecated: read `new`.\")]\n    pub old:"),
            "{code}"
        );
        // An event whose struct typify names otherwise (so its deprecations, and the union,
        // would miss it) is an error.
        let renamed = serde_json::to_string(&spec)
            .unwrap()
            .replace("thing.done", "a.b")
            .replace("thing_done", "a_b")
            .replace("WebhookThingDone", "WebhookAB");
        let error = render(&serde_json::from_str(&renamed).unwrap()).unwrap_err();
        assert!(
            error.contains("typify did not name the struct of `a.b`"),
            "{error}"
        );
    }

    /// A spec of events named `(type, data properties, extra event properties)`.
    fn spec_of(events: &[(&str, serde_json::Value, serde_json::Value)]) -> serde_json::Value {
        let mut spec = serde_json::json!({"webhooks": {}, "components": {"schemas": {}}});
        for (i, (event_type, data, extra)) in events.iter().enumerate() {
            let name = format!("WebhookE{i}");
            spec["webhooks"][format!("e{i}")] = serde_json::json!({"post": {"requestBody": {
                "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}}}}});
            let mut schema = serde_json::json!({
                "type": "object", "required": ["id", "created_at", "type"],
                "properties": {
                    "id": {"type": "string"}, "created_at": {"type": "integer"},
                    "type": {"type": "string", "enum": [event_type]},
                    "data": {"type": "object", "properties": data}}});
            for (key, value) in extra.as_object().into_iter().flatten() {
                schema["properties"][key] = value.clone();
            }
            spec["components"]["schemas"][name] = schema;
        }
        spec
    }

    fn object(value: &str) -> serde_json::Value {
        serde_json::json!({"object": {"type": "string", "enum": [value], "description": "d"}})
    }

    /// Every event's `object` is one closed type; an event that disagrees is an error naming
    /// it, never a silent change of every event's field.
    #[test]
    fn event_object_is_shared_or_the_build_says_which_event_differs() {
        let none = serde_json::json!({});
        let ok = spec_of(&[
            ("a.one", none.clone(), object("event")),
            ("a.two", none.clone(), none.clone()),
        ]);
        let code = render(&ok).unwrap();
        assert!(
            code.contains("pub object: ::std::option::Option<EventObject>"),
            "{code}"
        );
        assert!(code.contains("pub enum EventObject"));
        let bad = spec_of(&[
            ("a.one", none.clone(), object("event")),
            ("a.two", none, object("thing")),
        ]);
        let error = render(&bad).unwrap_err();
        assert!(error.contains("event `a.two` declares `object`"), "{error}");
    }

    /// Names that cannot be public identifiers as they are: errors, or fixed escapes.
    #[test]
    fn collisions_and_reserved_words_are_errors_or_fixed_escapes() {
        let none = serde_json::json!({});
        let error = render(&spec_of(&[("unknown", none.clone(), none.clone())])).unwrap_err();
        assert!(error.contains("variant `Unknown`"), "{error}");
        let error = render(&spec_of(&[("unparsed", none.clone(), none.clone())])).unwrap_err();
        assert!(error.contains("variant `Unparsed`"), "{error}");

        let values =
            |v: serde_json::Value| serde_json::json!({"kind": {"type": "string", "enum": v}});
        let code = render(&spec_of(&[(
            "a.one",
            values(serde_json::json!(["self", "unknown", "in_progress", ""])),
            none.clone(),
        )]))
        .unwrap();
        for variant in [
            "SelfValue,",
            "UnknownValue,",
            "InProgress,",
            "Empty,",
            "Unknown(String)",
        ] {
            assert!(code.contains(variant), "no {variant} in {code}");
        }
        let error = render(&spec_of(&[(
            "a.one",
            values(serde_json::json!(["in_progress", "in-progress"])),
            none.clone(),
        )]))
        .unwrap_err();
        assert!(
            error.contains("would both be the variant `InProgress`"),
            "{error}"
        );

        // `data_kind` on the event and `kind` inside `data` read the same in PascalCase.
        let error = render(&spec_of(&[(
            "a.one",
            values(serde_json::json!(["x"])),
            serde_json::json!({"data_kind": {"type": "string", "enum": ["y"]}}),
        )]))
        .unwrap_err();
        assert!(
            error.contains("both be named `AOneWebhookEventDataKind`"),
            "{error}"
        );
    }

    #[test]
    fn diff_shows_only_the_changed_lines() {
        let d = diff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
        assert_eq!(d, "@@ line 2 @@\n-b\n-c\n-d\n+B\n+c\n+d\n+e\n");
        let d = diff("a\nb\nc\n", "a\nx\nc\n");
        assert_eq!(d, "@@ line 2 @@\n-b\n+x\n");
    }
}
