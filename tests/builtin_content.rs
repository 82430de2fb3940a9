//! The built-in content: every file passes the checker with no errors and no warnings, and
//! every grid shows on the start screen in both languages.

use keuzehulp::check::check_file;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::view;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[test]
fn every_builtin_grid_passes_the_checker_without_findings() {
    let l10n = Localizer::new(Language::En);
    let files = Library::builtin_files();
    assert!(!files.is_empty(), "no built-in content compiled in");
    let mut findings = Vec::new();
    for (name, text) in files {
        let report = check_file(name, text.as_bytes(), today());
        findings.extend(report.diagnostics.iter().map(|d| d.render(&l10n)));
    }
    assert!(findings.is_empty(), "findings:\n{}", findings.join("\n"));
}

#[test]
fn every_builtin_grid_is_on_the_start_screen_in_both_languages() {
    let library = Library::builtin(today());
    assert_eq!(library.entries().len(), Library::builtin_files().len());
    for language in Language::ALL {
        let screen = view::start_screen(&library, &Localizer::new(language));
        assert_eq!(screen.conditions.len(), library.entries().len());
        for card in &screen.conditions {
            assert!(
                !card.name.is_empty() && !card.question.is_empty(),
                "{card:?}"
            );
            assert!(
                card.example_label.is_some(),
                "example content must say so: {card:?}"
            );
        }
    }
}

#[test]
fn decision_screen_shows_every_option_in_content_order() {
    let library = Library::builtin(today());
    let nl = Localizer::new(Language::Nl);
    for entry in library.entries() {
        let screen = view::decision_screen(&entry.grid, &nl);
        let ids: Vec<_> = screen.options.iter().map(|o| o.id.as_str()).collect();
        let expected: Vec<_> = entry.grid.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, expected);
        assert!(screen
            .publication
            .iter()
            .any(|l| l.contains(&entry.grid.publication.group)));
    }
}
