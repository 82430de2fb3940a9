//! End to end: the screen for the patient. The clinician opens it from the consultation room;
//! a second window appears (a second WebDriver window handle) and follows the clinician's
//! window step by step, with the patient's marks, without the clinician's controls or panel.

use std::time::Duration;

use fantoccini::wd::WindowHandle;
use fantoccini::Client;
use keuzehulp_e2e::page::{click, count, fill, on_step, open_app, screenshot, script, shows, text};
use keuzehulp_e2e::{screenshot_dir, Harness};

/// The handle of the window that is not `main`, once it exists.
async fn second_window(client: &Client, main: &WindowHandle) -> WindowHandle {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let handles = client.windows().await.expect("window handles");
        if let Some(other) = handles.into_iter().find(|h| h != main) {
            return other;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no second window appeared"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Wait until the patient's window shows `step`; returns its heading.
async fn patient_on(client: &Client, step: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let now = script(
            client,
            "return document.body.dataset.ready === 'true' ? document.body.dataset.step : null",
            vec![],
        )
        .await;
        if now.as_str() == Some(step) {
            return text(client, "#patient-heading").await;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "patient window: expected step {step}, shows {now}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A PNG of the window WebDriver is on now (WebKit's own snapshot of that window, so a window
/// on top of it does not matter), under `target/e2e-screenshots/NAME.png`.
async fn window_screenshot(client: &Client, name: &str) {
    keuzehulp_e2e::page::settle(client).await;
    let png = tokio::time::timeout(Duration::from_secs(20), client.screenshot())
        .await
        .unwrap_or_else(|_| panic!("screenshot {name} timed out"))
        .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
    assert!(png.len() > 10_000, "screenshot {name} looks empty");
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("save screenshot");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_patient_screen_follows_the_clinician_step_by_step() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    let main = client.window().await.expect("the main window's handle");
    click(&client, "button.condition[data-id='liesbreuk']").await;
    shows(&client, "#begin", "").await;
    fill(&client, "#patient", "pat-scherm", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    let button = text(&client, "#patient-screen").await;
    assert_eq!(button, "Scherm voor de patiënt");
    click(&client, "#patient-screen").await;

    let patient = second_window(&client, &main).await;
    client
        .switch_to_window(patient.clone())
        .await
        .expect("to the patient's window");
    let heading = patient_on(&client, "choice").await;
    assert_eq!(heading, "Er is een keuze");
    let title = script(&client, "return document.title", vec![]).await;
    assert_eq!(title.as_str(), Some("Scherm voor de patiënt"));
    assert_eq!(
        count(&client, "button, input, textarea, select, #panel").await,
        0,
        "controls or the panel on the patient's screen"
    );
    shows(&client, "#patient-condition", "Liesbreuk").await;
    // Its capability grants its own page and nothing else: no records, no other screens.
    for command in ["start_screen", "record_event", "patients_screen"] {
        let refused = tokio::time::timeout(
            Duration::from_secs(15),
            client.execute_async(
                "const done = arguments[arguments.length - 1]; \
                 window.__TAURI__.core.invoke(arguments[0], { session: 1, event: { event: 'step_opened', step: 'summary' } }) \
                   .then(() => done('allowed'), (e) => done(String(e)))",
                vec![command.into()],
            ),
        )
        .await
        .expect("an answer in time")
        .expect("the script");
        assert!(
            refused.as_str().is_some_and(|r| r.contains("not allowed")),
            "{command} from the patient's window: {refused}"
        );
    }

    // Step one: to the grid, and a row marked.
    client.switch_to_window(main.clone()).await.expect("back");
    click(&client, "#steps [data-step='pros_cons']").await;
    on_step(&client, "pros_cons").await;
    let question = text(&client, "#option-grid tbody tr .row-question").await;
    click(&client, "#option-grid .mark-row").await;
    shows(&client, "#panel", &question).await;
    client
        .switch_to_window(patient.clone())
        .await
        .expect("to the patient's window");
    let heading = patient_on(&client, "pros_cons").await;
    assert_eq!(heading, "Wat zijn de voor- en nadelen?");
    let marked = shows(&client, "#patient-grid tr.marked", &question).await;
    assert!(marked.contains(&question), "{marked}");
    assert_eq!(count(&client, "#patient-grid tr.marked").await, 1);
    window_screenshot(&client, "patient-screen-1-patient-grid").await;

    // Step two: what matters, with a rating.
    client.switch_to_window(main.clone()).await.expect("back");
    window_screenshot(&client, "patient-screen-1-clinician-grid").await;
    click(&client, "#steps [data-step='values']").await;
    on_step(&client, "values").await;
    click(
        &client,
        "#aspects .aspect:nth-child(1) .scale-point[data-value='4']",
    )
    .await;
    shows(&client, "#panel", "Heel belangrijk").await;
    window_screenshot(&client, "patient-screen-2-clinician-values").await;
    client
        .switch_to_window(patient.clone())
        .await
        .expect("to the patient's window");
    let heading = patient_on(&client, "values").await;
    assert_eq!(heading, "Wat betekent dat voor mij?");
    shows(&client, ".answered li.given", "Heel belangrijk").await;
    window_screenshot(&client, "patient-screen-2-patient-values").await;
    // The display itself: the patient's window on top of the clinician's.
    screenshot(&client, "patient-screen-3-display").await;

    // Back to the start: the patient's screen shows no session any more.
    client.switch_to_window(main.clone()).await.expect("back");
    click(&client, "#stop").await;
    shows(&client, "#search", "").await;
    client
        .switch_to_window(patient)
        .await
        .expect("to the patient's window");
    shows(&client, "#waiting", "samen bespreekt").await;
}
