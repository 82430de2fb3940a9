//! The evidence table: for every number a patient reads, what the source reports, in which
//! group, after how long, about whom, where in the source, how certain, and why that source.
//!
//! Generated from the grid's source blocks, so it cannot drift from the numbers shown. The app
//! shows it one click from every figure ("Waar komt dit getal vandaan?"), the preview shows it,
//! and `keuzekaart evidence` writes it as Markdown for the guideline group's evidence note.

use serde::Serialize;

use crate::content::reported::Shape;
use crate::content::{
    Figure, FollowUpMeasure, OptionGrid, Outcome, OutcomeKind, OutcomeValue, Question, SourceData,
    TimeFrame, TimeUnit, TreatmentOption,
};
use crate::language::Localizer;
use crate::view::consultation::outcomes::{
    certainty_message, reference_text, time_message, time_text,
};
use crate::view::pick;

/// Message ids of the table's column headings, in the order the Markdown table uses.
pub const COLUMNS: [&str; 11] = [
    "evidence-col-about",
    "evidence-col-option",
    "evidence-col-shown",
    "evidence-col-reported",
    "evidence-col-arm",
    "evidence-col-follow-up",
    "evidence-col-population",
    "evidence-col-location",
    "evidence-col-certainty",
    "evidence-col-why",
    "evidence-col-source",
];

/// One row of the evidence table: one number shown, and where it comes from.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EvidenceRow {
    /// What the number is about: the outcome, or the text a figure stands in.
    pub about: String,
    /// The option, when the number is for one.
    pub option: Option<String>,
    /// The number as the patient reads it: "5 van de 100, na 2 jaar".
    pub shown: String,
    /// What the source reports: "5,1% van 364 mensen".
    pub reported: String,
    /// The group in the source, as the source names it.
    pub arm: String,
    /// When the source measured it: "mediaan 3 jaar".
    pub follow_up: String,
    /// The people, as the source describes them.
    pub population: String,
    /// Where in the source: "Table 2".
    pub location: String,
    /// The source written out.
    pub reference: String,
    /// Certainty in words, for outcomes.
    pub certainty: Option<String>,
    /// Why this source was chosen, when the author says.
    pub why: Option<String>,
}

/// The whole table of a grid: every outcome value, then every figure typed in a text.
pub fn evidence_table(grid: &OptionGrid, l10n: &Localizer) -> Vec<EvidenceRow> {
    let mut rows: Vec<EvidenceRow> = grid
        .outcomes
        .iter()
        .flat_map(|o| outcome_evidence(grid, o, l10n))
        .collect();
    for figure in &grid.figures {
        rows.push(figure_row(
            grid,
            figure,
            l10n.text("evidence-about-grid"),
            l10n,
        ));
    }
    for option in &grid.options {
        rows.extend(option_evidence(grid, option, l10n));
    }
    for question in &grid.questions {
        rows.extend(question_figures(grid, question, l10n));
    }
    rows
}

/// The rows behind the numbers typed in one option's texts.
pub fn option_evidence(
    grid: &OptionGrid,
    option: &TreatmentOption,
    l10n: &Localizer,
) -> Vec<EvidenceRow> {
    let name = pick(&option.name, l10n.language(), grid);
    let about = l10n.format("evidence-about-option", &[("option", name)]);
    option
        .figures
        .iter()
        .map(|figure| figure_row(grid, figure, about.clone(), l10n))
        .collect()
}

/// The rows behind one row of the grid: its linked outcomes, then its own figures.
pub fn question_evidence(
    grid: &OptionGrid,
    question: &Question,
    l10n: &Localizer,
) -> Vec<EvidenceRow> {
    let mut rows: Vec<EvidenceRow> = grid
        .outcomes
        .iter()
        .filter(|o| question.outcomes.contains(&o.id))
        .flat_map(|o| outcome_evidence(grid, o, l10n))
        .collect();
    rows.extend(question_figures(grid, question, l10n));
    rows
}

fn question_figures(grid: &OptionGrid, question: &Question, l10n: &Localizer) -> Vec<EvidenceRow> {
    let about = pick(&question.text, l10n.language(), grid);
    question
        .figures
        .iter()
        .map(|figure| figure_row(grid, figure, about.clone(), l10n))
        .collect()
}

/// The rows behind one outcome, one per option in the content's order.
pub fn outcome_evidence(
    grid: &OptionGrid,
    outcome: &Outcome,
    l10n: &Localizer,
) -> Vec<EvidenceRow> {
    let language = l10n.language();
    let text = |t| pick(t, language, grid);
    let about = text(&outcome.label);
    let (certainty_label, _) = certainty_message(outcome.certainty);
    let certainty = match &outcome.certainty_reason {
        Some(reason) => format!("{}: {}", l10n.text(certainty_label), text(reason)),
        None => l10n.text(certainty_label),
    };
    let why = outcome.choice_reason.as_ref().map(text);
    grid.options
        .iter()
        .filter_map(|option| {
            let value = outcome.values.iter().find(|v| v.option == option.id)?;
            let mut row = source_row(grid, &value.source, about.clone(), l10n);
            row.option = Some(text(&option.name));
            row.shown = shown_value(outcome, value, grid, l10n);
            row.certainty = Some(certainty.clone());
            row.why.clone_from(&why);
            Some(row)
        })
        .collect()
}

fn figure_row(grid: &OptionGrid, figure: &Figure, about: String, l10n: &Localizer) -> EvidenceRow {
    let language = l10n.language();
    let mut row = source_row(grid, &figure.source, about, l10n);
    row.why = figure
        .choice_reason
        .as_ref()
        .map(|reason| pick(reason, language, grid));
    row.option = figure.option.as_ref().and_then(|id| {
        let option = grid.options.iter().find(|o| &o.id == id)?;
        Some(pick(&option.name, language, grid))
    });
    let number = decimal(figure.shows, l10n);
    let mut shown = match figure.of {
        Some(of) => l10n.format(
            "evidence-shown-frequency",
            &[("count", number), ("denominator", of.to_string())],
        ),
        None => number,
    };
    if let Some(time) = figure.time_frame {
        shown = l10n.format(
            "evidence-shown-after",
            &[("figure", shown), ("time", time_text(time, l10n))],
        );
    }
    row.shown = shown;
    row
}

/// The parts of a row that come from the source block alone.
fn source_row(
    grid: &OptionGrid,
    source: &SourceData,
    about: String,
    l10n: &Localizer,
) -> EvidenceRow {
    let reference = grid.references.iter().find(|r| r.id == source.reference);
    let population = reference
        .and_then(|r| r.populations.iter().find(|p| p.id == source.population))
        .map(|p| p.described_as.clone())
        .unwrap_or_default();
    EvidenceRow {
        about,
        option: None,
        shown: String::new(),
        reported: reported_words(source, l10n),
        arm: source.arm.clone(),
        follow_up: follow_up_words(source, l10n),
        population,
        location: source.location.clone(),
        reference: reference.map(reference_text).unwrap_or_default(),
        certainty: None,
        why: None,
    }
}

fn shown_value(
    outcome: &Outcome,
    value: &OutcomeValue,
    grid: &OptionGrid,
    l10n: &Localizer,
) -> String {
    let time = time_text(value.time_frame, l10n);
    let figure = match (
        outcome.kind,
        value.numerator,
        value.denominator,
        value.value,
    ) {
        (OutcomeKind::Event, Some(n), Some(d), _) => l10n.format(
            "evidence-shown-frequency",
            &[("count", n.to_string()), ("denominator", d.to_string())],
        ),
        (OutcomeKind::Continuous, _, _, Some(v)) => {
            let unit = outcome
                .unit
                .as_ref()
                .map(|u| pick(u, l10n.language(), grid))
                .unwrap_or_default();
            format!("{} {unit}", decimal(v, l10n))
        }
        _ => l10n.text("outcome-no-number"),
    };
    l10n.format(
        "evidence-shown-after",
        &[("figure", figure), ("time", time)],
    )
}

/// What the source reports, in words: "3 van 80 mensen", "5,1% van 364 mensen".
pub fn reported_words(source: &SourceData, l10n: &Localizer) -> String {
    let reported = &source.reported;
    let Ok(shape) = reported.shape() else {
        return String::new();
    };
    let n = |x: f64| decimal(x, l10n);
    let main = match shape {
        Shape::Count { events, of } => l10n.format(
            "evidence-reported-count",
            &[("events", events.to_string()), ("of", of.to_string())],
        ),
        Shape::Percent { percent, of: None } => {
            l10n.format("evidence-reported-percent", &[("percent", n(percent))])
        }
        Shape::Percent {
            percent,
            of: Some(of),
        } => l10n.format(
            "evidence-reported-percent-of",
            &[("percent", n(percent)), ("of", of.to_string())],
        ),
        Shape::Frequency { frequency, per } => l10n.format(
            "evidence-reported-frequency",
            &[("frequency", n(frequency)), ("per", n(per))],
        ),
        Shape::Rate {
            rate,
            per,
            per_time,
        } => l10n.format(
            "evidence-reported-rate",
            &[
                ("rate", n(rate)),
                ("per", n(per)),
                ("time", time_text(per_time, l10n)),
            ],
        ),
        Shape::Amount { kind, value } => {
            use crate::content::reported::AmountKind;
            let id = match kind {
                AmountKind::Mean => "evidence-reported-mean",
                AmountKind::Median => "evidence-reported-median",
                AmountKind::Value => "evidence-reported-value",
            };
            l10n.format(id, &[("value", n(value))])
        }
    };
    match reported.interval {
        Some([low, high]) => l10n.format(
            "evidence-reported-interval",
            &[("figure", main), ("low", n(low)), ("high", n(high))],
        ),
        None => main,
    }
}

fn follow_up_words(source: &SourceData, l10n: &Localizer) -> String {
    let follow_up = source.follow_up;
    let time = fractional_time(follow_up.amount, follow_up.unit, l10n);
    let id = match follow_up.measure {
        FollowUpMeasure::Fixed => "evidence-follow-up-fixed",
        FollowUpMeasure::Median => "evidence-follow-up-median",
        FollowUpMeasure::Mean => "evidence-follow-up-mean",
        FollowUpMeasure::Maximum => "evidence-follow-up-maximum",
        FollowUpMeasure::Once => return l10n.text("evidence-follow-up-once"),
        FollowUpMeasure::NotReported => return l10n.text("evidence-follow-up-not-reported"),
    };
    l10n.format(id, &[("time", time)])
}

/// "7,5 jaar": a period that need not be whole.
fn fractional_time(amount: f64, unit: TimeUnit, l10n: &Localizer) -> String {
    if amount.fract() == 0.0 && amount >= 0.0 && amount <= f64::from(u32::MAX) {
        return time_text(
            TimeFrame {
                amount: amount as u32,
                unit,
            },
            l10n,
        );
    }
    l10n.format(time_message(unit), &[("amount", decimal(amount, l10n))])
}

/// A number written the way the language writes decimals: "5,1" in Dutch, "5.1" in English.
pub fn decimal(x: f64, l10n: &Localizer) -> String {
    l10n.language().decimal(x)
}

/// The table as Markdown, with a heading per grid and the rounding rule stated.
pub fn markdown(grid: &OptionGrid, rows: &[EvidenceRow], l10n: &Localizer) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = String::new();
    let title = pick(&grid.condition.name, l10n.language(), grid);
    out.push_str(&format!(
        "# {}\n\n",
        l10n.format(
            "evidence-markdown-title",
            &[("grid", title), ("id", grid.id.clone())]
        )
    ));
    out.push_str(&format!(
        "{}\n\n{}\n\n",
        l10n.format(
            "evidence-markdown-generated",
            &[("version", grid.version.clone())]
        ),
        l10n.text("evidence-rule")
    ));
    let header: Vec<String> = COLUMNS.iter().map(|c| l10n.text(c)).collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(COLUMNS.len())));
    for row in rows {
        let cells = [
            row.about.as_str(),
            row.option.as_deref().unwrap_or(""),
            &row.shown,
            &row.reported,
            &row.arm,
            &row.follow_up,
            &row.population,
            &row.location,
            row.certainty.as_deref().unwrap_or(""),
            row.why.as_deref().unwrap_or(""),
            &row.reference,
        ];
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}
