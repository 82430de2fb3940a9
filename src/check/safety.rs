//! Unsafe text: markup, script and control characters are refused in every text field.
//! The app also renders text as text (never as HTML); this check tells the author early.

use super::diagnostic::Findings;
use super::texts::all_texts;
use crate::content::OptionGrid;

/// Whether a text holds something a browser could read as markup or script.
pub fn looks_like_markup(text: &str) -> bool {
    let lower = text.to_lowercase();
    let tag = lower.as_bytes().windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!' || w[1] == b'?')
    });
    tag || lower.contains("javascript:") || lower.contains("&#") || lower.contains("&lt;")
}

/// Check every text of the grid, and the plain strings of its references.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    let mut visit = |path: String, text: &str| {
        if looks_like_markup(text) {
            f.error("text-markup", &path, &[]);
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            f.error("text-control-character", &path, &[]);
        }
    };
    for field in all_texts(grid) {
        for (lang, text) in field.text {
            visit(format!("{}.{lang}", field.path), text);
        }
    }
    if let Some(g) = &grid.guideline {
        visit("guideline.name".to_owned(), &g.name);
        visit("guideline.group".to_owned(), &g.group);
    }
    for (i, r) in grid.references.iter().enumerate() {
        visit(format!("references[{i}].title"), &r.title);
        visit(format!("references[{i}].authors"), &r.authors);
        visit(format!("references[{i}].published_in"), &r.published_in);
    }
    for (lang, words) in grid
        .condition
        .synonyms
        .iter()
        .chain(&grid.condition.complaints)
    {
        for word in words {
            visit(format!("condition.{lang}"), word);
        }
    }
}
