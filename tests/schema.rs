//! The committed JSON Schema accepts every built-in grid (and the worked example of
//! docs/authoring.md), and rejects documents that break the format.

use keuzehulp::content::schema::{grid_schema, toml_to_json, SCHEMA_PATH};
use keuzehulp::library::Library;

/// The worked example that docs/authoring.md walks through.
const WORKED_EXAMPLE: &str = "assets/content/knie.toml";

fn committed_validator() -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    let text = std::fs::read_to_string(path).expect("committed schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    assert_eq!(schema, grid_schema(), "committed schema is out of date");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let json = toml_to_json(text).expect("valid TOML");
    validator
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_builtin_grid_validates_against_the_schema() {
    let validator = committed_validator();
    for (name, text) in Library::builtin_files() {
        let found = errors(&validator, text);
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

#[test]
fn worked_example_validates_and_starts_with_the_schema_directive() {
    let validator = committed_validator();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(WORKED_EXAMPLE);
    let text = std::fs::read_to_string(path).expect("worked example");
    assert!(text.starts_with("#:schema ../../schema/keuzekaart.schema.json\n"));
    assert_eq!(errors(&validator, &text), Vec::<String>::new());
}

#[test]
fn broken_documents_are_rejected_by_the_schema() {
    let validator = committed_validator();
    let (_, text) = Library::builtin_files()[0];
    let cases = [
        // An unknown key at the top.
        (format!("{text}\ncolour = \"red\"\n"), "colour"),
        // A number where text belongs.
        (
            text.replacen("version = \"", "version = 1\nold_version = \"", 1),
            "version",
        ),
        // A language code that is not two lower-case letters.
        (text.replacen("name.nl = ", "name.NL1 = ", 1), "NL1"),
        // A status outside the list.
        (
            text.replacen("status = \"example\"", "status = \"draft\"", 1),
            "draft",
        ),
    ];
    for (broken, needle) in cases {
        let found = errors(&validator, &broken);
        assert!(
            found.iter().any(|e| e.contains(needle)),
            "expected an error naming {needle:?}, got {found:#?}"
        );
    }
    // A required field left out.
    let without_id: String = text
        .lines()
        .filter(|l| !l.starts_with("id = "))
        .map(|l| format!("{l}\n"))
        .collect();
    let found = errors(&validator, &without_id);
    assert!(found.iter().any(|e| e.contains("\"id\"")), "{found:#?}");
}
