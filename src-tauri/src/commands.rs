//! Commands the window calls: each one line or two over the core.

use std::collections::BTreeMap;

use keuzehulp::language::Language;
use keuzehulp::records::{Patient, Setting};
use keuzehulp::view::finder::{self, BuiltinIndex};
use keuzehulp::view::notices::{self, ContentNotices};
use keuzehulp::view::{self, DecisionScreen, StartScreen};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// How many recently used decisions the start screen puts first.
const RECENT: usize = 5;

/// A language the window can switch to, by its own name.
#[derive(Serialize)]
pub struct LanguageChoice {
    /// Language code.
    code: &'static str,
    /// The language's name in itself.
    name: &'static str,
}

/// The fixed texts of the window in the chosen language.
#[derive(Serialize)]
pub struct UiTexts {
    /// Language code, for `<html lang>`.
    language: &'static str,
    /// `rtl` or `ltr`, for `<html dir>`.
    direction: &'static str,
    /// Every language of the switch, each by its own name.
    languages: Vec<LanguageChoice>,
    /// Whether the larger-text setting is on.
    large_text: bool,
    /// Whether the easy-reading layer is on.
    easy_reading: bool,
    /// Message id to text.
    texts: BTreeMap<String, String>,
}

/// The window's fixed texts (`ui-…` messages) in the current language.
#[tauri::command]
pub async fn ui_texts(app: AppHandle) -> Result<UiTexts, AppError> {
    crate::link::mark("texts");
    blocking(&app, |state| Ok(texts(state))).await
}

fn texts(state: &AppState) -> UiTexts {
    let on = |setting| {
        state
            .store()
            .ok()
            .and_then(|s| s.setting(setting).ok().flatten())
            .is_some_and(|v| v == "true")
    };
    let (large_text, easy_reading) = (on(Setting::LargeText), on(Setting::EasyReading));
    let l10n = state.l10n();
    let language = l10n.language();
    UiTexts {
        language: language.code(),
        direction: if language.is_rtl() { "rtl" } else { "ltr" },
        languages: Language::ALL
            .into_iter()
            .map(|l| LanguageChoice {
                code: l.code(),
                name: l.endonym(),
            })
            .collect(),
        large_text,
        easy_reading,
        texts: l10n.texts_with_prefix("ui-"),
    }
}

/// Switch the language and remember it.
#[tauri::command]
pub async fn set_language(app: AppHandle, code: String) -> Result<(), AppError> {
    blocking(&app, move |state| {
        let language = Language::from_code(&code).unwrap_or_default();
        *state.language.lock().unwrap_or_else(|p| p.into_inner()) = language;
        remember(state, Setting::Language, language.code())
    })
    .await
}

/// Turn larger text on or off and remember it.
#[tauri::command]
pub async fn set_large_text(app: AppHandle, on: bool) -> Result<(), AppError> {
    blocking(&app, move |state| {
        remember(state, Setting::LargeText, if on { "true" } else { "false" })
    })
    .await
}

/// Turn the easy-reading layer on or off and remember it.
#[tauri::command]
pub async fn set_easy_reading(app: AppHandle, on: bool) -> Result<(), AppError> {
    blocking(&app, move |state| {
        remember(
            state,
            Setting::EasyReading,
            if on { "true" } else { "false" },
        )
    })
    .await
}

fn remember(state: &AppState, setting: Setting, value: &str) -> Result<(), AppError> {
    // Without records the setting still holds for this run; the start screen says why.
    let Ok(store) = state.store() else {
        return Ok(());
    };
    store
        .set_setting(setting, value)
        .map_err(|e| state.records_error(&e))
}

/// The start screen: the conditions in the library and the catalogue, and notices about
/// content (refusals, authoring mode).
#[derive(Serialize)]
pub struct StartPage {
    /// The conditions, recently used first.
    screen: StartScreen,
    /// Refused content and the authoring-mode label.
    notices: ContentNotices,
}

/// Conditions matching `query` ([`finder::find`]); the built-in grids' index is made at the
/// first search in each language.
fn find(state: &AppState, query: &str) -> StartScreen {
    let recent = state
        .store()
        .ok()
        .and_then(|s| s.recent_grids(RECENT).ok())
        .unwrap_or_default();
    let l10n = state.l10n();
    let mut index = state.search_index.lock().unwrap_or_else(|p| p.into_inner());
    let index = match index.take() {
        Some(built) if built.language() == l10n.language() => index.insert(built),
        _ => index.insert(BuiltinIndex::new(&state.library, l10n.language())),
    };
    finder::find(
        &state.library,
        index,
        state.catalogue.as_ref(),
        query,
        &recent,
        &l10n,
    )
}

/// The start screen.
#[tauri::command]
pub async fn start_screen(app: AppHandle) -> Result<StartPage, AppError> {
    let room = app.clone();
    blocking(&app, move |state| {
        crate::room::leave(&room, state);
        let mut refusals = state.refusals.clone();
        refusals.extend(room.state::<crate::install::Installer>().refused());
        Ok(StartPage {
            screen: find(state, ""),
            notices: notices::content_notices(&refusals, state.authoring, &state.l10n()),
        })
    })
    .await
}

/// Conditions matching what was typed in the search field.
#[tauri::command]
pub async fn search(app: AppHandle, query: String) -> Result<StartScreen, AppError> {
    blocking(&app, move |state| Ok(find(state, &query))).await
}

/// A patient the session can be for.
#[derive(Serialize)]
pub struct PatientChoice {
    /// The pseudonymous label.
    label: String,
}

/// The decision screen, where a session begins.
#[derive(Serialize)]
pub struct DecisionPage {
    /// The condition, the choice, the options.
    screen: DecisionScreen,
    /// Patients already in the records, to pick from.
    patients: Vec<PatientChoice>,
}

/// The decision screen of one condition.
#[tauri::command]
pub async fn decision_screen(app: AppHandle, id: String) -> Result<DecisionPage, AppError> {
    blocking(&app, move |state| decision_page(state, &id)).await
}

fn decision_page(state: &AppState, id: &str) -> Result<DecisionPage, AppError> {
    let entry = state.entry(id)?;
    let patients = match state.store() {
        Ok(store) => store.patients().map_err(|e| state.records_error(&e))?,
        Err(_) => Vec::new(),
    };
    Ok(DecisionPage {
        screen: view::decision_screen(&entry.grid, &state.l10n()),
        patients: patients
            .into_iter()
            .map(|Patient { label, .. }| PatientChoice { label })
            .collect(),
    })
}

/// Called by the window once the start screen is drawn; reports the start-up time when
/// `KEUZEHULP_REPORT_READY` is set (used by the start-up benchmark).
#[tauri::command]
pub fn start_screen_ready(app: tauri::AppHandle, state: State<'_, AppState>) {
    crate::patients::backup_soon(&app);
    if std::env::var_os("KEUZEHULP_REPORT_READY").is_some() {
        println!(
            "ready {:.1} ms",
            state.started.elapsed().as_secs_f64() * 1000.0
        );
    }
}
