//! The studio ("Keuzekaart maken", `--authoring` only): open a folder of grid files, watch it,
//! and build and sign a bundle from it. Lines over `keuzehulp::studio` and
//! `keuzehulp::view::studio`; every command reads and checks off the window's thread.
//!
//! The studio never opens the patient records: none of its commands touches `AppState::records`.
//!
//! Its one lock, [`Studio::open`], is taken alone: the messages are looked up before it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use keuzehulp::language::Localizer;
use keuzehulp::session::Mode;
use keuzehulp::studio::{self, Folder, PublishRequest};
use keuzehulp::view::studio::{
    excerpt, provenance_view, studio_screen, Excerpt, PreviewChoice, ProvenanceView, StudioScreen,
};
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};
use tauri::{AppHandle, Emitter, Manager};

use crate::error::AppError;
use crate::state::AppState;

/// How long the folder must be quiet before a change is read: an editor's save is often a
/// write, a rename and a second write.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// The event the window hears when a watched file changed; its payload is the new screen.
pub const CHANGED: &str = "studio-changed";

/// The open folder, what the preview shows, and the watcher that keeps it fresh.
struct Opened {
    folder: Folder,
    choice: PreviewChoice,
    _watcher: Debouncer<RecommendedWatcher>,
}

/// The studio's state: one open folder at most.
#[derive(Default)]
pub struct Studio {
    open: Mutex<Option<Opened>>,
}

impl Studio {
    fn lock(&self) -> MutexGuard<'_, Option<Opened>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The messages and a refusal unless the app runs in authoring mode.
fn authoring(app: &AppHandle) -> Result<&'static Localizer, AppError> {
    let state = app.state::<AppState>();
    let l10n = Localizer::shared(state.l10n().language());
    if !state.authoring {
        return Err(AppError::new("studio", l10n.text("studio-error-authoring")));
    }
    Ok(l10n)
}

fn studio_error(l10n: &Localizer) -> impl Fn(studio::StudioError) -> AppError + '_ {
    move |e| AppError::new("studio", e.message(l10n))
}

fn no_folder(l10n: &Localizer) -> AppError {
    AppError::new("studio", l10n.text("studio-error-no-folder"))
}

/// Run `work` on a thread of its own, off the window's.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::new("studio", e.to_string()))?
}

/// Read the open folder again and phrase its screen.
fn refresh(app: &AppHandle, l10n: &Localizer) -> Result<StudioScreen, AppError> {
    let studio = app.state::<Studio>();
    let mut open = studio.lock();
    let opened = open.as_mut().ok_or_else(|| no_folder(l10n))?;
    opened.folder = studio::scan(&opened.folder.dir, today()).map_err(studio_error(l10n))?;
    Ok(studio_screen(&opened.folder, &opened.choice, l10n))
}

/// Watch `dir` (not its subfolders): each quiet moment after grid files changed, read the
/// folder again and send the window its new screen. Runs on the watcher's own thread.
fn watch(app: &AppHandle, dir: &Path) -> Result<Debouncer<RecommendedWatcher>, AppError> {
    let handle = app.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        if !events.iter().any(|e| studio::is_grid_file(&e.path)) {
            return;
        }
        let Ok(l10n) = authoring(&handle) else { return };
        match refresh(&handle, l10n) {
            Ok(screen) => {
                let _ = handle.emit(CHANGED, &screen);
            }
            Err(e) => eprintln!("keuzehulp: studio: {}", e.message),
        }
    })
    .map_err(|e| AppError::new("studio", e.to_string()))?;
    debouncer
        .watcher()
        .watch(dir, RecursiveMode::NonRecursive)
        .map_err(|e| AppError::new("studio", e.to_string()))?;
    Ok(debouncer)
}

/// Open the folder `folder` (typed, or chosen with `choose_folder`), start watching it, and
/// show its screen.
#[tauri::command]
pub async fn studio_open(app: AppHandle, folder: String) -> Result<StudioScreen, AppError> {
    let l10n = authoring(&app)?;
    blocking(move || {
        let dir = PathBuf::from(folder.trim());
        let scanned = studio::scan(&dir, today()).map_err(studio_error(l10n))?;
        let watcher = watch(&app, &dir)?;
        let choice = PreviewChoice::default();
        let screen = studio_screen(&scanned, &choice, l10n);
        let previous = app.state::<Studio>().lock().replace(Opened {
            folder: scanned,
            choice,
            _watcher: watcher,
        });
        // The previous watcher stops outside the lock: its thread may be waiting for it.
        drop(previous);
        Ok(screen)
    })
    .await
}

/// The screen with the preview of `file` in `mode` and `language` (each kept when `None`).
#[tauri::command]
pub async fn studio_screen_for(
    app: AppHandle,
    file: Option<String>,
    mode: Option<Mode>,
    language: Option<String>,
) -> Result<StudioScreen, AppError> {
    let l10n = authoring(&app)?;
    blocking(move || {
        {
            let studio = app.state::<Studio>();
            let mut open = studio.lock();
            let choice = &mut open.as_mut().ok_or_else(|| no_folder(l10n))?.choice;
            if file.is_some() {
                // Another grid claims other languages: its own first one, unless asked.
                choice.file = file;
                choice.language = None;
            }
            if let Some(mode) = mode {
                choice.mode = mode;
            }
            if language.is_some() {
                choice.language = language;
            }
        }
        refresh(&app, l10n)
    })
    .await
}

/// The lines of `file` around `line`, that line marked.
#[tauri::command]
pub async fn studio_line(app: AppHandle, file: String, line: usize) -> Result<Excerpt, AppError> {
    let l10n = authoring(&app)?;
    blocking(move || {
        let studio = app.state::<Studio>();
        let open = studio.lock();
        let folder = &open.as_ref().ok_or_else(|| no_folder(l10n))?.folder;
        let text = folder.file(&file).map(|f| f.text.as_str()).unwrap_or("");
        Ok(excerpt(&file, text, line, l10n))
    })
    .await
}

/// Build a bundle of the folder, sign it with the key file, write both, and show what patients
/// would see of its provenance.
#[tauri::command]
pub async fn studio_publish(
    app: AppHandle,
    publisher: String,
    key_file: String,
    password: String,
    out: String,
) -> Result<ProvenanceView, AppError> {
    let l10n = authoring(&app)?;
    blocking(move || {
        let folder = {
            let studio = app.state::<Studio>();
            let open = studio.lock();
            open.as_ref().ok_or_else(|| no_folder(l10n))?.folder.clone()
        };
        let request = PublishRequest {
            publisher: publisher.trim().to_owned(),
            key_file: PathBuf::from(key_file.trim()),
            password,
            out: PathBuf::from(out.trim()),
        };
        let published = studio::publish(&folder, &request, today()).map_err(studio_error(l10n))?;
        Ok(provenance_view(&published, l10n))
    })
    .await
}
