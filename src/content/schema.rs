//! The JSON Schema of the content format, generated from the model types, so editors (taplo,
//! Even Better TOML) can help authors while they type. The committed copy lives at
//! `schema/keuzekaart.schema.json`; a test keeps it equal to what this module generates.

use super::model::OptionGrid;

/// Where the schema is committed, relative to the repository root.
pub const SCHEMA_PATH: &str = "schema/keuzekaart.schema.json";

/// The JSON Schema of an option-grid file.
pub fn grid_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(OptionGrid).to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert(
            "$id".into(),
            "https://keuzehulp.invalid/schema/keuzekaart.schema.json".into(),
        );
    }
    schema
}

/// The schema as the committed file holds it: pretty JSON ending in a newline.
pub fn grid_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&grid_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// A TOML document as JSON, the way editors validate TOML against a JSON Schema: dates and
/// times become strings. `None` when the text is not valid TOML.
pub fn toml_to_json(text: &str) -> Option<serde_json::Value> {
    text.parse::<toml::Table>()
        .ok()
        .map(|table| value_to_json(toml::Value::Table(table)))
}

fn value_to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(value_to_json).collect()),
        toml::Value::Table(table) => J::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, value_to_json(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regenerate with `keuzekaart schema schema/keuzekaart.schema.json`.
    #[test]
    fn committed_schema_equals_generated_schema() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == grid_schema_text(),
            "{SCHEMA_PATH} is out of date: run `cargo run --bin keuzekaart -- schema {SCHEMA_PATH}`"
        );
    }

    #[test]
    fn toml_dates_become_strings() {
        let json = toml_to_json("a = 2026-11-22\nb = [1, 2.5, true]").expect("toml");
        assert_eq!(
            json,
            serde_json::json!({"a": "2026-11-22", "b": [1, 2.5, true]})
        );
        assert_eq!(toml_to_json("a = = 1"), None);
    }
}
