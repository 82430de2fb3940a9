//! Read aloud on the real engine: espeak-ng writes a WAV file of a real step's text, and sox
//! measures it. Speech has a plausible length for its words, slower is longer, and it is not
//! silence. Numbers are said as words in the screen's language.
//!
//! Needs the Debian packages espeak-ng, espeak-ng-data and sox (scripts/setup-debian.sh).
//! Without them the tests are skipped, except under `CI=true`, where they fail.

use std::path::Path;
use std::process::Command;

use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::session::{SessionEvent, SessionState, Step};
use keuzehulp::speech::{voice_for, Espeak, Rate, ScreenReading, SpeechEngine, Utterance};
use keuzehulp::view::consultation::consultation_screen;

/// Whether `program` runs; under CI a missing one fails the test.
fn tool(program: &str, arg: &str) -> bool {
    let found = Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{program} is not installed (apt-get install espeak-ng espeak-ng-data sox)"
        );
        eprintln!(
            "skipped: {program} is not installed (apt-get install espeak-ng espeak-ng-data sox)"
        );
    }
    found
}

fn tools() -> bool {
    tool("espeak-ng", "--version") & tool("sox", "--version")
}

/// The text "read this step" says on the options step of the inguinal hernia grid.
fn options_step_text(language: Language) -> String {
    let library = Library::builtin(chrono::Local::now().date_naive());
    let grid = &library.get("liesbreuk").expect("built-in grid").grid;
    let state = SessionState::from_events(&[SessionEvent::StepOpened {
        step: Step::Options,
    }]);
    let screen = consultation_screen(grid, &state, &Localizer::new(language));
    let reading = ScreenReading::of(&screen);
    reading
        .step
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Length in seconds and RMS amplitude of a WAV file, from `sox FILE -n stat`.
fn measure(wav: &Path) -> (f64, f64) {
    let output = Command::new("sox")
        .arg(wav)
        .args(["-n", "stat"])
        .output()
        .expect("sox runs");
    assert!(output.status.success(), "sox: {output:?}");
    // sox writes its statistics on standard error.
    let stat = String::from_utf8_lossy(&output.stderr);
    let field = |name: &str| -> f64 {
        stat.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split(':').nth(1))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name} not in sox output:\n{stat}"))
    };
    (field("Length (seconds)"), field("RMS     amplitude"))
}

fn wav_of(text: &str, language: Language, rate: Rate, dir: &Path) -> (f64, f64) {
    let wav = dir.join(format!("{}-{rate:?}.wav", language.code()));
    let engine = Espeak::silent(dir);
    let utterance = Utterance {
        text: text.to_owned(),
        language,
        rate,
    };
    engine
        .write_wav(&utterance, &wav)
        .expect("espeak-ng writes");
    measure(&wav)
}

#[test]
fn a_real_step_becomes_speech_of_plausible_length_and_slower_is_longer() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for language in Language::ALL {
        let text = options_step_text(language);
        let words = text.split_whitespace().count() as f64;
        assert!(words > 20.0, "{language:?}: a real step: {text}");
        let (normal, loudness) = wav_of(&text, language, Rate::Normal, dir.path());
        assert!(
            (0.2 * words..=1.2 * words).contains(&normal),
            "{language:?}: {words} words took {normal} s"
        );
        assert!(
            loudness > 0.02,
            "{language:?}: RMS amplitude {loudness}: silence, not speech"
        );
        let (slower, _) = wav_of(&text, language, Rate::Slower, dir.path());
        eprintln!(
            "{language:?}: {words} words; normal {normal:.2} s, slower {slower:.2} s, RMS {loudness:.3}"
        );
        assert!(
            slower > normal * 1.15,
            "{language:?}: slower {slower} s, normal {normal} s"
        );
    }
}

/// espeak-ng's phonemes of `text` with `voice`, spaces left out.
fn phonemes(text: &str, voice: &str) -> String {
    let output = Command::new("espeak-ng")
        .args(["-v", voice, "-q", "-x", text])
        .output()
        .expect("espeak-ng runs");
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect()
}

#[test]
fn numbers_shown_as_digits_are_said_as_words_in_the_screens_language() {
    if !tools() {
        return;
    }
    let cases = [
        (Language::Nl, [("100", "honderd"), ("5", "vijf")]),
        (Language::En, [("100", "one hundred"), ("5", "five")]),
    ];
    for (language, words) in cases {
        let l10n = Localizer::new(language);
        let time = l10n.format("time-years", &[("amount", "5")]);
        let label = match language {
            Language::Nl => "hebben pijn",
            _ => "have pain",
        };
        // The sentence exactly as the outcome shows it: "5 van de 100 mensen ..., na 5 jaar."
        let shown = l10n.format(
            "frequency-sentence",
            &[
                ("count", "5"),
                ("denominator", "100"),
                ("label", label),
                ("time", time.as_str()),
            ],
        );
        let spelled = words.iter().fold(shown.clone(), |text, (digits, word)| {
            text.replace(digits, word)
        });
        assert_ne!(shown, spelled);
        let voice = voice_for(language.code()).expect("a voice");
        assert_eq!(
            phonemes(&shown, voice),
            phonemes(&spelled, voice),
            "{shown:?} is not said as {spelled:?}"
        );
    }
}

#[test]
fn espeak_ng_has_a_voice_for_every_language_the_program_may_speak() {
    if !tools() {
        return;
    }
    let output = Command::new("espeak-ng")
        .arg("--voices")
        .output()
        .expect("espeak-ng runs");
    let list = String::from_utf8_lossy(&output.stdout);
    for code in ["nl", "en", "tr", "ar", "pl"] {
        let voice = voice_for(code).expect("a voice");
        let dir = tempfile::tempdir().expect("temp dir");
        let wav = dir.path().join("v.wav");
        let status = Command::new("espeak-ng")
            .args(["-v", voice, "-w"])
            .arg(&wav)
            .arg("1 2 3")
            .status()
            .expect("espeak-ng runs");
        assert!(status.success(), "voice {voice} of {code}:\n{list}");
        let (length, loudness) = measure(&wav);
        assert!(
            length > 0.3 && loudness > 0.02,
            "{code}: {length} s, {loudness}"
        );
    }
}
