//! End to end: the studio ("Keuzekaart maken") in the real app with `--authoring`. A folder
//! with a copy of a built-in grid shows no findings; another program (this test) writes an
//! error into the file and the finding appears (latency from write to visible, several runs);
//! the preview follows a changed text in both modes; clicking the finding shows its line; a
//! bundle is built and signed and its provenance shown. The patient records are byte for byte
//! the same before and after the studio session.

use std::path::Path;
use std::time::{Duration, Instant};

use keuzehulp::bundle::SecretKey;
use keuzehulp::check::check_file;
use keuzehulp::library::Library;
use keuzehulp_e2e::page::{
    click, count, fill, open_app, screenshot, script, scroll_to, shows, text,
};
use keuzehulp_e2e::Harness;

/// A built-in grid the checker finds nothing in: `(file name, text)`.
fn clean_builtin() -> (&'static str, &'static str) {
    let today = chrono::Local::now().date_naive();
    Library::builtin_files()
        .iter()
        .copied()
        .find(|(name, text)| {
            check_file(name, text.as_bytes(), today)
                .diagnostics
                .is_empty()
        })
        .expect("a built-in grid without findings")
}

/// The records files (the database and its write-ahead log; not the `-shm` index, which
/// readers write their read marks into), as bytes.
fn records_bytes(data_dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(data_dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with(keuzehulp::records::DATABASE_FILE) && !n.ends_with("-shm")
            })
        })
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Poll (every 10 ms, up to 5 s) until `js` returns true; the time it took.
async fn until(client: &fantoccini::Client, js: &str, what: &str) -> Duration {
    let start = Instant::now();
    loop {
        if script(client, js, vec![]).await.as_bool() == Some(true) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{what}: not on screen within 5 s"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

const CLEAN_SHOWN: &str = "return document.getElementById('studio-no-findings') !== null";

/// Print the runs; the median, which a busy machine moves less than the slowest run.
fn report(what: &str, runs: &[Duration]) -> Duration {
    let mut sorted = runs.to_vec();
    sorted.sort_unstable();
    let ms: Vec<u128> = sorted.iter().map(Duration::as_millis).collect();
    println!(
        "studio latency, {what}: runs {ms:?} ms; median {} ms, max {} ms",
        ms[ms.len() / 2],
        ms[ms.len() - 1]
    );
    sorted[sorted.len() / 2]
}

#[tokio::test(flavor = "multi_thread")]
async fn the_studio_follows_an_edit_made_by_another_program() {
    let harness = Harness::start();
    let (name, good) = clean_builtin();
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join(name);
    std::fs::write(&file, good).unwrap();
    let id_line = good
        .lines()
        .position(|l| l.starts_with("id = "))
        .expect("the grid's id line")
        + 1;
    let id_text = good.lines().nth(id_line - 1).unwrap().to_owned();
    let broken = good.replacen(&id_text, "id = 12", 1);
    // The error written, not any error: a read while the other program is half-way through its
    // write may find the file empty for a moment (the next change reads it again).
    let error_shown = format!(
        "return document.querySelector(\"#studio-findings .finding.error[data-line='{id_line}']\") !== null"
    );
    let error_shown = error_shown.as_str();

    let client = open_app(&harness, &["--authoring"]).await;
    let records_before = records_bytes(harness.data_dir.path());
    assert!(!records_before.is_empty(), "the records database exists");

    click(&client, "#studio-button").await;
    shows(
        &client,
        "#studio-label",
        "Keuzekaart maken — geen patiëntgegevens",
    )
    .await;
    fill(
        &client,
        "#studio-folder",
        folder.path().to_str().unwrap(),
        "change",
    )
    .await;
    click(&client, "#studio-open").await;
    until(&client, CLEAN_SHOWN, "no findings").await;
    assert_eq!(count(&client, "#studio-findings .finding").await, 0);
    let condition = text(&client, "#studio-preview #condition-name").await;
    assert!(!condition.is_empty());
    // The consultation room's frame: steps to click and the patient's panel.
    assert_eq!(count(&client, "#studio-preview #steps .step-link").await, 7);
    assert_eq!(count(&client, "#studio-preview #panel").await, 1);
    screenshot(&client, "studio-clean").await;
    scroll_to(&client, "#studio-preview-heading").await;
    screenshot(&client, "studio-preview-consultation").await;

    // Another program saves an error, then the fix; several times.
    let (mut to_error, mut to_clean) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(300)).await;
        std::fs::write(&file, &broken).unwrap();
        to_error.push(until(&client, error_shown, "the error").await);
        tokio::time::sleep(Duration::from_millis(300)).await;
        std::fs::write(&file, good).unwrap();
        to_clean.push(until(&client, CLEAN_SHOWN, "the fix").await);
    }
    let medians = [
        report("error written -> finding visible", &to_error),
        report("fix written -> no findings visible", &to_clean),
    ];
    assert!(
        medians.iter().all(|d| *d < Duration::from_secs(1)),
        "the studio follows a save within a second: {to_error:?} {to_clean:?}"
    );

    // The finding, located, and its line.
    std::fs::write(&file, &broken).unwrap();
    until(&client, error_shown, "the error").await;
    let finding = text(
        &client,
        &format!("#studio-findings .finding.error[data-line='{id_line}']"),
    )
    .await;
    assert!(
        finding.contains(&format!("{name}:{id_line}:")),
        "located file:line:column: {finding}"
    );
    assert!(
        text(&client, "#studio-preview").await.contains("fouten"),
        "no preview of a grid with errors"
    );
    click(
        &client,
        &format!("#studio-findings .finding.error[data-line='{id_line}']"),
    )
    .await;
    let marked = text(&client, "#studio-line .studio-source-line.marked").await;
    assert!(marked.contains("id = 12"), "the marked line: {marked:?}");
    assert!(marked.trim_start().starts_with(&id_line.to_string()));
    scroll_to(&client, "#studio-findings-heading").await;
    screenshot(&client, "studio-finding-line").await;

    // The line follows the file; the preview follows a changed text.
    std::fs::write(&file, good).unwrap();
    until(&client, CLEAN_SHOWN, "the fix").await;
    let js = format!(
        "const m = document.querySelector('#studio-line .marked'); \
         return m !== null && m.innerText.includes({id_text:?})"
    );
    until(&client, &js, "the fixed line").await;
    let renamed = "Eigen naam van de testgroep";
    let changed = good.replacen(
        &format!("name.nl = \"{condition}\""),
        &format!("name.nl = \"{renamed}\""),
        1,
    );
    assert_ne!(
        changed, good,
        "the condition's name is in the file as shown"
    );
    let started = Instant::now();
    std::fs::write(&file, &changed).unwrap();
    let js = format!(
        "const c = document.querySelector('#studio-preview #condition-name'); \
         return c !== null && c.innerText === {renamed:?}"
    );
    until(&client, &js, "the changed name").await;
    println!(
        "studio latency, text changed -> preview shows it: {} ms",
        started.elapsed().as_millis()
    );

    // At home: one step per screen with progress, no panel; then another language.
    click(&client, "#studio-switches button[data-mode='home']").await;
    until(
        &client,
        "return document.querySelector('#studio-preview #progress') !== null \
         && document.querySelector('#studio-preview #panel') === null",
        "the home frame",
    )
    .await;
    click(&client, "#studio-preview #next").await;
    until(
        &client,
        "return document.querySelector('#studio-preview #step').dataset.step === 'options'",
        "the next step in the preview",
    )
    .await;
    let languages = count(&client, "#studio-switches button[data-lang]").await;
    assert!(languages >= 1);
    if script(
        &client,
        "return document.querySelector(\"#studio-switches button[data-lang='en']\") !== null",
        vec![],
    )
    .await
        == serde_json::Value::Bool(true)
    {
        click(&client, "#studio-switches button[data-lang='en']").await;
        until(
            &client,
            "return document.getElementById('studio-preview').lang === 'en'",
            "the English preview",
        )
        .await;
    }
    scroll_to(&client, "#studio-preview-heading").await;
    screenshot(&client, "studio-preview-home").await;
    if count(&client, "#studio-switches button[data-lang='ar']").await == 1 {
        click(&client, "#studio-switches button[data-lang='ar']").await;
        until(
            &client,
            "const p = document.getElementById('studio-preview'); \
             return p.lang === 'ar' && p.dir === 'rtl'",
            "the Arabic preview, right to left",
        )
        .await;
        scroll_to(&client, "#studio-preview-heading").await;
        screenshot(&client, "studio-preview-arabic").await;
    }

    // Build and sign a bundle: first a wrong password, then the right one.
    let secrets = tempfile::tempdir().unwrap();
    let keys = secrets.path().join("testgroep.key");
    let pair = SecretKey::generate_files("studio wachtwoord").unwrap();
    std::fs::write(&keys, &pair.secret).unwrap();
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("testgroep.json");
    fill(&client, "#studio-publisher", "Testgroep", "input").await;
    fill(&client, "#studio-key", keys.to_str().unwrap(), "input").await;
    fill(&client, "#studio-out", bundle.to_str().unwrap(), "input").await;
    fill(&client, "#studio-password", "verkeerd", "input").await;
    click(&client, "#studio-publish").await;
    shows(&client, "#studio-publish-error", "wachtwoord").await;
    assert!(!bundle.exists());
    fill(&client, "#studio-password", "studio wachtwoord", "input").await;
    click(&client, "#studio-publish").await;
    let signature = shows(&client, "#studio-signature", "Testgroep").await;
    assert!(signature.contains(&pair.public.id.grouped()), "{signature}");
    assert!(text(&client, "#studio-provenance").await.contains(renamed));
    assert!(bundle.exists() && out.path().join("testgroep.json.minisig").exists());
    scroll_to(&client, "#studio-bundle").await;
    screenshot(&client, "studio-provenance").await;
    shows(&client, "#studio-label", "geen patiëntgegevens").await;

    let records_after = records_bytes(harness.data_dir.path());
    assert!(
        records_before == records_after,
        "the studio wrote nothing to the patient records"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_studio_is_offered_only_in_authoring_mode() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    assert_eq!(count(&client, "#studio-button").await, 0);
    let js = "const done = arguments[arguments.length - 1]; \
              window.__TAURI__.core.invoke('studio_open', { folder: '/tmp' }) \
                .then(() => done('opened'), (e) => done(e.code + ': ' + e.message))";
    let answer = tokio::time::timeout(Duration::from_secs(15), client.execute_async(js, vec![]))
        .await
        .expect("the command answers")
        .expect("the script runs");
    let answer = answer.as_str().unwrap_or_default().to_owned();
    assert!(
        answer.starts_with("studio: ") && answer.contains("--authoring"),
        "refused outside authoring mode: {answer}"
    );
    client.close().await.unwrap();
}
