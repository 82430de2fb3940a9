//! Rolling backups with SQLite's backup API, and restoring from one.
//!
//! Backups are single files (journal mode `DELETE`), owner-only, in `<data-dir>/backups/`,
//! named `keuzehulp-<UTC time>.sqlite3`; the newest [`KEEP_BACKUPS`] are kept.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{
    create_private_dir, io_error, lock, migrations, restrict_to_owner, RecordsError, Store,
    DATABASE_FILE,
};

/// How many backups are kept; older ones are removed.
pub const KEEP_BACKUPS: usize = 10;

/// The folder of backups inside the data directory.
const BACKUP_DIR: &str = "backups";

const PREFIX: &str = "keuzehulp-";
const SUFFIX: &str = ".sqlite3";
const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%.6fZ";

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was taken (from its name).
    pub taken_at: DateTime<Utc>,
    /// Its size in bytes.
    pub bytes: u64,
}

fn backup_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUP_DIR)
}

/// The time in a backup file name, if it is one.
fn taken_at(name: &str) -> Option<DateTime<Utc>> {
    let time = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(time, TIME_FORMAT)
        .ok()
        .map(|t| t.and_utc())
}

/// A new backup path in `dir`, named after now (a microsecond later while taken).
fn fresh_path(dir: &Path) -> PathBuf {
    let mut time = Utc::now();
    loop {
        let path = dir.join(format!("{PREFIX}{}{SUFFIX}", time.format(TIME_FORMAT)));
        if !path.exists() {
            return path;
        }
        time += chrono::Duration::microseconds(1);
    }
}

/// An empty file only the owner can read, made before anything is written to it.
fn create_private_file(path: &Path) -> Result<std::fs::File, RecordsError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(io_error(path))
}

/// Backups in `data_dir`, newest first.
fn list(data_dir: &Path) -> Result<Vec<BackupInfo>, RecordsError> {
    let dir = backup_dir(data_dir);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(&dir)(e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_error(&dir))?;
        let Some(taken_at) = taken_at(&entry.file_name().to_string_lossy()) else {
            continue;
        };
        let bytes = entry.metadata().map_err(io_error(&entry.path()))?.len();
        backups.push(BackupInfo {
            path: entry.path(),
            taken_at,
            bytes,
        });
    }
    backups.sort_by_key(|b| std::cmp::Reverse(b.taken_at));
    Ok(backups)
}

/// Copy the main database of `conn` into a new backup file in `data_dir`, then keep only the
/// newest [`KEEP_BACKUPS`].
fn write_backup(conn: &Connection, data_dir: &Path) -> Result<PathBuf, RecordsError> {
    let dir = backup_dir(data_dir);
    create_private_dir(&dir)?;
    let path = fresh_path(&dir);
    drop(create_private_file(&path)?);
    let result = (|| -> Result<(), RecordsError> {
        let mut dest = Connection::open(&path)?;
        Backup::new(conn, &mut dest)?.run_to_completion(
            256,
            std::time::Duration::from_millis(10),
            None,
        )?;
        dest.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    restrict_to_owner(&path)?;
    prune(data_dir)?;
    Ok(path)
}

fn prune(data_dir: &Path) -> Result<(), RecordsError> {
    for old in list(data_dir)?.into_iter().skip(KEEP_BACKUPS) {
        std::fs::remove_file(&old.path).map_err(io_error(&old.path))?;
    }
    Ok(())
}

/// Overwrite a file with zeros, flush it to disk, and remove it.
fn shred(path: &Path) -> Result<(), RecordsError> {
    let len = std::fs::metadata(path).map_err(io_error(path))?.len();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(io_error(path))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n]).map_err(io_error(path))?;
        left -= n as u64;
    }
    file.sync_all().map_err(io_error(path))?;
    drop(file);
    std::fs::remove_file(path).map_err(io_error(path))
}

/// Check that `path` is a keuzehulp database this build can read.
fn check_backup(path: &Path) -> Result<(), RecordsError> {
    let not_a_backup = || RecordsError::NotABackup {
        path: path.to_owned(),
    };
    if !path.is_file() {
        return Err(not_a_backup());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| not_a_backup())?;
    let header = || -> Result<(i64, i32, bool), RecordsError> {
        super::check_integrity(&conn)?;
        let version = migrations::schema_version(&conn)?;
        let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let has_settings: bool = conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'setting'",
            [],
            |r| r.get(0),
        )?;
        Ok((version, app_id, has_settings))
    };
    let (version, app_id, has_settings) = header().map_err(|_| not_a_backup())?;
    let ours = (app_id == migrations::APPLICATION_ID && version >= 2)
        || (version == 1 && has_settings && app_id == 0);
    if !ours {
        return Err(not_a_backup());
    }
    if version > migrations::latest_version() {
        return Err(RecordsError::NewerSchema {
            found: version,
            supported: migrations::latest_version(),
        });
    }
    Ok(())
}

/// A copy of the current database file in the backups folder: through the backup API when
/// SQLite can read it, else byte for byte (with its WAL), so nothing is lost either way.
fn save_current(data_dir: &Path) -> Result<Option<PathBuf>, RecordsError> {
    let db = data_dir.join(DATABASE_FILE);
    if !db.exists() {
        return Ok(None);
    }
    let through_sqlite = Connection::open(&db)
        .map_err(RecordsError::from)
        .and_then(|conn| write_backup(&conn, data_dir));
    if let Ok(path) = through_sqlite {
        return Ok(Some(path));
    }
    let dir = backup_dir(data_dir);
    create_private_dir(&dir)?;
    let path = fresh_path(&dir);
    for (from, to) in [(db.clone(), path.clone()), (wal_path(&db), wal_path(&path))] {
        if from.exists() {
            std::fs::copy(&from, &to).map_err(io_error(&to))?;
            restrict_to_owner(&to)?;
        }
    }
    Ok(Some(path))
}

fn wal_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

fn shm_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-shm");
    PathBuf::from(name)
}

fn sync_dir(dir: &Path) -> Result<(), RecordsError> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error(dir))?;
    Ok(())
}

impl Store {
    fn data_dir_or_unsupported(&self) -> Result<&Path, RecordsError> {
        self.data_dir.as_deref().ok_or_else(|| RecordsError::Io {
            path: self.path.clone(),
            source: std::io::Error::from(std::io::ErrorKind::Unsupported),
        })
    }

    /// Back up the database now into `<data-dir>/backups/keuzehulp-<UTC time>.sqlite3`
    /// (owner-only), keeping the newest [`KEEP_BACKUPS`].
    pub fn backup_now(&self) -> Result<PathBuf, RecordsError> {
        write_backup(self.conn(), self.data_dir_or_unsupported()?)
    }

    /// The backups, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>, RecordsError> {
        list(self.data_dir_or_unsupported()?)
    }

    /// Back up now unless the newest backup is younger than `interval`: at most one backup
    /// per interval, also across restarts (the time comes from the backup's name). Returns
    /// the new backup, or `None` when none was due.
    pub fn backup_if_due(
        &self,
        interval: chrono::Duration,
    ) -> Result<Option<PathBuf>, RecordsError> {
        let newest = self.backups()?.into_iter().next();
        if newest.is_some_and(|b| Utc::now() - b.taken_at < interval) {
            return Ok(None);
        }
        self.backup_now().map(Some)
    }

    /// The backups in `data_dir`, newest first, without opening the database (for example
    /// to offer a restore when the database cannot be opened).
    pub fn backups_in(data_dir: &Path) -> Result<Vec<BackupInfo>, RecordsError> {
        list(data_dir)
    }

    /// After an erasure: shred every backup (they still hold the erased patient) and take
    /// one new backup of the erased state.
    pub(crate) fn replace_backups_after_erasure(&self) -> Result<(), RecordsError> {
        let Some(data_dir) = self.data_dir.as_deref() else {
            return Ok(());
        };
        for backup in list(data_dir)? {
            shred(&backup.path)?;
        }
        write_backup(self.conn(), data_dir).map(drop)
    }

    /// Replace the database in `data_dir` by `backup`. The backup must be a keuzehulp
    /// database not newer than this build ([`RecordsError::NotABackup`],
    /// [`RecordsError::NewerSchema`]). The current file is first saved as a backup (its
    /// path is returned; `None` when there was no database). No store may be open on
    /// `data_dir` ([`RecordsError::InUse`]); open one afterwards.
    pub fn restore(data_dir: &Path, backup: &Path) -> Result<Option<PathBuf>, RecordsError> {
        create_private_dir(data_dir)?;
        let _lock = lock(data_dir)?;
        check_backup(backup)?;
        // Copy first: pruning after the safety copy may remove `backup` itself.
        let db = data_dir.join(DATABASE_FILE);
        let incoming = data_dir.join(format!("{DATABASE_FILE}.restoring"));
        if incoming.exists() {
            std::fs::remove_file(&incoming).map_err(io_error(&incoming))?;
        }
        {
            let mut file = create_private_file(&incoming)?;
            let bytes = std::fs::read(backup).map_err(io_error(backup))?;
            file.write_all(&bytes).map_err(io_error(&incoming))?;
            file.sync_all().map_err(io_error(&incoming))?;
        }
        let saved = save_current(data_dir)?;
        // The WAL and shared memory belong to the file being replaced.
        for stale in [wal_path(&db), shm_path(&db)] {
            if stale.exists() {
                std::fs::remove_file(&stale).map_err(io_error(&stale))?;
            }
        }
        std::fs::rename(&incoming, &db).map_err(io_error(&db))?;
        sync_dir(data_dir)?;
        Ok(saved)
    }
}
