//! Language: Fluent messages (Dutch first, then English) and readability of Dutch text.
//!
//! Every sentence a patient, clinician or author reads comes from the Fluent files in
//! `locales/`; they are compiled into the library so the app and the CLI need no files.

pub mod readability;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The languages the program speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Dutch, the first language.
    #[default]
    Nl,
    /// English.
    En,
    /// Turkish.
    Tr,
    /// Arabic, written right to left.
    Ar,
    /// Polish.
    Pl,
}

impl Language {
    /// All languages, Dutch first.
    pub const ALL: [Language; 5] = [
        Language::Nl,
        Language::En,
        Language::Tr,
        Language::Ar,
        Language::Pl,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
            Language::Tr => "tr",
            Language::Ar => "ar",
            Language::Pl => "pl",
        }
    }

    /// The language's name in itself, as the language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Nl => "Nederlands",
            Language::En => "English",
            Language::Tr => "Türkçe",
            Language::Ar => "العربية",
            Language::Pl => "Polski",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// The character between whole and decimal part: "3,5" in Dutch, Turkish and Polish,
    /// "3.5" in English and (with Western digits) Arabic.
    pub fn decimal_separator(self) -> char {
        match self {
            Language::Nl | Language::Tr | Language::Pl => ',',
            Language::En | Language::Ar => '.',
        }
    }

    /// A number as this language writes it.
    pub fn decimal(self, x: f64) -> String {
        format!("{x}").replace('.', &self.decimal_separator().to_string())
    }

    /// A whole number as this language writes it, its thousands grouped: 15.000 in Dutch and
    /// Turkish, 15,000 in English and Arabic, 15 000 in Polish (which leaves 1234 ungrouped).
    pub fn whole(self, n: u64) -> String {
        let digits = n.to_string();
        let (separator, least) = match self {
            Language::Nl | Language::Tr => ('.', 4),
            Language::En | Language::Ar => (',', 4),
            Language::Pl => ('\u{a0}', 5),
        };
        if digits.len() < least {
            return digits;
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// The language of a code, if the program speaks it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The Fluent sources of one language (every `.ftl` file in `locales/<code>/`), embedded at
/// compile time.
fn sources(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::Nl => embedded::NL,
        Language::En => embedded::EN,
        Language::Tr => embedded::TR,
        Language::Ar => embedded::AR,
        Language::Pl => embedded::PL,
    }
}

/// Dutch, Turkish and Polish write a decimal comma: 3,5 dagen.
fn decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

/// Formats messages in one language; a message the language lacks comes from Dutch.
pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Localizer>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish()
    }
}

impl Localizer {
    /// A localizer for `language`. The embedded files are checked by tests, so a syntax error
    /// in them cannot reach a release; should one slip through, the bad entry is skipped.
    pub fn new(language: Language) -> Self {
        let id: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        if language.decimal_separator() == ',' {
            bundle.set_formatter(Some(decimal_comma));
        }
        for (_, source) in sources(language) {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        let fallback = (language != Language::Nl).then(|| Box::new(Localizer::new(Language::Nl)));
        Localizer {
            language,
            bundle,
            fallback,
        }
    }

    /// The localizer of `language`, made once for the whole program and shared: the bundles
    /// never change while it runs, so a window can read them from any thread without a lock.
    pub fn shared(language: Language) -> &'static Localizer {
        static SHARED: [OnceLock<Localizer>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        let slot = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        SHARED[slot].get_or_init(|| Localizer::new(language))
    }

    /// The language of this localizer.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format::<&str>(id, &[])
    }

    /// A message with arguments; arguments that are numbers select plural forms.
    pub fn format<S: AsRef<str>>(&self, id: &str, args: &[(&str, S)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(dutch) => dutch.format(id, args),
                None => format!("[{id}]"),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = value.as_ref();
            // Only text that reads back the same is a number ("1.0" stays text, a version).
            match value.parse::<f64>() {
                Ok(n) if n.is_finite() && n.to_string() == value => {
                    fluent_args.set(*name, FluentValue::from(n))
                }
                _ => fluent_args.set(*name, FluentValue::from(value.to_owned())),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A message whose arguments are all text, never read as numbers: for numbers already
    /// written the language's way ("1.234", which [`Self::format`] would read as 1,234).
    pub fn format_texts(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match &self.fallback {
                Some(dutch) => dutch.format_texts(id, args),
                None => format!("[{id}]"),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.clone()));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Whether a message exists (in this language or its Dutch fallback).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.as_ref().is_some_and(|d| d.has(id))
    }

    /// All messages whose id starts with `prefix`, formatted without arguments.
    pub fn texts_with_prefix(&self, prefix: &str) -> BTreeMap<String, String> {
        message_ids(Language::Nl)
            .into_iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| {
                let text = self.text(&id);
                (id, text)
            })
            .collect()
    }
}

/// Ids of all messages of a language, in file order.
pub fn message_ids(language: Language) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, source) in sources(language) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// Syntax errors in the embedded Fluent files, as `file: error` lines (tests want none).
pub fn fluent_errors() -> Vec<String> {
    let mut out = Vec::new();
    for language in Language::ALL {
        for (file, source) in sources(language) {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                out.extend(errors.iter().map(|e| format!("{file}: {e:?}")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn whole_numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(Language::Nl.whole(15_000), "15.000");
        assert_eq!(Language::Nl.whole(1_234), "1.234");
        assert_eq!(Language::Nl.whole(999), "999");
        assert_eq!(Language::En.whole(1_234_567), "1,234,567");
        assert_eq!(Language::Tr.whole(15_000), "15.000");
        assert_eq!(Language::Ar.whole(15_000), "15,000");
        assert_eq!(Language::Pl.whole(15_000), "15\u{a0}000");
        assert_eq!(Language::Pl.whole(1_234), "1234");
    }

    #[test]
    fn fluent_files_parse() {
        assert_eq!(fluent_errors(), Vec::<String>::new());
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let nl: BTreeSet<_> = message_ids(Language::Nl).into_iter().collect();
        assert!(nl.len() > 20);
        for language in Language::ALL {
            let other: BTreeSet<_> = message_ids(language).into_iter().collect();
            let code = language.code();
            assert_eq!(
                nl.difference(&other).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "missing in {code}"
            );
            assert_eq!(
                other.difference(&nl).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "in {code}, not in nl"
            );
        }
    }

    #[test]
    fn dutch_numbers_have_a_decimal_comma_and_versions_stay_text() {
        let nl = Localizer::new(Language::Nl);
        let en = Localizer::new(Language::En);
        let args = [("name", "x"), ("score", "59.9"), ("minimum", "60")];
        assert!(nl.format("check-readability-low", &args).contains("59,9"));
        assert!(en.format("check-readability-low", &args).contains("59.9"));
        let version = [("id", "knie"), ("version", "1.0")];
        assert!(nl
            .format("check-bundle-manifest-mismatch", &version)
            .contains("versie 1.0"));
    }

    #[test]
    fn plurals_select_on_numbers() {
        let nl = Localizer::new(Language::Nl);
        assert_eq!(nl.format("time-years", &[("amount", "1")]), "1 jaar");
        assert_eq!(nl.format("time-years", &[("amount", "5")]), "5 jaar");
        let en = Localizer::new(Language::En);
        assert_eq!(en.format("time-years", &[("amount", "5")]), "5 years");
        assert_eq!(nl.text("no-such-message"), "[no-such-message]");
    }
}
