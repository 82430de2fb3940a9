//! The library of option grids the app can show: the built-in content compiled into the
//! program, checked when loaded. A file with errors is left out whole and reported.

use chrono::NaiveDate;

use crate::check::{check_file, Diagnostic};
use crate::content::ParsedGrid;
pub use crate::entry::{Entry, Origin};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_content.rs"));
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
                    sha256: crate::files::sha256_hex(bytes),
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
