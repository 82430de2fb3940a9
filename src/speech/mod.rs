//! Read aloud ("Voorlezen"): the blocks of a step a patient can have read to them, and a speech
//! engine on this machine that says them. No network: the default engine is the `espeak-ng`
//! program (Debian packages espeak-ng and espeak-ng-data), run as a child process.
//!
//! The text said is exactly the text shown: [`ScreenReading`] takes it from the view model the
//! window draws. Numbers stay as they are shown ("5 van de 100"); a voice of the screen's
//! language says them as words.

mod blocks;
mod espeak;
mod log;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::language::{Language, Localizer};

pub use blocks::{Layer, ReadBlock, ReadPart, ScreenReading};
pub use espeak::{voice_for, Espeak, PROGRAM as ESPEAK_PROGRAM};
pub use log::{read_log, LoggedUtterance, SpeechLog};

/// How fast text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rate {
    /// A calm speaking pace.
    #[default]
    Normal,
    /// Slower, for people who need more time to follow.
    Slower,
}

impl Rate {
    /// Words per minute (espeak-ng's own default is 175).
    pub fn words_per_minute(self) -> u32 {
        match self {
            Rate::Normal => 160,
            Rate::Slower => 115,
        }
    }
}

/// One text to say, in a language, at a rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The text, exactly as shown; lines are said as separate sentences.
    pub text: String,
    /// The language of the text: chooses the voice.
    pub language: Language,
    /// How fast.
    pub rate: Rate,
}

/// Set when what is being said must stop; engines check it while they work.
#[derive(Debug, Clone, Default)]
pub struct StopSignal(Arc<AtomicBool>);

impl StopSignal {
    /// Ask to stop.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether stopping was asked.
    pub fn is_stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// A speech engine on this machine.
pub trait SpeechEngine: Send + Sync {
    /// Write `utterance` as a WAV file at `wav`.
    fn write_wav(&self, utterance: &Utterance, wav: &Path) -> Result<(), SpeechError>;

    /// Say `utterance` aloud; returns when it has been said or `stop` was set.
    fn speak(&self, utterance: &Utterance, stop: &StopSignal) -> Result<(), SpeechError>;
}

/// What can go wrong when reading aloud.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// The speech program is not installed.
    #[error("{program} is not installed")]
    Missing {
        /// The program.
        program: String,
    },
    /// The speech or sound program ran and failed.
    #[error("{program} failed: {reason}")]
    Failed {
        /// The program.
        program: String,
        /// What it said.
        reason: String,
    },
    /// A file for the audio or the speech log could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The block asked for is not on the screen.
    #[error("no block {id:?} on this screen")]
    UnknownBlock {
        /// The block id.
        id: String,
    },
}

impl SpeechError {
    /// The error as the person at the screen reads it.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            SpeechError::Missing { program } => {
                l10n.format("speech-error-missing", &[("program", program.as_str())])
            }
            SpeechError::Failed { program, reason } => l10n.format(
                "speech-error-failed",
                &[("program", program.as_str()), ("reason", reason.as_str())],
            ),
            SpeechError::Io { path, source } => l10n.format(
                "speech-error-io",
                &[
                    ("path", path.display().to_string()),
                    ("reason", source.to_string()),
                ],
            ),
            SpeechError::UnknownBlock { id } => {
                l10n.format("speech-error-unknown-block", &[("id", id.as_str())])
            }
        }
    }
}

/// Reads texts aloud one after the other through an engine. A new reading stops the one
/// before it; [`Reader::stop`] stops whatever is being read.
pub struct Reader {
    engine: Box<dyn SpeechEngine>,
    current: Mutex<StopSignal>,
    turn: Mutex<()>,
}

impl Reader {
    /// A reader over `engine`.
    pub fn new(engine: Box<dyn SpeechEngine>) -> Reader {
        Reader {
            engine,
            current: Mutex::new(StopSignal::default()),
            turn: Mutex::new(()),
        }
    }

    /// Say `utterances` in order; returns when all are said or the reading was stopped.
    /// Blocks the calling thread: call it off the window's thread.
    pub fn read(&self, utterances: &[Utterance]) -> Result<(), SpeechError> {
        let signal = StopSignal::default();
        {
            let mut current = self.current.lock().unwrap_or_else(|p| p.into_inner());
            current.stop();
            *current = signal.clone();
        }
        // The reading before this one ends promptly once stopped; then this one takes its turn.
        let _turn = self.turn.lock().unwrap_or_else(|p| p.into_inner());
        for utterance in utterances {
            if signal.is_stopped() {
                break;
            }
            if !utterance.text.trim().is_empty() {
                self.engine.speak(utterance, &signal)?;
            }
        }
        Ok(())
    }

    /// Stop what is being read now, if anything.
    pub fn stop(&self) {
        self.current
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    /// Says nothing; takes a while per utterance unless stopped, and counts what it said.
    struct Slow(Arc<AtomicUsize>);

    impl SpeechEngine for Slow {
        fn write_wav(&self, _: &Utterance, _: &Path) -> Result<(), SpeechError> {
            Ok(())
        }
        fn speak(&self, _: &Utterance, stop: &StopSignal) -> Result<(), SpeechError> {
            for _ in 0..200 {
                if stop.is_stopped() {
                    return Ok(());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            self.0.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    }

    fn utterance(text: &str) -> Utterance {
        Utterance {
            text: text.into(),
            language: Language::Nl,
            rate: Rate::Normal,
        }
    }

    #[test]
    fn stop_ends_a_reading_and_skips_the_rest() {
        let said = Arc::new(AtomicUsize::new(0));
        let reader = Arc::new(Reader::new(Box::new(Slow(said.clone()))));
        let reading = {
            let reader = reader.clone();
            std::thread::spawn(move || reader.read(&[utterance("een"), utterance("twee")]))
        };
        std::thread::sleep(Duration::from_millis(50));
        reader.stop();
        reading.join().unwrap().unwrap();
        assert_eq!(said.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_new_reading_stops_the_one_before() {
        let said = Arc::new(AtomicUsize::new(0));
        let reader = Arc::new(Reader::new(Box::new(Slow(said.clone()))));
        let first = {
            let reader = reader.clone();
            std::thread::spawn(move || reader.read(&[utterance("een"), utterance("twee")]))
        };
        std::thread::sleep(Duration::from_millis(50));
        reader.read(&[utterance("drie")]).unwrap();
        first.join().unwrap().unwrap();
        assert_eq!(
            said.load(Ordering::SeqCst),
            1,
            "only the new reading was said"
        );
    }

    #[test]
    fn empty_text_is_not_sent_to_the_engine() {
        let said = Arc::new(AtomicUsize::new(0));
        let reader = Reader::new(Box::new(Slow(said.clone())));
        reader.read(&[utterance("  ")]).unwrap();
        assert_eq!(said.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn slower_is_slower() {
        assert!(Rate::Slower.words_per_minute() < Rate::Normal.words_per_minute());
    }
}
