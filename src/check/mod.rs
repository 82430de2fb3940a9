//! The checker: one implementation for the command-line tool, the app and the tests.
//!
//! Structure and cross-references, the IPDAS criteria software can check, numbers, dates,
//! unsafe text and readability. Errors block content; warnings are shown to the author.

pub mod dates;
/// Diagnostics live with the content they describe (the parser reports them too); the
/// checker's path stays for its users.
pub use crate::content::diagnostic;
pub mod easy;
pub mod ipdas;
pub mod numbers;
pub mod readability;
pub mod safety;
pub mod sources;
pub mod structure;
pub mod text_numbers;
pub mod texts;

use chrono::NaiveDate;

pub use diagnostic::{Diagnostic, Severity};

use crate::content::{parse_grid, ParsedGrid};
use diagnostic::Findings;

/// The result of checking one file.
#[derive(Debug, Clone)]
pub struct Report {
    /// The grid, when it could be read at all (also when it has errors).
    pub parsed: Option<ParsedGrid>,
    /// Everything found, errors first, then in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// The grid, only when it has no errors.
    pub fn into_valid(self) -> Result<ParsedGrid, Vec<Diagnostic>> {
        match self.parsed {
            Some(parsed) if self.diagnostics.iter().all(|d| !d.is_error()) => Ok(parsed),
            _ => Err(self.diagnostics),
        }
    }
}

/// Read and check one content file, as of `today`.
pub fn check_file(file: &str, bytes: &[u8], today: NaiveDate) -> Report {
    match parse_grid(file, bytes) {
        Err(diagnostics) => Report {
            parsed: None,
            diagnostics,
        },
        Ok(parsed) => {
            let diagnostics = check_grid(file, &parsed, today);
            Report {
                parsed: Some(parsed),
                diagnostics,
            }
        }
    }
}

/// Run every check on a parsed grid.
pub fn check_grid(file: &str, parsed: &ParsedGrid, today: NaiveDate) -> Vec<Diagnostic> {
    let mut f = Findings::new(file, &parsed.map);
    let grid = &parsed.grid;
    structure::check(grid, &mut f);
    ipdas::check(grid, &mut f);
    numbers::check(grid, &mut f);
    sources::check(grid, &mut f);
    text_numbers::check(grid, &mut f);
    dates::check(grid, today, &mut f);
    safety::check(grid, &mut f);
    readability::check(grid, &mut f);
    easy::check(grid, &mut f);
    let mut list = f.list;
    list.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.position.line.cmp(&b.position.line))
            .then(a.position.column.cmp(&b.position.column))
    });
    list
}
