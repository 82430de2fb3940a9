//! The summary on paper: what was decided and why, in plain words, to take home.
//!
//! Sections, in order: the decision at stake; the options (equal weight, content order,
//! nothing recommended); the numbers behind the rows the patient marked, as icon arrays with
//! natural frequencies and the certainty in words; what matters to the patient; the choice;
//! the SURE test; questions for the next appointment; where the content comes from.

use crate::content::OptionGrid;
use crate::content::{Outcome, OutcomeKind, OutcomeValue, ReviewStatus};
use crate::language::Localizer;
use crate::session::{SessionState, SureItem};
use crate::view::consultation::{certainty_message, time_text};
use crate::view::pick;
use crate::view::pictures::{burden_picture, option_picture};

use super::layout::{Layout, Style};
use super::{
    aspect_name, aspects, capitalised, check_state, choice_sentence, importance_words,
    sure_message, ExportError, SummaryContext,
};

/// Fixed questions to take to the next appointment, before the rows the patient marked.
const NEXT_QUESTIONS: [&str; 4] = [
    "export-question-next-steps",
    "export-question-time",
    "export-question-daily-life",
    "export-question-contact",
];

/// Side of an option's pictogram, in points.
const OPTION_PICTURE: f32 = 24.0;
/// Side of a burden pictogram, in points.
const BURDEN_PICTURE: f32 = 14.0;

/// Characters of the content's SHA-256 printed on the summary.
pub const SHA_PREFIX: usize = 16;

/// The summary of a session as a PDF, in the localizer's language, with the fonts embedded.
///
/// Fails when the session refers to an option, row or aspect the grid does not have.
pub fn summary_pdf(
    grid: &OptionGrid,
    state: &SessionState,
    ctx: &SummaryContext,
    l10n: &Localizer,
) -> Result<Vec<u8>, ExportError> {
    check_state(grid, state)?;
    let language = l10n.language();
    let text = |t| pick(t, language, grid);
    let title = l10n.text("export-title");
    // Arabic is laid out right to left: mirrored columns, right-aligned lines.
    let mut page = Layout::with_direction(language.is_rtl())?;

    page.paragraph(&title, Style::TITLE, 0.0);
    if grid.status == ReviewStatus::Example {
        page.paragraph(&l10n.text("ui-example-content"), Style::WARNING, 0.0);
    }
    let date = ctx.session_started.format("%Y-%m-%d").to_string();
    for line in [
        l10n.format("export-for", &[("patient", &ctx.patient_label)]),
        l10n.format("export-session-date", &[("date", &date)]),
        l10n.format(
            "export-condition",
            &[("condition", text(&grid.condition.name))],
        ),
    ] {
        page.paragraph(&line, Style::BODY, 0.0);
    }

    page.heading(&l10n.text("export-decision-heading"), Style::HEADING);
    page.paragraph(&text(&grid.decision.question), Style::STRONG, 0.0);
    page.paragraph(&text(&grid.decision.why_a_choice), Style::BODY, 0.0);

    page.heading(&l10n.text("export-options-heading"), Style::HEADING);
    page.paragraph(&l10n.text("export-options-intro"), Style::BODY, 0.0);
    for option in &grid.options {
        page.keep(3.0 * Style::BODY.size * 1.35);
        let (name, summary) = (text(&option.name), text(&option.summary));
        match option.picture {
            Some(kind) => page.beside_picture(
                option_picture(kind, l10n).svg,
                OPTION_PICTURE,
                &[(&name, Style::STRONG), (&summary, Style::BODY)],
            ),
            None => {
                page.paragraph(&name, Style::STRONG, 0.0);
                page.paragraph(&summary, Style::BODY, 12.0);
            }
        }
        // What the option asks of the patient, each kind of load with its pictogram and its
        // text alternative as the line's first words.
        for burden in &option.burden {
            let picture = burden_picture(burden.aspect, l10n);
            let line = format!("{}: {}", picture.alt, text(&burden.text));
            page.beside_picture(picture.svg, BURDEN_PICTURE, &[(&line, Style::BODY)]);
        }
    }

    page.heading(&l10n.text("export-numbers-heading"), Style::HEADING);
    let outcomes = shown_outcomes(grid, state);
    if outcomes.is_empty() {
        page.paragraph(&l10n.text("export-numbers-none"), Style::BODY, 0.0);
    } else if outcomes.iter().any(|o| o.kind == OutcomeKind::Event) {
        page.paragraph(&l10n.text("export-numbers-intro"), Style::BODY, 0.0);
        // The order the icons are counted in, which is mirrored right to left.
        page.paragraph(&l10n.text("export-icon-order"), Style::BODY, 0.0);
    }
    for outcome in outcomes {
        page.keep(120.0);
        page.space(4.0);
        page.paragraph(
            &l10n.format("export-outcome-heading", &[("label", text(&outcome.label))]),
            Style::STRONG,
            0.0,
        );
        page.paragraph(
            &l10n.format(
                "export-numbers-about",
                &[("population", text(&outcome.population))],
            ),
            Style::SMALL,
            0.0,
        );
        for option in &grid.options {
            let name = text(&option.name);
            let value = outcome.values.iter().find(|v| v.option == option.id);
            match (outcome.kind, value) {
                (
                    OutcomeKind::Event,
                    Some(
                        v @ OutcomeValue {
                            numerator: Some(count),
                            denominator: Some(denominator),
                            ..
                        },
                    ),
                ) => {
                    let sentence = frequency_sentence(grid, outcome, v, l10n);
                    page.icon_array(*count, *denominator, &name, &sentence);
                }
                (OutcomeKind::Continuous, Some(v)) if v.value.is_some() => {
                    let sentence = amount_sentence(grid, outcome, v, l10n);
                    page.paragraph(&format!("{name}: {sentence}"), Style::BODY, 12.0);
                }
                _ => page.paragraph(
                    &format!("{name}: {}", l10n.text("export-amount-unknown")),
                    Style::BODY,
                    12.0,
                ),
            }
        }
        page.paragraph(
            &l10n.format(
                "export-certainty",
                &[(
                    "certainty",
                    l10n.text(certainty_message(outcome.certainty).1),
                )],
            ),
            Style::BODY,
            0.0,
        );
    }

    page.heading(&l10n.text("export-values-heading"), Style::HEADING);
    let rated: Vec<_> = aspects(grid)
        .into_iter()
        .filter_map(|a| state.importance.get(a).map(|i| (a, *i)))
        .collect();
    if rated.is_empty() && state.note.trim().is_empty() {
        page.paragraph(&l10n.text("export-values-none"), Style::BODY, 0.0);
    }
    for (aspect, importance) in rated {
        let line = l10n.format(
            "export-importance-line",
            &[
                (
                    "aspect",
                    aspect_name(grid, aspect, language).unwrap_or_default(),
                ),
                (
                    "importance",
                    capitalised(&importance_words(importance, l10n)),
                ),
            ],
        );
        page.paragraph(&format!("• {line}"), Style::BODY, 0.0);
    }
    if !state.note.trim().is_empty() {
        page.paragraph(&l10n.text("export-note-heading"), Style::STRONG, 0.0);
        page.paragraph(state.note.trim(), Style::BODY, 12.0);
    }

    page.heading(&l10n.text("export-choice-heading"), Style::HEADING);
    page.paragraph(
        &choice_sentence(grid, state.choice.as_ref(), l10n),
        Style::STRONG,
        0.0,
    );

    page.heading(&l10n.text("export-sure-heading"), Style::HEADING);
    for item in SureItem::ALL {
        let answer = match state.sure.get(&item) {
            Some(true) => l10n.text("export-sure-yes"),
            Some(false) => l10n.text("export-sure-no"),
            None => l10n.text("export-sure-unanswered"),
        };
        page.paragraph(
            &format!("• {} {answer}", l10n.text(sure_message(item))),
            Style::BODY,
            0.0,
        );
    }
    page.paragraph(
        &l10n.text(match state.sure_all_yes() {
            Some(true) => "export-sure-all-yes",
            Some(false) => "export-sure-doubt",
            None => "export-sure-incomplete",
        }),
        Style::STRONG,
        0.0,
    );
    page.paragraph(&l10n.text("export-sure-source"), Style::SMALL, 0.0);

    page.heading(&l10n.text("export-questions-heading"), Style::HEADING);
    for id in NEXT_QUESTIONS {
        page.paragraph(&format!("• {}", l10n.text(id)), Style::BODY, 0.0);
    }
    let marked: Vec<_> = grid
        .questions
        .iter()
        .filter(|q| state.marked_rows.contains(&q.id))
        .collect();
    if !marked.is_empty() {
        page.paragraph(&l10n.text("export-questions-marked"), Style::STRONG, 0.0);
        for question in marked {
            page.paragraph(&format!("• {}", text(&question.text)), Style::BODY, 0.0);
        }
    }

    page.heading(&l10n.text("export-source-heading"), Style::HEADING);
    if grid.status == ReviewStatus::Example {
        page.paragraph(&l10n.text("ui-example-content"), Style::WARNING, 0.0);
    }
    let p = &grid.publication;
    let sha: String = ctx.content_sha256.chars().take(SHA_PREFIX).collect();
    for line in [
        l10n.format("export-source-publisher", &[("publisher", &p.group)]),
        l10n.format("export-source-version", &[("version", &grid.version)]),
        l10n.format("export-source-fingerprint", &[("sha", &sha)]),
        l10n.format(
            "export-source-published",
            &[("date", p.published.to_string())],
        ),
        l10n.format(
            "export-source-review-by",
            &[("date", p.review_by.to_string())],
        ),
    ] {
        page.paragraph(&line, Style::BODY, 0.0);
    }
    page.paragraph(&l10n.text("export-source-references"), Style::STRONG, 0.0);
    for r in &grid.references {
        let mut line = format!(
            "{} ({}). {}. {}.",
            r.authors, r.year, r.title, r.published_in
        );
        if let Some(doi) = &r.doi {
            line.push_str(&format!(" doi:{doi}"));
        } else if let Some(url) = &r.url {
            line.push_str(&format!(" {url}"));
        }
        // A reference is not split over two pages.
        page.keep_together(&line, Style::SMALL);
        page.paragraph(&line, Style::SMALL, 0.0);
    }

    let footer_left = format!("{} {}", grid.id, grid.version);
    page.finish(
        format!("{title}: {}", text(&grid.decision.question)),
        language.code(),
        |n, of| {
            let page = l10n.format(
                "export-page",
                &[("page", n.to_string()), ("pages", of.to_string())],
            );
            format!("{footer_left} · {page}")
        },
    )
}

/// The outcomes behind the rows the patient marked, in the grid's order; when no row is
/// marked, every event outcome.
pub fn shown_outcomes<'g>(grid: &'g OptionGrid, state: &SessionState) -> Vec<&'g Outcome> {
    if state.marked_rows.is_empty() {
        return grid
            .outcomes
            .iter()
            .filter(|o| o.kind == OutcomeKind::Event)
            .collect();
    }
    grid.outcomes
        .iter()
        .filter(|o| {
            grid.questions
                .iter()
                .any(|q| state.marked_rows.contains(&q.id) && q.outcomes.contains(&o.id))
        })
        .collect()
}

/// "12 van de 100 mensen hebben nog pijn, na 2 jaar." and the range when there is one.
pub fn frequency_sentence(
    grid: &OptionGrid,
    outcome: &Outcome,
    value: &OutcomeValue,
    l10n: &Localizer,
) -> String {
    let denominator = value.denominator.unwrap_or(100).to_string();
    let mut sentence = l10n.format(
        "frequency-sentence",
        &[
            ("count", value.numerator.unwrap_or(0).to_string()),
            ("denominator", denominator.clone()),
            ("label", pick(&outcome.label, l10n.language(), grid)),
            ("time", time_text(value.time_frame, l10n)),
        ],
    );
    if let Some([low, high]) = value.range {
        sentence.push(' ');
        sentence.push_str(&l10n.format(
            "frequency-range",
            &[
                ("low", number(low)),
                ("high", number(high)),
                ("denominator", denominator),
            ],
        ));
    }
    sentence
}

/// "Gemiddeld 7 dagen." and the range when there is one.
fn amount_sentence(
    grid: &OptionGrid,
    outcome: &Outcome,
    value: &OutcomeValue,
    l10n: &Localizer,
) -> String {
    let unit = outcome
        .unit
        .as_ref()
        .map(|u| pick(u, l10n.language(), grid))
        .unwrap_or_default();
    let mut sentence = l10n.format(
        "amount-sentence",
        &[
            ("value", number(value.value.unwrap_or_default())),
            ("unit", unit.clone()),
        ],
    );
    if let Some([low, high]) = value.range {
        sentence.push(' ');
        sentence.push_str(&l10n.format(
            "amount-range",
            &[("low", number(low)), ("high", number(high)), ("unit", unit)],
        ));
    }
    sentence
}

/// A number as the localizer reads it back (7, 3.5).
fn number(n: f64) -> String {
    n.to_string()
}
