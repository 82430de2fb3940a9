//! The IPDAS criteria that software can check: options with benefits and harms in balance,
//! a waiting option, outcomes for more than one option, neutral wording.

use super::diagnostic::Findings;
use super::texts::{all_texts, Audience};
use crate::content::{OptionGrid, OptionKind, Text};

/// Phrases that recommend an option; a decision aid presents options, it does not advise.
const RECOMMENDING: &[&str] = &[
    "wij raden",
    "we raden",
    "raden wij",
    "raden we",
    "aanbevolen",
    "aan te raden",
    "beste keuze",
    "beste optie",
    "de beste behandeling",
    "we recommend",
    "is recommended",
    "the best option",
    "the best choice",
    "best treatment",
];

fn words(texts: &[Text], lang: &str) -> usize {
    texts
        .iter()
        .filter_map(|t| t.get(lang))
        .map(|s| s.split_whitespace().count())
        .sum()
}

/// Check the IPDAS items on a grid.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    let waiting = grid.options.iter().any(|o| o.kind == OptionKind::Waiting);
    match (waiting, &grid.no_waiting_reason) {
        (false, None) => f.error("ipdas-no-waiting-option", "options", &[]),
        (true, Some(_)) => f.warn("ipdas-waiting-reason-unneeded", "no_waiting_reason", &[]),
        _ => {}
    }
    let main = grid.languages.first().map(String::as_str).unwrap_or("nl");
    for (i, o) in grid.options.iter().enumerate() {
        if o.benefits.is_empty() {
            f.error(
                "ipdas-no-benefits",
                &format!("options[{i}].benefits"),
                &[("option", &o.id)],
            );
        }
        if o.harms.is_empty() {
            f.error(
                "ipdas-no-harms",
                &format!("options[{i}].harms"),
                &[("option", &o.id)],
            );
        }
        let (good, bad) = (words(&o.benefits, main), words(&o.harms, main));
        if good > 0 && bad > 0 && (good > 2 * bad + 10 || bad > 2 * good + 10) {
            let (g, b) = (good.to_string(), bad.to_string());
            let args = [("option", o.id.as_str()), ("benefits", &g), ("harms", &b)];
            f.warn("ipdas-unbalanced", &format!("options[{i}]"), &args);
        }
    }
    if grid.outcomes.is_empty() {
        f.warn("ipdas-no-outcomes", "outcomes", &[]);
    }
    for (i, outcome) in grid.outcomes.iter().enumerate() {
        if outcome.values.len() < 2 {
            let field = format!("outcomes[{i}].values");
            f.warn(
                "ipdas-outcome-one-option",
                &field,
                &[("outcome", &outcome.id)],
            );
        }
    }
    for field in all_texts(grid) {
        if field.audience != Audience::Patient {
            continue;
        }
        for (lang, text) in field.text {
            let lower = text.to_lowercase();
            if let Some(phrase) = RECOMMENDING.iter().find(|p| lower.contains(*p)) {
                let path = format!("{}.{lang}", field.path);
                f.warn("balance-recommends", &path, &[("phrase", phrase)]);
            }
        }
    }
}
