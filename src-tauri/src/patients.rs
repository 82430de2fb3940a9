//! Commands of the patients overview: list, read back, save and erase a patient's data; the
//! banner when the records cannot be used, restoring a backup, and backups in the background.

use std::path::Path;

use keuzehulp::language::Localizer;
use keuzehulp::records::{PatientId, RecordsError, SessionId, Store};
use keuzehulp::view::patients::{self, ExportWritten, PatientsScreen, SessionReadOnly};
use serde::Serialize;
use tauri::{AppHandle, Manager};

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// At most one automatic backup per this many minutes (also across restarts).
const BACKUP_EVERY_MINUTES: i64 = 10;

/// Why answers cannot be saved now, shown on every screen.
#[derive(Serialize)]
pub struct RecordsBanner {
    /// The reason, in plain words.
    message: String,
    /// Whether a backup can be restored (the file is damaged and there are backups).
    can_restore: bool,
}

/// The banner, when the records could not be opened; `None` when all is well.
#[tauri::command]
pub async fn records_status(app: AppHandle) -> Result<Option<RecordsBanner>, AppError> {
    blocking(&app, |state| Ok(banner(state))).await
}

fn banner(state: &AppState) -> Option<RecordsBanner> {
    let records = state.records.lock().unwrap_or_else(|p| p.into_inner());
    let error = records.as_ref().err()?;
    let l10n = state.l10n();
    Some(RecordsBanner {
        message: l10n.format(
            "patients-records-banner",
            &[("reason", error.message(&l10n))],
        ),
        can_restore: matches!(error, RecordsError::Corrupt)
            && Store::backups_in(&state.data_dir).is_ok_and(|b| !b.is_empty()),
    })
}

/// Put back the newest good backup over a damaged database (which is kept as a backup
/// first), then open the records again.
#[tauri::command]
pub async fn restore_records(app: AppHandle) -> Result<String, AppError> {
    blocking(&app, restore).await
}

fn restore(state: &AppState) -> Result<String, AppError> {
    let mut records = state.records.lock().unwrap_or_else(|p| p.into_inner());
    let l10n = state.l10n();
    let fail = |e: RecordsError| AppError::new("database", e.message(&l10n));
    if !matches!(records.as_ref(), Err(RecordsError::Corrupt)) {
        return Err(fail(RecordsError::Corrupt));
    }
    let dir: &Path = &state.data_dir;
    let backups = Store::backups_in(dir).map_err(fail)?;
    let restored = backups
        .iter()
        .find(|b| Store::restore(dir, &b.path).is_ok())
        .ok_or_else(|| AppError::new("restore", l10n.text("patients-restore-none")))?;
    *records = Store::open(dir);
    records.as_ref().map_err(|e| fail(clone_kind(e)))?;
    let time = patients::when_text(&restored.taken_at, &l10n);
    Ok(l10n.format("patients-restored", &[("time", time)]))
}

/// The error again, for a message (RecordsError holds io and SQLite errors, not clonable).
fn clone_kind(e: &RecordsError) -> RecordsError {
    match e {
        RecordsError::InUse { lock } => RecordsError::InUse { lock: lock.clone() },
        RecordsError::ReadOnly => RecordsError::ReadOnly,
        RecordsError::DiskFull => RecordsError::DiskFull,
        _ => RecordsError::Corrupt,
    }
}

/// The overview of all patients.
#[tauri::command]
pub async fn patients_screen(app: AppHandle) -> Result<PatientsScreen, AppError> {
    blocking(&app, |state| {
        let store = state.store()?;
        let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
        let folder = patients::default_export_folder(home.as_deref());
        let l10n = state.l10n();
        patients::patients_screen(&store, &|id| state.entry(id).ok(), &folder, &l10n)
            .map_err(|e| state.records_error(&e))
    })
    .await
}

/// What was said in one session, to read back without changing anything.
#[tauri::command]
pub async fn session_read_only(app: AppHandle, session: i64) -> Result<SessionReadOnly, AppError> {
    blocking(&app, move |state| {
        let store = state.store()?;
        let fail = |e: RecordsError| state.records_error(&e);
        let summary = store.session(SessionId(session)).map_err(fail)?;
        let entry = state.session_entry(&summary.start)?;
        patients::session_read_only(&store, SessionId(session), &entry.grid, &state.l10n())
            .map_err(fail)
    })
    .await
}

/// Save everything about a patient in `folder` as JSON and plain text.
#[tauri::command]
pub async fn export_patient_files(
    app: AppHandle,
    patient: i64,
    folder: String,
) -> Result<ExportWritten, AppError> {
    blocking(&app, move |state| {
        let store = state.store()?;
        let l10n = Localizer::new(state.l10n().language());
        patients::write_patient_export(
            &store,
            PatientId(patient),
            &folder,
            &|id| state.entry(id).ok(),
            &l10n,
        )
        .map_err(|e| AppError::new("export", e.message(&l10n)))
    })
    .await
}

/// Erase a patient for good; `label` must be the patient's label (the confirmation). The
/// erasure ends with VACUUM, which rewrites the whole file: a blocking worker does it.
#[tauri::command]
pub async fn erase_patient(
    app: AppHandle,
    patient: i64,
    label: String,
) -> Result<String, AppError> {
    blocking(&app, move |state| {
        let mut store = state.store()?;
        let l10n = state.l10n();
        patients::erase_confirmed(&mut store, PatientId(patient), &label)
            .map_err(|e| AppError::new("erase", e.message(&l10n)))?;
        Ok(l10n.format("patients-erased", &[("label", label.trim())]))
    })
    .await
}

/// Take a backup in a thread of its own when one is due, off the path of the window.
pub fn backup_soon(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let state = app.state::<AppState>();
        let Ok(store) = state.store() else {
            return; // the banner already says why
        };
        if let Err(e) = store.backup_if_due(chrono::Duration::minutes(BACKUP_EVERY_MINUTES)) {
            eprintln!("keuzehulp: backup: {e}");
        }
    });
}
