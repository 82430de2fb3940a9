//! End to end: read aloud in the real window. The read-aloud button of a block and "read this
//! step" ask the engine for exactly the texts the screen shows, in order; slower, stop and the
//! language reach the engine too. The app runs with a speech log (`--speech-log`), so the
//! engine is espeak-ng writing WAV files only: a test display has no sound device.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Client;
use keuzehulp::language::Language;
use keuzehulp::speech::{read_log, LoggedUtterance, Rate};
use keuzehulp_e2e::page::{
    click, fill, on_step, open_app, screenshot, script, scroll_to, shows, text, STEPS,
};
use keuzehulp_e2e::Harness;

/// The texts an element shows, one per text node, as the core's blocks have them.
const TEXT_OF: &str = "const textOf = (node) => { \
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT); const parts = []; \
    while (walker.nextNode()) { const t = walker.currentNode.textContent.trim(); if (t) parts.push(t); } \
    return parts.join('\\n'); };";

/// The text of the block element matching `css`.
async fn shown(client: &Client, css: &str) -> String {
    let js = format!(
        "{TEXT_OF} const el = document.querySelector(arguments[0]); return el ? textOf(el) : null"
    );
    let value = script(client, &js, vec![css.into()]).await;
    value
        .as_str()
        .unwrap_or_else(|| panic!("{css}: not on screen"))
        .to_owned()
}

/// The texts of every block of the step on screen, in the order shown (hidden ones, such as
/// the easy layer while easy reading is off, left out).
async fn step_shown(client: &Client) -> Vec<String> {
    let js = format!(
        "{TEXT_OF} return Array.from(document.querySelectorAll('#step [data-read]')) \
         .filter((e) => e.getClientRects().length > 0).map(textOf).filter((t) => t)"
    );
    let value = script(client, &js, vec![]).await;
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Wait until the log holds at least `lines` lines; returns them.
async fn logged(log: &Path, lines: usize) -> Vec<LoggedUtterance> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = read_log(log);
        if now.len() >= lines {
            return now;
        }
        assert!(
            Instant::now() < deadline,
            "speech log has {} lines, expected {lines}: {now:?}",
            now.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Press the read-aloud button of the block `css` and check the engine got its text.
async fn read_block(client: &Client, log: &Path, css: &str, language: Language, rate: Rate) {
    let before = read_log(log).len();
    let expected = shown(client, css).await;
    assert!(!expected.is_empty(), "{css}: no text");
    click(client, &format!("{css} > .read-aloud")).await;
    let said = logged(log, before + 1).await;
    assert_eq!(
        said[before],
        LoggedUtterance {
            text: expected,
            language,
            rate
        },
        "{css}"
    );
}

/// Press "read this step" and check the engine got every block of the step, as shown, in order.
async fn read_step(client: &Client, log: &Path) {
    let expected = step_shown(client).await;
    assert!(expected.len() >= 2, "{expected:?}");
    let before = read_log(log).len();
    click(client, "#read-step").await;
    let said = logged(log, before + expected.len()).await;
    let texts: Vec<&str> = said[before..].iter().map(|u| u.text.as_str()).collect();
    assert_eq!(texts, expected);
}

#[tokio::test(flavor = "multi_thread")]
async fn read_aloud_says_exactly_what_the_screen_shows() {
    let harness = Harness::start();
    let log = harness.data_dir.path().join("speech-log.jsonl");
    let flag = format!("--speech-log={}", log.display());
    let client = open_app(&harness, &[&flag]).await;

    click(&client, "button.condition[data-id='liesbreuk']").await;
    shows(&client, "#begin", "").await;
    fill(&client, "#patient", "voorlezen", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='options']").await;
    on_step(&client, "options").await;
    let nl = Language::Nl;

    // One block: an option, as shown.
    read_block(
        &client,
        &log,
        "#options .option[data-id='operatie']",
        nl,
        Rate::Normal,
    )
    .await;
    read_block(&client, &log, ".consultation-header", nl, Rate::Normal).await;

    // The whole step, block after block, as shown.
    read_step(&client, &log).await;
    screenshot(&client, "voorlezen-1-mogelijkheden").await;

    // The grid: a cell, a row's question, an outcome sentence with its numbers.
    click(&client, "#steps [data-step='pros_cons']").await;
    on_step(&client, "pros_cons").await;
    read_block(
        &client,
        &log,
        "#option-grid td[data-read]",
        nl,
        Rate::Normal,
    )
    .await;
    read_block(
        &client,
        &log,
        "#option-grid .row-question",
        nl,
        Rate::Normal,
    )
    .await;
    let figure = "#outcomes figure.outcome-option";
    read_block(&client, &log, figure, nl, Rate::Normal).await;
    let sentence = read_log(&log).last().unwrap().text.clone();
    assert!(sentence.contains(" van de 100 "), "{sentence}");
    scroll_to(&client, "#option-grid tbody").await;
    screenshot(&client, "voorlezen-2-keuzekaart").await;
    scroll_to(&client, "#outcomes").await;
    screenshot(&client, "voorlezen-3-uitkomsten").await;

    // Slower: the engine is asked for the slower rate, and the toggle says it is on.
    click(&client, "#read-slower").await;
    shows(&client, "#read-tools", "").await;
    let pressed = "return document.getElementById('read-slower').getAttribute('aria-pressed')";
    let deadline = Instant::now() + Duration::from_secs(10);
    while script(&client, pressed, vec![]).await.as_str() != Some("true") {
        assert!(Instant::now() < deadline, "slower did not switch on");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    read_block(&client, &log, figure, nl, Rate::Slower).await;

    // Stop: a long step stops being read.
    let blocks = step_shown(&client).await.len();
    assert!(blocks > 20, "the pros and cons step has {blocks} blocks");
    let before = read_log(&log).len();
    click(&client, "#read-step").await;
    logged(&log, before + 1).await;
    click(&client, "#read-stop").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let after_stop = read_log(&log).len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        read_log(&log).len(),
        after_stop,
        "reading went on after stop"
    );
    assert!(
        after_stop - before < blocks,
        "all {blocks} blocks were read despite stop"
    );

    // In English the English voice is asked, for the English text on screen.
    click(&client, "#lang-en").await;
    shows(&client, "#step-heading", "pros and cons").await;
    click(&client, "#read-slower").await; // back to the normal speed
    let deadline = Instant::now() + Duration::from_secs(10);
    while script(&client, pressed, vec![]).await.as_str() != Some("false") {
        assert!(Instant::now() < deadline, "slower did not switch off");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    read_block(&client, &log, figure, Language::En, Rate::Normal).await;

    // Every step, with answers given so that the line-up, the next steps after a doubtful
    // SURE test and the summary have something to show: read as shown.
    click(&client, "#lang-nl").await;
    shows(&client, "#step-heading", "voor- en nadelen").await;
    click(&client, "#option-grid .mark-row").await;
    shows(&client, "#option-grid tr.marked", "").await;
    for step in STEPS {
        click(&client, &format!("#steps [data-step='{step}']")).await;
        on_step(&client, step).await;
        match step {
            "values" => {
                let scale = "#aspects .aspect:first-child .scale-point[data-value='4']";
                click(&client, scale).await;
                // The answer comes back from a worker: read once the screen shows it.
                shows(&client, &format!("{scale}[aria-pressed='true']"), "").await;
                shows(&client, "#lineup", "").await;
            }
            "decision" => {
                click(&client, "#choices [data-choice='operatie']").await;
                shows(&client, "#choice-status", "Operatie").await;
            }
            "sure" => {
                click(&client, "#sure [data-item='support'] [data-yes='false']").await;
                for item in ["sure", "understand", "values"] {
                    let yes = format!("#sure [data-item='{item}'] [data-yes='true']");
                    click(&client, &yes).await;
                    shows(&client, &format!("{yes}[aria-pressed='true']"), "").await;
                }
                shows(&client, "#next-steps", "").await;
            }
            _ => {}
        }
        read_step(&client, &log).await;
    }
    read_block(&client, &log, "#summary", nl, Rate::Normal).await;
    read_block(&client, &log, "#panel", nl, Rate::Normal).await;
    client.close().await.expect("close");
}

/// The texts of every block of the step a person sees now (hidden ones left out), with what
/// an icon array shows said by its text alternative.
async fn step_seen(client: &Client) -> Vec<String> {
    let js = "const seen = (node) => { \
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT); \
        const parts = []; \
        while (walker.nextNode()) { const n = walker.currentNode; \
          const t = n.nodeType === Node.TEXT_NODE ? n.textContent.trim() \
            : (n.matches('img.chart') ? n.alt.trim() : ''); \
          if (t) parts.push(t); } \
        return parts.join('\\n'); }; \
      return Array.from(document.querySelectorAll('#step [data-read]')) \
        .filter((e) => e.getClientRects().length > 0).map(seen).filter((t) => t)";
    script(client, js, vec![])
        .await
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn easy_reading_is_read_as_shown_and_dutch_with_the_dutch_voice() {
    let harness = Harness::start();
    let log = harness.data_dir.path().join("speech-log.jsonl");
    let flag = format!("--speech-log={}", log.display());
    let client = open_app(&harness, &[&flag]).await;
    let nl = Language::Nl;

    // Easy reading on: "read this step" says the easy layer as shown, not the hidden options.
    click(&client, "#easy-reading").await;
    shows(&client, "#easy-reading[aria-pressed='true']", "").await;
    click(&client, "button.condition[data-id='liesbreuk']").await;
    fill(&client, "#patient", "makkelijk-voorlezen", "input").await;
    click(&client, "#begin-home").await;
    on_step(&client, "choice").await;
    click(&client, "#next").await;
    on_step(&client, "options").await;
    let expected = step_seen(&client).await;
    assert!(
        expected
            .iter()
            .any(|t| t.contains("U krijgt nu geen operatie.")),
        "{expected:?}"
    );
    let before = read_log(&log).len();
    click(&client, "#read-step").await;
    let said = logged(&log, before + expected.len()).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let said_now = read_log(&log);
    assert_eq!(said_now.len(), said.len(), "more was said than shown");
    let texts: Vec<&str> = said[before..].iter().map(|u| u.text.as_str()).collect();
    assert_eq!(texts, expected, "the easy layer, exactly as shown");
    assert!(said[before..].iter().all(|u| u.language == nl));
    // One easy option's own button: its name and short sentences.
    read_block(
        &client,
        &log,
        "#easy-layer .easy-option[data-id='afwachten']",
        nl,
        Rate::Normal,
    )
    .await;
    screenshot(&client, "voorlezen-4-makkelijk-lezen").await;
    click(&client, "#easy-reading").await;
    shows(&client, "#easy-reading[aria-pressed='false']", "").await;
    click(&client, "#stop").await;
    click(&client, "#stopped button:last-child").await;
    shows(&client, "#conditions", "").await;

    // Arabic, on a grid written in Dutch only: the window's words with the Arabic voice, the
    // grid's Dutch texts with the Dutch one.
    click(&client, "#lang-ar").await;
    shows(&client, "#lang-ar[aria-pressed='true']", "").await;
    click(&client, "button.condition[data-id='knie']").await;
    fill(&client, "#patient", "arabisch-voorlezen", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    click(&client, "#steps [data-step='options']").await;
    on_step(&client, "options").await;
    let option = "#options .option";
    let kind = text(&client, &format!("{option} .option-kind")).await;
    let dutch = format!(
        "{}\n{}",
        text(&client, &format!("{option} strong")).await,
        text(&client, &format!("{option} p")).await
    );
    let before = read_log(&log).len();
    click(&client, &format!("{option} > .read-aloud")).await;
    let said = logged(&log, before + 2).await;
    let pairs: Vec<(Language, &str)> = said[before..]
        .iter()
        .map(|u| (u.language, u.text.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [(Language::Ar, kind.as_str()), (nl, dutch.as_str())],
        "each text with the voice of its language"
    );
    client.close().await.expect("close");
}
