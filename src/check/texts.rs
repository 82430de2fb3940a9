//! Every text of a grid with its field path, for checks that read all text.

use crate::content::{OptionGrid, Text};

/// Whether a text is read by patients (readability applies) or by professionals only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Patients read it: plain language, readability scored.
    Patient,
    /// Publication facts: checked for safety, not scored.
    Professional,
}

/// A text of the grid, where it stands, and who reads it.
pub struct FieldText<'a> {
    /// Field path, e.g. `options[0].summary`.
    pub path: String,
    /// The text in every language.
    pub text: &'a Text,
    /// Who reads it.
    pub audience: Audience,
}

/// All texts of a grid, in file order.
pub fn all_texts(grid: &OptionGrid) -> Vec<FieldText<'_>> {
    let mut list: Vec<FieldText<'_>> = Vec::new();
    let p = Audience::Patient;
    let mut push = |path: String, text, audience| {
        list.push(FieldText {
            path,
            text,
            audience,
        })
    };
    let publ = &grid.publication;
    push(
        "publication.update_policy".into(),
        &publ.update_policy,
        Audience::Professional,
    );
    push(
        "publication.funding".into(),
        &publ.funding,
        Audience::Professional,
    );
    push(
        "publication.conflicts_of_interest".into(),
        &publ.conflicts_of_interest,
        Audience::Professional,
    );
    push("condition.name".into(), &grid.condition.name, p);
    push(
        "condition.description".into(),
        &grid.condition.description,
        p,
    );
    push("decision.question".into(), &grid.decision.question, p);
    push("decision.population".into(), &grid.decision.population, p);
    push(
        "decision.why_a_choice".into(),
        &grid.decision.why_a_choice,
        p,
    );
    if let Some(reason) = &grid.no_waiting_reason {
        push("no_waiting_reason".into(), reason, p);
    }
    for (i, o) in grid.options.iter().enumerate() {
        push(format!("options[{i}].name"), &o.name, p);
        push(format!("options[{i}].summary"), &o.summary, p);
        for (j, t) in o.benefits.iter().enumerate() {
            push(format!("options[{i}].benefits[{j}]"), t, p);
        }
        for (j, t) in o.harms.iter().enumerate() {
            push(format!("options[{i}].harms[{j}]"), t, p);
        }
        push(format!("options[{i}].living_with"), &o.living_with, p);
        for (j, b) in o.burden.iter().enumerate() {
            push(format!("options[{i}].burden[{j}].text"), &b.text, p);
        }
        if let Some(env) = &o.environment {
            push(format!("options[{i}].environment.text"), &env.text, p);
            if let Some(per) = &env.per {
                push(format!("options[{i}].environment.per"), per, p);
            }
        }
    }
    for (i, q) in grid.questions.iter().enumerate() {
        push(format!("questions[{i}].text"), &q.text, p);
        for (option, answer) in &q.answers {
            push(format!("questions[{i}].answers.{option}"), answer, p);
        }
    }
    for (i, o) in grid.outcomes.iter().enumerate() {
        push(format!("outcomes[{i}].label"), &o.label, p);
        push(format!("outcomes[{i}].population"), &o.population, p);
        if let Some(unit) = &o.unit {
            push(format!("outcomes[{i}].unit"), unit, p);
        }
        if let Some(reason) = &o.certainty_reason {
            push(format!("outcomes[{i}].certainty_reason"), reason, p);
        }
        if let Some(reason) = &o.choice_reason {
            push(format!("outcomes[{i}].choice_reason"), reason, p);
        }
    }
    for (path, figure) in super::structure::figures(grid) {
        if let Some(reason) = &figure.choice_reason {
            push(format!("{path}.choice_reason"), reason, p);
        }
    }
    for (i, r) in grid.references.iter().enumerate() {
        for (k, population) in r.populations.iter().enumerate() {
            push(
                format!("references[{i}].populations[{k}].text"),
                &population.text,
                p,
            );
        }
    }
    for (path, text) in super::easy::easy_texts(grid) {
        push(path, text, p);
    }
    for (i, g) in grid.glossary.iter().enumerate() {
        push(format!("glossary[{i}].term"), &g.term, p);
        push(format!("glossary[{i}].explanation"), &g.explanation, p);
    }
    list
}
