//! The session for the health record, as a FHIR R4 `Bundle` of type `collection`.
//!
//! Entries: the minimal `Patient` (only the pseudonymous label), the `Questionnaire` of the
//! grid, the `QuestionnaireResponse` of the session, one `Goal` per aspect rated important,
//! and the printed summary as a `DocumentReference` when a PDF is given. Entries refer to
//! each other by their `urn:uuid:` full URLs.

use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::content::{OptionGrid, ReviewStatus};
use crate::language::Localizer;
use crate::session::{Choice, SessionState, SureItem, MAX_IMPORTANCE};
use crate::view::pick;

use super::{aspect_name, aspects, importance_words, sure_message, SummaryContext};

/// Canonical URLs of our questionnaires start with this, followed by the grid id.
pub const QUESTIONNAIRE_BASE: &str = "urn:keuzehulp:questionnaire:";
/// The code system of the answers to the choice item: option ids and the two other choices.
pub const CHOICE_SYSTEM_BASE: &str = "urn:keuzehulp:choice:";
/// The identifier system of the pseudonymous patient label.
pub const PSEUDONYM_SYSTEM: &str = "urn:keuzehulp:pseudonym";
/// Importance from which an aspect becomes a `Goal`.
pub const GOAL_FROM: u8 = 3;

/// Link id of the choice item.
pub const CHOICE_ITEM: &str = "choice";
/// Link id of the note item.
pub const NOTE_ITEM: &str = "note";
/// Code of "I want to think about it".
pub const THINK_ABOUT_IT: &str = "think-about-it";
/// Code of "I want to decide together".
pub const DECIDE_TOGETHER: &str = "decide-together";

/// Link id of the "matters to me" item of a row.
pub fn row_item(question: &str) -> String {
    format!("row-{question}")
}

/// Link id of the importance item of an aspect.
pub fn importance_item(aspect: &str) -> String {
    format!("importance-{aspect}")
}

/// Link id of a SURE item.
pub fn sure_item(item: SureItem) -> String {
    let name = match item {
        SureItem::Sure => "sure",
        SureItem::Understand => "understand",
        SureItem::Values => "values",
        SureItem::Support => "support",
    };
    format!("sure-{name}")
}

/// The session as a FHIR R4 collection bundle. Ids in the session that the grid does not
/// have are left out (use [`super::check_state`] first to refuse them).
pub fn fhir_bundle(
    grid: &OptionGrid,
    state: &SessionState,
    ctx: &SummaryContext,
    l10n: &Localizer,
    pdf: Option<&[u8]>,
) -> Value {
    let uuid = |kind: &str| urn_uuid(ctx, &grid.id, kind);
    let patient_url = uuid("patient");
    let questionnaire_url = uuid("questionnaire");
    let response_url = uuid("questionnaire-response");
    let authored = ctx
        .session_started
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let subject = json!({ "reference": patient_url, "display": ctx.patient_label });

    let mut entries = vec![
        entry(
            &patient_url,
            json!({
                "resourceType": "Patient",
                "identifier": [{ "system": PSEUDONYM_SYSTEM, "value": ctx.patient_label }],
            }),
        ),
        entry(&questionnaire_url, questionnaire(grid, l10n)),
        entry(
            &response_url,
            json!({
                "resourceType": "QuestionnaireResponse",
                "questionnaire": format!("{}|{}", canonical(grid), grid.version),
                "status": if state.choice.is_some() { "completed" } else { "in-progress" },
                "subject": subject,
                "authored": authored,
                "author": subject,
                "source": subject,
                "item": answers(grid, state, l10n),
            }),
        ),
    ];

    for aspect in aspects(grid) {
        let Some(&importance) = state.importance.get(aspect) else {
            continue;
        };
        if importance < GOAL_FROM {
            continue;
        }
        let name = aspect_name(grid, aspect, l10n.language()).unwrap_or_default();
        let goal_url = uuid(&format!("goal-{aspect}"));
        entries.push(entry(
            &goal_url,
            json!({
                "resourceType": "Goal",
                "lifecycleStatus": "proposed",
                "priority": {
                    "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/goal-priority",
                        "code": if importance >= MAX_IMPORTANCE { "high-priority" } else { "medium-priority" },
                    }],
                    "text": importance_words(importance, l10n),
                },
                "description": {
                    "text": l10n.format("export-fhir-goal", &[
                        ("aspect", name),
                        ("importance", importance_words(importance, l10n)),
                    ]),
                },
                "subject": subject,
                "expressedBy": subject,
                "startDate": ctx.session_started.format("%Y-%m-%d").to_string(),
            }),
        ));
    }

    if let Some(pdf) = pdf {
        let title = l10n.format(
            "export-fhir-document-title",
            &[(
                "question",
                pick(&grid.decision.question, l10n.language(), grid),
            )],
        );
        entries.push(entry(
            &uuid("document-reference"),
            json!({
                "resourceType": "DocumentReference",
                "status": "current",
                "type": { "text": l10n.text("export-title") },
                "subject": subject,
                "date": authored,
                "description": title,
                "content": [{
                    "attachment": {
                        "contentType": "application/pdf",
                        "language": l10n.language().code(),
                        "data": base64::engine::general_purpose::STANDARD.encode(pdf),
                        "title": title,
                        "creation": authored,
                    },
                }],
                "context": { "related": [{ "reference": response_url }] },
            }),
        ));
    }

    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": authored,
        "entry": entries.into_iter().map(strip_nulls).collect::<Vec<_>>(),
    })
}

/// The canonical URL of a grid's questionnaire.
pub fn canonical(grid: &OptionGrid) -> String {
    format!("{QUESTIONNAIRE_BASE}{}", grid.id)
}

fn entry(full_url: &str, resource: Value) -> Value {
    json!({ "fullUrl": full_url, "resource": resource })
}

/// FHIR forbids `null`; optional fields that are absent are left out.
fn strip_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(strip_nulls).collect()),
        other => other,
    }
}

/// A stable `urn:uuid:` for one resource of one session: a name-based UUID (version 8, from
/// SHA-256) of the session facts and the resource kind.
fn urn_uuid(ctx: &SummaryContext, grid: &str, kind: &str) -> String {
    let mut hash = Sha256::new();
    for part in [
        ctx.patient_label.as_str(),
        &ctx.session_started.to_rfc3339(),
        &ctx.content_sha256,
        grid,
        kind,
    ] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn questionnaire(grid: &OptionGrid, l10n: &Localizer) -> Value {
    let language = l10n.language();
    let text = |t| pick(t, language, grid);
    let mut items = Vec::new();
    for q in &grid.questions {
        items.push(json!({
            "linkId": row_item(&q.id),
            "text": l10n.format("export-fhir-row-item", &[("question", text(&q.text))]),
            "type": "boolean",
        }));
    }
    for aspect in aspects(grid) {
        items.push(json!({
            "linkId": importance_item(aspect),
            "text": l10n.format("export-fhir-importance-item", &[
                ("aspect", aspect_name(grid, aspect, language).unwrap_or_default()),
            ]),
            "type": "integer",
            "extension": [
                { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0 },
                { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": MAX_IMPORTANCE },
            ],
        }));
    }
    items.push(json!({
        "linkId": NOTE_ITEM,
        "text": l10n.text("export-fhir-note-item"),
        "type": "text",
    }));
    let system = format!("{CHOICE_SYSTEM_BASE}{}", grid.id);
    let mut options: Vec<Value> = grid
        .options
        .iter()
        .map(|o| json!({ "valueCoding": { "system": system, "code": o.id, "display": text(&o.name) } }))
        .collect();
    for (code, id) in [
        (THINK_ABOUT_IT, "export-fhir-choice-think"),
        (DECIDE_TOGETHER, "export-fhir-choice-together"),
    ] {
        options.push(
            json!({ "valueCoding": { "system": system, "code": code, "display": l10n.text(id) } }),
        );
    }
    items.push(json!({
        "linkId": CHOICE_ITEM,
        "text": l10n.text("export-fhir-choice-item"),
        "type": "choice",
        "answerOption": options,
    }));
    for item in SureItem::ALL {
        items.push(json!({
            "linkId": sure_item(item),
            "text": l10n.text(sure_message(item)),
            "type": "boolean",
        }));
    }
    json!({
        "resourceType": "Questionnaire",
        "url": canonical(grid),
        "version": grid.version,
        "name": computable_name(&grid.id),
        "title": text(&grid.decision.question),
        "status": if grid.status == ReviewStatus::Reviewed { "active" } else { "draft" },
        "subjectType": ["Patient"],
        "date": grid.publication.published.to_string(),
        "publisher": grid.publication.group,
        "language": language.code(),
        "item": items,
    })
}

/// `liesbreuk` → `Keuzehulp_liesbreuk`: a name as FHIR wants it (letters, digits, `_`).
fn computable_name(id: &str) -> String {
    let tail: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("Keuzehulp_{tail}")
}

fn answers(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> Vec<Value> {
    let language = l10n.language();
    let mut items = Vec::new();
    for q in &grid.questions {
        items.push(json!({
            "linkId": row_item(&q.id),
            "answer": [{ "valueBoolean": state.marked_rows.contains(&q.id) }],
        }));
    }
    for aspect in aspects(grid) {
        if let Some(importance) = state.importance.get(aspect) {
            items.push(json!({
                "linkId": importance_item(aspect),
                "answer": [{ "valueInteger": importance }],
            }));
        }
    }
    if !state.note.trim().is_empty() {
        items.push(json!({ "linkId": NOTE_ITEM, "answer": [{ "valueString": state.note }] }));
    }
    let system = format!("{CHOICE_SYSTEM_BASE}{}", grid.id);
    let coding = match &state.choice {
        Some(Choice::Option(id)) => grid.options.iter().find(|o| &o.id == id).map(
            |o| json!({ "system": system, "code": o.id, "display": pick(&o.name, language, grid) }),
        ),
        Some(Choice::ThinkAboutIt) => Some(
            json!({ "system": system, "code": THINK_ABOUT_IT, "display": l10n.text("export-fhir-choice-think") }),
        ),
        Some(Choice::DecideTogether) => Some(
            json!({ "system": system, "code": DECIDE_TOGETHER, "display": l10n.text("export-fhir-choice-together") }),
        ),
        None => None,
    };
    if let Some(coding) = coding {
        items.push(json!({ "linkId": CHOICE_ITEM, "answer": [{ "valueCoding": coding }] }));
    }
    for item in SureItem::ALL {
        if let Some(yes) = state.sure.get(&item) {
            items.push(json!({ "linkId": sure_item(item), "answer": [{ "valueBoolean": yes }] }));
        }
    }
    items
}
