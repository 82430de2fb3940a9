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
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

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
pub fn take_home_setup(state: State<'_, AppState>, session: i64) -> Result<SaveSetup, AppError> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let folder = home_file::default_folder(home.as_deref()).unwrap_or_default();
    let store = state.store()?;
    Ok(SaveSetup {
        folder: folder.display().to_string(),
        home: home_file::is_home_session(&store, SessionId(session)).map_err(fail(&state))?,
    })
}

/// Save one export of a session in `folder`. Async, like every command that writes or reads
/// a file: it runs off the main thread, so the window never waits on the disk.
#[tauri::command]
pub async fn save_export(
    state: State<'_, AppState>,
    session: i64,
    kind: ExportKind,
    folder: String,
) -> Result<Saved, AppError> {
    let store = state.store()?;
    let summary = store
        .session(SessionId(session))
        .map_err(|e| state.records_error(&e))?;
    let entry = state.session_entry(&summary.start)?;
    let key = key(&state, &store)?;
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
    state: State<'_, AppState>,
    path: String,
    patient: String,
) -> Result<OpenedFile, AppError> {
    let file = home_file::read_file(Path::new(path.trim())).map_err(fail(&state))?;
    let mut store = state.store()?;
    let key = key(&state, &store)?;
    let lookup = |id: &str| {
        state
            .entry(id)
            .ok()
            .map(|e| (e.grid.clone(), e.sha256.clone()))
    };
    let opened = home_file::open_file(&mut store, &file, &key, &lookup, Some(&patient))
        .map_err(fail(&state))?;
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
