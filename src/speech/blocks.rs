//! The blocks of a consultation screen a patient can have read aloud, taken from its view
//! model in the order the window shows them. Each block has an id the window puts on the
//! element that shows it (`data-read`); its parts are the texts that element shows, one per
//! line, so what is said is exactly what is on the screen.
//!
//! Ids: `question` (the header), `panel`, `heading` (the step's name), then per step e.g.
//! `option:<option>`, `row:<question>`, `cell:<question>:<option>`, `benefit:<option>:<n>`,
//! `outcome-option:<outcome>:<option>`, `aspect:<question>`, `sure:<item>`, `summary`.

use serde::Serialize;

use crate::view::consultation::{
    ChoiceView, ConsultationScreen, DecisionView, OptionsView, OutcomeView, ProsConsView,
    StepContent, SummaryView, SureView, ValuesView,
};

/// One block to read: what one element on the screen shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReadBlock {
    /// The block's id, the same as the element's `data-read` in the window.
    pub id: String,
    /// The texts the element shows, in order, without empty ones.
    pub parts: Vec<String>,
}

impl ReadBlock {
    /// The text to say: the parts, one per line.
    pub fn text(&self) -> String {
        self.parts.join("\n")
    }
}

/// Everything on a consultation screen that can be read aloud.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ScreenReading {
    /// The header: condition, decision, example-content label.
    pub header: ReadBlock,
    /// What matters to the patient so far (consultation room only).
    pub panel: Option<ReadBlock>,
    /// The step, from its name on, in the order it is shown: what "read this step" says.
    pub step: Vec<ReadBlock>,
}

/// A block of the texts in `parts` that are not empty.
fn block<S: AsRef<str>>(id: impl Into<String>, parts: impl IntoIterator<Item = S>) -> ReadBlock {
    ReadBlock {
        id: id.into(),
        parts: parts
            .into_iter()
            .map(|p| p.as_ref().trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
    }
}

/// Blocks in the making; blocks without text are left out.
#[derive(Default)]
struct Blocks(Vec<ReadBlock>);

impl Blocks {
    fn add<S: AsRef<str>>(&mut self, id: impl Into<String>, parts: impl IntoIterator<Item = S>) {
        let block = block(id, parts);
        if !block.parts.is_empty() {
            self.0.push(block);
        }
    }

    fn one(&mut self, id: impl Into<String>, text: &str) {
        self.add(id, [text]);
    }
}

/// A fixed text of a step, by message id.
fn label<'a>(labels: &'a crate::view::consultation::Labels, id: &str) -> &'a str {
    labels.get(id).map(String::as_str).unwrap_or_default()
}

impl ScreenReading {
    /// What `screen` shows, as blocks to read.
    pub fn of(screen: &ConsultationScreen) -> ScreenReading {
        let header = block(
            "question",
            [&screen.condition, &screen.question]
                .into_iter()
                .chain(screen.example_label.as_ref()),
        );
        let panel = screen.panel.as_ref().map(|p| {
            let mut parts = vec![p.heading.clone()];
            if p.items.is_empty() && p.note.is_none() && p.choice.is_none() {
                parts.push(p.empty.clone());
            } else {
                parts.extend(p.items.iter().cloned());
                parts.extend(p.note.iter().cloned());
                parts.extend(p.choice.iter().cloned());
            }
            block("panel", parts)
        });
        let mut step = Blocks::default();
        if let Some(link) = screen.steps.iter().find(|s| s.current) {
            step.one("heading", &link.label);
        }
        match &screen.content {
            StepContent::Choice(view) => choice(&mut step, view),
            StepContent::Options(view) => options(&mut step, view),
            StepContent::ProsCons(view) => pros_cons(&mut step, view),
            StepContent::Values(view) => values(&mut step, view),
            StepContent::Decision(view) => decision(&mut step, view),
            StepContent::Sure(view) => sure(&mut step, view),
            StepContent::Summary(view) => summary(&mut step, view),
        }
        ScreenReading {
            header,
            panel,
            step: step.0,
        }
    }

    /// The block with this id, anywhere on the screen.
    pub fn block(&self, id: &str) -> Option<&ReadBlock> {
        std::iter::once(&self.header)
            .chain(self.panel.as_ref())
            .chain(&self.step)
            .find(|b| b.id == id)
    }
}

fn choice(b: &mut Blocks, view: &ChoiceView) {
    let l = &view.labels;
    b.one("choice-intro", label(l, "choice-intro"));
    b.one("choice-your-view", label(l, "choice-your-view"));
    b.one("description", &view.description);
    b.one("choice-who", label(l, "choice-who"));
    b.one("population", &view.population);
    b.one("why-a-choice", &view.why_a_choice);
    b.one("choice-three-questions", label(l, "choice-three-questions"));
    for (n, question) in view.three_questions.iter().enumerate() {
        b.one(format!("three-question:{}", n + 1), question);
    }
}

fn options(b: &mut Blocks, view: &OptionsView) {
    for o in &view.options {
        b.add(
            format!("option:{}", o.id),
            [&o.kind_label, &o.name, &o.summary],
        );
    }
    let note = view
        .no_waiting_reason
        .as_deref()
        .unwrap_or_else(|| label(&view.labels, "option-waiting-note"));
    b.one("options-note", note);
}

fn pros_cons(b: &mut Blocks, view: &ProsConsView) {
    let l = &view.labels;
    b.one("grid-heading", label(l, "grid-heading"));
    b.one("grid-hint", label(l, "grid-mark-hint"));
    for c in &view.columns {
        b.one(format!("column:{}", c.id), &c.name);
    }
    for row in &view.rows {
        b.one(format!("row:{}", row.id), &row.question);
        for (column, answer) in view.columns.iter().zip(&row.answers) {
            b.one(format!("cell:{}:{}", row.id, column.id), answer);
        }
    }
    for d in &view.details {
        let id = &d.id;
        b.one(format!("option-name:{id}"), &d.name);
        b.one(
            format!("benefits-heading:{id}"),
            label(l, "benefits-heading"),
        );
        for (n, text) in d.benefits.iter().enumerate() {
            b.one(format!("benefit:{id}:{}", n + 1), text);
        }
        b.one(format!("harms-heading:{id}"), label(l, "harms-heading"));
        for (n, text) in d.harms.iter().enumerate() {
            b.one(format!("harm:{id}:{}", n + 1), text);
        }
        b.one(
            format!("living-with-heading:{id}"),
            label(l, "living-with-heading"),
        );
        b.one(format!("living-with:{id}"), &d.living_with);
        if !d.burden.is_empty() {
            b.one(format!("burden-heading:{id}"), label(l, "burden-heading"));
            for (n, line) in d.burden.iter().enumerate() {
                b.one(format!("burden-aspect:{id}:{}", n + 1), &line.aspect);
                b.one(format!("burden:{id}:{}", n + 1), &line.text);
            }
        }
        if view.has_environment {
            b.one(
                format!("environment-heading:{id}"),
                label(l, "environment-heading"),
            );
            let text = d
                .environment
                .as_deref()
                .unwrap_or_else(|| label(l, "environment-unknown"));
            b.one(format!("environment:{id}"), text);
        }
    }
    b.one("outcomes-heading", label(l, "outcomes-heading"));
    for o in &view.outcomes {
        outcome(b, o, label(l, "outcome-legend"));
    }
}

fn outcome(b: &mut Blocks, o: &OutcomeView, legend: &str) {
    let id = &o.id;
    b.one(format!("outcome:{id}"), &o.heading);
    b.one(format!("population:{id}"), &o.population);
    for v in &o.options {
        b.add(
            format!("outcome-option:{id}:{}", v.option),
            [&v.name, &v.sentence].into_iter().chain(v.range.as_ref()),
        );
    }
    if o.kind == crate::content::OutcomeKind::Event {
        b.one(format!("legend:{id}"), legend);
    }
    b.add(
        format!("certainty:{id}"),
        [&o.certainty_label, &o.certainty],
    );
    if let Some(reason) = &o.certainty_reason {
        b.one(format!("certainty-reason:{id}"), reason);
    }
}

fn values(b: &mut Blocks, view: &ValuesView) {
    let l = &view.labels;
    b.one("values-intro", label(l, "values-intro"));
    for a in &view.aspects {
        b.one(format!("aspect:{}", a.id), &a.text);
    }
    b.one("note-label", label(l, "note-label"));
    b.one("note-hint", label(l, "note-hint"));
    b.one("lineup-heading", label(l, "lineup-heading"));
    b.one("lineup-intro", label(l, "lineup-intro"));
    if view.lineup.iter().all(|o| o.items.is_empty()) {
        b.one("lineup-empty", label(l, "lineup-empty"));
    } else {
        for o in &view.lineup {
            let items = o
                .items
                .iter()
                .flat_map(|i| [&i.aspect, &i.importance, &i.answer]);
            b.add(
                format!("lineup:{}", o.id),
                std::iter::once(&o.name).chain(items),
            );
        }
    }
}

fn decision(b: &mut Blocks, view: &DecisionView) {
    b.one("decision-intro", label(&view.labels, "decision-intro"));
    b.add("choices", view.choices.iter().map(|c| &c.label));
    b.one("choice-status", &view.status);
}

/// The SURE item as the window names it (`sure`, `understand`, `values`, `support`).
fn item_id(item: crate::session::SureItem) -> String {
    serde_json::to_value(item)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn sure(b: &mut Blocks, view: &SureView) {
    let l = &view.labels;
    b.one("sure-intro", label(l, "sure-intro"));
    for q in &view.questions {
        b.one(format!("sure:{}", item_id(q.item)), &q.text);
    }
    b.one("sure-result", &view.result);
    if !view.next_steps.is_empty() {
        b.one("sure-next-heading", label(l, "sure-next-heading"));
        for (n, text) in view.next_steps.iter().enumerate() {
            b.one(format!("next-step:{}", n + 1), text);
        }
    }
    b.one("sure-translation", label(l, "sure-translation"));
}

fn summary(b: &mut Blocks, view: &SummaryView) {
    let l = &view.labels;
    let nothing = label(l, "summary-nothing").to_owned();
    let mut parts: Vec<String> = Vec::new();
    let note: Vec<String> = view.note.iter().cloned().collect();
    let choice = vec![view.choice.clone()];
    for (heading, items) in [
        ("summary-marked", &view.marked),
        ("summary-important", &view.important),
        ("summary-note", &note),
        ("summary-choice", &choice),
    ] {
        parts.push(label(l, heading).to_owned());
        if items.is_empty() {
            parts.push(nothing.clone());
        } else {
            parts.extend(items.iter().cloned());
        }
    }
    parts.extend(view.sure.iter().cloned());
    b.add("summary", parts);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::{Language, Localizer};
    use crate::library::Library;
    use crate::session::{Mode, SessionEvent, SessionState, Step, SureItem};
    use crate::view::consultation::consultation_screen;

    fn library() -> Library {
        Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    }

    fn screen(grid: &str, events: &[SessionEvent], language: Language) -> ConsultationScreen {
        screen_in(&library(), grid, events, language)
    }

    fn screen_in(
        library: &Library,
        grid: &str,
        events: &[SessionEvent],
        language: Language,
    ) -> ConsultationScreen {
        let grid = &library.get(grid).unwrap().grid;
        let state = SessionState::from_events(events);
        consultation_screen(grid, &state, &Localizer::new(language))
    }

    fn open(step: Step) -> SessionEvent {
        SessionEvent::StepOpened { step }
    }

    #[test]
    fn the_options_step_reads_its_name_then_every_option_as_shown_then_the_note() {
        let shown = screen("liesbreuk", &[open(Step::Options)], Language::Nl);
        let reading = ScreenReading::of(&shown);
        let StepContent::Options(view) = &shown.content else {
            panic!("options step")
        };
        let ids: Vec<&str> = reading.step.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "heading",
                "option:afwachten",
                "option:operatie",
                "options-note"
            ]
        );
        assert_eq!(reading.step[0].text(), "Wat zijn mijn mogelijkheden?");
        let first = &view.options[0];
        assert_eq!(
            reading.block("option:afwachten").unwrap().text(),
            format!("{}\n{}\n{}", first.kind_label, first.name, first.summary)
        );
        assert_eq!(
            reading.header.parts,
            [
                shown.condition.as_str(),
                shown.question.as_str(),
                shown.example_label.as_deref().unwrap()
            ]
        );
    }

    #[test]
    fn numbers_are_said_as_shown() {
        let shown = screen("liesbreuk", &[open(Step::ProsCons)], Language::Nl);
        let StepContent::ProsCons(view) = &shown.content else {
            panic!("pros and cons step")
        };
        let reading = ScreenReading::of(&shown);
        let figure = &view.outcomes[0].options[0];
        let block = reading
            .block(&format!(
                "outcome-option:{}:{}",
                view.outcomes[0].id, figure.option
            ))
            .unwrap();
        assert_eq!(block.parts[1], figure.sentence);
        assert!(
            figure.sentence.contains(" van de 100 "),
            "{}",
            figure.sentence
        );
    }

    #[test]
    fn every_block_of_every_step_has_text_and_an_id_once() {
        let library = library();
        for language in Language::ALL {
            for entry in library.entries() {
                for step in Step::ALL {
                    let mut events = vec![SessionEvent::ModeChosen {
                        mode: Mode::Consultation,
                    }];
                    if let Some(q) = entry.grid.questions.first() {
                        events.push(SessionEvent::ImportanceRated {
                            aspect: q.id.clone(),
                            importance: 4,
                        });
                    }
                    events.push(SessionEvent::SureAnswered {
                        item: SureItem::Support,
                        yes: false,
                    });
                    events.push(open(step));
                    let shown = screen_in(&library, &entry.grid.id, &events, language);
                    let reading = ScreenReading::of(&shown);
                    assert!(reading.step.len() >= 2, "{} {step:?}", entry.grid.id);
                    let mut ids = std::collections::BTreeSet::new();
                    for block in std::iter::once(&reading.header)
                        .chain(&reading.panel)
                        .chain(&reading.step)
                    {
                        assert!(ids.insert(&block.id), "{} twice", block.id);
                        assert!(block.parts.iter().all(|p| !p.trim().is_empty()));
                        assert!(!block.text().contains("[step-"), "{}", block.text());
                    }
                }
            }
        }
    }

    #[test]
    fn the_summary_is_one_block_with_every_heading() {
        let shown = screen("liesbreuk", &[open(Step::Summary)], Language::Nl);
        let reading = ScreenReading::of(&shown);
        let ids: Vec<&str> = reading.step.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["heading", "summary"]);
        let StepContent::Summary(view) = &shown.content else {
            panic!("summary")
        };
        let text = reading.step[1].text();
        assert!(text.contains(&view.labels["summary-choice"]));
        assert!(text.contains(&view.choice));
    }
}
