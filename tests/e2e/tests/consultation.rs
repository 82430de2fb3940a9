//! End to end: both modes walked through in the real window, on two conditions each, with a
//! screenshot of every step. Answers go through the real records (a temporary data folder).

use fantoccini::Client;
use keuzehulp_e2e::page::{
    click, count, fill, on_step, open_app, screenshot, script, scroll_to, shows, text, STEPS,
};
use keuzehulp_e2e::Harness;

async fn begin(client: &Client, grid: &str, patient: &str, mode: &str) {
    click(client, &format!("button.condition[data-id='{grid}']")).await;
    shows(client, "#begin", "").await;
    fill(client, "#patient", patient, "input").await;
    click(client, &format!("#begin-{mode}")).await;
    on_step(client, "choice").await;
}

/// The consultation room: every step one click away, the panel keeps what matters.
async fn walk_consultation(client: &Client, grid: &str, shot: &str) {
    begin(client, grid, &format!("spreekkamer-{grid}"), "consultation").await;
    assert_eq!(count(client, "#steps .step-link").await, 7);
    shows(client, "#panel", "").await;
    screenshot(client, &format!("{shot}-1-keuze")).await;

    click(client, "#steps [data-step='options']").await;
    on_step(client, "options").await;
    assert!(count(client, "#options .option").await >= 2);
    screenshot(client, &format!("{shot}-2-mogelijkheden")).await;

    click(client, "#steps [data-step='pros_cons']").await;
    on_step(client, "pros_cons").await;
    let first_row = text(client, "#option-grid tbody tr .row-question").await;
    click(client, "#option-grid .mark-row").await;
    shows(client, "#panel", &first_row).await;
    assert!(count(client, "#outcomes .outcome").await >= 1);
    let icons = count(client, "#outcomes img.chart").await;
    assert!(icons >= 2, "outcome charts on screen: {icons}");
    screenshot(client, &format!("{shot}-3-voor-en-nadelen")).await;
    scroll_to(client, "#outcomes").await;
    screenshot(client, &format!("{shot}-3b-uitkomsten")).await;
    // "Waar komt dit getal vandaan?": one click from every figure, the evidence behind it.
    let evidence = "#outcomes .outcome:first-child details.evidence";
    click(client, &format!("{evidence} summary")).await;
    let table = shows(client, &format!("{evidence} .evidence-list"), "").await;
    assert!(
        count(client, &format!("{evidence} .evidence-item")).await >= 2,
        "a row per option: {table}"
    );
    if grid == "liesbreuk" {
        assert!(table.contains("5,1% van 364"), "{table}");
        assert!(table.contains("Fitzgibbons"), "{table}");
    }
    // Numbers typed in a row of the grid have their evidence right below the row.
    let row_evidence = "#option-grid tr.evidence-row details.evidence";
    assert!(
        count(client, row_evidence).await >= 1,
        "{grid}: rows with figures"
    );
    scroll_to(client, row_evidence).await;
    click(client, &format!("{row_evidence} summary")).await;
    let items = shows(client, &format!("{row_evidence} .evidence-list"), "").await;
    assert!(items.contains("Waar in de bron"), "{items}");
    screenshot(client, &format!("{shot}-3d-bron-bij-de-rij")).await;
    scroll_to(client, evidence).await;
    screenshot(client, &format!("{shot}-3c-waar-komt-dit-getal-vandaan")).await;

    click(client, "#steps [data-step='values']").await;
    on_step(client, "values").await;
    // A keyboard user keeps their place when an answer redraws the screen.
    let css = "#aspects .aspect:nth-child(2) .scale-point[data-value='4']";
    script(
        client,
        "document.querySelector(arguments[0]).focus(); return true",
        vec![css.into()],
    )
    .await;
    click(client, css).await;
    shows(
        client,
        "#aspects .aspect:nth-child(2) [aria-pressed='true']",
        "",
    )
    .await;
    let focused = script(
        client,
        "return document.activeElement.dataset.key || null",
        vec![],
    )
    .await;
    assert_eq!(
        focused.as_str().map(|k| k.ends_with(":4")),
        Some(true),
        "focus after answering: {focused}"
    );
    shows(client, "#lineup", "").await;
    fill(client, "#note", "Ik werk in de bouw en til veel.", "change").await;
    shows(client, "#panel", "Ik werk in de bouw").await;
    screenshot(client, &format!("{shot}-4-wat-betekent-het")).await;

    click(client, "#steps [data-step='decision']").await;
    on_step(client, "decision").await;
    click(client, "#choices [data-choice='think_about_it']").await;
    shows(client, "#choice-status", "nadenken").await;
    screenshot(client, &format!("{shot}-5-keuze")).await;

    click(client, "#steps [data-step='sure']").await;
    on_step(client, "sure").await;
    for item in ["sure", "understand", "values"] {
        click(
            client,
            &format!("#sure [data-item='{item}'] [data-yes='true']"),
        )
        .await;
    }
    click(client, "#sure [data-item='support'] [data-yes='false']").await;
    shows(client, "#next-steps", "").await;
    screenshot(client, &format!("{shot}-6-sure")).await;

    click(client, "#steps [data-step='summary']").await;
    on_step(client, "summary").await;
    shows(client, "#summary", "Ik werk in de bouw en til veel.").await;
    shows(client, "#summary", &first_row).await;
    screenshot(client, &format!("{shot}-7-samenvatting")).await;
    // The language switches in the middle of a session; the answers stay.
    click(client, "#lang-en").await;
    shows(client, "#step-heading", "Summary").await;
    shows(client, "#summary", "Ik werk in de bouw en til veel.").await;
    screenshot(client, &format!("{shot}-7b-summary-en")).await;
    click(client, "#lang-nl").await;
    shows(client, "#step-heading", "Samenvatting").await;
    click(client, "#stop").await;
    shows(client, "#conditions", "").await;
}

/// At home: one step per screen, progress, difficult words, stop and continue.
async fn walk_home(client: &Client, grid: &str, shot: &str) {
    begin(client, grid, &format!("thuis-{grid}"), "home").await;
    assert_eq!(count(client, "#steps").await, 0, "no step bar at home");
    assert_eq!(
        count(client, "#panel").await,
        0,
        "no clinician panel at home"
    );
    shows(client, "#progress", "Stap 1 van 7").await;
    let steps = STEPS;
    for (i, step) in steps.iter().enumerate() {
        on_step(client, step).await;
        shows(client, "#progress", &format!("Stap {} van 7", i + 1)).await;
        match *step {
            "pros_cons" => {
                click(client, "#option-grid .mark-row").await;
                shows(client, "#option-grid tr.marked", "").await;
            }
            "values" => {
                click(
                    client,
                    "#aspects .aspect:first-child .scale-point[data-value='3']",
                )
                .await;
                fill(
                    client,
                    "#note",
                    "Ik zorg voor mijn kleinkinderen.",
                    "change",
                )
                .await;
                shows(client, "#lineup", "").await;
            }
            "decision" => {
                click(client, "#choices .choice:first-child").await;
                shows(client, "#choice-status", ":").await;
            }
            "sure" => {
                for item in ["sure", "understand", "values", "support"] {
                    click(
                        client,
                        &format!("#sure [data-item='{item}'] [data-yes='true']"),
                    )
                    .await;
                }
                shows(client, "#sure-result", "vier keer ja").await;
            }
            _ => {}
        }
        screenshot(client, &format!("{shot}-{}-{step}", i + 1)).await;
        if i + 1 < steps.len() {
            click(client, "#next").await;
        }
    }
    shows(client, "#summary", "Ik zorg voor mijn kleinkinderen.").await;
    click(client, "#stop").await;
    shows(client, "#stopped", "bewaard").await;
    screenshot(client, &format!("{shot}-8-gestopt")).await;
    click(client, "#stopped button").await;
    on_step(client, "summary").await;
    click(client, "#stop").await;
    click(client, "#stopped button:last-child").await;
    shows(client, "#conditions", "").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn both_modes_walk_every_step_on_two_conditions() {
    let harness = Harness::start();
    let client = open_app(&harness, &[]).await;

    // Finding the decision by a complaint, in the patient's words.
    fill(&client, "#search", "bult in de lies", "input").await;
    shows(&client, "#conditions", "Liesbreuk").await;
    shows(&client, "#conditions", "Gevonden via").await;
    screenshot(&client, "consult-0-zoeken").await;
    fill(&client, "#search", "", "input").await;
    shows(&client, "#conditions", "Deukbreuk in de pols").await;

    walk_consultation(&client, "liesbreuk", "consult-liesbreuk").await;
    walk_consultation(&client, "inhalator", "consult-inhalator").await;
    walk_home(&client, "knie", "home-knie").await;
    walk_home(&client, "trommelvliesbuisjes", "home-trommelvliesbuisjes").await;

    // Recently used decisions come first on the start screen.
    let first = script(
        &client,
        "return document.querySelector('#conditions .condition').dataset.id",
        vec![],
    )
    .await;
    assert!(
        ["liesbreuk", "inhalator", "knie", "trommelvliesbuisjes"]
            .contains(&first.as_str().unwrap_or_default()),
        "first on the start screen: {first}"
    );
    client.close().await.expect("close");
}
