//! Everything the records hold about one patient, for the patient to take along (the right of
//! access): as JSON ([`PatientExport::to_json`]) and as plain text in the chosen language.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Patient, PatientId, RecordedEvent, RecordsError, SessionSummary, Store};
use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::library::Entry;
use crate::session::{Choice, Mode, SessionEvent, Step, SureItem};

/// One patient with every session and every event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PatientExport {
    /// The patient.
    pub patient: Patient,
    /// Every session, oldest first, with its pinned content version and hash.
    pub sessions: Vec<SessionExport>,
}

/// One session with its events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionExport {
    /// The session.
    pub session: SessionSummary,
    /// Every event, with its time, in the order recorded.
    pub events: Vec<RecordedEvent>,
}

fn time(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Consultation => "consultation",
        Mode::Home => "home",
    }
}

fn step_key(step: Step) -> &'static str {
    match step {
        Step::Choice => "choice",
        Step::Options => "options",
        Step::ProsCons => "pros-cons",
        Step::Values => "values",
        Step::Decision => "decision",
        Step::Sure => "sure",
        Step::Summary => "summary",
    }
}

fn sure_key(item: SureItem) -> &'static str {
    match item {
        SureItem::Sure => "sure",
        SureItem::Understand => "understand",
        SureItem::Values => "values",
        SureItem::Support => "support",
    }
}

/// The text of a question or outcome id in `grid`, else the id.
fn aspect(grid: Option<&OptionGrid>, id: &str, l10n: &Localizer) -> String {
    match grid {
        Some(grid) => crate::content::wording::aspect_text(grid, id, l10n),
        None => id.to_owned(),
    }
}

/// One event in words; with the session's grid, questions and options by their text.
fn event_text(event: &SessionEvent, grid: Option<&OptionGrid>, l10n: &Localizer) -> String {
    match event {
        SessionEvent::ModeChosen { mode } => {
            l10n.format("records-event-mode", &[("mode", mode_key(*mode))])
        }
        SessionEvent::StepOpened { step } => {
            l10n.format("records-event-step", &[("step", step_key(*step))])
        }
        SessionEvent::RowMarked { question, marked } => l10n.format(
            if *marked {
                "records-event-row-marked"
            } else {
                "records-event-row-unmarked"
            },
            &[("question", aspect(grid, question, l10n))],
        ),
        SessionEvent::ImportanceRated { aspect, importance } => l10n.format(
            "records-event-importance",
            &[
                ("aspect", self::aspect(grid, aspect, l10n)),
                ("importance", importance.to_string()),
            ],
        ),
        SessionEvent::NoteWritten { text } => l10n.format("records-event-note", &[("text", text)]),
        SessionEvent::ChoiceMade { choice } => choice_text(choice, grid, l10n),
        SessionEvent::SureAnswered { item, yes } => l10n.format(
            "records-event-sure",
            &[
                ("item", sure_key(*item)),
                ("answer", if *yes { "yes" } else { "no" }),
            ],
        ),
        SessionEvent::ConsentGiven { shared } => l10n.text(if *shared {
            "records-event-consent-yes"
        } else {
            "records-event-consent-no"
        }),
    }
}

fn choice_text(choice: &Choice, grid: Option<&OptionGrid>, l10n: &Localizer) -> String {
    match choice {
        Choice::Option(option) => {
            let name = grid
                .and_then(|g| g.options.iter().find(|o| &o.id == option).map(|o| (g, o)))
                .map(|(g, o)| crate::content::wording::pick(&o.name, l10n.language(), g))
                .unwrap_or_else(|| option.clone());
            l10n.format("records-event-choice-option", &[("option", name)])
        }
        Choice::ThinkAboutIt => l10n.text("records-event-choice-think"),
        Choice::DecideTogether => l10n.text("records-event-choice-together"),
    }
}

impl PatientExport {
    /// The export as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Only strings, numbers and string-keyed structs: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The export as plain text in the language of `l10n`, naming grids, questions and
    /// options by their ids.
    pub fn to_text(&self, l10n: &Localizer) -> String {
        self.to_text_with(l10n, &|_| None)
    }

    /// The export as plain text in the language of `l10n`; sessions whose grid `grids`
    /// finds name the condition, questions and options by their text.
    pub fn to_text_with(
        &self,
        l10n: &Localizer,
        grids: &dyn Fn(&str) -> Option<Arc<Entry>>,
    ) -> String {
        let p = &self.patient;
        let mut lines = vec![
            l10n.format("records-export-title", &[("label", &p.label)]),
            match p.birth_year {
                Some(year) => {
                    l10n.format("records-export-birth-year", &[("year", year.to_string())])
                }
                None => l10n.text("records-export-no-birth-year"),
            },
            l10n.format("records-export-created", &[("time", time(&p.created_at))]),
            l10n.format(
                "records-export-sessions",
                &[("count", self.sessions.len().to_string())],
            ),
        ];
        for (n, s) in self.sessions.iter().enumerate() {
            let start = &s.session.start;
            let entry = grids(&start.grid_id);
            let grid = entry.as_ref().map(|e| &e.grid);
            let name = grid
                .map(|g| {
                    format!(
                        "{} ({})",
                        crate::content::wording::pick(&g.condition.name, l10n.language(), g),
                        g.id
                    )
                })
                .unwrap_or_else(|| start.grid_id.clone());
            lines.push(String::new());
            lines.push(l10n.format(
                "records-export-session",
                &[
                    ("number", (n + 1).to_string()),
                    ("grid", name),
                    ("time", time(&s.session.started_at)),
                ],
            ));
            lines.push(l10n.format(
                "records-export-content",
                &[
                    ("version", start.content_version.as_str()),
                    ("sha256", start.content_sha256.as_str()),
                ],
            ));
            lines.push(l10n.format("records-export-mode", &[("mode", mode_key(start.mode))]));
            if s.events.is_empty() {
                lines.push(l10n.text("records-export-no-events"));
            }
            for e in &s.events {
                lines.push(l10n.format(
                    "records-export-event",
                    &[
                        ("time", time(&e.recorded_at)),
                        ("what", event_text(&e.event, grid, l10n)),
                    ],
                ));
            }
        }
        lines.push(String::new());
        lines.join("\n")
    }
}

impl Store {
    /// Everything about one patient: the patient, every session with its pinned content
    /// version and hash, every event with its time.
    pub fn export_patient(&self, id: PatientId) -> Result<PatientExport, RecordsError> {
        let patient = self.patient(id)?;
        let sessions = self
            .sessions_of(id)?
            .into_iter()
            .map(|session| {
                Ok(SessionExport {
                    events: self.events(session.id)?,
                    session,
                })
            })
            .collect::<Result<_, RecordsError>>()?;
        Ok(PatientExport { patient, sessions })
    }
}
