//! Step 3, "Wat zijn de voor- en nadelen van die mogelijkheden?": the option grid with rows the
//! patient can mark, pros and cons per option, outcomes with numbers, burden and environment.

use serde::Serialize;

use crate::content::{BurdenAspect, OptionGrid, TreatmentOption};
use crate::language::Localizer;
use crate::session::SessionState;
use crate::view::evidence::{
    decimal, option_evidence, question_evidence, EvidenceRow, COLUMNS as EVIDENCE_COLUMNS,
};
use crate::view::pick;
use crate::view::pictures::{burden_picture, Picture};

use super::outcomes::{outcome_view, OutcomeView};
use super::{labels, Labels};

/// An option as a column of the grid.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionColumn {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
}

/// One row of the grid: a question patients ask, with an answer per option.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GridRow {
    /// Question id.
    pub id: String,
    /// The question.
    pub question: String,
    /// Whether the patient marked it as mattering.
    pub marked: bool,
    /// The name of the row's checkbox: "Belangrijk voor mij: <question>", one per row.
    pub mark_label: String,
    /// The answer for each option, in the order of the columns.
    pub answers: Vec<String>,
    /// Where the row's numbers come from: its outcomes and its own figures.
    pub evidence: Vec<EvidenceRow>,
}

/// One line of what an option asks of the patient and carers.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BurdenLine {
    /// What kind of load, in words.
    pub aspect: String,
    /// The load.
    pub text: String,
    /// The pictogram of the kind of load.
    pub picture: Picture,
}

/// Pros, cons, burden and environment of one option.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionDetail {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Good points.
    pub benefits: Vec<String>,
    /// Bad points.
    pub harms: Vec<String>,
    /// What it is like to live with it.
    pub living_with: String,
    /// What it asks of the patient and the people around them.
    pub burden: Vec<BurdenLine>,
    /// Impact on the environment, where the content has it.
    pub environment: Option<String>,
    /// Where the numbers typed in this option's texts come from.
    pub evidence: Vec<EvidenceRow>,
}

/// Step 3: the grid, the pros and cons, and the outcomes.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProsConsView {
    /// The options as columns, in the content's order.
    pub columns: Vec<OptionColumn>,
    /// The questions as rows.
    pub rows: Vec<GridRow>,
    /// Per option, in the same order.
    pub details: Vec<OptionDetail>,
    /// Outcomes with numbers, rows the patient marked first.
    pub outcomes: Vec<OutcomeView>,
    /// Whether any option has a statement on the environment.
    pub has_environment: bool,
    /// Fixed texts.
    pub labels: Labels,
}

/// Message id of a burden aspect.
fn burden_message(aspect: BurdenAspect) -> &'static str {
    match aspect {
        BurdenAspect::Visits => "burden-visits",
        BurdenAspect::Recovery => "burden-recovery",
        BurdenAspect::Travel => "burden-travel",
        BurdenAspect::Work => "burden-work",
        BurdenAspect::Carers => "burden-carers",
        BurdenAspect::Costs => "burden-costs",
        BurdenAspect::DailyLife => "burden-daily-life",
    }
}

/// The questions the patient marked, as text, in grid order.
pub(super) fn marked_questions(
    grid: &OptionGrid,
    state: &SessionState,
    l10n: &Localizer,
) -> Vec<String> {
    grid.questions
        .iter()
        .filter(|q| state.marked_rows.contains(&q.id))
        .map(|q| pick(&q.text, l10n.language(), grid))
        .collect()
}

fn detail(grid: &OptionGrid, option: &TreatmentOption, l10n: &Localizer) -> OptionDetail {
    let text = |t| pick(t, l10n.language(), grid);
    OptionDetail {
        id: option.id.clone(),
        name: text(&option.name),
        benefits: option.benefits.iter().map(text).collect(),
        harms: option.harms.iter().map(text).collect(),
        living_with: text(&option.living_with),
        burden: option
            .burden
            .iter()
            .map(|b| BurdenLine {
                aspect: l10n.text(burden_message(b.aspect)),
                text: text(&b.text),
                picture: burden_picture(b.aspect, l10n),
            })
            .collect(),
        environment: option.environment.as_ref().map(|e| {
            let mut line = text(&e.text);
            if let Some(kg) = e.co2e_kg {
                let per = e.per.as_ref().map(text).unwrap_or_default();
                line.push(' ');
                line.push_str(&l10n.format(
                    "environment-co2",
                    &[("kg", decimal(kg, l10n)), ("per", per)],
                ));
            }
            line
        }),
        evidence: option_evidence(grid, option, l10n),
    }
}

/// Build step 3.
pub(super) fn pros_cons(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> ProsConsView {
    let language = l10n.language();
    let rows: Vec<GridRow> = grid
        .questions
        .iter()
        .map(|q| {
            let question = pick(&q.text, language, grid);
            GridRow {
                id: q.id.clone(),
                mark_label: l10n.format("grid-mark-row", &[("question", question.as_str())]),
                question,
                marked: state.marked_rows.contains(&q.id),
                answers: grid
                    .options
                    .iter()
                    .map(|o| {
                        q.answers
                            .get(&o.id)
                            .map(|a| pick(a, language, grid))
                            .unwrap_or_default()
                    })
                    .collect(),
                evidence: question_evidence(grid, q, l10n),
            }
        })
        .collect();
    // Outcomes behind the rows the patient marked come first; the others keep content order.
    let marked_outcome = |id: &str| {
        grid.questions
            .iter()
            .any(|q| state.marked_rows.contains(&q.id) && q.outcomes.iter().any(|o| o == id))
    };
    let mut outcomes: Vec<(bool, OutcomeView)> = grid
        .outcomes
        .iter()
        .map(|o| (marked_outcome(&o.id), outcome_view(grid, o, l10n)))
        .collect();
    outcomes.sort_by_key(|(marked, _)| !marked);
    let details: Vec<OptionDetail> = grid.options.iter().map(|o| detail(grid, o, l10n)).collect();
    ProsConsView {
        columns: grid
            .options
            .iter()
            .map(|o| OptionColumn {
                id: o.id.clone(),
                name: pick(&o.name, language, grid),
            })
            .collect(),
        rows,
        has_environment: details.iter().any(|d| d.environment.is_some()),
        details,
        outcomes: outcomes.into_iter().map(|(_, o)| o).collect(),
        labels: labels(
            l10n,
            &[
                &EVIDENCE_COLUMNS[..],
                &[
                    "grid-heading",
                    "grid-question-column",
                    "grid-mark",
                    "grid-mark-hint",
                    "benefits-heading",
                    "harms-heading",
                    "living-with-heading",
                    "outcomes-heading",
                    "outcome-sources",
                    "evidence-title",
                    "evidence-rule",
                    "outcome-legend",
                    "burden-heading",
                    "environment-heading",
                    "environment-unknown",
                ],
            ]
            .concat(),
        ),
    }
}
