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
