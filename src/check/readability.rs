//! Readability per grid and per language, and long sentences per text.

use super::diagnostic::Findings;
use super::texts::{all_texts, Audience};
use crate::content::OptionGrid;
use crate::language::readability::{
    count, formula_name, reading_ease, sentences, words, TextCounts,
};

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

/// A score with one decimal, rounded down, so a score just under the minimum never reads as
/// the minimum itself (59.96 shows as 59.9, not 60).
fn score_text(score: f64) -> String {
    format!("{:.1}", (score * 10.0).floor() / 10.0)
}

/// Score every language of the grid and flag long sentences.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    for lang in &grid.languages {
        if let Some(score) = grid_reading_ease(grid, lang) {
            if score < MIN_READING_EASE {
                let (s, min) = (score_text(score), format!("{MIN_READING_EASE:.0}"));
                f.warn(
                    "readability-low",
                    "",
                    &[
                        ("lang", lang),
                        ("score", &s),
                        ("minimum", &min),
                        ("formula", formula_name(lang)),
                    ],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_file;
    use crate::language::{Language, Localizer};

    #[test]
    fn scores_keep_one_decimal_and_never_round_up_to_the_minimum() {
        assert_eq!(score_text(59.7), "59.7");
        assert_eq!(score_text(59.96), "59.9");
        assert_eq!(score_text(42.0), "42.0");
    }

    /// A built-in grid with its English texts made hard to read: the warning names the
    /// English formula and shows the score with its decimal.
    #[test]
    fn readability_warning_names_the_formula_of_its_language() {
        let (name, text) = crate::library::Library::builtin_files()[0];
        let hard = "Notwithstanding considerable methodological heterogeneity, \
            investigators characterised postoperative complications comprehensively \
            utilising standardised classification instruments.";
        let text = text.replace(".en = \"", &format!(".en = \"{hard} "));
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let report = check_file(name, text.as_bytes(), today);
        let warning = report
            .diagnostics
            .iter()
            .find(|d| d.code == "readability-low")
            .expect("readability warning");
        let en = Localizer::new(Language::En).format(
            "check-readability-low",
            &warning
                .args
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect::<Vec<_>>(),
        );
        assert!(en.contains("(Flesch Reading Ease)"), "{en}");
        let score = &warning.args.iter().find(|(k, _)| *k == "score").unwrap().1;
        assert!(score.contains('.'), "{score}");
        assert!(en.contains(score.trim_end_matches(".0")), "{en}");
    }
}
