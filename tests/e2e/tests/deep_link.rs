//! End to end: `keuzehulp://` links in the real window. A link on the command line opens the
//! decision for the patient at the first step; a second process started with a link (as the
//! desktop does for a click in the patient record) hands it to the running window over the
//! D-Bus session bus and exits; an unfinished session is offered to continue; bad links say
//! why and leave the records file as it was.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::Client;
use keuzehulp_e2e::page::{click, on_step, open_app, screenshot, script, text};
use keuzehulp_e2e::{app_binary, Harness};

/// Rows of the patient, session and event tables, read from the SQLite file directly.
fn counts(data_dir: &Path) -> (i64, i64, i64) {
    let db = data_dir.join(keuzehulp::records::DATABASE_FILE);
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("open the records read-only");
    conn.query_row(
        "SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM session), \
         (SELECT count(*) FROM event)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("count the records")
}

/// The labels of the patients in the records.
fn patients(data_dir: &Path) -> Vec<String> {
    let db = data_dir.join(keuzehulp::records::DATABASE_FILE);
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the records read-only");
    let mut stmt = conn
        .prepare("SELECT label FROM patient ORDER BY id")
        .expect("query");
    stmt.query_map([], |r| r.get(0))
        .expect("labels")
        .map(|l| l.expect("label"))
        .collect()
}

/// The pids of the app running on `data_dir`, and the D-Bus session bus it is on.
fn running_app(data_dir: &Path) -> (Vec<i32>, String) {
    let binary = app_binary();
    let wanted = format!("KEUZEHULP_DATA_DIR={}", data_dir.display());
    let (mut pids, mut bus) = (Vec::new(), None);
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        if std::fs::read_link(entry.path().join("exe")).ok().as_deref() != Some(&binary) {
            continue;
        }
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        let vars: Vec<&[u8]> = environ.split(|b| *b == 0).collect();
        if vars.contains(&wanted.as_bytes()) {
            pids.push(pid);
            bus = vars.iter().find_map(|v| {
                std::str::from_utf8(v)
                    .ok()?
                    .strip_prefix("DBUS_SESSION_BUS_ADDRESS=")
                    .map(str::to_owned)
            });
        }
    }
    (
        pids,
        bus.expect("the running app is on a D-Bus session bus"),
    )
}

/// Start a second app process with `link`, as the desktop does, on the running app's display,
/// bus and data folder; it must hand the link over and exit.
fn hand_over(harness: &Harness, link: &str) {
    let data_dir = harness.data_dir.path();
    let (before, bus) = running_app(data_dir);
    assert_eq!(before.len(), 1, "one app runs on this data folder");
    let mut second = Command::new(app_binary())
        .arg(link)
        .env("DISPLAY", &harness.display)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env("KEUZEHULP_DATA_DIR", data_dir)
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start a second app process");
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = second.try_wait().expect("second process") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            let _ = second.wait();
            panic!("the second process did not hand its link over and exit within 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "second process: {status}");
    assert_eq!(running_app(data_dir).0, before, "still the one first app");
}

/// Wait until the consultation on `grid` shows step `step` in `mode`.
async fn on_session(client: &Client, grid: &str, step: &str, mode: &str) {
    on_step(client, step).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = script(
            client,
            "const c = document.querySelector('.consultation'); \
             return c ? [c.dataset.grid, document.body.dataset.mode] : null",
            vec![],
        )
        .await;
        if now == serde_json::json!([grid, mode]) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "expected {grid} in {mode}, screen shows {now}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Wait until the refusal on screen contains `expected`.
async fn refused_with(client: &Client, expected: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let shown = script(
            client,
            "const m = document.getElementById('link-refused-message'); return m ? m.innerText : ''",
            vec![],
        )
        .await;
        let shown = shown.as_str().unwrap_or_default().to_owned();
        if shown.contains(expected) {
            return shown;
        }
        assert!(
            Instant::now() < deadline,
            "expected a refusal with {expected:?}, screen shows {shown:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_at_start_opens_the_decision_for_the_patient_at_the_first_step() {
    let harness = Harness::start();
    let link = "keuzehulp://open?keuzekaart=liesbreuk&patient=P-17&modus=spreekkamer&taal=en";
    let client = open_app(&harness, &[link]).await;
    on_session(&client, "liesbreuk", "choice", "consultation").await;
    let lang = script(&client, "return document.documentElement.lang", vec![]).await;
    assert_eq!(lang, "en", "the link's language");
    let condition = text(&client, "#condition-name").await;
    assert!(condition.contains("hernia"), "{condition}");
    screenshot(&client, "link-1-at-start").await;
    assert_eq!(patients(harness.data_dir.path()), ["P-17"]);
    let (_, sessions, events) = counts(harness.data_dir.path());
    assert_eq!(sessions, 1);
    assert!(events >= 2, "the first events are recorded: {events}");
    client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_process_hands_its_link_to_the_running_window() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    assert_eq!(
        script(
            &client,
            "return !!document.getElementById('conditions')",
            vec![]
        )
        .await,
        serde_json::Value::Bool(true),
        "the start screen first"
    );
    let link = "keuzehulp://open?keuzekaart=knie&patient=Thuis-2&modus=thuis";
    hand_over(&harness, link);
    on_session(&client, "knie", "choice", "home").await;
    screenshot(&client, "link-2-second-process").await;
    assert_eq!(patients(harness.data_dir.path()), ["Thuis-2"]);

    // On to the next step, then the same link again: the unfinished session is offered.
    click(&client, "#next").await;
    on_step(&client, "options").await;
    let before = counts(harness.data_dir.path());
    hand_over(&harness, link);
    let offer = text(&client, "#link-offer-text").await;
    assert!(offer.contains("Thuis-2"), "{offer}");
    assert_eq!(
        counts(harness.data_dir.path()),
        before,
        "offering writes nothing"
    );
    screenshot(&client, "link-3-offer-to-continue").await;
    click(&client, "#link-continue").await;
    on_session(&client, "knie", "options", "home").await;
    assert_eq!(
        counts(harness.data_dir.path()).1,
        1,
        "continued, not begun anew"
    );

    // Once more, and this time a new session.
    hand_over(&harness, link);
    text(&client, "#link-offer-text").await;
    click(&client, "#link-new").await;
    on_session(&client, "knie", "choice", "home").await;
    assert_eq!(counts(harness.data_dir.path()).1, 2, "a second session");
    client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_links_say_why_and_record_nothing() {
    let harness = Harness::start();
    let dir = harness.data_dir.path();
    let client = open_app(
        &harness,
        &["keuzehulp://open?keuzekaart=liesbreuk&patient=111222333&modus=spreekkamer"],
    )
    .await;
    let shown = refused_with(&client, "burgerservicenummer").await;
    assert!(shown.contains("niets bewaard"), "{shown}");
    screenshot(&client, "link-4-refused-bsn").await;
    assert_eq!(
        counts(dir),
        (0, 0, 0),
        "a refused link at start records nothing"
    );

    // A patient with a session, so that "unchanged" means something.
    hand_over(
        &harness,
        "keuzehulp://open?keuzekaart=knie&patient=P-1&modus=spreekkamer",
    );
    on_session(&client, "knie", "choice", "consultation").await;
    let before = counts(dir);
    for (link, expected) in [
        (
            "keuzehulp://open?keuzekaart=bestaat-niet&patient=P-1&modus=spreekkamer",
            "bestaat-niet",
        ),
        (
            "keuzehulp://open?keuzekaart=knie&patient=123456789&modus=spreekkamer",
            "9 cijfers",
        ),
        (
            "keuzehulp://open?keuzekaart=knie&patient=P-1&modus=spreekkamer&bsn=111222333",
            "\"bsn\"",
        ),
        ("keuzehulp://open?keuzekaart=knie&patient=P-1", "\"modus\""),
        (
            "keuzehulp://open?klacht=zzqqxx&patient=P-1&modus=thuis",
            "zzqqxx",
        ),
    ] {
        hand_over(&harness, link);
        refused_with(&client, expected).await;
        assert_eq!(counts(dir), before, "{link} recorded something");
    }
    screenshot(&client, "link-5-refused-running").await;
    assert_eq!(patients(dir), ["P-1"]);
    client.close().await.expect("close");
}
