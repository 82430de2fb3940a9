//! Commands of the consultation: begin a session for a patient, record each answer the moment
//! it is given, and return the screen of the step the session is on.

use keuzehulp::records::{SessionId, SessionStart, Store};
use keuzehulp::session::{Mode, SessionEvent, Step};
use keuzehulp::view::consultation::{self, ConsultationScreen};
use serde::Serialize;
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

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
pub fn start_session(
    state: State<'_, AppState>,
    grid_id: String,
    mode: Mode,
    patient: String,
) -> Result<SessionOpened, AppError> {
    let entry = state.entry(&grid_id)?;
    let mut records = state.store()?;
    let store: &mut Store = &mut records;
    let fail = |e: keuzehulp::records::RecordsError| state.records_error(&e);
    let label = patient.trim();
    let existing = store
        .patients()
        .map_err(fail)?
        .into_iter()
        .find(|p| p.label == label);
    let patient = match existing {
        Some(p) => p.id,
        None => store.add_patient(label, None).map_err(fail)?,
    };
    let session = store
        .start_session(patient, &SessionStart::pinned_to(&entry, mode))
        .map_err(fail)?;
    for event in [
        SessionEvent::ModeChosen { mode },
        SessionEvent::StepOpened { step: Step::Choice },
    ] {
        store.record(session, &event).map_err(fail)?;
    }
    store.touch_recent(&entry.grid.id).map_err(fail)?;
    let session_state = store.session_state(session).map_err(fail)?;
    let l10n = state.l10n();
    Ok(SessionOpened {
        session,
        screen: consultation::consultation_screen(&entry.grid, &session_state, &l10n),
    })
}

/// The screen of the step a session is on (also after a restart: it is rebuilt from the
/// recorded events).
#[tauri::command]
pub fn session_screen(
    state: State<'_, AppState>,
    session: i64,
) -> Result<ConsultationScreen, AppError> {
    let records = state.store()?;
    let fail = |e: keuzehulp::records::RecordsError| state.records_error(&e);
    let summary = records.session(SessionId(session)).map_err(fail)?;
    let entry = state.entry(&summary.start.grid_id)?;
    let session_state = records.session_state(SessionId(session)).map_err(fail)?;
    Ok(consultation::consultation_screen(
        &entry.grid,
        &session_state,
        &state.l10n(),
    ))
}

/// Record one answer, durably, and return the screen as it now is. An answer that does not
/// fit the grid is refused with a reason and nothing is recorded.
#[tauri::command]
pub fn record_event(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    session: i64,
    event: SessionEvent,
) -> Result<ConsultationScreen, AppError> {
    let mut records = state.store()?;
    let fail = |e: keuzehulp::records::RecordsError| state.records_error(&e);
    let id = SessionId(session);
    let summary = records.session(id).map_err(fail)?;
    let entry = state.entry(&summary.start.grid_id)?;
    event
        .check(&entry.grid)
        .map_err(|e| AppError::new("answer", e.message(&state.l10n())))?;
    records.record(id, &event).map_err(fail)?;
    if event
        == (SessionEvent::StepOpened {
            step: Step::Summary,
        })
    {
        crate::patients::backup_soon(&app);
    }
    let session_state = records.session_state(id).map_err(fail)?;
    Ok(consultation::consultation_screen(
        &entry.grid,
        &session_state,
        &state.l10n(),
    ))
}
