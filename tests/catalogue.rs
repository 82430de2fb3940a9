//! Installing into the SQLite catalogue: progress counts, cancelling, and `kill -9` in the
//! middle of an install, on a real catalogue file in a temporary directory. Nothing may be
//! half-installed afterwards.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use keuzehulp::bundle::{self, Mode, TrustStore};
use keuzehulp::catalogue::{Catalogue, InstallProgress};
use keuzehulp::library::Library;

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A bundle of the built-in grids, their ids ending in `suffix`.
fn bundle_with_suffix(suffix: &str) -> Vec<u8> {
    let files: Vec<(String, String)> = Library::builtin_files()
        .iter()
        .map(|(name, text)| {
            let id = name.trim_end_matches(".toml");
            let text = text.replacen(
                &format!("id = \"{id}\""),
                &format!("id = \"{id}{suffix}\""),
                1,
            );
            (format!("{id}{suffix}.toml"), text)
        })
        .collect();
    bundle::build("Test", today(), &files, today())
        .expect("builds")
        .0
}

fn install(
    catalogue: &mut Catalogue,
    bytes: &[u8],
    progress: &mut dyn FnMut(InstallProgress) -> bool,
) -> Result<Vec<String>, Vec<&'static str>> {
    catalogue
        .install_bundle_with_progress(
            "b.json",
            bytes,
            None,
            &TrustStore::new(),
            Mode::Authoring,
            today(),
            progress,
        )
        .map_err(|e| e.iter().map(|d| d.code).collect())
}

fn ids(catalogue: &Catalogue) -> Vec<String> {
    let mut ids: Vec<String> = catalogue
        .entries()
        .expect("entries")
        .into_iter()
        .map(|e| e.id)
        .collect();
    ids.sort();
    ids
}

#[test]
fn progress_counts_every_grid_and_cancel_leaves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut catalogue = Catalogue::open(dir.path()).expect("catalogue");
    let mut seen = Vec::new();
    install(&mut catalogue, &bundle_with_suffix(""), &mut |p| {
        seen.push(p);
        true
    })
    .expect("installs");
    let counts: Vec<(usize, usize)> = seen.iter().map(|p| (p.done, p.total)).collect();
    assert_eq!(counts, (1..=8).map(|i| (i, 8)).collect::<Vec<_>>());
    let before = ids(&catalogue);

    let refused = install(&mut catalogue, &bundle_with_suffix("-b"), &mut |p| {
        p.done < 5
    });
    assert_eq!(refused, Err(vec!["catalogue-install-cancelled"]));
    assert_eq!(ids(&catalogue), before);
    assert_eq!(
        catalogue
            .search("breuk", "nl", &[], 50)
            .expect("search")
            .len(),
        3
    );
}

/// Run by [`a_killed_install_leaves_the_catalogue_as_it_was`] in a child process: install a
/// bundle, announce each grid on stdout, and stall after the fourth so the parent can kill it
/// mid-transaction. Does nothing in a normal test run.
#[test]
fn child_process_for_the_kill_test() {
    let Ok(dir) = std::env::var("KEUZEHULP_KILL_TEST_DIR") else {
        return;
    };
    let mut catalogue = Catalogue::open(Path::new(&dir)).expect("catalogue");
    let bytes = bundle_with_suffix("-b");
    let _ = install(&mut catalogue, &bytes, &mut |p| {
        println!("installing {} of {}", p.done, p.total);
        if p.done == 4 {
            std::thread::sleep(std::time::Duration::from_secs(120));
        }
        true
    });
}

#[test]
fn a_killed_install_leaves_the_catalogue_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut catalogue = Catalogue::open(dir.path()).expect("catalogue");
    install(&mut catalogue, &bundle_with_suffix(""), &mut |_| true).expect("installs");
    let before = ids(&catalogue);
    drop(catalogue);

    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "child_process_for_the_kill_test",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("KEUZEHULP_KILL_TEST_DIR", dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .expect("child starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let reached = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line == "installing 4 of 8");
    assert!(reached, "the child got half way");
    child.kill().expect("SIGKILL"); // kill -9: no destructor, no rollback runs
    child.wait().expect("reaped");

    let catalogue = Catalogue::open(dir.path()).expect("reopens after the kill");
    assert_eq!(ids(&catalogue), before, "nothing of the killed install");
    let db = rusqlite::Connection::open(catalogue.path()).expect("file");
    let check: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity check");
    assert_eq!(check, "ok");
    let orphans: i64 = db
        .query_row(
            "SELECT count(*) FROM grid_text WHERE sha256 NOT IN (SELECT sha256 FROM entry)",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(orphans, 0);
    drop(db);

    // The same install, not interrupted, then goes through.
    let mut catalogue = catalogue;
    install(&mut catalogue, &bundle_with_suffix("-b"), &mut |_| true).expect("installs");
    assert_eq!(catalogue.count(), Ok(16));
}

/// A grid file of built-in grid `template` as module `id` of guideline `guideline` at
/// `version`, with `question` as its decision's Dutch question when given.
fn module(template: &str, id: &str, guideline: &str, version: &str) -> (String, String) {
    let (_, text) = Library::builtin_files()
        .iter()
        .find(|(name, _)| name.trim_end_matches(".toml") == template)
        .expect("built-in grid");
    let text = text.replacen(
        &format!("id = \"{template}\""),
        &format!("id = \"{id}\""),
        1,
    );
    let text = format!(
        "{text}\n[guideline]\nid = \"{guideline}\"\nname = \"Richtlijn {guideline}\"\n\
         group = \"Testgroep\"\nversion = \"{version}\"\ndate = 2026-0{}-01\n",
        version.split('.').next().unwrap_or("1")
    );
    (format!("{id}.toml"), text)
}

fn install_files(
    catalogue: &Catalogue,
    files: &[(String, String)],
) -> Result<Vec<String>, Vec<&'static str>> {
    let bytes = bundle::build("Test", today(), files, today())
        .map_err(|e| e.iter().map(|d| d.code).collect::<Vec<_>>())?
        .0;
    catalogue
        .install_bundle(
            "g.json",
            &bytes,
            None,
            &TrustStore::new(),
            Mode::Authoring,
            today(),
        )
        .map_err(|e| e.iter().map(|d| d.code).collect())
}

#[test]
fn a_guidelines_new_version_replaces_all_its_modules_and_an_older_one_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::open(dir.path()).expect("catalogue");
    let v1 = [
        module("knie", "pols-a", "polsbreuken", "1.0"),
        module("liesbreuk", "pols-b", "polsbreuken", "1.0"),
        module("knie", "pols-c", "polsbreuken", "1.0"),
        module("liesbreuk", "heup-a", "heup", "3.2"),
    ];
    install_files(&catalogue, &v1).expect("v1 installs");
    assert_eq!(ids(&catalogue), ["heup-a", "pols-a", "pols-b", "pols-c"]);
    let entry = catalogue.entry("pols-b").unwrap().expect("installed");
    let guideline = entry.guideline.expect("a module of a guideline");
    assert_eq!(
        (guideline.id.as_str(), guideline.version.as_str()),
        ("polsbreuken", "1.0")
    );

    // Version 2 drops pols-c and adds pols-d; the other guideline is left alone.
    let v2 = [
        module("knie", "pols-a", "polsbreuken", "2.0"),
        module("liesbreuk", "pols-b", "polsbreuken", "2.0"),
        module("knie", "pols-d", "polsbreuken", "2.0"),
    ];
    install_files(&catalogue, &v2).expect("v2 installs");
    assert_eq!(ids(&catalogue), ["heup-a", "pols-a", "pols-b", "pols-d"]);
    assert!(catalogue.entries().unwrap().iter().all(|e| {
        let g = e.guideline.as_ref().expect("guideline");
        g.id == "heup" || g.version == "2.0"
    }));
    // The dropped module is gone from search too.
    let hits = catalogue.search("meniscus", "nl", &[], 50).unwrap();
    let found: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert!(
        found.contains(&"pols-d") && !found.contains(&"pols-c"),
        "{found:?}"
    );

    // Version 1 again: refused, nothing changes.
    let before = ids(&catalogue);
    assert_eq!(
        install_files(&catalogue, &v1[..3]),
        Err(vec!["catalogue-guideline-older"])
    );
    assert_eq!(ids(&catalogue), before);

    // Two versions of one guideline in one bundle: refused, nothing changes.
    let mixed = [
        module("knie", "pols-e", "polsbreuken", "3.0"),
        module("knie", "pols-f", "polsbreuken", "4.0"),
    ];
    assert_eq!(
        install_files(&catalogue, &mixed),
        Err(vec!["catalogue-guideline-mixed"])
    );
    assert_eq!(ids(&catalogue), before);
}

/// A session pins its content by hash: begun on version 1 of a module, it opens version 1
/// after version 2 replaced it, while a new session gets version 2.
#[test]
fn a_session_begun_on_v1_still_opens_v1_after_v2_is_installed() {
    use keuzehulp::consultation;
    use keuzehulp::records::Store;
    use keuzehulp::session::Mode as SessionMode;

    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::open(&dir.path().join("library")).expect("catalogue");
    let mut store = Store::open(dir.path()).expect("records");
    install_files(
        &catalogue,
        &[module("knie", "pols-a", "polsbreuken", "1.0")],
    )
    .unwrap();
    let v1 = catalogue.load("pols-a", today()).expect("v1");
    let opened = consultation::begin(&mut store, &v1, SessionMode::Consultation, "P-1").unwrap();

    let (name, text) = module("knie", "pols-a", "polsbreuken", "2.0");
    let changed = text.replacen("version = \"", "version = \"9", 1);
    install_files(&catalogue, &[(name, changed)]).unwrap();
    let v2 = catalogue.load("pols-a", today()).expect("v2");
    assert_ne!(v2.sha256, v1.sha256);
    assert_eq!(v2.grid.guideline.as_ref().unwrap().version, "2.0");

    let (summary, _) = consultation::resume(&store, opened.session).unwrap();
    let pinned = catalogue
        .load_version("pols-a", &summary.start.content_sha256, today())
        .expect("the version the session began on");
    assert_eq!(pinned.sha256, v1.sha256);
    assert_eq!(pinned.grid, v1.grid);
    // Kept across a reopen of the catalogue, too.
    drop(catalogue);
    let catalogue = Catalogue::open(&dir.path().join("library")).expect("reopens");
    let pinned = catalogue
        .load_version("pols-a", &v1.sha256, today())
        .expect("still there");
    assert_eq!(pinned.grid.version, v1.grid.version);
    assert_eq!(
        catalogue
            .load_version("pols-a", &"0".repeat(64), today())
            .map(|_| ())
            .map_err(|e| e[0].code),
        Err("catalogue-version-unknown")
    );
}

/// A catalogue written by the previous format (no guidelines) opens and is upgraded in place.
#[test]
fn a_format_2_catalogue_is_upgraded_in_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut catalogue = Catalogue::open(dir.path()).expect("catalogue");
    install(&mut catalogue, &bundle_with_suffix(""), &mut |_| true).expect("installs");
    drop(catalogue);
    let db = rusqlite::Connection::open(dir.path().join("catalogue.sqlite")).unwrap();
    db.execute_batch(
        "DROP INDEX entry_guideline; ALTER TABLE entry DROP COLUMN guideline_id; \
         ALTER TABLE entry DROP COLUMN guideline; \
         UPDATE meta SET value = 'keuzekaart-catalogue/2' WHERE key = 'format';",
    )
    .unwrap();
    drop(db);
    let catalogue = Catalogue::open(dir.path()).expect("upgrades");
    assert_eq!(catalogue.count(), Ok(8));
    assert!(catalogue
        .entries()
        .unwrap()
        .iter()
        .all(|e| e.guideline.is_none()));
    install_files(
        &catalogue,
        &[module("knie", "pols-a", "polsbreuken", "1.0")],
    )
    .unwrap();
    assert_eq!(catalogue.count(), Ok(9));
}
