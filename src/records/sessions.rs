//! Sessions of a patient, pinned to the content they saw, and the append-only events of each
//! session: every answer is durable the moment [`Store::record`] returns.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::Serialize;

use super::patients::{now_text, parse_time, patient_by_label};
use super::recent::touch_recent_in;
use super::{PatientId, RecordsError, Store};
use crate::content::OptionGrid;
use crate::session::{Choice, EventError, Importance, Mode, SessionEvent, SessionState};

/// The id of a session in the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SessionId(pub i64);

/// Importance ratings per aspect id, at the end of a session.
pub type Ratings = BTreeMap<String, Importance>;

/// What a session is pinned to when it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionStart {
    /// The option grid's id.
    pub grid_id: String,
    /// The grid's content version.
    pub content_version: String,
    /// SHA-256 (hex) of the grid file the patient saw.
    pub content_sha256: String,
    /// The mode the session starts in.
    pub mode: Mode,
}

impl SessionStart {
    /// A start pinned to exactly the grid in `entry`: its id, version and file hash.
    pub fn pinned_to(entry: &crate::library::Entry, mode: Mode) -> SessionStart {
        SessionStart {
            grid_id: entry.grid.id.clone(),
            content_version: entry.grid.version.clone(),
            content_sha256: entry.sha256.clone(),
            mode,
        }
    }
}

/// A session as listed for a patient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionSummary {
    /// The id.
    pub id: SessionId,
    /// Whose session.
    pub patient: PatientId,
    /// Grid, version, hash and mode at the start.
    #[serde(flatten)]
    pub start: SessionStart,
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// When the last event was recorded, if any.
    pub last_event_at: Option<DateTime<Utc>>,
    /// The latest choice, if one was made.
    pub choice: Option<Choice>,
}

/// An event as recorded, with its time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordedEvent {
    /// Row id; increases in the order events were recorded.
    pub id: i64,
    /// The session.
    pub session: SessionId,
    /// When it was recorded (UTC).
    pub recorded_at: DateTime<Utc>,
    /// What happened.
    pub event: SessionEvent,
}

fn mode_text(mode: Mode) -> &'static str {
    match mode {
        Mode::Consultation => "consultation",
        Mode::Home => "home",
    }
}

fn mode_from_text(text: &str) -> rusqlite::Result<Mode> {
    match text {
        "home" => Ok(Mode::Home),
        "consultation" => Ok(Mode::Consultation),
        other => Err(rusqlite::Error::InvalidColumnType(
            5,
            other.to_owned(),
            rusqlite::types::Type::Text,
        )),
    }
}

const SUMMARY_SELECT: &str = "SELECT s.id, s.patient_id, s.grid_id, s.content_version,
        s.content_sha256, s.mode, s.started_at,
        (SELECT max(recorded_at) FROM event e WHERE e.session_id = s.id),
        (SELECT payload FROM event e WHERE e.session_id = s.id
            AND json_extract(e.payload, '$.event') = 'choice_made'
            ORDER BY e.id DESC LIMIT 1)
    FROM session s";

/// A summary row, with the last choice's payload still as JSON.
fn summary_from_row(row: &Row) -> rusqlite::Result<(SessionSummary, Option<String>)> {
    let last: Option<String> = row.get(7)?;
    Ok((
        SessionSummary {
            id: SessionId(row.get(0)?),
            patient: PatientId(row.get(1)?),
            start: SessionStart {
                grid_id: row.get(2)?,
                content_version: row.get(3)?,
                content_sha256: row.get(4)?,
                mode: mode_from_text(&row.get::<_, String>(5)?)?,
            },
            started_at: parse_time(&row.get::<_, String>(6)?)?,
            last_event_at: last.as_deref().map(parse_time).transpose()?,
            choice: None,
        },
        row.get(8)?,
    ))
}

/// Fill in the choice from its event's payload.
fn with_choice(
    (mut summary, payload): (SessionSummary, Option<String>),
) -> Result<SessionSummary, RecordsError> {
    if let Some(payload) = payload {
        if let SessionEvent::ChoiceMade { choice } = decode(summary.id.0, &payload)? {
            summary.choice = Some(choice);
        }
    }
    Ok(summary)
}

/// Insert a session on `conn` (the store's connection or a transaction on it).
pub(super) fn insert_session(
    conn: &rusqlite::Connection,
    patient: PatientId,
    start: &SessionStart,
) -> Result<SessionId, RecordsError> {
    conn.execute(
        "INSERT INTO session (patient_id, grid_id, content_version, content_sha256, mode,
            started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            patient.0,
            start.grid_id,
            start.content_version,
            start.content_sha256,
            mode_text(start.mode),
            now_text()
        ],
    )?;
    Ok(SessionId(conn.last_insert_rowid()))
}

/// Insert one event of `session` on `conn` (a transaction of the caller's); its row id.
pub(super) fn insert_event(
    conn: &rusqlite::Connection,
    session: SessionId,
    event: &SessionEvent,
    recorded_at: DateTime<Utc>,
) -> Result<i64, RecordsError> {
    let payload =
        serde_json::to_string(event).map_err(|source| RecordsError::BadEvent { id: 0, source })?;
    conn.execute(
        "INSERT INTO event (session_id, recorded_at, payload) VALUES (?1, ?2, ?3)",
        params![
            session.0,
            recorded_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            payload
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

fn decode(id: i64, payload: &str) -> Result<SessionEvent, RecordsError> {
    serde_json::from_str(payload).map_err(|source| RecordsError::BadEvent { id, source })
}

impl Store {
    /// Sessions that began on this installation (not copies opened from a session file),
    /// oldest first, optionally of one grid only.
    pub fn own_session_ids(&self, grid_id: Option<&str>) -> Result<Vec<SessionId>, RecordsError> {
        let mut stmt = self.conn().prepare(
            "SELECT s.id FROM session s
             WHERE (?1 IS NULL OR s.grid_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM home_session h WHERE h.session_id = s.id)
             ORDER BY s.id",
        )?;
        let rows = stmt.query_map(params![grid_id], |r| r.get(0).map(SessionId))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Begin a session for the patient labelled `label` (added when new), pinned to the
    /// content in `start`, with its `first` events, and note the grid as recently used: one
    /// transaction, so a failure or a crash leaves all of it or nothing (no empty session,
    /// no patient without one).
    pub fn begin_session(
        &mut self,
        label: &str,
        start: &SessionStart,
        first: &[SessionEvent],
    ) -> Result<SessionId, RecordsError> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let patient = patient_by_label(&tx, label)?;
        let session = insert_session(&tx, patient, start)?;
        for event in first {
            insert_event(&tx, session, event, Utc::now())?;
        }
        touch_recent_in(&tx, &start.grid_id)?;
        tx.commit()?;
        Ok(session)
    }

    /// Record one answer after checking it against `grid`, the grid the session is pinned
    /// to: an answer naming a row, an aspect or an option the grid does not have, a value
    /// out of range, or a grid other than the session's is refused
    /// ([`RecordsError::Answer`]) and nothing is written.
    pub fn record_answer(
        &mut self,
        session: SessionId,
        event: &SessionEvent,
        grid: &OptionGrid,
    ) -> Result<RecordedEvent, RecordsError> {
        let pinned = self.session(session)?.start.grid_id;
        if pinned != grid.id {
            return Err(RecordsError::Answer(EventError::OtherGrid(pinned)));
        }
        event.check(grid).map_err(RecordsError::Answer)?;
        self.record(session, event)
    }

    /// Start a session for `patient`, pinned to the content in `start`.
    pub fn start_session(
        &self,
        patient: PatientId,
        start: &SessionStart,
    ) -> Result<SessionId, RecordsError> {
        self.patient(patient)?;
        insert_session(self.conn(), patient, start)
    }

    /// The sessions of a patient, oldest first.
    pub fn sessions_of(&self, patient: PatientId) -> Result<Vec<SessionSummary>, RecordsError> {
        self.patient(patient)?;
        let mut stmt = self.conn().prepare(&format!(
            "{SUMMARY_SELECT} WHERE s.patient_id = ?1 ORDER BY s.id"
        ))?;
        let rows: Vec<_> = stmt
            .query_map([patient.0], summary_from_row)?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(with_choice).collect()
    }

    /// One session.
    pub fn session(&self, id: SessionId) -> Result<SessionSummary, RecordsError> {
        let row = self
            .conn()
            .query_row(
                &format!("{SUMMARY_SELECT} WHERE s.id = ?1"),
                [id.0],
                summary_from_row,
            )
            .optional()?
            .ok_or(RecordsError::UnknownSession(id))?;
        with_choice(row)
    }

    /// Record one event of a session. When this returns `Ok` the event is on disk: one
    /// committed transaction with `synchronous=FULL`.
    pub fn record(
        &mut self,
        session: SessionId,
        event: &SessionEvent,
    ) -> Result<RecordedEvent, RecordsError> {
        let recorded_at = Utc::now();
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists = tx
            .query_row("SELECT 1 FROM session WHERE id = ?1", [session.0], |_| {
                Ok(())
            })
            .optional()?
            .is_some();
        if !exists {
            return Err(RecordsError::UnknownSession(session));
        }
        let id = insert_event(&tx, session, event, recorded_at)?;
        tx.commit()?;
        Ok(RecordedEvent {
            id,
            session,
            recorded_at,
            event: event.clone(),
        })
    }

    /// The events of a session, in the order they were recorded.
    pub fn events(&self, session: SessionId) -> Result<Vec<RecordedEvent>, RecordsError> {
        self.session(session)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, recorded_at, payload FROM event WHERE session_id = ?1 ORDER BY id",
        )?;
        let rows: Vec<(i64, String, String)> = stmt
            .query_map([session.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(id, at, payload)| {
                Ok(RecordedEvent {
                    id,
                    session,
                    recorded_at: parse_time(&at)?,
                    event: decode(id, &payload)?,
                })
            })
            .collect()
    }

    /// The state of a session: its start mode, then the fold of its events
    /// ([`SessionState::from_events`]).
    pub fn session_state(&self, session: SessionId) -> Result<SessionState, RecordsError> {
        let start = SessionEvent::ModeChosen {
            mode: self.session(session)?.start.mode,
        };
        let events = self.events(session)?;
        Ok(SessionState::from_events(
            std::iter::once(&start).chain(events.iter().map(|e| &e.event)),
        ))
    }

    /// How a patient's importance ratings for one grid changed: each session with that grid,
    /// oldest first, with the ratings at its end.
    pub fn preference_history(
        &self,
        patient: PatientId,
        grid_id: &str,
    ) -> Result<Vec<(SessionSummary, Ratings)>, RecordsError> {
        self.sessions_of(patient)?
            .into_iter()
            .filter(|s| s.start.grid_id == grid_id)
            .map(|s| {
                let importance = self.session_state(s.id)?.importance;
                Ok((s, importance))
            })
            .collect()
    }
}
