//! Patient records and settings, kept only on this machine in one SQLite file.
//!
//! What a patient says in a consultation must never be lost and never leak. So the file is
//! owner-only, every answer is one committed transaction with `synchronous=FULL`, events are
//! append-only (triggers in the schema), one app instance at a time holds an advisory lock,
//! erasure scrubs the file (`secure_delete`, WAL truncate, `VACUUM`), and rolling backups use
//! SQLite's backup API.

mod backup;
mod error;
mod export;
mod home;
pub mod migrations;
mod patients;
mod recent;
mod sessions;
mod settings;
#[cfg(test)]
mod tests;

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use backup::{BackupInfo, KEEP_BACKUPS};
pub use error::RecordsError;
pub use export::{PatientExport, SessionExport};
pub use home::{HomeEvent, HomeOpening, HomeSession, ReturningAnswer};
pub use patients::{Patient, PatientId, MAX_LABEL_CHARS, MIN_BIRTH_YEAR};
pub use sessions::{Ratings, RecordedEvent, SessionId, SessionStart, SessionSummary};
pub use settings::Setting;

/// File name of the database inside the data directory.
pub const DATABASE_FILE: &str = "keuzehulp.sqlite3";

/// File name of the lock that keeps a second app instance off the database.
pub const LOCK_FILE: &str = "keuzehulp.lock";

/// The open database of this installation.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The data directory; `None` in memory.
    data_dir: Option<PathBuf>,
    /// The exclusive advisory lock on [`LOCK_FILE`], held as long as the store lives.
    _lock: Option<File>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open (or create) the database in `data_dir`, creating the directory readable by the
    /// owner only, take the instance lock and apply migrations. A second open of the same
    /// directory while this store lives fails with [`RecordsError::InUse`]; a damaged file
    /// fails with [`RecordsError::Corrupt`] and is left as it is.
    pub fn open(data_dir: &Path) -> Result<Store, RecordsError> {
        create_private_dir(data_dir)?;
        let lock = lock(data_dir)?;
        let path = data_dir.join(DATABASE_FILE);
        let conn = Connection::open(&path)?;
        restrict_to_owner(&path)?;
        let mut store = Store {
            conn,
            path,
            data_dir: Some(data_dir.to_owned()),
            _lock: Some(lock),
        };
        store.prepare(true)?;
        Ok(store)
    }

    /// Open the database in `data_dir` for reading only (SQLite's `SQLITE_OPEN_READ_ONLY`),
    /// for example to look at records on a medium that cannot be written. Every write fails
    /// with [`RecordsError::ReadOnly`]. The schema must already be the latest.
    pub fn open_read_only(data_dir: &Path) -> Result<Store, RecordsError> {
        let path = data_dir.join(DATABASE_FILE);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)?;
        let mut store = Store {
            conn,
            path,
            data_dir: Some(data_dir.to_owned()),
            _lock: None,
        };
        store.prepare(false)?;
        if migrations::schema_version(&store.conn)? < migrations::latest_version() {
            return Err(RecordsError::ReadOnly);
        }
        Ok(store)
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Store, RecordsError> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            data_dir: None,
            _lock: None,
        };
        store.prepare(true)?;
        Ok(store)
    }

    /// Pragmas, checks and (when `write`) migrations, in an order that never writes to a
    /// file that is damaged or newer than this build.
    fn prepare(&mut self, write: bool) -> Result<(), RecordsError> {
        let conn = &mut self.conn;
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted content is overwritten with zeros, so erasure leaves no readable bytes.
        conn.pragma_update(None, "secure_delete", "ON")?;
        // Refuse a newer or damaged database before anything writes to the file (WAL mode
        // changes the header).
        migrations::refuse_newer(conn)?;
        check_integrity(conn)?;
        if write {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            migrations::migrate(conn)?;
        }
        Ok(())
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The data directory, `None` in memory.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// The connection, for the record modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for transactions.
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// `PRAGMA quick_check`: [`RecordsError::Corrupt`] unless it says `ok`.
pub(crate) fn check_integrity(conn: &Connection) -> Result<(), RecordsError> {
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if rows == ["ok"] {
        Ok(())
    } else {
        Err(RecordsError::Corrupt)
    }
}

/// Take the exclusive advisory lock of `data_dir`.
fn lock(data_dir: &Path) -> Result<File, RecordsError> {
    let path = data_dir.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io_error(&path))?;
    restrict_to_owner(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(RecordsError::InUse { lock: path }),
        Err(std::fs::TryLockError::Error(source)) => Err(RecordsError::Io { path, source }),
    }
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> RecordsError + '_ {
    move |source| RecordsError::Io {
        path: path.to_owned(),
        source,
    }
}

fn create_private_dir(dir: &Path) -> Result<(), RecordsError> {
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    set_mode(dir, 0o700).map_err(io_error(dir))
}

fn restrict_to_owner(file: &Path) -> Result<(), RecordsError> {
    set_mode(file, 0o600).map_err(io_error(file))
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}
