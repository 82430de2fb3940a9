//! Writing a new file so that nobody ever sees half of it and nothing is overwritten: the bytes
//! go to a temporary file in the target folder, are synced to disk, and are then linked under
//! the final name (a hard link fails when the name is taken, so an existing file is never
//! replaced); the temporary name is removed and the folder synced.
//!
//! A local helper of the contribution files ([`crate::learning`]); other writers of the
//! program still use `create_new` directly.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `bytes` as a new file `name` in `folder`, readable by the owner only. When the name is
/// taken, `stem-2.ext`, `stem-3.ext` and so on are tried. Returns the path written.
pub fn write_new_file(folder: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let temp = temp_file(folder, bytes)?;
    let result = link_fresh(folder, name, &temp);
    let _ = std::fs::remove_file(&temp);
    let path = result?;
    sync_folder(folder)?;
    Ok(path)
}

/// A temporary file in `folder` holding `bytes`, synced.
fn temp_file(folder: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| std::io::Error::other(e.to_string()))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let path = folder.join(format!(".keuzehulp-{suffix}.tmp"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(path)
}

fn link_fresh(folder: &Path, name: &str, temp: &Path) -> std::io::Result<PathBuf> {
    let (stem, ext) = name.split_once('.').unwrap_or((name, ""));
    for n in 1..1000 {
        let candidate = if n == 1 {
            folder.join(name)
        } else {
            folder.join(format!("{stem}-{n}.{ext}"))
        };
        match std::fs::hard_link(temp, &candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new_file(dir.path(), "a.json", b"one").unwrap();
        let second = write_new_file(dir.path(), "a.json", b"two").unwrap();
        assert_eq!(first, dir.path().join("a.json"));
        assert_eq!(second, dir.path().join("a-2.json"));
        assert_eq!(std::fs::read(&first).unwrap(), b"one");
        assert_eq!(std::fs::read(&second).unwrap(), b"two");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_missing_folder_fails_without_leaving_anything() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        assert!(write_new_file(&missing, "a.json", b"x").is_err());
        assert!(!missing.exists());
    }
}
