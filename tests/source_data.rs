//! Every number a patient reads is recomputed from its source data: a copy of a built-in grid
//! in which one shown figure was changed, and nothing else, is refused with a located error.

use keuzehulp::check::{check_file, structure::figures, Diagnostic};
use keuzehulp::content::{parse_grid, OutcomeKind, ParsedGrid};
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::view::evidence::{evidence_table, markdown};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")
}

fn parsed(name: &str, text: &str) -> ParsedGrid {
    parse_grid(name, text.as_bytes()).expect("built-in grid parses")
}

/// `text` with the number that stands at `field` replaced by `with`.
fn changed_at(parsed: &ParsedGrid, text: &str, field: &str, with: &str) -> String {
    let at = parsed.map.position(field);
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line - 1)
        .map(str::len)
        .sum();
    let line = &text[line_start..];
    let start = line_start
        + line
            .char_indices()
            .nth(at.column - 1)
            .map(|(i, _)| i)
            .expect("column inside the line");
    let end = start
        + text[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .expect("end of the number");
    assert!(
        end > start,
        "no number at {field} ({}:{})",
        at.line,
        at.column
    );
    format!("{}{with}{}", &text[..start], &text[end..])
}

fn errors_at(name: &str, text: &str, field: &str) -> Vec<Diagnostic> {
    check_file(name, text.as_bytes(), today())
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error() && d.field == field)
        .collect()
}

/// Move a whole number a few points, staying within 0..=limit.
fn nudged(shown: f64, limit: f64) -> f64 {
    if shown + 3.0 <= limit {
        shown + 3.0
    } else {
        shown - 3.0
    }
}

#[test]
fn every_built_in_grid_passes_and_every_changed_figure_is_refused_where_it_stands() {
    let mut changed = 0;
    for (name, text) in Library::builtin_files() {
        let report = check_file(name, text.as_bytes(), today());
        assert_eq!(
            report.errors() + report.warnings(),
            0,
            "{name} is not clean"
        );
        let grid = parsed(name, text);
        for (i, outcome) in grid.grid.outcomes.iter().enumerate() {
            for (j, value) in outcome.values.iter().enumerate() {
                let (field, shown, limit, code) = match outcome.kind {
                    OutcomeKind::Event => (
                        format!("outcomes[{i}].values[{j}].numerator"),
                        f64::from(value.numerator.expect("numerator")),
                        f64::from(value.denominator.expect("denominator")),
                        "source-figure-mismatch",
                    ),
                    OutcomeKind::Continuous => (
                        format!("outcomes[{i}].values[{j}].value"),
                        value.value.expect("value").round(),
                        outcome.scale.map_or(f64::MAX, |[_, top]| top),
                        "source-amount-mismatch",
                    ),
                };
                let copy = changed_at(&grid, text, &field, &nudged(shown, limit).to_string());
                let found = errors_at(name, &copy, &field);
                assert!(
                    found.iter().any(|d| d.code == code),
                    "{name}: changing {field} from {shown} was not refused: {found:?}"
                );
                assert_eq!(
                    found[0].position,
                    grid.map.position(&field),
                    "{name} {field}"
                );
                changed += 1;
            }
        }
        for (path, figure) in figures(&grid.grid) {
            let field = format!("{path}.shows");
            let limit = figure.of.map_or(f64::MAX, f64::from);
            let shown = figure.shows.round();
            let copy = changed_at(&grid, text, &field, &nudged(shown, limit).to_string());
            let found = errors_at(name, &copy, &field);
            assert!(
                !found.is_empty(),
                "{name}: changing {field} from {} was not refused",
                figure.shows
            );
            changed += 1;
        }
    }
    assert!(changed > 100, "only {changed} figures were tried");
}

#[test]
fn a_time_frame_that_is_not_the_follow_up_is_refused() {
    let (name, text) = Library::builtin_files()
        .iter()
        .copied()
        .find(|(n, _)| n.starts_with("liesbreuk"))
        .expect("liesbreuk");
    let grid = parsed(name, text);
    let field = "outcomes[0].values[0].time_frame.amount";
    let copy = changed_at(&grid, text, field, "5");
    let found = errors_at(name, &copy, "outcomes[0].values[0].time_frame");
    assert_eq!(found[0].code, "source-time-frame-differs", "{found:?}");
}

#[test]
fn every_number_shown_has_one_evidence_row_with_its_source() {
    let l10n = Localizer::new(Language::Nl);
    for (name, text) in Library::builtin_files() {
        let grid = parsed(name, text).grid;
        let rows = evidence_table(&grid, &l10n);
        let values: usize = grid.outcomes.iter().map(|o| o.values.len()).sum();
        assert_eq!(rows.len(), values + figures(&grid).len(), "{name}");
        for row in &rows {
            assert!(!row.reported.is_empty(), "{name}: {row:?}");
            assert!(!row.location.is_empty() && !row.arm.is_empty(), "{name}");
            assert!(
                !row.population.is_empty() && !row.reference.is_empty(),
                "{name}"
            );
        }
    }
}

/// The generated tables in assets/content/evidence/ match the grids; regenerate with
/// `keuzekaart evidence assets/content/<id>.toml > assets/content/evidence/<id>.tabel.md`.
#[test]
fn committed_evidence_tables_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content/evidence");
    let l10n = Localizer::new(Language::Nl);
    for (name, text) in Library::builtin_files() {
        let grid = parsed(name, text).grid;
        let table = markdown(&grid, &evidence_table(&grid, &l10n), &l10n);
        let path = dir.join(format!("{}.tabel.md", grid.id));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == table,
            "{} is out of date: run `keuzekaart evidence assets/content/{name} > {}`",
            path.display(),
            path.display()
        );
    }
}
