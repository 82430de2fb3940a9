//! Readability: Flesch-Douma for Dutch, Flesch Reading Ease for English, with syllable
//! counting per language. Dutch counts the final schwa (`grote` has two syllables).

/// Counts of a text that the formulas need.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextCounts {
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Syllables.
    pub syllables: usize,
}

impl TextCounts {
    /// Add the counts of another text.
    pub fn add(&mut self, other: TextCounts) {
        self.sentences += other.sentences;
        self.words += other.words;
        self.syllables += other.syllables;
    }
}

/// Split a text into sentences (on `.`, `!`, `?`, `;` and line breaks).
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', ';', '\n'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
}

/// Words of a text: runs of letters and digits (with inner hyphens and apostrophes).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Count sentences, words and syllables of `text` in language `lang`.
pub fn count(text: &str, lang: &str) -> TextCounts {
    let mut counts = TextCounts::default();
    for sentence in sentences(text) {
        counts.sentences += 1;
        for word in words(sentence) {
            counts.words += 1;
            counts.syllables += syllables(word, lang);
        }
    }
    counts
}

/// Syllables of one word.
pub fn syllables(word: &str, lang: &str) -> usize {
    let lower = word.to_lowercase();
    if lang == "tr" {
        // Every Turkish vowel is the nucleus of one syllable; Turkish has no diphthongs.
        let vowels = lower.chars().filter(|c| "aeıioöuüâîû".contains(*c)).count();
        return vowels.max(1);
    }
    if lower
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == ',')
    {
        return lower
            .chars()
            .filter(char::is_ascii_digit)
            .count()
            .clamp(1, 4);
    }
    match lang {
        "en" => english_syllables(&lower),
        _ => dutch_syllables(&lower),
    }
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'è' | 'ê'
    )
}

fn with_diaeresis(c: char) -> bool {
    matches!(c, 'ä' | 'ë' | 'ï' | 'ö' | 'ü')
}

/// Vowel combinations that make one sound in Dutch, longest first.
const DUTCH_UNITS: &[&str] = &[
    "eeuw", "ieuw", "aai", "ooi", "oei", "eeu", "ieu", "uw", "aa", "ee", "oo", "uu", "ie", "oe",
    "eu", "ui", "ei", "ij", "ou", "au",
];

/// Dutch syllables: each vowel sound is one syllable; a diaeresis starts a new one
/// (`patiënt`, `beëindigen`); vowels that do not form a known sound are separate (`ideaal`).
fn dutch_syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !(is_vowel(c) || with_diaeresis(c)) {
            i += 1;
            continue;
        }
        count += 1;
        let rest: String = chars[i..].iter().take(4).collect();
        let plain: String = rest.chars().map(strip_diaeresis_first(c)).collect();
        let unit = DUTCH_UNITS
            .iter()
            .find(|u| {
                plain.starts_with(**u)
                    && !rest.chars().skip(1).take(u.len() - 1).any(with_diaeresis)
            })
            .map_or(1, |u| u.chars().count());
        i += unit;
    }
    count.max(1)
}

fn strip_diaeresis_first(first: char) -> impl Fn(char) -> char {
    move |c| match c {
        'ë' if c == first => 'e',
        'ï' if c == first => 'i',
        'ü' if c == first => 'u',
        'ö' if c == first => 'o',
        'ä' if c == first => 'a',
        other => other,
    }
}

/// English syllables: vowel groups, less a silent final `e` (but not `-le`).
fn english_syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let mut count: usize = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let vowel = is_vowel(c) || with_diaeresis(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = chars.len();
    if n > 2
        && chars[n - 1] == 'e'
        && !is_vowel(chars[n - 2])
        // "-le" after a consonant ("table") keeps its syllable.
        && (chars[n - 2] != 'l' || is_vowel(chars[n - 3]))
    {
        count = count.saturating_sub(1);
    }
    if n > 3
        && word.ends_with("es")
        && !is_vowel(chars[n - 3])
        && !matches!(chars[n - 3], 's' | 'x' | 'z' | 'c' | 'g' | 'h')
    {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

/// Name of the reading-ease formula [`reading_ease`] uses for `lang` (a proper name, the same
/// in every language); empty for a language without one.
pub fn formula_name(lang: &str) -> &'static str {
    match lang {
        "nl" => "Flesch-Douma",
        "en" => "Flesch Reading Ease",
        "tr" => "Ateşman",
        _ => "",
    }
}

/// Reading ease of counted text, on a 0-100 scale where higher is easier:
/// - Dutch: Flesch-Douma (Douma 1960), 206.84 - 0.77 x syllables per 100 words - 0.93 x
///   words per sentence;
/// - English: Flesch Reading Ease (Flesch 1948), 206.835 - 0.846 x syllables per 100 words -
///   1.015 x words per sentence;
/// - Turkish: Ateşman (1997, Dil Dergisi 58:71-74), 198.825 - 40.175 x syllables per word -
///   2.610 x words per sentence.
///
/// `None` when there are no words, and for languages without a validated formula here
/// (Arabic, Polish): the Dutch formula would score them on Dutch syllables, which says nothing.
pub fn reading_ease(counts: TextCounts, lang: &str) -> Option<f64> {
    if counts.words == 0 || counts.sentences == 0 {
        return None;
    }
    let per_word = counts.syllables as f64 / counts.words as f64;
    let words_per_sentence = counts.words as f64 / counts.sentences as f64;
    Some(match lang {
        "nl" => 206.84 - 0.77 * 100.0 * per_word - 0.93 * words_per_sentence,
        "en" => 206.835 - 0.846 * 100.0 * per_word - 1.015 * words_per_sentence,
        "tr" => 198.825 - 40.175 * per_word - 2.610 * words_per_sentence,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_is_scored_by_ateşman_and_languages_without_a_formula_are_not_scored() {
        assert_eq!(syllables("ameliyat", "tr"), 4);
        assert_eq!(syllables("göğüs", "tr"), 2);
        let easy = count("Bu çok kolay. Ben okurum.", "tr");
        let score = reading_ease(easy, "tr").unwrap();
        assert!(score > 90.0, "{score}");
        assert_eq!(reading_ease(count("Prosta rzecz.", "pl"), "pl"), None);
        assert_eq!(reading_ease(count("هذا سهل.", "ar"), "ar"), None);
        assert_eq!(formula_name("tr"), "Ateşman");
    }

    #[test]
    fn dutch_syllables_count_schwa_diphthongs_and_diaeresis() {
        let cases = [
            ("grote", 2),
            ("de", 1),
            ("operatie", 4),
            ("ideaal", 3),
            ("patiënt", 3),
            ("beëindigen", 4),
            ("nieuw", 1),
            ("leeuw", 1),
            ("mogelijkheden", 5),
            ("afwachten", 3),
            ("huis", 1),
            ("kooi", 1),
            ("behandeling", 4),
            ("liesbreuk", 2),
            ("ziekenhuis", 3),
            ("eeuwig", 2),
            ("duw", 1),
            ("zee", 1),
        ];
        for (word, n) in cases {
            assert_eq!(syllables(word, "nl"), n, "{word}");
        }
    }

    #[test]
    fn english_syllables_drop_silent_e() {
        for (word, n) in [
            ("make", 1),
            ("table", 2),
            ("surgery", 3),
            ("waiting", 2),
            ("the", 1),
        ] {
            assert_eq!(syllables(word, "en"), n, "{word}");
        }
    }

    #[test]
    fn flesch_douma_uses_douma_coefficients() {
        // 10 words, 1 sentence, 15 syllables: 206.84 - 0.77*150 - 0.93*10 = 82.04
        let c = TextCounts {
            sentences: 1,
            words: 10,
            syllables: 15,
        };
        assert!((reading_ease(c, "nl").unwrap() - 82.04).abs() < 1e-9);
        assert_eq!(reading_ease(TextCounts::default(), "nl"), None);
    }

    #[test]
    fn short_plain_dutch_scores_higher_than_long_jargon() {
        let plain = count("U kunt kiezen. U kunt wachten. Of u laat het maken.", "nl");
        let hard = count(
            "Chirurgische interventie middels laparoscopische herniaplastiek resulteert \
             frequentelijk in postoperatieve complicaties waaronder chronische inguinale pijn.",
            "nl",
        );
        assert!(reading_ease(plain, "nl").unwrap() > 80.0);
        assert!(reading_ease(hard, "nl").unwrap() < 30.0);
    }
}
