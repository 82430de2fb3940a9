//! Versioned schema migrations, applied in one transaction. The schema version lives in
//! SQLite's `user_version`; a database written by a newer version is refused untouched.
//!
//! # Append-only events
//!
//! Trigger `event_no_update` refuses every `UPDATE` of an event. Trigger `event_no_delete`
//! refuses every `DELETE` of an event unless its session is listed in the `erasure` table.
//! Erasing a patient lists the patient's sessions there, deletes the patient (the foreign
//! keys cascade to sessions and events) and empties `erasure` again, all in one
//! transaction. We chose this over triggers that refuse only `UPDATE`: a stray
//! `DELETE FROM event` or `DELETE FROM session` (a bug, a hand-run query) is refused too,
//! and the only way to remove an event is the erasure of the whole patient. The marker table
//! keys on the session id, not the patient, because during the cascade the session row may
//! already be gone when the event trigger runs.

use rusqlite::{Connection, TransactionBehavior};

use super::RecordsError;

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: settings of this installation (language, text size).
    "CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;",
    // 2: patients, their sessions and the append-only events of each session; recently
    // opened grids. The module comment says how events are protected.
    "PRAGMA application_id = 1264207948;
    CREATE TABLE patient (
        id         INTEGER PRIMARY KEY,
        label      TEXT UNIQUE NOT NULL,
        birth_year INTEGER,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE session (
        id              INTEGER PRIMARY KEY,
        patient_id      INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        grid_id         TEXT NOT NULL,
        content_version TEXT NOT NULL,
        content_sha256  TEXT NOT NULL,
        mode            TEXT NOT NULL,
        started_at      TEXT NOT NULL
    ) STRICT;
    CREATE INDEX session_by_patient ON session (patient_id, id);
    CREATE TABLE event (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        recorded_at TEXT NOT NULL,
        payload     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX event_by_session ON event (session_id, id);
    CREATE TABLE erasure (
        session_id INTEGER PRIMARY KEY
    ) STRICT;
    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
    BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
    END;
    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
    WHEN NOT EXISTS (SELECT 1 FROM erasure WHERE session_id = OLD.session_id)
    BEGIN
        SELECT RAISE(ABORT, 'events are deleted only when their patient is erased');
    END;
    CREATE TABLE recent_grid (
        id        INTEGER PRIMARY KEY,
        grid_id   TEXT UNIQUE NOT NULL,
        opened_at TEXT NOT NULL
    ) STRICT;",
    // 3: the "take it home" round trip (`export::home_file`). At the clinic, which events came
    // back from home, under the id they carry in the session file (so importing the same file
    // twice adds nothing) and the time they were given at home. At home, the session file a
    // session was opened from and the first event recorded at home. Both follow their event
    // or session when a patient is erased.
    "CREATE TABLE home_event (
        event_id         INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
        file_event_id    TEXT UNIQUE NOT NULL,
        export_id        TEXT NOT NULL,
        home_recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE home_session (
        session_id       INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
        export_id        TEXT UNIQUE NOT NULL,
        file             TEXT NOT NULL,
        event_prefix     TEXT NOT NULL,
        first_home_event INTEGER NOT NULL
    ) STRICT;",
];

/// `PRAGMA application_id` of a keuzehulp database (from schema version 2 on): "KZHL".
pub const APPLICATION_ID: i32 = 0x4B5A_484C;

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The schema version of a database.
pub fn schema_version(conn: &Connection) -> Result<i64, RecordsError> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Fail with [`RecordsError::NewerSchema`] when the file was written by a newer version.
pub fn refuse_newer(conn: &Connection) -> Result<(), RecordsError> {
    let current = schema_version(conn)?;
    if current > latest_version() {
        return Err(RecordsError::NewerSchema {
            found: current,
            supported: latest_version(),
        });
    }
    Ok(())
}

/// Bring the database to the latest version, all steps in one transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), RecordsError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    refuse_newer(&tx)?;
    let current = schema_version(&tx)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}
