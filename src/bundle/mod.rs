//! Content bundles: one signed file per published set of option grids.
//!
//! A guideline group builds a bundle from checked grid files ([`build`]), signs it with a
//! minisign detached signature ([`signature`]; stock `minisign` works too), and the app opens it ([`open`]):
//! signature against the [`TrustStore`] first, then the bundle's integrity, then the checker on
//! every grid. Any error refuses the whole bundle; nothing is loaded in part.

pub mod document;
pub mod signature;
pub mod trust;

use chrono::NaiveDate;

pub use crate::files::sha256_hex;
pub use document::{Bundle, Manifest, ManifestGrid, FORMAT};
pub use signature::{DetachedSignature, KeyFiles, KeyId, PublicKey, SecretKey, SignatureFault};
pub use trust::{Publisher, TrustStore};

use crate::check::{check_file, Diagnostic};
use crate::content::ParsedGrid;
use crate::entry::Origin;
use document::refusal;

/// Whether unsigned content may be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Normal use: only bundles signed by a trusted publisher.
    Published,
    /// A guideline group previewing its own work: unsigned content opens, marked
    /// [`Origin::Unsigned`] so every screen can say so. Signatures that are present are still
    /// verified.
    Authoring,
}

/// A grid of an opened bundle, checked.
#[derive(Debug, Clone)]
pub struct OpenedGrid {
    /// Its file name in the bundle.
    pub file: String,
    /// The exact text.
    pub text: String,
    /// SHA-256 of the text.
    pub sha256: String,
    /// The content.
    pub parsed: ParsedGrid,
    /// Warnings of the checker.
    pub warnings: Vec<Diagnostic>,
}

/// A bundle whose signature, integrity and content all passed.
#[derive(Debug, Clone)]
pub struct OpenedBundle {
    /// Signed by whom, or unsigned (authoring mode only).
    pub origin: Origin,
    /// The manifest.
    pub manifest: Manifest,
    /// Every grid, in manifest order.
    pub grids: Vec<OpenedGrid>,
}

/// The diagnostic for a signature fault on `file`.
pub fn signature_refusal(file: &str, fault: &SignatureFault) -> Diagnostic {
    match fault {
        SignatureFault::Malformed => refusal(file, "bundle-signature-malformed", &[]),
        SignatureFault::UnsupportedAlgorithm => refusal(file, "bundle-signature-unsupported", &[]),
        SignatureFault::UnknownSigner(id) => {
            refusal(file, "bundle-signer-unknown", &[("key", &id.grouped())])
        }
        SignatureFault::Mismatch => refusal(file, "bundle-signature-mismatch", &[]),
        SignatureFault::CommentChanged => refusal(file, "bundle-signature-comment-changed", &[]),
        SignatureFault::WrongPassword | SignatureFault::OldSecretKey | SignatureFault::Failed => {
            refusal(file, "bundle-signature-malformed", &[])
        }
    }
}

/// Verify the detached `signature` of `bytes` against the trusted publishers.
pub fn verify(
    label: &str,
    bytes: &[u8],
    signature: &[u8],
    trust: &TrustStore,
) -> Result<Publisher, Diagnostic> {
    let signature =
        DetachedSignature::parse(signature).map_err(|f| signature_refusal(label, &f))?;
    let publisher = trust.find(signature.key_id).ok_or_else(|| {
        signature_refusal(label, &SignatureFault::UnknownSigner(signature.key_id))
    })?;
    publisher
        .key
        .verify(bytes, &signature)
        .map_err(|f| signature_refusal(label, &f))?;
    Ok(publisher.clone())
}

/// Open a bundle: signature (when given; required in [`Mode::Published`]), integrity, then
/// every grid through the checker as of `today`. `label` names the bundle in diagnostics.
pub fn open(
    label: &str,
    bytes: &[u8],
    signature: Option<&[u8]>,
    trust: &TrustStore,
    mode: Mode,
    today: NaiveDate,
) -> Result<OpenedBundle, Vec<Diagnostic>> {
    let mut grids = Vec::new();
    let (origin, manifest) =
        open_each(label, bytes, signature, trust, mode, today, &mut |g, _| {
            grids.push(g);
            true
        })?;
    Ok(OpenedBundle {
        origin,
        manifest,
        grids,
    })
}

/// [`open`] for large bundles: the signature and integrity first, then each grid checked and
/// handed to `each` one at a time with the number of grids in the bundle (in manifest order), so a bundle of thousands of grids is
/// never held parsed as a whole. `each` returns `false` to stop early. The result is `Ok` only
/// when every grid passed and `each` did not stop; otherwise every error found.
pub fn open_each(
    label: &str,
    bytes: &[u8],
    signature: Option<&[u8]>,
    trust: &TrustStore,
    mode: Mode,
    today: NaiveDate,
    each: &mut dyn FnMut(OpenedGrid, usize) -> bool,
) -> Result<(Origin, Manifest), Vec<Diagnostic>> {
    let origin = match (signature, mode) {
        (Some(signature), _) => Origin::Signed {
            publisher: verify(label, bytes, signature, trust)
                .map_err(|d| vec![d])?
                .name,
        },
        (None, Mode::Authoring) => Origin::Unsigned,
        (None, Mode::Published) => return Err(vec![refusal(label, "bundle-unsigned", &[])]),
    };
    let bundle = Bundle::read(label, bytes)?;
    check_grids(label, &bundle, today, each)?;
    Ok((origin, bundle.manifest))
}

/// Check every grid of a whole bundle, handing each good one to `each` (until it returns
/// `false`); all errors of all grids.
fn check_grids(
    label: &str,
    bundle: &Bundle,
    today: NaiveDate,
    each: &mut dyn FnMut(OpenedGrid, usize) -> bool,
) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut going = true;
    for listed in &bundle.manifest.grids {
        if !going {
            break;
        }
        let Some(file) = bundle.files.iter().find(|f| f.name == listed.file) else {
            continue; // Bundle::read refused this already.
        };
        let name = format!("{label}#{}", file.name);
        let report = check_file(&name, file.text.as_bytes(), today);
        let (bad, warnings): (Vec<_>, Vec<_>) = report
            .diagnostics
            .iter()
            .cloned()
            .partition(Diagnostic::is_error);
        errors.extend(bad);
        let Ok(parsed) = report.into_valid() else {
            continue;
        };
        if parsed.grid.id != listed.id || parsed.grid.version != listed.version {
            errors.push(refusal(
                &name,
                "bundle-manifest-mismatch",
                &[("id", &listed.id), ("version", &listed.version)],
            ));
            continue;
        }
        if going && errors.is_empty() {
            let grid = OpenedGrid {
                file: file.name.clone(),
                text: file.text.clone(),
                sha256: listed.sha256.clone(),
                parsed,
                warnings,
            };
            going = each(grid, bundle.manifest.grids.len());
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Build a bundle from grid files `(name, text)`: every file is checked as of `today` and any
/// error refuses the build. Returns the bundle's bytes and the checker's warnings.
pub fn build(
    publisher: &str,
    created: NaiveDate,
    files: &[(String, String)],
    today: NaiveDate,
) -> Result<(Vec<u8>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut parts = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    let mut names = std::collections::BTreeSet::new();
    for (name, text) in files {
        if !document::valid_file_name(name) {
            let shown = name.escape_debug().to_string();
            errors.push(refusal(
                name,
                "bundle-file-name-invalid",
                &[("name", &shown)],
            ));
            continue;
        }
        if !names.insert(name.as_str()) {
            errors.push(refusal(name, "bundle-file-duplicate", &[("name", name)]));
            continue;
        }
        let report = check_file(name, text.as_bytes(), today);
        warnings.extend(report.diagnostics.iter().filter(|d| !d.is_error()).cloned());
        match report.into_valid() {
            Ok(parsed) => {
                let grid = parsed.grid;
                if !ids.insert(grid.id.clone()) {
                    errors.push(refusal(name, "bundle-grid-duplicate", &[("id", &grid.id)]));
                }
                parts.push((name.clone(), text.clone(), grid.id, grid.version));
            }
            Err(found) => errors.extend(found.into_iter().filter(Diagnostic::is_error)),
        }
    }
    if files.is_empty() {
        errors.push(refusal("", "bundle-empty", &[]));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((
        Bundle::compose(publisher, created, parts).to_bytes(),
        warnings,
    ))
}

/// Open a bare grid file. Unsigned, so only in [`Mode::Authoring`].
pub fn open_unsigned_grid(
    file: &str,
    bytes: &[u8],
    mode: Mode,
    today: NaiveDate,
) -> Result<crate::entry::Entry, Vec<Diagnostic>> {
    if mode == Mode::Published {
        return Err(vec![refusal(file, "bundle-unsigned", &[])]);
    }
    let report = check_file(file, bytes, today);
    let warnings = report
        .diagnostics
        .iter()
        .filter(|d| !d.is_error())
        .cloned()
        .collect();
    let parsed = report.into_valid()?;
    Ok(crate::entry::Entry {
        file: file.to_owned(),
        origin: Origin::Unsigned,
        sha256: sha256_hex(bytes),
        grid: parsed.grid,
        warnings,
    })
}
