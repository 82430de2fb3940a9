//! The catalogue of installed content under the data directory, built so that start-up does not
//! grow with the library: bundles are verified and checked once, when installed; start-up reads
//! only the small index; a grid's full text is read, hash-checked and parsed when it is opened.
//!
//! Layout: `<dir>/index.json` (one [`IndexEntry`] per grid) and `<dir>/grids/<sha256>.toml`.
//! Grid files are named by their content hash, so no name from a bundle ever becomes a path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::bundle::{self, sha256_hex, Mode, TrustStore};
use crate::check::{check_file, Diagnostic, Severity};
use crate::content::source::Position;
use crate::content::{Lang, ReviewStatus, Text};
use crate::library::{Entry, Origin};

/// The `format` value of index files this build reads and writes.
pub const INDEX_FORMAT: &str = "keuzekaart-catalogue/1";

/// What start-up needs to know of one installed grid: enough to list and search it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// The grid's id.
    pub id: String,
    /// The grid's version.
    pub version: String,
    /// Reviewed or example content.
    pub status: ReviewStatus,
    /// Where it came from.
    pub origin: Origin,
    /// Name of the condition.
    pub name: Text,
    /// Other names of the condition, per language.
    pub synonyms: BTreeMap<Lang, Vec<String>>,
    /// Complaints as people describe them, per language.
    pub complaints: BTreeMap<Lang, Vec<String>>,
    /// The decision as one question.
    pub question: Text,
    /// Name of the file in the bundle it came from.
    pub source_file: String,
    /// SHA-256 of the grid file; also its name under `grids/`.
    pub sha256: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    format: String,
    entries: Vec<IndexEntry>,
}

/// Installed content on disk.
#[derive(Debug)]
pub struct Catalogue {
    dir: PathBuf,
    entries: Vec<IndexEntry>,
}

fn problem(file: &Path, code: &'static str, args: &[(&'static str, &str)]) -> Vec<Diagnostic> {
    vec![Diagnostic {
        severity: Severity::Error,
        code,
        file: file.display().to_string(),
        position: Position { line: 1, column: 1 },
        field: String::new(),
        args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
    }]
}

fn io_problem(file: &Path, e: std::io::Error) -> Vec<Diagnostic> {
    problem(file, "catalogue-io", &[("detail", &e.to_string())])
}

fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Put `bytes` at `path` in one step ([`crate::files::replace`]: a temporary file, flushed,
/// then renamed), so a crash never leaves a half-written file behind.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
    crate::files::replace(path, bytes, crate::files::Access::Public)
        .map_err(|e| io_problem(path, e))
}

impl Catalogue {
    /// Open the catalogue in `dir` (created when missing). Reads only the index.
    pub fn open(dir: &Path) -> Result<Catalogue, Vec<Diagnostic>> {
        std::fs::create_dir_all(dir.join("grids")).map_err(|e| io_problem(dir, e))?;
        let path = dir.join("index.json");
        let entries = match std::fs::read(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(io_problem(&path, e)),
            Ok(bytes) => {
                let index: Index = serde_json::from_slice(&bytes).map_err(|e| {
                    problem(
                        &path,
                        "catalogue-index-corrupt",
                        &[("detail", &e.to_string())],
                    )
                })?;
                if index.format != INDEX_FORMAT {
                    return Err(problem(
                        &path,
                        "catalogue-index-corrupt",
                        &[("detail", &index.format)],
                    ));
                }
                if let Some(bad) = index.entries.iter().find(|e| !is_hash(&e.sha256)) {
                    return Err(problem(
                        &path,
                        "catalogue-index-corrupt",
                        &[("detail", &bad.id)],
                    ));
                }
                index.entries
            }
        };
        Ok(Catalogue {
            dir: dir.to_owned(),
            entries,
        })
    }

    /// Every installed grid, in the order installed.
    pub fn entries(&self) -> &[IndexEntry] {
        &self.entries
    }

    /// Verify, check and install a bundle; a grid with an id already installed is replaced.
    /// Nothing is written unless the whole bundle passes. Returns the installed ids.
    pub fn install_bundle(
        &mut self,
        label: &str,
        bytes: &[u8],
        signature: Option<&[u8]>,
        trust: &TrustStore,
        mode: Mode,
        today: NaiveDate,
    ) -> Result<Vec<String>, Vec<Diagnostic>> {
        let opened = bundle::open(label, bytes, signature, trust, mode, today)?;
        let mut installed = Vec::new();
        let mut entries = self.entries.clone();
        for grid in &opened.grids {
            let path = self.grid_path(&grid.sha256);
            write_atomically(&path, grid.text.as_bytes())?;
            let g = &grid.parsed.grid;
            entries.retain(|e| e.id != g.id);
            entries.push(IndexEntry {
                id: g.id.clone(),
                version: g.version.clone(),
                status: g.status,
                origin: opened.origin.clone(),
                name: g.condition.name.clone(),
                synonyms: g.condition.synonyms.clone(),
                complaints: g.condition.complaints.clone(),
                question: g.decision.question.clone(),
                source_file: grid.file.clone(),
                sha256: grid.sha256.clone(),
            });
            installed.push(g.id.clone());
        }
        self.write_index(&entries)?;
        self.entries = entries;
        Ok(installed)
    }

    /// Read, hash-check and check the grid `id`, as of `today`.
    pub fn load(&self, id: &str, today: NaiveDate) -> Result<Entry, Vec<Diagnostic>> {
        let index = self.dir.join("index.json");
        let entry = self
            .entries
            .iter()
            .find(|e| e.id == id)
            .ok_or_else(|| problem(&index, "catalogue-grid-unknown", &[("id", id)]))?;
        let path = self.grid_path(&entry.sha256);
        let bytes = std::fs::read(&path).map_err(|e| io_problem(&path, e))?;
        if sha256_hex(&bytes) != entry.sha256 {
            return Err(problem(&path, "catalogue-hash-mismatch", &[("id", id)]));
        }
        let report = check_file(&entry.source_file, &bytes, today);
        let warnings = report
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .cloned()
            .collect();
        let parsed = report.into_valid()?;
        Ok(Entry {
            file: entry.source_file.clone(),
            origin: entry.origin.clone(),
            sha256: entry.sha256.clone(),
            grid: parsed.grid,
            warnings,
        })
    }

    /// Write a list of entries as the index (used by install, and by tests and benchmarks
    /// that need a large catalogue).
    pub fn write_index(&self, entries: &[IndexEntry]) -> Result<(), Vec<Diagnostic>> {
        let index = Index {
            format: INDEX_FORMAT.to_owned(),
            entries: entries.to_vec(),
        };
        let bytes = serde_json::to_vec(&index).unwrap_or_default();
        write_atomically(&self.dir.join("index.json"), &bytes)
    }

    fn grid_path(&self, sha256: &str) -> PathBuf {
        self.dir.join("grids").join(format!("{sha256}.toml"))
    }
}
