fn main() {
    // Commands the window may call; each gets an `allow-…` permission that the capability in
    // capabilities/main.json grants. Nothing else is exposed.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "ui_texts",
        "set_language",
        "start_screen",
        "decision_screen",
        "start_screen_ready",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration");
}
