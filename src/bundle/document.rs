//! The bundle document: one JSON file holding a publisher's grid files and a manifest with the
//! SHA-256 of each. No archive, so no directories: file names are plain names, checked.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::check::{Diagnostic, Severity};
use crate::content::source::Position;
use crate::files::sha256_hex;

/// The `format` value of bundles this build reads and writes.
pub const FORMAT: &str = "keuzekaart-bundle/1";
/// Largest bundle accepted, in bytes: room for a whole guideline library in one bundle
/// (15,000 modules of about 40 KB).
pub const MAX_BUNDLE_BYTES: usize = 1024 * 1024 * 1024;
/// Longest file name accepted inside a bundle.
pub const MAX_NAME_CHARS: usize = 100;

/// A bundle as stored: format tag, manifest, files.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always [`FORMAT`].
    pub format: String,
    /// Who publishes it, when, and which grids it holds.
    pub manifest: Manifest,
    /// The grid files, in manifest order.
    pub files: Vec<BundleFile>,
}

/// What a bundle holds.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The publisher, as written by the guideline group.
    pub publisher: String,
    /// When the bundle was built.
    pub created: NaiveDate,
    /// One line per grid.
    pub grids: Vec<ManifestGrid>,
}

/// One grid in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ManifestGrid {
    /// The grid's id.
    pub id: String,
    /// The grid's version.
    pub version: String,
    /// Name of its file in `files`.
    pub file: String,
    /// SHA-256 of the file's text, lower-case hex.
    pub sha256: String,
}

/// One grid file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    /// Plain file name, e.g. `knie.toml`.
    pub name: String,
    /// The TOML text.
    pub text: String,
}

/// A refusal of the whole file `file` (no line or field to point at).
pub(crate) fn refusal(file: &str, code: &'static str, args: &[(&'static str, &str)]) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code,
        file: file.to_owned(),
        position: Position { line: 1, column: 1 },
        field: String::new(),
        args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
    }
}

/// Whether a file name is a plain `name.toml`: no directories, no `..`, no hidden files, no
/// control characters, not too long.
pub fn valid_file_name(name: &str) -> bool {
    name.ends_with(".toml")
        && name.len() > ".toml".len()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.starts_with('.')
        && !name.contains("..")
        && !name.contains(['/', '\\', ':'])
        && !name.chars().any(char::is_control)
}

impl Bundle {
    /// Compose a bundle of `files` (name, text); names must be valid and unique.
    pub fn compose(
        publisher: &str,
        created: NaiveDate,
        files: Vec<(String, String, String, String)>,
    ) -> Bundle {
        let mut grids = Vec::new();
        let mut bundle_files = Vec::new();
        for (name, text, id, version) in files {
            grids.push(ManifestGrid {
                id,
                version,
                file: name.clone(),
                sha256: sha256_hex(text.as_bytes()),
            });
            bundle_files.push(BundleFile { name, text });
        }
        Bundle {
            format: FORMAT.to_owned(),
            manifest: Manifest {
                publisher: publisher.to_owned(),
                created,
                grids,
            },
            files: bundle_files,
        }
    }

    /// The bytes written to disk (and signed): pretty JSON ending in a newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Read a bundle and check that it is whole: format, file names, manifest against files.
    /// `label` names the bundle in diagnostics.
    pub fn read(label: &str, bytes: &[u8]) -> Result<Bundle, Vec<Diagnostic>> {
        if bytes.len() > MAX_BUNDLE_BYTES {
            let (size, limit) = (bytes.len().to_string(), MAX_BUNDLE_BYTES.to_string());
            return Err(vec![refusal(
                label,
                "bundle-too-large",
                &[("size", &size), ("limit", &limit)],
            )]);
        }
        let bundle: Bundle = serde_json::from_slice(bytes).map_err(|e| {
            let mut d = refusal(label, "bundle-syntax", &[("detail", &e.to_string())]);
            d.position = Position {
                line: e.line().max(1),
                column: e.column().max(1),
            };
            vec![d]
        })?;
        if bundle.format != FORMAT {
            return Err(vec![refusal(
                label,
                "bundle-format-unsupported",
                &[("found", &bundle.format), ("supported", FORMAT)],
            )]);
        }
        let problems = bundle.whole(label);
        if problems.is_empty() {
            Ok(bundle)
        } else {
            Err(problems)
        }
    }

    /// Every problem with names, duplicates and hashes.
    fn whole(&self, label: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut names = BTreeSet::new();
        for file in &self.files {
            let name = file.name.escape_debug().to_string();
            if !valid_file_name(&file.name) {
                problems.push(refusal(
                    label,
                    "bundle-file-name-invalid",
                    &[("name", &name)],
                ));
            } else if !names.insert(file.name.as_str()) {
                problems.push(refusal(label, "bundle-file-duplicate", &[("name", &name)]));
            }
        }
        let mut listed = BTreeSet::new();
        let mut ids = BTreeSet::new();
        for grid in &self.manifest.grids {
            let name = grid.file.escape_debug().to_string();
            if !ids.insert(grid.id.as_str()) {
                problems.push(refusal(label, "bundle-grid-duplicate", &[("id", &grid.id)]));
            }
            if !listed.insert(grid.file.as_str()) {
                problems.push(refusal(label, "bundle-file-duplicate", &[("name", &name)]));
            }
            match self.files.iter().find(|f| f.name == grid.file) {
                None => problems.push(refusal(label, "bundle-file-missing", &[("name", &name)])),
                Some(file) if sha256_hex(file.text.as_bytes()) != grid.sha256 => problems.push(
                    refusal(label, "bundle-file-hash-mismatch", &[("name", &name)]),
                ),
                Some(_) => {}
            }
        }
        for file in &self.files {
            if !listed.contains(file.name.as_str()) && valid_file_name(&file.name) {
                let name = file.name.escape_debug().to_string();
                problems.push(refusal(label, "bundle-file-unlisted", &[("name", &name)]));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_must_be_plain() {
        for good in ["knie.toml", "knie-2.toml", "Knie_v1.toml"] {
            assert!(valid_file_name(good), "{good}");
        }
        for bad in [
            "../knie.toml",
            "a/b.toml",
            "a\\b.toml",
            "..toml",
            ".toml",
            ".hidden.toml",
            "knie.txt",
            "c:knie.toml",
            "knie\0.toml",
            "knie\n.toml",
            "",
        ] {
            assert!(!valid_file_name(bad), "{bad:?}");
        }
        assert!(!valid_file_name(&format!(
            "{}.toml",
            "a".repeat(MAX_NAME_CHARS)
        )));
    }

    #[test]
    fn sha256_matches_a_known_value() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
