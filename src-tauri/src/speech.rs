//! Commands of "read aloud": say one block of the screen or the whole step, stop, and the
//! reading speed. The text comes from the session's view model, the same one the window
//! draws; speaking runs on a blocking worker, never on the window's thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use keuzehulp::language::Language;
use keuzehulp::records::{SessionId, Setting};
use keuzehulp::speech::{
    Espeak, Layer, Rate, Reader, ScreenReading, SpeechError, SpeechLog, Utterance,
};
use keuzehulp::view::consultation;
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::error::AppError;
use crate::state::{blocking, AppState};

/// The speech engine of this run and the chosen speed.
pub struct Speech {
    reader: Arc<Reader>,
    rate: Mutex<Option<Rate>>,
}

/// Where the speech log goes: `--speech-log FILE`, else `KEUZEHULP_SPEECH_LOG`.
fn log_path() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--speech-log" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--speech-log=")) {
            return Some(PathBuf::from(path));
        }
    }
    std::env::var_os("KEUZEHULP_SPEECH_LOG").map(PathBuf::from)
}

impl Speech {
    /// espeak-ng through the machine's sound program, with its audio files in
    /// `<data_dir>/speech`. With a speech log (tests), every text asked for is logged and
    /// espeak-ng only writes the WAV file: a test display has no sound device.
    pub fn open(data_dir: &Path) -> Speech {
        let scratch = data_dir.join("speech");
        let reader = match log_path() {
            Some(log) => Reader::new(Box::new(SpeechLog::new(&log, Espeak::silent(&scratch)))),
            None => Reader::new(Box::new(Espeak::new(&scratch))),
        };
        Speech {
            reader: Arc::new(reader),
            rate: Mutex::new(None),
        }
    }

    /// The chosen speed: remembered in the records, normal until chosen.
    fn rate(&self, state: &AppState) -> Rate {
        let mut rate = self.rate.lock().unwrap_or_else(|p| p.into_inner());
        *rate.get_or_insert_with(|| {
            let stored = state
                .store()
                .ok()
                .and_then(|s| s.setting(Setting::SpeechRate).ok().flatten());
            match stored.as_deref() {
                Some("slower") => Rate::Slower,
                _ => Rate::Normal,
            }
        })
    }
}

fn speech_error(state: &AppState, e: &SpeechError) -> AppError {
    AppError::new("speech", e.message(&state.l10n()))
}

/// What the session's screen shows, as blocks to read: the easy layer when easy reading is on.
fn reading(state: &AppState, session: i64) -> Result<ScreenReading, AppError> {
    let records = state.store()?;
    let fail = |e: keuzehulp::records::RecordsError| state.records_error(&e);
    let id = SessionId(session);
    let summary = records.session(id).map_err(fail)?;
    let entry = state.session_entry(&summary.start)?;
    let session_state = records.session_state(id).map_err(fail)?;
    let easy = records.setting(Setting::EasyReading).ok().flatten();
    drop(records);
    let layer = match easy.as_deref() {
        Some("true") => Layer::Easy,
        _ => Layer::Full,
    };
    let screen = consultation::consultation_screen(&entry.grid, &session_state, &state.l10n());
    Ok(ScreenReading::of_layer(&screen, layer))
}

/// Build the texts with `texts` and read them, on a blocking worker.
async fn read(
    app: AppHandle,
    session: i64,
    texts: impl FnOnce(&ScreenReading) -> Result<Vec<(Language, String)>, SpeechError> + Send + 'static,
) -> Result<(), AppError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let speech = app.state::<Speech>();
        let reading = reading(&state, session)?;
        let rate = speech.rate(&state);
        let utterances: Vec<Utterance> = texts(&reading)
            .map_err(|e| speech_error(&state, &e))?
            .into_iter()
            .map(|(language, text)| Utterance {
                text,
                language,
                rate,
            })
            .collect();
        speech
            .reader
            .read(&utterances)
            .map_err(|e| speech_error(&state, &e))
    })
    .await
    .map_err(|e| AppError::new("speech", e.to_string()))?
}

/// Read one block of the session's screen aloud (its `data-read` id); returns when it has
/// been said or was stopped.
#[tauri::command]
pub async fn speak_block(app: AppHandle, session: i64, block: String) -> Result<(), AppError> {
    read(app, session, move |reading| {
        reading
            .block(&block)
            .map(|b| b.spoken())
            .ok_or(SpeechError::UnknownBlock { id: block })
    })
    .await
}

/// Read the whole step on the session's screen aloud, block after block.
#[tauri::command]
pub async fn speak_step(app: AppHandle, session: i64) -> Result<(), AppError> {
    read(app, session, |reading| {
        Ok(reading.step.iter().flat_map(|b| b.spoken()).collect())
    })
    .await
}

/// Stop reading aloud.
#[tauri::command]
pub fn stop_speaking(speech: State<'_, Speech>) {
    speech.reader.stop();
}

/// The reading speed, for the window's toggle.
#[derive(Serialize)]
pub struct SpeechSettings {
    /// Whether the slower speed is on.
    slower: bool,
}

/// The reading speed (read from the records the first time, on a blocking worker).
#[tauri::command]
pub async fn speech_settings(app: AppHandle) -> Result<SpeechSettings, AppError> {
    let speech = app.clone();
    blocking(&app, move |state| {
        Ok(SpeechSettings {
            slower: speech.state::<Speech>().rate(state) == Rate::Slower,
        })
    })
    .await
}

/// Read more slowly, or at the normal speed again; remembered in the records.
#[tauri::command]
pub async fn set_speech_rate(app: AppHandle, slower: bool) -> Result<(), AppError> {
    let rate = if slower { Rate::Slower } else { Rate::Normal };
    *app.state::<Speech>()
        .rate
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(rate);
    blocking(&app, move |state| {
        // Without records the speed still holds for this run.
        let Ok(store) = state.store() else {
            return Ok(());
        };
        store
            .set_setting(
                Setting::SpeechRate,
                if slower { "slower" } else { "normal" },
            )
            .map_err(|e| state.records_error(&e))
    })
    .await
}
