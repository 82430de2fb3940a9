//! Sessions on the built-in grids, built from real session events, for the export tests.

#![allow(dead_code)]

use chrono::{TimeZone, Utc};
use keuzehulp::content::OptionGrid;
use keuzehulp::export::SummaryContext;
use keuzehulp::library::Library;
use keuzehulp::session::{Choice, Mode, SessionEvent, SessionState, Step, SureItem};
use sha2::{Digest, Sha256};

/// A built-in grid by id.
pub fn grid(id: &str) -> OptionGrid {
    let library = Library::builtin(chrono::Local::now().date_naive());
    library
        .entries()
        .iter()
        .find(|e| e.grid.id == id)
        .unwrap_or_else(|| panic!("no built-in grid {id}"))
        .grid
        .clone()
}

/// The context of a session on `grid`: a pseudonym, a start time and the content's hash.
pub fn context(grid: &OptionGrid) -> SummaryContext {
    let (_, text) = Library::builtin_files()
        .iter()
        .find(|(file, _)| file.starts_with(&grid.id))
        .expect("built-in file");
    SummaryContext {
        patient_label: "Patiënt 7Q4K".into(),
        session_started: Utc.with_ymd_and_hms(2026, 3, 14, 9, 30, 0).unwrap(),
        content_sha256: Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    }
}

/// The note the patient writes in every test session.
pub const NOTE: &str = "Ik pas elke dag op mijn kleinzoon en wil kunnen tillen.";

/// A full session: two rows marked, aspects rated, a note, a choice and all SURE answers.
pub fn session(grid: &OptionGrid, choice: Choice) -> SessionState {
    let q = |i: usize| grid.questions[i].id.clone();
    let mut events = vec![
        SessionEvent::ModeChosen { mode: Mode::Home },
        SessionEvent::StepOpened {
            step: Step::ProsCons,
        },
    ];
    // Mark every row that has numbers behind it, and the first row.
    for question in grid.questions.iter().filter(|q| !q.outcomes.is_empty()) {
        events.push(SessionEvent::RowMarked {
            question: question.id.clone(),
            marked: true,
        });
    }
    events.push(SessionEvent::RowMarked {
        question: q(0),
        marked: true,
    });
    events.extend([
        SessionEvent::StepOpened { step: Step::Values },
        SessionEvent::ImportanceRated {
            aspect: q(0),
            importance: 4,
        },
        SessionEvent::ImportanceRated {
            aspect: q(1),
            importance: 1,
        },
        SessionEvent::ImportanceRated {
            aspect: grid.outcomes[0].id.clone(),
            importance: 3,
        },
        SessionEvent::NoteWritten {
            text: "Ik pas op".into(),
        },
        SessionEvent::NoteWritten { text: NOTE.into() },
        SessionEvent::StepOpened {
            step: Step::Decision,
        },
        SessionEvent::ChoiceMade { choice },
        SessionEvent::StepOpened { step: Step::Sure },
    ]);
    for item in SureItem::ALL {
        events.push(SessionEvent::SureAnswered {
            item,
            yes: item != SureItem::Support,
        });
    }
    SessionState::from_events(&events)
}

/// Whether the program `tool` (from the Debian package `package`) is on the PATH.
///
/// When it is not: under CI (`CI` set to anything non-empty) the test fails, naming the tool
/// and its package, so a missing install step can never pass as green; elsewhere the test
/// prints that it skipped and the caller returns.
pub fn tool(tool: &str, package: &str) -> bool {
    if on_path(tool) {
        return true;
    }
    let message = format!(
        "{tool} is not installed (Debian package {package}; scripts/setup-debian.sh installs it)"
    );
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{message}: under CI a test may not pass without its tool");
    }
    eprintln!("SKIPPED: {message}");
    false
}

/// Whether an executable file named `name` is in a folder of the PATH.
fn on_path(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            std::fs::metadata(dir.join(name))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}
