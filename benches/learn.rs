//! Merging contribution files as a guideline group does with `keuzekaart leren`: 10,000 signed
//! files from 10,000 installations, read, checked (format, small numbers, ed25519 signature,
//! duplicates) and merged; and, as the baseline in the same run, only reading the same files.
//! Run with `cargo bench --bench learn`.

use std::path::PathBuf;
use std::sync::OnceLock;

use ed25519_dalek::SigningKey;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::learning::{build_contribution, merged_csv, report_html, Merger, Period};
use keuzehulp::library::Library;
use keuzehulp::records::{SessionStart, Store};
use keuzehulp::session::{Choice, Mode, SessionEvent, SureItem};

const FILES: usize = 10_000;

fn main() {
    divan::main();
}

/// A folder with [`FILES`] contribution files, made once: one real contribution of twelve
/// consented sessions, signed anew by a key of its own per file and spread over 24 months.
fn folder() -> &'static (tempfile::TempDir, Vec<PathBuf>) {
    static FOLDER: OnceLock<(tempfile::TempDir, Vec<PathBuf>)> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let library = Library::builtin(chrono::Local::now().date_naive());
        let entry = library.get("liesbreuk").expect("built-in grid");
        let mut store = Store::in_memory().expect("store");
        let patient = store.add_patient("bench", None).expect("patient");
        for i in 0..12 {
            let mode = if i % 3 == 0 {
                Mode::Home
            } else {
                Mode::Consultation
            };
            let session = store
                .start_session(patient, &SessionStart::pinned_to(entry, mode))
                .expect("session");
            let grid = &entry.grid;
            let mut events = vec![
                SessionEvent::RowMarked {
                    question: grid.questions[i % grid.questions.len()].id.clone(),
                    marked: true,
                },
                SessionEvent::ImportanceRated {
                    aspect: grid.questions[0].id.clone(),
                    importance: (i % 5) as u8,
                },
                SessionEvent::ChoiceMade {
                    choice: Choice::Option(grid.options[i % grid.options.len()].id.clone()),
                },
                SessionEvent::ConsentGiven { shared: true },
            ];
            for item in SureItem::ALL {
                events.push(SessionEvent::SureAnswered {
                    item,
                    yes: i % 4 != 0,
                });
            }
            for event in &events {
                store.record(session, event).expect("event");
            }
        }
        let l10n = Localizer::new(Language::Nl);
        let now = Period::of(&chrono::Utc::now());
        let mut base = build_contribution(
            &store,
            &entry.grid,
            now,
            &SigningKey::from_bytes(&[1; 32]),
            &l10n,
        )
        .expect("records")
        .expect("consented sessions");
        let dir = tempfile::tempdir().expect("temp dir");
        let mut paths = Vec::with_capacity(FILES);
        for i in 0..FILES {
            let mut seed = [0u8; 32];
            seed[..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
            base.period = format!("{}-{:02}", 2024 + (i % 24) / 12, i % 12 + 1);
            base.sign(&SigningKey::from_bytes(&seed));
            let path = dir.path().join(format!("bijdrage-{i:05}.json"));
            std::fs::write(&path, base.to_text()).expect("write");
            paths.push(path);
        }
        (dir, paths)
    })
}

/// Baseline: only read the bytes of every file.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn read_10000_files() -> usize {
    folder()
        .1
        .iter()
        .map(|p| std::fs::read(p).expect("read").len())
        .sum()
}

/// Read, check and merge every file, as `keuzekaart leren` does.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn merge_10000_files() -> usize {
    let mut merger = Merger::new();
    for path in &folder().1 {
        let bytes = std::fs::read(path).expect("read");
        merger
            .add(&path.display().to_string(), &bytes)
            .expect("a sound file");
    }
    let merged = merger.finish();
    assert_eq!(merged.accepted, FILES);
    merged.accepted
}

/// Merge every file and write the report and the CSV text, the whole of `keuzekaart leren`.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn merge_and_report_10000_files() -> usize {
    let library = Library::builtin(chrono::Local::now().date_naive());
    let l10n = Localizer::new(Language::Nl);
    let mut merger = Merger::new();
    for path in &folder().1 {
        let bytes = std::fs::read(path).expect("read");
        let _ = merger.add(&path.display().to_string(), &bytes);
    }
    let merged = merger.finish();
    report_html(&merged, &library, &l10n).len() + merged_csv(&merged).len()
}
