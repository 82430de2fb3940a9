//! The FHIR export of real sessions, checked by an independent validator
//! (`tests/fhir/validate.py`, on the `fhir.resources` models of the specification).

mod common;

use std::path::Path;
use std::process::Command;

use base64::Engine;
use keuzehulp::export::{fhir_bundle, summary_pdf};
use keuzehulp::language::{Language, Localizer};
use keuzehulp::session::{Choice, SessionState};
use serde_json::Value;

/// Run the validator on `bundle`; `None` when python3 is not installed.
fn validate(bundle: &Value) -> Option<(i32, String)> {
    if !common::tool("python3", "python3") {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bundle.json");
    std::fs::write(&path, serde_json::to_vec_pretty(bundle).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fhir/validate.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // 3: python3 runs but the fhir.resources models are missing; never a pass.
    assert_ne!(out.status.code(), Some(3), "{stderr}");
    Some((out.status.code().unwrap_or(-1), stderr))
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

fn liesbreuk_bundle() -> (Value, Vec<u8>, SessionState) {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::Option(grid.options[0].id.clone()));
    let ctx = common::context(&grid);
    let l10n = Localizer::new(Language::Nl);
    let pdf = summary_pdf(&grid, &state, &ctx, &l10n).unwrap();
    (
        fhir_bundle(&grid, &state, &ctx, &l10n, Some(&pdf)),
        pdf,
        state,
    )
}

#[test]
fn bundles_of_two_real_grids_pass_the_fhir_validator() {
    let (liesbreuk, _, _) = liesbreuk_bundle();
    let knie = common::grid("knie");
    let mut state = common::session(&knie, Choice::ThinkAboutIt);
    state.choice = None;
    let knie = fhir_bundle(
        &knie,
        &state,
        &common::context(&knie),
        &Localizer::new(Language::En),
        None,
    );
    for bundle in [liesbreuk, knie] {
        if let Some((code, stderr)) = validate(&bundle) {
            assert_eq!(code, 0, "validator refused the bundle:\n{stderr}");
        }
    }
}

#[test]
fn the_validator_rejects_a_response_without_status() {
    let (mut bundle, _, _) = liesbreuk_bundle();
    let entries = bundle["entry"].as_array_mut().unwrap();
    let response = entries
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse")
        .unwrap();
    response["resource"]
        .as_object_mut()
        .unwrap()
        .remove("status");
    if let Some((code, stderr)) = validate(&bundle) {
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("status"), "{stderr}");
    }
}

#[test]
fn the_validator_rejects_a_reference_that_does_not_resolve() {
    let (mut bundle, _, _) = liesbreuk_bundle();
    let entries = bundle["entry"].as_array_mut().unwrap();
    let goal = entries
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "Goal")
        .unwrap();
    goal["resource"]["subject"]["reference"] =
        "urn:uuid:00000000-0000-8000-8000-000000000000".into();
    if let Some((code, stderr)) = validate(&bundle) {
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("does not resolve"), "{stderr}");
    }
}

#[test]
fn the_bundle_holds_the_session() {
    let (bundle, pdf, state) = liesbreuk_bundle();
    let grid = common::grid("liesbreuk");
    assert_eq!(bundle["type"], "collection");

    let patient = resources(&bundle, "Patient");
    assert_eq!(patient.len(), 1);
    let keys: Vec<_> = patient[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        ["identifier", "resourceType"],
        "no personal data beyond the label"
    );
    assert_eq!(patient[0]["identifier"][0]["value"], "Patiënt 7Q4K");

    let questionnaire = resources(&bundle, "Questionnaire")[0];
    let response = resources(&bundle, "QuestionnaireResponse")[0];
    assert_eq!(response["status"], "completed");
    assert_eq!(
        response["questionnaire"],
        format!(
            "{}|{}",
            questionnaire["url"].as_str().unwrap(),
            grid.version
        )
    );
    let items = questionnaire["item"].as_array().unwrap();
    let by_type = |t: &str| items.iter().filter(|i| i["type"] == t).count();
    assert_eq!(by_type("boolean"), grid.questions.len() + 4);
    assert_eq!(
        by_type("integer"),
        grid.questions.len() + grid.outcomes.len()
    );
    let choice = items.iter().find(|i| i["type"] == "choice").unwrap();
    assert_eq!(
        choice["answerOption"].as_array().unwrap().len(),
        grid.options.len() + 2
    );
    let answered = |link: &str| {
        response["item"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["linkId"] == link)
            .map(|i| i["answer"][0].clone())
    };
    assert_eq!(answered("note").unwrap()["valueString"], common::NOTE);
    assert_eq!(
        answered("choice").unwrap()["valueCoding"]["code"],
        grid.options[0].id
    );
    assert_eq!(answered("sure-support").unwrap()["valueBoolean"], false);

    let goals = resources(&bundle, "Goal");
    let important = state.importance.values().filter(|i| **i >= 3).count();
    assert!(important > 0);
    assert_eq!(goals.len(), important);
    for goal in goals {
        assert_eq!(goal["lifecycleStatus"], "proposed");
        assert!(!goal["description"]["text"].as_str().unwrap().is_empty());
    }

    let document = resources(&bundle, "DocumentReference")[0];
    assert_eq!(document["status"], "current");
    let attachment = &document["content"][0]["attachment"];
    assert_eq!(attachment["contentType"], "application/pdf");
    let data = base64::engine::general_purpose::STANDARD
        .decode(attachment["data"].as_str().unwrap())
        .unwrap();
    assert_eq!(data, pdf);
}

#[test]
fn without_a_choice_the_response_is_in_progress_and_no_document_is_attached() {
    let grid = common::grid("knie");
    let state = SessionState::default();
    let bundle = fhir_bundle(
        &grid,
        &state,
        &common::context(&grid),
        &Localizer::new(Language::En),
        None,
    );
    assert_eq!(
        resources(&bundle, "QuestionnaireResponse")[0]["status"],
        "in-progress"
    );
    assert!(resources(&bundle, "DocumentReference").is_empty());
    assert!(resources(&bundle, "Goal").is_empty());
}

#[test]
fn the_validator_rejects_unknown_elements_and_bad_codes() {
    let (bundle, _, _) = liesbreuk_bundle();
    let mut unknown = bundle.clone();
    let goal = unknown["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "Goal")
        .unwrap();
    goal["resource"]["colour"] = "blue".into();
    let mut bad_date = bundle.clone();
    bad_date["timestamp"] = "14 maart 2026".into();
    for broken in [unknown, bad_date] {
        if let Some((code, stderr)) = validate(&broken) {
            assert_eq!(code, 1, "{stderr}");
        }
    }
    // Keep one bundle for people to read.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("export-preview");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bundle-liesbreuk.json"),
        serde_json::to_vec_pretty(&bundle).unwrap(),
    )
    .unwrap();
}
