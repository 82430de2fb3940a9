//! End to end: the real app under Xvfb, driven through tauri-driver. The start screen lists
//! the built-in conditions in Dutch, a condition opens, the language switches and is
//! remembered after a restart. Screenshots land in target/e2e-screenshots/.

use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
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
            Ok(client) => {
                eprintln!("session created");
                break client;
            }
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
        let value = client.execute(ready, vec![]).await.expect("script");
        eprintln!("ready? {value}");
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
    let png = client.screenshot().await.expect("screenshot");
    assert!(
        png.len() > 10_000,
        "screenshot {name} looks empty ({} bytes)",
        png.len()
    );
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("save screenshot");
}

async fn text(client: &Client, css: &str) -> String {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .expect("element text")
}

async fn click(client: &Client, css: &str) {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .expect("click");
}

async fn html_lang(client: &Client) -> String {
    let value = client
        .execute("return document.documentElement.lang", vec![])
        .await
        .expect("script");
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
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::XPath(
            "//h2[@id='condition-name'][text()='Inguinal hernia']",
        ))
        .await
        .expect("decision screen in English");
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
