fn main() {
    // Commands the window may call; each gets an `allow-…` permission that the capability in
    // capabilities/main.json grants. Nothing else is exposed.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "ui_texts",
        "set_language",
        "set_large_text",
        "set_easy_reading",
        "start_screen",
        "search",
        "decision_screen",
        "start_screen_ready",
        "start_session",
        "session_screen",
        "record_event",
        "records_status",
        "restore_records",
        "patients_screen",
        "session_read_only",
        "export_patient_files",
        "erase_patient",
        "take_home_setup",
        "save_export",
        "open_session_file",
        "choose_folder",
        "choose_session_file",
        "sharing_screen",
        "contribution_preview",
        "write_contribution",
        "withdraw_consent",
        "speak_block",
        "speak_step",
        "stop_speaking",
        "speech_settings",
        "set_speech_rate",
        "install_bundle",
        "install_status",
        "cancel_install",
        "choose_bundle_file",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build configuration");
}
