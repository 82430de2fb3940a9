//! End to end: content bundles in the real app. A signed bundle from a publisher the clinic
//! trusts installs and stays installed; a tampered bundle, one from an unknown signer and an
//! unsigned grid are refused with a plain message on the start screen; in authoring mode the
//! unsigned grid opens and every screen says so. Keys are thrown away after the test.

use std::path::{Path, PathBuf};

use keuzehulp::bundle::{self, SecretKey};
use keuzehulp::library::Library;
use keuzehulp_e2e::page::{click, open_app, screenshot, shows, text, wait_for_text};
use keuzehulp_e2e::Harness;

/// A grid of its own for this test: the built-in knee grid under another id and name.
fn test_grid() -> (String, String) {
    let (_, text) = Library::builtin_files()
        .iter()
        .find(|(name, _)| *name == "knie.toml")
        .expect("built-in knee grid");
    let text = text
        .replacen("id = \"knie\"", "id = \"knie-uitgave\"", 1)
        .replacen(
            "name.nl = \"Scheur in de meniscus door slijtage\"",
            "name.nl = \"Meniscus (uitgave van de testgroep)\"",
            1,
        );
    assert!(text.contains("knie-uitgave") && text.contains("testgroep"));
    ("knie-uitgave.toml".to_owned(), text)
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Build the test bundle, sign it with `key`, and write both beside each other in `dir`.
fn write_signed_bundle(dir: &Path, name: &str, key: &SecretKey) -> PathBuf {
    let (bytes, _) =
        bundle::build("Testgroep", today(), &[test_grid()], today()).expect("bundle builds");
    let path = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    let signature = key.sign(&bytes, "testgroep e2e").expect("signs");
    std::fs::write(
        dir.join(format!("{name}.minisig")),
        signature.to_file_text(),
    )
    .unwrap();
    path
}

/// Trust `key` in the app's data directory, as a clinic's administrator would.
fn trust(harness: &Harness, key: &SecretKey) {
    let dir = harness.data_dir.path().join("trust");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("testgroep.pub"), key.public().to_file_text()).unwrap();
}

/// Open the test grid from the start screen and wait for its decision screen.
async fn open_test_grid(client: &fantoccini::Client) {
    click(client, "button.condition[data-id='knie-uitgave']").await;
    wait_for_text(
        client,
        "#condition-name",
        "Meniscus (uitgave van de testgroep)",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bundles_are_installed_only_when_signed_by_a_trusted_publisher() {
    let harness = Harness::start();
    let files = tempfile::tempdir().unwrap();
    let publisher = SecretKey::generate().expect("random key");
    trust(&harness, &publisher);

    // Tampered: one word changed after signing.
    let tampered = write_signed_bundle(files.path(), "getamperd.json", &publisher);
    let bytes = std::fs::read_to_string(&tampered).unwrap();
    std::fs::write(&tampered, bytes.replacen("Testgroep", "Testgroeq", 1)).unwrap();
    let client = open_app(&harness, &["--open", tampered.to_str().unwrap()]).await;
    let refusals = text(&client, "#refusals").await;
    assert!(
        refusals.contains("De handtekening klopt niet") && refusals.contains("getamperd.json"),
        "{refusals}"
    );
    assert!(!text(&client, "#conditions")
        .await
        .contains("uitgave van de testgroep"));
    screenshot(&client, "10-tampered-bundle-refused").await;
    client.close().await.expect("close");

    // Signed by a key the clinic does not trust.
    let stranger = SecretKey::generate().expect("random key");
    let unknown = write_signed_bundle(files.path(), "onbekend.json", &stranger);
    let client = open_app(&harness, &["--open", unknown.to_str().unwrap()]).await;
    let refusals = text(&client, "#refusals").await;
    assert!(refusals.contains("onbekende uitgever"), "{refusals}");
    assert!(refusals.contains(&stranger.id().grouped()), "{refusals}");
    client.close().await.expect("close");

    // Signed by the trusted publisher: installed, listed, opens.
    let good = write_signed_bundle(files.path(), "testgroep.json", &publisher);
    let client = open_app(&harness, &["--open", good.to_str().unwrap()]).await;
    // Installed off the window's thread: listed once the install has committed.
    shows(
        &client,
        "#conditions",
        "Meniscus (uitgave van de testgroep)",
    )
    .await;
    client.close().await.expect("close");

    // Installed for good: a new start without --open still lists it, and it opens.
    let client = open_app(&harness, &[]).await;
    assert!(text(&client, "#conditions")
        .await
        .contains("Meniscus (uitgave van de testgroep)"));
    open_test_grid(&client).await;
    screenshot(&client, "11-signed-bundle-opened").await;
    client.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread")]
async fn unsigned_content_opens_only_in_authoring_mode_and_says_so() {
    let harness = Harness::start();
    let files = tempfile::tempdir().unwrap();
    let (name, grid) = test_grid();
    let draft = files.path().join(name);
    std::fs::write(&draft, grid).unwrap();

    let client = open_app(&harness, &["--open", draft.to_str().unwrap()]).await;
    let refusals = text(&client, "#refusals").await;
    assert!(refusals.contains("niet ondertekend"), "{refusals}");
    client.close().await.expect("close");

    let client = open_app(
        &harness,
        &["--authoring", "--open", draft.to_str().unwrap()],
    )
    .await;
    let banner = text(&client, "#authoring-banner").await;
    assert!(banner.starts_with("Schrijfmodus"), "{banner}");
    open_test_grid(&client).await;
    assert!(text(&client, "#authoring-banner")
        .await
        .starts_with("Schrijfmodus"));
    screenshot(&client, "12-authoring-mode").await;
    client.close().await.expect("close");
}
