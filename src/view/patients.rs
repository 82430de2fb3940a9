//! The patients overview: every patient with their sessions, a read-only view of what was said
//! in a session, how a patient's preferences changed between sessions of the same decision,
//! and the files written when a patient takes their data along.
//!
//! Texts come phrased in the chosen language; grids are looked up through a function so the
//! same code serves built-in, opened and installed content.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Datelike, Local, Utc};
use serde::Serialize;

use crate::content::OptionGrid;
use crate::files::{self, Access};
use crate::language::Localizer;
use crate::library::Entry;
use crate::records::{PatientExport, PatientId, RecordsError, SessionId, SessionSummary, Store};
use crate::session::{Importance, Mode, SessionState};

use super::consultation::importance_text;
use super::consultation::{choice_text, step_message, summary_view, SummaryView};
use super::pick;
pub use crate::content::wording::aspect_text;

/// Finds the grid a session was held on, by id (`None` when it is no longer available).
pub type GridLookup<'a> = &'a dyn Fn(&str) -> Option<Arc<Entry>>;

/// One session in the overview.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SessionLine {
    /// The session's id, to continue or view it.
    pub id: SessionId,
    /// Name of the condition (the grid id when the grid is no longer available).
    pub condition: String,
    /// When it started, in the chosen language and local time.
    pub when: String,
    /// Consultation room or home, in words.
    pub mode: String,
    /// The step the session was last on, in words.
    pub step: String,
    /// The choice in words, or that there is none yet.
    pub choice: String,
    /// Whether the grid is available, so the session can be continued or viewed.
    pub available: bool,
    /// Whether its anonymous answers may go to the guideline group.
    pub shared: bool,
    /// That, in words.
    pub consent: String,
}

/// One cell of the preference history: the importance in one session.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HistoryCell {
    /// The importance in words ("Nog niet gekozen" when not rated).
    pub importance: String,
    /// Whether it differs from the session before.
    pub changed: bool,
}

/// One aspect in the preference history.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HistoryRow {
    /// The question (or outcome) text.
    pub aspect: String,
    /// One cell per session, oldest first.
    pub cells: Vec<HistoryCell>,
}

/// How a patient's preferences changed between sessions of one decision.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PreferenceHistory {
    /// Name of the condition.
    pub condition: String,
    /// The session dates, oldest first: the columns.
    pub dates: Vec<String>,
    /// The aspects rated in any of the sessions, in grid order.
    pub rows: Vec<HistoryRow>,
    /// "2 dingen zijn veranderd" or "Niets is veranderd".
    pub changes: String,
}

/// One patient in the overview.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientCard {
    /// The patient's id.
    pub id: PatientId,
    /// The pseudonymous label.
    pub label: String,
    /// "Geboren in 1956", when the birth year is known.
    pub birth_year: Option<String>,
    /// The sessions, newest first.
    pub sessions: Vec<SessionLine>,
    /// Per decision held more than once: how the preferences changed.
    pub history: Vec<PreferenceHistory>,
    /// The question asked before erasing, naming the label.
    pub erase_question: String,
    /// The button that erases, naming the label.
    pub erase_confirm: String,
}

/// The overview of all patients.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientsScreen {
    /// The patients, by label.
    pub patients: Vec<PatientCard>,
    /// The folder offered for saving a patient's data.
    pub export_folder: String,
}

/// What was said in one session, with no controls that record.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SessionReadOnly {
    /// The session.
    pub id: SessionId,
    /// Whose session.
    pub patient: String,
    /// Name of the condition.
    pub condition: String,
    /// The decision at stake.
    pub question: String,
    /// When it started.
    pub when: String,
    /// Consultation room or home.
    pub mode: String,
    /// Every rated aspect with its importance in words, in grid order.
    pub importance: Vec<String>,
    /// Marked rows, important aspects, note, choice, SURE.
    pub summary: SummaryView,
}

/// Message id of a mode's name.
fn mode_message(mode: Mode) -> &'static str {
    match mode {
        Mode::Consultation => "ui-mode-consultation",
        Mode::Home => "ui-mode-home",
    }
}

/// A time in the chosen language, in local time: "3 maart 2025, 14:05".
pub fn when_text(time: &DateTime<Utc>, l10n: &Localizer) -> String {
    let local = time.with_timezone(&Local);
    l10n.format(
        "patients-when",
        &[
            ("day", local.day().to_string()),
            ("month", local.month().to_string()),
            ("year", local.year().to_string()),
            ("time", local.format("%H:%M").to_string()),
        ],
    )
}

/// Aspect ids in grid order: questions, then outcomes, then ids the grid no longer has.
fn aspect_order<'a>(grid: &OptionGrid, ids: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut ids: Vec<String> = ids.into_iter().cloned().collect();
    ids.sort();
    ids.dedup();
    let rank = |id: &str| {
        grid.questions
            .iter()
            .position(|q| q.id == id)
            .or_else(|| {
                grid.outcomes
                    .iter()
                    .position(|o| o.id == id)
                    .map(|i| grid.questions.len() + i)
            })
            .unwrap_or(usize::MAX)
    };
    ids.sort_by_key(|id| rank(id));
    ids
}

fn session_line(
    summary: &SessionSummary,
    state: &SessionState,
    grid: Option<&OptionGrid>,
    l10n: &Localizer,
) -> SessionLine {
    SessionLine {
        id: summary.id,
        condition: grid
            .map(|g| pick(&g.condition.name, l10n.language(), g))
            .unwrap_or_else(|| summary.start.grid_id.clone()),
        when: when_text(&summary.started_at, l10n),
        mode: l10n.text(mode_message(state.mode)),
        step: l10n.text(step_message(state.step)),
        choice: match (&state.choice, grid) {
            (Some(choice), Some(grid)) => choice_text(grid, choice, l10n),
            _ => l10n.text("decision-none"),
        },
        available: grid.is_some(),
        shared: state.shared,
        consent: l10n.text(if state.shared {
            "patients-consent-yes"
        } else {
            "patients-consent-no"
        }),
    }
}

/// The preference history of one patient for one grid, when held in two sessions or more.
pub fn preference_history(
    store: &Store,
    patient: PatientId,
    grid: &OptionGrid,
    l10n: &Localizer,
) -> Result<Option<PreferenceHistory>, RecordsError> {
    let sessions = store.preference_history(patient, &grid.id)?;
    if sessions.len() < 2 {
        return Ok(None);
    }
    let ids = aspect_order(grid, sessions.iter().flat_map(|(_, r)| r.keys()));
    let mut changes = 0;
    let rows = ids
        .iter()
        .map(|id| {
            let mut before: Option<Option<Importance>> = None;
            let cells = sessions
                .iter()
                .map(|(_, ratings)| {
                    let now = ratings.get(id).copied();
                    let changed = before.is_some_and(|b| b != now);
                    changes += usize::from(changed);
                    before = Some(now);
                    HistoryCell {
                        importance: importance_text(now, l10n),
                        changed,
                    }
                })
                .collect();
            HistoryRow {
                aspect: aspect_text(grid, id, l10n),
                cells,
            }
        })
        .collect();
    Ok(Some(PreferenceHistory {
        condition: pick(&grid.condition.name, l10n.language(), grid),
        dates: sessions
            .iter()
            .map(|(s, _)| when_text(&s.started_at, l10n))
            .collect(),
        rows,
        changes: l10n.format(
            "patients-history-changes",
            &[("count", changes.to_string())],
        ),
    }))
}

/// The folder offered for saving a patient's data: `$HOME/Documents` when it exists, else
/// `$HOME`, else the current folder.
pub fn default_export_folder(home: Option<&Path>) -> PathBuf {
    match home {
        Some(home) if home.join("Documents").is_dir() => home.join("Documents"),
        Some(home) => home.to_owned(),
        None => PathBuf::from("."),
    }
}

/// Build the overview of every patient.
pub fn patients_screen(
    store: &Store,
    grids: GridLookup<'_>,
    export_folder: &Path,
    l10n: &Localizer,
) -> Result<PatientsScreen, RecordsError> {
    let mut patients = Vec::new();
    let mut all = store.patients()?;
    all.sort_by_key(|p| p.label.to_lowercase());
    for p in all {
        let summaries = store.sessions_of(p.id)?;
        let mut sessions = Vec::new();
        let mut grid_ids: Vec<String> = Vec::new();
        for s in summaries.iter().rev() {
            let state = store.session_state(s.id)?;
            let entry = grids(&s.start.grid_id);
            sessions.push(session_line(
                s,
                &state,
                entry.as_ref().map(|e| &e.grid),
                l10n,
            ));
            if !grid_ids.contains(&s.start.grid_id) {
                grid_ids.push(s.start.grid_id.clone());
            }
        }
        let mut history = Vec::new();
        for id in grid_ids {
            if let Some(entry) = grids(&id) {
                history.extend(preference_history(store, p.id, &entry.grid, l10n)?);
            }
        }
        patients.push(PatientCard {
            id: p.id,
            birth_year: p
                .birth_year
                .map(|y| l10n.format("patients-birth-year", &[("year", y.to_string())])),
            sessions,
            history,
            erase_question: l10n.format("patients-erase-question", &[("label", &p.label)]),
            erase_confirm: l10n.format("patients-erase-confirm", &[("label", &p.label)]),
            label: p.label,
        });
    }
    Ok(PatientsScreen {
        patients,
        export_folder: export_folder.display().to_string(),
    })
}

/// What was said in a session, for reading back.
pub fn session_read_only(
    store: &Store,
    session: SessionId,
    grid: &OptionGrid,
    l10n: &Localizer,
) -> Result<SessionReadOnly, RecordsError> {
    let summary = store.session(session)?;
    let patient = store.patient(summary.patient)?;
    let state = store.session_state(session)?;
    let importance = aspect_order(grid, state.importance.keys())
        .into_iter()
        .map(|id| {
            l10n.format(
                "aspect-importance",
                &[
                    (
                        "importance",
                        importance_text(state.importance.get(&id).copied(), l10n),
                    ),
                    ("aspect", aspect_text(grid, &id, l10n)),
                ],
            )
        })
        .collect();
    Ok(SessionReadOnly {
        id: session,
        patient: patient.label,
        condition: pick(&grid.condition.name, l10n.language(), grid),
        question: pick(&grid.decision.question, l10n.language(), grid),
        when: when_text(&summary.started_at, l10n),
        mode: l10n.text(mode_message(summary.start.mode)),
        importance,
        summary: summary_view(grid, &state, l10n),
    })
}

/// Why a patient's data could not be saved or erased.
#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    /// The records refused.
    #[error(transparent)]
    Records(#[from] RecordsError),
    /// The folder field is empty.
    #[error("no folder given")]
    NoFolder,
    /// The folder does not exist or is not a folder.
    #[error("{0} is not a folder")]
    NotAFolder(PathBuf),
    /// A file could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The label typed to confirm an erasure is not the patient's.
    #[error("the confirmation does not name this patient")]
    NotConfirmed,
}

impl PrivacyError {
    /// The problem in the chosen language.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            PrivacyError::Records(e) => e.message(l10n),
            PrivacyError::NoFolder => l10n.text("patients-error-no-folder"),
            PrivacyError::NotAFolder(path) => l10n.format(
                "patients-error-not-a-folder",
                &[("path", path.display().to_string())],
            ),
            PrivacyError::Write { path, source } => l10n.format(
                "patients-error-write",
                &[
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            PrivacyError::NotConfirmed => l10n.text("patients-error-not-confirmed"),
        }
    }
}

/// The files written for a patient.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportWritten {
    /// Full paths of the files.
    pub files: Vec<String>,
    /// "De gegevens staan in: …".
    pub message: String,
}

/// A label as part of a file name: letters, digits and dashes only.
fn file_stem(label: &str) -> String {
    let stem: String = label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "patient".to_owned()
    } else {
        stem.chars().take(40).collect()
    }
}

/// Write `text` to a new owner-only file `base.ext` in `folder`, else `base-2.ext`, and so on.
fn write_new(folder: &Path, base: &str, ext: &str, text: &str) -> Result<PathBuf, PrivacyError> {
    let name = format!("{base}.{ext}");
    files::write_numbered(folder, &name, text.as_bytes(), Access::Private).map_err(|source| {
        PrivacyError::Write {
            path: folder.join(name),
            source,
        }
    })
}

/// Save everything about a patient in `folder` (typed by the person: checked) as JSON and as
/// plain text, named after the label and today; files already there are never overwritten.
pub fn write_patient_export(
    store: &Store,
    patient: PatientId,
    folder: &str,
    grids: GridLookup<'_>,
    l10n: &Localizer,
) -> Result<ExportWritten, PrivacyError> {
    let folder = folder.trim();
    if folder.is_empty() {
        return Err(PrivacyError::NoFolder);
    }
    let folder = PathBuf::from(folder);
    if !folder.is_dir() {
        return Err(PrivacyError::NotAFolder(folder));
    }
    let export: PatientExport = store.export_patient(patient)?;
    let base = format!(
        "keuzehulp-{}-{}",
        file_stem(&export.patient.label),
        Local::now().format("%Y-%m-%d")
    );
    let json = write_new(&folder, &base, "json", &export.to_json())?;
    let text = write_new(&folder, &base, "txt", &export.to_text_with(l10n, grids))?;
    let files = vec![json.display().to_string(), text.display().to_string()];
    Ok(ExportWritten {
        message: l10n.format("patients-export-done", &[("files", files.join(", "))]),
        files,
    })
}

/// Erase a patient for good, when `confirm_label` is the patient's label.
pub fn erase_confirmed(
    store: &mut Store,
    patient: PatientId,
    confirm_label: &str,
) -> Result<(), PrivacyError> {
    if store.patient(patient)?.label != confirm_label.trim() {
        return Err(PrivacyError::NotConfirmed);
    }
    Ok(store.erase_patient(patient)?)
}

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::library::Library;
    use crate::records::SessionStart;
    use crate::session::{Choice, SessionEvent, Step, SureItem};

    fn library() -> Library {
        Library::builtin(chrono::Local::now().date_naive())
    }

    fn lookup(library: &Library) -> impl Fn(&str) -> Option<Arc<Entry>> + '_ {
        |id| library.get(id).cloned().map(Arc::new)
    }

    fn begin(store: &mut Store, patient: PatientId, entry: &Entry, mode: Mode) -> SessionId {
        store
            .start_session(patient, &SessionStart::pinned_to(entry, mode))
            .unwrap()
    }

    fn rate(store: &mut Store, session: SessionId, aspect: &str, importance: Importance) {
        let event = SessionEvent::ImportanceRated {
            aspect: aspect.to_owned(),
            importance,
        };
        store.record(session, &event).unwrap();
    }

    /// A store in a temp dir with one patient who held the hernia decision twice.
    fn two_sessions(dir: &Path) -> (Store, PatientId, SessionId, SessionId) {
        let library = library();
        let entry = library.get("liesbreuk").unwrap();
        let mut store = Store::open(dir).unwrap();
        let patient = store.add_patient("mw-A", Some(1956)).unwrap();
        let first = begin(&mut store, patient, entry, Mode::Consultation);
        rate(&mut store, first, "later-toch-operatie", 4);
        rate(&mut store, first, "vastzitten", 2);
        for event in [
            SessionEvent::RowMarked {
                question: "vastzitten".into(),
                marked: true,
            },
            SessionEvent::NoteWritten {
                text: "Ik fiets elke dag naar mijn werk.".into(),
            },
            SessionEvent::ChoiceMade {
                choice: Choice::Option("operatie".into()),
            },
            SessionEvent::SureAnswered {
                item: SureItem::Sure,
                yes: true,
            },
            SessionEvent::StepOpened {
                step: Step::Summary,
            },
        ] {
            store.record(first, &event).unwrap();
        }
        let second = begin(&mut store, patient, entry, Mode::Home);
        rate(&mut store, second, "later-toch-operatie", 4);
        rate(&mut store, second, "vastzitten", 4);
        (store, patient, first, second)
    }

    #[test]
    fn overview_lists_patients_with_sessions_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let (store, patient, first, second) = two_sessions(dir.path());
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let screen = patients_screen(&store, &lookup(&library), dir.path(), &l10n).unwrap();
        assert_eq!(screen.patients.len(), 1);
        let card = &screen.patients[0];
        assert_eq!(card.id, patient);
        assert_eq!(card.label, "mw-A");
        assert_eq!(card.birth_year.as_deref(), Some("Geboren in 1956"));
        assert!(card.erase_question.contains("mw-A"));
        // Newest first.
        let ids: Vec<_> = card.sessions.iter().map(|s| s.id).collect();
        assert_eq!(ids, [second, first]);
        let old = &card.sessions[1];
        assert_eq!(old.condition, "Liesbreuk");
        assert_eq!(old.mode, "In de spreekkamer");
        assert_eq!(old.step, "Samenvatting");
        assert_eq!(old.choice, "Operatie");
        assert!(old.available);
        let year = chrono::Local::now().year().to_string();
        assert!(old.when.contains(&year), "{}", old.when);
        let new = &card.sessions[0];
        assert_eq!(new.mode, "Thuis");
        assert_eq!(new.step, "Er is een keuze");
        assert_eq!(new.choice, l10n.text("decision-none"));
    }

    #[test]
    fn dates_are_phrased_in_the_chosen_language() {
        let time = DateTime::parse_from_rfc3339("2025-03-03T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let nl = when_text(&time, &Localizer::new(Language::Nl));
        let en = when_text(&time, &Localizer::new(Language::En));
        assert!(nl.contains("maart 2025"), "{nl}");
        assert!(en.contains("March 3, 2025"), "{en}");
    }

    #[test]
    fn history_shows_questions_and_marks_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let (store, patient, _, _) = two_sessions(dir.path());
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let grid = &library.get("liesbreuk").unwrap().grid;
        let history = preference_history(&store, patient, grid, &l10n)
            .unwrap()
            .unwrap();
        assert_eq!(history.dates.len(), 2);
        assert_eq!(history.rows.len(), 2);
        let later = &history.rows[0];
        assert_eq!(later.aspect, "Moet ik later toch geopereerd worden?");
        assert!(later.cells.iter().all(|c| !c.changed));
        assert_eq!(later.cells[1].importance, "Heel belangrijk");
        let stuck = &history.rows[1];
        assert_eq!(stuck.aspect, "Kan de breuk vast komen te zitten?");
        assert_eq!(stuck.cells[0].importance, "Redelijk belangrijk");
        assert_eq!(stuck.cells[1].importance, "Heel belangrijk");
        assert!(!stuck.cells[0].changed && stuck.cells[1].changed);
        assert_eq!(history.changes, "1 ding is veranderd.");
        // In the overview too; one session of a decision has no history.
        let screen = patients_screen(&store, &lookup(&library), dir.path(), &l10n).unwrap();
        assert_eq!(screen.patients[0].history, vec![history]);
    }

    #[test]
    fn read_only_view_shows_what_was_said() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _, first, _) = two_sessions(dir.path());
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let grid = &library.get("liesbreuk").unwrap().grid;
        let view = session_read_only(&store, first, grid, &l10n).unwrap();
        assert_eq!(view.patient, "mw-A");
        assert_eq!(view.condition, "Liesbreuk");
        assert_eq!(
            view.importance,
            [
                "Heel belangrijk: Moet ik later toch geopereerd worden?",
                "Redelijk belangrijk: Kan de breuk vast komen te zitten?"
            ]
        );
        assert_eq!(
            view.summary.note.as_deref(),
            Some("Ik fiets elke dag naar mijn werk.")
        );
        assert_eq!(view.summary.marked, ["Kan de breuk vast komen te zitten?"]);
        assert_eq!(view.summary.choice, "Operatie");
    }

    #[test]
    fn export_writes_json_and_text_with_question_texts() {
        let dir = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let (store, patient, _, _) = two_sessions(dir.path());
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let folder = out.path().to_str().unwrap();
        let written =
            write_patient_export(&store, patient, folder, &lookup(&library), &l10n).unwrap();
        assert_eq!(written.files.len(), 2);
        let json = std::fs::read_to_string(&written.files[0]).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["patient"]["label"], "mw-A");
        assert_eq!(value["sessions"].as_array().unwrap().len(), 2);
        let text = std::fs::read_to_string(&written.files[1]).unwrap();
        assert!(text.contains("Ik fiets elke dag naar mijn werk."), "{text}");
        assert!(
            text.contains("Kan de breuk vast komen te zitten?"),
            "{text}"
        );
        assert!(text.contains("Keuze: Operatie"), "{text}");
        assert!(written.files[0].contains("keuzehulp-mw-A-"));
        // A second export never overwrites the first.
        let again =
            write_patient_export(&store, patient, folder, &lookup(&library), &l10n).unwrap();
        assert_ne!(again.files, written.files);
        assert_eq!(std::fs::read_to_string(&written.files[0]).unwrap(), json);
    }

    #[test]
    fn export_refuses_a_missing_folder_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let (store, patient, _, _) = two_sessions(dir.path());
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let missing = dir.path().join("bestaat-niet");
        let e = write_patient_export(
            &store,
            patient,
            missing.to_str().unwrap(),
            &lookup(&library),
            &l10n,
        )
        .unwrap_err();
        assert!(
            e.message(&l10n).contains("bestaat-niet"),
            "{}",
            e.message(&l10n)
        );
        let e = write_patient_export(&store, patient, "  ", &lookup(&library), &l10n).unwrap_err();
        assert!(matches!(e, PrivacyError::NoFolder));
    }

    #[test]
    fn erasure_needs_the_label_and_then_removes_the_patient() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, patient, _, _) = two_sessions(dir.path());
        let e = erase_confirmed(&mut store, patient, "mw-B").unwrap_err();
        assert!(matches!(e, PrivacyError::NotConfirmed));
        assert_eq!(store.patients().unwrap().len(), 1);
        erase_confirmed(&mut store, patient, "mw-A").unwrap();
        assert!(store.patients().unwrap().is_empty());
        let library = library();
        let l10n = Localizer::new(Language::En);
        let screen = patients_screen(&store, &lookup(&library), dir.path(), &l10n).unwrap();
        assert!(screen.patients.is_empty());
    }

    #[test]
    fn a_session_on_a_grid_no_longer_there_is_listed_but_not_openable() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _, _, _) = two_sessions(dir.path());
        let l10n = Localizer::new(Language::Nl);
        let screen = patients_screen(&store, &|_| None, dir.path(), &l10n).unwrap();
        let line = &screen.patients[0].sessions[0];
        assert_eq!(line.condition, "liesbreuk");
        assert!(!line.available);
        assert!(screen.patients[0].history.is_empty());
    }

    #[test]
    fn export_folder_prefers_documents() {
        let home = tempfile::tempdir().unwrap();
        assert_eq!(default_export_folder(Some(home.path())), home.path());
        std::fs::create_dir(home.path().join("Documents")).unwrap();
        assert_eq!(
            default_export_folder(Some(home.path())),
            home.path().join("Documents")
        );
    }

    #[test]
    fn backups_are_taken_at_most_once_per_interval() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _, _, _) = two_sessions(dir.path());
        let interval = chrono::Duration::minutes(10);
        assert!(store.backup_if_due(interval).unwrap().is_some());
        assert!(store.backup_if_due(interval).unwrap().is_none());
        assert_eq!(Store::backups_in(dir.path()).unwrap().len(), 1);
        assert!(store
            .backup_if_due(chrono::Duration::zero())
            .unwrap()
            .is_some());
    }
}
