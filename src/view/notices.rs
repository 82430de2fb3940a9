//! What the start screen says about content itself: refused files, authoring mode, and the
//! installed grids of the catalogue (listed from its index, without reading the grids).

use serde::Serialize;

use crate::catalogue::IndexEntry;
use crate::check::Diagnostic;
use crate::content::{ReviewStatus, Text};
use crate::language::Localizer;

use super::ConditionCard;

/// One refused file, in plain words.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Refusal {
    /// The file, as named on the command line or in the bundle.
    pub file: String,
    /// What is wrong, in the chosen language.
    pub message: String,
}

/// Notices about content, shown above the conditions.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContentNotices {
    /// Shown on every screen while unsigned content may open.
    pub authoring_label: Option<String>,
    /// Heading above the refusals, when there are any.
    pub refusals_heading: Option<String>,
    /// Content that was refused.
    pub refusals: Vec<Refusal>,
}

/// The notices for `refusals` and the authoring mode.
pub fn content_notices(
    refusals: &[Diagnostic],
    authoring: bool,
    l10n: &Localizer,
) -> ContentNotices {
    ContentNotices {
        authoring_label: authoring.then(|| l10n.text("ui-authoring-mode")),
        refusals_heading: (!refusals.is_empty()).then(|| l10n.text("ui-refused-heading")),
        refusals: refusals
            .iter()
            .map(|d| Refusal {
                file: d.file.clone(),
                message: d.message(l10n),
            })
            .collect(),
    }
}

fn pick_index_text(text: &Text, l10n: &Localizer) -> String {
    text.get(l10n.language().code())
        .or_else(|| text.values().next())
        .cloned()
        .unwrap_or_default()
}

/// A start-screen card for an installed grid, from the catalogue index alone.
pub fn index_card(entry: &IndexEntry, l10n: &Localizer) -> ConditionCard {
    ConditionCard {
        id: entry.id.clone(),
        name: pick_index_text(&entry.name, l10n),
        question: pick_index_text(&entry.question, l10n),
        language: if entry.name.contains_key(l10n.language().code()) {
            l10n.language().code().to_owned()
        } else {
            entry.name.keys().next().cloned().unwrap_or_default()
        },
        example_label: (entry.status == ReviewStatus::Example)
            .then(|| l10n.text("ui-example-content")),
        found_via: None,
        recent: false,
        guideline: entry
            .guideline
            .as_ref()
            .map(|g| super::guideline_label(g, l10n)),
    }
}
