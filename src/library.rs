//! The library of option grids the app can show: the built-in content compiled into the
//! program, checked when loaded. A file with errors is left out whole and reported.

use chrono::NaiveDate;

use crate::check::{check_file, Diagnostic};
use crate::content::{OptionGrid, ParsedGrid};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_content.rs"));
}

/// Where a grid came from. The UI labels anything but built-in or signed content on every
/// screen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Compiled into the program: trusted as part of the binary.
    BuiltIn,
    /// From a bundle whose signature was made by a trusted publisher's key.
    Signed {
        /// The publisher's name in the trust store.
        publisher: String,
    },
    /// Not signed: opened in authoring mode only, while a guideline group writes content.
    Unsigned,
}

/// A grid the library holds, with where it came from.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The file name it was read from.
    pub file: String,
    /// Where it came from.
    pub origin: Origin,
    /// SHA-256 (hex) of the exact file, so a session can pin what the patient saw.
    pub sha256: String,
    /// The content, checked.
    pub grid: OptionGrid,
    /// Warnings the checker gave (errors keep a grid out of the library).
    pub warnings: Vec<Diagnostic>,
}

/// The grids available to the app, in a stable order.
#[derive(Debug, Default)]
pub struct Library {
    entries: Vec<Entry>,
    rejected: Vec<Diagnostic>,
}

impl Library {
    /// The content compiled into the program, checked as of `today`.
    pub fn builtin(today: NaiveDate) -> Library {
        let mut library = Library::default();
        for (file, text) in builtin::BUILTIN {
            library.add(file, text.as_bytes(), Origin::BuiltIn, today);
        }
        library
    }

    /// The raw built-in files, for the checker and tests.
    pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
        builtin::BUILTIN
    }

    /// Check a file and add it when it has no errors; otherwise keep its diagnostics.
    pub fn add(&mut self, file: &str, bytes: &[u8], origin: Origin, today: NaiveDate) {
        let report = check_file(file, bytes, today);
        let warnings: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .cloned()
            .collect();
        match report.into_valid() {
            Ok(ParsedGrid { grid, .. }) if self.get(&grid.id).is_none() => {
                self.entries.push(Entry {
                    file: file.to_owned(),
                    origin,
                    sha256: crate::bundle::sha256_hex(bytes),
                    grid,
                    warnings,
                })
            }
            Ok(_) => {}
            Err(diagnostics) => self
                .rejected
                .extend(diagnostics.into_iter().filter(Diagnostic::is_error)),
        }
    }

    /// Add a grid that was checked elsewhere (a bundle, the catalogue); an id already in the
    /// library keeps its first grid. Returns whether it was added.
    pub fn insert(&mut self, entry: Entry) -> bool {
        if self.get(&entry.grid.id).is_some() {
            return false;
        }
        self.entries.push(entry);
        true
    }

    /// All grids, in the order they were added.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The grid with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.grid.id == id)
    }

    /// Errors of files that were left out.
    pub fn rejected(&self) -> &[Diagnostic] {
        &self.rejected
    }
}
