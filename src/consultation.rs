//! The consultation's workflow in one place, whichever window, link or test drives it: begin
//! a session for a patient, find one to continue, record an answer. The desktop shell's
//! commands are a line over these; the rules live here and in the records, where unit tests
//! reach them.
//!
//! Every answer goes through [`Store::record_answer`], which checks it against the grid the
//! session is pinned to before writing it: what does not fit is refused and nothing is
//! recorded.

use crate::entry::Entry;
use crate::records::{RecordsError, SessionId, SessionStart, SessionSummary, Store};
use crate::session::{Mode, SessionEvent, SessionState, Step};

/// A session that has just begun or was found to continue.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The session.
    pub session: SessionId,
    /// Its state now, folded from the recorded events.
    pub state: SessionState,
}

/// The events every session begins with: the mode, then the first step.
pub fn first_events(mode: Mode) -> [SessionEvent; 2] {
    [
        SessionEvent::ModeChosen { mode },
        SessionEvent::StepOpened { step: Step::Choice },
    ]
}

/// Begin a session on `entry` in `mode` for the patient labelled `label` (added when new),
/// pinned to exactly that content, at the first step; in one transaction.
pub fn begin(
    store: &mut Store,
    entry: &Entry,
    mode: Mode,
    label: &str,
) -> Result<Opened, RecordsError> {
    let start = SessionStart::pinned_to(entry, mode);
    let session = store.begin_session(label, &start, &first_events(mode))?;
    Ok(Opened {
        session,
        state: store.session_state(session)?,
    })
}

/// The recorded session `session` with its state, to continue where it was left (also after
/// a restart: the state is rebuilt from the events).
pub fn resume(
    store: &Store,
    session: SessionId,
) -> Result<(SessionSummary, SessionState), RecordsError> {
    Ok((store.session(session)?, store.session_state(session)?))
}

/// The newest session of the patient labelled `label` on grid `grid_id` in which no choice
/// was made yet, to offer to continue it; `None` when the patient is new or has none.
pub fn unfinished(
    store: &Store,
    label: &str,
    grid_id: &str,
) -> Result<Option<SessionSummary>, RecordsError> {
    let label = label.trim();
    let Some(patient) = store.patients()?.into_iter().find(|p| p.label == label) else {
        return Ok(None);
    };
    Ok(store
        .sessions_of(patient.id)?
        .into_iter()
        .rev()
        .find(|s| s.start.grid_id == grid_id && s.choice.is_none()))
}

/// Record one answer in `session`, checked against `entry`'s grid by the store, and return
/// the session's state after it. The answer is on disk when this returns `Ok`.
pub fn record(
    store: &mut Store,
    entry: &Entry,
    session: SessionId,
    event: &SessionEvent,
) -> Result<SessionState, RecordsError> {
    store.record_answer(session, event, &entry.grid)?;
    store.session_state(session)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use crate::session::{Choice, EventError};

    fn entry() -> Entry {
        let library = Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        library.entries()[0].clone()
    }

    #[test]
    fn a_session_begins_at_the_first_step_for_a_new_or_known_patient() {
        let mut store = Store::in_memory().unwrap();
        let entry = entry();
        let first = begin(&mut store, &entry, Mode::Consultation, " P-1 ").unwrap();
        assert_eq!(first.state.step, Step::Choice);
        assert_eq!(first.state.mode, Mode::Consultation);
        let again = begin(&mut store, &entry, Mode::Home, "P-1").unwrap();
        assert_ne!(first.session, again.session);
        assert_eq!(
            store.patients().unwrap().len(),
            1,
            "the label names one patient"
        );
        assert_eq!(store.recent_grids(1).unwrap(), vec![entry.grid.id.clone()]);
        let (summary, state) = resume(&store, again.session).unwrap();
        assert_eq!(summary.start.content_sha256, entry.sha256);
        assert_eq!(state.mode, Mode::Home);
    }

    #[test]
    fn a_refused_label_begins_nothing() {
        let mut store = Store::in_memory().unwrap();
        let refused = begin(&mut store, &entry(), Mode::Consultation, "111222333");
        assert!(matches!(refused, Err(RecordsError::LabelLooksLikeBsn)));
        assert!(
            store.patients().unwrap().is_empty(),
            "no patient without a session"
        );
    }

    #[test]
    fn answers_that_do_not_fit_the_grid_are_refused_and_not_recorded() {
        let mut store = Store::in_memory().unwrap();
        let entry = entry();
        let opened = begin(&mut store, &entry, Mode::Consultation, "P-2").unwrap();
        let before = store.events(opened.session).unwrap().len();
        let unknown = SessionEvent::ChoiceMade {
            choice: Choice::Option("no-such-option".into()),
        };
        assert!(matches!(
            record(&mut store, &entry, opened.session, &unknown),
            Err(RecordsError::Answer(EventError::UnknownOption(_)))
        ));
        let mut other = entry.clone();
        other.grid.id = "another-grid".into();
        let step = SessionEvent::StepOpened {
            step: Step::Options,
        };
        assert!(matches!(
            record(&mut store, &other, opened.session, &step),
            Err(RecordsError::Answer(EventError::OtherGrid(_)))
        ));
        assert_eq!(store.events(opened.session).unwrap().len(), before);
        let state = record(&mut store, &entry, opened.session, &step).unwrap();
        assert_eq!(state.step, Step::Options);
    }

    #[test]
    fn the_newest_session_without_a_choice_is_the_one_to_continue() {
        let mut store = Store::in_memory().unwrap();
        let entry = entry();
        assert_eq!(unfinished(&store, "P-3", &entry.grid.id).unwrap(), None);
        let older = begin(&mut store, &entry, Mode::Consultation, "P-3").unwrap();
        let newer = begin(&mut store, &entry, Mode::Consultation, "P-3").unwrap();
        let found = unfinished(&store, "P-3", &entry.grid.id).unwrap().unwrap();
        assert_eq!(found.id, newer.session);
        let option = entry.grid.options[0].id.clone();
        let chosen = SessionEvent::ChoiceMade {
            choice: Choice::Option(option),
        };
        record(&mut store, &entry, newer.session, &chosen).unwrap();
        let found = unfinished(&store, "P-3", &entry.grid.id).unwrap().unwrap();
        assert_eq!(found.id, older.session);
        assert_eq!(unfinished(&store, "P-3", "another-grid").unwrap(), None);
    }
}
