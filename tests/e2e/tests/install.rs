//! End to end: installing a bundle of a few thousand synthetic grids from the window, off its
//! main thread, with a progress bar and counts; Stop leaves the catalogue as it was; an app
//! killed with SIGKILL in the middle of an install (named with `--open`, so the start-up
//! install shows the same progress) opens again with the old catalogue intact.

#[path = "../../../benches/synthetic/mod.rs"]
mod synthetic;

use std::path::{Path, PathBuf};
use std::time::Duration;

use keuzehulp::bundle::{self, SecretKey};
use keuzehulp_e2e::page::{click, count, fill, open_app, screenshot, script, shows};
use keuzehulp_e2e::{app_binary, app_pids, Harness};

/// Grids in the test bundles: `KEUZEHULP_E2E_INSTALL_MODULES`, else enough that the debug
/// build's install takes a while (it checks every grid, about 0.1-0.3 s each unoptimised).
/// With the release app (`KEUZEHULP_APP=target/release/keuzehulp`) run it with 3000.
fn modules() -> usize {
    std::env::var("KEUZEHULP_E2E_INSTALL_MODULES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(240)
}

/// A number as the Dutch screen writes it: 3.000.
fn dutch(n: usize) -> String {
    keuzehulp::language::Language::Nl.whole(n as u64)
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A signed bundle of `modules` synthetic grids whose ids start with `prefix`, in `dir`. The
/// bundle document is written directly (the generated grids pass the checker, see
/// tests/synthetic_library.rs): the app checks every grid when it installs them.
fn signed_bundle(dir: &Path, name: &str, prefix: &str, modules: usize, key: &SecretKey) -> PathBuf {
    let mut grids = Vec::new();
    let mut files = Vec::new();
    for (file, text) in synthetic::library(modules, 100) {
        let id = file.trim_end_matches(".toml").to_owned();
        let text = text.replacen(
            &format!("id = \"{id}\""),
            &format!("id = \"{prefix}{id}\""),
            1,
        );
        let grid: toml::Table = toml::from_str(&text).expect("TOML");
        let file = format!("{prefix}{file}");
        grids.push(bundle::ManifestGrid {
            id: format!("{prefix}{id}"),
            version: grid["version"].as_str().expect("a version").to_owned(),
            file: file.clone(),
            sha256: bundle::sha256_hex(text.as_bytes()),
        });
        files.push(bundle::document::BundleFile { name: file, text });
    }
    let document = bundle::Bundle {
        format: bundle::FORMAT.to_owned(),
        manifest: bundle::Manifest {
            publisher: "Synthetische richtlijnen".to_owned(),
            created: today(),
            grids,
        },
        files,
    };
    let bytes = serde_json::to_vec(&document).expect("JSON");
    let path = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    let signature = key.sign(&bytes, "install e2e").expect("signs");
    std::fs::write(
        dir.join(format!("{name}.minisig")),
        signature.to_file_text(),
    )
    .unwrap();
    path
}

/// The Dutch name of synthetic module `i`, as the start screen shows it.
fn synthetic_name(i: usize) -> String {
    let (_, text) = &synthetic::library(i + 1, 100)[i];
    let grid: toml::Table = toml::from_str(text).expect("TOML");
    grid["condition"]["name"]["nl"]
        .as_str()
        .expect("a Dutch name")
        .to_owned()
}

/// The install panel's state and counts: (`running`/`installed`/`stopped`, done, total).
async fn install_state(client: &fantoccini::Client) -> (String, u64, u64) {
    let js = "const p = document.getElementById('install-panel'); \
              const m = document.getElementById('install-message'); \
              if (!p || p.hidden || !m) return null; \
              return [p.dataset.state, Number(m.dataset.done), Number(m.dataset.total)]";
    let value = script(client, js, vec![]).await;
    match value.as_array() {
        Some(v) => (
            v[0].as_str().unwrap_or_default().to_owned(),
            v[1].as_u64().unwrap_or(0),
            v[2].as_u64().unwrap_or(0),
        ),
        None => (String::new(), 0, 0),
    }
}

/// Wait until the install shows some grids checked, not all: it is under way.
async fn wait_until_under_way(client: &fantoccini::Client) -> (u64, u64) {
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    loop {
        let (state, done, total) = install_state(client).await;
        if state == "running" && done > 0 && done < total {
            return (done, total);
        }
        assert!(
            state != "installed",
            "the install ended before it could be watched"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "no progress shown: {state} {done}/{total}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Wait until the install has ended; returns its final state.
async fn wait_until_ended(client: &fantoccini::Client) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(300);
    loop {
        let (state, _, _) = install_state(client).await;
        if state == "installed" || state == "stopped" {
            return state;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "install did not end: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Ids in the catalogue file, read directly.
fn installed_ids(data_dir: &Path) -> Vec<String> {
    let db = rusqlite::Connection::open(data_dir.join("library").join("catalogue.sqlite"))
        .expect("catalogue file");
    let mut statement = db
        .prepare("SELECT id FROM entry ORDER BY id")
        .expect("query");
    statement
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("ids")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_installs_from_the_window_with_progress_and_stop_or_kill_leave_nothing_half_done()
{
    let harness = Harness::start();
    let files = tempfile::tempdir().unwrap();
    let publisher = SecretKey::generate().expect("random key");
    let trust = harness.data_dir.path().join("trust");
    std::fs::create_dir_all(&trust).unwrap();
    std::fs::write(
        trust.join("synthetisch.pub"),
        publisher.public().to_file_text(),
    )
    .unwrap();
    let modules = modules();
    let first = signed_bundle(files.path(), "richtlijnen.json", "", modules, &publisher);
    let second = signed_bundle(
        files.path(),
        "richtlijnen-b.json",
        "b-",
        modules,
        &publisher,
    );
    let built_in = 8;
    let first_name = synthetic_name(0);

    // From the start screen: the form, a typed path, Install; the bar and counts show.
    let client = open_app(&harness, &[]).await;
    click(&client, "#install-open").await;
    fill(&client, "#install-path", first.to_str().unwrap(), "input").await;
    click(&client, "#install-start").await;
    let (done, total) = wait_until_under_way(&client).await;
    assert_eq!(total, modules as u64);
    let counted = format!("van {} keuzekaarten gecontroleerd", dutch(modules));
    let message = shows(&client, "#install-message", &counted).await;
    assert!(message.ends_with(&counted), "{message}");
    assert!(done >= 1);
    // The window is not blocked: the search answers while the install runs.
    fill(&client, "#search", "meniscus", "input").await;
    shows(&client, "#conditions", "meniscus").await;
    screenshot(&client, "40-install-progress").await;

    // Stop: nothing of the bundle is installed.
    click(&client, "#install-cancel").await;
    assert_eq!(wait_until_ended(&client).await, "stopped");
    shows(&client, "#install-message", "Er is niets veranderd").await;
    screenshot(&client, "41-install-stopped").await;
    assert!(installed_ids(harness.data_dir.path()).is_empty());
    assert_eq!(
        count(&client, "#conditions button.condition").await,
        built_in
    );

    // Again, to the end: every grid is installed and listed.
    click(&client, "#install-open").await;
    fill(&client, "#install-path", first.to_str().unwrap(), "input").await;
    click(&client, "#install-start").await;
    assert_eq!(wait_until_ended(&client).await, "installed");
    let finished = format!("{} keuzekaarten geïnstalleerd", dutch(modules));
    shows(&client, "#install-message", &finished).await;
    assert_eq!(installed_ids(harness.data_dir.path()).len(), modules);
    fill(&client, "#search", &first_name, "input").await;
    shows(&client, "#conditions", &first_name).await;
    screenshot(&client, "42-install-done").await;
    client.close().await.expect("close");
    let before = installed_ids(harness.data_dir.path());

    // Named with --open: the window opens at once and shows the start-up install's progress;
    // the app is killed (SIGKILL) half way.
    let client = open_app(&harness, &["--open", second.to_str().unwrap()]).await;
    wait_until_under_way(&client).await;
    screenshot(&client, "43-start-up-install-progress").await;
    let pids = app_pids(&app_binary(), harness.data_dir.path());
    assert_eq!(pids.len(), 1, "one app process: {pids:?}");
    // SAFETY: kill(2) on the pid of the app this test started.
    unsafe { libc::kill(pids[0], libc::SIGKILL) };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::fs::read_to_string(format!("/proc/{}/stat", pids[0])).is_ok_and(|stat| {
        !stat
            .rsplit_once(')')
            .is_some_and(|(_, r)| r.trim_start().starts_with('Z'))
    }) {
        assert!(
            std::time::Instant::now() < deadline,
            "app still alive after SIGKILL"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = client.close().await;

    // Restarted: the catalogue is as it was before the killed install, and works.
    assert_eq!(
        installed_ids(harness.data_dir.path()),
        before,
        "nothing of the killed install"
    );
    let client = open_app(&harness, &[]).await;
    fill(&client, "#search", &first_name, "input").await;
    shows(&client, "#conditions", &first_name).await;
    fill(&client, "#search", "", "input").await;
    assert!(count(&client, "#conditions button.condition").await > built_in);
    screenshot(&client, "44-after-kill-old-catalogue").await;
    client.close().await.expect("close");
}
