//! The "take it home" round trip on real SQLite files in temporary folders: a clinic and a
//! home installation, each with its own data folder and sealing key.

use std::path::Path;

use chrono::Utc;
use keuzehulp::export::home_file::{
    self, digest_of, home_changes_screen, ExportKind, HomeFile, HomeFileError, Opened, SealKey,
    FORMAT, OLD_FORMAT,
};
use keuzehulp::files::Kind;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::records::{SessionId, SessionStart, Store};
use keuzehulp::session::{Choice, Mode, SessionEvent, SureItem};
use serde_json::Value;

fn library() -> Library {
    Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap())
}

fn lookup_in(
    library: &Library,
) -> impl Fn(&str) -> Option<(keuzehulp::content::OptionGrid, String)> + '_ {
    |id| library.get(id).map(|e| (e.grid.clone(), e.sha256.clone()))
}

struct Place {
    dir: tempfile::TempDir,
    store: Store,
    key: SealKey,
}

fn place() -> Place {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let key = home_file::installation_key(dir.path()).unwrap();
    Place { dir, store, key }
}

/// A consultation at the clinic: a row marked, an aspect rated.
fn consultation(clinic: &mut Place, library: &Library, label: &str) -> SessionId {
    let entry = library.get("liesbreuk").unwrap();
    let patient = clinic.store.add_patient(label, None).unwrap();
    let session = clinic
        .store
        .start_session(patient, &SessionStart::pinned_to(entry, Mode::Consultation))
        .unwrap();
    for event in [
        SessionEvent::ModeChosen {
            mode: Mode::Consultation,
        },
        SessionEvent::RowMarked {
            question: "vastzitten".into(),
            marked: true,
        },
        SessionEvent::ImportanceRated {
            aspect: "vastzitten".into(),
            importance: 2,
        },
    ] {
        clinic.store.record(session, &event).unwrap();
    }
    session
}

fn home_answers() -> Vec<SessionEvent> {
    vec![
        SessionEvent::StepOpened {
            step: keuzehulp::session::Step::Values,
        },
        SessionEvent::ImportanceRated {
            aspect: "vastzitten".into(),
            importance: 4,
        },
        SessionEvent::NoteWritten {
            text: "Ik til veel op mijn werk.".into(),
        },
        SessionEvent::ChoiceMade {
            choice: Choice::Option("operatie".into()),
        },
        SessionEvent::SureAnswered {
            item: SureItem::Sure,
            yes: true,
        },
    ]
}

/// Clinic exports, home opens and answers, home exports back: the returning file.
fn round_trip(library: &Library) -> (Place, SessionId, HomeFile, Place) {
    let lookup = lookup_in(library);
    let mut clinic = place();
    let session = consultation(&mut clinic, library, "pat-12");
    let out = home_file::session_file(&clinic.store, session, &clinic.key, Utc::now()).unwrap();
    let out = HomeFile::parse(&out.to_text()).unwrap();
    let mut home = place();
    let Opened::Home {
        session: at_home,
        existing,
    } = home_file::open_file(&mut home.store, &out, &home.key, &lookup, None).unwrap()
    else {
        panic!("a clinic file opens as a home session elsewhere");
    };
    assert!(!existing);
    let state = home.store.session_state(at_home).unwrap();
    assert_eq!(state.mode, Mode::Home);
    assert!(
        state.marked_rows.contains("vastzitten"),
        "the consultation's answers came along"
    );
    assert_eq!(state.importance["vastzitten"], 2);
    for event in home_answers() {
        home.store.record(at_home, &event).unwrap();
    }
    let back = home_file::session_file(&home.store, at_home, &home.key, Utc::now()).unwrap();
    let back = HomeFile::parse(&back.to_text()).unwrap();
    (clinic, session, back, home)
}

#[test]
fn answers_from_home_are_appended_once_and_marked_as_from_home() {
    let library = library();
    let lookup = lookup_in(&library);
    let (mut clinic, session, back, _home) = round_trip(&library);
    assert_eq!(
        back.home_events().len(),
        4,
        "answers only, no navigation: {:?}",
        back.home_events()
    );
    let before = clinic.store.events(session).unwrap();

    let Opened::Clinic(merged) = home_file::open_file(
        &mut clinic.store,
        &back,
        &clinic.key,
        &lookup,
        Some("pat-12"),
    )
    .unwrap() else {
        panic!("the returning file merges at the clinic");
    };
    assert_eq!(merged.added.len(), 4);
    let after = clinic.store.events(session).unwrap();
    assert_eq!(
        &after[..before.len()],
        &before[..],
        "history is not rewritten"
    );
    assert_eq!(after.len(), before.len() + 4);
    let state = clinic.store.session_state(session).unwrap();
    assert_eq!(state.importance["vastzitten"], 4);
    assert_eq!(state.note, "Ik til veel op mijn werk.");
    assert_eq!(state.choice, Some(Choice::Option("operatie".into())));
    assert_eq!(
        state.mode,
        Mode::Consultation,
        "the clinic's session stays a consultation"
    );
    let from_home = home_file::home_events(&clinic.store, session).unwrap();
    let ids: Vec<i64> = from_home.iter().map(|h| h.event_id).collect();
    let new_ids: Vec<i64> = after[before.len()..].iter().map(|e| e.id).collect();
    assert_eq!(ids, new_ids);

    let nl = Localizer::new(Language::Nl);
    let screen = home_changes_screen(&merged, &nl);
    let texts: Vec<&str> = screen.changes.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(screen.changes.len(), 4, "{texts:?}");
    assert!(texts[0].contains("Heel belangrijk"), "{texts:?}");
    assert!(texts[1].contains("Ik til veel op mijn werk."), "{texts:?}");
    assert!(texts[2].contains("Keuze"), "{texts:?}");
    assert!(screen.status.contains('4'), "{}", screen.status);

    // The same file again: nothing changes, and the screen says so.
    let Opened::Clinic(again) =
        home_file::open_file(&mut clinic.store, &back, &clinic.key, &lookup, None).unwrap()
    else {
        panic!()
    };
    assert!(again.added.is_empty());
    assert_eq!(again.already, 4);
    assert_eq!(clinic.store.events(session).unwrap().len(), after.len());
    assert!(home_changes_screen(&again, &nl)
        .status
        .contains("al eerder"));
}

#[test]
fn a_later_export_from_home_adds_only_what_is_new() {
    let library = library();
    let lookup = lookup_in(&library);
    let (mut clinic, session, first, home) = round_trip(&library);
    home_file::import_at_clinic(&mut clinic.store, &first, &clinic.key, &lookup, None).unwrap();
    // Opening the same file at home again continues the same session.
    let mut home = home;
    let out = home_file::session_file(&clinic.store, session, &clinic.key, Utc::now()).unwrap();
    let (at_home, _) = home_file::open_at_home(&mut home.store, &first, &lookup, None).unwrap();
    let (again, existing) =
        home_file::open_at_home(&mut home.store, &first, &lookup, None).unwrap();
    assert!(existing);
    assert_eq!(at_home, again);
    drop(out);
    home.store
        .record(
            at_home,
            &SessionEvent::SureAnswered {
                item: SureItem::Support,
                yes: false,
            },
        )
        .unwrap();
    let second = home_file::session_file(&home.store, at_home, &home.key, Utc::now()).unwrap();
    let merged =
        home_file::import_at_clinic(&mut clinic.store, &second, &clinic.key, &lookup, None)
            .unwrap();
    assert_eq!(merged.already, 4);
    assert_eq!(merged.added.len(), 1);
}

fn refused(
    text: &str,
    clinic: &mut Place,
    library: &Library,
    chosen: Option<&str>,
) -> HomeFileError {
    let lookup = lookup_in(library);
    let count = |store: &Store| store.events(SessionId(1)).map(|e| e.len()).unwrap_or(0);
    let before = count(&clinic.store);
    let result = HomeFile::parse(text).and_then(|file| {
        home_file::open_file(&mut clinic.store, &file, &clinic.key, &lookup, chosen)
    });
    assert_eq!(
        count(&clinic.store),
        before,
        "nothing recorded on a refusal"
    );
    match result {
        Err(e) => e,
        Ok(_) => panic!("accepted: {text}"),
    }
}

/// The file with the digest recomputed, as anyone can: the clinic's seal still covers
/// `exported`.
fn reseal(value: &Value) -> String {
    let mut v = value.clone();
    let field = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
    let digest = digest_of(
        &field("format"),
        &field("exported"),
        &field("seal"),
        &field("home_events"),
    );
    v["digest"] = digest.into();
    v.to_string()
}

/// Change the JSON text held in `field` (`exported` or `home_events`).
fn edit(v: &mut Value, field: &str, change: impl FnOnce(&mut Value)) {
    let mut inner: Value = serde_json::from_str(v[field].as_str().unwrap()).unwrap();
    change(&mut inner);
    v[field] = inner.to_string().into();
}

#[test]
fn bad_files_are_refused_with_a_plain_reason_and_nothing_changes() {
    let library = library();
    let nl = Localizer::new(Language::Nl);
    let (mut clinic, _session, back, _home) = round_trip(&library);
    let good: serde_json::Value = serde_json::from_str(&back.to_text()).unwrap();

    // Broken JSON, with line and column.
    let broken = back.to_text().replacen("\"seal\"", "\"seal\" x", 1);
    let e = refused(&broken, &mut clinic, &library, None);
    let HomeFileError::Json { line, .. } = e else {
        panic!("{e:?}")
    };
    assert!(line > 1);
    assert!(
        e.message(&nl).contains(&format!("regel {line}")),
        "{}",
        e.message(&nl)
    );

    // Unknown format or version.
    let mut v = good.clone();
    v["format"] = "keuzehulp-sessie/3".into();
    let e = refused(&v.to_string(), &mut clinic, &library, None);
    assert!(
        matches!(e, HomeFileError::UnknownFormat(ref f) if f == "keuzehulp-sessie/3"),
        "{e:?}"
    );
    assert!(e.message(&nl).contains(FORMAT));
    let mut v = good.clone();
    v.as_object_mut().unwrap().remove("format");
    assert!(matches!(
        refused(&v.to_string(), &mut clinic, &library, None),
        HomeFileError::UnknownFormat(_)
    ));

    // Damaged: a changed answer without a new digest.
    let mut v = good.clone();
    edit(&mut v, "home_events", |h| {
        h[0]["event"]["importance"] = 0.into()
    });
    assert!(matches!(
        refused(&v.to_string(), &mut clinic, &library, None),
        HomeFileError::Damaged
    ));

    // Tampered: the clinic's part changed, even with a fresh digest.
    let mut v = good.clone();
    edit(&mut v, "exported", |x| {
        x["events"][1]["event"]["marked"] = false.into()
    });
    let e = refused(&reseal(&v), &mut clinic, &library, None);
    assert!(matches!(e, HomeFileError::Tampered), "{e:?}");
    assert!(e.message(&nl).contains("veranderd"));
    let mut v = good.clone();
    edit(&mut v, "exported", |x| x["patient_label"] = "pat-13".into());
    assert!(matches!(
        refused(&reseal(&v), &mut clinic, &library, None),
        HomeFileError::Tampered
    ));

    // Another patient than the one chosen.
    let e = refused(&back.to_text(), &mut clinic, &library, Some("pat-99"));
    assert!(matches!(e, HomeFileError::OtherPatient { .. }), "{e:?}");
    assert!(e.message(&nl).contains("pat-99") && e.message(&nl).contains("pat-12"));

    // Content the app does not have: an app without that grid, or another hash.
    let empty = |_: &str| None;
    let e = home_file::open_file(&mut clinic.store, &back, &clinic.key, &empty, None).unwrap_err();
    assert!(matches!(e, HomeFileError::UnknownContent { .. }), "{e:?}");
    let other_hash = |id: &str| library.get(id).map(|e| (e.grid.clone(), "0".repeat(64)));
    let e =
        home_file::open_file(&mut clinic.store, &back, &clinic.key, &other_hash, None).unwrap_err();
    assert!(matches!(e, HomeFileError::UnknownContent { .. }), "{e:?}");

    // An answer that does not fit the grid (forged at home, with a fresh digest).
    let mut v = good.clone();
    edit(&mut v, "home_events", |h| {
        h[0]["event"]["aspect"] = "bestaat-niet".into()
    });
    let e = refused(&reseal(&v), &mut clinic, &library, None);
    assert!(matches!(e, HomeFileError::Event(_)), "{e:?}");

    // Shape: JSON of the right format but a field of the wrong kind.
    let mut v = good.clone();
    v["home_events"] = 5.into();
    assert!(matches!(
        refused(&v.to_string(), &mut clinic, &library, None),
        HomeFileError::Shape { .. }
    ));

    // A file for content this home app does not have, opened at home.
    let mut home = place();
    let e = home_file::open_file(&mut home.store, &back, &home.key, &empty, None).unwrap_err();
    assert!(matches!(e, HomeFileError::UnknownContent { .. }));
    assert!(
        home.store.patients().unwrap().is_empty(),
        "nothing made at home on a refusal"
    );
}

#[test]
fn the_seal_key_is_private_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = home_file::installation_key(dir.path()).unwrap();
    let b = home_file::installation_key(dir.path()).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join(home_file::KEY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn saving_goes_to_the_folder_or_says_why_not() {
    let library = library();
    let mut clinic = place();
    let session = consultation(&mut clinic, &library, "pat 12/a");
    let grid = &library.get("liesbreuk").unwrap().grid;
    let nl = Localizer::new(Language::Nl);
    let out = tempfile::tempdir().unwrap();
    let save = |kind, folder: &Path| {
        home_file::save_export(
            &clinic.store,
            session,
            grid,
            kind,
            folder,
            &clinic.key,
            &nl,
            Utc::now(),
        )
    };
    let pdf = save(ExportKind::Summary, out.path()).unwrap();
    let name = pdf.path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("liesbreuk-pat-12-a-") && name.ends_with("-samenvatting.pdf"),
        "{name}"
    );
    assert!(std::fs::read(&pdf.path).unwrap().starts_with(b"%PDF"));
    assert!(pdf.message.contains(&pdf.path.display().to_string()));
    let again = save(ExportKind::Summary, out.path()).unwrap();
    assert_ne!(again.path, pdf.path, "an existing file is not overwritten");
    let fhir = save(ExportKind::Fhir, out.path()).unwrap();
    let bundle: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&fhir.path).unwrap()).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    let file = save(ExportKind::SessionFile, out.path()).unwrap();
    HomeFile::parse(&std::fs::read_to_string(&file.path).unwrap()).unwrap();

    let missing = out.path().join("bestaat-niet");
    let e = save(ExportKind::Summary, &missing).unwrap_err();
    assert!(matches!(e, HomeFileError::FolderMissing(_)));
    assert!(e.message(&nl).contains("bestaat niet"));
    let e = save(ExportKind::Summary, Path::new("  ")).unwrap_err();
    assert!(matches!(e, HomeFileError::NoFolder));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = out.path().join("dicht");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        if std::fs::write(locked.join("probe"), b"x").is_err() {
            let e = save(ExportKind::Summary, &locked).unwrap_err();
            assert!(matches!(e, HomeFileError::NotWritable { .. }), "{e:?}");
            assert!(e.message(&nl).contains("kan niets worden opgeslagen"));
        } else {
            // Root writes through permission bits: this case cannot be made here.
            eprintln!("SKIPPED: a read-only folder is writable for this user (root)");
        }
    }
    drop(clinic.dir);
}

/// The seal covers the exact bytes of the exported part as stored: the file may be re-formatted
/// around it (a JSON tool, another indentation) and still opens, but one changed byte inside it,
/// whitespace included, is a changed export, even with a fresh digest.
#[test]
fn the_seal_covers_the_exact_bytes_of_the_exported_part() {
    let library = library();
    let lookup = lookup_in(&library);
    let (mut clinic, session, back, _home) = round_trip(&library);
    let good: Value = serde_json::from_str(&back.to_text()).unwrap();

    // Re-formatted around the sealed text: compact, and with other whitespace.
    let compact = good.to_string();
    assert_ne!(compact, back.to_text());
    let spaced = serde_json::to_string_pretty(&good)
        .unwrap()
        .replace("\n  ", "\n\t");
    for text in [compact, spaced] {
        let file = HomeFile::parse(&text).unwrap();
        assert_eq!(file.exported_text(), back.exported_text());
        file.check_seal(&clinic.key).unwrap();
    }
    let reformatted = HomeFile::parse(&good.to_string()).unwrap();
    let merged =
        home_file::import_at_clinic(&mut clinic.store, &reformatted, &clinic.key, &lookup, None)
            .unwrap();
    assert_eq!(merged.added.len(), 4);
    assert_eq!(merged.session, session);

    // The same values, but one space more inside the sealed text: no longer the clinic's.
    let exported = good["exported"].as_str().unwrap();
    let same_values: Value = serde_json::from_str(exported).unwrap();
    let mut v = good.clone();
    v["exported"] = exported.replacen(',', ", ", 1).into();
    assert_eq!(
        serde_json::from_str::<Value>(v["exported"].as_str().unwrap()).unwrap(),
        same_values
    );
    let e = refused(&reseal(&v), &mut clinic, &library, None);
    assert!(matches!(e, HomeFileError::Tampered), "{e:?}");
    // Without a fresh digest it is damage.
    assert!(matches!(
        HomeFile::parse(&v.to_string()),
        Err(HomeFileError::Damaged)
    ));
}

/// Files of format 1 (sealed over a re-serialisation) are refused with a message that says
/// what to do; nothing is recorded.
#[test]
fn a_file_of_the_old_format_is_refused_with_what_to_do() {
    let library = library();
    let (mut clinic, _session, back, _home) = round_trip(&library);
    let mut v: Value = serde_json::from_str(&back.to_text()).unwrap();
    v["format"] = OLD_FORMAT.into();
    let e = refused(&v.to_string(), &mut clinic, &library, None);
    assert!(matches!(e, HomeFileError::OldFormat), "{e:?}");
    let nl = Localizer::new(Language::Nl);
    assert!(
        e.message(&nl).contains("nieuw sessiebestand"),
        "{}",
        e.message(&nl)
    );
}

/// A session file larger than its limit is refused before it is parsed, with a message that
/// names the file, its size and the limit; nothing is recorded at home.
#[test]
fn an_oversized_session_file_is_refused_and_nothing_is_recorded() {
    let library = library();
    let (_clinic, _session, back, _home) = round_trip(&library);
    let home = place();
    let before = std::fs::read(home.store.path()).unwrap();
    let path = home.dir.path().join("groot.json");
    let mut text = back.to_text().into_bytes();
    text.resize(Kind::SessionFile.limit() as usize + 1, b' ');
    std::fs::write(&path, &text).unwrap();
    let e = home_file::read_file(&path).unwrap_err();
    assert!(matches!(e, HomeFileError::Read(_)), "{e:?}");
    let message = e.message(&Localizer::new(Language::Nl));
    assert!(message.contains("groot.json"), "{message}");
    assert!(message.contains(&text.len().to_string()), "{message}");
    assert!(
        message.contains(&Kind::SessionFile.limit().to_string()),
        "{message}"
    );
    assert!(home.store.patients().unwrap().is_empty());
    assert_eq!(std::fs::read(home.store.path()).unwrap(), before);
}

/// Opening a session file at home makes patient, session and events in one transaction: when
/// the last step fails, nothing of it is left; opening it again afterwards makes one session.
#[test]
fn opening_at_home_is_all_or_nothing() {
    let library = library();
    let lookup = lookup_in(&library);
    let mut clinic = place();
    let session = consultation(&mut clinic, &library, "pat-21");
    let out = home_file::session_file(&clinic.store, session, &clinic.key, Utc::now()).unwrap();
    let mut home = place();
    // The last write of the opening fails (a trigger in the real file).
    let db = home.store.path().to_owned();
    let side = rusqlite::Connection::open(&db).unwrap();
    side.execute_batch(
        "CREATE TRIGGER fail_home BEFORE INSERT ON home_session
         BEGIN SELECT RAISE(ABORT, 'test: the disk is full'); END;",
    )
    .unwrap();
    let e = home_file::open_at_home(&mut home.store, &out, &lookup, None).unwrap_err();
    assert!(matches!(e, HomeFileError::Records(_)), "{e:?}");
    let rows = |table: &str| -> i64 {
        side.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    for table in ["patient", "session", "event", "home_session"] {
        assert_eq!(rows(table), 0, "{table} after a failed opening");
    }
    side.execute_batch("DROP TRIGGER fail_home").unwrap();
    let (first, existing) = home_file::open_at_home(&mut home.store, &out, &lookup, None).unwrap();
    assert!(!existing);
    let (again, existing) = home_file::open_at_home(&mut home.store, &out, &lookup, None).unwrap();
    assert!(existing && again == first);
    assert_eq!((rows("patient"), rows("session")), (1, 1));
}
