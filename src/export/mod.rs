//! What a session leaves behind: a summary on paper (PDF) for the patient to take home, and a
//! FHIR R4 bundle for the health record.
//!
//! Both read the same inputs: the grid that was shown, the state of the session, a few facts
//! about the session ([`SummaryContext`]) and the language the patient chose.

pub mod fhir;
pub mod home_file;
mod layout;
pub mod summary;

use chrono::{DateTime, Utc};

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::session::{Choice, SessionState};

pub use fhir::fhir_bundle;
pub use summary::summary_pdf;

/// Facts about the session that are not in its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryContext {
    /// The pseudonymous label the patient is known by in this program; no other personal data.
    pub patient_label: String,
    /// When the session started.
    pub session_started: DateTime<Utc>,
    /// SHA-256 of the content file that was shown, in hex.
    pub content_sha256: String,
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExportError {
    /// An embedded font could not be read (a broken build).
    #[error("embedded font cannot be read")]
    Font,
    /// The PDF library refused the document.
    #[error("the PDF cannot be made: {0}")]
    Pdf(String),
    /// The session chose an option the grid does not have.
    #[error("choice {option:?} is not an option of grid {grid:?}")]
    UnknownOption {
        /// Grid id.
        grid: String,
        /// The option id in the session.
        option: String,
    },
    /// The session marked a row the grid does not have.
    #[error("marked row {row:?} is not a question of grid {grid:?}")]
    UnknownRow {
        /// Grid id.
        grid: String,
        /// The question id in the session.
        row: String,
    },
    /// The session rated an aspect that is neither a question nor an outcome of the grid.
    #[error("rated aspect {aspect:?} is not a question or outcome of grid {grid:?}")]
    UnknownAspect {
        /// Grid id.
        grid: String,
        /// The aspect id in the session.
        aspect: String,
    },
}

impl ExportError {
    /// The error in the reader's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            ExportError::Font => l10n.text("export-error-font"),
            ExportError::Pdf(reason) => l10n.format("export-error-pdf", &[("reason", reason)]),
            ExportError::UnknownOption { grid, option } => l10n.format(
                "export-error-unknown-option",
                &[("grid", grid), ("option", option)],
            ),
            ExportError::UnknownRow { grid, row } => {
                l10n.format("export-error-unknown-row", &[("grid", grid), ("row", row)])
            }
            ExportError::UnknownAspect { grid, aspect } => l10n.format(
                "export-error-unknown-aspect",
                &[("grid", grid), ("aspect", aspect)],
            ),
        }
    }
}

/// Check that every id the session refers to exists in `grid`: the chosen option, the marked
/// rows and the rated aspects (question or outcome ids).
pub fn check_state(grid: &OptionGrid, state: &SessionState) -> Result<(), ExportError> {
    if let Some(Choice::Option(option)) = &state.choice {
        if !grid.options.iter().any(|o| &o.id == option) {
            return Err(ExportError::UnknownOption {
                grid: grid.id.clone(),
                option: option.clone(),
            });
        }
    }
    if let Some(row) = state
        .marked_rows
        .iter()
        .find(|row| !grid.questions.iter().any(|q| &q.id == *row))
    {
        return Err(ExportError::UnknownRow {
            grid: grid.id.clone(),
            row: row.clone(),
        });
    }
    if let Some(aspect) = state
        .importance
        .keys()
        .find(|a| aspect_name(grid, a, crate::language::Language::Nl).is_none())
    {
        return Err(ExportError::UnknownAspect {
            grid: grid.id.clone(),
            aspect: aspect.clone(),
        });
    }
    Ok(())
}

pub use crate::content::wording::aspects;

/// How an aspect reads: a question's text, or an outcome's label.
fn aspect_name(
    grid: &OptionGrid,
    aspect: &str,
    language: crate::language::Language,
) -> Option<String> {
    let pick = |t| crate::view::pick(t, language, grid);
    grid.questions
        .iter()
        .find(|q| q.id == aspect)
        .map(|q| pick(&q.text))
        .or_else(|| {
            grid.outcomes
                .iter()
                .find(|o| o.id == aspect)
                .map(|o| capitalised(&pick(&o.label)))
        })
}

/// The text with its first letter in upper case ("hebben pijn" → "Hebben pijn").
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The choice in the patient's words, from the summary's point of view.
fn choice_sentence(grid: &OptionGrid, choice: Option<&Choice>, l10n: &Localizer) -> String {
    match choice {
        Some(Choice::Option(id)) => {
            let name = grid
                .options
                .iter()
                .find(|o| &o.id == id)
                .map(|o| crate::view::pick(&o.name, l10n.language(), grid))
                .unwrap_or_else(|| id.clone());
            l10n.format("export-choice-option", &[("option", name)])
        }
        Some(Choice::ThinkAboutIt) => l10n.text("export-choice-think"),
        Some(Choice::DecideTogether) => l10n.text("export-choice-together"),
        None => l10n.text("export-choice-none"),
    }
}

pub(crate) use crate::view::consultation::sure_message;

/// An importance rating in words, as the screen says it.
fn importance_words(importance: u8, l10n: &Localizer) -> String {
    crate::view::consultation::importance_text(Some(importance), l10n)
}
