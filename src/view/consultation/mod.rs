//! The consultation: one screen per step of the three good questions, phrased for the chosen
//! language. Built from the grid and the session state; the window only renders it.
//!
//! Both modes walk the same steps. In the consultation room every step is one click away and a
//! panel shows what matters to this patient so far; at home one step fills the screen, with a
//! progress line and the difficult words explained.

mod decision;
mod grid;
pub mod outcomes;
mod values;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{OptionGrid, ReviewStatus};
use crate::language::Localizer;
use crate::session::{Mode, SessionState, Step};

use super::pick;
use super::pictures::{option_picture, Picture};

pub use crate::session::{choice_text, importance_text};
pub use decision::{sure_message, ChoiceButton, DecisionView, SureQuestion, SureView};
pub use grid::{BurdenLine, GridRow, OptionColumn, OptionDetail, ProsConsView};
pub use outcomes::{certainty_message, reference_text, time_text, OutcomeOptionView, OutcomeView};
pub use values::{AspectView, LineupItem, LineupOption, ScalePoint, ValuesView};

/// Fixed texts a step shows (headings, hints), by message id.
pub type Labels = BTreeMap<&'static str, String>;

fn labels(l10n: &Localizer, ids: &[&'static str]) -> Labels {
    ids.iter().map(|id| (*id, l10n.text(id))).collect()
}

/// One step in the list of steps.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StepLink {
    /// The step.
    pub step: Step,
    /// Its name, e.g. "Wat zijn mijn mogelijkheden?".
    pub label: String,
    /// Whether it is the step on screen.
    pub current: bool,
}

/// A difficult word with its explanation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TermView {
    /// The word.
    pub term: String,
    /// What it means.
    pub explanation: String,
}

/// What matters to this patient so far: always in view in the consultation room.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MattersPanel {
    /// Heading of the panel.
    pub heading: String,
    /// One line per marked row or important aspect, most important first.
    pub items: Vec<String>,
    /// The patient's own words, when written.
    pub note: Option<String>,
    /// The choice, once made.
    pub choice: Option<String>,
    /// Shown while nothing has been said yet.
    pub empty: String,
}

/// Step 1: there is a choice, and the patient's view matters.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChoiceView {
    /// What the condition is.
    pub description: String,
    /// Who the decision is for.
    pub population: String,
    /// Why there is a real choice.
    pub why_a_choice: String,
    /// The three good questions, in order.
    pub three_questions: Vec<String>,
    /// Fixed texts.
    pub labels: Labels,
}

/// One option, in one plain sentence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionSentence {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// The option in one sentence.
    pub summary: String,
    /// "Behandeling" or "Afwachten of niet behandelen".
    pub kind_label: String,
    /// The option's pictogram, when the content names one.
    pub picture: Option<Picture>,
}

/// One option in the easy-reading layer: its picture and a few short sentences.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EasyOption {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// The option's pictogram, when the content names one.
    pub picture: Option<Picture>,
    /// Short sentences, one idea each.
    pub sentences: Vec<String>,
}

/// A key outcome in the easy-reading layer: its pictures (icon arrays) and one sentence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EasyOutcome {
    /// The sentence the content wrote for easy reading.
    pub sentence: String,
    /// The outcome with its icon arrays, as on the pros and cons step.
    pub outcome: OutcomeView,
}

/// The easy-reading layer of a grid ("Makkelijk lezen"); empty when the content has none.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EasyLayer {
    /// Every option that has easy sentences, in the content's order.
    pub options: Vec<EasyOption>,
    /// The key outcomes.
    pub outcomes: Vec<EasyOutcome>,
}

/// The easy-reading layer of `grid`.
pub fn easy_layer(grid: &OptionGrid, l10n: &Localizer) -> EasyLayer {
    let language = l10n.language();
    EasyLayer {
        options: grid
            .options
            .iter()
            .filter(|o| !o.easy.is_empty())
            .map(|o| EasyOption {
                id: o.id.clone(),
                name: pick(&o.name, language, grid),
                picture: o.picture.map(|p| option_picture(p, l10n)),
                sentences: o.easy.iter().map(|t| pick(t, language, grid)).collect(),
            })
            .collect(),
        outcomes: grid
            .outcomes
            .iter()
            .filter_map(|o| {
                let sentence = pick(o.easy.as_ref()?, language, grid);
                Some(EasyOutcome {
                    sentence,
                    outcome: outcomes::outcome_view(grid, o, l10n),
                })
            })
            .collect(),
    }
}

/// Step 2: Wat zijn mijn mogelijkheden?
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionsView {
    /// Every option, waiting included, in the content's neutral order.
    pub options: Vec<OptionSentence>,
    /// The same options and the key outcomes for easy reading.
    pub easy: EasyLayer,
    /// Why there is no waiting option, when the content says so.
    pub no_waiting_reason: Option<String>,
    /// Fixed texts.
    pub labels: Labels,
}

/// The last step: what the patient said, to read back together.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SummaryView {
    /// Rows of the grid the patient marked.
    pub marked: Vec<String>,
    /// Aspects with their importance in words, most important first.
    pub important: Vec<String>,
    /// The patient's own words.
    pub note: Option<String>,
    /// The choice, or that it is still open.
    pub choice: String,
    /// The SURE result, once answered.
    pub sure: Option<String>,
    /// May the anonymous answers go to the guideline group.
    pub consent: ConsentView,
    /// Fixed texts.
    pub labels: Labels,
}

/// The question at the summary whether the anonymous answers of this session may be shared
/// with the guideline group: what is shared, what never is, that it can be withdrawn.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ConsentView {
    /// Whether the patient said yes (no until they do).
    pub shared: bool,
    /// The answer so far, in a sentence.
    pub status: String,
    /// Heading, question, what is shared, what not, withdrawing, and the two answers.
    pub labels: Labels,
}

fn consent_view(state: &SessionState, l10n: &Localizer) -> ConsentView {
    ConsentView {
        shared: state.shared,
        status: l10n.text(if state.shared {
            "consent-status-yes"
        } else {
            "consent-status-no"
        }),
        labels: labels(
            l10n,
            &[
                "consent-heading",
                "consent-question",
                "consent-what",
                "consent-not",
                "consent-withdraw",
                "consent-yes",
                "consent-no",
            ],
        ),
    }
}

/// What the current step shows.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepContent {
    /// There is a choice.
    Choice(ChoiceView),
    /// Wat zijn mijn mogelijkheden?
    Options(OptionsView),
    /// Wat zijn de voor- en nadelen van die mogelijkheden?
    ProsCons(Box<ProsConsView>),
    /// Wat betekent dat in mijn situatie?
    Values(ValuesView),
    /// The decision.
    Decision(DecisionView),
    /// The SURE test.
    Sure(SureView),
    /// What was said.
    Summary(SummaryView),
}

/// One screen of the consultation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ConsultationScreen {
    /// Grid id.
    pub grid_id: String,
    /// Name of the condition.
    pub condition: String,
    /// The decision at stake.
    pub question: String,
    /// Consultation room or home.
    pub mode: Mode,
    /// The step on screen.
    pub step: Step,
    /// All steps, in order.
    pub steps: Vec<StepLink>,
    /// "Stap 3 van 7".
    pub progress: String,
    /// The step before this one.
    pub previous: Option<Step>,
    /// The step after this one.
    pub next: Option<Step>,
    /// Label of example content, when not reviewed.
    pub example_label: Option<String>,
    /// The language of the window's own texts (headings, buttons, sentences around numbers).
    pub language: crate::language::Language,
    /// The language of the grid's texts on screen.
    pub content_language: crate::view::ContentLanguage,
    /// What matters to the patient so far (consultation room only).
    pub panel: Option<MattersPanel>,
    /// Difficult words explained (at home only).
    pub glossary: Vec<TermView>,
    /// Heading of the glossary.
    pub glossary_heading: String,
    /// The content of the step.
    pub content: StepContent,
}

/// Message id of a step's name.
pub fn step_message(step: Step) -> &'static str {
    match step {
        Step::Choice => "step-choice",
        Step::Options => "step-options",
        Step::ProsCons => "step-pros-cons",
        Step::Values => "step-values",
        Step::Decision => "step-decision",
        Step::Sure => "step-sure",
        Step::Summary => "step-summary",
    }
}

/// Build the screen of the session's current step.
pub fn consultation_screen(
    grid: &OptionGrid,
    state: &SessionState,
    l10n: &Localizer,
) -> ConsultationScreen {
    let language = l10n.language();
    let text = |t| pick(t, language, grid);
    let step = state.step;
    let index = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
    let content = match step {
        Step::Choice => StepContent::Choice(choice_view(grid, l10n)),
        Step::Options => StepContent::Options(options_view(grid, l10n)),
        Step::ProsCons => StepContent::ProsCons(Box::new(grid::pros_cons(grid, state, l10n))),
        Step::Values => StepContent::Values(values::values_view(grid, state, l10n)),
        Step::Decision => StepContent::Decision(decision::decision_view(grid, state, l10n)),
        Step::Sure => StepContent::Sure(decision::sure_view(state, l10n)),
        Step::Summary => StepContent::Summary(summary_view(grid, state, l10n)),
    };
    ConsultationScreen {
        grid_id: grid.id.clone(),
        condition: text(&grid.condition.name),
        question: text(&grid.decision.question),
        mode: state.mode,
        step,
        steps: Step::ALL
            .iter()
            .map(|s| StepLink {
                step: *s,
                label: l10n.text(step_message(*s)),
                current: *s == step,
            })
            .collect(),
        progress: l10n.format(
            "step-progress",
            &[
                ("number", (index + 1).to_string()),
                ("total", Step::ALL.len().to_string()),
            ],
        ),
        previous: index.checked_sub(1).map(|i| Step::ALL[i]),
        next: Step::ALL.get(index + 1).copied(),
        language,
        content_language: crate::view::content_language(grid, l10n),
        example_label: (grid.status == ReviewStatus::Example)
            .then(|| l10n.text("ui-example-content")),
        panel: (state.mode == Mode::Consultation).then(|| matters_panel(grid, state, l10n)),
        glossary: if state.mode == Mode::Home {
            grid.glossary
                .iter()
                .map(|g| TermView {
                    term: text(&g.term),
                    explanation: text(&g.explanation),
                })
                .collect()
        } else {
            Vec::new()
        },
        glossary_heading: l10n.text("glossary-heading"),
        content,
    }
}

fn choice_view(grid: &OptionGrid, l10n: &Localizer) -> ChoiceView {
    let language = l10n.language();
    ChoiceView {
        description: pick(&grid.condition.description, language, grid),
        population: pick(&grid.decision.population, language, grid),
        why_a_choice: pick(&grid.decision.why_a_choice, language, grid),
        three_questions: [Step::Options, Step::ProsCons, Step::Values]
            .into_iter()
            .map(|s| l10n.text(step_message(s)))
            .collect(),
        labels: labels(
            l10n,
            &[
                "choice-intro",
                "choice-your-view",
                "choice-three-questions",
                "choice-who",
            ],
        ),
    }
}

fn options_view(grid: &OptionGrid, l10n: &Localizer) -> OptionsView {
    let language = l10n.language();
    OptionsView {
        options: grid
            .options
            .iter()
            .map(|o| OptionSentence {
                id: o.id.clone(),
                name: pick(&o.name, language, grid),
                summary: pick(&o.summary, language, grid),
                kind_label: l10n.text(super::option_kind_message(o.kind)),
                picture: o.picture.map(|p| option_picture(p, l10n)),
            })
            .collect(),
        easy: easy_layer(grid, l10n),
        no_waiting_reason: grid
            .no_waiting_reason
            .as_ref()
            .map(|t| pick(t, language, grid)),
        labels: labels(
            l10n,
            &[
                "option-waiting-note",
                "easy-heading",
                "easy-outcomes-heading",
            ],
        ),
    }
}

fn matters_panel(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> MattersPanel {
    let mut items = values::important_aspects(grid, state, l10n);
    for row in grid::marked_questions(grid, state, l10n) {
        if !items.iter().any(|i| i.starts_with(&row)) {
            items.push(row);
        }
    }
    MattersPanel {
        heading: l10n.text("panel-heading"),
        items,
        note: (!state.note.trim().is_empty()).then(|| state.note.clone()),
        choice: state
            .choice
            .as_ref()
            .map(|c| l10n.format("decision-chosen", &[("choice", choice_text(grid, c, l10n))])),
        empty: l10n.text("panel-empty"),
    }
}

/// The summary of what the patient said: also the read-only view of a past session.
pub fn summary_view(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> SummaryView {
    SummaryView {
        marked: grid::marked_questions(grid, state, l10n),
        important: values::important_aspects(grid, state, l10n),
        note: (!state.note.trim().is_empty()).then(|| state.note.clone()),
        choice: state
            .choice
            .as_ref()
            .map(|c| choice_text(grid, c, l10n))
            .unwrap_or_else(|| l10n.text("decision-none")),
        sure: state.sure_all_yes().map(|_| {
            let yes = state.sure.values().filter(|y| **y).count();
            l10n.format("summary-sure", &[("yes", yes.to_string())])
        }),
        consent: consent_view(state, l10n),
        labels: labels(
            l10n,
            &[
                "summary-heading",
                "summary-marked",
                "summary-important",
                "summary-note",
                "summary-choice",
                "summary-nothing",
            ],
        ),
    }
}

#[cfg(test)]
mod tests;
