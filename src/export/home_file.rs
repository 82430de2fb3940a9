//! "Take it home": the session as a file the patient takes home, continues in the app at
//! home, and brings back to the clinic, where the answers given at home join the record.
//!
//! Also the saving of all three exports (summary PDF, FHIR bundle, session file) to a folder
//! the person chooses ([`save_export`]).
//!
//! # The session file
//!
//! JSON, format [`FORMAT`]. The part the clinic exported ([`Exported`]: patient label, grid
//! id, content version and SHA-256, the clinic's session, every recorded event with its time
//! and an id, an export id) is sealed by the clinic with an ed25519 signature
//! ([`HomeFile::seal`]), made with a key of this installation kept in the data directory
//! ([`KEY_FILE`], mode 0600). The app at home may only append events ([`HomeFile::home_events`],
//! answers only: navigation stays on the machine where it happened) and then seals the whole
//! file with a SHA-256 digest ([`HomeFile::digest`]).
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

use base64::Engine;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::records::{RecordsError, SessionId, SessionStart, Store};
use crate::session::{EventError, Mode, SessionEvent};

use super::{aspect_name, choice_sentence, importance_words, sure_message, SummaryContext};

/// The installation's sealing key.
pub use ed25519_dalek::SigningKey as SealKey;

/// The format of a session file this build writes and reads.
pub const FORMAT: &str = "keuzehulp-sessie/1";

/// The installation's sealing key, in the data directory.
pub const KEY_FILE: &str = "session-file-seal.key";

/// A session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// What the clinic exported, sealed by [`HomeFile::seal`].
    pub exported: Exported,
    /// The clinic's ed25519 signature over the canonical JSON of `exported`, base64.
    pub seal: String,
    /// Answers given at home, appended after the export.
    pub home_events: Vec<FileEvent>,
    /// SHA-256 (hex) of the canonical JSON of all the fields above.
    pub digest: String,
}

/// The part of a session file the clinic exported and sealed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exported {
    /// A random id of this export.
    pub export_id: String,
    /// When it was exported.
    pub exported_at: DateTime<Utc>,
    /// The public key (base64) of the installation that sealed it.
    pub sealed_by: String,
    /// The patient's pseudonymous label.
    pub patient_label: String,
    /// The grid's id.
    pub grid_id: String,
    /// The grid's content version.
    pub content_version: String,
    /// SHA-256 (hex) of the grid file.
    pub content_sha256: String,
    /// The clinic's session id.
    pub session: i64,
    /// When the session started.
    pub session_started: DateTime<Utc>,
    /// Every event of the session, in order.
    pub events: Vec<FileEvent>,
}

/// One event in a session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEvent {
    /// Unique in the file and across round trips: `clinic-<row>` or `<home prefix>-<row>`.
    pub id: String,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
    /// What happened.
    pub event: SessionEvent,
}

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
    /// The file cannot be read.
    #[error("{path}: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
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
            HomeFileError::Unreadable { path: p, reason } => l10n.format(
                "takehome-error-unreadable",
                &[("file", path(p)), ("reason", reason.clone())],
            ),
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

// ---------------------------------------------------------------------------------------
// The sealing key

/// The sealing key of the installation whose data directory is `dir`, made on first use
/// (32 random bytes, base64, file mode 0600).
pub fn installation_key(dir: &Path) -> Result<SigningKey, HomeFileError> {
    let path = dir.join(KEY_FILE);
    let fail = |reason: String| HomeFileError::Key {
        path: path.clone(),
        reason,
    };
    let b64 = base64::engine::general_purpose::STANDARD;
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let bytes = b64.decode(text.trim()).map_err(|e| fail(e.to_string()))?;
            let seed: [u8; 32] = bytes.try_into().map_err(|_| fail("not 32 bytes".into()))?;
            Ok(SigningKey::from_bytes(&seed))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| fail(e.to_string()))?;
            write_private(&path, b64.encode(seed).as_bytes()).map_err(|e| fail(e.to_string()))?;
            Ok(SigningKey::from_bytes(&seed))
        }
        Err(e) => Err(fail(e.to_string())),
    }
}

/// Write a new file readable by the owner only; never overwrites.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn random_hex(bytes: usize) -> Result<String, HomeFileError> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| HomeFileError::Key {
        path: PathBuf::new(),
        reason: e.to_string(),
    })?;
    Ok(hex(&buf))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn public_text(key: &SigningKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.verifying_key().to_bytes())
}

// ---------------------------------------------------------------------------------------
// Reading and sealing

/// The fields the digest covers, in order.
#[derive(Serialize)]
struct Digested<'a> {
    format: &'a str,
    exported: &'a Exported,
    seal: &'a str,
    home_events: &'a [FileEvent],
}

impl HomeFile {
    fn compute_digest(&self) -> String {
        let bytes = serde_json::to_vec(&Digested {
            format: &self.format,
            exported: &self.exported,
            seal: &self.seal,
            home_events: &self.home_events,
        })
        .expect("plain data serializes");
        hex(&Sha256::digest(bytes))
    }

    /// Compute the digest over the file as it now is (what the app at home does after
    /// appending; anyone can, which is why it only catches damage).
    pub fn reseal_digest(&mut self) {
        self.digest = self.compute_digest();
    }

    /// Read a session file: JSON (with line and column when broken), the format, the shape,
    /// and the digest. The clinic's seal is checked by [`import_at_clinic`].
    pub fn parse(text: &str) -> Result<HomeFile, HomeFileError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| HomeFileError::Json {
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            })?;
        let format = value.get("format").and_then(|f| f.as_str());
        if format != Some(FORMAT) {
            return Err(HomeFileError::UnknownFormat(format.map_or_else(
                || {
                    value
                        .get("format")
                        .map(|f| f.to_string())
                        .unwrap_or_default()
                },
                str::to_owned,
            )));
        }
        let file: HomeFile = serde_json::from_str(text).map_err(|e| HomeFileError::Shape {
            line: e.line(),
            column: e.column(),
            reason: e.to_string(),
        })?;
        if file.digest != file.compute_digest() {
            return Err(HomeFileError::Damaged);
        }
        Ok(file)
    }

    /// The file as text, pretty-printed.
    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data serializes")
    }

    /// Whether `key` sealed this file (the public key in it is `key`'s).
    pub fn sealed_by(&self, key: &SigningKey) -> bool {
        self.exported.sealed_by == public_text(key)
    }

    /// Check the clinic's seal with its own key.
    pub fn check_seal(&self, key: &SigningKey) -> Result<(), HomeFileError> {
        let signature = base64::engine::general_purpose::STANDARD
            .decode(&self.seal)
            .ok()
            .and_then(|b| Signature::from_slice(&b).ok())
            .ok_or(HomeFileError::Tampered)?;
        let verifying: VerifyingKey = key.verifying_key();
        let bytes = serde_json::to_vec(&self.exported).expect("plain data serializes");
        verifying
            .verify(&bytes, &signature)
            .map_err(|_| HomeFileError::Tampered)
    }
}

/// Look up a grid and its SHA-256 by grid id: what the app can show.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<(OptionGrid, String)>;

fn known_grid(file: &HomeFile, lookup: Lookup) -> Result<OptionGrid, HomeFileError> {
    match lookup(&file.exported.grid_id) {
        Some((grid, sha)) if sha == file.exported.content_sha256 => Ok(grid),
        _ => Err(HomeFileError::UnknownContent {
            grid: file.exported.grid_id.clone(),
            sha256: file.exported.content_sha256.clone(),
        }),
    }
}

fn check_patient(file: &HomeFile, chosen: Option<&str>) -> Result<(), HomeFileError> {
    match chosen.map(str::trim).filter(|c| !c.is_empty()) {
        Some(chosen) if chosen != file.exported.patient_label => Err(HomeFileError::OtherPatient {
            file: file.exported.patient_label.clone(),
            chosen: chosen.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Answers travel home and back; navigation (mode, step) stays where it happened.
fn is_answer(event: &SessionEvent) -> bool {
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
    if let Some(home) = home_session(store, session)? {
        let mut file = HomeFile::parse(&home.file)?;
        let present: BTreeSet<String> = file.home_events.iter().map(|e| e.id.clone()).collect();
        for recorded in store.events(session)? {
            let id = format!("{}-{}", home.prefix, recorded.id);
            if recorded.id >= home.first_home_event
                && is_answer(&recorded.event)
                && !present.contains(&id)
            {
                file.home_events.push(FileEvent {
                    id,
                    recorded_at: recorded.recorded_at,
                    event: recorded.event,
                });
            }
        }
        file.reseal_digest();
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
    let bytes = serde_json::to_vec(&exported).expect("plain data serializes");
    let seal = base64::engine::general_purpose::STANDARD.encode(key.sign(&bytes).to_bytes());
    let mut file = HomeFile {
        format: FORMAT.to_owned(),
        exported,
        seal,
        home_events: Vec::new(),
        digest: String::new(),
    };
    file.reseal_digest();
    Ok(file)
}

struct HomeSession {
    file: String,
    prefix: String,
    first_home_event: i64,
}

fn home_session(store: &Store, session: SessionId) -> Result<Option<HomeSession>, HomeFileError> {
    Ok(store
        .conn()
        .query_row(
            "SELECT file, event_prefix, first_home_event FROM home_session
             WHERE session_id = ?1",
            [session.0],
            |r| {
                Ok(HomeSession {
                    file: r.get(0)?,
                    prefix: r.get(1)?,
                    first_home_event: r.get(2)?,
                })
            },
        )
        .optional()
        .map_err(RecordsError::from)?)
}

/// Whether `session` was opened from a session file (this is the app at home).
pub fn is_home_session(store: &Store, session: SessionId) -> Result<bool, HomeFileError> {
    Ok(home_session(store, session)?.is_some())
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
    let text = std::fs::read_to_string(path).map_err(|e| HomeFileError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    HomeFile::parse(&text)
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
    let ex = &file.exported;
    let existing: Option<i64> = store
        .conn()
        .query_row(
            "SELECT session_id FROM home_session WHERE export_id = ?1",
            [&ex.export_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(RecordsError::from)?;
    if let Some(id) = existing {
        return Ok((SessionId(id), true));
    }
    let replay: Vec<&SessionEvent> = ex
        .events
        .iter()
        .chain(&file.home_events)
        .map(|e| &e.event)
        .filter(|e| is_answer(e))
        .collect();
    for event in &replay {
        event.check(&grid).map_err(HomeFileError::Event)?;
    }
    let patient = match store
        .patients()?
        .into_iter()
        .find(|p| p.label == ex.patient_label)
    {
        Some(p) => p.id,
        None => store.add_patient(&ex.patient_label, None)?,
    };
    let session = store.start_session(
        patient,
        &SessionStart {
            grid_id: ex.grid_id.clone(),
            content_version: ex.content_version.clone(),
            content_sha256: ex.content_sha256.clone(),
            mode: Mode::Home,
        },
    )?;
    let prefix = format!("home-{}", random_hex(8)?);
    let tx = store
        .conn_mut()
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(RecordsError::from)?;
    let now = now_text();
    for event in replay {
        tx.execute(
            "INSERT INTO event (session_id, recorded_at, payload) VALUES (?1, ?2, ?3)",
            params![session.0, now, payload(event)],
        )
        .map_err(RecordsError::from)?;
    }
    let last: i64 = tx
        .query_row(
            "SELECT coalesce(max(id), 0) FROM event WHERE session_id = ?1",
            [session.0],
            |r| r.get(0),
        )
        .map_err(RecordsError::from)?;
    tx.execute(
        "INSERT INTO home_session (session_id, export_id, file, event_prefix, first_home_event)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![session.0, ex.export_id, file.to_text(), prefix, last + 1],
    )
    .map_err(RecordsError::from)?;
    tx.commit().map_err(RecordsError::from)?;
    Ok((session, false))
}

fn now_text() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn payload(event: &SessionEvent) -> String {
    serde_json::to_string(event).expect("plain data serializes")
}

// ---------------------------------------------------------------------------------------
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
    let ex = &file.exported;
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
    for event in &file.home_events {
        if !seen.insert(event.id.as_str()) {
            continue;
        }
        let present = store
            .conn()
            .query_row(
                "SELECT 1 FROM home_event WHERE file_event_id = ?1",
                [&event.id],
                |_| Ok(()),
            )
            .optional()
            .map_err(RecordsError::from)?
            .is_some();
        if present {
            already += 1;
        } else if is_answer(&event.event) {
            event.event.check(&grid).map_err(HomeFileError::Event)?;
            added.push(event.clone());
        }
    }
    let tx = store
        .conn_mut()
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(RecordsError::from)?;
    let now = now_text();
    for event in &added {
        tx.execute(
            "INSERT INTO event (session_id, recorded_at, payload) VALUES (?1, ?2, ?3)",
            params![session.0, now, payload(&event.event)],
        )
        .map_err(RecordsError::from)?;
        let row = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO home_event (event_id, file_event_id, export_id, home_recorded_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                row,
                event.id,
                ex.export_id,
                event
                    .recorded_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
            ],
        )
        .map_err(RecordsError::from)?;
    }
    tx.commit().map_err(RecordsError::from)?;
    Ok(Merged {
        session,
        patient_label: ex.patient_label.clone(),
        grid,
        added,
        already,
    })
}

/// An event in the clinic's record that came from home.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeEvent {
    /// The event's row id in the record.
    pub event_id: i64,
    /// Its id in the session file.
    pub file_event_id: String,
    /// When it was given at home.
    pub home_recorded_at: DateTime<Utc>,
}

/// The events of `session` that came from home, in the order they were recorded.
pub fn home_events(store: &Store, session: SessionId) -> Result<Vec<HomeEvent>, HomeFileError> {
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT h.event_id, h.file_event_id, h.home_recorded_at FROM home_event h
             JOIN event e ON e.id = h.event_id WHERE e.session_id = ?1 ORDER BY h.event_id",
        )
        .map_err(RecordsError::from)?;
    let rows: Vec<(i64, String, String)> = stmt
        .query_map([session.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .map_err(RecordsError::from)?
        .collect::<Result<_, _>>()
        .map_err(RecordsError::from)?;
    Ok(rows
        .into_iter()
        .filter_map(|(event_id, file_event_id, at)| {
            Some(HomeEvent {
                event_id,
                file_event_id,
                home_recorded_at: DateTime::parse_from_rfc3339(&at).ok()?.with_timezone(&Utc),
            })
        })
        .collect())
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

// ---------------------------------------------------------------------------------------
// Saving to a folder

/// What to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// The printed summary.
    Summary,
    /// The FHIR bundle for the health record, with the summary inside.
    Fhir,
    /// The session file to continue at home (or to bring back).
    SessionFile,
}

/// A file that was written, and the sentence that says where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    /// The file.
    pub path: PathBuf,
    /// "Opgeslagen in …".
    pub message: String,
}

/// The folder a save starts in: `Documents` in the home folder when it exists, else the home
/// folder itself.
pub fn default_folder(home: Option<&Path>) -> Option<PathBuf> {
    let home = home?;
    let documents = home.join("Documents");
    Some(if documents.is_dir() {
        documents
    } else {
        home.to_owned()
    })
}

/// A file name from the grid id, the patient label, the date and what it is, with only
/// letters, digits and dashes.
pub fn file_name(grid: &str, label: &str, date: DateTime<Utc>, what: &str, ext: &str) -> String {
    let clean = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_matches('-').to_owned()
    };
    let parts = [
        clean(grid),
        clean(label),
        date.format("%Y-%m-%d").to_string(),
        clean(what),
    ];
    let stem: Vec<&str> = parts
        .iter()
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{ext}", stem.join("-"))
}

/// Save one export of `session` in `folder`. The file is new (a number is added when the
/// name is taken) and readable by the owner only.
#[allow(clippy::too_many_arguments)]
pub fn save_export(
    store: &Store,
    session: SessionId,
    grid: &OptionGrid,
    kind: ExportKind,
    folder: &Path,
    key: &SigningKey,
    l10n: &Localizer,
    now: DateTime<Utc>,
) -> Result<Saved, HomeFileError> {
    if folder.as_os_str().to_string_lossy().trim().is_empty() {
        return Err(HomeFileError::NoFolder);
    }
    if !folder.is_dir() {
        return Err(HomeFileError::FolderMissing(folder.to_owned()));
    }
    let summary = store.session(session)?;
    let label = store.patient(summary.patient)?.label;
    let state = store.session_state(session)?;
    let ctx = SummaryContext {
        patient_label: label.clone(),
        session_started: summary.started_at,
        content_sha256: summary.start.content_sha256.clone(),
    };
    let pdf = || super::summary_pdf(grid, &state, &ctx, l10n).map_err(HomeFileError::Export);
    let (what, ext, bytes) = match kind {
        ExportKind::Summary => ("takehome-file-summary", "pdf", pdf()?),
        ExportKind::Fhir => {
            let pdf = pdf()?;
            let bundle = super::fhir_bundle(grid, &state, &ctx, l10n, Some(&pdf));
            let text = serde_json::to_string_pretty(&bundle).expect("plain data serializes");
            ("takehome-file-fhir", "fhir.json", text.into_bytes())
        }
        ExportKind::SessionFile => {
            let file = session_file(store, session, key, now)?;
            ("takehome-file-session", "json", file.to_text().into_bytes())
        }
    };
    let name = file_name(&grid.id, &label, now, &l10n.text(what), ext);
    let path = write_new(folder, &name, &bytes)?;
    let message = l10n.format("takehome-saved", &[("file", path.display().to_string())]);
    Ok(Saved { path, message })
}

fn write_new(folder: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, HomeFileError> {
    let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
    for n in 1..1000 {
        let candidate = if n == 1 {
            folder.join(name)
        } else {
            folder.join(format!("{stem}-{n}.{ext}"))
        };
        match write_private(&candidate, bytes) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(HomeFileError::NotWritable {
                    path: folder.to_owned(),
                    reason: e.to_string(),
                })
            }
        }
    }
    Err(HomeFileError::NotWritable {
        path: folder.to_owned(),
        reason: std::io::Error::from(std::io::ErrorKind::AlreadyExists).to_string(),
    })
}

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
        let bytes = serde_json::to_vec(&exported).unwrap();
        let seal = base64::engine::general_purpose::STANDARD.encode(key.sign(&bytes).to_bytes());
        let mut file = HomeFile {
            format: FORMAT.into(),
            exported,
            seal,
            home_events: vec![],
            digest: String::new(),
        };
        file.reseal_digest();
        let parsed = HomeFile::parse(&file.to_text()).unwrap();
        assert!(parsed.check_seal(&key).is_ok());
        assert!(parsed.sealed_by(&key) && !parsed.sealed_by(&other));
        assert!(matches!(
            parsed.check_seal(&other),
            Err(HomeFileError::Tampered)
        ));
        let mut appended = parsed.clone();
        appended.home_events.push(FileEvent {
            id: "h-1".into(),
            recorded_at: Utc::now(),
            event: SessionEvent::NoteWritten { text: "x".into() },
        });
        assert!(matches!(
            HomeFile::parse(&appended.to_text()),
            Err(HomeFileError::Damaged)
        ));
        appended.reseal_digest();
        let appended = HomeFile::parse(&appended.to_text()).unwrap();
        assert!(
            appended.check_seal(&key).is_ok(),
            "appending keeps the seal"
        );
    }
}
