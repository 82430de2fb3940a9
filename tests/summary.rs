//! The printed summary: a real PDF of a real session, read back with poppler's tools.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use keuzehulp::export::{summary_pdf, ExportError};
use keuzehulp::language::{Language, Localizer};
use keuzehulp::session::{Choice, SessionEvent, SessionState};
use keuzehulp::view::pick;

/// Where the PDFs and previews go: `<target dir>/export-preview/`.
fn preview_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("export-preview");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether a poppler tool is installed (see [`common::tool`]).
fn have(tool: &str) -> bool {
    common::tool(tool, "poppler-utils")
}

fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let path = preview_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([path.as_os_str(), "-".as_ref()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Lines are wrapped; compare with single spaces.
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_summary(grid_id: &str, language: Language, choice: Choice) {
    let grid = common::grid(grid_id);
    let state = common::session(&grid, choice);
    let ctx = common::context(&grid);
    let l10n = Localizer::new(language);
    let pdf = summary_pdf(&grid, &state, &ctx, &l10n).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let path = write_pdf(&format!("summary-{grid_id}-{}", language.code()), &pdf);
    if !have("pdftotext") {
        return;
    }
    let text = pdftotext(&path);
    let lang = l10n.language();
    let mut expected = vec![
        pick(&grid.decision.question, lang, &grid),
        common::NOTE.to_owned(),
        grid.version.clone(),
        ctx.content_sha256[..16].to_owned(),
        ctx.patient_label.clone(),
        l10n.text("export-sure-source"),
    ];
    for option in &grid.options {
        expected.push(pick(&option.name, lang, &grid));
        expected.push(pick(&option.summary, lang, &grid));
    }
    match state.choice.as_ref().unwrap() {
        Choice::Option(id) => {
            let option = grid.options.iter().find(|o| &o.id == id).unwrap();
            expected.push(l10n.format(
                "export-choice-option",
                &[("option", pick(&option.name, lang, &grid))],
            ));
        }
        Choice::ThinkAboutIt => expected.push(l10n.text("export-choice-think")),
        Choice::DecideTogether => expected.push(l10n.text("export-choice-together")),
    }
    for reference in &grid.references {
        expected.push(reference.title.clone());
    }
    for marked in grid
        .questions
        .iter()
        .filter(|q| state.marked_rows.contains(&q.id))
    {
        expected.push(pick(&marked.text, lang, &grid));
    }
    for want in expected {
        assert!(
            text.contains(&squeeze(&want)),
            "{grid_id}/{}: the PDF text lacks {want:?}\n--- text ---\n{text}",
            language.code()
        );
    }
}

#[test]
fn dutch_summary_of_liesbreuk_holds_question_options_note_choice_and_version() {
    let grid = common::grid("liesbreuk");
    check_summary(
        "liesbreuk",
        Language::Nl,
        Choice::Option(grid.options[1].id.clone()),
    );
}

#[test]
fn english_summary_of_knie_holds_question_options_note_choice_and_version() {
    check_summary("knie", Language::En, Choice::DecideTogether);
}

#[test]
fn summary_shows_natural_frequencies_of_marked_rows_and_example_label() {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::ThinkAboutIt);
    let l10n = Localizer::new(Language::Nl);
    let pdf = summary_pdf(&grid, &state, &common::context(&grid), &l10n).unwrap();
    let path = write_pdf("summary-liesbreuk-frequencies", &pdf);
    if !have("pdftotext") {
        return;
    }
    let text = pdftotext(&path);
    let outcomes = keuzehulp::export::summary::shown_outcomes(&grid, &state);
    assert!(!outcomes.is_empty());
    for outcome in outcomes {
        for value in &outcome.values {
            let sentence =
                keuzehulp::export::summary::frequency_sentence(&grid, outcome, value, &l10n);
            assert!(sentence.contains(" van de "), "{sentence}");
            assert!(
                text.contains(&squeeze(&sentence)),
                "lacks {sentence:?}\n{text}"
            );
        }
        let certainty =
            l10n.text(keuzehulp::view::consultation::certainty_message(outcome.certainty).1);
        assert!(text.contains(&squeeze(&certainty)), "lacks {certainty:?}");
    }
    assert!(text.contains(&squeeze(&l10n.text("ui-example-content"))));
    assert!(text.contains(&squeeze(&l10n.text("export-choice-think"))));
}

#[test]
fn without_marked_rows_every_event_outcome_is_shown() {
    let grid = common::grid("knie");
    let state = SessionState::default();
    let shown = keuzehulp::export::summary::shown_outcomes(&grid, &state);
    let events: Vec<_> = grid
        .outcomes
        .iter()
        .filter(|o| o.kind == keuzehulp::content::OutcomeKind::Event)
        .map(|o| &o.id)
        .collect();
    assert!(!events.is_empty());
    assert_eq!(shown.iter().map(|o| &o.id).collect::<Vec<_>>(), events);
    // An empty session still prints: no choice yet, SURE not answered.
    let l10n = Localizer::new(Language::Nl);
    let pdf = summary_pdf(&grid, &state, &common::context(&grid), &l10n).unwrap();
    let path = write_pdf("summary-knie-empty", &pdf);
    if have("pdftotext") {
        let text = pdftotext(&path);
        assert!(text.contains(&squeeze(&l10n.text("export-choice-none"))));
        assert!(text.contains(&squeeze(&l10n.text("export-sure-incomplete"))));
    }
}

#[test]
fn fonts_are_embedded() {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::ThinkAboutIt);
    let pdf = summary_pdf(
        &grid,
        &state,
        &common::context(&grid),
        &Localizer::new(Language::Nl),
    )
    .unwrap();
    let path = write_pdf("summary-liesbreuk-fonts", &pdf);
    if !have("pdffonts") {
        return;
    }
    let out = Command::new("pdffonts").arg(&path).output().unwrap();
    assert!(out.status.success());
    let listing = String::from_utf8(out.stdout).unwrap();
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert!(fonts.len() >= 2, "{listing}");
    for font in fonts {
        assert!(font.contains("DejaVuSans"), "{font}");
        // Columns: name type encoding emb sub uni object ID; emb is the 4th from the end.
        let columns: Vec<&str> = font.split_whitespace().collect();
        assert_eq!(columns[columns.len() - 5], "yes", "not embedded: {font}");
    }
}

#[test]
fn long_notes_wrap_and_flow_onto_more_pages() {
    let grid = common::grid("knie");
    let mut state = common::session(&grid, Choice::ThinkAboutIt);
    let long = "Ik wil weer met mijn kleinkinderen kunnen wandelen in het bos. ".repeat(80);
    state.apply(&SessionEvent::NoteWritten { text: long.clone() });
    let pdf = summary_pdf(
        &grid,
        &state,
        &common::context(&grid),
        &Localizer::new(Language::Nl),
    )
    .unwrap();
    let path = write_pdf("summary-knie-long", &pdf);
    if !have("pdfinfo") || !have("pdftotext") {
        return;
    }
    let info =
        String::from_utf8(Command::new("pdfinfo").arg(&path).output().unwrap().stdout).unwrap();
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 3, "{info}");
    // Nothing is cut off: the whole note is in the text, and no line runs past the margin.
    let raw = String::from_utf8(
        Command::new("pdftotext")
            .args([path.as_os_str(), "-".as_ref()])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let footer = format!("{} {} ·", grid.id, grid.version);
    let body: String = raw
        .lines()
        .filter(|l| !l.trim_start_matches('\u{c}').starts_with(&footer))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(squeeze(&body).contains(&squeeze(&long)), "{body}");
    let bbox = String::from_utf8(
        Command::new("pdftotext")
            .args(["-bbox".as_ref(), path.as_os_str(), "-".as_ref()])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for line in bbox.lines().filter(|l| l.contains("<word ")) {
        let x_max: f32 = line
            .split("xMax=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(x_max <= 595.0 - 50.0, "word past the right margin: {line}");
    }
}

#[test]
fn first_page_renders_to_a_preview_image() {
    if !have("pdftoppm") {
        return;
    }
    for (grid_id, language) in [("liesbreuk", Language::Nl), ("knie", Language::En)] {
        let grid = common::grid(grid_id);
        let state = common::session(&grid, Choice::Option(grid.options[0].id.clone()));
        let pdf = summary_pdf(
            &grid,
            &state,
            &common::context(&grid),
            &Localizer::new(language),
        )
        .unwrap();
        let path = write_pdf(&format!("summary-{grid_id}"), &pdf);
        let prefix = preview_dir().join(format!("summary-{grid_id}-p1"));
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&path)
            .arg(&prefix)
            .status()
            .unwrap();
        assert!(status.success());
        let png = std::fs::read(prefix.with_extension("png")).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert!(png.len() > 5_000, "the preview looks empty");
    }
}

#[test]
fn a_choice_the_grid_does_not_have_is_refused_with_a_clear_message() {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::Option("laser".into()));
    let err = summary_pdf(
        &grid,
        &state,
        &common::context(&grid),
        &Localizer::new(Language::Nl),
    )
    .unwrap_err();
    assert_eq!(
        err,
        ExportError::UnknownOption {
            grid: "liesbreuk".into(),
            option: "laser".into()
        }
    );
    let message = err.message(&Localizer::new(Language::Nl));
    assert!(
        message.contains("\"laser\"") && message.contains("liesbreuk"),
        "{message}"
    );
    let mut state = common::session(&grid, Choice::ThinkAboutIt);
    state.apply(&SessionEvent::ImportanceRated {
        aspect: "zwemmen".into(),
        importance: 2,
    });
    let err = summary_pdf(
        &grid,
        &state,
        &common::context(&grid),
        &Localizer::new(Language::En),
    )
    .unwrap_err();
    assert!(err
        .message(&Localizer::new(Language::En))
        .contains("\"zwemmen\""));
}

/// Page 1 of `pdf` as RGB pixels at 72 dpi (one pixel per point): width, height, pixels.
fn page_pixels(name: &str, pdf: &[u8]) -> (usize, usize, Vec<u8>) {
    let path = write_pdf(name, pdf);
    let prefix = preview_dir().join(format!("{name}-p1"));
    let status = Command::new("pdftoppm")
        .args(["-r", "72", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    // A PNG to look at, too.
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let ppm = std::fs::read(prefix.with_extension("ppm")).unwrap();
    // P6 <width> <height> <max>\n<pixels>
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let start = at;
        while !ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&ppm[start..at]).into_owned());
        at += 1;
    }
    assert_eq!(fields[0], "P6");
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, ppm[at..].to_vec())
}

/// Pixels in the columns `x0..x1` of the page that have the pictograms' blue.
fn blue_pixels((w, h, pixels): &(usize, usize, Vec<u8>), x0: usize, x1: usize) -> usize {
    let mut n = 0;
    for y in 0..*h {
        for x in x0..x1.min(*w) {
            let p = &pixels[(y * w + x) * 3..(y * w + x) * 3 + 3];
            // The icon colour (30, 70, 140), also where anti-aliasing lightens it.
            if p[2] > 100 && p[2] as i32 - p[0] as i32 > 50 {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn pictograms_stand_beside_options_and_burden_with_their_text_alternatives() {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::Option(grid.options[0].id.clone()));
    let ctx = common::context(&grid);
    let l10n = Localizer::new(Language::Nl);
    let pdf = summary_pdf(&grid, &state, &ctx, &l10n).unwrap();
    let path = write_pdf("summary-pictures-nl", &pdf);
    assert!(have("pdftotext") && have("pdftoppm"), "poppler-utils");
    let text = pdftotext(&path);
    let burdens: Vec<_> = grid.options.iter().flat_map(|o| &o.burden).collect();
    assert!(!burdens.is_empty());
    for burden in burdens {
        let alt = keuzehulp::view::pictures::burden_picture(burden.aspect, &l10n).alt;
        assert!(
            text.contains(&format!("{alt}: ")),
            "the text alternative {alt:?} beside its pictogram\n{text}"
        );
    }
    // The pictograms are drawn at the start of the column, left to right: blue in the strip
    // left of the text (the margin is 56 pt, an option's picture 24 pt wide).
    let page = page_pixels("summary-pictures-nl", &pdf);
    assert!(
        blue_pixels(&page, 56, 80) > 200,
        "no pictograms at the left"
    );
    assert_eq!(blue_pixels(&page, 520, 539), 0, "nothing blue at the right");
}

/// Arabic text for comparing with what pdftotext reads back: without spaces, bidi controls
/// (poppler wraps digits and punctuation in LRE/PDF marks and spaces them) and vowel marks
/// (which it may put before their letter), and with a lam-alef ligature's two letters in one
/// order (poppler gives the ligature's letters reversed).
fn arabic_normal(text: &str) -> String {
    let kept: Vec<char> = text
        .chars()
        .filter(|c| {
            !matches!(*c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
                && !matches!(*c, '\u{064b}'..='\u{0652}' | '\u{0670}')
        })
        .collect();
    let mut out = Vec::with_capacity(kept.len());
    let mut i = 0;
    while i < kept.len() {
        let alef = |c: char| matches!(c, 'ا' | 'أ' | 'إ' | 'آ');
        if kept[i] == 'ل' && kept.get(i + 1).is_some_and(|c| alef(*c)) {
            out.extend([kept[i + 1], 'ل']);
            i += 2;
        } else {
            out.push(kept[i]);
            i += 1;
        }
    }
    out.into_iter().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn arabic_is_laid_out_right_to_left_in_reading_order() {
    let grid = common::grid("liesbreuk");
    let state = common::session(&grid, Choice::Option(grid.options[0].id.clone()));
    let ctx = common::context(&grid);
    let l10n = Localizer::new(Language::Ar);
    let pdf = summary_pdf(&grid, &state, &ctx, &l10n).unwrap();
    let path = write_pdf("summary-liesbreuk-ar", &pdf);
    assert!(have("pdftotext") && have("pdftoppm"), "poppler-utils");
    let text = pdftotext(&path);
    let read = arabic_normal(&text);
    // The Arabic texts come out in reading order (letters joined in the PDF map back to their
    // characters), numbers in their own order ("5 من كل 100", not "001").
    let outcome = &grid.outcomes[0];
    let value = &outcome.values[0];
    for want in [
        l10n.text("export-title"),
        pick(&grid.decision.question, Language::Ar, &grid),
        l10n.text("export-icon-order"),
        pick(&grid.options[0].name, Language::Ar, &grid),
        pick(&grid.options[0].summary, Language::Ar, &grid),
        keuzehulp::export::summary::frequency_sentence(&grid, outcome, value, &l10n),
        ctx.patient_label.clone(),
    ] {
        assert!(
            read.contains(&arabic_normal(&want)),
            "the PDF text lacks {want:?} in order\n--- text ---\n{text}"
        );
    }
    // Lines end at the right margin; pictograms and icon arrays stand on the right.
    let bbox = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(bbox.stdout).unwrap();
    let attribute = |line: &str, name: &str| -> Option<f32> {
        line.split(&format!("{name}=\""))
            .nth(1)?
            .split('"')
            .next()?
            .parse()
            .ok()
    };
    // The right end of each line of words (grouped by their top).
    let mut line_ends: std::collections::BTreeMap<i32, f32> = Default::default();
    for line in html.lines() {
        if let (Some(top), Some(right)) = (attribute(line, "yMin"), attribute(line, "xMax")) {
            let end = line_ends.entry(top.round() as i32).or_insert(0.0);
            *end = end.max(right);
        }
    }
    assert!(line_ends.len() > 20, "{html}");
    assert!(
        line_ends.values().all(|x| *x <= 540.5),
        "a line past the right margin: {line_ends:?}"
    );
    let at_margin = line_ends.values().filter(|x| **x >= 535.0).count();
    assert!(
        at_margin * 2 > line_ends.len(),
        "lines are not right-aligned: {at_margin} of {} end at the margin",
        line_ends.len()
    );
    let page = page_pixels("summary-liesbreuk-ar", &pdf);
    assert!(
        blue_pixels(&page, 515, 539) > 200,
        "no pictograms at the right"
    );
    assert_eq!(blue_pixels(&page, 56, 70), 0, "nothing blue at the left");
}
