//! Tests of the records on real files in temp dirs: migrations, append-only events, sessions,
//! export, erasure, faults and backups.

use std::path::Path;

use rusqlite::Connection;

use super::*;
use crate::language::{Language, Localizer};
use crate::session::{Choice, Mode, SessionEvent, Step, SureItem};

fn start(grid: &str) -> SessionStart {
    SessionStart {
        grid_id: grid.to_owned(),
        content_version: "1.2".to_owned(),
        content_sha256: "ab".repeat(32),
        mode: Mode::Home,
    }
}

fn rated(aspect: &str, importance: u8) -> SessionEvent {
    SessionEvent::ImportanceRated {
        aspect: aspect.to_owned(),
        importance,
    }
}

fn note(text: &str) -> SessionEvent {
    SessionEvent::NoteWritten {
        text: text.to_owned(),
    }
}

/// Every file directly in `dir` and its subfolders.
fn all_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(all_files(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

// --- migrations -------------------------------------------------------------------------

#[test]
fn every_earlier_schema_version_migrates_keeping_its_rows() {
    for version in 1..migrations::latest_version() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
            for sql in &migrations::MIGRATIONS[..version as usize] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", version).unwrap();
            conn.execute(
                "INSERT INTO setting (key, value) VALUES ('language', 'en')",
                [],
            )
            .unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            migrations::schema_version(store.conn()).unwrap(),
            migrations::latest_version(),
            "from version {version}"
        );
        assert_eq!(
            store.setting(Setting::Language).unwrap().as_deref(),
            Some("en")
        );
        // The new tables work.
        let p = store.add_patient("na migratie", None).unwrap();
        store.start_session(p, &start("knie")).unwrap();
    }
}

#[test]
fn empty_database_gets_every_table_and_our_application_id() {
    let store = Store::in_memory().unwrap();
    let tables: Vec<String> = store
        .conn()
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in [
        "erasure",
        "event",
        "patient",
        "recent_grid",
        "session",
        "setting",
    ] {
        assert!(tables.iter().any(|t| t == table), "{table} in {tables:?}");
    }
    let id: i32 = store
        .conn()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, migrations::APPLICATION_ID);
}

// --- append-only events -----------------------------------------------------------------

#[test]
fn events_cannot_be_changed_or_deleted_except_by_erasure() {
    let mut store = Store::in_memory().unwrap();
    let p = store.add_patient("P", None).unwrap();
    let s = store.start_session(p, &start("knie")).unwrap();
    store.record(s, &note("eerste")).unwrap();
    let conn = store.conn();
    for sql in [
        "UPDATE event SET payload = '{}'",
        "DELETE FROM event",
        "DELETE FROM session",
        "DELETE FROM patient",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(
            err.to_string().contains("erased") || err.to_string().contains("append-only"),
            "{sql}: {err}"
        );
    }
    assert_eq!(store.events(s).unwrap().len(), 1);
    store.erase_patient(p).unwrap();
    assert!(store.patients().unwrap().is_empty());
    let left: i64 = store
        .conn()
        .query_row("SELECT (SELECT count(*) FROM event) + (SELECT count(*) FROM session) + (SELECT count(*) FROM erasure)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

// --- sessions and events ----------------------------------------------------------------

#[test]
fn recorded_events_come_back_in_order_and_fold_into_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let (p, s) = {
        let mut store = Store::open(dir.path()).unwrap();
        let p = store.add_patient("Dhr. J.", Some(1961)).unwrap();
        let s = store.start_session(p, &start("knie")).unwrap();
        let events = [
            SessionEvent::StepOpened { step: Step::Values },
            rated("pijn", 4),
            SessionEvent::RowMarked {
                question: "werk".into(),
                marked: true,
            },
            SessionEvent::ChoiceMade {
                choice: Choice::Option("operatie".into()),
            },
            SessionEvent::SureAnswered {
                item: SureItem::Sure,
                yes: true,
            },
        ];
        let mut last = None;
        for e in &events {
            let recorded = store.record(s, e).unwrap();
            assert_eq!(&recorded.event, e);
            if let Some(prev) = last {
                assert!(recorded.recorded_at >= prev);
            }
            last = Some(recorded.recorded_at);
        }
        (p, s)
    };
    // After reopening the file, everything is there.
    let store = Store::open(dir.path()).unwrap();
    let events = store.events(s).unwrap();
    assert_eq!(events.len(), 5);
    assert!(events.windows(2).all(|w| w[0].id < w[1].id));
    let state = store.session_state(s).unwrap();
    assert_eq!(state.mode, Mode::Home, "the start mode is the fold's start");
    assert_eq!(state.step, Step::Values);
    assert_eq!(state.importance["pijn"], 4);
    assert!(state.marked_rows.contains("werk"));
    let summary = store.session(s).unwrap();
    assert_eq!(summary.patient, p);
    assert_eq!(summary.start, start("knie"));
    assert_eq!(summary.choice, Some(Choice::Option("operatie".into())));
    assert_eq!(summary.last_event_at, Some(events[4].recorded_at));
    assert_eq!(store.sessions_of(p).unwrap(), [summary]);
}

#[test]
fn unknown_ids_are_clear_errors() {
    let mut store = Store::in_memory().unwrap();
    assert!(matches!(
        store.start_session(PatientId(7), &start("knie")),
        Err(RecordsError::UnknownPatient(PatientId(7)))
    ));
    assert!(matches!(
        store.record(SessionId(8), &note("x")),
        Err(RecordsError::UnknownSession(SessionId(8)))
    ));
    assert!(matches!(
        store.events(SessionId(8)),
        Err(RecordsError::UnknownSession(SessionId(8)))
    ));
}

#[test]
fn preference_history_shows_ratings_per_session_of_one_grid() {
    let mut store = Store::in_memory().unwrap();
    let p = store.add_patient("P", None).unwrap();
    let first = store.start_session(p, &start("knie")).unwrap();
    store.record(first, &rated("pijn", 2)).unwrap();
    store.record(first, &rated("werk", 3)).unwrap();
    let other = store.start_session(p, &start("heup")).unwrap();
    store.record(other, &rated("pijn", 0)).unwrap();
    let second = store.start_session(p, &start("knie")).unwrap();
    store.record(second, &rated("pijn", 4)).unwrap();
    let history = store.preference_history(p, "knie").unwrap();
    assert_eq!(
        history.iter().map(|(s, _)| s.id).collect::<Vec<_>>(),
        [first, second]
    );
    assert_eq!(history[0].1["pijn"], 2);
    assert_eq!(history[0].1["werk"], 3);
    assert_eq!(history[1].1["pijn"], 4);
    assert!(!history[1].1.contains_key("werk"));
}

// --- export and erasure -----------------------------------------------------------------

#[test]
fn export_holds_every_session_and_event_as_json_and_text() {
    let mut store = Store::in_memory().unwrap();
    let p = store.add_patient("Mw. de V.", Some(1948)).unwrap();
    let s = store.start_session(p, &start("knie")).unwrap();
    store.record(s, &note("kleinkinderen oppassen")).unwrap();
    store
        .record(
            s,
            &SessionEvent::ChoiceMade {
                choice: Choice::ThinkAboutIt,
            },
        )
        .unwrap();
    store.start_session(p, &start("heup")).unwrap();
    let export = store.export_patient(p).unwrap();
    let json: serde_json::Value = serde_json::from_str(&export.to_json()).unwrap();
    assert_eq!(json["patient"]["label"], "Mw. de V.");
    assert_eq!(json["sessions"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["sessions"][0]["session"]["content_sha256"],
        "ab".repeat(32)
    );
    assert_eq!(json["sessions"][0]["session"]["content_version"], "1.2");
    assert_eq!(
        json["sessions"][0]["events"][0]["event"]["text"],
        "kleinkinderen oppassen"
    );
    assert!(json["sessions"][0]["events"][0]["recorded_at"].is_string());

    let nl = export.to_text(&Localizer::new(Language::Nl));
    let en = export.to_text(&Localizer::new(Language::En));
    assert!(
        !nl.contains('[') && !en.contains('['),
        "a message is missing:\n{nl}\n{en}"
    );
    assert!(nl.contains("Dossier van Mw. de V."), "{nl}");
    assert!(nl.contains("2 gesprekken"), "{nl}");
    assert!(nl.contains("kleinkinderen oppassen"));
    assert!(nl.contains("ik wil er nog over nadenken"));
    assert!(nl.contains("Nog niets vastgelegd."));
    assert!(en.contains("Record of Mw. de V."), "{en}");
    assert!(en.contains("I want to think about it"));
}

#[test]
fn erased_patient_leaves_no_bytes_in_the_file_its_wal_or_backups() {
    let dir = tempfile::tempdir().unwrap();
    let gone_label = "Gewist-Patient-Q7X";
    let gone_note = "Mijn geheime zorg over de kleindochter Zoë";
    let kept_label = "Bewaard-Patient-K2Y";
    let kept_note = "Fietsen met de buurvrouw op zaterdag";
    {
        let mut store = Store::open(dir.path()).unwrap();
        let gone = store.add_patient(gone_label, Some(1955)).unwrap();
        let kept = store.add_patient(kept_label, None).unwrap();
        for (patient, text) in [(gone, gone_note), (kept, kept_note)] {
            let s = store.start_session(patient, &start("knie")).unwrap();
            for i in 0..20 {
                store.record(s, &note(&format!("{text} {i}"))).unwrap();
            }
        }
        store.backup_now().unwrap();
        // The data really is on disk before the erasure, so the test can fail.
        let bytes: Vec<u8> = all_files(dir.path())
            .iter()
            .flat_map(|f| std::fs::read(f).unwrap())
            .collect();
        assert!(contains(&bytes, gone_label.as_bytes()));
        store.erase_patient(gone).unwrap();
        assert!(matches!(
            store.patient(gone),
            Err(RecordsError::UnknownPatient(_))
        ));
    }
    let files = all_files(dir.path());
    assert!(files.iter().any(|f| f.ends_with(DATABASE_FILE)));
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for secret in [gone_label, gone_note] {
            assert!(
                !contains(&bytes, secret.as_bytes()),
                "{secret:?} still in {}",
                file.display()
            );
        }
    }
    let store = Store::open(dir.path()).unwrap();
    let patients = store.patients().unwrap();
    assert_eq!(patients.len(), 1);
    assert_eq!(patients[0].label, kept_label);
    let session = store.sessions_of(patients[0].id).unwrap()[0].id;
    assert_eq!(
        store.session_state(session).unwrap().note,
        format!("{kept_note} 19")
    );
    assert_eq!(
        store.backups().unwrap().len(),
        1,
        "one backup of the erased state"
    );
}

// --- faults -----------------------------------------------------------------------------

#[test]
fn a_second_instance_gets_in_use_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open(dir.path()).unwrap();
    let p = first.add_patient("P", None).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(
        matches!(&err, RecordsError::InUse { lock } if lock.ends_with(LOCK_FILE)),
        "{err}"
    );
    assert!(!err.message(&Localizer::new(Language::Nl)).starts_with('['));
    drop(first);
    let second = Store::open(dir.path()).unwrap();
    assert_eq!(second.patient(p).unwrap().label, "P");
}

/// Whether this process can write into a folder without write permission (root, or
/// CAP_DAC_OVERRIDE): then chmod proves nothing.
#[cfg(unix)]
fn permissions_are_bypassed(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let bypassed = std::fs::write(&probe, b"x").is_ok();
    let _ = std::fs::remove_file(&probe);
    bypassed
}

/// A read-only data directory. As an ordinary user the test makes the directory 0500 and
/// opens the store normally: SQLite cannot write its WAL there and the store says
/// `ReadOnly` (or an I/O error about the folder). As root, chmod does not stop writes, so
/// the test then proves less: it opens the file with `SQLITE_OPEN_READ_ONLY`
/// ([`Store::open_read_only`]) and shows that a write is refused as `ReadOnly`. Both ways,
/// what was recorded before is still there afterwards.
#[cfg(unix)]
#[test]
fn read_only_data_is_a_clear_error_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let s = {
        let mut store = Store::open(&data).unwrap();
        let p = store.add_patient("P", None).unwrap();
        let s = store.start_session(p, &start("knie")).unwrap();
        store.record(s, &note("voor alleen-lezen")).unwrap();
        s
    };
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    if permissions_are_bypassed(&data) {
        let mut store = Store::open_read_only(&data).unwrap();
        assert_eq!(store.events(s).unwrap().len(), 1, "reading works");
        let err = store.record(s, &note("na")).unwrap_err();
        assert!(matches!(err, RecordsError::ReadOnly), "{err}");
        let err = store.add_patient("Q", None).unwrap_err();
        assert!(matches!(err, RecordsError::ReadOnly), "{err}");
    } else {
        let err = Store::open(&data).unwrap_err();
        assert!(
            matches!(err, RecordsError::ReadOnly | RecordsError::Io { .. }),
            "{err}"
        );
    }
    let nl = Localizer::new(Language::Nl);
    assert!(RecordsError::ReadOnly.message(&nl).contains("alleen-lezen"));
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    let store = Store::open(&data).unwrap();
    assert_eq!(store.session_state(s).unwrap().note, "voor alleen-lezen");
}

#[test]
fn random_bytes_are_refused_as_corrupt_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let mut bytes = vec![0u8; 8192];
    getrandom::fill(&mut bytes).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, RecordsError::Corrupt), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    let en = Localizer::new(Language::En);
    assert!(err.message(&en).contains("damaged"));
}

#[test]
fn a_truncated_database_is_refused_as_corrupt_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        let p = store.add_patient("P", None).unwrap();
        let s = store.start_session(p, &start("knie")).unwrap();
        for i in 0..200 {
            store
                .record(s, &note(&format!("{i} {}", "x".repeat(500))))
                .unwrap();
        }
    }
    let path = dir.path().join(DATABASE_FILE);
    let full = std::fs::read(&path).unwrap();
    assert!(full.len() > 20 * 4096, "{} bytes", full.len());
    let truncated = &full[..full.len() / 2];
    std::fs::write(&path, truncated).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, RecordsError::Corrupt), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), truncated);
}

#[test]
fn disk_full_is_a_clear_error_and_earlier_events_survive() {
    let dir = tempfile::tempdir().unwrap();
    let s = {
        let mut store = Store::open(dir.path()).unwrap();
        let p = store.add_patient("P", None).unwrap();
        let s = store.start_session(p, &start("knie")).unwrap();
        store
            .record(s, &note("bewaard voor de schijf vol was"))
            .unwrap();
        // No more pages than the file has now: the next page needed fails with SQLITE_FULL.
        let pages: i64 = store
            .conn()
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        store
            .conn()
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .unwrap();
        let big = "y".repeat(20_000);
        let err = store.record(s, &note(&big)).unwrap_err();
        assert!(matches!(err, RecordsError::DiskFull), "{err}");
        assert!(err.message(&Localizer::new(Language::Nl)).contains("vol"));
        // Still usable for what fits.
        assert_eq!(store.events(s).unwrap().len(), 1);
        s
    };
    let store = Store::open(dir.path()).unwrap();
    let events = store.events(s).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].event, note("bewaard voor de schijf vol was"));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        RecordsError::Sqlite(rusqlite::Error::InvalidQuery),
        RecordsError::Io {
            path: "/x".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        },
        RecordsError::NewerSchema {
            found: 9,
            supported: 2,
        },
        RecordsError::InUse {
            lock: "/x/keuzehulp.lock".into(),
        },
        RecordsError::ReadOnly,
        RecordsError::DiskFull,
        RecordsError::Corrupt,
        RecordsError::EmptyLabel,
        RecordsError::LabelTooLong { chars: 61, max: 60 },
        RecordsError::LabelLooksLikeBsn,
        RecordsError::DuplicateLabel { label: "A".into() },
        RecordsError::BirthYearOutOfRange {
            year: 1800,
            min: 1900,
            max: 2026,
        },
        RecordsError::UnknownPatient(PatientId(3)),
        RecordsError::UnknownSession(SessionId(4)),
        RecordsError::BadEvent {
            id: 5,
            source: serde_json::from_str::<u8>("x").unwrap_err(),
        },
        RecordsError::NotABackup { path: "/b".into() },
    ];
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        for e in &errors {
            let text = e.message(&l10n);
            assert!(
                !text.contains('[') && !text.contains('{'),
                "{language:?}: {text}"
            );
        }
    }
    let nl = Localizer::new(Language::Nl);
    assert!(errors[11].message(&nl).contains("1800"));
    assert!(errors[11].message(&nl).contains("2026"));
}

// --- backups ----------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn backups_are_owner_only_and_only_the_newest_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store.add_patient("P", None).unwrap();
    let mut made = Vec::new();
    for _ in 0..KEEP_BACKUPS + 3 {
        made.push(store.backup_now().unwrap());
    }
    let backups = store.backups().unwrap();
    assert_eq!(backups.len(), KEEP_BACKUPS);
    assert_eq!(backups[0].path, *made.last().unwrap(), "newest first");
    assert!(!made[0].exists() && !made[2].exists() && made[3].exists());
    for b in &backups {
        let mode = std::fs::metadata(&b.path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", b.path.display());
        assert!(b.bytes > 0);
        assert!(b
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("keuzehulp-"));
    }
    // A backup is a complete database on its own (no WAL beside it).
    let conn = Connection::open(&backups[0].path).unwrap();
    let label: String = conn
        .query_row("SELECT label FROM patient", [], |r| r.get(0))
        .unwrap();
    assert_eq!(label, "P");
}

#[test]
fn restore_brings_back_a_backup_and_saves_the_current_file_first() {
    let dir = tempfile::tempdir().unwrap();
    let (backup, s) = {
        let mut store = Store::open(dir.path()).unwrap();
        let p = store.add_patient("Voor", None).unwrap();
        let s = store.start_session(p, &start("knie")).unwrap();
        store.record(s, &note("in de kopie")).unwrap();
        let backup = store.backup_now().unwrap();
        store.record(s, &note("na de kopie")).unwrap();
        store.add_patient("Na", None).unwrap();
        // While the store is open, restore is refused.
        assert!(matches!(
            Store::restore(dir.path(), &backup),
            Err(RecordsError::InUse { .. })
        ));
        (backup, s)
    };
    let saved = Store::restore(dir.path(), &backup).unwrap().unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.patients().unwrap().len(), 1);
    assert_eq!(store.session_state(s).unwrap().note, "in de kopie");
    // The file that was replaced is a backup now, with everything it had.
    let conn = Connection::open(&saved).unwrap();
    let patients: i64 = conn
        .query_row("SELECT count(*) FROM patient", [], |r| r.get(0))
        .unwrap();
    assert_eq!(patients, 2);
    assert!(store.backups().unwrap().iter().any(|b| b.path == saved));
}

#[test]
fn restore_refuses_what_is_not_a_keuzehulp_database_of_this_build() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = Store::open(&data).unwrap();
        store.add_patient("Blijft", None).unwrap();
    }
    let before = std::fs::read(data.join(DATABASE_FILE)).unwrap();
    let other = dir.path().join("other.sqlite3");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE foo (x); PRAGMA user_version = 2;")
        .unwrap();
    let newer = dir.path().join("newer.sqlite3");
    {
        let conn = Connection::open(&newer).unwrap();
        conn.execute_batch(migrations::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "application_id", migrations::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let noise = dir.path().join("noise.sqlite3");
    std::fs::write(&noise, [7u8; 5000]).unwrap();
    for (file, newer_schema) in [
        (&other, false),
        (&newer, true),
        (&noise, false),
        (&dir.path().join("absent"), false),
    ] {
        let err = Store::restore(&data, file).unwrap_err();
        if newer_schema {
            assert!(
                matches!(err, RecordsError::NewerSchema { found: 99, .. }),
                "{err}"
            );
        } else {
            assert!(
                matches!(&err, RecordsError::NotABackup { path } if path == file),
                "{err}"
            );
        }
    }
    assert_eq!(std::fs::read(data.join(DATABASE_FILE)).unwrap(), before);
    assert_eq!(
        Store::open(&data).unwrap().patients().unwrap()[0].label,
        "Blijft"
    );
}
