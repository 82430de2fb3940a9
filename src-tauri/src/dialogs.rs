//! Native file dialogs (tauri-plugin-dialog): the folder to save the summary, the FHIR bundle
//! or the session file in, the folder for a patient export, and the session file to open.
//!
//! The dialogs are opened from the shell side and answered through a callback: each command
//! is async, so the window keeps drawing while the dialog is open and gets the path (or
//! nothing, when the person cancels) as the command's answer. The path text fields in the
//! window stay: they are the fallback where no dialog can open, and what the end-to-end tests
//! drive (WebDriver cannot operate a native dialog).

use std::path::PathBuf;

use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, FilePath};

use crate::state::AppState;

fn start_in(start: &str) -> Option<PathBuf> {
    let path = PathBuf::from(start.trim());
    path.is_dir().then_some(path)
}

async fn answer(receiver: tokio::sync::oneshot::Receiver<Option<FilePath>>) -> Option<String> {
    let path = receiver.await.ok().flatten()?.into_path().ok()?;
    Some(path.display().to_string())
}

/// Ask for a folder, starting in `start` when it is one; `None` when the person cancels.
#[tauri::command]
pub async fn choose_folder(
    app: AppHandle,
    state: State<'_, AppState>,
    start: String,
) -> Result<Option<String>, ()> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(state.l10n().text("ui-dialog-folder-title"));
    if let Some(dir) = start_in(&start) {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_folder(move |folder| {
        let _ = sender.send(folder);
    });
    Ok(answer(receiver).await)
}

/// Ask for a session file (`*.json`); `None` when the person cancels.
#[tauri::command]
pub async fn choose_session_file(
    app: AppHandle,
    state: State<'_, AppState>,
    start: String,
) -> Result<Option<String>, ()> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let (title, filter) = {
        let l10n = state.l10n();
        (
            l10n.text("ui-dialog-session-title"),
            l10n.text("ui-dialog-session-filter"),
        )
    };
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &["json"]);
    let folder = PathBuf::from(start.trim());
    if let Some(dir) =
        start_in(&start).or_else(|| folder.parent().and_then(|p| start_in(&p.to_string_lossy())))
    {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_file(move |file| {
        let _ = sender.send(file);
    });
    Ok(answer(receiver).await)
}

/// Ask for a bundle (`*.json`) to install; `None` when the person cancels.
#[tauri::command]
pub async fn choose_bundle_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, ()> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let (title, filter) = {
        let l10n = state.l10n();
        (
            l10n.text("ui-dialog-bundle-title"),
            l10n.text("ui-dialog-bundle-filter"),
        )
    };
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &["json"])
        .pick_file(move |file| {
            let _ = sender.send(file);
        });
    Ok(answer(receiver).await)
}
