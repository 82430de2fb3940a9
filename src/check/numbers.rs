//! Numbers: structured, cited, comparable across options, never relative without absolute.

use std::collections::HashSet;

use super::diagnostic::Findings;
use super::texts::{all_texts, Audience};
use crate::content::{OptionGrid, Outcome, OutcomeKind};

/// Check every outcome of a grid, and the wording of risks in its texts.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    let options: HashSet<&str> = grid.options.iter().map(|o| o.id.as_str()).collect();
    for (i, outcome) in grid.outcomes.iter().enumerate() {
        check_outcome(i, outcome, &options, f);
    }
    check_wording(grid, f);
}

fn check_outcome(i: usize, outcome: &Outcome, options: &HashSet<&str>, f: &mut Findings) {
    let id = outcome.id.as_str();
    let mut seen = HashSet::new();
    for (j, v) in outcome.values.iter().enumerate() {
        let at = |field: &str| format!("outcomes[{i}].values[{j}].{field}");
        if !options.contains(v.option.as_str()) {
            f.error("option-unknown", &at("option"), &[("option", &v.option)]);
        }
        if !seen.insert(v.option.as_str()) {
            f.error(
                "number-option-twice",
                &at("option"),
                &[("option", &v.option), ("outcome", id)],
            );
        }
        match outcome.kind {
            OutcomeKind::Event => check_event_value(v, id, &at, f),
            OutcomeKind::Continuous => check_continuous_value(v, outcome, id, &at, f),
        }
    }
    if outcome.kind == OutcomeKind::Continuous {
        if outcome.unit.is_none() {
            f.error(
                "number-unit-missing",
                &format!("outcomes[{i}]"),
                &[("outcome", id)],
            );
        }
        match outcome.scale {
            None => f.error(
                "number-scale-missing",
                &format!("outcomes[{i}]"),
                &[("outcome", id)],
            ),
            Some([lo, hi]) if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) => f.error(
                "number-scale-invalid",
                &format!("outcomes[{i}].scale"),
                &[("outcome", id)],
            ),
            _ => {}
        }
    }
    if let Some(first) = outcome.values.first() {
        for (j, v) in outcome.values.iter().enumerate().skip(1) {
            if v.denominator != first.denominator {
                let field = format!("outcomes[{i}].values[{j}].denominator");
                f.error("number-denominator-mismatch", &field, &[("outcome", id)]);
            }
            if v.time_frame != first.time_frame {
                let field = format!("outcomes[{i}].values[{j}].time_frame");
                f.error("number-timeframe-mismatch", &field, &[("outcome", id)]);
            }
        }
    }
    for (k, effect) in outcome.relative_effects.iter().enumerate() {
        let field = format!("outcomes[{i}].relative_effects[{k}]");
        if !["rr", "or", "hr"].contains(&effect.measure.as_str()) {
            f.error(
                "number-measure-unknown",
                &format!("{field}.measure"),
                &[("measure", &effect.measure)],
            );
        }
        for option in &effect.compares {
            if !outcome.values.iter().any(|v| &v.option == option) {
                f.error(
                    "number-relative-without-absolute",
                    &field,
                    &[("outcome", id), ("option", option)],
                );
            }
        }
    }
}

fn check_event_value(
    v: &crate::content::OutcomeValue,
    id: &str,
    at: &dyn Fn(&str) -> String,
    f: &mut Findings,
) {
    if v.value.is_some() {
        f.error("number-wrong-kind", &at("value"), &[("outcome", id)]);
    }
    let (Some(num), Some(den)) = (v.numerator, v.denominator) else {
        f.error(
            "number-missing",
            &at("numerator"),
            &[("outcome", id), ("option", &v.option)],
        );
        return;
    };
    if den == 0 {
        f.error(
            "number-denominator-zero",
            &at("denominator"),
            &[("outcome", id)],
        );
        return;
    }
    if num > den {
        let (n, d) = (num.to_string(), den.to_string());
        f.error(
            "number-numerator-exceeds",
            &at("numerator"),
            &[("numerator", &n), ("denominator", &d)],
        );
    }
    if den != 100 && den != 1000 {
        f.warn(
            "number-denominator-unusual",
            &at("denominator"),
            &[("denominator", &den.to_string())],
        );
    }
    if let Some([lo, hi]) = v.range {
        let point = f64::from(num);
        if !(lo <= point && point <= hi && lo >= 0.0 && hi <= f64::from(den)) {
            f.error("number-range-invalid", &at("range"), &[("outcome", id)]);
        }
    }
}

fn check_continuous_value(
    v: &crate::content::OutcomeValue,
    outcome: &Outcome,
    id: &str,
    at: &dyn Fn(&str) -> String,
    f: &mut Findings,
) {
    if v.numerator.is_some() || v.denominator.is_some() {
        f.error("number-wrong-kind", &at("numerator"), &[("outcome", id)]);
    }
    let Some(value) = v.value else {
        f.error(
            "number-missing",
            &at("value"),
            &[("outcome", id), ("option", &v.option)],
        );
        return;
    };
    if let Some([lo, hi]) = v.range {
        if !(lo <= value && value <= hi) {
            f.error("number-range-invalid", &at("range"), &[("outcome", id)]);
        }
    }
    if let Some([lo, hi]) = outcome.scale {
        let (rlo, rhi) = v.range.map_or((value, value), |[a, b]| (a, b));
        if rlo < lo || rhi > hi || !value.is_finite() {
            f.error("number-outside-scale", &at("value"), &[("outcome", id)]);
        }
    }
}

/// Phrasings of risk that mislead without absolute figures: relative changes and "1 in X".
const RELATIVE: &[&str] = &[
    "% minder kans",
    "% meer kans",
    "% kleinere kans",
    "% grotere kans",
    "keer zo groot",
    "keer zo veel",
    "keer zo hoog",
    "keer zoveel",
    "keer meer kans",
    "keer minder kans",
    "halveert",
    "verdubbelt",
    "times more likely",
    "times less likely",
    "times as likely",
    "% lower risk",
    "% higher risk",
    "% less likely",
    "% more likely",
    "halves the risk",
    "doubles the risk",
];

fn one_in_x(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["1 op de ", "een op de ", "één op de ", "1 in "]
        .iter()
        .any(|p| {
            lower.match_indices(p).any(|(i, m)| {
                lower[i + m.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            })
        })
}

fn check_wording(grid: &OptionGrid, f: &mut Findings) {
    for field in all_texts(grid) {
        if field.audience != Audience::Patient {
            continue;
        }
        for (lang, text) in field.text {
            let path = format!("{}.{lang}", field.path);
            let lower = text.to_lowercase();
            if let Some(phrase) = RELATIVE.iter().find(|p| lower.contains(*p)) {
                f.warn("text-relative-risk", &path, &[("phrase", phrase)]);
            }
            if one_in_x(text) {
                f.warn("text-one-in-x", &path, &[]);
            }
        }
    }
}
