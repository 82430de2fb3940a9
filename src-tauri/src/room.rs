//! The screen for the patient: a second window (label `patient`, its own capability) that
//! shows what the patient should see of the clinician's current step. It follows the
//! clinician's window through events: after every recorded answer and every step the shell
//! sends it the patient's view model (`keuzehulp::view::patient`), never a copy of the DOM.

use std::sync::Mutex;

use keuzehulp::content::OptionGrid;
use keuzehulp::placement::{self, Monitor};
use keuzehulp::records::SessionId;
use keuzehulp::session::SessionState;
use keuzehulp::view::patient::{patient_screen, PatientScreen};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// The window's label (named in capabilities/patient.json).
pub const LABEL: &str = "patient";
/// The event that carries a new [`PatientPage`] to it.
pub const EVENT: &str = "patient-page";

/// The session the patient's screen follows, while it is open.
#[derive(Default)]
pub struct Room {
    followed: Mutex<Option<SessionId>>,
}

/// What the patient's window draws: its texts and, while a session is open, the step.
#[derive(Serialize, Clone)]
pub struct PatientPage {
    /// Language code, for `<html lang>`.
    language: &'static str,
    /// `rtl` or `ltr`.
    direction: &'static str,
    /// The window's title.
    title: String,
    /// Shown while no session is open.
    waiting: String,
    /// The step on the clinician's screen, when a session is open.
    screen: Option<PatientScreen>,
}

fn page(state: &AppState, screen: Option<PatientScreen>) -> PatientPage {
    let l10n = state.l10n();
    let language = l10n.language();
    PatientPage {
        language: language.code(),
        direction: if language.is_rtl() { "rtl" } else { "ltr" },
        title: l10n.text("room-patient-title"),
        waiting: l10n.text("room-patient-waiting"),
        screen,
    }
}

/// The page of the followed session, rebuilt from its recorded events.
fn followed_page(app: &AppHandle, state: &AppState) -> Result<PatientPage, AppError> {
    let followed = *app
        .state::<Room>()
        .followed
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    let Some(session) = followed else {
        return Ok(page(state, None));
    };
    let records = state.store()?;
    let fail = |e: keuzehulp::records::RecordsError| state.records_error(&e);
    let summary = records.session(session).map_err(fail)?;
    let session_state = records.session_state(session).map_err(fail)?;
    drop(records);
    let entry = state.session_entry(&summary.start)?;
    Ok(page(
        state,
        Some(patient_screen(&entry.grid, &session_state, &state.l10n())),
    ))
}

/// Tell the patient's window, when it is open, that `session` is now at `session_state`.
pub fn follow(
    app: &AppHandle,
    state: &AppState,
    session: SessionId,
    grid: &OptionGrid,
    session_state: &SessionState,
) {
    if app.get_webview_window(LABEL).is_none() {
        return;
    }
    *app.state::<Room>()
        .followed
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(session);
    let screen = patient_screen(grid, session_state, &state.l10n());
    send(app, &page(state, Some(screen)));
}

/// Tell the patient's window, when it is open, that no session is on screen any more.
pub fn leave(app: &AppHandle, state: &AppState) {
    if app.get_webview_window(LABEL).is_none() {
        return;
    }
    *app.state::<Room>()
        .followed
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = None;
    send(app, &page(state, None));
}

fn send(app: &AppHandle, page: &PatientPage) {
    if let Err(e) = app.emit_to(LABEL, EVENT, page) {
        eprintln!("keuzehulp: patient screen: {e}");
    }
}

/// Open the screen for the patient (or bring it forward), following `session`; it goes on
/// another monitor than the clinician's window when there is one.
#[tauri::command]
pub async fn open_patient_screen(app: AppHandle, session: i64) -> Result<(), AppError> {
    *app.state::<Room>()
        .followed
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(SessionId(session));
    let handle = app.clone();
    let page = blocking(&app, move |state| followed_page(&handle, state)).await?;
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = window.set_focus();
        send(&app, &page);
        return Ok(());
    }
    let window = WebviewWindowBuilder::new(&app, LABEL, WebviewUrl::App("patient.html".into()))
        .title(&page.title)
        .inner_size(1024.0, 768.0)
        .build()
        .map_err(|e| {
            let l10n = app.state::<AppState>().l10n();
            AppError::new(
                "patient-screen",
                l10n.format("room-patient-error", &[("reason", e.to_string())]),
            )
        })?;
    place(&app, &window);
    Ok(())
}

/// When the clinician's window closes, the patient's closes with it (and the app ends).
pub fn on_window_event(window: &tauri::Window, event: &tauri::WindowEvent) {
    if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
        if let Some(patient) = window.app_handle().get_webview_window(LABEL) {
            let _ = patient.close();
        }
    }
}

/// The patient's page now: the window asks for it when it has loaded.
#[tauri::command]
pub async fn patient_page(app: AppHandle) -> Result<PatientPage, AppError> {
    let handle = app.clone();
    blocking(&app, move |state| followed_page(&handle, state)).await
}

fn monitor(m: &tauri::Monitor) -> Monitor {
    Monitor {
        x: m.position().x,
        y: m.position().y,
        width: m.size().width,
        height: m.size().height,
    }
}

/// Put `window` on the monitor [`placement::patient_monitor`] picks: filling another monitor,
/// or at the corner of the clinician's own.
fn place(app: &AppHandle, window: &WebviewWindow) {
    let monitors = app.available_monitors().unwrap_or_default();
    let clinician = app
        .get_webview_window("main")
        .and_then(|main| main.current_monitor().ok().flatten())
        .map(|m| monitor(&m));
    let all: Vec<Monitor> = monitors.iter().map(monitor).collect();
    let Some(chosen) = placement::patient_monitor(&all, clinician) else {
        return;
    };
    let target = all[chosen];
    let _ = window.set_position(tauri::PhysicalPosition::new(target.x, target.y));
    if Some(target) != clinician {
        let _ = window.maximize();
    }
}
