//! Files the app and the command-line tool write and read, done one way everywhere.
//!
//! Writing: the bytes go to a hidden temporary file (`.keuzehulp-*.tmp`) in the target
//! folder, are flushed to disk (fsync), and only then get their final name, which never takes
//! the place of a file already there (`persist_noclobber`); the folder is flushed too, so the
//! name survives a power cut. A crash or `kill -9` at any moment leaves either no file under
//! the final name or the whole file; at worst a hidden temporary remains.
//!
//! Reading: every file read from a path a person or a publisher chose goes through
//! [`read_bounded`], with a size limit per [`Kind`], so a huge or endless file (a device, a
//! wrong pick) is refused with a message naming the file, its size and the limit.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::language::Localizer;

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Owner only (0600): anything about a patient, and keys.
    Private,
    /// Readable by all (0644): content, bundles, signatures, previews.
    Public,
}

/// Write a new file at `path`. Fails with [`std::io::ErrorKind::AlreadyExists`] when the name
/// is taken; the file there is left as it is.
pub fn write_new(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    let (folder, temporary) = flushed_temporary(path, bytes, access)?;
    temporary.persist_noclobber(path).map_err(|e| e.error)?;
    sync_folder(folder)
}

/// Write a new file named `name` in `folder`, or `stem-2.ext`, `stem-3.ext`, … when the name
/// is taken (`ext` is everything after the first dot). Returns the path written.
pub fn write_numbered(
    folder: &Path,
    name: &str,
    bytes: &[u8],
    access: Access,
) -> std::io::Result<PathBuf> {
    let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
    for n in 1..10_000 {
        let candidate = match n {
            1 => folder.join(name),
            _ if ext.is_empty() => folder.join(format!("{stem}-{n}")),
            _ => folder.join(format!("{stem}-{n}.{ext}")),
        };
        match write_new(&candidate, bytes, access) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            other => return other.map(|()| candidate),
        }
    }
    Err(std::io::ErrorKind::AlreadyExists.into())
}

/// Put `bytes` at `path` in one step, replacing what is there: for files a program owns and
/// renews on purpose (the catalogue's index, a regenerated schema or preview).
pub fn replace(path: &Path, bytes: &[u8], access: Access) -> std::io::Result<()> {
    let (folder, temporary) = flushed_temporary(path, bytes, access)?;
    temporary.persist(path).map_err(|e| e.error)?;
    sync_folder(folder)
}

/// `bytes` in a hidden temporary file beside `path`, on disk; and that folder.
fn flushed_temporary<'a>(
    path: &'a Path,
    bytes: &[u8],
    access: Access,
) -> std::io::Result<(&'a Path, tempfile::NamedTempFile)> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Made 0600 by tempfile, so patient data is never readable by others, not even briefly.
    let mut temporary = tempfile::Builder::new()
        .prefix(".keuzehulp-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temporary.write_all(bytes)?;
    #[cfg(unix)]
    if access == Access::Public {
        use std::os::unix::fs::PermissionsExt;
        temporary
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    #[cfg(not(unix))]
    let _ = access;
    temporary.as_file().sync_all()?;
    Ok((folder, temporary))
}

fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// What a file read from a chosen path is, and so how large it may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A session file taken home and brought back.
    SessionFile,
    /// A content bundle.
    Bundle,
    /// A bundle's minisign signature.
    Signature,
    /// One option-grid file (TOML), or an evidence note.
    ContentFile,
    /// A publisher's public key, or a secret key file.
    Key,
    /// An anonymous contribution file for a guideline group.
    Contribution,
}

impl Kind {
    /// The largest file of this kind that is read, in bytes.
    pub const fn limit(self) -> u64 {
        match self {
            // Some thousands of events at about 200 bytes each.
            Kind::SessionFile => 4 << 20,
            // The eight built-in grids together are about 200 kB.
            Kind::Bundle => 16 << 20,
            Kind::Signature | Kind::Key => 16 << 10,
            Kind::ContentFile => 1 << 20,
            // Counts per question, aspect and choice of one grid and month: a few kB.
            Kind::Contribution => 1 << 20,
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Larger than its kind's limit; nothing of it was used.
    #[error("{path}: {size} bytes, more than the {limit} bytes allowed")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, or at least how much was there when reading stopped.
        size: u64,
        /// The limit of its kind.
        limit: u64,
    },
    /// The system could not open or read it.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ReadError {
    /// The problem in the reader's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            ReadError::TooLarge { path, size, limit } => l10n.format(
                "file-error-too-large",
                &[
                    ("file", path.display().to_string()),
                    ("size", size.to_string()),
                    ("limit", limit.to_string()),
                ],
            ),
            ReadError::Io { path, source } => l10n.format(
                "file-error-unreadable",
                &[
                    ("file", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
        }
    }

    /// The problem as a finding about `file`, like the checker's (`check-file-too-large`,
    /// `check-catalogue-io`), for lists of refused content.
    pub fn to_diagnostic(&self, file: &str) -> crate::check::Diagnostic {
        let (code, args) = match self {
            ReadError::TooLarge { size, limit, .. } => (
                "file-too-large",
                vec![("size", size.to_string()), ("limit", limit.to_string())],
            ),
            ReadError::Io { source, .. } => ("catalogue-io", vec![("detail", source.to_string())]),
        };
        crate::check::Diagnostic {
            severity: crate::check::Severity::Error,
            code,
            file: file.to_owned(),
            position: Default::default(),
            field: String::new(),
            args,
        }
    }

    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// Read the file at `path`, refusing it when it is larger than `kind` allows. The limit holds
/// for files that grow while read and for devices too: at most limit + 1 bytes are read.
pub fn read_bounded(path: &Path, kind: Kind) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let limit = kind.limit();
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let too_large = |size| ReadError::TooLarge {
        path: path.to_owned(),
        size,
        limit,
    };
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// [`read_bounded`], as UTF-8 text (invalid sequences replaced).
pub fn read_text_bounded(path: &Path, kind: Kind) -> Result<String, ReadError> {
    read_bounded(path, kind).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_never_replaces_one_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_new(&path, b"first", Access::Private).unwrap();
        let e = write_new(&path, b"second", Access::Private).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        let next = write_numbered(dir.path(), "a.json", b"third", Access::Private).unwrap();
        assert_eq!(next, dir.path().join("a-2.json"));
        // No temporaries are left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_for_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |name: &str, access| {
            let path = dir.path().join(name);
            write_new(&path, b"x", access).unwrap();
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777
        };
        assert_eq!(mode("private", Access::Private), 0o600);
        assert_eq!(mode("public", Access::Public), 0o644);
    }

    #[test]
    fn reading_stops_at_the_limit_and_names_size_and_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.minisig");
        std::fs::write(&path, vec![b'x'; Kind::Signature.limit() as usize + 1]).unwrap();
        let e = read_bounded(&path, Kind::Signature).unwrap_err();
        let message = e.message(&Localizer::new(crate::language::Language::Nl));
        assert!(message.contains("big.minisig"), "{message}");
        assert!(
            message.contains("16385") && message.contains("16384"),
            "{message}"
        );
        std::fs::write(&path, b"small").unwrap();
        assert_eq!(read_bounded(&path, Kind::Signature).unwrap(), b"small");
        // A device that never ends is cut off at the limit, not read forever.
        if Path::new("/dev/zero").exists() {
            let e = read_bounded(Path::new("/dev/zero"), Kind::Key).unwrap_err();
            assert!(matches!(e, ReadError::TooLarge { .. }), "{e:?}");
        }
    }
}
