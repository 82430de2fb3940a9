//! What the studio ("Keuzekaart maken") shows: the findings of a folder of grid files in the
//! author's language, a preview of one grid built from the consultation's own view models (in
//! either mode and each language the grid claims), a finding's line in its file, and what
//! patients would see of a signed bundle's provenance.

use serde::Serialize;

use crate::check::{Diagnostic, Severity};
use crate::entry::Origin;
use crate::language::{Language, Localizer};
use crate::session::{Mode, Step};
use crate::studio::{Folder, Published};

use super::consultation::ConsultationScreen;
use super::preview::preview_screens_in;
use super::{decision_screen, notices::content_notices};

/// One finding of the checker, placed and phrased.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingView {
    /// The file it is in.
    pub file: String,
    /// Line (1-based).
    pub line: usize,
    /// Column (1-based).
    pub column: usize,
    /// `file:line:column`.
    pub location: String,
    /// The field, e.g. `outcomes[0].values[1].numerator` (may be empty).
    pub field: String,
    /// Error or warning.
    pub severity: Severity,
    /// "Fout" or "Waarschuwing".
    pub severity_label: String,
    /// The checker's stable code.
    pub code: String,
    /// What is wrong, in the author's language.
    pub message: String,
}

/// A finding for the screen.
pub fn finding_view(d: &Diagnostic, l10n: &Localizer) -> FindingView {
    FindingView {
        file: d.file.clone(),
        line: d.position.line,
        column: d.position.column,
        location: format!("{}:{}:{}", d.file, d.position.line, d.position.column),
        field: d.field.clone(),
        severity: d.severity,
        severity_label: l10n.text(match d.severity {
            Severity::Error => "check-severity-error",
            Severity::Warning => "check-severity-warning",
        }),
        code: d.code.to_owned(),
        message: d.message(l10n),
    }
}

/// One grid file in the list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FileView {
    /// Its name.
    pub name: String,
    /// "2 fouten, 1 waarschuwing".
    pub summary: String,
    /// Number of errors.
    pub errors: usize,
    /// Whether the preview shows this file.
    pub selected: bool,
}

/// One choice of a switch (mode or language).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Choice {
    /// `consultation`/`home`, or a language code.
    pub value: String,
    /// What the button says.
    pub label: String,
    /// Whether it is the one shown.
    pub current: bool,
}

/// The preview of one grid: the screens a new session shows, in one mode and language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PreviewView {
    /// The file previewed.
    pub file: String,
    /// Consultation room or home.
    pub mode: Mode,
    /// The language of the screens.
    pub language: String,
    /// `rtl` or `ltr`.
    pub direction: &'static str,
    /// The two modes.
    pub modes: Vec<Choice>,
    /// Every language the grid claims, by its own name.
    pub languages: Vec<Choice>,
    /// The screen of every step as a new session shows it, from the consultation's own view
    /// models.
    pub screens: Vec<ConsultationScreen>,
    /// Who published it and when, as the decision screen says it.
    pub publication: Vec<String>,
    /// The window's fixed texts (`ui-…`) in the preview's language, as a patient who chose it
    /// reads the buttons around the content.
    pub texts: std::collections::BTreeMap<String, String>,
}

/// What the preview is asked to show.
#[derive(Debug, Clone, Default)]
pub struct PreviewChoice {
    /// The file; the first file when `None` or not in the folder.
    pub file: Option<String>,
    /// The mode.
    pub mode: Mode,
    /// The language; the grid's first language when `None` or not claimed by the grid.
    pub language: Option<String>,
}

/// The studio screen.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StudioScreen {
    /// "Keuzekaart maken — geen patiëntgegevens": on every studio screen.
    pub label: String,
    /// The folder, as opened.
    pub folder: String,
    /// "3 bestanden: 1 fout, 2 waarschuwingen".
    pub summary: String,
    /// The grid files.
    pub files: Vec<FileView>,
    /// Every finding of every file.
    pub findings: Vec<FindingView>,
    /// The preview of the chosen file, when it has no errors.
    pub preview: Option<PreviewView>,
    /// Why there is no preview, when there is none.
    pub preview_missing: Option<String>,
    /// The publisher the bundle form starts with.
    pub publisher: String,
}

fn counts(errors: usize, warnings: usize, l10n: &Localizer) -> String {
    l10n.format(
        "studio-counts",
        &[
            ("errors", errors.to_string()),
            ("warnings", warnings.to_string()),
        ],
    )
}

/// The studio screen for `folder`, findings in `l10n`'s language, the preview as `choice` asks.
pub fn studio_screen(folder: &Folder, choice: &PreviewChoice, l10n: &Localizer) -> StudioScreen {
    let selected = choice
        .file
        .as_deref()
        .and_then(|name| folder.file(name))
        .or_else(|| folder.files.first());
    let (preview, preview_missing) = match selected {
        None => (None, Some(l10n.text("studio-no-files"))),
        Some(file) => match file.valid_grid() {
            None => (None, Some(l10n.text("studio-preview-blocked"))),
            Some(grid) => (Some(preview_view(&file.name, grid, choice, l10n)), None),
        },
    };
    let (errors, warnings) = folder.files.iter().fold((0, 0), |(e, w), f| {
        (e + f.report.errors(), w + f.report.warnings())
    });
    StudioScreen {
        label: l10n.text("ui-studio-label"),
        folder: folder.dir.display().to_string(),
        summary: l10n.format(
            "studio-summary",
            &[
                ("files", folder.files.len().to_string()),
                ("counts", counts(errors, warnings, l10n)),
            ],
        ),
        files: folder
            .files
            .iter()
            .map(|f| FileView {
                name: f.name.clone(),
                summary: counts(f.report.errors(), f.report.warnings(), l10n),
                errors: f.report.errors(),
                selected: selected.is_some_and(|s| s.name == f.name),
            })
            .collect(),
        findings: folder.findings().map(|d| finding_view(d, l10n)).collect(),
        preview,
        preview_missing,
        publisher: folder.publisher(),
    }
}

fn preview_view(
    file: &str,
    grid: &crate::content::OptionGrid,
    choice: &PreviewChoice,
    l10n: &Localizer,
) -> PreviewView {
    let claimed: Vec<Language> = grid
        .languages
        .iter()
        .filter_map(|c| Language::from_code(c))
        .collect();
    let language = choice
        .language
        .as_deref()
        .and_then(Language::from_code)
        .filter(|l| claimed.contains(l))
        .or_else(|| claimed.first().copied())
        .unwrap_or_default();
    let shown = Localizer::shared(language);
    let mode_choice = |mode: Mode, id: &str| Choice {
        value: match mode {
            Mode::Consultation => "consultation".into(),
            Mode::Home => "home".into(),
        },
        label: l10n.text(id),
        current: choice.mode == mode,
    };
    PreviewView {
        file: file.to_owned(),
        mode: choice.mode,
        language: language.code().to_owned(),
        direction: if language.is_rtl() { "rtl" } else { "ltr" },
        modes: vec![
            mode_choice(Mode::Consultation, "ui-mode-consultation"),
            mode_choice(Mode::Home, "ui-mode-home"),
        ],
        languages: claimed
            .iter()
            .map(|l| Choice {
                value: l.code().to_owned(),
                label: l.endonym().to_owned(),
                current: *l == language,
            })
            .collect(),
        screens: preview_screens_in(grid, choice.mode, &Step::ALL, shown),
        publication: decision_screen(grid, shown).publication,
        texts: shown.texts_with_prefix("ui-"),
    }
}

/// One line of a file around a finding.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExcerptLine {
    /// Its number (1-based).
    pub number: usize,
    /// Its text.
    pub text: String,
    /// Whether it is the finding's line.
    pub marked: bool,
}

/// The lines around one line of a file.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Excerpt {
    /// The file.
    pub file: String,
    /// "liesbreuk.toml, regel 12".
    pub heading: String,
    /// The lines, the marked one among them.
    pub lines: Vec<ExcerptLine>,
}

/// How many lines the excerpt shows before and after the finding's line.
pub const EXCERPT_CONTEXT: usize = 4;

/// The lines of `text` around `line` (1-based), that line marked.
pub fn excerpt(file: &str, text: &str, line: usize, l10n: &Localizer) -> Excerpt {
    let first = line.saturating_sub(EXCERPT_CONTEXT).max(1);
    let last = line + EXCERPT_CONTEXT;
    Excerpt {
        file: file.to_owned(),
        heading: l10n.format(
            "studio-line-heading",
            &[("file", file.to_owned()), ("line", line.to_string())],
        ),
        lines: text
            .lines()
            .enumerate()
            .map(|(i, t)| (i + 1, t))
            .filter(|(n, _)| (first..=last).contains(n))
            .map(|(number, text)| ExcerptLine {
                number,
                text: text.to_owned(),
                marked: number == line,
            })
            .collect(),
    }
}

/// One grid of a published bundle, as its decision screen names it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProvenanceGrid {
    /// The condition's name.
    pub name: String,
    /// Publisher, publication date, review date, as the decision screen says them.
    pub publication: Vec<String>,
}

/// What patients would see of where a bundle comes from, with what the author needs to check.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProvenanceView {
    /// The signature's state, as a clinic that trusts the key sees it.
    pub signature: String,
    /// Bundle, signature file, key, fingerprint, date.
    pub details: Vec<String>,
    /// Every grid with its publication lines.
    pub grids: Vec<ProvenanceGrid>,
    /// The label a clinic's screens show for content of this origin, if any.
    pub origin_label: Option<String>,
}

/// The provenance of a published bundle in `l10n`'s language.
pub fn provenance_view(published: &Published, l10n: &Localizer) -> ProvenanceView {
    let opened = &published.opened;
    let signature = match &opened.origin {
        Origin::Signed { publisher } => l10n.format(
            "studio-signed",
            &[
                ("publisher", publisher.clone()),
                ("key", published.key_id.grouped()),
            ],
        ),
        Origin::Unsigned => l10n.text("ui-unsigned-content"),
        Origin::BuiltIn => String::new(),
    };
    let unsigned = opened.origin == Origin::Unsigned;
    ProvenanceView {
        signature,
        details: vec![
            l10n.format(
                "studio-bundle-written",
                &[
                    ("bundle", published.bundle_path.display().to_string()),
                    ("signature", published.signature_path.display().to_string()),
                ],
            ),
            l10n.format(
                "studio-bundle-created",
                &[
                    ("publisher", opened.manifest.publisher.clone()),
                    ("date", opened.manifest.created.to_string()),
                ],
            ),
            format!("sha256:{}", published.sha256),
        ],
        grids: opened
            .grids
            .iter()
            .map(|g| {
                let screen = decision_screen(&g.parsed.grid, l10n);
                ProvenanceGrid {
                    name: screen.condition,
                    publication: screen.publication,
                }
            })
            .collect(),
        origin_label: content_notices(&[], unsigned, l10n).authoring_label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;
    use crate::studio::scan;
    use crate::view::consultation::StepContent;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn folder_with(files: &[(&str, &str)]) -> (tempfile::TempDir, Folder) {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let folder = scan(dir.path(), today()).unwrap();
        (dir, folder)
    }

    fn builtin(name: &str) -> &'static str {
        Library::builtin_files()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .unwrap()
    }

    #[test]
    fn a_clean_grid_has_a_preview_in_each_mode_and_claimed_language() {
        let (_dir, folder) = folder_with(&[("liesbreuk.toml", builtin("liesbreuk.toml"))]);
        let nl = Localizer::new(Language::Nl);
        let screen = studio_screen(&folder, &PreviewChoice::default(), &nl);
        assert_eq!(screen.label, nl.text("ui-studio-label"));
        assert!(screen
            .findings
            .iter()
            .all(|f| f.severity == Severity::Warning));
        let preview = screen.preview.expect("a preview");
        assert_eq!(preview.mode, Mode::Consultation);
        assert!(preview.screens.iter().all(|s| s.panel.is_some()));
        let grid = folder.files[0].valid_grid().unwrap();
        assert_eq!(preview.languages.len(), grid.languages.len());
        assert!(matches!(preview.screens[0].content, StepContent::Choice(_)));

        let other = grid.languages.last().unwrap().clone();
        let home = studio_screen(
            &folder,
            &PreviewChoice {
                file: None,
                mode: Mode::Home,
                language: Some(other.clone()),
            },
            &nl,
        );
        let preview = home.preview.unwrap();
        assert_eq!(
            (preview.mode, preview.language.as_str()),
            (Mode::Home, other.as_str())
        );
        assert!(preview.screens.iter().all(|s| s.panel.is_none()));
        // The screens are the consultation's own: the same view model a session builds.
        let state = crate::session::SessionState::from_events(&[
            crate::session::SessionEvent::ModeChosen { mode: Mode::Home },
            crate::session::SessionEvent::StepOpened {
                step: crate::session::Step::Choice,
            },
        ]);
        let lang = Language::from_code(&other).unwrap();
        assert_eq!(
            preview.screens[0],
            crate::view::consultation::consultation_screen(grid, &state, Localizer::shared(lang))
        );
        assert_eq!(
            preview.texts.get("ui-next"),
            Some(&Localizer::shared(lang).text("ui-next"))
        );
    }

    #[test]
    fn findings_are_located_and_in_the_authors_language() {
        let broken = builtin("liesbreuk.toml").replacen("id = \"liesbreuk\"", "id = 12", 1);
        let (_dir, folder) = folder_with(&[("liesbreuk.toml", &broken)]);
        let en = Localizer::new(Language::En);
        let screen = studio_screen(&folder, &PreviewChoice::default(), &en);
        let first = &screen.findings[0];
        assert_eq!(first.severity, Severity::Error);
        assert!(first.location.starts_with("liesbreuk.toml:"), "{first:?}");
        assert_eq!(first.severity_label, en.text("check-severity-error"));
        assert!(screen.preview.is_none());
        assert_eq!(
            screen.preview_missing,
            Some(en.text("studio-preview-blocked"))
        );
        assert!(screen.files[0].errors > 0 && screen.files[0].selected);
    }

    #[test]
    fn the_excerpt_marks_the_line_of_the_finding() {
        let text = (1..=20)
            .map(|n| format!("regel {n}"))
            .collect::<Vec<_>>()
            .join("\n");
        let nl = Localizer::new(Language::Nl);
        let shown = excerpt("a.toml", &text, 2, &nl);
        let numbers: Vec<_> = shown.lines.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        let marked: Vec<_> = shown.lines.iter().filter(|l| l.marked).collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].text, "regel 2");
        assert!(shown.heading.contains("a.toml") && shown.heading.contains('2'));
        assert_eq!(excerpt("a.toml", &text, 20, &nl).lines.len(), 5);
    }

    #[test]
    fn every_studio_message_exists_in_every_language() {
        for language in Language::ALL {
            let l10n = Localizer::new(language);
            for id in [
                "ui-studio-label",
                "studio-counts",
                "studio-summary",
                "studio-no-files",
                "studio-preview-blocked",
                "studio-line-heading",
                "studio-signed",
                "studio-bundle-written",
                "studio-bundle-created",
                "studio-error-folder",
                "studio-error-build",
                "studio-error-password",
                "studio-error-key",
            ] {
                assert!(l10n.has(id), "{id} in {language:?}");
            }
        }
    }
}
