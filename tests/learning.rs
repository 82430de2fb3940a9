//! Learning from patients, tested on real SQLite files in temporary folders and the real
//! `keuzekaart` binary: what a contribution file may and may not hold, consent and its
//! withdrawal, and the guideline group's refusals.

use std::path::Path;
use std::process::{Command, Output};

use chrono::Utc;
use keuzehulp::export::home_file::installation_key;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::learning::{build_contribution, Contribution, Period};
use keuzehulp::library::{Entry, Library};
use keuzehulp::records::{SessionId, SessionStart, Store};
use keuzehulp::session::{Choice, Mode, SessionEvent, SureItem};
use keuzehulp::view::sharing;

const LABEL: &str = "Jansen-Zonnebloem";
const BIRTH_YEAR: u16 = 1947;
const NOTE: &str = "Ik zorg voor mijn zieke man en fiets naar de Vlasakkers.";

fn library() -> Library {
    Library::builtin(chrono::Local::now().date_naive())
}

fn nl() -> Localizer {
    Localizer::new(Language::Nl)
}

/// One full session on `entry`: rows marked, ratings, a note, a choice, SURE, and consent as
/// given (`None`: the question was never answered).
fn session(
    store: &mut Store,
    entry: &Entry,
    label: &str,
    mode: Mode,
    consent: Option<bool>,
) -> SessionId {
    let patient = match store.patients().unwrap().iter().find(|p| p.label == label) {
        Some(p) => p.id,
        None => store.add_patient(label, Some(BIRTH_YEAR)).unwrap(),
    };
    let id = store
        .start_session(patient, &SessionStart::pinned_to(entry, mode))
        .unwrap();
    let grid = &entry.grid;
    let mut events = vec![
        SessionEvent::RowMarked {
            question: grid.questions[0].id.clone(),
            marked: true,
        },
        SessionEvent::ImportanceRated {
            aspect: grid.questions[0].id.clone(),
            importance: 4,
        },
        SessionEvent::NoteWritten { text: NOTE.into() },
        SessionEvent::ChoiceMade {
            choice: Choice::Option(grid.options[0].id.clone()),
        },
    ];
    for item in SureItem::ALL {
        events.push(SessionEvent::SureAnswered { item, yes: true });
    }
    if let Some(shared) = consent {
        events.push(SessionEvent::ConsentGiven { shared });
    }
    for event in events {
        event.check(grid).unwrap();
        store.record(id, &event).unwrap();
    }
    id
}

/// `n` consented consultation-room sessions on `entry`, one patient each (`p0`, `p1`, …).
fn consented_sessions(store: &mut Store, entry: &Entry, n: usize) -> Vec<SessionId> {
    (0..n)
        .map(|i| {
            session(
                store,
                entry,
                &format!("p{i}"),
                Mode::Consultation,
                Some(true),
            )
        })
        .collect()
}

fn this_month() -> Period {
    Period::of(&Utc::now())
}

fn contribution(store: &Store, dir: &Path, entry: &Entry) -> Option<Contribution> {
    let key = installation_key(dir).unwrap();
    build_contribution(store, &entry.grid, this_month(), &key, &nl()).unwrap()
}

/// Every number in the blocks of a file, with its path.
fn numbers(value: &serde_json::Value, path: String, out: &mut Vec<(String, u64)>) {
    match value {
        serde_json::Value::Number(n) => out.push((path, n.as_u64().unwrap())),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                numbers(v, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                numbers(v, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_label_note_birth_year_or_date_reaches_a_contribution() {
    let dir = tempfile::tempdir().unwrap();
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    for i in 0..7 {
        session(
            &mut store,
            entry,
            &format!("{LABEL}-{i}"),
            Mode::Consultation,
            Some(true),
        );
    }
    let file = contribution(&store, dir.path(), entry).unwrap();
    let text = file.to_text();
    let today = chrono::Local::now().date_naive();
    let utc_today = Utc::now().date_naive();
    for secret in [
        LABEL.to_owned(),
        BIRTH_YEAR.to_string(),
        NOTE.to_owned(),
        "Vlasakkers".to_owned(),
        "zieke man".to_owned(),
        today.format("%Y-%m-%d").to_string(),
        utc_today.format("%Y-%m-%d").to_string(),
        today.format("%d-%m-%Y").to_string(),
    ] {
        assert!(!text.contains(&secret), "{secret:?} in the file:\n{text}");
    }
    // No time of day and no day of the month: the period is the finest time in the file.
    let bytes = text.as_bytes();
    let clock = bytes.windows(5).any(|w| {
        w[0].is_ascii_digit() && w[1].is_ascii_digit() && w[2] == b':' && w[3].is_ascii_digit()
    });
    assert!(!clock, "a time of day in the file:\n{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["period"], this_month().to_string());
    let keys = text.to_lowercase();
    for field in ["label", "note", "birth", "started", "recorded"] {
        assert!(!keys.contains(&format!("\"{field}")), "{field} in {text}");
    }
    // The store did hold them all.
    let export = store
        .export_patient(store.patients().unwrap()[0].id)
        .unwrap();
    assert!(export.to_json().contains(NOTE));
}

#[test]
fn counts_under_the_threshold_never_appear() {
    let dir = tempfile::tempdir().unwrap();
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    for i in 0..6 {
        session(
            &mut store,
            entry,
            &format!("p{i}"),
            Mode::Consultation,
            Some(true),
        );
    }
    // Three at home: every home count is under 5.
    for i in 0..3 {
        session(&mut store, entry, &format!("h{i}"), Mode::Home, Some(true));
    }
    let file = contribution(&store, dir.path(), entry).unwrap();
    let value: serde_json::Value = serde_json::from_str(&file.to_text()).unwrap();
    let mut found = Vec::new();
    numbers(&value["blocks"], "blocks".into(), &mut found);
    assert!(!found.is_empty());
    for (path, n) in &found {
        assert!(*n >= 5, "{path} = {n}: a small number in the file");
    }
    let consultation = &value["blocks"][0];
    assert_eq!(consultation["mode"], "consultation");
    assert_eq!(consultation["sessions"], 6);
    let home = &value["blocks"][1];
    assert_eq!(home["mode"], "home");
    assert_eq!(home["sessions"], "<5");
    // Zero is under the threshold too: an option nobody chose reads "<5", like one or two.
    let wait = format!("option:{}", entry.grid.options[1].id);
    assert_eq!(consultation["choices"][&wait], "<5");
    assert!(value["rule"].as_str().unwrap().contains("\"<5\""));
    assert_eq!(value["threshold"], 5);
}

#[test]
fn a_session_without_consent_never_contributes() {
    let dir = tempfile::tempdir().unwrap();
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    // Never asked, and said no: nothing at all to share.
    for i in 0..6 {
        session(
            &mut store,
            entry,
            &format!("n{i}"),
            Mode::Consultation,
            None,
        );
    }
    session(&mut store, entry, "no", Mode::Consultation, Some(false));
    assert_eq!(contribution(&store, dir.path(), entry), None);
    assert!(keuzehulp::learning::consented_periods(&store)
        .unwrap()
        .is_empty());
    // Five who said yes: exactly those five.
    for i in 0..5 {
        session(
            &mut store,
            entry,
            &format!("y{i}"),
            Mode::Consultation,
            Some(true),
        );
    }
    let file = contribution(&store, dir.path(), entry).unwrap();
    let value: serde_json::Value = serde_json::from_str(&file.to_text()).unwrap();
    assert_eq!(value["blocks"][0]["sessions"], 5);
    assert_eq!(
        value["blocks"][0]["questions_marked"][&entry.grid.questions[0].id],
        5
    );
}

#[test]
fn withdrawing_consent_excludes_the_session_from_later_files() {
    let dir = tempfile::tempdir().unwrap();
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ids = consented_sessions(&mut store, entry, 6);
    let before = contribution(&store, dir.path(), entry).unwrap();
    assert_eq!(
        before.blocks[0].sessions,
        keuzehulp::learning::Count::Exact(6)
    );
    let said = sharing::withdraw_consent(&mut store, ids[2], &nl()).unwrap();
    assert!(said.contains("ingetrokken"), "{said}");
    let after = contribution(&store, dir.path(), entry).unwrap();
    assert_eq!(
        after.blocks[0].sessions,
        keuzehulp::learning::Count::Exact(5)
    );
    sharing::withdraw_consent(&mut store, ids[3], &nl()).unwrap();
    let fewer = contribution(&store, dir.path(), entry).unwrap();
    assert_eq!(
        fewer.blocks[0].sessions,
        keuzehulp::learning::Count::Under(5)
    );
    // The record stays append-only: the yes is still there, the withdrawal came after it.
    let events: Vec<SessionEvent> = store
        .events(ids[2])
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    let yes = events
        .iter()
        .position(|e| *e == SessionEvent::ConsentGiven { shared: true })
        .unwrap();
    let no = events
        .iter()
        .position(|e| *e == SessionEvent::ConsentGiven { shared: false })
        .unwrap();
    assert!(yes < no);
    // And it survives reopening the file.
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert!(!store.session_state(ids[2]).unwrap().shared);
}

#[test]
fn the_preview_is_exactly_the_file_and_a_changed_file_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ids = consented_sessions(&mut store, entry, 5);
    let key = installation_key(dir.path()).unwrap();
    let period = this_month().to_string();
    let l10n = nl();
    let preview = sharing::contribution_preview(&store, &entry.grid, &period, &key, &l10n).unwrap();
    assert!(preview.not_included.contains("geboortejaren"));
    assert!(
        preview.blocks[0].heading.contains("5 gesprekken"),
        "{:?}",
        preview.blocks[0]
    );
    assert!(preview.blocks[0]
        .lines
        .iter()
        .any(|l| l.contains(&aspect(entry)) && l.ends_with(": 5")));
    // Something changes between looking and writing: nothing is written.
    sharing::withdraw_consent(&mut store, ids[0], &l10n).unwrap();
    let e = sharing::write_contribution(
        &store,
        &entry.grid,
        &period,
        &key,
        out.path(),
        &preview.digest,
        &l10n,
    )
    .unwrap_err();
    assert!(matches!(e, sharing::SharingError::Changed), "{e}");
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
    // Looked at again: written, byte for byte what was shown.
    let preview = sharing::contribution_preview(&store, &entry.grid, &period, &key, &l10n).unwrap();
    let written = sharing::write_contribution(
        &store,
        &entry.grid,
        &period,
        &key,
        out.path(),
        &preview.digest,
        &l10n,
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(&written.path).unwrap(),
        preview.file_text
    );
    assert!(written
        .message
        .contains(&written.path.display().to_string()));
}

fn aspect(entry: &Entry) -> String {
    let q = &entry.grid.questions[0];
    keuzehulp::view::patients::aspect_text(&entry.grid, &q.id, &nl())
}

fn keuzekaart(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_keuzekaart"))
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("keuzekaart runs")
}

/// A contribution file of `sessions` consented sessions from an installation in `dir`.
fn installation_file(dir: &Path, out: &Path, sessions: usize) -> std::path::PathBuf {
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir).unwrap();
    for i in 0..sessions {
        session(
            &mut store,
            entry,
            &format!("p{i}"),
            Mode::Consultation,
            Some(true),
        );
    }
    let file = contribution(&store, dir, entry).unwrap();
    let path = out.join(keuzehulp::learning::file_name(&file));
    std::fs::write(&path, file.to_text()).unwrap();
    path
}

#[test]
fn leren_merges_two_installations_and_refuses_tampered_duplicate_and_broken_files() {
    let (a, b, files, out) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let first = installation_file(a.path(), files.path(), 6);
    let second = installation_file(b.path(), files.path(), 7);
    let good = keuzekaart(&[
        "leren",
        out.path().to_str().unwrap(),
        files.path().to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&good.stdout);
    assert_eq!(good.status.code(), Some(0), "{said}");
    assert!(said.contains("Merged: 2 files, refused: 0"), "{said}");
    let csv = std::fs::read_to_string(out.path().join("merged.csv")).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.contains(",consultation,sessions,,,13,13")),
        "{csv}"
    );
    assert!(csv.contains(",all,installations,,,2,2"), "{csv}");
    let report = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    if let Some(keep) = std::env::var_os("KEUZEHULP_KEEP_REPORT") {
        std::fs::copy(out.path().join("report.html"), keep).unwrap();
    }
    assert!(
        report.contains("<svg") && report.contains("(liesbreuk)"),
        "report"
    );
    assert!(report.contains("Sessions: 13"), "report");

    // Tampered: one count changed after signing.
    let text = std::fs::read_to_string(&second).unwrap();
    let tampered = files.path().join("tampered.json");
    std::fs::write(
        &tampered,
        text.replacen("\"sessions\": 7", "\"sessions\": 9", 1),
    )
    .unwrap();
    // The same file twice, under another name.
    let copy = files.path().join("copy.json");
    std::fs::copy(&first, &copy).unwrap();
    // Not JSON at all.
    let broken = files.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"keuzehulp-bijdrage/1\",\n  oops\n}",
    )
    .unwrap();
    // A small number written out.
    let small = files.path().join("small.json");
    std::fs::write(&small, text.replacen("\"<5\"", "3", 1)).unwrap();
    let run = keuzekaart(&[
        "leren",
        out.path().to_str().unwrap(),
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        tampered.to_str().unwrap(),
        copy.to_str().unwrap(),
        broken.to_str().unwrap(),
        small.to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{said}");
    let line = |name: &str| {
        said.lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not named in {said}"))
            .to_owned()
    };
    assert!(line("tampered.json").contains("field signature"), "{said}");
    assert!(
        line("tampered.json").contains("changed after it was signed"),
        "{said}"
    );
    assert!(line("copy.json").contains("same file as"), "{said}");
    assert!(line("broken.json").contains("broken.json:3:"), "{said}");
    assert!(line("small.json").contains("smaller than 5"), "{said}");
    assert!(line("small.json").contains("field blocks[0]."), "{said}");
    assert!(said.contains("Merged: 2 files, refused: 4"), "{said}");
}
