//! Source data: every number shown is recomputed from what its source reports.
//!
//! For each outcome value and each figure typed in a text, the checker reads the structured
//! `source` block (reported figure, arm, follow-up, population, location), recomputes the
//! natural frequency or amount by the rounding rule of [`crate::content::reported`], and
//! refuses a number that does not follow, a time frame that is not the follow-up, a
//! population that is not the one the source names, and an outcome that draws on several
//! sources without saying why.

use std::collections::BTreeSet;

use super::diagnostic::Findings;
use super::structure::figures;
use crate::content::reported::{
    in_months, months, natural_frequency, rounds_to, same_period, Shape, ShapeError,
};
use crate::content::{
    Figure, OptionGrid, Outcome, OutcomeKind, OutcomeValue, Reference, SourceData, TimeFrame,
};

/// Check every source block of a grid.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    for (i, outcome) in grid.outcomes.iter().enumerate() {
        for (j, value) in outcome.values.iter().enumerate() {
            let at = format!("outcomes[{i}].values[{j}]");
            check_value(grid, outcome, value, &at, f);
        }
        check_choice_reason(outcome, i, f);
    }
    let options: BTreeSet<&str> = grid.options.iter().map(|o| o.id.as_str()).collect();
    for (at, figure) in figures(grid) {
        if let Some(option) = &figure.option {
            if !options.contains(option.as_str()) {
                f.error(
                    "option-unknown",
                    &format!("{at}.option"),
                    &[("option", option)],
                );
            }
        }
        check_figure(grid, figure, &at, f);
    }
    for (i, option) in grid.options.iter().enumerate() {
        let Some(co2) = option.environment.as_ref().and_then(|e| e.co2e_kg) else {
            continue;
        };
        if !option.figures.iter().any(|fig| rounds_to(fig.shows, co2)) {
            let at = format!("options[{i}].environment.co2e_kg");
            f.error("environment-unsourced", &at, &[("option", &option.id)]);
        }
    }
}

/// The parts of a source block every figure needs, and its shape; `None` when it has none.
fn readable_source(
    grid: &OptionGrid,
    source: &SourceData,
    at: &str,
    f: &mut Findings,
) -> Option<Shape> {
    if source.arm.trim().is_empty() {
        f.error("source-arm-missing", &format!("{at}.source.arm"), &[]);
    }
    if source.location.trim().is_empty() {
        f.error(
            "source-location-missing",
            &format!("{at}.source.location"),
            &[],
        );
    }
    let follow_up = source.follow_up;
    let least = if follow_up.measure.has_period() {
        f64::MIN_POSITIVE
    } else {
        0.0
    };
    if !(follow_up.amount.is_finite() && follow_up.amount >= least) {
        f.error(
            "source-follow-up-invalid",
            &format!("{at}.source.follow_up"),
            &[],
        );
    }
    let shape_at = format!("{at}.source.reported");
    match source.reported.shape() {
        Ok(shape) => Some(shape),
        Err(ShapeError::Empty) => {
            f.error("source-reported-empty", &shape_at, &[]);
            None
        }
        Err(ShapeError::Mixed(fields)) => {
            f.error(
                "source-reported-mixed",
                &shape_at,
                &[("fields", &fields.join(", "))],
            );
            None
        }
        Err(ShapeError::Incomplete(field)) => {
            f.error("source-reported-incomplete", &shape_at, &[("field", field)]);
            None
        }
        Err(ShapeError::Impossible) => {
            f.error("source-reported-impossible", &shape_at, &[]);
            None
        }
    }
    .filter(|_| reference(grid, source).is_some())
}

fn reference<'g>(grid: &'g OptionGrid, source: &SourceData) -> Option<&'g Reference> {
    grid.references.iter().find(|r| r.id == source.reference)
}

fn check_value(
    grid: &OptionGrid,
    outcome: &Outcome,
    value: &OutcomeValue,
    at: &str,
    f: &mut Findings,
) {
    let source = &value.source;
    check_population(grid, outcome, source, at, f);
    let Some(shape) = readable_source(grid, source, at, f) else {
        return;
    };
    check_time_frame(shape, value.time_frame, source, at, f);
    let is_amount = matches!(shape, Shape::Amount { .. });
    if is_amount != (outcome.kind == OutcomeKind::Continuous) {
        f.error(
            "source-reported-wrong-kind",
            &format!("{at}.source.reported"),
            &[("outcome", &outcome.id)],
        );
        return;
    }
    match outcome.kind {
        OutcomeKind::Event => {
            let (Some(shown), Some(denominator)) = (value.numerator, value.denominator) else {
                return;
            };
            check_frequency(shape, shown, denominator, value.time_frame, at, f);
            let interval = source.reported.interval;
            check_range(
                shape,
                interval,
                value.range,
                Some(denominator),
                value.time_frame,
                at,
                f,
            );
        }
        OutcomeKind::Continuous => {
            let Some(shown) = value.value else { return };
            if !rounds_to(shape.headline(), shown) {
                f.error(
                    "source-amount-mismatch",
                    &format!("{at}.value"),
                    &[
                        ("shown", &shown.to_string()),
                        ("reported", &reported_text(shape)),
                    ],
                );
            }
            check_range(
                shape,
                source.reported.interval,
                value.range,
                None,
                value.time_frame,
                at,
                f,
            );
        }
    }
}

/// `shown` of `denominator` must be the reported proportion by the rounding rule.
fn check_frequency(
    shape: Shape,
    shown: u32,
    denominator: u32,
    time_frame: TimeFrame,
    at: &str,
    f: &mut Findings,
) {
    let Some(proportion) = shape.proportion(time_frame) else {
        return;
    };
    if denominator == 0 {
        return;
    }
    let expected = natural_frequency(proportion, denominator);
    if expected != shown {
        f.error(
            "source-figure-mismatch",
            &format!("{at}.numerator"),
            &[
                ("shown", &shown.to_string()),
                ("expected", &expected.to_string()),
                ("denominator", &denominator.to_string()),
                ("reported", &reported_text(shape)),
            ],
        );
    }
}

/// A range shown must be the source's interval, converted like the figure.
fn check_range(
    shape: Shape,
    interval: Option<[f64; 2]>,
    range: Option<[f64; 2]>,
    denominator: Option<u32>,
    time_frame: TimeFrame,
    at: &str,
    f: &mut Findings,
) {
    let Some([low, high]) = range else { return };
    let Some([from, to]) = interval else {
        f.error("source-range-without-interval", &format!("{at}.range"), &[]);
        return;
    };
    let convert = |bound: f64| match denominator {
        Some(d) => shape
            .interval_proportion(bound, time_frame)
            .map(|p| f64::from(natural_frequency(p, d))),
        None => Some(bound),
    };
    let (Some(expected_low), Some(expected_high)) = (convert(from), convert(to)) else {
        return;
    };
    let fits = |expected: f64, shown: f64| match denominator {
        Some(_) => expected == shown,
        None => rounds_to(expected, shown),
    };
    if !(fits(expected_low, low) && fits(expected_high, high)) {
        f.error(
            "source-range-mismatch",
            &format!("{at}.range"),
            &[
                ("shown", &format!("{low}–{high}")),
                ("expected", &format!("{expected_low}–{expected_high}")),
            ],
        );
    }
}

/// The time frame shown must be the follow-up; a rate's may be chosen, but not beyond it.
fn check_time_frame(
    shape: Shape,
    shown: TimeFrame,
    source: &SourceData,
    at: &str,
    f: &mut Findings,
) {
    let follow_up = source.follow_up;
    if !follow_up.measure.has_period() {
        f.error("source-follow-up-unknown", &format!("{at}.time_frame"), &[]);
        return;
    }
    let args = [
        (
            "shown",
            format!("{} {:?}", shown.amount, shown.unit).to_lowercase(),
        ),
        (
            "follow_up",
            format!("{} {:?}", follow_up.amount, follow_up.unit).to_lowercase(),
        ),
    ];
    let args: Vec<(&'static str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if shape.is_rate() {
        if months(shown) > in_months(follow_up.amount, follow_up.unit) + 1e-9 {
            f.error(
                "source-time-frame-beyond",
                &format!("{at}.time_frame"),
                &args,
            );
        }
    } else if !same_period(shown, follow_up.amount, follow_up.unit) {
        f.error(
            "source-time-frame-differs",
            &format!("{at}.time_frame"),
            &args,
        );
    }
}

/// The outcome's population must be the one the source names for this figure.
fn check_population(
    grid: &OptionGrid,
    outcome: &Outcome,
    source: &SourceData,
    at: &str,
    f: &mut Findings,
) {
    let Some(reference) = reference(grid, source) else {
        return;
    };
    let path = format!("{at}.source.population");
    let Some(population) = reference
        .populations
        .iter()
        .find(|p| p.id == source.population)
    else {
        f.error(
            "source-population-unknown",
            &path,
            &[
                ("population", &source.population),
                ("reference", &reference.id),
            ],
        );
        return;
    };
    for lang in &grid.languages {
        let (Some(shown), Some(named)) = (outcome.population.get(lang), population.text.get(lang))
        else {
            continue;
        };
        if shown.trim() != named.trim() {
            f.error(
                "source-population-differs",
                &path,
                &[("outcome", &outcome.id), ("shown", shown), ("named", named)],
            );
            return;
        }
    }
}

/// An outcome drawing on more than one reference says why in `choice_reason`.
fn check_choice_reason(outcome: &Outcome, i: usize, f: &mut Findings) {
    if outcome.choice_reason.is_some() {
        return;
    }
    let cited: BTreeSet<&str> = outcome
        .values
        .iter()
        .flat_map(|v| {
            std::iter::once(v.source.reference.as_str())
                .chain(v.source.supporting.iter().map(String::as_str))
        })
        .collect();
    if cited.len() > 1 {
        let list: Vec<&str> = cited.into_iter().collect();
        f.error(
            "source-choice-reason-missing",
            &format!("outcomes[{i}]"),
            &[("outcome", &outcome.id), ("references", &list.join(", "))],
        );
    }
}

/// A figure typed in a text: its number, range and period must follow from its source.
fn check_figure(grid: &OptionGrid, figure: &Figure, at: &str, f: &mut Findings) {
    let source = &figure.source;
    if let Some(reference) = reference(grid, source) {
        if !reference
            .populations
            .iter()
            .any(|p| p.id == source.population)
        {
            f.error(
                "source-population-unknown",
                &format!("{at}.source.population"),
                &[
                    ("population", &source.population),
                    ("reference", &reference.id),
                ],
            );
        }
    }
    if !source.supporting.is_empty() && figure.choice_reason.is_none() {
        f.error(
            "figure-choice-reason-missing",
            &format!("{at}.source.supporting"),
            &[],
        );
    }
    let Some(shape) = readable_source(grid, source, at, f) else {
        return;
    };
    let period = figure.time_frame.unwrap_or(TimeFrame {
        amount: 1,
        unit: crate::content::TimeUnit::Years,
    });
    if let Some(time_frame) = figure.time_frame {
        check_time_frame(shape, time_frame, source, at, f);
    } else if shape.is_rate() {
        f.error(
            "figure-rate-without-period",
            &format!("{at}.time_frame"),
            &[],
        );
    }
    match (figure.of, shape.proportion(period)) {
        (Some(of), Some(proportion)) => {
            let expected = natural_frequency(proportion, of);
            if f64::from(expected) != figure.shows {
                f.error(
                    "source-figure-mismatch",
                    &format!("{at}.shows"),
                    &[
                        ("shown", &figure.shows.to_string()),
                        ("expected", &expected.to_string()),
                        ("denominator", &of.to_string()),
                        ("reported", &reported_text(shape)),
                    ],
                );
            }
        }
        _ if !rounds_to(shape.headline(), figure.shows) => f.error(
            "figure-mismatch",
            &format!("{at}.shows"),
            &[
                ("shown", &figure.shows.to_string()),
                ("reported", &reported_text(shape)),
            ],
        ),
        _ => {}
    }
    let denominator = figure.of.filter(|_| shape.proportion(period).is_some());
    check_range(
        shape,
        source.reported.interval,
        figure.range,
        denominator,
        period,
        at,
        f,
    );
}

/// The reported figure in a neutral notation, for messages: `3/80`, `5.1%`, `210/1000`,
/// `1.8/1000 per 12 months`, `79.4`.
pub fn reported_text(shape: Shape) -> String {
    match shape {
        Shape::Count { events, of } => format!("{events}/{of}"),
        Shape::Percent { percent, .. } => format!("{percent}%"),
        Shape::Frequency { frequency, per } => format!("{frequency}/{per}"),
        Shape::Rate {
            rate,
            per,
            per_time,
        } => format!("{rate}/{per} per {}", months(per_time)),
        Shape::Amount { value, .. } => value.to_string(),
    }
}
