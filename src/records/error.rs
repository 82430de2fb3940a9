//! What can go wrong with the records, as a typed error the app can show in the chosen
//! language ([`RecordsError::message`]).

use std::path::PathBuf;

use rusqlite::ErrorCode;

use super::{PatientId, SessionId};
use crate::language::Localizer;

/// What can go wrong with the records.
#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    /// SQLite reported an error not covered by a more specific variant.
    #[error("database: {0}")]
    Sqlite(rusqlite::Error),
    /// A file or directory could not be made, read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The database was written by a newer version of the program.
    #[error("database schema version {found} is newer than this program reads ({supported})")]
    NewerSchema {
        /// Version found in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// Another instance of the app has the database open.
    #[error("the database is in use by another instance (lock {lock})")]
    InUse {
        /// The lock file held by the other instance.
        lock: PathBuf,
    },
    /// The database cannot be written (read-only file, directory or medium).
    #[error("the database is read-only")]
    ReadOnly,
    /// The disk (or the database's size limit) is full; nothing was written.
    #[error("the disk is full")]
    DiskFull,
    /// The database file is damaged or not a database; it was left as it is.
    #[error("the database file is damaged or not a database")]
    Corrupt,
    /// A patient label is empty or only spaces.
    #[error("the patient label is empty")]
    EmptyLabel,
    /// A patient label is longer than allowed.
    #[error("the patient label has {chars} characters, at most {max} are allowed")]
    LabelTooLong {
        /// Characters in the label.
        chars: usize,
        /// The most allowed.
        max: usize,
    },
    /// A patient label looks like a citizen service number (BSN), which is not stored.
    #[error("the patient label looks like a citizen service number")]
    LabelLooksLikeBsn,
    /// Another patient already has this label.
    #[error("a patient with label {label:?} already exists")]
    DuplicateLabel {
        /// The label.
        label: String,
    },
    /// A birth year outside the allowed range.
    #[error("birth year {year} is not between {min} and {max}")]
    BirthYearOutOfRange {
        /// The year given.
        year: u16,
        /// Earliest allowed.
        min: u16,
        /// Latest allowed (this year).
        max: u16,
    },
    /// No patient with this id.
    #[error("no patient with id {}", .0 .0)]
    UnknownPatient(PatientId),
    /// No session with this id.
    #[error("no session with id {}", .0 .0)]
    UnknownSession(SessionId),
    /// A stored event could not be read back.
    #[error("event {id} cannot be read: {source}")]
    BadEvent {
        /// The event's row id.
        id: i64,
        /// Why.
        source: serde_json::Error,
    },
    /// An answer that does not fit the grid of its session; nothing was recorded.
    #[error("{0}")]
    Answer(crate::session::EventError),
    /// A file offered for restore is not a keuzehulp database.
    #[error("{path} is not a keuzehulp database")]
    NotABackup {
        /// The file.
        path: PathBuf,
    },
}

impl From<rusqlite::Error> for RecordsError {
    /// Classify SQLite's error codes into the cases the app explains to people.
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => RecordsError::DiskFull,
            Some(ErrorCode::ReadOnly) => RecordsError::ReadOnly,
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => RecordsError::Corrupt,
            _ => RecordsError::Sqlite(error),
        }
    }
}

impl RecordsError {
    /// The error in plain words, in the language of `l10n`.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            RecordsError::Sqlite(e) => {
                l10n.format("records-error-database", &[("reason", e.to_string())])
            }
            RecordsError::Io { path, source } => l10n.format(
                "records-error-io",
                &[
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            RecordsError::NewerSchema { found, supported } => l10n.format(
                "records-error-newer-schema",
                &[
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ],
            ),
            RecordsError::InUse { .. } => l10n.text("records-error-in-use"),
            RecordsError::ReadOnly => l10n.text("records-error-read-only"),
            RecordsError::DiskFull => l10n.text("records-error-disk-full"),
            RecordsError::Corrupt => l10n.text("records-error-corrupt"),
            RecordsError::EmptyLabel => l10n.text("records-error-empty-label"),
            RecordsError::LabelTooLong { chars, max } => l10n.format(
                "records-error-label-too-long",
                &[("chars", chars.to_string()), ("max", max.to_string())],
            ),
            RecordsError::LabelLooksLikeBsn => l10n.text("records-error-label-bsn"),
            RecordsError::DuplicateLabel { label } => {
                l10n.format("records-error-duplicate-label", &[("label", label)])
            }
            RecordsError::BirthYearOutOfRange { year, min, max } => l10n.format(
                "records-error-birth-year",
                &[
                    ("year", year.to_string()),
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                ],
            ),
            RecordsError::UnknownPatient(id) => {
                l10n.format("records-error-unknown-patient", &[("id", id.0.to_string())])
            }
            RecordsError::UnknownSession(id) => {
                l10n.format("records-error-unknown-session", &[("id", id.0.to_string())])
            }
            RecordsError::BadEvent { id, .. } => {
                l10n.format("records-error-bad-event", &[("id", id.to_string())])
            }
            RecordsError::Answer(e) => e.message(l10n),
            RecordsError::NotABackup { path } => l10n.format(
                "records-error-not-a-backup",
                &[("path", path.display().to_string())],
            ),
        }
    }
}
