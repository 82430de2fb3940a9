//! End to end: accessibility measured. axe-core (npm package, `npm ci`) is injected through
//! WebDriver into the real window and run on every screen of both modes, in Dutch and in
//! Arabic; any "serious" or "critical" finding fails the test, named by rule, element and help.

use std::time::Duration;

use fantoccini::Client;
use keuzehulp_e2e::page::{
    click, fill, html_lang, on_step, open_app, screenshot, script, settle, shows, STEPS,
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
        screenshot(&client, "a11y-ar-room-pros-cons").await;
    }
    click(&client, "#stop").await;
    shows(&client, "#conditions", "").await;

    // At home, with easy reading on: one step per screen, with progress.
    click(&client, "#easy-reading").await;
    shows(&client, "#easy-reading[aria-pressed='true']", "").await;
    click(&client, "button.condition[data-id='liesbreuk']").await;
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
