//! A session file back at the clinic: the answers given at home join the record, once each,
//! in one transaction; and what changed at home, as the clinician reads it.

use std::collections::BTreeSet;

use ed25519_dalek::SigningKey;
use serde::Serialize;

use super::format::{FileEvent, HomeFile};
use super::{check_patient, is_answer, known_grid, HomeFileError, Lookup};
use crate::content::OptionGrid;
use crate::export::{aspect_name, choice_sentence, importance_words, sure_message};
use crate::language::Localizer;
use crate::records::{HomeEvent, RecordsError, ReturningAnswer, SessionId, Store};
use crate::session::SessionEvent;

// Importing at the clinic

/// The answers a returning file added to the clinic's record.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The clinic's session.
    pub session: SessionId,
    /// The patient label.
    pub patient_label: String,
    /// The grid.
    pub grid: OptionGrid,
    /// Events added now, with the time they were given at home.
    pub added: Vec<FileEvent>,
    /// Home events that were already in the record (an earlier import).
    pub already: usize,
}

/// Import a file that comes back to the clinic that sealed it: check the seal, the patient,
/// the content and every answer, then append, in one transaction, the answers given at home
/// that the record does not hold yet. Nothing recorded before is changed; importing the same
/// file again adds nothing.
pub fn import_at_clinic(
    store: &mut Store,
    file: &HomeFile,
    key: &SigningKey,
    lookup: Lookup,
    chosen: Option<&str>,
) -> Result<Merged, HomeFileError> {
    file.check_seal(key)?;
    check_patient(file, chosen)?;
    let grid = known_grid(file, lookup)?;
    let ex = file.exported();
    let session = SessionId(ex.session);
    let summary = match store.session(session) {
        Ok(s) => s,
        Err(RecordsError::UnknownSession(_)) => {
            return Err(HomeFileError::UnknownSession(ex.session))
        }
        Err(e) => return Err(e.into()),
    };
    let patient = store.patient(summary.patient)?;
    if patient.label != ex.patient_label || summary.start.content_sha256 != ex.content_sha256 {
        return Err(HomeFileError::UnknownSession(ex.session));
    }
    let mut seen = BTreeSet::new();
    let mut added = Vec::new();
    let mut already = 0;
    for event in file.home_events() {
        if !seen.insert(event.id.as_str()) {
            continue;
        }
        if store.has_home_event(&event.id)? {
            already += 1;
        } else if is_answer(&event.event) {
            event.event.check(&grid).map_err(HomeFileError::Event)?;
            added.push(event.clone());
        }
    }
    let answers: Vec<ReturningAnswer> = added
        .iter()
        .map(|e: &FileEvent| ReturningAnswer {
            file_event_id: &e.id,
            home_recorded_at: e.recorded_at,
            event: &e.event,
        })
        .collect();
    store.add_home_answers(session, &ex.export_id, &answers)?;
    Ok(Merged {
        session,
        patient_label: ex.patient_label.clone(),
        grid,
        added,
        already,
    })
}

/// The events of `session` that came from home, in the order they were recorded.
pub fn home_events(store: &Store, session: SessionId) -> Result<Vec<HomeEvent>, HomeFileError> {
    Ok(store.home_events(session)?)
}

// ---------------------------------------------------------------------------------------
// The "what changed at home" view

/// One answer given at home, phrased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeLine {
    /// `row`, `importance`, `note`, `choice` or `sure`.
    pub kind: &'static str,
    /// When it was given at home, in local time.
    pub at: String,
    /// What was said, in words.
    pub text: String,
}

/// The screen after a file came back: what changed at home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeChangesScreen {
    /// The heading.
    pub heading: String,
    /// Whose session, which decision.
    pub intro: String,
    /// How many answers were added, or that the file was already read.
    pub status: String,
    /// The answers added, in the order given.
    pub changes: Vec<ChangeLine>,
    /// The clinic's session, to open it.
    pub session: SessionId,
    /// The label of the button that opens the session.
    pub open_label: String,
}

/// The view of what a returning file added.
pub fn home_changes_screen(merged: &Merged, l10n: &Localizer) -> HomeChangesScreen {
    let grid = &merged.grid;
    let language = l10n.language();
    let aspect = |id: &str| aspect_name(grid, id, language).unwrap_or_else(|| id.to_owned());
    let changes = merged
        .added
        .iter()
        .filter_map(|e| {
            let (kind, text) = match &e.event {
                SessionEvent::RowMarked { question, marked } => (
                    "row",
                    l10n.format(
                        if *marked {
                            "takehome-change-marked"
                        } else {
                            "takehome-change-unmarked"
                        },
                        &[("row", aspect(question))],
                    ),
                ),
                SessionEvent::ImportanceRated {
                    aspect: a,
                    importance,
                } => (
                    "importance",
                    l10n.format(
                        "takehome-change-importance",
                        &[
                            ("aspect", aspect(a)),
                            ("importance", importance_words(*importance, l10n)),
                        ],
                    ),
                ),
                SessionEvent::NoteWritten { text } => (
                    "note",
                    l10n.format("takehome-change-note", &[("note", text.as_str())]),
                ),
                SessionEvent::ChoiceMade { choice } => (
                    "choice",
                    l10n.format(
                        "takehome-change-choice",
                        &[("choice", choice_sentence(grid, Some(choice), l10n))],
                    ),
                ),
                SessionEvent::SureAnswered { item, yes } => (
                    "sure",
                    l10n.format(
                        "takehome-change-sure",
                        &[
                            ("question", l10n.text(sure_message(*item))),
                            (
                                "answer",
                                l10n.text(if *yes { "takehome-yes" } else { "takehome-no" }),
                            ),
                        ],
                    ),
                ),
                SessionEvent::ConsentGiven { shared } => (
                    "consent",
                    l10n.format(
                        "takehome-change-consent",
                        &[(
                            "answer",
                            l10n.text(if *shared {
                                "takehome-yes"
                            } else {
                                "takehome-no"
                            }),
                        )],
                    ),
                ),
                SessionEvent::ModeChosen { .. } | SessionEvent::StepOpened { .. } => return None,
            };
            let at = e
                .recorded_at
                .with_timezone(&chrono::Local)
                .format("%d-%m-%Y %H:%M")
                .to_string();
            Some(ChangeLine { kind, at, text })
        })
        .collect();
    let status = if merged.added.is_empty() && merged.already > 0 {
        l10n.text("takehome-status-already")
    } else if merged.added.is_empty() {
        l10n.text("takehome-status-nothing")
    } else {
        l10n.format(
            "takehome-status-added",
            &[("count", merged.added.len().to_string())],
        )
    };
    HomeChangesScreen {
        heading: l10n.text("takehome-changes-heading"),
        intro: l10n.format(
            "takehome-changes-intro",
            &[
                ("patient", merged.patient_label.clone()),
                (
                    "condition",
                    crate::view::pick(&grid.condition.name, language, grid),
                ),
            ],
        ),
        status,
        changes,
        session: merged.session,
        open_label: l10n.text("takehome-open-session"),
    }
}
