//! The installed Debian package: the binary the package put on the system (named by
//! `KEUZEHULP_APP`) starts under Xvfb through tauri-driver and shows the start screen with
//! the eight built-in decisions. `scripts/package-test.sh` builds and installs the package,
//! then runs this test with `--ignored`.

use keuzehulp_e2e::page::{count, open_app, screenshot, text};
use keuzehulp_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "run by scripts/package-test.sh against the installed package"]
async fn installed_package() {
    let app = std::env::var("KEUZEHULP_APP")
        .expect("KEUZEHULP_APP must name the installed binary (scripts/package-test.sh sets it)");
    assert!(
        app.starts_with("/usr/"),
        "KEUZEHULP_APP={app} is not an installed binary"
    );
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    assert_eq!(text(&client, "#app-title").await, "Samen beslissen");
    assert_eq!(
        count(&client, "#conditions button.condition").await,
        8,
        "the eight built-in decisions: {}",
        text(&client, "#conditions").await
    );
    screenshot(&client, "installed-package-start").await;
    client.close().await.expect("close");
}
