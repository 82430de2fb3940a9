//! Structure: identifiers, languages, cross-references between parts of a grid.

use std::collections::{BTreeSet, HashSet};

use super::diagnostic::Findings;
use super::texts::all_texts;
use crate::content::{Figure, OptionGrid, SourceData};

/// Whether `id` is lower case letters, digits and `-`, starting with a letter or digit.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn unique_ids<'a>(f: &mut Findings, list: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let field = format!("{list}[{i}].id");
        if !valid_id(id) {
            f.error("id-invalid", &field, &[("id", id)]);
        }
        if !seen.insert(id) {
            f.error("id-duplicate", &field, &[("id", id)]);
        }
    }
}

/// Check identifiers, languages and references between parts.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    if !valid_id(&grid.id) {
        f.error("id-invalid", "id", &[("id", &grid.id)]);
    }
    unique_ids(f, "options", grid.options.iter().map(|o| o.id.as_str()));
    unique_ids(f, "questions", grid.questions.iter().map(|q| q.id.as_str()));
    unique_ids(f, "outcomes", grid.outcomes.iter().map(|o| o.id.as_str()));
    unique_ids(
        f,
        "references",
        grid.references.iter().map(|r| r.id.as_str()),
    );
    check_languages(grid, f);
    if let Some(guideline) = &grid.guideline {
        if !valid_id(&guideline.id) {
            f.error("id-invalid", "guideline.id", &[("id", &guideline.id)]);
        }
        if guideline.version_numbers().is_none() {
            f.error(
                "guideline-version-invalid",
                "guideline.version",
                &[("version", &guideline.version)],
            );
        }
    }
    if grid.options.len() < 2 {
        f.error("options-too-few", "options", &[]);
    }
    if grid.questions.is_empty() {
        f.error("questions-none", "questions", &[]);
    }
    let options: BTreeSet<&str> = grid.options.iter().map(|o| o.id.as_str()).collect();
    let outcomes: BTreeSet<&str> = grid.outcomes.iter().map(|o| o.id.as_str()).collect();
    for (i, q) in grid.questions.iter().enumerate() {
        for option in &options {
            if !q.answers.contains_key(*option) {
                f.error(
                    "answer-missing",
                    &format!("questions[{i}].answers"),
                    &[("option", option)],
                );
            }
        }
        for option in q.answers.keys() {
            if !options.contains(option.as_str()) {
                let field = format!("questions[{i}].answers.{option}");
                f.error("option-unknown", &field, &[("option", option)]);
            }
        }
        for (j, outcome) in q.outcomes.iter().enumerate() {
            if !outcomes.contains(outcome.as_str()) {
                let field = format!("questions[{i}].outcomes[{j}]");
                f.error("outcome-unknown", &field, &[("outcome", outcome)]);
            }
        }
    }
    check_citations(grid, f);
}

fn check_languages(grid: &OptionGrid, f: &mut Findings) {
    if grid.languages.is_empty() {
        f.error("languages-none", "languages", &[]);
    }
    for (i, lang) in grid.languages.iter().enumerate() {
        let ok = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            f.error(
                "language-invalid",
                &format!("languages[{i}]"),
                &[("lang", lang)],
            );
        }
    }
    for field in all_texts(grid) {
        for lang in &grid.languages {
            match field.text.get(lang) {
                None => f.error("text-missing-language", &field.path, &[("lang", lang)]),
                Some(s) if s.trim().is_empty() => {
                    let path = format!("{}.{lang}", field.path);
                    f.error("text-empty", &path, &[("lang", lang)]);
                }
                Some(_) => {}
            }
        }
        for lang in field.text.keys() {
            if !grid.languages.contains(lang) {
                let path = format!("{}.{lang}", field.path);
                f.warn("text-unknown-language", &path, &[("lang", lang)]);
            }
        }
    }
}

/// Every reference id the grid cites, with the field path of the citation: `sources` lists,
/// and the `reference` and `supporting` of every source block.
pub fn citations(grid: &OptionGrid) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (path, source) in source_blocks(grid) {
        out.push((format!("{path}.reference"), source.reference.as_str()));
        for (k, id) in source.supporting.iter().enumerate() {
            out.push((format!("{path}.supporting[{k}]"), id.as_str()));
        }
    }
    for (path, ids) in source_lists(grid) {
        for (k, id) in ids.iter().enumerate() {
            out.push((format!("{path}[{k}]"), id.as_str()));
        }
    }
    out
}

/// Every `sources` list (statements in words), with its field path.
fn source_lists(grid: &OptionGrid) -> Vec<(String, &[String])> {
    let mut out: Vec<(String, &[String])> = Vec::new();
    for (i, o) in grid.options.iter().enumerate() {
        for (j, b) in o.burden.iter().enumerate() {
            out.push((format!("options[{i}].burden[{j}].sources"), &b.sources));
        }
        if let Some(env) = &o.environment {
            out.push((format!("options[{i}].environment.sources"), &env.sources));
        }
    }
    for (i, q) in grid.questions.iter().enumerate() {
        out.push((format!("questions[{i}].sources"), &q.sources));
    }
    out
}

/// Every source block of the grid (outcome values and figures), with its field path.
pub fn source_blocks(grid: &OptionGrid) -> Vec<(String, &SourceData)> {
    let mut out = Vec::new();
    for (i, o) in grid.outcomes.iter().enumerate() {
        for (j, v) in o.values.iter().enumerate() {
            out.push((format!("outcomes[{i}].values[{j}].source"), &v.source));
        }
    }
    for (path, figure) in figures(grid) {
        out.push((format!("{path}.source"), &figure.source));
    }
    out
}

/// Every figure of the grid (top level, per option, per question), with its field path.
pub fn figures(grid: &OptionGrid) -> Vec<(String, &Figure)> {
    let mut out = Vec::new();
    for (k, figure) in grid.figures.iter().enumerate() {
        out.push((format!("figures[{k}]"), figure));
    }
    for (i, o) in grid.options.iter().enumerate() {
        for (k, figure) in o.figures.iter().enumerate() {
            out.push((format!("options[{i}].figures[{k}]"), figure));
        }
    }
    for (i, q) in grid.questions.iter().enumerate() {
        for (k, figure) in q.figures.iter().enumerate() {
            out.push((format!("questions[{i}].figures[{k}]"), figure));
        }
    }
    out
}

fn check_citations(grid: &OptionGrid, f: &mut Findings) {
    let known: BTreeSet<&str> = grid.references.iter().map(|r| r.id.as_str()).collect();
    let mut used = BTreeSet::new();
    for (path, id) in citations(grid) {
        used.insert(id);
        if !known.contains(id) {
            f.error("citation-unresolved", &path, &[("id", id)]);
        }
    }
    for (i, r) in grid.references.iter().enumerate() {
        if !used.contains(r.id.as_str()) {
            f.warn(
                "reference-unused",
                &format!("references[{i}].id"),
                &[("id", &r.id)],
            );
        }
        check_reference_link(i, r, f);
    }
}

fn check_reference_link(i: usize, r: &crate::content::Reference, f: &mut Findings) {
    match (&r.doi, &r.url) {
        (None, None) => f.error(
            "reference-no-link",
            &format!("references[{i}]"),
            &[("id", &r.id)],
        ),
        (Some(doi), _) if !valid_doi(doi) => f.error(
            "reference-doi-invalid",
            &format!("references[{i}].doi"),
            &[("doi", doi)],
        ),
        (_, Some(url)) if !url.starts_with("https://") && !url.starts_with("http://") => f.error(
            "reference-url-invalid",
            &format!("references[{i}].url"),
            &[("url", url)],
        ),
        _ => {}
    }
}

/// Whether `doi` has the form `10.NNNN/suffix` (no resolver prefix, no spaces).
pub fn valid_doi(doi: &str) -> bool {
    let Some((prefix, suffix)) = doi.split_once('/') else {
        return false;
    };
    let registrant = prefix.strip_prefix("10.").unwrap_or("");
    registrant.len() >= 4
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.chars().any(char::is_whitespace)
}
