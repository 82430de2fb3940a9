//! Commands of "take it home": save the summary, the FHIR bundle or the session file in a
//! folder, and open a session file (continue at home, or merge it back at the clinic). Each
//! is a line or two over `keuzehulp::export::home_file`.

use std::path::{Path, PathBuf};

use keuzehulp::export::home_file::{
    self, ExportKind, HomeChangesScreen, HomeFileError, Opened, Saved,
};
use keuzehulp::records::SessionId;
use keuzehulp::view::consultation::{self, ConsultationScreen};
use serde::Serialize;
use tauri::AppHandle;

use crate::error::AppError;
use crate::state::{blocking, AppState};

fn fail(state: &AppState) -> impl Fn(HomeFileError) -> AppError + '_ {
    move |e| AppError::new("take-home", e.message(&state.l10n()))
}

fn key(
    state: &AppState,
    store: &keuzehulp::records::Store,
) -> Result<home_file::SealKey, AppError> {
    let dir = store.data_dir().unwrap_or(Path::new("."));
    home_file::installation_key(dir).map_err(fail(state))
}

/// Where saving starts, and whether this session goes back to the clinic (opened from a file).
#[derive(Serialize)]
pub struct SaveSetup {
    folder: String,
    home: bool,
}

/// The folder a save starts in ($HOME/Documents, else $HOME) and whether the session is a
/// home session.
#[tauri::command]
pub async fn take_home_setup(app: AppHandle, session: i64) -> Result<SaveSetup, AppError> {
    blocking(&app, move |state| {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let folder = home_file::default_folder(home.as_deref()).unwrap_or_default();
        let store = state.store()?;
        Ok(SaveSetup {
            folder: folder.display().to_string(),
            home: home_file::is_home_session(&store, SessionId(session)).map_err(fail(state))?,
        })
    })
    .await
}

/// Save one export of a session in `folder` (the PDF is drawn here: real work, on a blocking
/// worker like every command that reads or writes a file).
#[tauri::command]
pub async fn save_export(
    app: AppHandle,
    session: i64,
    kind: ExportKind,
    folder: String,
) -> Result<Saved, AppError> {
    blocking(&app, move |state| saved(state, session, kind, &folder)).await
}

fn saved(
    state: &AppState,
    session: i64,
    kind: ExportKind,
    folder: &str,
) -> Result<Saved, AppError> {
    let store = state.store()?;
    let summary = store
        .session(SessionId(session))
        .map_err(|e| state.records_error(&e))?;
    let entry = state.session_entry(&summary.start)?;
    let key = key(state, &store)?;
    let l10n = state.l10n();
    home_file::save_export(
        &store,
        SessionId(session),
        &entry.grid,
        kind,
        Path::new(folder.trim()),
        &key,
        &l10n,
        chrono::Utc::now(),
    )
    .map_err(|e| AppError::new("take-home", e.message(&l10n)))
}

/// What opening a session file led to.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OpenedFile {
    /// At home: continue this session.
    Home {
        session: SessionId,
        screen: Box<ConsultationScreen>,
    },
    /// At the clinic: what changed at home.
    Clinic { changes: HomeChangesScreen },
}

/// Open the session file at `path`, for the patient labelled `patient` when one is given.
#[tauri::command]
pub async fn open_session_file(
    app: AppHandle,
    path: String,
    patient: String,
) -> Result<OpenedFile, AppError> {
    blocking(&app, move |state| opened(state, &path, &patient)).await
}

fn opened(state: &AppState, path: &str, patient: &str) -> Result<OpenedFile, AppError> {
    let file = home_file::read_file(Path::new(path.trim())).map_err(fail(state))?;
    let mut store = state.store()?;
    let key = key(state, &store)?;
    let lookup = |id: &str| {
        state
            .entry(id)
            .ok()
            .map(|e| (e.grid.clone(), e.sha256.clone()))
    };
    let opened = home_file::open_file(&mut store, &file, &key, &lookup, Some(patient))
        .map_err(fail(state))?;
    let entry = state.entry(&file.exported().grid_id)?;
    let l10n = state.l10n();
    Ok(match opened {
        Opened::Home { session, .. } => {
            let session_state = store
                .session_state(session)
                .map_err(|e| state.records_error(&e))?;
            OpenedFile::Home {
                session,
                screen: Box::new(consultation::consultation_screen(
                    &entry.grid,
                    &session_state,
                    &l10n,
                )),
            }
        }
        Opened::Clinic(merged) => OpenedFile::Clinic {
            changes: home_file::home_changes_screen(&merged, &l10n),
        },
    })
}
