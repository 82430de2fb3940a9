//! Readability per grid and per language, and long sentences per text.

use super::diagnostic::Findings;
use super::texts::{all_texts, Audience};
use crate::content::OptionGrid;
use crate::language::readability::{count, reading_ease, sentences, words, TextCounts};

/// Lowest reading ease accepted for patient text (Douma: 60-70 is "normal").
pub const MIN_READING_EASE: f64 = 60.0;
/// Longest sentence, in words, before it is flagged.
pub const MAX_SENTENCE_WORDS: usize = 20;

/// Reading ease of all patient text of a grid in one language.
pub fn grid_reading_ease(grid: &OptionGrid, lang: &str) -> Option<f64> {
    let mut total = TextCounts::default();
    for field in all_texts(grid) {
        if field.audience == Audience::Patient {
            if let Some(text) = field.text.get(lang) {
                total.add(count(text, lang));
            }
        }
    }
    reading_ease(total, lang)
}

/// Score every language of the grid and flag long sentences.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    for lang in &grid.languages {
        if let Some(score) = grid_reading_ease(grid, lang) {
            if score < MIN_READING_EASE {
                let (s, min) = (format!("{score:.0}"), format!("{MIN_READING_EASE:.0}"));
                f.warn(
                    "readability-low",
                    "",
                    &[("lang", lang), ("score", &s), ("minimum", &min)],
                );
            }
        }
    }
    for field in all_texts(grid) {
        if field.audience != Audience::Patient {
            continue;
        }
        for (lang, text) in field.text {
            if let Some(long) = sentences(text).find(|s| words(s).count() > MAX_SENTENCE_WORDS) {
                let n = words(long).count().to_string();
                let max = MAX_SENTENCE_WORDS.to_string();
                let path = format!("{}.{lang}", field.path);
                f.warn(
                    "readability-long-sentence",
                    &path,
                    &[("words", &n), ("maximum", &max)],
                );
            }
        }
    }
}
