//! One decision session: what the patient said along the way, as events.
//!
//! Every answer is an event, recorded the moment it is given; the current state is the fold
//! of the events in order. The records keep the events (history, audit, resume); the view
//! models read the state.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::content::OptionGrid;
use crate::language::Localizer;

/// Who is using the aid, chosen at the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// "In de spreekkamer": clinician and patient together.
    #[default]
    Consultation,
    /// "Thuis": the patient alone or with family, one step per screen.
    Home,
}

/// The steps of the flow, after the three good questions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// There is a choice to make, and the patient's view matters.
    #[default]
    Choice,
    /// Wat zijn mijn mogelijkheden?
    Options,
    /// Wat zijn de voor- en nadelen van die mogelijkheden?
    ProsCons,
    /// Wat betekent dat in mijn situatie?
    Values,
    /// The decision: an option, more time, or deciding together with the clinician.
    Decision,
    /// The SURE test.
    Sure,
    /// What was said, to take home.
    Summary,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Step; 7] = [
        Step::Choice,
        Step::Options,
        Step::ProsCons,
        Step::Values,
        Step::Decision,
        Step::Sure,
        Step::Summary,
    ];
}

/// What the patient decided.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "option")]
pub enum Choice {
    /// One of the grid's options, by id.
    Option(String),
    /// "Ik wil er nog over nadenken."
    ThinkAboutIt,
    /// "Ik wil dat de arts met mij meebeslist."
    DecideTogether,
}

/// The four SURE questions (Légaré et al. 2010), in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SureItem {
    /// Sure of myself: do you feel sure about the best choice for you?
    Sure,
    /// Understand information: do you know the benefits and risks of each option?
    Understand,
    /// Risk-benefit ratio: are you clear about which benefits and risks matter most to you?
    Values,
    /// Encouragement: do you have enough support and advice to make a choice?
    Support,
}

impl SureItem {
    /// All four, in the order they are asked.
    pub const ALL: [SureItem; 4] = [
        SureItem::Sure,
        SureItem::Understand,
        SureItem::Values,
        SureItem::Support,
    ];
}

/// How important an aspect is to the patient, 0 (not important) to 4 (very important).
pub type Importance = u8;

/// Highest importance rating.
pub const MAX_IMPORTANCE: Importance = 4;

/// One thing the patient or clinician did or said, in the order it happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event")]
pub enum SessionEvent {
    /// The mode was chosen or changed.
    ModeChosen {
        /// The mode.
        mode: Mode,
    },
    /// A step was opened (to resume where the session was).
    StepOpened {
        /// The step.
        step: Step,
    },
    /// A row of the option grid (a question id) was marked or unmarked as mattering.
    RowMarked {
        /// Question id.
        question: String,
        /// Marked (true) or unmarked.
        marked: bool,
    },
    /// The patient rated how important an aspect (question or outcome id) is.
    ImportanceRated {
        /// Question or outcome id.
        aspect: String,
        /// 0..=MAX_IMPORTANCE.
        importance: Importance,
    },
    /// The patient wrote, in their own words, what matters in their life.
    NoteWritten {
        /// The whole note as it now reads.
        text: String,
    },
    /// A choice was made (or changed).
    ChoiceMade {
        /// The choice.
        choice: Choice,
    },
    /// A SURE question was answered.
    SureAnswered {
        /// Which question.
        item: SureItem,
        /// Yes (true) or no.
        yes: bool,
    },
    /// The patient agreed (or no longer agrees) that the anonymous answers of this session may
    /// be shared with the guideline group ([`crate::learning`]). Nothing is shared until this
    /// is recorded with `shared: true`; withdrawing later records it again with `false`.
    ConsentGiven {
        /// May be shared (true) or not.
        shared: bool,
    },
}

/// Longest note, in characters, that a patient can write in their own words.
pub const MAX_NOTE_CHARS: usize = 4000;

/// Why an event does not fit the grid of its session. Nothing is recorded then.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// A row or aspect id the grid does not have.
    #[error("question or outcome \"{0}\" is not in this option grid")]
    UnknownAspect(String),
    /// An option id the grid does not have.
    #[error("option \"{0}\" is not in this option grid")]
    UnknownOption(String),
    /// An importance above the scale.
    #[error("importance {0} is above the highest, {MAX_IMPORTANCE}")]
    ImportanceTooHigh(Importance),
    /// A note longer than [`MAX_NOTE_CHARS`].
    #[error("the note has {0} characters; at most {MAX_NOTE_CHARS} fit")]
    NoteTooLong(usize),
    /// The session is pinned to another grid than the one the answer was checked against.
    #[error("the session belongs to option grid \"{0}\"")]
    OtherGrid(String),
}

impl EventError {
    /// The problem in the chosen language.
    pub fn message(&self, l10n: &crate::language::Localizer) -> String {
        match self {
            EventError::OtherGrid(id) => {
                l10n.format("session-error-other-grid", &[("id", id.as_str())])
            }
            EventError::UnknownAspect(id) => {
                l10n.format("session-error-unknown-aspect", &[("id", id.as_str())])
            }
            EventError::UnknownOption(id) => {
                l10n.format("session-error-unknown-option", &[("id", id.as_str())])
            }
            EventError::ImportanceTooHigh(value) => l10n.format(
                "session-error-importance",
                &[
                    ("value", value.to_string()),
                    ("max", MAX_IMPORTANCE.to_string()),
                ],
            ),
            EventError::NoteTooLong(length) => l10n.format(
                "session-error-note-too-long",
                &[
                    ("length", length.to_string()),
                    ("max", MAX_NOTE_CHARS.to_string()),
                ],
            ),
        }
    }
}

impl SessionEvent {
    /// Check that the event fits `grid`: ids exist, values are in range.
    pub fn check(&self, grid: &crate::content::OptionGrid) -> Result<(), EventError> {
        let is_question = |id: &str| grid.questions.iter().any(|q| q.id == id);
        let is_outcome = |id: &str| grid.outcomes.iter().any(|o| o.id == id);
        match self {
            SessionEvent::RowMarked { question, .. } if !is_question(question) => {
                Err(EventError::UnknownAspect(question.clone()))
            }
            SessionEvent::ImportanceRated { aspect, .. }
                if !is_question(aspect) && !is_outcome(aspect) =>
            {
                Err(EventError::UnknownAspect(aspect.clone()))
            }
            SessionEvent::ImportanceRated { importance, .. } if *importance > MAX_IMPORTANCE => {
                Err(EventError::ImportanceTooHigh(*importance))
            }
            SessionEvent::NoteWritten { text } if text.chars().count() > MAX_NOTE_CHARS => {
                Err(EventError::NoteTooLong(text.chars().count()))
            }
            SessionEvent::ChoiceMade {
                choice: Choice::Option(id),
            } if !grid.options.iter().any(|o| &o.id == id) => {
                Err(EventError::UnknownOption(id.clone()))
            }
            _ => Ok(()),
        }
    }
}

/// The state of a session: the fold of its events.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SessionState {
    /// The mode.
    pub mode: Mode,
    /// The step last opened.
    pub step: Step,
    /// Question ids the patient marked as mattering.
    pub marked_rows: BTreeSet<String>,
    /// Importance per aspect id.
    pub importance: BTreeMap<String, Importance>,
    /// What matters in the patient's own words.
    pub note: String,
    /// The choice, once made.
    pub choice: Option<Choice>,
    /// SURE answers given so far.
    pub sure: BTreeMap<SureItem, bool>,
    /// Whether the patient agreed to share this session's anonymous answers with the
    /// guideline group (the latest [`SessionEvent::ConsentGiven`]); no until they say yes.
    pub shared: bool,
}

impl SessionState {
    /// The state after `events`, in order.
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a SessionEvent>) -> SessionState {
        let mut state = SessionState::default();
        for event in events {
            state.apply(event);
        }
        state
    }

    /// Apply one event.
    pub fn apply(&mut self, event: &SessionEvent) {
        match event {
            SessionEvent::ModeChosen { mode } => self.mode = *mode,
            SessionEvent::StepOpened { step } => self.step = *step,
            SessionEvent::RowMarked { question, marked } => {
                if *marked {
                    self.marked_rows.insert(question.clone());
                } else {
                    self.marked_rows.remove(question);
                }
            }
            SessionEvent::ImportanceRated { aspect, importance } => {
                self.importance
                    .insert(aspect.clone(), (*importance).min(MAX_IMPORTANCE));
            }
            SessionEvent::NoteWritten { text } => self.note.clone_from(text),
            SessionEvent::ChoiceMade { choice } => self.choice = Some(choice.clone()),
            SessionEvent::SureAnswered { item, yes } => {
                self.sure.insert(*item, *yes);
            }
            SessionEvent::ConsentGiven { shared } => self.shared = *shared,
        }
    }

    /// The SURE result once all four are answered: `Some(true)` when every answer is yes
    /// (no sign of decisional conflict), `Some(false)` when any is no.
    pub fn sure_all_yes(&self) -> Option<bool> {
        (self.sure.len() == SureItem::ALL.len()).then(|| self.sure.values().all(|yes| *yes))
    }
}

/// The choice in words: the option's name, or "Ik wil er nog over nadenken".
pub fn choice_text(grid: &OptionGrid, choice: &Choice, l10n: &Localizer) -> String {
    match choice {
        Choice::Option(id) => grid
            .options
            .iter()
            .find(|o| &o.id == id)
            .map(|o| crate::content::wording::pick(&o.name, l10n.language(), grid))
            .unwrap_or_else(|| id.clone()),
        Choice::ThinkAboutIt => l10n.text("decision-think"),
        Choice::DecideTogether => l10n.text("decision-together"),
    }
}

/// An importance rating in words ("Nog niet gekozen" when there is none), the same on screen,
/// on paper and in exports.
pub fn importance_text(importance: Option<Importance>, l10n: &Localizer) -> String {
    match importance {
        Some(value) => l10n.text(&format!("importance-{}", value.min(MAX_IMPORTANCE))),
        None => l10n.text("importance-unrated"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_is_the_fold_of_events() {
        let events = vec![
            SessionEvent::ModeChosen { mode: Mode::Home },
            SessionEvent::RowMarked {
                question: "pain".into(),
                marked: true,
            },
            SessionEvent::RowMarked {
                question: "work".into(),
                marked: true,
            },
            SessionEvent::RowMarked {
                question: "pain".into(),
                marked: false,
            },
            SessionEvent::ImportanceRated {
                aspect: "work".into(),
                importance: 9,
            },
            SessionEvent::ChoiceMade {
                choice: Choice::ThinkAboutIt,
            },
        ];
        let state = SessionState::from_events(&events);
        assert_eq!(state.mode, Mode::Home);
        assert_eq!(state.marked_rows.iter().collect::<Vec<_>>(), ["work"]);
        assert_eq!(state.importance["work"], MAX_IMPORTANCE);
        assert_eq!(state.choice, Some(Choice::ThinkAboutIt));
        assert_eq!(state.sure_all_yes(), None);
        assert!(
            !state.shared,
            "nothing is shared until the patient says yes"
        );
    }

    #[test]
    fn consent_is_the_latest_answer_and_can_be_withdrawn() {
        let mut state = SessionState::default();
        state.apply(&SessionEvent::ConsentGiven { shared: true });
        assert!(state.shared);
        state.apply(&SessionEvent::ConsentGiven { shared: false });
        assert!(!state.shared);
        let json = serde_json::to_string(&SessionEvent::ConsentGiven { shared: true }).unwrap();
        assert_eq!(json, r#"{"event":"consent_given","shared":true}"#);
    }

    #[test]
    fn events_round_trip_as_tagged_json() {
        let event = SessionEvent::ChoiceMade {
            choice: Choice::Option("operation".into()),
        };
        let json = serde_json::to_string(&event).unwrap();
        assert_eq!(
            json,
            r#"{"event":"choice_made","choice":{"kind":"option","option":"operation"}}"#
        );
        assert_eq!(serde_json::from_str::<SessionEvent>(&json).unwrap(), event);
    }

    #[test]
    fn events_that_do_not_fit_the_grid_are_refused_with_a_reason() {
        let library =
            crate::library::Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let grid = &library.get("liesbreuk").unwrap().grid;
        let nl = crate::language::Localizer::new(crate::language::Language::Nl);
        let fits = SessionEvent::RowMarked {
            question: "vastzitten".into(),
            marked: true,
        };
        assert_eq!(fits.check(grid), Ok(()));
        let unknown = SessionEvent::ChoiceMade {
            choice: Choice::Option("pillen".into()),
        };
        let err = unknown.check(grid).unwrap_err();
        assert_eq!(err, EventError::UnknownOption("pillen".into()));
        assert!(err.message(&nl).contains("pillen"), "{}", err.message(&nl));
        let long = SessionEvent::NoteWritten {
            text: "a".repeat(MAX_NOTE_CHARS + 1),
        };
        assert_eq!(
            long.check(grid),
            Err(EventError::NoteTooLong(MAX_NOTE_CHARS + 1))
        );
        let high = SessionEvent::ImportanceRated {
            aspect: "vastzitten".into(),
            importance: 5,
        };
        assert_eq!(high.check(grid), Err(EventError::ImportanceTooHigh(5)));
    }

    #[test]
    fn sure_signals_doubt_on_any_no() {
        let mut state = SessionState::default();
        for item in SureItem::ALL {
            state.apply(&SessionEvent::SureAnswered {
                item,
                yes: item != SureItem::Support,
            });
        }
        assert_eq!(state.sure_all_yes(), Some(false));
    }
}
