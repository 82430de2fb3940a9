//! Finding the decision: people search conditions by name, by other names and by the
//! complaints they describe, in Dutch or English, ignoring case and accents
//! ("knieën" finds "knie", "Enkel" finds "enkelbreuk"), with recently used decisions first.
//!
//! Every word of the query must match a word of the entry: as the start of a word, inside a
//! word, (for Dutch and English plurals) as the singular's start ("polsen" finds "pols"), or
//! through the same stem (Snowball's Dutch or English stemmer: "ontstekingen" finds
//! "ontsteking").
//! Hits rank by where they matched: the start of the name, a word of the name, a synonym, a
//! complaint; then by how recently the decision was used; then by name.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::content::{Lang, OptionGrid, Text};
use rust_stemmers::{Algorithm, Stemmer};

/// Score of a hit where the name starts with the query.
pub const NAME_START: u32 = 8;
/// Score of a hit where every query word matched a word of the name (+1 when all at a
/// word's start).
pub const NAME_WORD: u32 = 6;
/// Score of a hit where every query word matched one synonym (+1 when all at a word's start).
pub const SYNONYM: u32 = 4;
/// Score of a hit where every query word matched one complaint (+1 when all at a word's
/// start).
pub const COMPLAINT: u32 = 2;
/// Score of a hit whose query words matched spread over the name and terms (+1 when all at a
/// word's start).
pub const SPREAD: u32 = 0;

/// One searchable decision: its condition's name and the words people use for it, in one
/// language, with their folded forms and stems computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchEntry {
    id: String,
    name: String,
    terms: Vec<String>,
    synonyms: usize,
    folded_name: String,
    name_words: Vec<String>,
    term_words: Vec<Vec<String>>,
    name_stems: Vec<String>,
    term_stems: Vec<Vec<String>>,
    /// Every folded word of name and terms, each after a space: one string to rule an entry
    /// out with a single substring search per query word.
    vocabulary: String,
}

/// One decision found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The grid's id.
    pub id: String,
    /// Name of the condition, to order equally good hits of several sources.
    pub name: String,
    /// The synonym or complaint that matched, as written in the content, to show as
    /// "gevonden via: bult in de lies"; `None` when the name matched (or nothing, for an empty
    /// query).
    pub matched: Option<String>,
    /// How well it matched; higher is better (see [`NAME_START`] and the other scores).
    pub score: u32,
}

/// The text in `lang`, else in `fallback`.
fn pick<'t, T>(map: &'t BTreeMap<Lang, T>, lang: &str, fallback: &str) -> Option<&'t T> {
    map.get(lang).or_else(|| map.get(fallback))
}

/// The stemmer of a language code: Dutch, English, else none.
fn stemmer(lang: &str) -> Option<Stemmer> {
    match lang {
        "nl" => Some(Stemmer::create(Algorithm::Dutch)),
        "en" => Some(Stemmer::create(Algorithm::English)),
        _ => None,
    }
}

/// The stem of a folded word in `lang` (the word itself where no stemmer applies).
pub fn stem(word: &str, lang: &str) -> String {
    match stemmer(lang) {
        Some(stemmer) => stemmer.stem(word).into_owned(),
        None => word.to_owned(),
    }
}

fn stems(words: &[String], stemmer: Option<&Stemmer>) -> Vec<String> {
    words
        .iter()
        .map(|w| stemmer.map_or_else(|| w.clone(), |s| s.stem(w).into_owned()))
        .collect()
}

impl SearchEntry {
    /// An entry from its parts in Dutch: `synonyms` rank above `complaints`.
    pub fn new(id: &str, name: &str, synonyms: &[String], complaints: &[String]) -> SearchEntry {
        SearchEntry::new_in("nl", id, name, synonyms, complaints)
    }

    /// An entry from its parts in `lang` (which picks the stemmer).
    pub fn new_in(
        lang: &str,
        id: &str,
        name: &str,
        synonyms: &[String],
        complaints: &[String],
    ) -> SearchEntry {
        let terms: Vec<String> = synonyms.iter().chain(complaints).cloned().collect();
        let folded_name = fold(name);
        let name_words = words(&folded_name);
        let term_words: Vec<Vec<String>> = terms.iter().map(|t| words(&fold(t))).collect();
        let stemmer = stemmer(lang);
        let name_stems = stems(&name_words, stemmer.as_ref());
        let term_stems = term_words
            .iter()
            .map(|w| stems(w, stemmer.as_ref()))
            .collect();
        let mut all: Vec<&String> = name_words
            .iter()
            .chain(term_words.iter().flatten())
            .collect();
        all.sort();
        all.dedup();
        let vocabulary = all.iter().fold(String::new(), |mut text, word| {
            text.push(' ');
            text.push_str(word);
            text
        });
        SearchEntry {
            id: id.to_owned(),
            name: name.to_owned(),
            synonyms: synonyms.len(),
            name_words,
            term_words,
            name_stems,
            term_stems,
            terms,
            folded_name,
            vocabulary,
        }
    }

    /// The entry of a loaded grid in `lang`, each field falling back to the grid's first
    /// language where `lang` is missing.
    pub fn from_grid(grid: &OptionGrid, lang: &str) -> SearchEntry {
        let fallback = grid.languages.first().map_or(lang, String::as_str);
        let condition = &grid.condition;
        Self::from_parts(
            &grid.id,
            &condition.name,
            &condition.synonyms,
            &condition.complaints,
            lang,
            fallback,
        )
    }

    pub(crate) fn from_parts(
        id: &str,
        name: &Text,
        synonyms: &BTreeMap<Lang, Vec<String>>,
        complaints: &BTreeMap<Lang, Vec<String>>,
        lang: &str,
        fallback: &str,
    ) -> SearchEntry {
        let none = Vec::new();
        let used = if name.contains_key(lang) {
            lang
        } else {
            fallback
        };
        SearchEntry::new_in(
            used,
            id,
            pick(name, lang, fallback).map_or("", String::as_str),
            pick(synonyms, lang, fallback).unwrap_or(&none),
            pick(complaints, lang, fallback).unwrap_or(&none),
        )
    }

    /// The grid's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Name of the condition.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Synonyms, then complaints, as written in the content.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The synonyms (the first part of [`Self::terms`]).
    pub fn synonyms(&self) -> &[String] {
        &self.terms[..self.synonyms]
    }

    /// The complaints (the rest of [`Self::terms`]).
    pub fn complaints(&self) -> &[String] {
        &self.terms[self.synonyms..]
    }
}

/// Fold text for comparing: lower case, accents dropped from the Latin letters Dutch and
/// English use ("knieën" → "knieen", "ĳ" → "ij"), anything but letters and digits a space,
/// spaces collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ĳ' => "ij",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
        };
        out.push_str(plain);
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn words(folded: &str) -> Vec<String> {
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The singular a folded plural may come from: "knieen" → "knie", "polsen" → "pols",
/// "oren" → "oor", "lippen" → "lip", "liezen" → "lies", "knees" → "knee". `None` when the
/// word does not look like a plural. Only used as the start of a word, alongside the word.
fn singular(word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    if !word.is_ascii() {
        return None;
    }
    if let Some(stem) = word
        .strip_suffix("en")
        .filter(|s| s.len() >= 2 && word.len() >= 4)
    {
        let s = stem.as_bytes();
        let n = s.len();
        let last = s[n - 1];
        let mut singular = stem.to_owned();
        if n >= 2 && s[n - 2] == last && !is_vowel(last) {
            singular.pop(); // lippen → lip
        } else if n >= 2 && is_vowel(s[n - 2]) && !is_vowel(last) && (n == 2 || !is_vowel(s[n - 3]))
        {
            singular.insert(n - 1, char::from(s[n - 2])); // oren → oor, benen → been
        }
        match singular.pop() {
            Some('z') => singular.push('s'), // liezen → lies
            Some('v') => singular.push('f'), // duiven → duif
            Some(c) => singular.push(c),
            None => {}
        }
        return (singular.len() >= 3).then_some(singular);
    }
    if bytes.len() >= 4 && bytes.ends_with(b"s") && !bytes.ends_with(b"ss") {
        return Some(word[..word.len() - 1].to_owned()); // enkels → enkel, knees → knee
    }
    None
}

/// How a query word matched a list of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// Inside a word, or through its singular.
    Partial,
    /// At the start of a word.
    Start,
}

/// One word of a query, with the forms it may match in.
pub struct QueryWord {
    word: String,
    singular: Option<String>,
    /// Its stem in the entries' language, when that differs from the word.
    stem: Option<String>,
    /// The singular after a space, to find it at a word's start in a vocabulary.
    singular_start: Option<String>,
}

impl QueryWord {
    fn new(word: String, stemmer: Option<&Stemmer>) -> QueryWord {
        let singular = singular(&word);
        let stem = stemmer
            .map(|s| s.stem(&word).into_owned())
            .filter(|s| s.len() >= 3 && *s != word);
        QueryWord {
            singular_start: singular.as_ref().map(|s| format!(" {s}")),
            singular,
            stem,
            word,
        }
    }

    /// The folded word as typed.
    pub fn word(&self) -> &str {
        &self.word
    }

    /// Every form that may occur in a matching entry's words: the word, its singular, its
    /// stem (a superset filter for an index; [`search`] decides).
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.word.as_str())
            .chain(self.singular.as_deref())
            .chain(self.stem.as_deref())
    }

    /// Whether the word can match anywhere in an entry (a quick test before scoring).
    fn occurs_in(&self, vocabulary: &str) -> bool {
        vocabulary.contains(&self.word)
            || self
                .singular_start
                .as_ref()
                .is_some_and(|s| vocabulary.contains(s.as_str()))
            || self
                .stem
                .as_ref()
                .is_some_and(|s| vocabulary.contains(s.as_str()))
    }

    fn fit(&self, words: &[String], stems: &[String]) -> Option<Fit> {
        if words.iter().any(|w| w.starts_with(&self.word)) {
            Some(Fit::Start)
        } else if words.iter().any(|w| {
            w.contains(&self.word) || self.singular.as_ref().is_some_and(|s| w.starts_with(s))
        }) || self.stem.as_ref().is_some_and(|s| stems.contains(s))
        {
            Some(Fit::Partial)
        } else {
            None
        }
    }
}

/// How every query word fits one list of words: `None` if one does not match at all.
fn fit_all(query: &[QueryWord], words: &[String], stems: &[String]) -> Option<Fit> {
    let mut worst = Fit::Start;
    for q in query {
        worst = worst.min(q.fit(words, stems)?);
    }
    Some(worst)
}

fn bonus(fit: Fit) -> u32 {
    u32::from(fit == Fit::Start)
}

/// Score an entry against a query that has words; `None` when some word does not match.
fn score(entry: &SearchEntry, query: &[QueryWord], joined: &str) -> Option<(u32, Option<usize>)> {
    if !query.iter().all(|q| q.occurs_in(&entry.vocabulary)) {
        return None;
    }
    if entry.folded_name.starts_with(joined) {
        return Some((NAME_START, None));
    }
    if let Some(fit) = fit_all(query, &entry.name_words, &entry.name_stems) {
        return Some((NAME_WORD + bonus(fit), None));
    }
    let best_term = |range: std::ops::Range<usize>, base: u32| {
        range
            .filter_map(|i| {
                fit_all(query, &entry.term_words[i], &entry.term_stems[i])
                    .map(|fit| (fit, Reverse(i)))
            })
            .max()
            .map(|(fit, Reverse(i))| (base + bonus(fit), Some(i)))
    };
    if let Some(hit) = best_term(0..entry.synonyms, SYNONYM) {
        return Some(hit);
    }
    if let Some(hit) = best_term(entry.synonyms..entry.terms.len(), COMPLAINT) {
        return Some(hit);
    }
    // Every word somewhere: the name or any term.
    let fits: Option<Vec<Fit>> = query
        .iter()
        .map(|q| {
            std::iter::once((&entry.name_words, &entry.name_stems))
                .chain(entry.term_words.iter().zip(&entry.term_stems))
                .filter_map(|(words, stems)| q.fit(words, stems))
                .max()
        })
        .collect();
    let fit = fits?.into_iter().min()?;
    Some((SPREAD + bonus(fit), None))
}

/// The words of `query`, folded, with their stems in `lang`.
pub fn query_words(query: &str, lang: &str) -> Vec<QueryWord> {
    let stemmer = stemmer(lang);
    words(&fold(query))
        .into_iter()
        .map(|w| QueryWord::new(w, stemmer.as_ref()))
        .collect()
}

/// Search `entries` for `query`. `recent` lists ids of recently used decisions, most recent
/// first; among equally good hits they come first, the rest by name. An empty query gives
/// every entry: recent first, then by name.
pub fn search(entries: &[SearchEntry], query: &str, recent: &[String]) -> Vec<SearchHit> {
    search_in(entries, query, "nl", recent)
}

/// [`search`] with the query's stems taken in `lang`, the language of the entries.
pub fn search_in(
    entries: &[SearchEntry],
    query: &str,
    lang: &str,
    recent: &[String],
) -> Vec<SearchHit> {
    let folded = fold(query);
    let query = query_words(query, lang);
    let mut hits: Vec<SearchHit> = entries
        .iter()
        .filter_map(|entry| {
            let (score, term) = if query.is_empty() {
                (0, None)
            } else {
                score(entry, &query, &folded)?
            };
            Some(SearchHit {
                id: entry.id.clone(),
                name: entry.name.clone(),
                matched: term.map(|i| entry.terms[i].clone()),
                score,
            })
        })
        .collect();
    rank(&mut hits, recent);
    hits
}

/// Order hits as [`search`] does: best score first, then recently used, then by name and id.
/// Hits of several sources (built-in content, the catalogue) merge with this.
pub fn rank(hits: &mut [SearchHit], recent: &[String]) {
    let recency = |id: &str| recent.iter().position(|r| r == id).unwrap_or(usize::MAX);
    hits.sort_by_cached_key(|h| {
        (
            Reverse(h.score),
            recency(&h.id),
            fold(&h.name),
            h.id.clone(),
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{self, Mode, TrustStore};
    use crate::catalogue::Catalogue;
    use crate::library::Library;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    /// The built-in library, checked once for all tests (checking is slow in debug builds).
    fn library() -> &'static Library {
        static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
        LIBRARY.get_or_init(|| Library::builtin(today()))
    }

    fn entries(lang: &str) -> Vec<SearchEntry> {
        let library = library();
        assert_eq!(library.entries().len(), 8, "{:?}", library.rejected());
        library
            .entries()
            .iter()
            .map(|e| SearchEntry::from_grid(&e.grid, lang))
            .collect()
    }

    fn ids(hits: &[SearchHit]) -> Vec<&str> {
        hits.iter().map(|h| h.id.as_str()).collect()
    }

    fn first(query: &str) -> SearchHit {
        search(&entries("nl"), query, &[])
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing found for {query:?}"))
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Knieën"), "knieen");
        assert_eq!(
            fold("  COPD-medicijn, 's nachts!  "),
            "copd medicijn s nachts"
        );
        assert_eq!(fold("Nierinsufficiëntie"), "nierinsufficientie");
        assert_eq!(fold("ĲSSEL Ærø straße"), "ijssel aero strasse");
        assert_eq!(fold("café crème"), "cafe creme");
        assert_eq!(fold("--"), "");
    }

    #[test]
    fn plurals_reach_their_singular() {
        for (plural, one) in [
            ("knieen", "knie"),
            ("polsen", "pols"),
            ("oren", "oor"),
            ("benen", "been"),
            ("lippen", "lip"),
            ("liezen", "lies"),
            ("voeten", "voet"),
            ("enkels", "enkel"),
            ("knees", "knee"),
        ] {
            assert_eq!(singular(plural).as_deref(), Some(one), "{plural}");
        }
        assert_eq!(singular("pijn"), None);
        assert_eq!(singular("zien"), None);
    }

    #[test]
    fn a_complaint_finds_its_condition_and_says_how() {
        let hits = search(&entries("nl"), "bult in de lies", &[]);
        assert_eq!(ids(&hits), ["liesbreuk"]);
        assert_eq!(hits[0].matched.as_deref(), Some("bult in de lies"));
        assert_eq!(hits[0].score, COMPLAINT + 1);
        let hit = first("Zwelling LIES");
        assert_eq!(
            (hit.id.as_str(), hit.matched.as_deref()),
            ("liesbreuk", Some("zwelling in de lies"))
        );
    }

    #[test]
    fn knee_with_any_case_or_accent() {
        for query in ["KNIE", "knie", "knieën", "knieen", "Knieën"] {
            let hit = first(query);
            assert_eq!(hit.id, "knie", "{query}");
            assert!(hit.matched.is_some(), "{query}: found through a synonym");
        }
        assert_eq!(first("KNIE").score, SYNONYM + 1);
    }

    #[test]
    fn names_rank_above_synonyms_and_complaints() {
        let hit = first("pols");
        assert_eq!((hit.id.as_str(), hit.score), ("polsbreuk", NAME_WORD + 1));
        assert_eq!(hit.matched, None);
        let hit = first("Enkel");
        assert_eq!((hit.id.as_str(), hit.score), ("enkelbreuk", NAME_WORD + 1));
        assert_eq!(first("enkelbreuk").id, "enkelbreuk");
        for query in ["oor", "oorontsteking", "oren"] {
            assert_eq!(first(query).id, "trommelvliesbuisjes", "{query}");
        }
        // "oor" also sits inside "door" in the knee's name, but the start of a name wins.
        let hits = search(&entries("nl"), "oor", &[]);
        assert_eq!(hits[0].score, NAME_START);
        assert!(ids(&hits).contains(&"knie"));
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(first("liesbreuk").score, NAME_START);
    }

    #[test]
    fn every_word_must_match() {
        assert!(search(&entries("nl"), "xyzzy", &[]).is_empty());
        assert!(search(&entries("nl"), "lies xyzzy", &[]).is_empty());
        assert!(search(&entries("nl"), "kniebreuk", &[]).is_empty());
        // Words may come from different terms: the name and a complaint.
        let hits = search(&entries("nl"), "liesbreuk tillen", &[]);
        assert_eq!(ids(&hits), ["liesbreuk"]);
        assert_eq!(
            (hits[0].score, hits[0].matched.as_ref()),
            (SPREAD + 1, None)
        );
    }

    #[test]
    fn recent_decisions_come_first_among_equals() {
        let all = entries("nl");
        let plain = search(&all, "breuk", &[]);
        assert_eq!(ids(&plain), ["polsbreuk", "enkelbreuk", "liesbreuk"]);
        let recent = ["liesbreuk".to_owned(), "enkelbreuk".to_owned()];
        let hits = search(&all, "breuk", &recent);
        assert_eq!(ids(&hits), ["liesbreuk", "enkelbreuk", "polsbreuk"]);
        // A better match still wins over a recent one.
        let hits = search(&all, "oor", &["knie".to_owned()]);
        assert_eq!(hits[0].id, "trommelvliesbuisjes");
    }

    #[test]
    fn an_empty_query_lists_everything_recent_first_then_by_name() {
        let all = entries("nl");
        let recent = ["prostaatkanker".to_owned(), "knie".to_owned()];
        for query in ["", "   ", " - "] {
            let hits = search(&all, query, &recent);
            assert_eq!(hits.len(), 8);
            assert_eq!(ids(&hits[..2]), ["prostaatkanker", "knie"]);
            let names: Vec<String> = hits[2..]
                .iter()
                .map(|h| fold(all.iter().find(|e| e.id() == h.id).expect("entry").name()))
                .collect();
            let mut sorted = names.clone();
            sorted.sort();
            assert_eq!(names, sorted);
            assert!(hits.iter().all(|h| h.matched.is_none()));
        }
    }

    #[test]
    fn english_terms_in_english() {
        let all = entries("en");
        let hits = search(&all, "lump groin", &[]);
        assert_eq!(ids(&hits), ["liesbreuk"]);
        assert_eq!(hits[0].matched.as_deref(), Some("lump in the groin"));
        assert_eq!(search(&all, "knees", &[])[0].id, "knie");
        assert_eq!(search(&all, "earache", &[])[0].id, "trommelvliesbuisjes");
        assert!(
            search(&all, "bult", &[]).is_empty(),
            "Dutch terms are not mixed in"
        );
    }

    #[test]
    fn missing_languages_fall_back_to_the_first() {
        let grid = &library().get("liesbreuk").expect("grid").grid;
        let german = SearchEntry::from_grid(grid, "de");
        assert_eq!(german, SearchEntry::from_grid(grid, &grid.languages[0]));
        assert_eq!(german.name(), "Liesbreuk");
        assert!(german.complaints().contains(&"bult in de lies".to_owned()));
        assert!(german.synonyms().contains(&"hernia inguinalis".to_owned()));
    }

    #[test]
    fn catalogue_entries_search_like_the_grids_they_index() {
        let files: Vec<(String, String)> = Library::builtin_files()
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        let (bytes, _) = bundle::build("Test", today(), &files, today()).expect("builds");
        let dir = tempfile::tempdir().expect("temp dir");
        let catalogue = Catalogue::open(dir.path()).expect("opens");
        catalogue
            .install_bundle(
                "b.json",
                &bytes,
                None,
                &TrustStore::new(),
                Mode::Authoring,
                today(),
            )
            .expect("installs");
        let library = library();
        let installed = catalogue.entries().expect("entries");
        assert_eq!(installed.len(), 8);
        for lang in ["nl", "en", "de"] {
            for index in &installed {
                let grid = &library.get(&index.id).expect("same grid").grid;
                assert_eq!(
                    index.search_entry(lang),
                    SearchEntry::from_grid(grid, lang),
                    "{} in {lang}",
                    index.id
                );
            }
        }
        // The catalogue's index finds and ranks what the search over the grids does.
        let recent = ["liesbreuk".to_owned(), "knie".to_owned()];
        for lang in ["nl", "en"] {
            let all = entries(lang);
            for query in [
                "",
                "bult in de lies",
                "Zwelling LIES",
                "knieën",
                "KNIE",
                "pols",
                "Enkel",
                "oor",
                "oren",
                "breuk",
                "liesbreuk tillen",
                "xyzzy",
                "lump groin",
                "knees",
                "earache",
                "ontstekingen",
                "prostaat",
                "nieren",
                "inhalator",
            ] {
                let expected = search_in(&all, query, lang, &recent);
                let found = catalogue
                    .search(query, lang, &recent, 100)
                    .expect("searches");
                assert_eq!(found, expected, "{query:?} in {lang}");
            }
        }
    }

    #[test]
    fn stems_match_other_forms_of_a_word() {
        let entry = SearchEntry::new(
            "x",
            "Oorontsteking",
            &[],
            &["ontsteking van het oor".to_owned()],
        );
        let hits = search(&[entry], "ontstekingen", &[]);
        assert_eq!(ids(&hits), ["x"]);
        assert_eq!(stem("ontstekingen", "nl"), stem("ontsteking", "nl"));
        assert_eq!(stem("knees", "en"), "knee");
    }
}
