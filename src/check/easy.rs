//! The easy-reading layer ("makkelijk lezen"): short sentences of common words, one idea each.
//!
//! Scored per language on four counts: words per sentence (at most [`MAX_EASY_WORDS`]), one
//! sentence per text, words outside the list of the 5000 most frequent words of the language
//! (assets/language/common-<lang>.txt, from wordfreq; words the grid itself names or explains
//! count as known), and the reading ease of the whole layer by the language's formula
//! (Flesch-Douma for Dutch), which must reach [`MIN_EASY_READING_EASE`].

use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;

use super::diagnostic::Findings;
use crate::content::{OptionGrid, Text};
use crate::language::readability::{
    count, formula_name, reading_ease, sentences, words, TextCounts,
};

/// Most words in one easy sentence.
pub const MAX_EASY_WORDS: usize = 10;
/// Most words outside the common list in one easy sentence.
pub const MAX_UNCOMMON_WORDS: usize = 2;
/// Lowest reading ease of the easy layer (Douma: 70-80 is "fairly easy").
pub const MIN_EASY_READING_EASE: f64 = 70.0;

/// The most frequent words of a language, lower case; `None` for a language without a list.
fn common_words(lang: &str) -> Option<&'static HashSet<&'static str>> {
    static NL: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static EN: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let (cell, text) = match lang {
        "nl" => (&NL, include_str!("../../assets/language/common-nl.txt")),
        "en" => (&EN, include_str!("../../assets/language/common-en.txt")),
        _ => return None,
    };
    Some(cell.get_or_init(|| {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    }))
}

/// Every easy text of a grid with its field path.
pub fn easy_texts(grid: &OptionGrid) -> Vec<(String, &Text)> {
    let mut out = Vec::new();
    for (i, option) in grid.options.iter().enumerate() {
        for (j, text) in option.easy.iter().enumerate() {
            out.push((format!("options[{i}].easy[{j}]"), text));
        }
    }
    for (i, outcome) in grid.outcomes.iter().enumerate() {
        if let Some(text) = &outcome.easy {
            out.push((format!("outcomes[{i}].easy"), text));
        }
    }
    out
}

/// Words a grid names or explains itself (condition, options, glossary terms, synonyms), lower
/// case: a reader of the easy layer meets them on the same screen.
fn known_words(grid: &OptionGrid, lang: &str) -> BTreeSet<String> {
    let named = std::iter::once(&grid.condition.name)
        .chain(grid.options.iter().map(|o| &o.name))
        .chain(grid.glossary.iter().map(|g| &g.term));
    let mut texts: Vec<&str> = named
        .filter_map(|t| t.get(lang))
        .map(String::as_str)
        .collect();
    let synonyms = grid.condition.synonyms.get(lang).into_iter().flatten();
    texts.extend(synonyms.map(String::as_str));
    texts
        .iter()
        .flat_map(|t| words(t))
        .map(str::to_lowercase)
        .collect()
}

/// Check the easy layer of a grid.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    let texts = easy_texts(grid);
    if texts.is_empty() {
        f.warn("easy-layer-missing", "options", &[]);
        return;
    }
    for (i, option) in grid.options.iter().enumerate() {
        if option.easy.is_empty() {
            f.warn(
                "easy-option-missing",
                &format!("options[{i}]"),
                &[("option", &option.id)],
            );
        }
    }
    for lang in &grid.languages {
        let known = known_words(grid, lang);
        let common = common_words(lang);
        let mut total = TextCounts::default();
        for (path, text) in &texts {
            let Some(written) = text.get(lang) else {
                continue;
            };
            let at = format!("{path}.{lang}");
            total.add(count(written, lang));
            let parts: Vec<&str> = sentences(written).collect();
            if parts.len() > 1 {
                f.warn("easy-one-sentence", &at, &[("lang", lang)]);
            }
            for sentence in parts {
                let n = words(sentence).count();
                if n > MAX_EASY_WORDS {
                    let (n, max) = (n.to_string(), MAX_EASY_WORDS.to_string());
                    f.warn("easy-sentence-long", &at, &[("words", &n), ("max", &max)]);
                }
                let Some(common) = common else { continue };
                let uncommon: Vec<String> = words(sentence)
                    .map(str::to_lowercase)
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .filter(|w| !common.contains(w.as_str()) && !known.contains(w))
                    .collect();
                if uncommon.len() > MAX_UNCOMMON_WORDS {
                    f.warn(
                        "easy-uncommon-words",
                        &at,
                        &[("words", &uncommon.join(", ")), ("lang", lang)],
                    );
                }
            }
        }
        if let Some(score) = reading_ease(total, lang) {
            if score < MIN_EASY_READING_EASE {
                f.warn(
                    "easy-reading-ease",
                    "options",
                    &[
                        ("lang", lang),
                        ("score", &format!("{:.1}", (score * 10.0).floor() / 10.0)),
                        ("min", &format!("{MIN_EASY_READING_EASE:.0}")),
                        ("formula", formula_name(lang)),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_word_lists_hold_everyday_words() {
        let nl = common_words("nl").unwrap();
        assert!(nl.len() > 4000);
        for word in ["de", "pijn", "ziekenhuis", "dokter", "jaar", "mensen"] {
            assert!(nl.contains(word), "{word}");
        }
        assert!(!nl.contains("meniscectomie"));
        assert!(common_words("en").unwrap().contains("pain"));
        assert!(common_words("tr").is_none());
    }
}
