//! View models of the consultation, checked on the real built-in content.

use super::*;
use crate::language::Language;
use crate::library::Library;
use crate::session::{Choice, SessionEvent, SureItem};

fn library() -> Library {
    Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
}

fn state(events: &[SessionEvent]) -> SessionState {
    SessionState::from_events(events)
}

fn open(step: Step) -> SessionEvent {
    SessionEvent::StepOpened { step }
}

#[test]
fn every_step_of_every_grid_builds_in_both_languages_without_missing_messages() {
    let library = library();
    assert!(library.entries().len() >= 8);
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        for entry in library.entries() {
            for mode in [Mode::Consultation, Mode::Home] {
                for step in Step::ALL {
                    let s = state(&[SessionEvent::ModeChosen { mode }, open(step)]);
                    let screen = consultation_screen(&entry.grid, &s, &l10n);
                    let json = serde_json::to_string(&screen).unwrap();
                    assert!(
                        !json.contains("[step-") && !json.contains("\"[") && !json.contains("{ $"),
                        "{} {step:?} {language:?}: a message is missing: {json}",
                        entry.grid.id
                    );
                    assert_eq!(screen.step, step);
                    assert_eq!(screen.panel.is_some(), mode == Mode::Consultation);
                }
            }
        }
    }
}

#[test]
fn options_step_lists_every_option_waiting_included_in_content_order() {
    let library = library();
    let grid = &library.get("liesbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let screen = consultation_screen(grid, &state(&[open(Step::Options)]), &l10n);
    let StepContent::Options(view) = screen.content else {
        panic!("options step")
    };
    let ids: Vec<_> = view.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["afwachten", "operatie"]);
    assert_eq!(view.options[0].kind_label, "Afwachten of niet behandelen");
    assert_eq!(screen.progress, "Stap 2 van 7");
    assert_eq!(screen.previous, Some(Step::Choice));
    assert_eq!(screen.next, Some(Step::ProsCons));
}

#[test]
fn outcomes_are_natural_frequencies_with_certainty_in_words_and_sources() {
    let library = library();
    let grid = &library.get("liesbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let s = state(&[
        open(Step::ProsCons),
        SessionEvent::RowMarked {
            question: "pijn-over-2-jaar".into(),
            marked: true,
        },
    ]);
    let StepContent::ProsCons(view) = consultation_screen(grid, &s, &l10n).content else {
        panic!("pros and cons step")
    };
    // The outcome behind the marked row comes first.
    let first = &view.outcomes[0];
    assert_eq!(first.id, "pijn-hindert");
    assert_eq!(
        first.options[0].sentence,
        "5 van de 100 mensen hebben pijn die hen hindert bij wat ze gewoon doen, na 2 jaar."
    );
    assert_eq!(first.certainty_label, "Mogelijk");
    assert!(
        first.sources[0].contains("Fitzgibbons")
            && first.sources[0].contains("doi:10.1001/jama.295.3.285")
    );
    assert!(first
        .population
        .starts_with("Over wie gaan de cijfers: Mannen"));
    // Every figure carries its evidence row: what the source reports, where, after how long.
    let evidence = &first.evidence[0];
    assert_eq!(evidence.option.as_deref(), Some("Afwachten"));
    assert_eq!(evidence.shown, "5 van de 100, na 2 jaar");
    assert!(
        evidence.reported.starts_with("5,1%"),
        "{}",
        evidence.reported
    );
    assert!(!evidence.location.is_empty() && !evidence.arm.is_empty());
    assert!(evidence.reference.contains("Fitzgibbons"));
    assert_eq!(first.evidence.len(), grid.options.len());
    assert!(
        view.rows
            .iter()
            .find(|r| r.id == "pijn-over-2-jaar")
            .unwrap()
            .marked
    );
    assert_eq!(view.rows[0].answers.len(), view.columns.len());
}

#[test]
fn a_range_from_the_source_interval_is_phrased_on_the_same_denominator() {
    let library = library();
    let grid = &library.get("nierfalen").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let StepContent::ProsCons(view) =
        consultation_screen(grid, &state(&[open(Step::ProsCons)]), &l10n).content
    else {
        panic!("pros and cons step")
    };
    let alive = view
        .outcomes
        .iter()
        .find(|o| o.id == "leeft-1-jaar-samen")
        .unwrap();
    assert_eq!(
        alive.options[0].range.as_deref(),
        Some("Dit kan liggen tussen 75 en 82 van de 100.")
    );
}

#[test]
fn continuous_outcomes_phrase_amounts_with_unit_and_range() {
    let library = library();
    let grid = &library.get("knie").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let StepContent::ProsCons(view) =
        consultation_screen(grid, &state(&[open(Step::ProsCons)]), &l10n).content
    else {
        panic!("pros and cons step")
    };
    let amount = view
        .outcomes
        .iter()
        .find(|o| o.kind == crate::content::OutcomeKind::Continuous)
        .expect("a continuous outcome in knie");
    assert!(amount.heading.starts_with("Mensen "), "{}", amount.heading);
    let outcome = grid.outcomes.iter().find(|o| o.id == amount.id).unwrap();
    for option in &amount.options {
        let measured = outcome.values.iter().any(|v| v.option == option.option);
        if measured {
            assert!(
                option.sentence.starts_with("Gemiddeld "),
                "{}",
                option.sentence
            );
        } else {
            assert_eq!(option.sentence, "Voor deze mogelijkheid zijn geen cijfers.");
        }
    }
    assert!(
        amount
            .options
            .iter()
            .filter(|o| o.sentence.starts_with("Gemiddeld "))
            .count()
            >= 2
    );
}

#[test]
fn environment_and_burden_are_shown_where_the_content_has_them() {
    let library = library();
    let grid = &library.get("inhalator").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let StepContent::ProsCons(view) =
        consultation_screen(grid, &state(&[open(Step::ProsCons)]), &l10n).content
    else {
        panic!("pros and cons step")
    };
    assert!(view.has_environment);
    assert!(view.details.iter().any(|d| d
        .environment
        .as_deref()
        .is_some_and(|e| e.contains("kg CO2"))));
    assert!(view
        .details
        .iter()
        .all(|d| !d.benefits.is_empty() && !d.harms.is_empty()));
}

#[test]
fn values_line_up_each_option_with_what_matters_without_ranking_options() {
    let library = library();
    let grid = &library.get("liesbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let s = state(&[
        open(Step::Values),
        SessionEvent::ImportanceRated {
            aspect: "blijvende-pijn".into(),
            importance: 4,
        },
        SessionEvent::ImportanceRated {
            aspect: "later-toch-operatie".into(),
            importance: 3,
        },
        SessionEvent::ImportanceRated {
            aspect: "dagelijks-leven".into(),
            importance: 1,
        },
        SessionEvent::NoteWritten {
            text: "Ik zorg voor mijn moeder.".into(),
        },
    ]);
    let screen = consultation_screen(grid, &s, &l10n);
    let StepContent::Values(view) = &screen.content else {
        panic!("values step")
    };
    // Options keep the content's order: the aid never puts one first because it "fits".
    let order: Vec<_> = view.lineup.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(order, ["afwachten", "operatie"]);
    for option in &view.lineup {
        let aspects: Vec<_> = option.items.iter().map(|i| i.aspect.as_str()).collect();
        assert_eq!(
            aspects,
            [
                "Kan ik door de operatie blijvend pijn krijgen?",
                "Moet ik later toch geopereerd worden?"
            ]
        );
        assert_eq!(option.items[0].importance, "Heel belangrijk");
    }
    assert_eq!(view.note, "Ik zorg voor mijn moeder.");
    let panel = screen.panel.expect("consultation room panel");
    assert_eq!(panel.items.len(), 2);
    assert_eq!(panel.note.as_deref(), Some("Ik zorg voor mijn moeder."));
    let json = serde_json::to_string(&view).unwrap().to_lowercase();
    for word in ["aanbevolen", "beste keuze", "recommended", "score"] {
        assert!(!json.contains(word), "values step says {word}");
    }
}

#[test]
fn decision_offers_every_option_more_time_and_deciding_together() {
    let library = library();
    let grid = &library.get("liesbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let s = state(&[
        open(Step::Decision),
        SessionEvent::ChoiceMade {
            choice: Choice::ThinkAboutIt,
        },
    ]);
    let StepContent::Decision(view) = consultation_screen(grid, &s, &l10n).content else {
        panic!("decision step")
    };
    let labels: Vec<_> = view.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Afwachten",
            "Operatie",
            "Ik wil er nog over nadenken",
            "Ik wil dat de arts met mij meebeslist"
        ]
    );
    assert!(view.choices[2].selected && !view.choices[0].selected);
    assert_eq!(view.status, "Uw keuze: Ik wil er nog over nadenken");
}

#[test]
fn sure_with_a_no_offers_plain_next_steps() {
    let library = library();
    let grid = &library.get("knie").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let mut events = vec![open(Step::Sure)];
    let StepContent::Sure(unanswered) = consultation_screen(grid, &state(&events), &l10n).content
    else {
        panic!("sure step")
    };
    assert_eq!(unanswered.result, "Nog niet alle vragen zijn beantwoord.");
    assert!(unanswered.labels["sure-translation"].contains("Eigen vertaling"));
    for item in SureItem::ALL {
        events.push(SessionEvent::SureAnswered {
            item,
            yes: item != SureItem::Support,
        });
    }
    let StepContent::Sure(doubt) = consultation_screen(grid, &state(&events), &l10n).content else {
        panic!("sure step")
    };
    assert_eq!(doubt.questions.len(), 4);
    assert_eq!(doubt.questions[3].answer, Some(false));
    assert_eq!(doubt.next_steps.len(), 4);
    events.push(SessionEvent::SureAnswered {
        item: SureItem::Support,
        yes: true,
    });
    let StepContent::Sure(ready) = consultation_screen(grid, &state(&events), &l10n).content else {
        panic!("sure step")
    };
    assert!(ready.next_steps.is_empty());
    assert_eq!(
        ready.result,
        "U zegt vier keer ja. U lijkt klaar om te kiezen."
    );
}

#[test]
fn home_mode_explains_difficult_words_and_has_no_clinician_panel() {
    let library = library();
    let grid = &library.get("enkelbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let s = state(&[
        SessionEvent::ModeChosen { mode: Mode::Home },
        open(Step::Summary),
    ]);
    let screen = consultation_screen(grid, &s, &l10n);
    assert!(screen.panel.is_none());
    assert!(!screen.glossary.is_empty());
    assert_eq!(screen.next, None);
    let StepContent::Summary(summary) = screen.content else {
        panic!("summary step")
    };
    assert_eq!(summary.choice, "U heeft nog niet gekozen.");
}

#[test]
fn the_summary_asks_for_consent_in_plain_words_and_says_no_until_yes() {
    let library = library();
    let grid = &library.get("liesbreuk").unwrap().grid;
    let l10n = Localizer::new(Language::Nl);
    let summary = |events: &[SessionEvent]| summary_view(grid, &state(events), &l10n).consent;
    let asked = summary(&[open(Step::Summary)]);
    assert!(!asked.shared);
    assert_eq!(asked.status, "Er gaat niets naar de richtlijngroep.");
    let all: String = asked.labels.values().cloned().collect::<Vec<_>>().join(" ");
    for words in [
        "zonder uw naam",
        "geboortejaar",
        "eigen woorden",
        "later nee zeggen",
    ] {
        assert!(all.to_lowercase().contains(words), "{words:?} in {all}");
    }
    let counts = crate::language::readability::count(&all, "nl");
    let readability = crate::language::readability::reading_ease(counts, "nl").unwrap();
    assert!(readability >= 60.0, "consent text scores {readability:.0}");
    let yes = summary(&[SessionEvent::ConsentGiven { shared: true }]);
    assert!(yes.shared && yes.status.starts_with("U zei ja"));
}
