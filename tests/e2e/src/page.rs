//! Steps on the app's page through WebDriver. Everything goes through small scripts with
//! timeouts: a stuck WebDriver call becomes a failure that names its step.

use std::time::Duration;

use fantoccini::{Client, ClientBuilder};

use crate::{screenshot_dir, Harness};

/// Start the app with `args` in a new WebDriver session and wait until its start screen is
/// drawn.
pub async fn open_app(harness: &Harness, args: &[&str]) -> Client {
    // The driver may accept connections a moment before it can start sessions: retry briefly.
    let mut attempt = 0;
    let client = loop {
        match ClientBuilder::native()
            .capabilities(harness.capabilities(args))
            .connect(&harness.webdriver_url)
            .await
        {
            Ok(client) => break client,
            Err(e) if attempt < 20 => {
                attempt += 1;
                eprintln!("WebDriver session not ready yet ({e}); retrying");
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            Err(e) => panic!("WebDriver session with the app: {e}"),
        }
    };
    // WebKitWebDriver can wait forever for a page load it missed when an element lookup
    // arrives during loading; scripts do answer, so poll with a script until the start screen
    // is drawn, and only then look up elements.
    let ready =
        "return document.readyState === 'complete' && document.body.dataset.ready === 'true'";
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let value = script(&client, ready, vec![]).await;
        if value.as_bool() == Some(true) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "start screen not ready within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    client
}

/// Wait until the page has painted what the last step changed (two animation frames).
pub async fn settle(client: &Client) {
    let js = "const done = arguments[arguments.length - 1]; \
              requestAnimationFrame(() => requestAnimationFrame(() => done(true)))";
    let _ = tokio::time::timeout(Duration::from_secs(5), client.execute_async(js, vec![])).await;
}

/// Save a PNG of the window under `target/e2e-screenshots/NAME.png`.
///
/// The picture is taken of the virtual display itself (ImageMagick's `import`), not through
/// WebKitWebDriver: its snapshot call was seen to hang for good now and then after a repaint,
/// and the display shows exactly what a person at the screen would see.
pub async fn screenshot(client: &Client, name: &str) {
    settle(client).await;
    let display = crate::current_display();
    let path = screenshot_dir().join(format!("{name}.png"));
    let status = tokio::time::timeout(
        Duration::from_secs(20),
        tokio::process::Command::new("import")
            .args(["-display", &display, "-window", "root"])
            .arg(&path)
            .status(),
    )
    .await
    .unwrap_or_else(|_| panic!("screenshot {name} timed out"))
    .unwrap_or_else(|e| panic!("screenshot {name}: import (ImageMagick) did not run: {e}"));
    assert!(
        status.success(),
        "screenshot {name}: import failed ({status})"
    );
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "screenshot {name} looks empty ({size} bytes)"
    );
}

/// Run a script in the page, failing with its name after 15 s instead of hanging.
pub async fn script(client: &Client, js: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
    tokio::time::timeout(Duration::from_secs(15), client.execute(js, args))
        .await
        .unwrap_or_else(|_| panic!("script timed out: {js}"))
        .unwrap_or_else(|e| panic!("script failed ({e}): {js}"))
}

/// The text of the first element matching `css`, waiting up to 10 s for it to appear.
pub async fn text(client: &Client, css: &str) -> String {
    let js = "const el = document.querySelector(arguments[0]); return el ? el.innerText : null";
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(text) = script(client, js, vec![css.into()]).await.as_str() {
            return text.to_owned();
        }
        assert!(std::time::Instant::now() < deadline, "{css}: not on screen");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Click the first element matching `css`, as a person would (the element's click()).
pub async fn click(client: &Client, css: &str) {
    let js = "const el = document.querySelector(arguments[0]); if (!el) return false; el.click(); return true";
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while script(client, js, vec![css.into()]).await != serde_json::Value::Bool(true) {
        assert!(
            std::time::Instant::now() < deadline,
            "{css}: nothing to click"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Wait until the text of `css` equals `expected`.
pub async fn wait_for_text(client: &Client, css: &str, expected: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let now = text(client, css).await;
        if now == expected {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{css}: expected {expected:?}, shows {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn html_lang(client: &Client) -> String {
    let value = script(client, "return document.documentElement.lang", vec![]).await;
    value.as_str().unwrap_or_default().to_owned()
}

/// The steps of a consultation, in order, by their `data-step`.
pub const STEPS: [&str; 7] = [
    "choice",
    "options",
    "pros_cons",
    "values",
    "decision",
    "sure",
    "summary",
];

/// Wait until the consultation shows step `step` (its `data-step`, e.g. `pros_cons`).
pub async fn on_step(client: &Client, step: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let now = script(
            client,
            "const s = document.getElementById('step'); return s ? s.dataset.step : null",
            vec![],
        )
        .await;
        if now.as_str() == Some(step) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "expected step {step}, screen shows {now}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Put `value` in a field as typing would, then fire `event` (`input` or `change`): typing
/// through WebDriver is unreliable on WebKitGTK.
/// Waits up to 10 s for the field: screens come from the shell's workers, not at once.
pub async fn fill(client: &Client, css: &str, value: &str, event: &str) {
    let js = "const el = document.querySelector(arguments[0]); if (!el) return false; \
              el.value = arguments[1]; \
              el.dispatchEvent(new Event(arguments[2], { bubbles: true })); return true";
    let args = vec![css.into(), value.into(), event.into()];
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while script(client, js, args.clone()).await != serde_json::Value::Bool(true) {
        assert!(
            std::time::Instant::now() < deadline,
            "{css}: no field to fill"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Wait until `css` shows text containing `expected`; returns the whole text.
pub async fn shows(client: &Client, css: &str, expected: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let now = text(client, css).await;
        if now.contains(expected) {
            return now;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{css}: expected {expected:?} in {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Scroll `css` to the top of the window, as a reader would.
pub async fn scroll_to(client: &Client, css: &str) {
    let js = "document.querySelector(arguments[0]).scrollIntoView(); return true";
    script(client, js, vec![css.into()]).await;
}

/// How many elements match `css`.
pub async fn count(client: &Client, css: &str) -> u64 {
    script(
        client,
        "return document.querySelectorAll(arguments[0]).length",
        vec![css.into()],
    )
    .await
    .as_u64()
    .unwrap_or(0)
}
