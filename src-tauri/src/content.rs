//! Content the app shows besides its built-in grids: bundles installed in the data directory,
//! files named with `--open`, and unsigned drafts in authoring mode.
//!
//! Trust comes from the keys compiled into the program plus the keys a clinic placed in
//! `<data-dir>/trust/*.pub`. A bundle that fails its signature, integrity or checker is refused
//! whole; the refusals are kept so the start screen can show them in plain words.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use keuzehulp::bundle::{self, Mode, TrustStore};
use keuzehulp::check::Diagnostic;
use keuzehulp::files::{self, Kind};
use keuzehulp::library::Library;

/// How the app was asked to treat content, from its command line.
#[derive(Debug, Default, Clone)]
pub struct ContentOptions {
    /// `--authoring`: unsigned content may open, labelled as such on every screen.
    pub authoring: bool,
    /// `--open PATH`: bundles (`.json`, with `PATH.minisig` beside it when signed) or grid
    /// files (`.toml`) to install or open at start.
    pub open: Vec<PathBuf>,
}

impl ContentOptions {
    /// Read `--authoring` and `--open PATH` (repeatable) from the arguments.
    pub fn from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> ContentOptions {
        let mut options = ContentOptions::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--authoring" {
                options.authoring = true;
            } else if arg == "--open" {
                options.open.extend(args.next().map(PathBuf::from));
            } else if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--open=")) {
                options.open.push(PathBuf::from(path));
            }
        }
        options
    }

    /// The bundle mode these options allow.
    pub fn mode(&self) -> Mode {
        if self.authoring {
            Mode::Authoring
        } else {
            Mode::Published
        }
    }
}

/// The trust store: compiled-in publishers plus `<data-dir>/trust/*.pub`.
pub fn trust_store(data_dir: &Path, refusals: &mut Vec<Diagnostic>) -> TrustStore {
    let mut files: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(data_dir.join("trust")) {
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().is_some_and(|e| e == "pub") {
                let Some(name) = path.file_name() else {
                    continue;
                };
                match files::read_text_bounded(&path, Kind::Key) {
                    Ok(text) => files.push((name.to_string_lossy().into_owned(), text)),
                    Err(e) => refusals.push(e.to_diagnostic(&path.display().to_string())),
                }
            }
        }
    }
    files.sort();
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let mut store = TrustStore::builtin();
    match TrustStore::from_key_files(&borrowed) {
        Ok(local) => {
            for publisher in local.publishers() {
                store.trust(&publisher.name, publisher.key.clone());
            }
        }
        Err(problems) => refusals.extend(problems),
    }
    store
}

/// Open everything named with `--open` that is opened for this run only (grid files, and
/// unsigned bundles in authoring mode), and return the signed bundles: those go into the
/// catalogue (kept for next time), installed off the window's thread once it runs.
pub fn open_requested(
    options: &ContentOptions,
    trust: &TrustStore,
    has_catalogue: bool,
    library: &mut Library,
    today: NaiveDate,
    refusals: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    let mut signed = Vec::new();
    for path in &options.open {
        let label = path.display().to_string();
        if path.extension().is_some_and(|e| e == "toml") {
            match files::read_bounded(path, Kind::ContentFile) {
                Ok(bytes) => {
                    match bundle::open_unsigned_grid(&label, &bytes, options.mode(), today) {
                        Ok(entry) => {
                            library.insert(entry);
                        }
                        Err(problems) => refusals.extend(problems),
                    }
                }
                Err(e) => refusals.push(e.to_diagnostic(&label)),
            }
            continue;
        }
        if has_catalogue && signature_path(path).exists() {
            signed.push(path.clone());
            continue;
        }
        let result = read_bundle(path).and_then(|(bytes, signature)| {
            bundle::open(
                &label,
                &bytes,
                signature.as_deref(),
                trust,
                options.mode(),
                today,
            )
        });
        match result {
            Ok(opened) => {
                for grid in opened.grids {
                    library.insert(keuzehulp::library::Entry {
                        file: grid.file,
                        origin: opened.origin.clone(),
                        sha256: grid.sha256,
                        grid: grid.parsed.grid,
                        warnings: grid.warnings,
                    });
                }
            }
            Err(problems) => refusals.extend(problems),
        }
    }
    signed
}

/// A bundle's bytes and its detached signature, when there is one.
pub type BundleBytes = (Vec<u8>, Option<Vec<u8>>);

/// A bundle's bytes, within the size limit, and its detached signature when there is one.
pub fn read_bundle(path: &Path) -> Result<BundleBytes, Vec<Diagnostic>> {
    let label = path.display().to_string();
    let bytes =
        files::read_bounded(path, Kind::Bundle).map_err(|e| vec![e.to_diagnostic(&label)])?;
    let signature = match files::read_bounded(&signature_path(path), Kind::Signature) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.is_not_found() => None,
        Err(e) => {
            return Err(vec![
                e.to_diagnostic(&signature_path(path).display().to_string())
            ])
        }
    };
    Ok((bytes, signature))
}

/// `BUNDLE.minisig`, the detached signature beside a bundle.
pub fn signature_path(bundle: &Path) -> PathBuf {
    let mut name = bundle.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_authoring_and_every_open_path() {
        let args = [
            "--authoring",
            "--open",
            "a.json",
            "--open=b.toml",
            "--data-dir",
            "x",
        ];
        let options = ContentOptions::from_args(args.map(std::ffi::OsString::from));
        assert!(options.authoring);
        assert_eq!(
            options.open,
            [PathBuf::from("a.json"), PathBuf::from("b.toml")]
        );
        assert_eq!(options.mode(), Mode::Authoring);
    }

    /// A bundle larger than the limit is refused before it is read, with a finding that
    /// names the file, its size and the limit; a signed one waits for the installer, which
    /// reads it with the same limit.
    #[test]
    fn an_oversized_bundle_is_refused_and_nothing_is_installed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groot.json");
        let size = Kind::Bundle.limit() + 1;
        std::fs::File::create(&path).unwrap().set_len(size).unwrap();
        let signature = dir.path().join("groot.json.minisig");
        std::fs::write(&signature, b"untrusted comment: x").unwrap();
        let options = ContentOptions::from_args(["--open".into(), path.clone().into()]);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let mut library = Library::builtin(today);
        let before = library.entries().len();
        let mut refusals = Vec::new();
        let signed = open_requested(
            &options,
            &TrustStore::builtin(),
            true,
            &mut library,
            today,
            &mut refusals,
        );
        assert_eq!(signed.as_slice(), std::slice::from_ref(&path));
        assert!(refusals.is_empty(), "{refusals:?}");
        let refusals = read_bundle(&path).expect_err("too large");
        assert_eq!(refusals.len(), 1, "{refusals:?}");
        assert_eq!(refusals[0].code, "file-too-large");
        let l10n = keuzehulp::language::Localizer::new(keuzehulp::language::Language::Nl);
        let line = refusals[0].render(&l10n);
        assert!(line.contains("groot.json"), "{line}");
        assert!(line.contains(&size.to_string()), "{line}");
        assert!(line.contains(&Kind::Bundle.limit().to_string()), "{line}");
        assert_eq!(library.entries().len(), before);

        // Without a signature it is read at once, and refused the same way.
        std::fs::remove_file(&signature).unwrap();
        let mut refusals = Vec::new();
        let signed = open_requested(
            &options,
            &TrustStore::builtin(),
            true,
            &mut library,
            today,
            &mut refusals,
        );
        assert!(signed.is_empty());
        assert_eq!(refusals[0].code, "file-too-large");
    }
}
