//! View models: what each screen shows, already phrased in the chosen language.
//! The window only renders these; it decides nothing.

use serde::Serialize;

use crate::content::{OptionGrid, OptionKind, ReviewStatus, Text};
use crate::language::{Language, Localizer};
use crate::library::{Entry, Library};

pub mod consultation;
pub mod evidence;
pub mod finder;
pub mod install;
pub mod notices;
pub mod patient;
pub mod patients;
pub mod pictures;
pub mod preview;
pub mod sharing;
pub mod studio;

pub use crate::content::wording::{pick, picked_language};

/// Message id of an option's kind: treatment, or waiting / no treatment.
pub fn option_kind_message(kind: OptionKind) -> &'static str {
    match kind {
        OptionKind::Waiting => "ui-option-waiting",
        OptionKind::Treatment => "ui-option-treatment",
    }
}

/// One condition on the start screen.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ConditionCard {
    /// Grid id, to open it.
    pub id: String,
    /// Name of the condition.
    pub name: String,
    /// The decision at stake.
    pub question: String,
    /// Language code the name is shown in, for the `lang` attribute (Dutch when the grid is
    /// not written in the window's language).
    pub language: String,
    /// Label shown when the content is example content, else `None`.
    pub example_label: Option<String>,
    /// What a search matched, when not the name: "Gevonden via: bult in de lies".
    pub found_via: Option<String>,
    /// Whether this decision was used recently on this machine.
    pub recent: bool,
    /// The guideline the decision comes from, when it is a guideline's module.
    pub guideline: Option<String>,
}

/// Which guideline a decision comes from: "Uit de richtlijn Polsbreuken (NVvH), versie 2.1
/// van 2026-05-01".
pub fn guideline_label(guideline: &crate::content::Guideline, l10n: &Localizer) -> String {
    l10n.format(
        "ui-guideline-source",
        &[
            ("name", guideline.name.clone()),
            ("group", guideline.group.clone()),
            ("version", guideline.version.clone()),
            ("date", guideline.date.to_string()),
        ],
    )
}

/// The start screen: every condition in the library.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StartScreen {
    /// The conditions, in alphabetical order of name.
    pub conditions: Vec<ConditionCard>,
    /// Said under the list when more installed decisions exist than the start screen shows:
    /// they are found by searching.
    pub more_installed: Option<String>,
}

/// The language a grid's texts are shown in, and what the screen says about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContentLanguage {
    /// Language code of the grid's texts on screen, for the `lang` attribute.
    pub code: String,
    /// `rtl` or `ltr`, for the `dir` attribute.
    pub dir: &'static str,
    /// Said on screen when the texts are in another language than the window, or are a
    /// translation not yet reviewed by a native-speaking clinician.
    pub note: Option<String>,
}

/// The grid's texts are in the chosen language when the grid claims it; otherwise in its
/// main language, said on screen.
pub fn content_language(grid: &OptionGrid, l10n: &Localizer) -> ContentLanguage {
    let chosen = l10n.language();
    let main = grid
        .languages
        .first()
        .and_then(|c| Language::from_code(c))
        .unwrap_or_default();
    let (shown, note) = if grid.languages.iter().any(|l| l == chosen.code()) {
        let unreviewed = grid.unreviewed_languages.iter().any(|l| l == chosen.code());
        (
            chosen,
            unreviewed.then(|| l10n.text("ui-translation-unreviewed")),
        )
    } else {
        let note = l10n.format("ui-content-fallback", &[("language", main.endonym())]);
        (main, Some(note))
    };
    ContentLanguage {
        code: shown.code().to_owned(),
        dir: if shown.is_rtl() { "rtl" } else { "ltr" },
        note,
    }
}

fn example_label(grid: &OptionGrid, l10n: &Localizer) -> Option<String> {
    (grid.status == ReviewStatus::Example).then(|| l10n.text("ui-example-content"))
}

/// Build the start screen.
pub fn start_screen(library: &Library, l10n: &Localizer) -> StartScreen {
    let language = l10n.language();
    let mut conditions: Vec<ConditionCard> = library
        .entries()
        .iter()
        .map(|Entry { grid, .. }| ConditionCard {
            id: grid.id.clone(),
            name: pick(&grid.condition.name, language, grid),
            question: pick(&grid.decision.question, language, grid),
            language: picked_language(&grid.condition.name, language, grid),
            example_label: example_label(grid, l10n),
            found_via: None,
            recent: false,
            guideline: grid.guideline.as_ref().map(|g| guideline_label(g, l10n)),
        })
        .collect();
    conditions.sort_by_key(|c| c.name.to_lowercase());
    StartScreen {
        conditions,
        more_installed: None,
    }
}

/// One option on the decision screen.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OptionCard {
    /// Option id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// The option in one sentence.
    pub summary: String,
    /// "Treatment" or "Waiting or no treatment", in words.
    pub kind_label: String,
}

/// The decision screen: the condition, the choice, the options.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DecisionScreen {
    /// Grid id.
    pub id: String,
    /// Name of the condition.
    pub condition: String,
    /// What the condition is.
    pub description: String,
    /// The decision at stake.
    pub question: String,
    /// Why there is a choice, and why the patient's view matters.
    pub why_a_choice: String,
    /// The options, in the content's neutral order.
    pub options: Vec<OptionCard>,
    /// Example-content label, when the content is not reviewed.
    pub example_label: Option<String>,
    /// The language of the grid's texts on screen.
    pub content_language: ContentLanguage,
    /// Who published it and when, and when it is reviewed.
    pub publication: Vec<String>,
}

/// Build the decision screen of one grid.
pub fn decision_screen(grid: &OptionGrid, l10n: &Localizer) -> DecisionScreen {
    let language = l10n.language();
    let text = |t: &Text| pick(t, language, grid);
    let p = &grid.publication;
    DecisionScreen {
        id: grid.id.clone(),
        condition: text(&grid.condition.name),
        description: text(&grid.condition.description),
        question: text(&grid.decision.question),
        why_a_choice: text(&grid.decision.why_a_choice),
        options: grid
            .options
            .iter()
            .map(|o| OptionCard {
                id: o.id.clone(),
                name: text(&o.name),
                summary: text(&o.summary),
                kind_label: l10n.text(option_kind_message(o.kind)),
            })
            .collect(),
        example_label: example_label(grid, l10n),
        content_language: content_language(grid, l10n),
        publication: vec![
            format!("{}: {}", l10n.text("ui-publisher"), p.group),
            l10n.format("ui-published", &[("date", p.published.to_string())]),
            l10n.format("ui-review-by", &[("date", p.review_by.to_string())]),
        ],
    }
}
