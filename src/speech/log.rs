//! A speech log for tests: records every text an engine is asked to say (one JSON line each:
//! text, language, rate), then hands it to the engine it wraps.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::{Rate, SpeechEngine, SpeechError, StopSignal, Utterance};
use crate::language::Language;

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedUtterance {
    /// The text asked for.
    pub text: String,
    /// Its language.
    pub language: Language,
    /// The rate.
    pub rate: Rate,
}

/// An engine that logs what it is asked, then asks `inner`.
pub struct SpeechLog<E> {
    path: PathBuf,
    inner: E,
    lock: Mutex<()>,
}

impl<E: SpeechEngine> SpeechLog<E> {
    /// Log to `path` (appended to) and pass on to `inner`.
    pub fn new(path: &Path, inner: E) -> SpeechLog<E> {
        SpeechLog {
            path: path.to_owned(),
            inner,
            lock: Mutex::new(()),
        }
    }

    fn record(&self, utterance: &Utterance) -> Result<(), SpeechError> {
        let line = LoggedUtterance {
            text: utterance.text.clone(),
            language: utterance.language,
            rate: utterance.rate,
        };
        let mut json = serde_json::to_string(&line).unwrap_or_default();
        json.push('\n');
        let io = |source| SpeechError::Io {
            path: self.path.clone(),
            source,
        };
        let _one_line_at_a_time = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .and_then(|mut file| file.write_all(json.as_bytes()))
            .map_err(io)
    }
}

/// The lines of a speech log, oldest first (a missing file is an empty log).
pub fn read_log(path: &Path) -> Vec<LoggedUtterance> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

impl<E: SpeechEngine> SpeechEngine for SpeechLog<E> {
    fn write_wav(&self, utterance: &Utterance, wav: &Path) -> Result<(), SpeechError> {
        self.record(utterance)?;
        self.inner.write_wav(utterance, wav)
    }

    fn speak(&self, utterance: &Utterance, stop: &StopSignal) -> Result<(), SpeechError> {
        self.record(utterance)?;
        self.inner.speak(utterance, stop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Quiet;

    impl SpeechEngine for Quiet {
        fn write_wav(&self, _: &Utterance, _: &Path) -> Result<(), SpeechError> {
            Ok(())
        }
        fn speak(&self, _: &Utterance, _: &StopSignal) -> Result<(), SpeechError> {
            Ok(())
        }
    }

    #[test]
    fn the_log_holds_exactly_what_was_asked_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speech.jsonl");
        let log = SpeechLog::new(&path, Quiet);
        let said = [
            (
                "5 van de 100 mensen.\nNa 5 jaar.",
                Language::Nl,
                Rate::Normal,
            ),
            ("\"Quoted\" and ünïcode", Language::En, Rate::Slower),
        ];
        for (text, language, rate) in said {
            let utterance = Utterance {
                text: text.into(),
                language,
                rate,
            };
            log.speak(&utterance, &StopSignal::default()).unwrap();
        }
        let read = read_log(&path);
        let expected: Vec<_> = said
            .iter()
            .map(|(text, language, rate)| LoggedUtterance {
                text: (*text).into(),
                language: *language,
                rate: *rate,
            })
            .collect();
        assert_eq!(read, expected);
    }
}
