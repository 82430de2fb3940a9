//! Commands of the consultation: begin a session for a patient, record each answer the moment
//! it is given, and return the screen of the step the session is on.

use keuzehulp::consultation;
use keuzehulp::records::{RecordsError, SessionId};
use keuzehulp::session::{Mode, SessionEvent, Step};
use keuzehulp::view::consultation::{consultation_screen, ConsultationScreen};
use serde::Serialize;
use tauri::AppHandle;

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// A session that has just begun, with its first screen.
#[derive(Serialize)]
pub struct SessionOpened {
    /// The session's id, for later commands.
    session: SessionId,
    /// The first screen.
    screen: ConsultationScreen,
}

/// Begin a session on grid `grid_id` in `mode` for the patient labelled `patient` (added to
/// the records when new).
#[tauri::command]
pub async fn start_session(
    app: AppHandle,
    grid_id: String,
    mode: Mode,
    patient: String,
) -> Result<SessionOpened, AppError> {
    let room = app.clone();
    blocking(&app, move |state| {
        let entry = state.entry(&grid_id)?;
        let mut records = state.store()?;
        let opened = consultation::begin(&mut records, &entry, mode, &patient)
            .map_err(|e| state.records_error(&e))?;
        drop(records);
        crate::room::follow(&room, state, opened.session, &entry.grid, &opened.state);
        Ok(SessionOpened {
            session: opened.session,
            screen: consultation_screen(&entry.grid, &opened.state, &state.l10n()),
        })
    })
    .await
}

/// The screen of the step a session is on (also after a restart: it is rebuilt from the
/// recorded events).
#[tauri::command]
pub async fn session_screen(app: AppHandle, session: i64) -> Result<ConsultationScreen, AppError> {
    let room = app.clone();
    blocking(&app, move |state| screen_of(state, &room, session)).await
}

fn screen_of(
    state: &AppState,
    app: &AppHandle,
    session: i64,
) -> Result<ConsultationScreen, AppError> {
    let records = state.store()?;
    let (summary, session_state) =
        consultation::resume(&records, SessionId(session)).map_err(|e| state.records_error(&e))?;
    drop(records);
    let entry = state.session_entry(&summary.start)?;
    crate::room::follow(app, state, SessionId(session), &entry.grid, &session_state);
    Ok(consultation_screen(
        &entry.grid,
        &session_state,
        &state.l10n(),
    ))
}

/// Record one answer, durably, and return the screen as it now is. An answer that does not
/// fit the grid is refused with a reason and nothing is recorded.
#[tauri::command]
pub async fn record_event(
    app: AppHandle,
    session: i64,
    event: SessionEvent,
) -> Result<ConsultationScreen, AppError> {
    let backup = app.clone();
    blocking(&app, move |state| record(state, &backup, session, &event)).await
}

fn record(
    state: &AppState,
    app: &AppHandle,
    session: i64,
    event: &SessionEvent,
) -> Result<ConsultationScreen, AppError> {
    let mut records = state.store()?;
    let fail = |e: RecordsError| state.records_error(&e);
    let id = SessionId(session);
    let entry = state.session_entry(&records.session(id).map_err(fail)?.start)?;
    let session_state = consultation::record(&mut records, &entry, id, event).map_err(fail)?;
    drop(records);
    crate::room::follow(app, state, id, &entry.grid, &session_state);
    if *event
        == (SessionEvent::StepOpened {
            step: Step::Summary,
        })
    {
        crate::patients::backup_soon(app);
    }
    Ok(consultation_screen(
        &entry.grid,
        &session_state,
        &state.l10n(),
    ))
}
