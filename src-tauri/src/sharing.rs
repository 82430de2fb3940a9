//! Commands of sharing with the guideline group: what can be shared, exactly what a
//! contribution file would hold, writing it once confirmed (off the window's thread), and
//! withdrawing a patient's consent. Each is a line or two over `keuzehulp::view::sharing`.

use std::path::{Path, PathBuf};

use keuzehulp::export::home_file;
use keuzehulp::language::Localizer;
use keuzehulp::records::SessionId;
use keuzehulp::view::sharing::{self, ContributionPreview, ContributionWritten, SharingScreen};
use serde::Serialize;
use tauri::AppHandle;

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// What can be shared, and the folder offered for the file.
#[derive(Serialize)]
pub struct SharingPage {
    screen: SharingScreen,
    folder: String,
}

fn key(state: &AppState) -> Result<home_file::SealKey, AppError> {
    home_file::installation_key(&state.data_dir)
        .map_err(|e| AppError::new("share", e.message(&state.l10n())))
}

fn fail(state: &AppState) -> impl Fn(sharing::SharingError) -> AppError + '_ {
    move |e| AppError::new("share", e.message(&state.l10n()))
}

/// The grids and months with consented sessions.
#[tauri::command]
pub async fn sharing_screen(app: AppHandle) -> Result<SharingPage, AppError> {
    blocking(&app, |state| {
        let store = state.store()?;
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let folder = home_file::default_folder(home.as_deref()).unwrap_or_default();
        let l10n = state.l10n();
        let screen = sharing::sharing_screen(&store, &|id| state.entry(id).ok(), &l10n)
            .map_err(|e| state.records_error(&e))?;
        Ok(SharingPage {
            screen,
            folder: folder.display().to_string(),
        })
    })
    .await
}

/// Exactly what the contribution of `grid_id` for `period` would hold.
#[tauri::command]
pub async fn contribution_preview(
    app: AppHandle,
    grid_id: String,
    period: String,
) -> Result<ContributionPreview, AppError> {
    blocking(&app, move |state| {
        let entry = state.entry(&grid_id)?;
        let (store, key) = (state.store()?, key(state)?);
        let l10n = Localizer::new(state.l10n().language());
        sharing::contribution_preview(&store, &entry.grid, &period, &key, &l10n)
            .map_err(fail(state))
    })
    .await
}

/// Write the contribution the person saw (`digest`) in `folder`.
#[tauri::command]
pub async fn write_contribution(
    app: AppHandle,
    grid_id: String,
    period: String,
    folder: String,
    digest: String,
) -> Result<ContributionWritten, AppError> {
    blocking(&app, move |state| {
        let entry = state.entry(&grid_id)?;
        let (store, key) = (state.store()?, key(state)?);
        let l10n = Localizer::new(state.l10n().language());
        let folder = Path::new(folder.trim());
        sharing::write_contribution(&store, &entry.grid, &period, &key, folder, &digest, &l10n)
            .map_err(fail(state))
    })
    .await
}

/// Withdraw the consent of a session (one more event); returns the sentence that says so.
#[tauri::command]
pub async fn withdraw_consent(app: AppHandle, session: i64) -> Result<String, AppError> {
    blocking(&app, move |state| {
        let mut store = state.store()?;
        let l10n = Localizer::new(state.l10n().language());
        sharing::withdraw_consent(&mut store, SessionId(session), &l10n)
            .map_err(|e| state.records_error(&e))
    })
    .await
}
