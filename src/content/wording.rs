//! How a grid's texts read in a language: the one place that picks a text for a language and
//! names an aspect, shared by the screens, the paper summary, the exports and the records.

use crate::language::{Language, Localizer};

use super::{OptionGrid, Text};

/// A text in `language`, or in the grid's main language when that one is missing.
pub fn pick(text: &Text, language: Language, grid: &OptionGrid) -> String {
    text.get(language.code())
        .or_else(|| grid.languages.first().and_then(|l| text.get(l)))
        .or_else(|| text.values().next())
        .cloned()
        .unwrap_or_default()
}

/// The language code [`pick`] takes `text` in: `language` when it is there, else the grid's
/// main language, else the first one written.
pub fn picked_language(text: &Text, language: Language, grid: &OptionGrid) -> String {
    [
        Some(language.code()),
        grid.languages.first().map(String::as_str),
    ]
    .into_iter()
    .flatten()
    .find(|code| text.contains_key(*code))
    .or_else(|| text.keys().next().map(String::as_str))
    .unwrap_or(language.code())
    .to_owned()
}

/// The text of an aspect id: the question, else the outcome, else the id itself.
pub fn aspect_text(grid: &OptionGrid, id: &str, l10n: &Localizer) -> String {
    let language = l10n.language();
    if let Some(q) = grid.questions.iter().find(|q| q.id == id) {
        return pick(&q.text, language, grid);
    }
    if let Some(o) = grid.outcomes.iter().find(|o| o.id == id) {
        return pick(&o.label, language, grid);
    }
    id.to_owned()
}

/// Ids of every aspect a patient can rate, in the grid's order: the questions, then the
/// outcomes.
pub fn aspects(grid: &OptionGrid) -> Vec<&str> {
    grid.questions
        .iter()
        .map(|q| q.id.as_str())
        .chain(grid.outcomes.iter().map(|o| o.id.as_str()))
        .collect()
}
