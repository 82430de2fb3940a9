//! End to end: the real app under Xvfb, driven through tauri-driver. The start screen lists
//! the built-in conditions in Dutch, a condition opens, the language switches and is
//! remembered after a restart. Screenshots land in target/e2e-screenshots/.

use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use keuzehulp_e2e::{screenshot_dir, Harness};

async fn open_app(harness: &Harness) -> Client {
    // The driver may accept connections a moment before it can start sessions: retry briefly.
    let mut attempt = 0;
    let client = loop {
        match ClientBuilder::native()
            .capabilities(harness.capabilities())
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

async fn screenshot(client: &Client, name: &str) {
    let png = tokio::time::timeout(Duration::from_secs(20), client.screenshot())
        .await
        .unwrap_or_else(|_| panic!("screenshot {name} timed out"))
        .expect("screenshot");
    assert!(
        png.len() > 10_000,
        "screenshot {name} looks empty ({} bytes)",
        png.len()
    );
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("save screenshot");
}

/// Run a script in the page, failing with its name after 15 s instead of hanging.
async fn script(client: &Client, js: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
    tokio::time::timeout(Duration::from_secs(15), client.execute(js, args))
        .await
        .unwrap_or_else(|_| panic!("script timed out: {js}"))
        .unwrap_or_else(|e| panic!("script failed ({e}): {js}"))
}

/// The text of the first element matching `css`, waiting up to 10 s for it to appear.
async fn text(client: &Client, css: &str) -> String {
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
async fn click(client: &Client, css: &str) {
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
async fn wait_for_text(client: &Client, css: &str, expected: &str) {
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

async fn html_lang(client: &Client) -> String {
    let value = script(client, "return document.documentElement.lang", vec![]).await;
    value.as_str().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn start_screen_opens_a_condition_and_switches_language() {
    let harness = Harness::start();
    let client = open_app(&harness).await;

    assert_eq!(html_lang(&client).await, "nl");
    assert_eq!(text(&client, "#app-title").await, "Samen beslissen");
    let conditions = text(&client, "#conditions").await;
    assert!(
        conditions.contains("Liesbreuk"),
        "start screen lists: {conditions}"
    );
    screenshot(&client, "01-start-nl").await;

    click(&client, "button.condition[data-id='liesbreuk']").await;
    assert_eq!(text(&client, "#condition-name").await, "Liesbreuk");
    let options = text(&client, "#options").await;
    assert!(
        options.contains("Afwachten") && options.contains("Operatie"),
        "{options}"
    );
    screenshot(&client, "02-decision-nl").await;

    click(&client, "#lang-en").await;
    wait_for_text(&client, "#condition-name", "Inguinal hernia").await;
    assert_eq!(html_lang(&client).await, "en");
    assert!(text(&client, "#options").await.contains("Wait and see"));
    screenshot(&client, "03-decision-en").await;
    client.close().await.expect("close");

    // A new start of the app with the same data directory remembers English.
    let client = open_app(&harness).await;
    assert_eq!(html_lang(&client).await, "en");
    assert_eq!(text(&client, "#app-title").await, "Deciding together");
    assert!(text(&client, "#conditions")
        .await
        .contains("Inguinal hernia"));
    screenshot(&client, "04-start-en-after-restart").await;
    client.close().await.expect("close");
}
