//! Commands the window calls: each one line or two over the core.

use std::collections::BTreeMap;

use keuzehulp::language::{Language, Localizer};
use keuzehulp::records::Setting;
use keuzehulp::view::notices::{self, ContentNotices};
use keuzehulp::view::{self, DecisionScreen, StartScreen};
use serde::Serialize;
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// The fixed texts of the window in the chosen language.
#[derive(Serialize)]
pub struct UiTexts {
    /// Language code, for `<html lang>`.
    language: &'static str,
    /// Message id to text.
    texts: BTreeMap<String, String>,
}

/// The window's fixed texts (`ui-…` messages) in the current language.
#[tauri::command]
pub fn ui_texts(state: State<'_, AppState>) -> UiTexts {
    let l10n = state.localizer.lock().unwrap_or_else(|p| p.into_inner());
    UiTexts {
        language: l10n.language().code(),
        texts: l10n.texts_with_prefix("ui-"),
    }
}

/// Switch the language and remember it.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, code: String) -> Result<(), AppError> {
    let language = Language::from_code(&code).unwrap_or_default();
    *state.localizer.lock().unwrap_or_else(|p| p.into_inner()) = Localizer::new(language);
    let records = state.records.lock().unwrap_or_else(|p| p.into_inner());
    if let Ok(store) = records.as_ref() {
        store
            .set_setting(Setting::Language, language.code())
            .map_err(|e| database_error(&state, &e))?;
    }
    Ok(())
}

fn database_error(state: &AppState, e: &dyn std::fmt::Display) -> AppError {
    let l10n = state.localizer.lock().unwrap_or_else(|p| p.into_inner());
    AppError::new(
        "database",
        l10n.format("app-error-database", &[("reason", e.to_string())]),
    )
}

/// The start screen: the conditions in the library and the catalogue, and notices about
/// content (refusals, authoring mode).
#[derive(Serialize)]
pub struct StartPage {
    /// The conditions.
    screen: StartScreen,
    /// Refused content and the authoring-mode label.
    notices: ContentNotices,
}

/// The start screen.
#[tauri::command]
pub fn start_screen(state: State<'_, AppState>) -> StartPage {
    let l10n = state.localizer.lock().unwrap_or_else(|p| p.into_inner());
    let mut screen = view::start_screen(&state.library, &l10n);
    if let Some(catalogue) = &state.catalogue {
        screen.conditions.extend(
            catalogue
                .entries()
                .iter()
                .filter(|e| state.library.get(&e.id).is_none())
                .map(|e| notices::index_card(e, &l10n)),
        );
        screen.conditions.sort_by_key(|c| c.name.to_lowercase());
    }
    StartPage {
        screen,
        notices: notices::content_notices(&state.refusals, state.authoring, &l10n),
    }
}

/// The decision screen of one condition.
#[tauri::command]
pub fn decision_screen(state: State<'_, AppState>, id: String) -> Result<DecisionScreen, AppError> {
    let l10n = state.localizer.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(entry) = state.library.get(&id) {
        return Ok(view::decision_screen(&entry.grid, &l10n));
    }
    let catalogue = state
        .catalogue
        .as_ref()
        .filter(|c| c.entries().iter().any(|e| e.id == id));
    match catalogue {
        Some(catalogue) => catalogue
            .load(&id, chrono::Local::now().date_naive())
            .map(|entry| view::decision_screen(&entry.grid, &l10n))
            .map_err(|problems| {
                let reason = problems
                    .iter()
                    .map(|d| d.message(&l10n))
                    .collect::<Vec<_>>()
                    .join(" ");
                AppError::new(
                    "content",
                    l10n.format("app-error-content", &[("file", id), ("reason", reason)]),
                )
            }),
        None => Err(AppError::new(
            "unknown-condition",
            l10n.format("app-error-unknown-condition", &[("id", id)]),
        )),
    }
}

/// Called by the window once the start screen is drawn; reports the start-up time when
/// `KEUZEHULP_REPORT_READY` is set (used by the start-up benchmark).
#[tauri::command]
pub fn start_screen_ready(state: State<'_, AppState>) {
    if std::env::var_os("KEUZEHULP_REPORT_READY").is_some() {
        println!(
            "ready {:.1} ms",
            state.started.elapsed().as_secs_f64() * 1000.0
        );
    }
}
