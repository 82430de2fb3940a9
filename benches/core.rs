//! Benchmarks of the core's hot paths (divan): checking content and building view models.
//! Run with `cargo bench --bench core`.

use keuzehulp::check::check_file;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::view;

fn main() {
    divan::main();
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

/// Read and check one built-in grid file (per file, all files in turn).
#[divan::bench(args = Library::builtin_files().iter().map(|(name, _)| *name))]
fn check_builtin_grid(bencher: divan::Bencher, name: &str) {
    let text = Library::builtin_files()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .expect("file");
    bencher.bench(|| check_file(name, divan::black_box(text.as_bytes()), today()));
}

/// Load the whole built-in library, as the app does at start-up.
#[divan::bench]
fn load_builtin_library() -> Library {
    Library::builtin(today())
}

/// Build the start screen's view model.
#[divan::bench]
fn start_screen(bencher: divan::Bencher) {
    let library = Library::builtin(today());
    let l10n = Localizer::new(Language::Nl);
    bencher.bench(|| view::start_screen(&library, &l10n));
}

/// Create a localizer (parses the embedded Fluent files).
#[divan::bench]
fn localizer() -> Localizer {
    Localizer::new(Language::Nl)
}
