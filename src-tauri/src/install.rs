//! Installing bundles into the catalogue off the window's thread: from the start screen
//! ("Inhoud installeren") or named with `--open` at start-up. One install runs at a time, on
//! a thread of its own; the window asks how far it is (`install_status`) and may cancel it.
//! The catalogue installs in one transaction, so a cancel or a kill leaves it as it was.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use keuzehulp::bundle::Mode;
use keuzehulp::check::Diagnostic;
use keuzehulp::view::install::{install_view, InstallJob, InstallView};
use tauri::{AppHandle, Manager, State};

use crate::content::read_bundle;
use crate::error::AppError;
use crate::state::AppState;

/// The install running now or last, and the cancel flag. Its lock is held for a read or an
/// update of the job, never while taking another lock.
#[derive(Default)]
pub struct Installer {
    job: Mutex<Option<InstallJob>>,
    cancel: AtomicBool,
    /// Bundles named at start-up whose install failed, for the start screen's refusals.
    refused: Mutex<Vec<Diagnostic>>,
}

impl Installer {
    fn job(&self) -> MutexGuard<'_, Option<InstallJob>> {
        self.job.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn running(&self) -> bool {
        self.job().as_ref().is_some_and(|j| j.outcome.is_none())
    }

    /// Refusals of bundles named at start-up.
    pub fn refused(&self) -> Vec<Diagnostic> {
        self.refused
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// Start installing `bundles` one after another on a thread of their own.
pub fn start(app: &AppHandle, bundles: Vec<PathBuf>, from_start_up: bool) -> bool {
    let installer = app.state::<Installer>();
    {
        let mut job = installer.job();
        if job.as_ref().is_some_and(|j| j.outcome.is_none()) || bundles.is_empty() {
            return false;
        }
        *job = Some(InstallJob {
            file: bundles[0].display().to_string(),
            ..InstallJob::default()
        });
    }
    installer.cancel.store(false, Ordering::SeqCst);
    let app = app.clone();
    std::thread::spawn(move || {
        for (i, path) in bundles.iter().enumerate() {
            let installer = app.state::<Installer>();
            if i > 0 {
                *installer.job() = Some(InstallJob {
                    file: path.display().to_string(),
                    ..InstallJob::default()
                });
            }
            let started = std::time::Instant::now();
            let outcome = install_one(&app, path);
            if std::env::var_os("KEUZEHULP_REPORT_READY").is_some() {
                // For the benchmark (benches/startup_memory.py --install).
                let ms = started.elapsed().as_secs_f64() * 1000.0;
                match &outcome {
                    Ok(n) => println!("installed {n} grids in {ms:.0} ms"),
                    Err(_) => println!("install failed after {ms:.0} ms"),
                }
            }
            if let (Err(problems), true) = (&outcome, from_start_up) {
                installer
                    .refused
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend(problems.iter().cloned());
            }
            if let Some(job) = installer.job().as_mut() {
                job.outcome = Some(outcome);
            };
        }
    });
    true
}

/// Read, verify and install one signed bundle, telling the installer after each grid.
fn install_one(app: &AppHandle, path: &Path) -> Result<usize, Vec<Diagnostic>> {
    let state = app.state::<AppState>();
    let installer = app.state::<Installer>();
    let label = path.display().to_string();
    let (bytes, signature) = read_bundle(path)?;
    let Some(catalogue) = state.catalogue.as_ref() else {
        // The catalogue could not be opened; the start screen says why.
        return Err(state
            .refusals
            .iter()
            .filter(|d| d.code.starts_with("catalogue"))
            .cloned()
            .collect());
    };
    let trust = crate::content::trust_store(&state.data_dir, &mut Vec::new());
    // Only signed content is kept: without a signature the bundle is refused as unsigned.
    let installed = catalogue.install_bundle_with_progress(
        &label,
        &bytes,
        signature.as_deref(),
        &trust,
        Mode::Published,
        chrono::Local::now().date_naive(),
        &mut |progress| {
            if let Some(job) = installer.job().as_mut() {
                job.progress = Some(progress);
            }
            !installer.cancel.load(Ordering::SeqCst)
        },
    )?;
    // Grids opened before may have been replaced or dropped by a guideline's new version.
    state
        .opened
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .retain(|id, _| state.library.get(id).is_some());
    Ok(installed.len())
}

/// Install the bundle at `path` (its signature beside it as `PATH.minisig`); returns at once
/// with the install's first view, which `install_status` then follows.
#[tauri::command]
pub fn install_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    installer: State<'_, Installer>,
    path: String,
) -> Result<InstallView, AppError> {
    let l10n = state.l10n();
    let path = path.trim();
    if path.is_empty() {
        return Err(AppError::new(
            "install",
            l10n.text("ui-install-path-missing"),
        ));
    }
    if !start(&app, vec![PathBuf::from(path)], false) {
        return Err(AppError::new("install", l10n.text("ui-install-busy")));
    }
    Ok(installer
        .job()
        .as_ref()
        .map(|job| install_view(job, &l10n))
        .expect("just started"))
}

/// How far the running (or last) install is; `None` when none ran in this window's life.
#[tauri::command]
pub fn install_status(
    state: State<'_, AppState>,
    installer: State<'_, Installer>,
) -> Option<InstallView> {
    let l10n = state.l10n();
    installer.job().as_ref().map(|job| install_view(job, &l10n))
}

/// Stop the running install; the catalogue stays as it was.
#[tauri::command]
pub fn cancel_install(installer: State<'_, Installer>) -> bool {
    let running = installer.running();
    installer.cancel.store(true, Ordering::SeqCst);
    running
}
