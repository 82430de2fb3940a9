//! Versioned schema migrations, applied in one transaction. The schema version lives in
//! SQLite's `user_version`; a database written by a newer version is refused untouched.

use rusqlite::{Connection, TransactionBehavior};

use super::RecordsError;

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: settings of this installation (language, text size).
    "CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;",
];

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
