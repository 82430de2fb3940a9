//! Step 4, "Wat betekent dat in mijn situatie?": how important each aspect is to the patient,
//! their own words, and how each option lines up with what they said. Nothing is scored or
//! recommended: the patient sees, per option, what it says about the things they find important.

use serde::Serialize;

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::session::{Importance, SessionState, MAX_IMPORTANCE};
use crate::view::pick;

use super::importance_text;

use super::{labels, Labels};

/// From this importance on, an aspect counts as important to the patient.
pub const IMPORTANT: Importance = 3;

/// One point on the importance scale.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ScalePoint {
    /// 0 (not important) to 4 (very important).
    pub value: Importance,
    /// The point in words.
    pub label: String,
}

/// An aspect the patient rates: one row of the grid.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AspectView {
    /// Question id.
    pub id: String,
    /// The question.
    pub text: String,
    /// The rating given, if any.
    pub importance: Option<Importance>,
    /// The rating in words ("Nog niet gekozen" when none).
    pub importance_label: String,
    /// Whether the patient marked this row in the grid.
    pub marked: bool,
}

/// What an option says about one aspect the patient finds important.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LineupItem {
    /// The aspect (question).
    pub aspect: String,
    /// How important it is, in words.
    pub importance: String,
    /// The option's answer for it.
    pub answer: String,
}

/// One option next to what matters to the patient.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LineupOption {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// The important aspects, most important first, each with this option's answer.
    pub items: Vec<LineupItem>,
}

/// Step 4.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ValuesView {
    /// The aspects to rate, in grid order.
    pub aspects: Vec<AspectView>,
    /// The scale, 0 to 4.
    pub scale: Vec<ScalePoint>,
    /// The patient's own words so far.
    pub note: String,
    /// Every option with what it says about the important aspects, in the content's order.
    pub lineup: Vec<LineupOption>,
    /// Fixed texts.
    pub labels: Labels,
}

/// Ids of the rows that matter to the patient, most important first: rated important, or
/// marked in the grid and not rated lower. Ties keep the grid order.
fn important_rows<'a>(
    grid: &'a OptionGrid,
    state: &SessionState,
) -> Vec<(&'a str, Option<Importance>)> {
    let mut rows: Vec<(&str, Option<Importance>)> = grid
        .questions
        .iter()
        .filter_map(|q| {
            let rating = state.importance.get(&q.id).copied();
            let matters = match rating {
                Some(r) => r >= IMPORTANT,
                None => state.marked_rows.contains(&q.id),
            };
            matters.then_some((q.id.as_str(), rating))
        })
        .collect();
    rows.sort_by_key(|(_, rating)| std::cmp::Reverse(rating.unwrap_or(IMPORTANT)));
    rows
}

/// The aspects that matter to the patient as lines: "Question: Heel belangrijk".
pub(super) fn important_aspects(
    grid: &OptionGrid,
    state: &SessionState,
    l10n: &Localizer,
) -> Vec<String> {
    important_rows(grid, state)
        .into_iter()
        .filter_map(|(id, rating)| {
            let q = grid.questions.iter().find(|q| q.id == id)?;
            let question = pick(&q.text, l10n.language(), grid);
            Some(match rating {
                Some(_) => l10n.format(
                    "aspect-importance",
                    &[
                        ("importance", importance_text(rating, l10n)),
                        ("aspect", question),
                    ],
                ),
                None => question,
            })
        })
        .collect()
}

/// Build step 4.
pub(super) fn values_view(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> ValuesView {
    let language = l10n.language();
    let important = important_rows(grid, state);
    ValuesView {
        aspects: grid
            .questions
            .iter()
            .map(|q| {
                let importance = state.importance.get(&q.id).copied();
                AspectView {
                    id: q.id.clone(),
                    text: pick(&q.text, language, grid),
                    importance,
                    importance_label: importance_text(importance, l10n),
                    marked: state.marked_rows.contains(&q.id),
                }
            })
            .collect(),
        scale: (0..=MAX_IMPORTANCE)
            .map(|value| ScalePoint {
                value,
                label: importance_text(Some(value), l10n),
            })
            .collect(),
        note: state.note.clone(),
        lineup: grid
            .options
            .iter()
            .map(|option| LineupOption {
                id: option.id.clone(),
                name: pick(&option.name, language, grid),
                items: important
                    .iter()
                    .filter_map(|(id, rating)| {
                        let q = grid.questions.iter().find(|q| q.id == *id)?;
                        Some(LineupItem {
                            aspect: pick(&q.text, language, grid),
                            importance: importance_text(rating.or(Some(IMPORTANT)), l10n),
                            answer: q
                                .answers
                                .get(&option.id)
                                .map(|a| pick(a, language, grid))
                                .unwrap_or_default(),
                        })
                    })
                    .collect(),
            })
            .collect(),
        labels: labels(
            l10n,
            &[
                "values-intro",
                "note-label",
                "note-hint",
                "lineup-heading",
                "lineup-intro",
                "lineup-empty",
            ],
        ),
    }
}
