//! The studio: a guideline group's folder of grid files, checked by the same checker the app
//! and `keuzekaart check` use, bundled and signed from there. Reads the folder and writes only
//! the bundle and its signature; it knows nothing of patient records.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::bundle::{self, KeyId, OpenedBundle, SecretKey, SignatureFault, TrustStore};
use crate::check::{check_file, Diagnostic, Report};
use crate::files::{self, Access, Kind, ReadError};
use crate::language::Localizer;

/// The file extension of grid files.
pub const GRID_EXTENSION: &str = "toml";

/// One grid file of the folder, as last read.
#[derive(Debug, Clone)]
pub struct StudioFile {
    /// Its name in the folder; findings are located by it.
    pub name: String,
    /// Its text (empty when it could not be read).
    pub text: String,
    /// What the checker found (a read problem is a finding too).
    pub report: Report,
}

impl StudioFile {
    /// The grid when it has no errors: what the preview shows.
    pub fn valid_grid(&self) -> Option<&crate::content::OptionGrid> {
        (self.report.errors() == 0)
            .then_some(self.report.parsed.as_ref())
            .flatten()
            .map(|p| &p.grid)
    }
}

/// A folder of grid files, read and checked once.
#[derive(Debug, Clone)]
pub struct Folder {
    /// The folder.
    pub dir: PathBuf,
    /// Its `*.toml` files, by name.
    pub files: Vec<StudioFile>,
}

/// Why the studio could not do what was asked.
#[derive(Debug)]
pub enum StudioError {
    /// The path is not a folder that can be read.
    NotAFolder(PathBuf),
    /// A file could not be read or written.
    File(ReadError),
    /// The bundle was refused: these errors of the checker or the bundle format.
    Build(Vec<Diagnostic>),
    /// The secret key file cannot be opened (with this password).
    Key(SignatureFault),
    /// The signed bundle did not open again as the app would open it.
    Opened(Vec<Diagnostic>),
}

impl StudioError {
    /// The problem in the author's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let diagnostics = |list: &[Diagnostic]| {
            list.iter()
                .map(|d| d.render(l10n))
                .collect::<Vec<_>>()
                .join("\n")
        };
        match self {
            StudioError::NotAFolder(path) => l10n.format(
                "studio-error-folder",
                &[("path", path.display().to_string())],
            ),
            StudioError::File(e) => e.message(l10n),
            StudioError::Build(list) => {
                format!("{}\n{}", l10n.text("studio-error-build"), diagnostics(list))
            }
            StudioError::Key(SignatureFault::WrongPassword) => l10n.text("studio-error-password"),
            StudioError::Key(_) => l10n.text("studio-error-key"),
            StudioError::Opened(list) => diagnostics(list),
        }
    }
}

/// Read and check every grid file directly in `dir`, as of `today`.
pub fn scan(dir: &Path, today: NaiveDate) -> Result<Folder, StudioError> {
    let entries = std::fs::read_dir(dir).map_err(|_| StudioError::NotAFolder(dir.to_owned()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_grid_file(p))
        .collect();
    paths.sort();
    let files = paths.iter().map(|path| read_file(path, today)).collect();
    Ok(Folder {
        dir: dir.to_owned(),
        files,
    })
}

/// Whether `path` names a grid file (what a change in the folder must be about to matter).
pub fn is_grid_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == GRID_EXTENSION)
}

fn read_file(path: &Path, today: NaiveDate) -> StudioFile {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match files::read_bounded(path, Kind::ContentFile) {
        Ok(bytes) => StudioFile {
            report: check_file(&name, &bytes, today),
            text: String::from_utf8_lossy(&bytes).into_owned(),
            name,
        },
        Err(e) => StudioFile {
            report: Report {
                parsed: None,
                diagnostics: vec![e.to_diagnostic(&name)],
            },
            text: String::new(),
            name,
        },
    }
}

impl Folder {
    /// The file named `name`.
    pub fn file(&self, name: &str) -> Option<&StudioFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// Every finding of every file: errors first within each file, files by name.
    pub fn findings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.files.iter().flat_map(|f| f.report.diagnostics.iter())
    }

    /// The group named in the first grid that can be read: who publishes the bundle.
    pub fn publisher(&self) -> String {
        self.files
            .iter()
            .find_map(|f| f.report.parsed.as_ref())
            .map(|p| p.grid.publication.group.clone())
            .unwrap_or_default()
    }
}

/// What to publish: by whom, signed with which key, written where.
#[derive(Debug, Clone)]
pub struct PublishRequest {
    /// The publisher's name, as the clinic's trust store will know it.
    pub publisher: String,
    /// A minisign secret key file.
    pub key_file: PathBuf,
    /// Its password (unused for an unencrypted key).
    pub password: String,
    /// The bundle file to write; its signature goes beside it (`.minisig`).
    pub out: PathBuf,
}

/// A bundle built, signed and opened again as a clinic that trusts the key would open it.
#[derive(Debug, Clone)]
pub struct Published {
    /// The bundle file written.
    pub bundle_path: PathBuf,
    /// Its signature file.
    pub signature_path: PathBuf,
    /// The key that signed it.
    pub key_id: KeyId,
    /// SHA-256 of the bundle's bytes.
    pub sha256: String,
    /// The bundle as the app opens it: origin, manifest, grids.
    pub opened: OpenedBundle,
}

/// Build a bundle of every grid in the folder (as read from disk now), sign it and write both
/// files; then open it as the app would, trusting only this key.
pub fn publish(
    folder: &Folder,
    request: &PublishRequest,
    today: NaiveDate,
) -> Result<Published, StudioError> {
    let fresh = scan(&folder.dir, today)?;
    let sources: Vec<(String, String)> = fresh
        .files
        .iter()
        .map(|f| (f.name.clone(), f.text.clone()))
        .collect();
    let (bytes, _warnings) =
        bundle::build(&request.publisher, today, &sources, today).map_err(StudioError::Build)?;
    let key_text =
        files::read_text_bounded(&request.key_file, Kind::Key).map_err(StudioError::File)?;
    let password = (!request.password.is_empty()).then_some(request.password.as_str());
    let key = SecretKey::parse(&key_text, password).map_err(StudioError::Key)?;
    let file_name = request
        .out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // The trusted comment stock minisign writes for a pre-hashed signature.
    let signature = key
        .sign(
            &bytes,
            &format!("timestamp:{seconds}\tfile:{file_name}\thashed"),
        )
        .map_err(StudioError::Key)?;
    let signature_text = signature.to_file_text();
    let signature_path = PathBuf::from(format!("{}.minisig", request.out.display()));
    let write = |path: &Path, bytes: &[u8]| {
        files::replace(path, bytes, Access::Public).map_err(|e| {
            StudioError::File(ReadError::Io {
                path: path.to_owned(),
                source: e,
            })
        })
    };
    write(&request.out, &bytes)?;
    write(&signature_path, signature_text.as_bytes())?;
    let mut trust = TrustStore::new();
    trust.trust(&request.publisher, key.public());
    let opened = bundle::open(
        &file_name,
        &bytes,
        Some(signature_text.as_bytes()),
        &trust,
        bundle::Mode::Published,
        today,
    )
    .map_err(StudioError::Opened)?;
    Ok(Published {
        bundle_path: request.out.clone(),
        signature_path,
        key_id: key.id(),
        sha256: bundle::sha256_hex(&bytes),
        opened,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn builtin(name: &str) -> &'static str {
        Library::builtin_files()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| *text)
            .expect("built-in grid")
    }

    #[test]
    fn a_folder_is_checked_file_by_file_and_other_files_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("liesbreuk.toml"), builtin("liesbreuk.toml")).unwrap();
        std::fs::write(dir.path().join("kapot.toml"), "id = \n").unwrap();
        std::fs::write(dir.path().join("notities.txt"), "geen keuzekaart").unwrap();
        let folder = scan(dir.path(), today()).unwrap();
        let names: Vec<_> = folder.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["kapot.toml", "liesbreuk.toml"]);
        let good = folder.file("liesbreuk.toml").unwrap();
        assert_eq!(good.report.errors(), 0, "{:?}", good.report.diagnostics);
        assert!(good.valid_grid().is_some());
        let bad = folder.file("kapot.toml").unwrap();
        assert!(bad.report.errors() > 0 && bad.valid_grid().is_none());
        let first = folder.findings().next().unwrap();
        assert_eq!(
            (first.file.as_str(), first.position.line),
            ("kapot.toml", 1)
        );
        assert_eq!(
            folder.publisher(),
            good.valid_grid().unwrap().publication.group
        );
    }

    #[test]
    fn a_missing_folder_is_said_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("bestaat-niet");
        let error = scan(&missing, today()).unwrap_err();
        let message = error.message(&Localizer::new(crate::language::Language::Nl));
        assert!(message.contains("bestaat-niet"), "{message}");
    }

    #[test]
    fn publishing_signs_the_bundle_and_opens_it_as_a_clinic_would() {
        let dir = tempfile::tempdir().unwrap();
        let grids = dir.path().join("kaarten");
        std::fs::create_dir(&grids).unwrap();
        std::fs::write(grids.join("liesbreuk.toml"), builtin("liesbreuk.toml")).unwrap();
        let keys = crate::bundle::SecretKey::generate_files("geheim wachtwoord").unwrap();
        let key_file = dir.path().join("groep.key");
        std::fs::write(&key_file, &keys.secret).unwrap();
        let folder = scan(&grids, today()).unwrap();
        let mut request = PublishRequest {
            publisher: "Testgroep".into(),
            key_file,
            password: "fout".into(),
            out: dir.path().join("bundel.json"),
        };
        let wrong = publish(&folder, &request, today()).unwrap_err();
        assert!(matches!(
            wrong,
            StudioError::Key(SignatureFault::WrongPassword)
        ));
        assert!(
            !request.out.exists(),
            "nothing written with a wrong password"
        );

        request.password = "geheim wachtwoord".into();
        let published = publish(&folder, &request, today()).unwrap();
        assert_eq!(published.key_id, keys.public.id);
        assert_eq!(
            published.opened.origin,
            crate::entry::Origin::Signed {
                publisher: "Testgroep".into()
            }
        );
        assert_eq!(published.opened.grids.len(), 1);
        let bytes = std::fs::read(&published.bundle_path).unwrap();
        let signature = std::fs::read(&published.signature_path).unwrap();
        let mut trust = TrustStore::new();
        trust.trust("Testgroep", keys.public.clone());
        let reopened = bundle::verify("bundel.json", &bytes, &signature, &trust).unwrap();
        assert_eq!(reopened.name, "Testgroep");
    }

    #[test]
    fn a_folder_with_errors_is_not_published() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("kapot.toml"), "id = \n").unwrap();
        let key_file = dir.path().join("groep.key");
        std::fs::write(
            &key_file,
            crate::bundle::SecretKey::generate_files("x")
                .unwrap()
                .secret,
        )
        .unwrap();
        let folder = scan(dir.path(), today()).unwrap();
        let request = PublishRequest {
            publisher: "Testgroep".into(),
            key_file,
            password: "x".into(),
            out: dir.path().join("bundel.json"),
        };
        let error = publish(&folder, &request, today()).unwrap_err();
        assert!(matches!(error, StudioError::Build(ref list) if !list.is_empty()));
        assert!(!request.out.exists());
    }
}
