//! End to end: learning from patients. In the real window a patient gives consent at the
//! summary step; from the patients overview the clinician sees exactly what the contribution
//! file holds and writes it. Two installations (two data folders) each write one; the
//! `keuzekaart leren` binary turns both into a report, which is then shown in the app's own
//! window and photographed.

use std::path::{Path, PathBuf};
use std::process::Command;

use fantoccini::Client;
use keuzehulp::learning::{Contribution, Count};
use keuzehulp::library::Library;
use keuzehulp::records::{SessionStart, Store};
use keuzehulp::session::{Choice, Mode, SessionEvent, SureItem};
use keuzehulp_e2e::page::{click, fill, on_step, open_app, screenshot, script, scroll_to, shows};
use keuzehulp_e2e::{target_dir, Harness};

/// `sessions` consented consultation sessions recorded before the app opens.
fn seed(dir: &Path, sessions: usize) {
    let library = Library::builtin(chrono::Local::now().date_naive());
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::open(dir).unwrap();
    for i in 0..sessions {
        let patient = store.add_patient(&format!("seed-{i}"), Some(1950)).unwrap();
        let session = store
            .start_session(patient, &SessionStart::pinned_to(entry, Mode::Consultation))
            .unwrap();
        let grid = &entry.grid;
        // Answers that agree often enough to pass the rule of small numbers, and some that
        // do not.
        let mut events = vec![
            SessionEvent::RowMarked {
                question: grid.questions[0].id.clone(),
                marked: true,
            },
            SessionEvent::RowMarked {
                question: grid.questions[1 + i % 3].id.clone(),
                marked: true,
            },
            SessionEvent::ImportanceRated {
                aspect: grid.questions[0].id.clone(),
                importance: 4,
            },
            SessionEvent::ImportanceRated {
                aspect: grid.outcomes[0].id.clone(),
                importance: if i % 4 == 0 { 1 } else { 3 },
            },
            SessionEvent::NoteWritten {
                text: "Geheime notitie".into(),
            },
            SessionEvent::ChoiceMade {
                choice: if i % 4 == 0 {
                    Choice::ThinkAboutIt
                } else {
                    Choice::Option(grid.options[1].id.clone())
                },
            },
        ];
        for item in SureItem::ALL {
            events.push(SessionEvent::SureAnswered {
                item,
                yes: i % 4 != 1 || item != SureItem::Support,
            });
        }
        events.push(SessionEvent::ConsentGiven { shared: true });
        for event in events {
            store.record(session, &event).unwrap();
        }
    }
}

async fn app(harness: &Harness, dir: &Path) -> Client {
    open_app(harness, &["--data-dir", &dir.display().to_string()]).await
}

/// From the patients overview: open "Delen met de richtlijngroep", look at the file, write it
/// in `folder`; the path the screen reports.
async fn share(client: &Client, folder: &Path, shot: Option<&str>) -> PathBuf {
    click(client, "#patients-button").await;
    shows(client, "#sharing", "Delen met de richtlijngroep").await;
    click(client, "#sharing > summary").await;
    fill(
        client,
        "#share-folder",
        &folder.display().to_string(),
        "input",
    )
    .await;
    click(client, "#share-items .share-show").await;
    let preview = shows(client, "#share-preview", "Dit komt in het bestand").await;
    assert!(preview.contains("geboortejaren"), "{preview}");
    assert!(preview.contains("Liesbreuk"), "{preview}");
    // Nothing is written before the person says yes.
    assert_eq!(std::fs::read_dir(folder).unwrap().count(), 0);
    if let Some(name) = shot {
        scroll_to(client, "#share-preview").await;
        screenshot(client, name).await;
    }
    click(client, "#share-confirm").await;
    shows(client, "#share-status", "Het bestand is geschreven").await;
    let path = script(
        client,
        "return document.getElementById('share-status').dataset.path",
        vec![],
    )
    .await;
    PathBuf::from(path.as_str().expect("the written path"))
}

#[tokio::test(flavor = "multi_thread")]
async fn consent_in_the_window_then_two_installations_make_one_report() {
    let harness = Harness::start();
    let (clinic_a, clinic_b, files, report) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    seed(clinic_a.path(), 7);
    seed(clinic_b.path(), 9);

    // Installation A: one more session in the real window, consent given at the summary.
    let client = app(&harness, clinic_a.path()).await;
    click(&client, "button.condition[data-id='liesbreuk']").await;
    fill(&client, "#patient", "pat-e2e", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='pros_cons']").await;
    on_step(&client, "pros_cons").await;
    click(&client, "#option-grid .mark-row").await;
    click(&client, "#steps [data-step='decision']").await;
    on_step(&client, "decision").await;
    click(&client, "#choices button.choice").await;
    click(&client, "#steps [data-step='summary']").await;
    on_step(&client, "summary").await;
    // Default no, in plain words; then yes.
    shows(
        &client,
        "#consent-status",
        "Er gaat niets naar de richtlijngroep",
    )
    .await;
    let asked = shows(&client, "#consent", "kunt later nee zeggen").await;
    assert!(asked.contains("eigen woorden"), "{asked}");
    click(&client, "#consent .consent-answer[data-shared='true']").await;
    shows(&client, "#consent-status", "U zei ja").await;
    scroll_to(&client, "#consent").await;
    screenshot(&client, "learning-1-toestemming").await;

    // The patients overview says so, and writes the file after showing it.
    let folder_a = files.path().join("a");
    std::fs::create_dir(&folder_a).unwrap();
    let file_a = share(&client, &folder_a, Some("learning-2-voorbeeld")).await;
    scroll_to(&client, "#sharing").await;
    screenshot(&client, "learning-3-geschreven").await;
    let shared = script(
        &client,
        "return document.querySelectorAll('li.session[data-shared=\"true\"]').length",
        vec![],
    )
    .await;
    assert_eq!(shared.as_u64(), Some(8), "eight sessions may be shared");
    client.close().await.unwrap();
    let contribution =
        Contribution::parse("a", &std::fs::read(&file_a).unwrap()).expect("a sound file");
    assert_eq!(contribution.blocks[0].sessions, Count::Exact(8));
    let text = std::fs::read_to_string(&file_a).unwrap();
    assert!(
        !text.contains("pat-e2e") && !text.contains("Geheime"),
        "{text}"
    );

    // Installation B, another data folder: the same from its own window.
    let client = app(&harness, clinic_b.path()).await;
    let folder_b = files.path().join("b");
    std::fs::create_dir(&folder_b).unwrap();
    let file_b = share(&client, &folder_b, None).await;
    client.close().await.unwrap();

    // The guideline group: both files into one report.
    let keuzekaart = target_dir().join("debug/keuzekaart");
    assert!(
        keuzekaart.exists(),
        "{} not built: cargo build -p keuzehulp",
        keuzekaart.display()
    );
    let run = Command::new(&keuzekaart)
        .arg("leren")
        .arg(report.path())
        .arg(&file_a)
        .arg(&file_b)
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .expect("keuzekaart leren");
    let said = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{said}");
    assert!(said.contains("Samengevoegd: 2 bestanden"), "{said}");
    let html = report.path().join("report.html");
    let csv = std::fs::read_to_string(report.path().join("merged.csv")).unwrap();
    assert!(csv.contains(",consultation,sessions,,,17,17"), "{csv}");

    // The report, rendered in the app's own window (WebKitGTK), photographed.
    let client = app(&harness, clinic_a.path()).await;
    client
        .goto(&format!("file://{}", html.display()))
        .await
        .expect("open the report in the window");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let drawn = script(
            &client,
            "return document.readyState === 'complete' && !!document.querySelector('section.version svg')",
            vec![],
        )
        .await;
        if drawn.as_bool() == Some(true) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "report not drawn");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    shows(&client, "h1", "Wat patiënten belangrijk vinden").await;
    shows(&client, "section.version", "Gesprekken: 17").await;
    screenshot(&client, "learning-4-rapport").await;
    scroll_to(&client, "section.version h3:last-of-type").await;
    screenshot(&client, "learning-5-rapport-sure").await;
    client.close().await.unwrap();
}
