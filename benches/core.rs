//! Benchmarks of the core's hot paths (divan): checking content and building view models.
//! Run with `cargo bench --bench core`.

use keuzehulp::bundle::{self, Mode, SecretKey, TrustStore};
use keuzehulp::chart::{self, Bar, IconArraySpec, RangeBarsSpec};
use keuzehulp::check::check_file;
use keuzehulp::content::Direction;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::search::{self, SearchEntry};
use keuzehulp::session::{SessionEvent, SessionState, Step};
use keuzehulp::view::{self, consultation};

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

/// `n` grid files: the built-in grids cloned round-robin, each with its own id.
fn grid_files(n: usize) -> Vec<(String, String)> {
    let builtin = Library::builtin_files();
    (0..n)
        .map(|i| {
            let (name, text) = builtin[i % builtin.len()];
            let id = name.trim_end_matches(".toml");
            let text = text.replacen(&format!("id = \"{id}\""), &format!("id = \"{id}-{i}\""), 1);
            (format!("{id}-{i}.toml"), text)
        })
        .collect()
}

/// Build a bundle of 100 grids (every grid checked, then written as one file).
#[divan::bench(sample_count = 20)]
fn build_bundle_of_100_grids(bencher: divan::Bencher) {
    let files = grid_files(100);
    bencher.bench(|| {
        bundle::build("Bench", today(), divan::black_box(&files), today()).expect("builds")
    });
}

/// Verify the signature of a 100-grid bundle, then read and check every grid: what install
/// costs. Divide by 100 for the time per grid.
#[divan::bench(sample_count = 20)]
fn verify_and_load_bundle_of_100_grids(bencher: divan::Bencher) {
    let (bytes, _) = bundle::build("Bench", today(), &grid_files(100), today()).expect("builds");
    let key = SecretKey::generate().expect("random");
    let signature = key.sign(&bytes, "bench").expect("signs").to_file_text();
    let mut trust = TrustStore::new();
    trust.trust("bench", key.public());
    bencher.bench(|| {
        let opened = bundle::open(
            "bench.json",
            divan::black_box(&bytes),
            Some(signature.as_bytes()),
            &trust,
            Mode::Published,
            today(),
        )
        .expect("opens");
        assert_eq!(opened.grids.len(), 100);
    });
}

/// Draw an icon array of 100 or 1000 people, with an uncertainty range.
#[divan::bench(args = [100, 1000])]
fn icon_array(denominator: u32) -> String {
    chart::icon_array_svg(&IconArraySpec {
        count: divan::black_box(denominator / 8),
        denominator,
        range: Some((denominator / 16, denominator / 4)),
        direction: Direction::Harm,
        description: "Mensen met pijn na een jaar",
    })
    .expect("draws")
}

/// Draw range bars for three options.
#[divan::bench]
fn range_bars_of_3() -> String {
    let bars = [
        Bar {
            value: 14.0,
            range: Some((7.0, 21.0)),
        },
        Bar {
            value: 3.0,
            range: None,
        },
        Bar {
            value: 28.0,
            range: Some((20.0, 42.0)),
        },
    ];
    chart::range_bars_svg(&RangeBarsSpec {
        bars: divan::black_box(&bars),
        scale: (0.0, 42.0),
        description: "Dagen tot weer aan het werk",
    })
    .expect("draws")
}

/// Search 10,000 entries (the built-in ones cloned with new ids) for a complaint, a name
/// start and a plural; and list them all for an empty query.
#[divan::bench(args = ["bult in de lies", "knie", "knieën", ""], sample_count = 50)]
fn search_10_000_entries(bencher: divan::Bencher, query: &str) {
    let library = Library::builtin(today());
    let entries: Vec<SearchEntry> = (0..10_000)
        .map(|i| {
            let grid = &library.entries()[i % library.entries().len()].grid;
            let entry = SearchEntry::from_grid(grid, "nl");
            let synonyms = entry.synonyms().to_vec();
            let complaints = entry.complaints().to_vec();
            SearchEntry::new(
                &format!("{}-{i}", entry.id()),
                entry.name(),
                &synonyms,
                &complaints,
            )
        })
        .collect();
    let recent: Vec<String> = vec!["knie-3".into(), "liesbreuk-0".into()];
    bencher.bench(|| search::search(&entries, divan::black_box(query), &recent));
}

/// The largest built-in grid (by its file's length): the worst case for a step's screen.
fn largest_grid() -> keuzehulp::content::OptionGrid {
    let library = Library::builtin(today());
    library
        .entries()
        .iter()
        .max_by_key(|e| {
            Library::builtin_files()
                .iter()
                .find(|(name, _)| *name == e.file)
                .map_or(0, |(_, text)| text.len())
        })
        .expect("built-in grids")
        .grid
        .clone()
}

/// Build the screen of each step of the consultation for the largest grid, charts included,
/// and serialise it as the window receives it. Target: under 5 ms per step.
#[divan::bench(args = Step::ALL.map(|s| format!("{s:?}")))]
fn consultation_step_of_largest_grid(bencher: divan::Bencher, step: &str) {
    let grid = largest_grid();
    let step = *Step::ALL
        .iter()
        .find(|s| format!("{s:?}") == step)
        .expect("step");
    let mut events = vec![SessionEvent::StepOpened { step }];
    for q in grid.questions.iter().step_by(2) {
        events.push(SessionEvent::RowMarked {
            question: q.id.clone(),
            marked: true,
        });
        events.push(SessionEvent::ImportanceRated {
            aspect: q.id.clone(),
            importance: 4,
        });
    }
    let state = SessionState::from_events(&events);
    let l10n = Localizer::new(Language::Nl);
    bencher.bench(|| {
        let screen = consultation::consultation_screen(&grid, divan::black_box(&state), &l10n);
        serde_json::to_string(&screen).expect("serialises")
    });
}

/// The largest grid's pros-and-cons step (the one with the most blocks), half its rows marked.
fn pros_cons_of_largest_grid() -> (keuzehulp::content::OptionGrid, SessionState) {
    let grid = largest_grid();
    let mut events = vec![SessionEvent::StepOpened {
        step: Step::ProsCons,
    }];
    for q in grid.questions.iter().step_by(2) {
        events.push(SessionEvent::RowMarked {
            question: q.id.clone(),
            marked: true,
        });
    }
    (grid, SessionState::from_events(&events))
}

/// Baseline for the next: the step's screen alone, as every command that redraws builds it.
#[divan::bench]
fn pros_cons_screen(bencher: divan::Bencher) {
    let (grid, state) = pros_cons_of_largest_grid();
    let l10n = Localizer::new(Language::Nl);
    bencher.bench(|| consultation::consultation_screen(&grid, divan::black_box(&state), &l10n));
}

/// What a read-aloud press costs before the voice starts: the screen and its blocks to read.
#[divan::bench]
fn pros_cons_screen_and_read_aloud_blocks(bencher: divan::Bencher) {
    let (grid, state) = pros_cons_of_largest_grid();
    let l10n = Localizer::new(Language::Nl);
    bencher.bench(|| {
        let screen = consultation::consultation_screen(&grid, divan::black_box(&state), &l10n);
        keuzehulp::speech::ScreenReading::of(&screen)
    });
}
