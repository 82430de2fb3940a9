//! End to end: a whole session with the keyboard only. Keys go in as real WebDriver key
//! actions (`POST /session/{id}/actions`, key down and key up, delivered by WebKitWebDriver as
//! native key events to the focused element); focus is moved with Tab and the app's own
//! keys, and text is typed with "element send keys". No click, no script-made KeyboardEvent.

use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use keuzehulp_e2e::page::{count, on_step, open_app, screenshot, script, shows, text};
use keuzehulp_e2e::Harness;

/// Press and release each key in `keys`, as a person at the keyboard would.
async fn press(client: &Client, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys {
        actions = actions
            .then(KeyAction::Down { value: *key })
            .then(KeyAction::Up { value: *key });
    }
    tokio::time::timeout(Duration::from_secs(15), client.perform_actions(actions))
        .await
        .expect("key actions in time")
        .expect("WebDriver key actions");
    keuzehulp_e2e::page::settle(client).await;
}

/// Shift+Tab: focus to the element before.
async fn shift_tab(client: &Client) {
    let (shift, tab) = (char::from(Key::Shift), char::from(Key::Tab));
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab })
        .then(KeyAction::Up { value: shift });
    tokio::time::timeout(Duration::from_secs(15), client.perform_actions(actions))
        .await
        .expect("key actions in time")
        .expect("WebDriver key actions");
}

/// Type `value` into the field `css` with WebDriver's "element send keys".
async fn type_into(client: &Client, css: &str, value: &str) {
    let field = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"));
    field.send_keys(value).await.expect("send keys");
}

/// The `data-id` (or id) of the focused element.
async fn focused(client: &Client) -> String {
    script(
        client,
        "const a = document.activeElement; return a ? (a.dataset.id || a.id || a.className) : ''",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Tab until the focused element matches `css` (at most `limit` presses; backwards with
/// Shift+Tab when `back`).
async fn tab_to(client: &Client, css: &str, limit: usize) {
    tab_until(client, css, limit, false).await;
}

async fn tab_until(client: &Client, css: &str, limit: usize, back: bool) {
    for _ in 0..limit {
        let there = script(
            client,
            "return document.activeElement?.matches(arguments[0]) ?? false",
            vec![css.into()],
        )
        .await;
        if there == serde_json::Value::Bool(true) {
            return;
        }
        if back {
            shift_tab(client).await;
        } else {
            press(client, &[Key::Tab.into()]).await;
        }
    }
    panic!(
        "{css}: not reached with {limit} tabs (focus on {})",
        focused(client).await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_session_with_the_keyboard_only() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;

    // ? opens the help with every shortcut, Escape closes it.
    press(&client, &['?']).await;
    let help = shows(&client, "#keys-help", "Sneltoetsen").await;
    assert!(help.contains("Naar de vorige stap"), "{help}");
    assert_eq!(count(&client, "#keys-help tr").await, 8);
    screenshot(&client, "keyboard-1-hulp").await;
    press(&client, &[Key::Escape.into()]).await;
    assert_eq!(count(&client, "#keys-help").await, 0, "the help stays open");

    // Typing ? in the search field types it: no help.
    type_into(&client, "#search", "lies?").await;
    assert_eq!(
        count(&client, "#keys-help").await,
        0,
        "a key was taken from the field"
    );
    shows(
        &client,
        "button.condition[data-id='liesbreuk']",
        "Liesbreuk",
    )
    .await;

    // To the hernia decision with Tab and Enter, a label typed, the consultation begun.
    tab_to(&client, "button.condition[data-id='liesbreuk']", 40).await;
    press(&client, &[Key::Enter.into()]).await;
    shows(&client, "#begin", "").await;
    type_into(&client, "#patient", "pat-toets").await;
    tab_to(&client, "#begin-consultation", 20).await;
    press(&client, &[Key::Enter.into()]).await;
    on_step(&client, "choice").await;

    // 3: the grid. Tab to its first row, M marks it, ↓ moves to the next, Enter marks that one.
    press(&client, &['3']).await;
    on_step(&client, "pros_cons").await;
    tab_to(&client, "#option-grid .mark-row", 60).await;
    let first = text(&client, "#option-grid tbody tr .row-question").await;
    press(&client, &['m']).await;
    shows(&client, "#panel", &first).await;
    let marked_first = focused(&client).await;
    press(&client, &[Key::Down.into()]).await;
    let second = focused(&client).await;
    assert_ne!(second, marked_first, "↓ moves to the next row");
    press(&client, &[Key::Enter.into()]).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while count(&client, "#option-grid .mark-row:checked").await != 2 {
        assert!(std::time::Instant::now() < deadline, "two rows marked");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    screenshot(&client, "keyboard-2-rijen-gemarkeerd").await;

    // → and ←: next and previous step; 7: the summary, which lists both rows.
    press(&client, &[Key::Right.into()]).await;
    on_step(&client, "values").await;
    press(&client, &[Key::Left.into()]).await;
    on_step(&client, "pros_cons").await;
    press(&client, &['7']).await;
    on_step(&client, "summary").await;
    let summary = shows(&client, "#summary", &first).await;
    assert_eq!(
        count(&client, "#option-grid").await,
        0,
        "still on the grid: {summary}"
    );

    // Escape: back to the start.
    press(&client, &[Key::Escape.into()]).await;
    shows(&client, "#search", "").await;

    // Right to left (Arabic): ← is the next step.
    tab_until(&client, "#lang-ar", 20, true).await;
    press(&client, &[Key::Enter.into()]).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while script(&client, "return document.documentElement.dir", vec![]).await != "rtl" {
        assert!(
            std::time::Instant::now() < deadline,
            "the window reads right to left"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tab_to(&client, "button.condition[data-id='liesbreuk']", 40).await;
    press(&client, &[Key::Enter.into()]).await;
    shows(&client, "#begin", "").await;
    type_into(&client, "#patient", "pat-toets").await;
    tab_to(&client, "#begin-consultation", 20).await;
    press(&client, &[Key::Enter.into()]).await;
    on_step(&client, "choice").await;
    press(&client, &[Key::Left.into()]).await;
    on_step(&client, "options").await;
    press(&client, &[Key::Right.into()]).await;
    on_step(&client, "choice").await;
    press(&client, &['?']).await;
    shows(&client, "#keys-help", "اختصارات").await;
    screenshot(&client, "keyboard-3-hulp-arabisch").await;
    press(&client, &['?']).await;
    assert_eq!(count(&client, "#keys-help").await, 0);
}
