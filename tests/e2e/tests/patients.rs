//! End to end: the patients overview, reading a session back, saving and erasing a patient's
//! data, and the app when its records cannot be opened (a second instance, a damaged file).

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::Client;
use keuzehulp::records::{Store, DATABASE_FILE, LOCK_FILE};
use keuzehulp_e2e::page::{click, fill, on_step, open_app, screenshot, script, scroll_to, shows};
use keuzehulp_e2e::{app_binary, Harness};

/// Try to begin a session on the hernia decision for `label` in the consultation room.
async fn begin(client: &Client, label: &str) {
    click(client, "button.condition[data-id='liesbreuk']").await;
    shows(client, "#begin", "").await;
    fill(client, "#patient", label, "input").await;
    click(client, "#begin-consultation").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_instance_says_it_cannot_save_and_begins_no_session() {
    let harness = Harness::start();
    // The first instance: the real app on the same data folder, started directly.
    let mut first = Command::new(app_binary())
        .env("DISPLAY", &harness.display)
        .env("KEUZEHULP_DATA_DIR", harness.data_dir.path())
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the first instance");
    let lock = harness.data_dir.path().join(LOCK_FILE);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let held = std::fs::File::open(&lock).is_ok_and(|f| f.try_lock_shared().is_err());
        if held {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "first instance never took the lock"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let client = open_app(&harness, &[]).await;
    let banner = shows(&client, "#records-banner", "niet worden opgeslagen").await;
    assert!(banner.contains("ander venster"), "{banner}");
    screenshot(&client, "patients-1-tweede-venster").await;
    begin(&client, "mw-tweede").await;
    let problem = shows(&client, "#problem", "niet worden opgeslagen").await;
    assert!(problem.contains("ander venster"), "{problem}");
    let on_step = script(&client, "return !!document.getElementById('step')", vec![]).await;
    assert_eq!(on_step, serde_json::Value::Bool(false), "a session began");
    // The banner stays on other screens too.
    click(&client, "#patients-button").await;
    shows(&client, "#records-banner", "ander venster").await;
    screenshot(&client, "patients-2-tweede-venster-begin").await;
    let _ = first.kill();
    let _ = first.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_file_is_left_alone_and_a_backup_can_be_restored() {
    let harness = Harness::start();
    let dir = harness.data_dir.path();
    {
        let store = Store::open(dir).expect("records");
        store.add_patient("mw-reserve", None).expect("patient");
        store.backup_now().expect("backup");
    }
    let db = dir.join(DATABASE_FILE);
    let mut bytes = vec![0u8; 8192];
    getrandom_fill(&mut bytes);
    std::fs::write(&db, &bytes).expect("damage the file");
    let client = open_app(&harness, &[]).await;
    let banner = shows(&client, "#records-banner", "beschadigd").await;
    assert!(banner.contains("niet worden opgeslagen"), "{banner}");
    assert_eq!(
        std::fs::read(&db).expect("database"),
        bytes,
        "the damaged file was changed"
    );
    screenshot(&client, "patients-3-beschadigd").await;
    begin(&client, "mw-nieuw").await;
    shows(&client, "#problem", "beschadigd").await;
    assert_eq!(
        std::fs::read(&db).expect("database"),
        bytes,
        "the damaged file was changed"
    );
    click(&client, "#restore").await;
    shows(&client, "#patients-notice", "teruggezet").await;
    shows(&client, "#patient-list", "mw-reserve").await;
    let hidden = script(
        &client,
        "return document.getElementById('records-banner').hidden",
        vec![],
    )
    .await;
    assert_eq!(hidden, serde_json::Value::Bool(true));
    screenshot(&client, "patients-4-teruggezet").await;
}

/// Random bytes without a crate: the kernel's.
fn getrandom_fill(bytes: &mut [u8]) {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(bytes))
        .expect("random bytes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overview_read_back_export_and_erase() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    let label = "mw-overzicht-7";
    let note = "Ik zorg elke dag voor mijn kleinkinderen.";
    begin(&client, label).await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='values']").await;
    on_step(&client, "values").await;
    click(
        &client,
        "#aspects .aspect:nth-child(1) .scale-point[data-value='4']",
    )
    .await;
    fill(&client, "#note", note, "change").await;
    shows(&client, "#panel", "kleinkinderen").await;
    click(&client, "#steps [data-step='decision']").await;
    click(&client, "#choices [data-choice='think_about_it']").await;
    shows(&client, "#choice-status", "nadenken").await;
    click(&client, "#steps [data-step='summary']").await;
    on_step(&client, "summary").await;

    // A second session of the same decision, with another rating: the history shows it.
    click(&client, "#stop").await;
    begin(&client, label).await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='values']").await;
    on_step(&client, "values").await;
    click(
        &client,
        "#aspects .aspect:nth-child(1) .scale-point[data-value='1']",
    )
    .await;
    click(&client, "#stop").await;

    click(&client, "#patients-button").await;
    let card = format!(".patient[data-label='{label}']");
    let overview = shows(&client, &card, label).await;
    assert!(overview.contains("Liesbreuk"), "{overview}");
    assert!(overview.contains("Samenvatting"), "{overview}");
    assert!(
        overview.contains("Ik wil er nog over nadenken"),
        "{overview}"
    );
    assert!(overview.contains("In de spreekkamer"), "{overview}");
    let history = shows(&client, ".history-table", "Heel belangrijk").await;
    assert!(history.contains("Een beetje belangrijk"), "{history}");
    assert!(history.contains("veranderd"), "{history}");
    screenshot(&client, "patients-5-overzicht").await;
    scroll_to(&client, ".history").await;
    screenshot(&client, "patients-5b-voorkeuren").await;

    // Read back the first session (the older one is listed last).
    click(&client, &format!("{card} .session:last-child .view")).await;
    let read = shows(&client, "#read-only", note).await;
    assert!(read.contains("Heel belangrijk"), "{read}");
    let controls = script(
        &client,
        "return document.querySelectorAll('#read-only input, #read-only textarea, #read-only .scale-point, #read-only [data-choice], #read-only .mark-row').length",
        vec![],
    )
    .await;
    assert_eq!(
        controls,
        serde_json::json!(0),
        "controls that record on the read-only view"
    );
    screenshot(&client, "patients-6-alleen-lezen").await;
    click(&client, "#read-only .back").await;

    // Save the data in a folder of our own.
    let out = tempfile::tempdir().expect("export folder");
    click(&client, &format!("{card} .export summary")).await;
    fill(
        &client,
        &format!("{card} .export-folder"),
        &out.path().display().to_string(),
        "input",
    )
    .await;
    click(&client, &format!("{card} .export-go")).await;
    let done = shows(&client, &format!("{card} .export-result"), "opgeslagen").await;
    let mut files: Vec<_> = std::fs::read_dir(out.path())
        .expect("export folder")
        .map(|e| e.expect("file").path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    for f in &files {
        assert!(
            done.contains(&f.display().to_string()),
            "{done} names {f:?}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).expect("json")).expect("JSON");
    assert_eq!(json["patient"]["label"], label);
    assert_eq!(json["sessions"].as_array().map(Vec::len), Some(2));
    let plain = std::fs::read_to_string(&files[1]).expect("text");
    assert!(plain.contains(note), "{plain}");
    assert!(
        plain.contains("Moet ik later toch geopereerd worden?"),
        "{plain}"
    );
    scroll_to(&client, &format!("{card} .export")).await;
    screenshot(&client, "patients-7-opgeslagen").await;

    // Erase: a confirmation that names the label, then the patient is gone for good.
    click(&client, &format!("{card} .erase")).await;
    let question = shows(&client, &format!("{card} .erase-confirm"), label).await;
    assert!(question.contains("wissen"), "{question}");
    scroll_to(&client, &format!("{card} .erase-confirm")).await;
    screenshot(&client, "patients-8-wissen-bevestigen").await;
    click(&client, &format!("{card} .erase-yes")).await;
    shows(&client, "#patients-notice", "gewist").await;
    let left = script(
        &client,
        "return document.querySelectorAll(arguments[0]).length",
        vec![card.clone().into()],
    )
    .await;
    assert_eq!(left, serde_json::json!(0));
    screenshot(&client, "patients-9-gewist").await;
    let dir = harness.data_dir.path();
    for name in [DATABASE_FILE.to_owned(), format!("{DATABASE_FILE}-wal")] {
        if let Ok(bytes) = std::fs::read(dir.join(&name)) {
            let found = bytes.windows(label.len()).any(|w| w == label.as_bytes());
            assert!(!found, "{name} still holds the label");
            let found = bytes.windows(note.len()).any(|w| w == note.as_bytes());
            assert!(!found, "{name} still holds the note");
        }
    }
}
