//! End to end: "take it home" in the real app. A consultation at the clinic, the session file
//! saved, a second app instance with another data folder as the home, the file opened and
//! continued there, saved back, and merged at the clinic, where the records then hold the
//! answers given at home. Also the summary PDF (read back with `pdftotext`) and the FHIR
//! bundle (checked by tests/fhir/validate.py), both saved from the window.

use std::path::{Path, PathBuf};
use std::process::Command;

use fantoccini::Client;
use keuzehulp::export::home_file;
use keuzehulp::records::{SessionId, Store};
use keuzehulp::session::Choice;
use keuzehulp_e2e::page::{
    click, fill, on_step, open_app, screenshot, script, scroll_to, shows, text,
};
use keuzehulp_e2e::Harness;

/// Save one export from the summary step into `folder`; the path the screen reports.
async fn save(client: &Client, button: &str, folder: &Path) -> PathBuf {
    fill(
        client,
        "#save-folder",
        &folder.display().to_string(),
        "input",
    )
    .await;
    script(
        client,
        "const s = document.getElementById('save-status'); s.textContent = ''; delete s.dataset.path; return true",
        vec![],
    )
    .await;
    click(client, button).await;
    let said = shows(client, "#save-status", "Opgeslagen in").await;
    let path = script(
        client,
        "return document.getElementById('save-status').dataset.path",
        vec![],
    )
    .await;
    let path = PathBuf::from(path.as_str().expect("the saved path"));
    assert!(said.contains(&path.display().to_string()), "{said}");
    assert!(
        path.starts_with(folder) && path.exists(),
        "{}",
        path.display()
    );
    path
}

async fn open_file(client: &Client, file: &Path, patient: &str) {
    fill(client, "#open-path", &file.display().to_string(), "input").await;
    fill(client, "#open-patient", patient, "input").await;
    click(client, "#open-file").await;
}

async fn app(harness: &Harness, dir: &Path) -> Client {
    open_app(harness, &["--data-dir", &dir.display().to_string()]).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_goes_home_and_comes_back() {
    let harness = Harness::start();
    let clinic_dir = tempfile::tempdir().unwrap();
    let home_dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();

    // At the clinic: begin, mark a row, rate an aspect.
    let client = app(&harness, clinic_dir.path()).await;
    shows(&client, "#open-session", "Een sessie openen").await;
    click(&client, "button.condition[data-id='liesbreuk']").await;
    fill(&client, "#patient", "pat-7", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='pros_cons']").await;
    on_step(&client, "pros_cons").await;
    let marked = text(&client, "#option-grid tbody tr .row-question").await;
    click(&client, "#option-grid .mark-row").await;
    shows(&client, "#panel", &marked).await;
    click(&client, "#steps [data-step='values']").await;
    on_step(&client, "values").await;
    click(
        &client,
        "#aspects .aspect:nth-child(2) .scale-point[data-value='2']",
    )
    .await;
    let rated = text(&client, "#aspects .aspect:nth-child(2) .aspect-text").await;
    click(&client, "#steps [data-step='summary']").await;
    on_step(&client, "summary").await;
    shows(&client, "#summary", &marked).await;
    let prefilled = script(
        &client,
        "return document.getElementById('save-folder').value",
        vec![],
    )
    .await;
    assert!(
        !prefilled.as_str().unwrap_or_default().is_empty(),
        "the folder is filled in"
    );

    // A folder that does not exist: a clear message, nothing written.
    let missing = out.path().join("bestaat-niet");
    fill(
        &client,
        "#save-folder",
        &missing.display().to_string(),
        "input",
    )
    .await;
    click(&client, "#save-pdf").await;
    shows(&client, "#save-status", "bestaat niet").await;
    scroll_to(&client, "#take-home").await;
    screenshot(&client, "take-home-1-map-bestaat-niet").await;

    let pdf = save(&client, "#save-pdf", out.path()).await;
    let fhir = save(&client, "#save-fhir", out.path()).await;
    let session_file = save(&client, "#save-session", out.path()).await;
    assert!(
        pdf.to_string_lossy().contains("liesbreuk-pat-7-"),
        "{}",
        pdf.display()
    );
    scroll_to(&client, "#take-home").await;
    screenshot(&client, "take-home-2-opgeslagen").await;

    // The native folder dialog opens from the shell side: the window keeps answering while
    // it is open (WebDriver cannot operate the dialog; closing the app closes it).
    click(&client, "#choose-save-folder").await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    screenshot(&client, "take-home-3-map-kiezen").await;
    let answered = script(
        &client,
        "return document.getElementById('save-folder').value",
        vec![],
    )
    .await;
    assert_eq!(
        answered.as_str(),
        Some(out.path().to_str().unwrap()),
        "the window answers while the dialog is open, and the field is unchanged"
    );
    client.close().await.unwrap();

    // The summary reads back with what was said; the FHIR bundle passes the validator.
    keuzehulp_e2e::require_tool("pdftotext", "poppler-utils");
    keuzehulp_e2e::require_tool("python3", "python3");
    let pdf_text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(pdf_text.status.success());
    let pdf_text = String::from_utf8_lossy(&pdf_text.stdout).replace('\n', " ");
    assert!(pdf_text.contains("pat-7"), "{pdf_text}");
    assert!(pdf_text.contains("Liesbreuk"), "{pdf_text}");
    let words: Vec<&str> = rated.split_whitespace().take(3).collect();
    assert!(
        pdf_text.contains(&words.join(" ")),
        "{rated:?} in {pdf_text}"
    );
    let validator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fhir/validate.py");
    let checked = Command::new("python3")
        .arg(validator)
        .arg(&fhir)
        .output()
        .expect("python3");
    assert!(
        checked.status.success(),
        "validate.py: {}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&fhir).unwrap()).unwrap();
    let doc = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"]["resourceType"] == "DocumentReference")
        .expect("the summary is in the bundle");
    let attached = doc["resource"]["content"][0]["attachment"]["data"]
        .as_str()
        .unwrap();
    use base64::Engine;
    let attached = base64::engine::general_purpose::STANDARD
        .decode(attached)
        .unwrap();
    assert!(attached.starts_with(b"%PDF"));

    // At home: another app with another data folder opens the file and carries on.
    let client = app(&harness, home_dir.path()).await;
    open_file(&client, &session_file, "").await;
    on_step(&client, "choice").await;
    shows(&client, "#progress", "Stap 1 van 7").await;
    screenshot(&client, "take-home-3-thuis-geopend").await;
    for step in ["options", "pros_cons", "values"] {
        click(&client, "#next").await;
        on_step(&client, step).await;
    }
    let state = script(
        &client,
        "return document.querySelector('#aspects .aspect:nth-child(2) .scale-point[data-value=\"2\"]').getAttribute('aria-pressed')",
        vec![],
    )
    .await;
    assert_eq!(
        state.as_str(),
        Some("true"),
        "the clinic's rating came along"
    );
    click(
        &client,
        "#aspects .aspect:nth-child(2) .scale-point[data-value='4']",
    )
    .await;
    fill(
        &client,
        "#note",
        "Ik zorg voor mijn kleinkinderen.",
        "change",
    )
    .await;
    shows(&client, "#note", "").await;
    screenshot(&client, "take-home-4-thuis-waarden").await;
    click(&client, "#next").await;
    on_step(&client, "decision").await;
    click(&client, "#choices [data-choice='operatie']").await;
    shows(&client, "#choice-status", "").await;
    for step in ["sure", "summary"] {
        click(&client, "#next").await;
        on_step(&client, step).await;
    }
    shows(&client, "#summary", "kleinkinderen").await;
    shows(&client, "#save-session", "Terugsturen").await;
    let home_out = tempfile::tempdir().unwrap();
    let back = save(&client, "#save-session", home_out.path()).await;
    scroll_to(&client, "#take-home").await;
    screenshot(&client, "take-home-5-thuis-terugsturen").await;
    client.close().await.unwrap();

    // Back at the clinic: a file for another patient is refused, the right one merges.
    let client = app(&harness, clinic_dir.path()).await;
    open_file(&client, &back, "pat-8").await;
    shows(&client, "#open-status", "niet van pat-8").await;
    screenshot(&client, "take-home-6-andere-patient").await;
    open_file(&client, &back, "pat-7").await;
    let changes = shows(&client, "#home-changes", "Wat is er thuis veranderd?").await;
    assert!(changes.contains("Heel belangrijk"), "{changes}");
    assert!(
        changes.contains("Ik zorg voor mijn kleinkinderen."),
        "{changes}"
    );
    assert!(changes.contains("Keuze"), "{changes}");
    shows(&client, "#changes-status", "3 antwoorden").await;
    screenshot(&client, "take-home-7-wat-is-veranderd").await;
    click(&client, "#open-changed-session").await;
    on_step(&client, "summary").await; // where the clinic left it
    shows(&client, "#summary", "kleinkinderen").await;
    shows(&client, "#panel", "kleinkinderen").await;
    screenshot(&client, "take-home-8-sessie-bij-de-praktijk").await;
    click(&client, "#stop").await;
    shows(&client, "#open-session", "").await;
    // A damaged file is refused where it was typed, with line and column for broken JSON.
    let broken = out.path().join("kapot.json");
    let text = std::fs::read_to_string(&back).unwrap();
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    open_file(&client, &broken, "").await;
    shows(&client, "#open-status", "regel").await;
    scroll_to(&client, "#open-session").await;
    screenshot(&client, "take-home-8b-kapot-bestand").await;
    // The same file again changes nothing, and says so.
    open_file(&client, &back, "pat-7").await;
    shows(&client, "#changes-status", "al eerder").await;
    screenshot(&client, "take-home-9-al-ingelezen").await;
    client.close().await.unwrap();
    drop(harness);

    // The clinic's records now hold the home answers, marked as from home.
    // The app may take a moment to exit and let go of its lock.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let store = loop {
        match Store::open(clinic_dir.path()) {
            Ok(store) => break store,
            Err(e) if std::time::Instant::now() < deadline => {
                eprintln!("records not free yet: {e}");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Err(e) => panic!("the clinic's records: {e}"),
        }
    };
    let patient = store
        .patients()
        .unwrap()
        .into_iter()
        .find(|p| p.label == "pat-7")
        .unwrap();
    let session: SessionId = store.sessions_of(patient.id).unwrap()[0].id;
    let from_home = home_file::home_events(&store, session).unwrap();
    assert_eq!(from_home.len(), 3, "{from_home:?}");
    let state = store.session_state(session).unwrap();
    assert_eq!(state.note, "Ik zorg voor mijn kleinkinderen.");
    assert_eq!(state.choice, Some(Choice::Option("operatie".into())));
    assert!(state.importance.values().any(|&v| v == 4));
    assert!(
        !state.marked_rows.is_empty(),
        "the clinic's own answers stay"
    );
}
