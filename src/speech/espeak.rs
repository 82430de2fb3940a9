//! The default engine: the `espeak-ng` program with a voice per language, run as a child
//! process. It writes a WAV file; a sound program on the machine (`paplay`, `pw-play`, sox's
//! `play` or `aplay`) plays it, or espeak-ng plays through the sound system itself when none
//! is there (it then cannot tell when there is no sound device).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::{SpeechEngine, SpeechError, StopSignal, Utterance};
use crate::language::Language;

/// The speech program.
pub const PROGRAM: &str = "espeak-ng";

/// Sound programs that play a WAV file (with their options before the file), in the order
/// they are tried. sox's `play` comes with the sox package the set-up installs.
const PLAYERS: [(&str, &[&str]); 4] = [
    ("paplay", &[]),
    ("pw-play", &[]),
    ("play", &["-q"]),
    ("aplay", &["-q"]),
];

/// How often a running child is checked for having ended or for a stop.
const POLL: Duration = Duration::from_millis(20);

/// The espeak-ng voice of a language code: Dutch, English, Turkish, Arabic, Polish.
pub fn voice_for(code: &str) -> Option<&'static str> {
    match code {
        "nl" => Some("nl"),
        "en" => Some("en"),
        "tr" => Some("tr"),
        "ar" => Some("ar"),
        "pl" => Some("pl"),
        _ => None,
    }
}

fn voice(language: Language) -> &'static str {
    voice_for(language.code()).unwrap_or("nl")
}

/// How the audio reaches the speakers.
#[derive(Debug, Clone)]
enum Playback {
    /// Write a WAV file, then play it with this program and options.
    Player(PathBuf, &'static [&'static str]),
    /// espeak-ng plays it itself.
    Direct,
    /// Write the WAV file only (tests, machines without sound).
    Silent,
}

/// espeak-ng as a [`SpeechEngine`].
#[derive(Debug, Clone)]
pub struct Espeak {
    program: PathBuf,
    scratch: PathBuf,
    playback: Playback,
}

/// A program by name on `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

impl Espeak {
    /// espeak-ng playing through the machine's sound program; audio files go in `scratch`.
    pub fn new(scratch: &Path) -> Espeak {
        let playback = PLAYERS
            .iter()
            .find_map(|(name, options)| on_path(name).map(|p| Playback::Player(p, options)))
            .unwrap_or(Playback::Direct);
        Espeak {
            program: PathBuf::from(PROGRAM),
            scratch: scratch.to_owned(),
            playback,
        }
    }

    /// espeak-ng writing WAV files in `scratch` and playing nothing.
    pub fn silent(scratch: &Path) -> Espeak {
        Espeak {
            playback: Playback::Silent,
            ..Espeak::new(scratch)
        }
    }

    /// Whether the espeak-ng program is on this machine.
    pub fn installed() -> bool {
        on_path(PROGRAM).is_some()
    }

    /// The command that says `utterance`, to `wav` or (without) to the sound system. The
    /// text goes in on standard input, so nothing in it is read as an option; every line
    /// ends a clause, as a line on the screen does.
    fn command(&self, utterance: &Utterance, wav: Option<&Path>) -> Command {
        let mut command = Command::new(&self.program);
        command
            .args(["-v", voice(utterance.language)])
            .args(["-s", &utterance.rate.words_per_minute().to_string()])
            .args(["-b", "1", "-l", "10000"]);
        if let Some(wav) = wav {
            command.arg("-w").arg(wav);
        }
        command.arg("--stdin");
        command
    }

    /// Write `utterance` to `wav`, then play it with `player`, unless stopped.
    fn write_then_play(
        &self,
        player: &Path,
        options: &[&str],
        utterance: &Utterance,
        wav: &Path,
        stop: &StopSignal,
    ) -> Result<(), SpeechError> {
        let command = self.command(utterance, Some(wav));
        if !run(command, &plain(&utterance.text), stop, PROGRAM)? {
            return Ok(());
        }
        let mut play = Command::new(player);
        play.args(options).arg(wav);
        let name = player.file_name().unwrap_or_default().to_string_lossy();
        run(play, "", stop, &name).map(|_| ())
    }

    fn speaking_file(&self) -> Result<PathBuf, SpeechError> {
        std::fs::create_dir_all(&self.scratch).map_err(|source| SpeechError::Io {
            path: self.scratch.clone(),
            source,
        })?;
        Ok(self.scratch.join("speaking.wav"))
    }
}

/// espeak-ng reads `[[...]]` as phonemes; a space keeps shown text plain text.
fn plain(text: &str) -> String {
    text.replace("[[", "[ [")
}

/// Run `command` with `input` on standard input until it ends or `stop` is set (then it is
/// ended). Returns whether it ran to the end.
fn run(
    mut command: Command,
    input: &str,
    stop: &StopSignal,
    program: &str,
) -> Result<bool, SpeechError> {
    let mut child: Child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SpeechError::Missing {
                program: program.to_owned(),
            },
            _ => SpeechError::Failed {
                program: program.to_owned(),
                reason: e.to_string(),
            },
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A child that ends early closes its input: its exit status tells what happened.
        let _ = stdin.write_all(input.as_bytes());
    }
    loop {
        let finished = child.try_wait().map_err(|e| SpeechError::Failed {
            program: program.to_owned(),
            reason: e.to_string(),
        })?;
        if let Some(status) = finished {
            if status.success() {
                return Ok(true);
            }
            let mut reason = String::new();
            if let Some(mut stderr) = child.stderr.take() {
                let _ = stderr.read_to_string(&mut reason);
            }
            // The last line says what went wrong; sound libraries write much before it.
            let reason = reason
                .lines()
                .map(str::trim)
                .rfind(|l| !l.is_empty())
                .map_or_else(|| status.to_string(), str::to_owned);
            return Err(SpeechError::Failed {
                program: program.to_owned(),
                reason,
            });
        }
        if stop.is_stopped() {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(false);
        }
        std::thread::sleep(POLL);
    }
}

impl SpeechEngine for Espeak {
    fn write_wav(&self, utterance: &Utterance, wav: &Path) -> Result<(), SpeechError> {
        let command = self.command(utterance, Some(wav));
        run(
            command,
            &plain(&utterance.text),
            &StopSignal::default(),
            PROGRAM,
        )
        .map(|_| ())
    }

    fn speak(&self, utterance: &Utterance, stop: &StopSignal) -> Result<(), SpeechError> {
        let text = plain(&utterance.text);
        match &self.playback {
            Playback::Direct => {
                run(self.command(utterance, None), &text, stop, PROGRAM).map(|_| ())
            }
            Playback::Player(player, options) => {
                let wav = self.speaking_file()?;
                let said = self.write_then_play(player, options, utterance, &wav, stop);
                let _ = std::fs::remove_file(&wav);
                said
            }
            Playback::Silent => {
                let wav = self.speaking_file()?;
                run(self.command(utterance, Some(&wav)), &text, stop, PROGRAM).map(|_| ())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_of_the_program_has_a_voice() {
        for language in Language::ALL {
            assert!(voice_for(language.code()).is_some(), "{language:?}");
        }
        for code in ["tr", "ar", "pl"] {
            assert_eq!(voice_for(code), Some(code));
        }
    }

    #[test]
    fn a_missing_program_is_named() {
        let engine = Espeak {
            program: PathBuf::from("no-such-speech-program-here"),
            scratch: std::env::temp_dir(),
            playback: Playback::Silent,
        };
        let utterance = Utterance {
            text: "Hallo".into(),
            language: Language::Nl,
            rate: super::super::Rate::Normal,
        };
        let err = engine
            .write_wav(&utterance, Path::new("/nonexistent/x.wav"))
            .unwrap_err();
        assert!(matches!(err, SpeechError::Missing { .. }), "{err}");
    }

    #[test]
    fn phoneme_brackets_stay_text() {
        assert_eq!(plain("a [[b]] c"), "a [ [b]] c");
    }
}
