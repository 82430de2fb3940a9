//! End to end: the real app under Xvfb, driven through tauri-driver. The start screen lists
//! the built-in conditions in Dutch, a condition opens, the language switches and is
//! remembered after a restart. Screenshots land in target/e2e-screenshots/.

use keuzehulp_e2e::page::{click, html_lang, open_app, screenshot, text, wait_for_text};
use keuzehulp_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn start_screen_opens_a_condition_and_switches_language() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;

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
    let client = open_app(&harness, &[]).await;
    assert_eq!(html_lang(&client).await, "en");
    assert_eq!(text(&client, "#app-title").await, "Deciding together");
    assert!(text(&client, "#conditions")
        .await
        .contains("Inguinal hernia"));
    screenshot(&client, "04-start-en-after-restart").await;
    client.close().await.expect("close");
}
