//! "Take it home": the session as a file the patient takes home, continues in the app at
//! home, and brings back to the clinic, where the answers given at home join the record.
//!
//! Also the saving of all three exports (summary PDF, FHIR bundle, session file) to a folder
//! the person chooses ([`save_export`]).
//!
//! # The session file
//!
//! JSON, format [`FORMAT`] (layout, and why format 1 is refused, in [`format`]). The part the
//! clinic exported ([`Exported`]: patient label, grid id, content version and SHA-256, the
//! clinic's session, every recorded event with its time and an id, an export id) is sealed by
//! the clinic with an ed25519 signature over its exact bytes ([`HomeFile::sealed`]), made with
//! a key of this installation kept in the data directory ([`KEY_FILE`], mode 0600). The app at
//! home may only append events ([`HomeFile::append_home_events`], answers only: navigation
//! stays on the machine where it happened), which computes a SHA-256 digest over the whole
//! file anew.
//!
//! When the file comes back, the clinic checks its own signature over the exported part and
//! the digest over the whole file, and adds only the home events it does not have yet (by the
//! id each event carries), in one transaction, noting for each that it came from home and
//! when it was given there. Nothing recorded before is changed.
//!
//! ## What this protects against, and what not
//!
//! - It catches every change to what the clinic exported (the events of the consultation, the
//!   patient label, the content pinned): the signature no longer fits, and without the
//!   clinic's key nobody can make one that does.
//! - It catches damaged files (a cut-off download, a changed byte): the digest no longer fits.
//! - It does **not** prove who wrote the answers added at home. The digest has no secret: a
//!   patient (or anyone with the file) can change or forge the appended answers and compute a
//!   new digest. That is by design: those are the patient's own answers, and the clinic shows
//!   them as "given at home" so they are discussed, not taken as the consultation's record.
//! - It does not keep the file secret. It holds a pseudonymous label and answers, no name or
//!   citizen service number, but the patient should keep it like any other medical letter.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub mod format;
mod merge;
mod save;
mod seal;

use chrono::{DateTime, Utc};
use ed25519_dalek::SigningKey;

use crate::content::OptionGrid;
use crate::files::{self, Kind, ReadError};
use crate::language::Localizer;
use crate::records::{HomeOpening, RecordsError, SessionId, SessionStart, Store};
use crate::session::{EventError, Mode, SessionEvent};

pub use crate::records::HomeEvent;
use format::public_text;
pub use format::{digest_of, Exported, FileEvent, HomeFile, FORMAT, OLD_FORMAT};
pub use merge::{
    home_changes_screen, home_events, import_at_clinic, ChangeLine, HomeChangesScreen, Merged,
};
pub use save::{default_folder, file_name, save_export, ExportKind, Saved};
use seal::random_hex;
pub use seal::{installation_key, SealKey, KEY_FILE};

/// Why a session file, a save or an import failed.
#[derive(Debug, thiserror::Error)]
pub enum HomeFileError {
    /// The file is not JSON.
    #[error("line {line}, column {column}: {reason}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        reason: String,
    },
    /// A session file of format 1, which is not read any more (see [`format`]).
    #[error("format {OLD_FORMAT} is not read any more")]
    OldFormat,
    /// The format string is missing or not [`FORMAT`].
    #[error("unknown format {0:?}")]
    UnknownFormat(String),
    /// JSON, but not a session file of this format.
    #[error("line {line}, column {column}: {reason}")]
    Shape {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        reason: String,
    },
    /// The digest does not fit: the file was damaged or changed.
    #[error("the digest does not match")]
    Damaged,
    /// The clinic's signature does not fit what it exported.
    #[error("the seal does not match")]
    Tampered,
    /// The file was made for content this app does not have.
    #[error("content {grid} with SHA-256 {sha256} is not in this app")]
    UnknownContent {
        /// Grid id.
        grid: String,
        /// Content SHA-256.
        sha256: String,
    },
    /// The file belongs to another patient than the one chosen.
    #[error("file is for {file:?}, not {chosen:?}")]
    OtherPatient {
        /// Label in the file.
        file: String,
        /// Label chosen.
        chosen: String,
    },
    /// The clinic's session in the file is not (or no longer) in the records.
    #[error("session {0} is not in the records")]
    UnknownSession(i64),
    /// An answer in the file does not fit the grid.
    #[error("{0}")]
    Event(EventError),
    /// The folder to save in does not exist (or is not a folder).
    #[error("folder {0} does not exist")]
    FolderMissing(PathBuf),
    /// The folder cannot be written.
    #[error("folder {path} cannot be written: {reason}")]
    NotWritable {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The file cannot be read, or is too large.
    #[error("{0}")]
    Read(#[from] ReadError),
    /// The sealing key cannot be read or made.
    #[error("key {path}: {reason}")]
    Key {
        /// The key file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The PDF could not be made.
    #[error("{0}")]
    Export(super::ExportError),
    /// No file was named.
    #[error("no file named")]
    NoPath,
    /// No folder was named.
    #[error("no folder named")]
    NoFolder,
    /// The records failed.
    #[error("{0}")]
    Records(#[from] RecordsError),
}

impl HomeFileError {
    /// The problem in the reader's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let path = |p: &Path| p.display().to_string();
        match self {
            HomeFileError::Json {
                line,
                column,
                reason,
            } => l10n.format(
                "takehome-error-json",
                &[
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            HomeFileError::OldFormat => l10n.text("takehome-error-old-format"),
            HomeFileError::UnknownFormat(found) => l10n.format(
                "takehome-error-format",
                &[("found", found.as_str()), ("expected", FORMAT)],
            ),
            HomeFileError::Shape {
                line,
                column,
                reason,
            } => l10n.format(
                "takehome-error-shape",
                &[
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("reason", reason.clone()),
                ],
            ),
            HomeFileError::Damaged => l10n.text("takehome-error-damaged"),
            HomeFileError::Tampered => l10n.text("takehome-error-tampered"),
            HomeFileError::UnknownContent { grid, .. } => {
                l10n.format("takehome-error-content", &[("grid", grid)])
            }
            HomeFileError::OtherPatient { file, chosen } => l10n.format(
                "takehome-error-patient",
                &[("file", file), ("chosen", chosen)],
            ),
            HomeFileError::UnknownSession(_) => l10n.text("takehome-error-session"),
            HomeFileError::Event(e) => {
                l10n.format("takehome-error-event", &[("reason", e.message(l10n))])
            }
            HomeFileError::FolderMissing(p) => {
                l10n.format("takehome-error-folder-missing", &[("folder", path(p))])
            }
            HomeFileError::NotWritable { path: p, reason } => l10n.format(
                "takehome-error-folder-write",
                &[("folder", path(p)), ("reason", reason.clone())],
            ),
            HomeFileError::Read(e) => e.message(l10n),
            HomeFileError::Key { path: p, reason } => l10n.format(
                "takehome-error-key",
                &[("file", path(p)), ("reason", reason.clone())],
            ),
            HomeFileError::Export(e) => e.message(l10n),
            HomeFileError::NoPath => l10n.text("takehome-error-no-path"),
            HomeFileError::NoFolder => l10n.text("takehome-error-no-folder"),
            HomeFileError::Records(e) => e.message(l10n),
        }
    }
}

/// Look up a grid and its SHA-256 by grid id: what the app can show.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<(OptionGrid, String)>;

pub(super) fn known_grid(file: &HomeFile, lookup: Lookup) -> Result<OptionGrid, HomeFileError> {
    let ex = file.exported();
    match lookup(&ex.grid_id) {
        Some((grid, sha)) if sha == ex.content_sha256 => Ok(grid),
        _ => Err(HomeFileError::UnknownContent {
            grid: ex.grid_id.clone(),
            sha256: ex.content_sha256.clone(),
        }),
    }
}

pub(super) fn check_patient(file: &HomeFile, chosen: Option<&str>) -> Result<(), HomeFileError> {
    match chosen.map(str::trim).filter(|c| !c.is_empty()) {
        Some(chosen) if chosen != file.exported().patient_label => {
            Err(HomeFileError::OtherPatient {
                file: file.exported().patient_label.clone(),
                chosen: chosen.to_owned(),
            })
        }
        _ => Ok(()),
    }
}

/// Answers travel home and back; navigation (mode, step) stays where it happened.
pub(super) fn is_answer(event: &SessionEvent) -> bool {
    !matches!(
        event,
        SessionEvent::ModeChosen { .. } | SessionEvent::StepOpened { .. }
    )
}

// ---------------------------------------------------------------------------------------
// Exporting

/// The session file of `session`. A session that began here is exported fresh and sealed with
/// `key`; a session opened from a file is exported back: the file as it came, with the answers
/// given here appended and a new digest.
pub fn session_file(
    store: &Store,
    session: SessionId,
    key: &SigningKey,
    now: DateTime<Utc>,
) -> Result<HomeFile, HomeFileError> {
    if let Some(home) = store.home_session(session)? {
        let mut file = HomeFile::parse(&home.file)?;
        let present: BTreeSet<String> = file.home_events().iter().map(|e| e.id.clone()).collect();
        let mut new = Vec::new();
        for recorded in store.events(session)? {
            let id = format!("{}-{}", home.prefix, recorded.id);
            if recorded.id >= home.first_home_event
                && is_answer(&recorded.event)
                && !present.contains(&id)
            {
                new.push(FileEvent {
                    id,
                    recorded_at: recorded.recorded_at,
                    event: recorded.event,
                });
            }
        }
        file.append_home_events(new);
        return Ok(file);
    }
    let summary = store.session(session)?;
    let patient = store.patient(summary.patient)?;
    let events = store
        .events(session)?
        .into_iter()
        .map(|e| FileEvent {
            id: format!("clinic-{}", e.id),
            recorded_at: e.recorded_at,
            event: e.event,
        })
        .collect();
    let exported = Exported {
        export_id: random_hex(16)?,
        exported_at: now,
        sealed_by: public_text(key),
        patient_label: patient.label,
        grid_id: summary.start.grid_id,
        content_version: summary.start.content_version,
        content_sha256: summary.start.content_sha256,
        session: session.0,
        session_started: summary.started_at,
        events,
    };
    Ok(HomeFile::sealed(exported, key))
}

/// Whether `session` was opened from a session file (this is the app at home).
pub fn is_home_session(store: &Store, session: SessionId) -> Result<bool, HomeFileError> {
    Ok(store.home_session(session)?.is_some())
}

// ---------------------------------------------------------------------------------------
// Opening a file

/// What opening a session file did.
#[derive(Debug)]
pub enum Opened {
    /// At home: the session to continue.
    Home {
        /// The local session.
        session: SessionId,
        /// Whether it was already here (the same file opened again).
        existing: bool,
    },
    /// At the clinic: the answers given at home, merged.
    Clinic(Box<Merged>),
}

/// The file at `path`, read and checked.
pub fn read_file(path: &Path) -> Result<HomeFile, HomeFileError> {
    if path.as_os_str().to_string_lossy().trim().is_empty() {
        return Err(HomeFileError::NoPath);
    }
    HomeFile::parse(&files::read_text_bounded(path, Kind::SessionFile)?)
}

/// Open a session file: at the clinic that sealed it, merge the answers given at home
/// ([`import_at_clinic`]); anywhere else, open it as a session at home ([`open_at_home`]).
/// `chosen` is the patient the person at the screen means, if they said.
pub fn open_file(
    store: &mut Store,
    file: &HomeFile,
    key: &SigningKey,
    lookup: Lookup,
    chosen: Option<&str>,
) -> Result<Opened, HomeFileError> {
    if file.sealed_by(key) {
        import_at_clinic(store, file, key, lookup, chosen).map(|m| Opened::Clinic(Box::new(m)))
    } else {
        open_at_home(store, file, lookup, chosen)
            .map(|(session, existing)| Opened::Home { session, existing })
    }
}

/// Open a session file at home: the patient and a home-mode session are made here when
/// missing, and the answers so far are replayed into it. Opening the same file again returns
/// the session already here.
pub fn open_at_home(
    store: &mut Store,
    file: &HomeFile,
    lookup: Lookup,
    chosen: Option<&str>,
) -> Result<(SessionId, bool), HomeFileError> {
    check_patient(file, chosen)?;
    let grid = known_grid(file, lookup)?;
    let ex = file.exported();
    let events: Vec<&SessionEvent> = ex
        .events
        .iter()
        .chain(file.home_events())
        .map(|e| &e.event)
        .filter(|e| is_answer(e))
        .collect();
    for event in &events {
        event.check(&grid).map_err(HomeFileError::Event)?;
    }
    let prefix = format!("home-{}", random_hex(8)?);
    let text = file.to_text();
    Ok(store.open_home_session(&HomeOpening {
        export_id: &ex.export_id,
        patient_label: &ex.patient_label,
        start: SessionStart {
            grid_id: ex.grid_id.clone(),
            content_version: ex.content_version.clone(),
            content_sha256: ex.content_sha256.clone(),
            mode: Mode::Home,
        },
        file: &text,
        prefix: &prefix,
        events,
    })?)
}

// ---------------------------------------------------------------------------------------
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_digits_and_dashes() {
        let date = DateTime::parse_from_rfc3339("2026-03-04T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            file_name("liesbreuk", " pat/12 ../x ", date, "samenvatting", "pdf"),
            "liesbreuk-pat-12-x-2026-03-04-samenvatting.pdf"
        );
        assert_eq!(
            file_name("knie", "", date, "sessie", "json"),
            "knie-2026-03-04-sessie.json"
        );
    }

    #[test]
    fn documents_first_then_home() {
        let home = tempfile::tempdir().unwrap();
        assert_eq!(
            default_folder(Some(home.path())).unwrap(),
            home.path().to_owned()
        );
        std::fs::create_dir(home.path().join("Documents")).unwrap();
        assert_eq!(
            default_folder(Some(home.path())).unwrap(),
            home.path().join("Documents")
        );
        assert_eq!(default_folder(None), None);
    }

    #[test]
    fn the_digest_covers_every_field_and_the_seal_only_the_export() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let other = SigningKey::from_bytes(&[8; 32]);
        let exported = Exported {
            export_id: "e1".into(),
            exported_at: Utc::now(),
            sealed_by: public_text(&key),
            patient_label: "pat-1".into(),
            grid_id: "liesbreuk".into(),
            content_version: "0.1.0".into(),
            content_sha256: "ab".into(),
            session: 1,
            session_started: Utc::now(),
            events: vec![],
        };
        let file = HomeFile::sealed(exported, &key);
        let parsed = HomeFile::parse(&file.to_text()).unwrap();
        assert_eq!(parsed, file);
        assert!(parsed.check_seal(&key).is_ok());
        assert!(parsed.sealed_by(&key) && !parsed.sealed_by(&other));
        assert!(matches!(
            parsed.check_seal(&other),
            Err(HomeFileError::Tampered)
        ));
        let mut appended = parsed.clone();
        appended.append_home_events([FileEvent {
            id: "h-1".into(),
            recorded_at: Utc::now(),
            event: SessionEvent::NoteWritten { text: "x".into() },
        }]);
        let appended = HomeFile::parse(&appended.to_text()).unwrap();
        assert!(
            appended.check_seal(&key).is_ok(),
            "appending keeps the seal"
        );
        assert_eq!(appended.home_events().len(), 1);
    }
}
