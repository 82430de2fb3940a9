//! The screen for the patient: what the patient across the desk sees of the step the
//! clinician has open, in large type, without the clinician's controls or the panel of what
//! matters so far. Built from the same consultation screen the clinician's window draws, so
//! both always show the same step and the same answers.

use serde::Serialize;

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::session::{SessionState, Step};

use super::consultation::{consultation_screen, ConsultationScreen, StepContent};
use super::pictures::Picture;
use super::ContentLanguage;

/// One option, as the patient reads it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientOption {
    /// Short name.
    pub name: String,
    /// The option in one sentence (empty where the step shows only the name).
    pub summary: String,
    /// The option's pictogram, when the content names one.
    pub picture: Option<Picture>,
}

/// One row of the option grid: the question and the answer per option.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientRow {
    /// The question.
    pub question: String,
    /// The answer for each option, in the order of the options.
    pub answers: Vec<String>,
    /// Whether the patient marked it as mattering.
    pub marked: bool,
}

/// An aspect and, once rated, how important the patient said it is.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientAspect {
    /// The aspect.
    pub text: String,
    /// The importance in words, once rated.
    pub importance: Option<String>,
}

/// What the step shows the patient.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PatientContent {
    /// There is a choice, and the patient's view matters.
    Choice {
        /// What the condition is.
        description: String,
        /// Why there is a real choice.
        why_a_choice: String,
        /// "Drie goede vragen".
        questions_heading: String,
        /// The three good questions.
        questions: Vec<String>,
    },
    /// The options, each in one sentence.
    Options {
        /// Every option, in the content's neutral order.
        options: Vec<PatientOption>,
    },
    /// The option grid.
    ProsCons {
        /// The options, as columns.
        options: Vec<String>,
        /// The questions with their answers.
        rows: Vec<PatientRow>,
    },
    /// What matters to the patient.
    Values {
        /// The aspects, with the patient's rating.
        aspects: Vec<PatientAspect>,
    },
    /// The possible choices, none put forward, and the one made.
    Decision {
        /// Every choice, in the content's order.
        choices: Vec<String>,
        /// The choice so far, in a sentence.
        status: String,
    },
    /// The SURE questions and the answers given.
    Sure {
        /// The questions, each with its answer in words once given.
        questions: Vec<PatientAspect>,
    },
    /// What was said.
    Summary {
        /// "Wat voor u belangrijk is" and "Uw keuze".
        important_heading: String,
        /// Marked rows and rated aspects.
        important: Vec<String>,
        /// "Uw keuze".
        choice_heading: String,
        /// The choice, or that it is still open.
        choice: String,
    },
}

/// The screen for the patient.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PatientScreen {
    /// Name of the condition.
    pub condition: String,
    /// The decision at stake.
    pub question: String,
    /// The step on screen.
    pub step: Step,
    /// The step's name, as its heading.
    pub heading: String,
    /// "Stap 3 van 7".
    pub progress: String,
    /// Label of example content, when not reviewed.
    pub example_label: Option<String>,
    /// The language of the grid's texts on screen.
    pub content_language: ContentLanguage,
    /// The step's content.
    pub content: PatientContent,
}

/// The patient's screen of the session's current step.
pub fn patient_screen(grid: &OptionGrid, state: &SessionState, l10n: &Localizer) -> PatientScreen {
    patient_view(consultation_screen(grid, state, l10n), l10n)
}

/// What the patient sees of the clinician's `screen`: the same step, fewer things.
pub fn patient_view(screen: ConsultationScreen, l10n: &Localizer) -> PatientScreen {
    let heading = screen
        .steps
        .iter()
        .find(|s| s.current)
        .map(|s| s.label.clone())
        .unwrap_or_default();
    let yes_no = |answer: Option<bool>| {
        answer.map(|yes| {
            l10n.text(if yes {
                "room-patient-yes"
            } else {
                "room-patient-no"
            })
        })
    };
    let content = match screen.content {
        StepContent::Choice(c) => PatientContent::Choice {
            description: c.description,
            why_a_choice: c.why_a_choice,
            questions_heading: l10n.text("choice-three-questions"),
            questions: c.three_questions,
        },
        StepContent::Options(o) => PatientContent::Options {
            options: o
                .options
                .into_iter()
                .map(|o| PatientOption {
                    name: o.name,
                    summary: o.summary,
                    picture: o.picture,
                })
                .collect(),
        },
        StepContent::ProsCons(p) => PatientContent::ProsCons {
            options: p.columns.into_iter().map(|c| c.name).collect(),
            rows: p
                .rows
                .into_iter()
                .map(|r| PatientRow {
                    question: r.question,
                    answers: r.answers,
                    marked: r.marked,
                })
                .collect(),
        },
        StepContent::Values(v) => PatientContent::Values {
            aspects: v
                .aspects
                .into_iter()
                .map(|a| PatientAspect {
                    text: a.text,
                    importance: a.importance.map(|_| a.importance_label),
                })
                .collect(),
        },
        StepContent::Decision(d) => PatientContent::Decision {
            choices: d.choices.into_iter().map(|c| c.label).collect(),
            status: d.status,
        },
        StepContent::Sure(s) => PatientContent::Sure {
            questions: s
                .questions
                .into_iter()
                .map(|q| PatientAspect {
                    text: q.text,
                    importance: yes_no(q.answer),
                })
                .collect(),
        },
        StepContent::Summary(s) => PatientContent::Summary {
            important_heading: l10n.text("room-patient-important"),
            important: s.important.into_iter().chain(s.marked).collect(),
            choice_heading: l10n.text("summary-choice"),
            choice: s.choice,
        },
    };
    PatientScreen {
        condition: screen.condition,
        question: screen.question,
        step: screen.step,
        heading,
        progress: screen.progress,
        example_label: screen.example_label,
        content_language: screen.content_language,
        content,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::library::Library;
    use crate::session::{Choice, Mode, SessionEvent};

    fn hernia() -> crate::library::Entry {
        Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
            .get("liesbreuk")
            .expect("the hernia grid")
            .clone()
    }

    fn at(step: Step, more: &[SessionEvent]) -> SessionState {
        let mut events = vec![
            SessionEvent::ModeChosen {
                mode: Mode::Consultation,
            },
            SessionEvent::StepOpened { step },
        ];
        events.extend_from_slice(more);
        SessionState::from_events(&events)
    }

    #[test]
    fn every_step_of_every_grid_has_a_patient_screen_in_every_language() {
        let library = Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        for language in Language::ALL {
            let l10n = Localizer::new(language);
            for entry in library.entries() {
                for step in Step::ALL {
                    let screen = patient_screen(&entry.grid, &at(step, &[]), &l10n);
                    assert_eq!(screen.step, step);
                    assert!(!screen.heading.is_empty());
                    let json = serde_json::to_string(&screen).unwrap();
                    assert!(
                        !json.contains("\"[") && !json.contains("{ $"),
                        "{} {step:?} {language:?}: a message is missing: {json}",
                        entry.grid.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_patient_never_sees_the_clinicians_panel_or_note() {
        let entry = hernia();
        let l10n = Localizer::new(Language::Nl);
        let note = SessionEvent::NoteWritten {
            text: "Alleen voor de arts bedoeld".into(),
        };
        for step in Step::ALL {
            let state = at(step, std::slice::from_ref(&note));
            let clinician = consultation_screen(&entry.grid, &state, &l10n);
            assert!(clinician.panel.is_some());
            let json = serde_json::to_string(&patient_screen(&entry.grid, &state, &l10n)).unwrap();
            assert!(!json.contains("Alleen voor de arts"), "{step:?}: {json}");
            assert!(!json.contains(&l10n.text("panel-heading")), "{step:?}");
        }
    }

    #[test]
    fn it_shows_the_same_step_and_the_answers_given() {
        let entry = hernia();
        let grid = &entry.grid;
        let l10n = Localizer::new(Language::Nl);
        let question = grid.questions[0].id.clone();
        let marked = at(
            Step::ProsCons,
            &[SessionEvent::RowMarked {
                question: question.clone(),
                marked: true,
            }],
        );
        let PatientContent::ProsCons { options, rows } =
            patient_screen(grid, &marked, &l10n).content
        else {
            panic!("the grid on the pros and cons step");
        };
        assert_eq!(options.len(), grid.options.len());
        assert_eq!(rows.len(), grid.questions.len());
        assert!(rows[0].marked && !rows[1].marked);
        assert!(rows.iter().all(|r| r.answers.len() == options.len()));

        let chosen = at(
            Step::Decision,
            &[SessionEvent::ChoiceMade {
                choice: Choice::ThinkAboutIt,
            }],
        );
        let screen = patient_screen(grid, &chosen, &l10n);
        assert_eq!(screen.heading, l10n.text("step-decision"));
        let PatientContent::Decision { choices, status } = screen.content else {
            panic!("the choices on the decision step");
        };
        assert!(choices.len() > grid.options.len(), "{choices:?}");
        assert!(status.contains("nadenken"), "{status}");
    }

    #[test]
    fn a_rated_aspect_is_said_in_words_and_an_unrated_one_is_not() {
        let entry = hernia();
        let l10n = Localizer::new(Language::Nl);
        let aspect = entry.grid.questions[0].id.clone();
        let state = at(
            Step::Values,
            &[SessionEvent::ImportanceRated {
                aspect,
                importance: 4,
            }],
        );
        let PatientContent::Values { aspects } = patient_screen(&entry.grid, &state, &l10n).content
        else {
            panic!("the aspects on the values step");
        };
        assert_eq!(aspects[0].importance.as_deref(), Some("Heel belangrijk"));
        assert!(aspects[1..].iter().all(|a| a.importance.is_none()));
    }
}
