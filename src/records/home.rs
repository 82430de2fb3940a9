//! The records' side of the "take it home" round trip (`export::home_file`): at home, the
//! session a session file was opened into; at the clinic, the answers that came back from
//! home. The file format and its checks live in `export::home_file`; the SQL lives here.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use super::patients::{parse_time, patient_by_label};
use super::sessions::{insert_event, insert_session};
use super::{RecordsError, SessionId, SessionStart, Store};
use crate::session::SessionEvent;

/// At home: the session file a session was opened from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeSession {
    /// The session file as it was opened (its text).
    pub file: String,
    /// Prefix of the ids of events recorded here, in the file sent back.
    pub prefix: String,
    /// Row id of the first event recorded at home; earlier ones came with the file.
    pub first_home_event: i64,
}

/// A session file to open at home, already checked.
#[derive(Debug, Clone)]
pub struct HomeOpening<'a> {
    /// The export's id: a file opened again finds its session.
    pub export_id: &'a str,
    /// The patient's label (the patient is made when missing).
    pub patient_label: &'a str,
    /// The content the session is pinned to.
    pub start: SessionStart,
    /// The file's text, kept to send it back with the answers given here.
    pub file: &'a str,
    /// Prefix of the ids of events recorded here.
    pub prefix: &'a str,
    /// The answers so far, replayed into the new session.
    pub events: Vec<&'a SessionEvent>,
}

/// An answer given at home, to add at the clinic.
#[derive(Debug, Clone)]
pub struct ReturningAnswer<'a> {
    /// Its id in the session file.
    pub file_event_id: &'a str,
    /// When it was given at home.
    pub home_recorded_at: DateTime<Utc>,
    /// What was said.
    pub event: &'a SessionEvent,
}

/// An event in the clinic's record that came from home.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeEvent {
    /// The event's row id in the record.
    pub event_id: i64,
    /// Its id in the session file.
    pub file_event_id: String,
    /// When it was given at home.
    pub home_recorded_at: DateTime<Utc>,
}

fn time_text(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

impl Store {
    /// The session file `session` was opened from, if it was (this is the app at home).
    pub fn home_session(&self, session: SessionId) -> Result<Option<HomeSession>, RecordsError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT file, event_prefix, first_home_event FROM home_session
                 WHERE session_id = ?1",
                [session.0],
                |r| {
                    Ok(HomeSession {
                        file: r.get(0)?,
                        prefix: r.get(1)?,
                        first_home_event: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Open a session file at home in one transaction: the patient (when missing), a session,
    /// the answers so far and the file itself, or nothing at all when anything fails. When
    /// the export was opened here before, its session is returned and nothing is added
    /// (`true`: it was already here).
    pub fn open_home_session(
        &mut self,
        opening: &HomeOpening,
    ) -> Result<(SessionId, bool), RecordsError> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT session_id FROM home_session WHERE export_id = ?1",
                [opening.export_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok((SessionId(id), true));
        }
        let patient = patient_by_label(&tx, opening.patient_label)?;
        let session = insert_session(&tx, patient, &opening.start)?;
        let now = Utc::now();
        for event in &opening.events {
            insert_event(&tx, session, event, now)?;
        }
        let last: i64 = tx.query_row(
            "SELECT coalesce(max(id), 0) FROM event WHERE session_id = ?1",
            [session.0],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO home_session (session_id, export_id, file, event_prefix, first_home_event)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                session.0,
                opening.export_id,
                opening.file,
                opening.prefix,
                last + 1
            ],
        )?;
        tx.commit()?;
        Ok((session, false))
    }

    /// Whether the answer with this id in a session file is in the record already.
    pub fn has_home_event(&self, file_event_id: &str) -> Result<bool, RecordsError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM home_event WHERE file_event_id = ?1",
                [file_event_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Append answers given at home to `session` at the clinic, in one transaction, each noted
    /// with its id in the file of export `export_id` and the time it was given at home.
    pub fn add_home_answers(
        &mut self,
        session: SessionId,
        export_id: &str,
        answers: &[ReturningAnswer],
    ) -> Result<(), RecordsError> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = Utc::now();
        for answer in answers {
            let row = insert_event(&tx, session, answer.event, now)?;
            tx.execute(
                "INSERT INTO home_event (event_id, file_event_id, export_id, home_recorded_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    row,
                    answer.file_event_id,
                    export_id,
                    time_text(answer.home_recorded_at)
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The events of `session` that came from home, in the order they were recorded.
    pub fn home_events(&self, session: SessionId) -> Result<Vec<HomeEvent>, RecordsError> {
        let mut stmt = self.conn().prepare(
            "SELECT h.event_id, h.file_event_id, h.home_recorded_at FROM home_event h
             JOIN event e ON e.id = h.event_id WHERE e.session_id = ?1 ORDER BY h.event_id",
        )?;
        let rows = stmt
            .query_map([session.0], |r| {
                Ok(HomeEvent {
                    event_id: r.get(0)?,
                    file_event_id: r.get(1)?,
                    home_recorded_at: parse_time(&r.get::<_, String>(2)?)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
