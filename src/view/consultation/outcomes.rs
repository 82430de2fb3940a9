//! Outcomes in words and pictures: natural frequencies with the same denominator and time
//! frame for every option, certainty in words (GRADE), the reference group, and the sources.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::chart::icon_array::{icon_array_svg, IconArraySpec};
use crate::chart::range_bars::{range_bars_svg, Bar, RangeBarsSpec};
use crate::content::{
    Certainty, OptionGrid, Outcome, OutcomeKind, OutcomeValue, Reference, TimeFrame, TimeUnit,
};
use crate::language::Localizer;
use crate::view::evidence::{outcome_evidence, EvidenceRow};
use crate::view::pick;

/// The figure for one option of one outcome.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OutcomeOptionView {
    /// Option id.
    pub option: String,
    /// Option name.
    pub name: String,
    /// The figure as a sentence: "12 van de 100 mensen ..., na 5 jaar."
    pub sentence: String,
    /// The uncertainty range as a sentence, when known.
    pub range: Option<String>,
    /// The figure as a picture (SVG), with `sentence` as its text equivalent: an icon array
    /// for an event, a bar with its range for an amount, on the same scale for every option.
    pub chart: Option<String>,
}

/// One outcome across the options.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OutcomeView {
    /// Outcome id.
    pub id: String,
    /// `event` or `continuous`.
    pub kind: OutcomeKind,
    /// The outcome as a heading: "Hoeveel mensen hebben nog pijn?".
    pub heading: String,
    /// Who the numbers are about.
    pub population: String,
    /// Certainty as a label: "Waarschijnlijk".
    pub certainty_label: String,
    /// Certainty as a sentence: "Dit is waarschijnlijk zo."
    pub certainty: String,
    /// Why the certainty is what it is.
    pub certainty_reason: Option<String>,
    /// One figure per option, in the content's option order.
    pub options: Vec<OutcomeOptionView>,
    /// The sources of the figures, written out.
    pub sources: Vec<String>,
    /// Where each figure comes from ("Waar komt dit getal vandaan?"), one row per option.
    pub evidence: Vec<EvidenceRow>,
}

/// Message ids of a GRADE certainty: the label ("Waarschijnlijk") and the sentence ("Dit is
/// waarschijnlijk zo."), the same on screen and on paper.
pub fn certainty_message(certainty: Certainty) -> (&'static str, &'static str) {
    match certainty {
        Certainty::High => ("certainty-label-high", "certainty-high"),
        Certainty::Moderate => ("certainty-label-moderate", "certainty-moderate"),
        Certainty::Low => ("certainty-label-low", "certainty-low"),
        Certainty::VeryLow => ("certainty-label-very-low", "certainty-very-low"),
    }
}

/// Message id of a period in `unit`: "{ $amount } jaar".
pub fn time_message(unit: TimeUnit) -> &'static str {
    match unit {
        TimeUnit::Days => "time-days",
        TimeUnit::Weeks => "time-weeks",
        TimeUnit::Months => "time-months",
        TimeUnit::Years => "time-years",
    }
}

/// "5 jaar", "6 weken".
pub fn time_text(time: TimeFrame, l10n: &Localizer) -> String {
    l10n.format(
        time_message(time.unit),
        &[("amount", time.amount.to_string())],
    )
}

/// A number as people read it: whole numbers without decimals, at most one decimal.
fn number_text(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A reference written out: authors (year). Title. Journal. doi or address.
pub fn reference_text(reference: &Reference) -> String {
    let link = reference
        .doi
        .as_ref()
        .map(|doi| format!(" doi:{doi}"))
        .or_else(|| reference.url.as_ref().map(|url| format!(" {url}")))
        .unwrap_or_default();
    format!(
        "{} ({}). {}. {}.{link}",
        reference.authors, reference.year, reference.title, reference.published_in
    )
}

fn event_sentence(value: &OutcomeValue, label: &str, l10n: &Localizer) -> (String, Option<String>) {
    let (Some(count), Some(denominator)) = (value.numerator, value.denominator) else {
        return (l10n.text("outcome-no-number"), None);
    };
    let sentence = l10n.format(
        "frequency-sentence",
        &[
            ("count", count.to_string()),
            ("denominator", denominator.to_string()),
            ("label", label.to_owned()),
            ("time", time_text(value.time_frame, l10n)),
        ],
    );
    let range = value.range.map(|[low, high]| {
        l10n.format(
            "frequency-range",
            &[
                ("low", number_text(low)),
                ("high", number_text(high)),
                ("denominator", denominator.to_string()),
            ],
        )
    });
    (sentence, range)
}

fn amount_sentence(value: &OutcomeValue, unit: &str, l10n: &Localizer) -> (String, Option<String>) {
    let Some(typical) = value.value else {
        return (l10n.text("outcome-no-number"), None);
    };
    let sentence = l10n.format(
        "amount-option-sentence",
        &[
            ("value", number_text(typical)),
            ("unit", unit.to_owned()),
            ("time", time_text(value.time_frame, l10n)),
        ],
    );
    let range = value.range.map(|[low, high]| {
        l10n.format(
            "amount-range",
            &[
                ("low", number_text(low)),
                ("high", number_text(high)),
                ("unit", unit.to_owned()),
            ],
        )
    });
    (sentence, range)
}

/// Most charts kept drawn; past this the memo starts again (a run shows a few hundred at most).
const DRAWN_LIMIT: usize = 1024;

/// Charts drawn in this run, by everything they are drawn from: the figure, its range, the
/// scale and the sentence that describes it. A row marked on the grid redraws the screen, not
/// its pictures.
static DRAWN: std::sync::Mutex<BTreeMap<String, Option<String>>> =
    std::sync::Mutex::new(BTreeMap::new());

/// The picture of one option's figure; `None` when the figure cannot be drawn (the checker
/// refuses such content, so the sentence alone is a last resort).
fn chart(outcome: &Outcome, value: &OutcomeValue, sentence: &str) -> Option<String> {
    let key = format!(
        "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{sentence}",
        outcome.kind,
        outcome.direction,
        outcome.scale,
        value.numerator,
        value.denominator,
        value.value,
        value.range
    );
    let mut drawn = DRAWN.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(svg) = drawn.get(&key) {
        return svg.clone();
    }
    if drawn.len() >= DRAWN_LIMIT {
        drawn.clear();
    }
    let svg = draw(outcome, value, sentence);
    drawn.insert(key, svg.clone());
    svg
}

fn draw(outcome: &Outcome, value: &OutcomeValue, sentence: &str) -> Option<String> {
    match outcome.kind {
        OutcomeKind::Event => icon_array_svg(&IconArraySpec {
            count: value.numerator?,
            denominator: value.denominator?,
            range: value
                .range
                .map(|[low, high]| (low.round() as u32, high.round() as u32)),
            direction: outcome.direction,
            description: sentence,
        })
        .ok(),
        OutcomeKind::Continuous => {
            let [low, high] = outcome.scale?;
            range_bars_svg(&RangeBarsSpec {
                bars: &[Bar {
                    value: value.value?,
                    range: value.range.map(|[l, h]| (l, h)),
                }],
                scale: (low, high),
                description: sentence,
            })
            .ok()
        }
    }
}

/// Build the view of one outcome.
pub(super) fn outcome_view(grid: &OptionGrid, outcome: &Outcome, l10n: &Localizer) -> OutcomeView {
    let language = l10n.language();
    let text = |t| pick(t, language, grid);
    let label = text(&outcome.label);
    let unit = outcome.unit.as_ref().map(text).unwrap_or_default();
    let (certainty_label, certainty) = certainty_message(outcome.certainty);
    let options: Vec<OutcomeOptionView> = grid
        .options
        .iter()
        .map(|option| {
            let value = outcome.values.iter().find(|v| v.option == option.id);
            let (sentence, range) = match (value, outcome.kind) {
                (None, _) => (l10n.text("outcome-no-number"), None),
                (Some(v), OutcomeKind::Event) => event_sentence(v, &label, l10n),
                (Some(v), OutcomeKind::Continuous) => amount_sentence(v, &unit, l10n),
            };
            let chart = value.and_then(|v| chart(outcome, v, &sentence));
            OutcomeOptionView {
                option: option.id.clone(),
                name: text(&option.name),
                sentence,
                range,
                chart,
            }
        })
        .collect();
    let cited = outcome.values.iter().flat_map(|v| {
        std::iter::once(v.source.reference.as_str())
            .chain(v.source.supporting.iter().map(String::as_str))
    });
    let mut sources: Vec<String> = Vec::new();
    for id in cited {
        if let Some(reference) = grid.references.iter().find(|r| r.id == id) {
            let line = reference_text(reference);
            if !sources.contains(&line) {
                sources.push(line);
            }
        }
    }
    OutcomeView {
        id: outcome.id.clone(),
        kind: outcome.kind,
        heading: match outcome.kind {
            OutcomeKind::Event => l10n.format("outcome-heading-event", &[("label", &label)]),
            OutcomeKind::Continuous => l10n.format("outcome-heading-amount", &[("label", &label)]),
        },
        population: l10n.format(
            "outcome-population",
            &[("population", text(&outcome.population))],
        ),
        certainty_label: l10n.text(certainty_label),
        certainty: l10n.text(certainty),
        certainty_reason: outcome.certainty_reason.as_ref().map(text),
        options,
        sources,
        evidence: outcome_evidence(grid, outcome, l10n),
    }
}
