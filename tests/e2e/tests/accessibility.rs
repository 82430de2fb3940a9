//! End to end: accessibility measured. axe-core (npm package, `npm ci`) is injected through
//! WebDriver into the real window and run on every screen of both modes, in Dutch and in
//! Arabic; any "serious" or "critical" finding fails the test, named by rule, element and help.

use std::time::Duration;

use fantoccini::Client;
use keuzehulp_e2e::page::{
    click, fill, html_lang, on_step, open_app, screenshot, script, settle, shows, text,
    wait_for_text, STEPS,
};
use keuzehulp_e2e::Harness;
use serde_json::Value;

/// axe-core as `npm ci` installs it (package.json pins the version).
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/axe-core/axe.min.js");
    match std::fs::read_to_string(&path) {
        Ok(source) => source,
        // Never a silent pass, in CI (CI=true) or on a desk: without axe-core nothing is measured.
        Err(e) => panic!(
            "{}: {e}. axe-core is missing: run `npm ci` in the repository (scripts/setup-debian.sh \
             does){}",
            path.display(),
            if std::env::var("CI").as_deref() == Ok("true") {
                "; under CI this is a failure, not a skip"
            } else {
                ""
            }
        ),
    }
}

/// The axe-core version `npm ci` installed.
fn axe_version() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../node_modules/axe-core/package.json");
    let json: Value = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    json["version"].as_str().unwrap_or_default().to_owned()
}

/// One rule axe-core found broken on a screen.
#[derive(Debug)]
struct Finding {
    rule: String,
    impact: String,
    help: String,
    targets: Vec<String>,
}

impl Finding {
    fn blocks(&self) -> bool {
        matches!(self.impact.as_str(), "serious" | "critical")
    }
}

/// What each scanned screen had: the rules that passed, and the findings.
#[derive(Default)]
struct Report(Vec<(String, u64, Vec<Finding>)>);

const RUN_AXE: &str = "const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] })
  .then((r) => done(JSON.stringify({ passes: r.passes.length, violations: r.violations.map((v) => ({
    rule: v.id, impact: v.impact || '', help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')) })) })))
  .catch((e) => done(JSON.stringify({ error: String(e) })));";

impl Report {
    /// Run axe-core on what the window shows now, as screen `name`.
    async fn scan(&mut self, client: &Client, axe: &str, name: &str) {
        settle(client).await;
        let loaded = script(client, "return typeof window.axe === 'object'", vec![]).await;
        if loaded != Value::Bool(true) {
            let js = format!("{axe}\n;return typeof window.axe === 'object'");
            assert_eq!(
                script(client, &js, vec![]).await,
                Value::Bool(true),
                "axe-core did not load in the window"
            );
        }
        let answer = tokio::time::timeout(
            Duration::from_secs(90),
            client.execute_async(RUN_AXE, vec![]),
        )
        .await
        .unwrap_or_else(|_| panic!("axe.run on {name} timed out"))
        .unwrap_or_else(|e| panic!("axe.run on {name}: {e}"));
        let parsed: Value =
            serde_json::from_str(answer.as_str().expect("axe answers in JSON")).expect("JSON");
        assert!(parsed.get("error").is_none(), "axe.run on {name}: {parsed}");
        let text = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
        let passes = parsed["passes"].as_u64().unwrap_or(0);
        assert!(
            passes > 10,
            "axe-core checked next to nothing on {name}: {parsed}"
        );
        let findings = parsed["violations"]
            .as_array()
            .expect("a list of violations")
            .iter()
            .map(|v| Finding {
                rule: text(v, "rule"),
                impact: text(v, "impact"),
                help: text(v, "help"),
                targets: v["targets"]
                    .as_array()
                    .map(|t| {
                        t.iter()
                            .filter_map(|s| s.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        self.0.push((name.to_owned(), passes, findings));
    }

    /// Put the scan's results over the window for a screenshot (test output, not the app's).
    async fn show(&self, client: &Client, language: &str) {
        let lines: Vec<String> = self
            .0
            .iter()
            .map(|(screen, passes, findings)| {
                let serious = findings.iter().filter(|f| f.blocks()).count();
                format!(
                    "{screen}: {passes} rules passed, {} violations, {serious} serious or critical",
                    findings.len()
                )
            })
            .collect();
        let js = "const box = document.createElement('pre'); box.id = 'axe-report'; \
            box.style.cssText = 'position:fixed;inset:1rem;z-index:9;margin:0;padding:1rem;overflow:auto;\
            background:#fff;color:#000;border:3px solid #000;font:14px monospace;direction:ltr'; \
            box.textContent = arguments[0]; document.body.append(box); return true";
        let text = format!(
            "axe-core {} ({language})\n{}",
            axe_version(),
            lines.join("\n")
        );
        script(client, js, vec![text.into()]).await;
        screenshot(client, &format!("a11y-{language}-axe-run")).await;
        script(
            client,
            "document.getElementById('axe-report').remove(); return true",
            vec![],
        )
        .await;
    }

    /// Print every screen's counts and findings; fail on a serious or critical one.
    fn finish(self, language: &str) {
        let mut blocking = Vec::new();
        eprintln!(
            "axe-core, {language}: screen | rules passed | violations (rules) | serious or critical"
        );
        for (screen, passes, findings) in &self.0 {
            let serious = findings.iter().filter(|f| f.blocks()).count();
            eprintln!("  {screen} | {passes} | {} | {serious}", findings.len());
            for f in findings {
                eprintln!(
                    "    [{}] {}: {} ({} elements: {})",
                    f.impact,
                    f.rule,
                    f.help,
                    f.targets.len(),
                    f.targets
                        .iter()
                        .take(3)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                if f.blocks() {
                    blocking.push(format!(
                        "{screen}: [{}] {} at {}: {}",
                        f.impact,
                        f.rule,
                        f.targets.join(", "),
                        f.help
                    ));
                }
            }
        }
        assert!(self.0.len() >= 20, "only {} screens scanned", self.0.len());
        assert!(
            blocking.is_empty(),
            "serious or critical accessibility findings ({language}):\n{}",
            blocking.join("\n")
        );
    }
}

/// Walk every screen in `language` (`nl` or `ar`) and scan each.
async fn walk(language: &str) {
    let axe = axe_source();
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    let mut report = Report::default();
    if language != "nl" {
        click(&client, &format!("#lang-{language}")).await;
        shows(
            &client,
            &format!("#lang-{language}[aria-pressed='true']"),
            "",
        )
        .await;
        assert_eq!(html_lang(&client).await, language);
        shows(&client, "#conditions", "").await;
    }
    report.scan(&client, &axe, "start").await;

    // The decision screen, then the consultation room: every step one click away.
    click(&client, "button.condition[data-id='liesbreuk']").await;
    shows(&client, "#begin", "").await;
    report.scan(&client, &axe, "decision").await;
    fill(
        &client,
        "#patient",
        &format!("axe-{language}-kamer"),
        "input",
    )
    .await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;
    for step in STEPS {
        click(&client, &format!("button.step-link[data-step='{step}']")).await;
        on_step(&client, step).await;
        if step == "pros_cons" {
            // Something in the patient's panel, and the grid's first row marked.
            click(&client, "input.mark-row").await;
            shows(&client, "#panel li", "").await;
        }
        report.scan(&client, &axe, &format!("room-{step}")).await;
    }
    if language == "ar" {
        screenshot(&client, "a11y-ar-room-summary").await;
    }
    click(&client, "#stop").await;
    shows(&client, "#conditions", "").await;

    // At home, with easy reading on: one step per screen, with progress.
    click(&client, "#easy-reading").await;
    shows(&client, "#easy-reading[aria-pressed='true']", "").await;
    click(&client, "button.condition[data-id='liesbreuk']").await;
    // The decision screen comes from a worker now: wait for it before typing.
    shows(&client, "#begin", "").await;
    fill(
        &client,
        "#patient",
        &format!("axe-{language}-thuis"),
        "input",
    )
    .await;
    click(&client, "#begin-home").await;
    for step in STEPS {
        on_step(&client, step).await;
        report
            .scan(&client, &axe, &format!("home-easy-{step}"))
            .await;
        if step == "options" {
            screenshot(&client, &format!("a11y-{language}-home-easy-options")).await;
        }
        if step != "summary" {
            click(&client, "#next").await;
        }
    }
    click(&client, "#stop").await;
    shows(&client, "#stopped", "").await;
    report.scan(&client, &axe, "home-stopped").await;
    click(&client, "#stopped button:last-child").await;
    shows(&client, "#conditions", "").await;

    // A grid not written in this language.
    if language == "ar" {
        click(&client, "button.condition[data-id='knie']").await;
        shows(&client, ".language-note", "").await;
        report.scan(&client, &axe, "decision-fallback").await;
        click(&client, "button.back").await;
        shows(&client, "#conditions", "").await;
    }

    // The patients overview, sharing open, the erase confirmation open.
    click(&client, "#patients-button").await;
    shows(&client, "#patient-list", "").await;
    report.scan(&client, &axe, "patients").await;
    script(
        &client,
        "document.getElementById('sharing').open = true; return true",
        vec![],
    )
    .await;
    report.scan(&client, &axe, "patients-sharing").await;
    click(&client, "button.erase").await;
    shows(&client, ".erase-confirm:not([hidden])", "").await;
    report.scan(&client, &axe, "patients-erase-dialog").await;
    screenshot(&client, &format!("a11y-{language}-erase-dialog")).await;
    report.show(&client, language).await;
    client.close().await.expect("close");
    report.finish(language);
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_nothing_serious_on_any_screen_in_dutch() {
    walk("nl").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_nothing_serious_on_any_screen_in_arabic() {
    walk("ar").await;
}

/// Relative luminance of an sRGB colour (WCAG 2.x).
fn luminance([r, g, b]: [f64; 3]) -> f64 {
    let channel = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// Contrast ratio of two colours (WCAG 2.x), at least 1.
fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `rgb(31, 95, 139)` as three numbers.
fn rgb(css: &str) -> [f64; 3] {
    let inner = css
        .trim()
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')');
    let n: Vec<f64> = inner
        .split(',')
        .take(3)
        .map(|c| c.trim().parse().expect("a colour channel"))
        .collect();
    assert_eq!(n.len(), 3, "not an rgb colour: {css}");
    [n[0], n[1], n[2]]
}

async fn string(client: &Client, js: &str) -> String {
    script(client, js, vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn strings(client: &Client, js: &str) -> Vec<String> {
    script(client, js, vec![])
        .await
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The `lang` that applies to each element matching `css`.
async fn langs(client: &Client, css: &str) -> Vec<String> {
    let js = format!(
        "return Array.from(document.querySelectorAll({css:?})).map((e) => e.closest('[lang]').lang)"
    );
    let found = strings(client, &js).await;
    assert!(!found.is_empty(), "{css}: not on screen");
    found
}

/// What axe-core cannot see, checked in the DOM: focus outline contrast on the header, one
/// polite status region instead of live screens, a name per row checkbox, Dutch marked as
/// Dutch in an Arabic session, the erase dialog's name and focus, the progress bar's name.
#[tokio::test(flavor = "multi_thread")]
async fn what_axe_cannot_see_is_right_in_the_dom() {
    use keuzehulp::language::{Language, Localizer};
    let ar = Localizer::new(Language::Ar);
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;
    click(&client, "#lang-ar").await;
    shows(&client, "#lang-ar[aria-pressed='true']", "").await;
    shows(&client, "#conditions", "").await;

    // The focus outline on the blue header: at least 3:1 against it.
    let header = rgb(&string(
        &client,
        "return getComputedStyle(document.querySelector('.app-header')).backgroundColor",
    )
    .await);
    for button in [
        "#lang-nl",
        "#large-text",
        "#easy-reading",
        "#patients-button",
    ] {
        let js = format!(
            "const b = document.querySelector('{button}'); b.focus(); \
             const s = getComputedStyle(b); \
             return [b.matches(':focus-visible') ? 'visible' : 'not', s.outlineStyle, s.outlineColor]"
        );
        let focus = strings(&client, &js).await;
        assert_eq!(focus[..2], ["visible", "solid"], "{button}: {focus:?}");
        let ratio = contrast(rgb(&focus[2]), header);
        eprintln!(
            "focus outline {button}: {} on {header:?}: {ratio:.2}:1",
            focus[2]
        );
        assert!(
            ratio >= 3.0,
            "{button}: focus outline {ratio:.2}:1 on the header"
        );
    }
    script(
        &client,
        "document.activeElement.blur(); return true",
        vec![],
    )
    .await;

    // The start screen: a grid shown in Dutch says so in its lang, one in Arabic in its own.
    assert_eq!(
        langs(&client, "button.condition[data-id='knie'] .condition-name").await,
        ["nl"]
    );
    assert_eq!(
        langs(
            &client,
            "button.condition[data-id='liesbreuk'] .condition-name"
        )
        .await,
        ["ar"]
    );
    click(&client, "button.condition[data-id='knie']").await;
    shows(&client, "#begin", "").await;
    assert_eq!(langs(&client, "#condition-name").await, ["nl"]);
    assert_eq!(
        langs(&client, ".decision .back").await,
        ["ar"],
        "the window's texts stay Arabic"
    );
    assert!(langs(&client, ".decision .option strong")
        .await
        .iter()
        .all(|l| l == "nl"));
    fill(&client, "#patient", "dom-kamer", "input").await;
    click(&client, "#begin-consultation").await;
    on_step(&client, "choice").await;

    // No live screens: one polite status region, outside the screen.
    assert_eq!(
        script(
            &client,
            "return [document.getElementById('screen').hasAttribute('aria-live'), \
             document.querySelectorAll('#screen [aria-live]').length]",
            vec![]
        )
        .await,
        serde_json::json!([false, 0])
    );
    assert_eq!(
        strings(
            &client,
            "const s = document.getElementById('answer-status'); \
             return [s.getAttribute('role'), s.getAttribute('aria-live'), String(!!s.closest('#screen'))]"
        )
        .await,
        ["status", "polite", "false"]
    );
    assert_eq!(
        langs(&client, ".consultation-header #condition-name").await,
        ["nl"]
    );
    assert_eq!(langs(&client, "#step-heading").await, ["ar"]);
    assert!(langs(&client, "[data-read='description']")
        .await
        .iter()
        .all(|l| l == "nl"));

    click(&client, "button.step-link[data-step='options']").await;
    on_step(&client, "options").await;
    assert!(
        langs(&client, "#options .option strong, #options .option p")
            .await
            .iter()
            .all(|l| l == "nl")
    );
    assert!(langs(&client, "#options .option-kind")
        .await
        .iter()
        .all(|l| l == "ar"));

    // The grid: a name per row checkbox, with the row's question; Dutch cells marked Dutch.
    click(&client, "button.step-link[data-step='pros_cons']").await;
    on_step(&client, "pros_cons").await;
    let names = strings(
        &client,
        "return Array.from(document.querySelectorAll('input.mark-row')).map((i) => \
         i.getAttribute('aria-label') + '\\u0000' + i.closest('tr').querySelector('.row-question').firstChild.textContent)",
    )
    .await;
    assert!(names.len() >= 3, "{names:?}");
    let mut distinct = std::collections::BTreeSet::new();
    for pair in &names {
        let (name, question) = pair.split_once('\u{0}').expect("name and question");
        assert!(
            name.contains(question.trim()),
            "{name:?} lacks {question:?}"
        );
        assert!(name.starts_with(&ar.text("grid-mark")), "{name:?}");
        assert!(distinct.insert(name.to_owned()), "{name:?} twice");
    }
    for css in [
        "#option-grid .row-question",
        "#option-grid td[data-read]",
        "#option-grid thead th[data-id]",
        ".detail h4",
        ".detail .benefits li",
        "#outcomes .outcome-option figcaption strong",
    ] {
        let found = langs(&client, css).await;
        assert!(found.iter().all(|l| l == "nl"), "{css}: {found:?}");
    }
    let found = langs(&client, "#outcomes .frequency, #outcomes h4").await;
    assert!(
        found.iter().all(|l| l == "ar"),
        "sentences of the window: {found:?}"
    );

    // An answer: the status region says it was kept, nothing else is announced.
    click(&client, "input.mark-row").await;
    wait_for_text(&client, "#answer-status", &ar.text("ui-answer-saved")).await;
    click(&client, "#stop").await;
    shows(&client, "#conditions", "").await;

    // At home: the progress bar has a name; the glossary's Dutch words are marked Dutch.
    click(&client, "button.condition[data-id='knie']").await;
    shows(&client, "#begin", "").await;
    fill(&client, "#patient", "dom-thuis", "input").await;
    click(&client, "#begin-home").await;
    on_step(&client, "choice").await;
    assert_eq!(
        strings(
            &client,
            "const p = document.querySelector('#progress progress'); \
             return [p.getAttribute('aria-label'), p.getAttribute('aria-valuetext')]"
        )
        .await,
        [
            ar.text("ui-progress-label"),
            text(&client, "#progress span").await
        ]
    );
    assert!(langs(&client, "#glossary dt, #glossary dd")
        .await
        .iter()
        .all(|l| l == "nl"));
    assert_eq!(langs(&client, "#glossary summary").await, ["ar"]);

    // The erase dialog: named by its question, focus in on opening, back on closing.
    click(&client, "#patients-button").await;
    shows(&client, "#patient-list", "").await;
    click(&client, "li[data-label='dom-kamer'] button.erase").await;
    let dialog = "li[data-label='dom-kamer'] .erase-confirm";
    shows(&client, &format!("{dialog}:not([hidden])"), "").await;
    let js = format!(
        "const d = document.querySelector({dialog:?}); \
         const name = document.getElementById(d.getAttribute('aria-labelledby')); \
         return [d.getAttribute('role'), name ? name.textContent : '', \
                 String(d.contains(document.activeElement)), document.activeElement.className]"
    );
    let opened = strings(&client, &js).await;
    assert_eq!(opened[0], "alertdialog");
    assert!(opened[1].contains("dom-kamer"), "dialog name: {opened:?}");
    assert_eq!(
        opened[2..],
        ["true", "erase-no"],
        "focus moved into the dialog"
    );
    screenshot(&client, "a11y-ar-erase-dialog-focus").await;
    click(&client, &format!("{dialog} .erase-no")).await;
    let closed = strings(
        &client,
        "return [String(document.querySelector(\"li[data-label='dom-kamer'] .erase-confirm\").hidden), \
         document.activeElement.className]",
    )
    .await;
    assert_eq!(closed, ["true", "erase"], "focus back on the erase button");
    client.close().await.expect("close");
}
