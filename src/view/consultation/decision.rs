//! Steps 5 and 6: the decision (an option, more time, or deciding together with the clinician)
//! and the SURE test, with a plain next step when it signals doubt.

use serde::Serialize;

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::session::{Choice, SessionState, SureItem};
use crate::view::pick;

use super::{choice_text, labels, Labels};

/// One way to decide.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChoiceButton {
    /// The choice, as the window sends it back in a `choice_made` event.
    pub choice: Choice,
    /// The choice in words.
    pub label: String,
    /// Whether this is the current choice.
    pub selected: bool,
}

/// Step 5.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DecisionView {
    /// Every option in the content's order, then "more time" and "decide together".
    pub choices: Vec<ChoiceButton>,
    /// The current choice in a sentence, or that there is none yet.
    pub status: String,
    /// Fixed texts.
    pub labels: Labels,
}

/// One SURE question.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SureQuestion {
    /// Which question.
    pub item: SureItem,
    /// The question.
    pub text: String,
    /// The answer given, if any.
    pub answer: Option<bool>,
}

/// Step 6: the SURE test.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SureView {
    /// The four questions, in order.
    pub questions: Vec<SureQuestion>,
    /// The result: ready, doubt, or not all answered yet.
    pub result: String,
    /// Plain next steps when the result signals doubt.
    pub next_steps: Vec<String>,
    /// Fixed texts.
    pub labels: Labels,
}

/// Build step 5.
pub(super) fn decision_view(
    grid: &OptionGrid,
    state: &SessionState,
    l10n: &Localizer,
) -> DecisionView {
    let choices = grid
        .options
        .iter()
        .map(|o| {
            (
                Choice::Option(o.id.clone()),
                pick(&o.name, l10n.language(), grid),
            )
        })
        .chain([Choice::ThinkAboutIt, Choice::DecideTogether].map(|c| {
            let label = choice_text(grid, &c, l10n);
            (c, label)
        }))
        .map(|(choice, label)| ChoiceButton {
            selected: state.choice.as_ref() == Some(&choice),
            choice,
            label,
        })
        .collect();
    DecisionView {
        choices,
        status: match &state.choice {
            Some(c) => l10n.format("decision-chosen", &[("choice", choice_text(grid, c, l10n))]),
            None => l10n.text("decision-none"),
        },
        labels: labels(l10n, &["decision-intro"]),
    }
}

/// Message id of a SURE question, the same on screen, on paper and in exports.
pub fn sure_message(item: SureItem) -> &'static str {
    match item {
        SureItem::Sure => "sure-sure",
        SureItem::Understand => "sure-understand",
        SureItem::Values => "sure-values",
        SureItem::Support => "sure-support",
    }
}

/// Build step 6.
pub(super) fn sure_view(state: &SessionState, l10n: &Localizer) -> SureView {
    let result = state.sure_all_yes();
    SureView {
        questions: SureItem::ALL
            .into_iter()
            .map(|item| SureQuestion {
                item,
                text: l10n.text(sure_message(item)),
                answer: state.sure.get(&item).copied(),
            })
            .collect(),
        result: l10n.text(match result {
            Some(true) => "sure-all-yes",
            Some(false) => "sure-doubt",
            None => "sure-unanswered",
        }),
        next_steps: if result == Some(false) {
            [
                "sure-next-time",
                "sure-next-talk",
                "sure-next-home",
                "sure-next-ask",
            ]
            .into_iter()
            .map(|id| l10n.text(id))
            .collect()
        } else {
            Vec::new()
        },
        labels: labels(
            l10n,
            &[
                "sure-intro",
                "sure-yes",
                "sure-no",
                "sure-translation",
                "sure-next-heading",
            ],
        ),
    }
}
