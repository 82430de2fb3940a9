//! Patient records and settings, kept only on this machine in one SQLite file.

pub mod migrations;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use settings::Setting;

/// File name of the database inside the data directory.
pub const DATABASE_FILE: &str = "keuzehulp.sqlite3";

/// What can go wrong with the records.
#[derive(Debug, thiserror::Error)]
pub enum RecordsError {
    /// SQLite reported an error.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The data directory could not be made or read.
    #[error("data directory {path}: {source}")]
    Io {
        /// The directory.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The database was written by a newer version of the program.
    #[error("database schema version {found} is newer than this program reads ({supported})")]
    NewerSchema {
        /// Version found in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
}

/// The open database of this installation.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open (or create) the database in `data_dir`, creating the directory readable by the
    /// owner only, and apply migrations.
    pub fn open(data_dir: &Path) -> Result<Store, RecordsError> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DATABASE_FILE);
        let conn = Connection::open(&path)?;
        restrict_to_owner(&path)?;
        Store::from_connection(conn, path)
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Store, RecordsError> {
        Store::from_connection(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn from_connection(mut conn: Connection, path: PathBuf) -> Result<Store, RecordsError> {
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Refuse a newer database before anything writes to the file (WAL mode changes
        // the header).
        migrations::refuse_newer(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrations::migrate(&mut conn)?;
        Ok(Store { conn, path })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for the record modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_reaches_latest_schema() {
        let store = Store::in_memory().unwrap();
        assert_eq!(
            migrations::schema_version(store.conn()).unwrap(),
            migrations::latest_version()
        );
    }

    #[test]
    fn newer_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(dir.path()).unwrap_err();
        assert!(
            matches!(err, RecordsError::NewerSchema { found: 99, .. }),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[cfg(unix)]
    #[test]
    fn data_is_readable_by_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let store = Store::open(&data).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(store.path()), 0o600);
    }
}
