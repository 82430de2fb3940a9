//! The desktop shell of the keuzehulp: opens the window and exposes thin commands over the
//! core library. Everything the window shows comes from the core's view models.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod consultation;
mod content;
mod dialogs;
mod error;
mod install;
mod link;
mod patients;
mod room;
mod sharing;
mod speech;
mod state;
mod studio;
mod take_home;

use std::path::PathBuf;
use std::process::ExitCode;

use keuzehulp::language::{Language, Localizer};
use tauri::Manager;

/// Where the app keeps its data: `--data-dir DIR`, else `KEUZEHULP_DATA_DIR`, else the
/// platform's data directory for this app (XDG on Linux).
fn data_dir_override() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(dir));
        }
    }
    std::env::var_os("KEUZEHULP_DATA_DIR").map(PathBuf::from)
}

/// On Linux without a display, say so plainly instead of failing inside GTK.
fn display_missing() -> bool {
    cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty())
        && std::env::var_os("WAYLAND_DISPLAY").is_none_or(|d| d.is_empty())
}

fn main() -> ExitCode {
    if display_missing() {
        let language = std::env::var("LANG")
            .ok()
            .and_then(|l| Language::from_code(l.get(..2).unwrap_or("")))
            .unwrap_or_default();
        eprintln!("{}", Localizer::new(language).text("app-error-no-display"));
        return ExitCode::from(2);
    }
    let instance = link::instance_id(
        "nl.samenbeslissen.keuzehulp",
        data_dir_override().as_deref(),
    );
    let result = tauri::Builder::default()
        // First: a second process hands its link to the running one and exits.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance)
                .callback(|app, argv, _cwd| link::received(app, &argv))
                .build(),
        )
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(link::PendingLink::from_arguments())
        .manage(link::Ready::default())
        .setup(|app| {
            link::mark("setup");
            let dir = match data_dir_override() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            let options = content::ContentOptions::from_args(std::env::args_os().skip(1));
            app.manage(speech::Speech::open(&dir));
            app.manage(room::Room::default());
            app.manage(studio::Studio::default());
            app.manage(install::Installer::default());
            // The records and the content open while the window and its page load; the
            // page's first command waits for them (`link::Ready`). Bundles named with --open
            // then install while the window runs.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                let ready = handle.state::<link::Ready>();
                let _opened = ready.opens_when_dropped();
                let state = state::AppState::open(&dir, &options);
                let pending = state.pending_installs.clone();
                handle.manage(state);
                link::mark("state");
                install::start(&handle, pending, true);
            });
            Ok(())
        })
        .on_window_event(room::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::ui_texts,
            commands::set_language,
            commands::set_large_text,
            commands::set_easy_reading,
            commands::start_screen,
            commands::search,
            commands::decision_screen,
            commands::start_screen_ready,
            consultation::start_session,
            consultation::session_screen,
            consultation::record_event,
            patients::records_status,
            patients::restore_records,
            patients::patients_screen,
            patients::session_read_only,
            patients::export_patient_files,
            patients::erase_patient,
            sharing::sharing_screen,
            sharing::contribution_preview,
            sharing::write_contribution,
            sharing::withdraw_consent,
            take_home::take_home_setup,
            take_home::save_export,
            take_home::open_session_file,
            dialogs::choose_folder,
            dialogs::choose_session_file,
            speech::speak_block,
            speech::speak_step,
            speech::stop_speaking,
            speech::speech_settings,
            speech::set_speech_rate,
            studio::studio_open,
            studio::studio_screen_for,
            studio::studio_line,
            studio::studio_publish,
            room::open_patient_screen,
            room::patient_page,
            link::pending_link,
            install::install_bundle,
            install::install_status,
            install::cancel_install,
            dialogs::choose_bundle_file,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("keuzehulp: {e}");
            ExitCode::FAILURE
        }
    }
}
