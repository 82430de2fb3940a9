//! The blocks of a consultation screen a patient can have read aloud, taken from its view
//! model in the order the window shows them. Each block has an id the window puts on the
//! element that shows it (`data-read`); its parts are the texts that element shows, one per
//! line, so what is said is exactly what is on the screen.
//!
//! Ids: `question` (the header), `panel`, `heading` (the step's name), then per step e.g.
//! `option:<option>`, `row:<question>`, `cell:<question>:<option>`, `benefit:<option>:<n>`,
//! `outcome-option:<outcome>:<option>`, `aspect:<question>`, `sure:<item>`, `summary`.

use serde::Serialize;

use crate::language::Language;
use crate::view::consultation::{
    ChoiceView, ConsultationScreen, DecisionView, EasyLayer, OptionsView, OutcomeView,
    ProsConsView, StepContent, SummaryView, SureView, ValuesView,
};
use crate::view::ContentLanguage;

/// One text of a block, with the language it is shown in: the grid's texts may be in another
/// language than the window's (Dutch shown in an Arabic session), and are said in theirs.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReadPart {
    /// The text, as shown.
    pub text: String,
    /// Its language: chooses the voice.
    pub language: Language,
}

/// One block to read: what one element on the screen shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReadBlock {
    /// The block's id, the same as the element's `data-read` in the window.
    pub id: String,
    /// The texts the element shows, in order, without empty ones.
    pub parts: Vec<ReadPart>,
}

impl ReadBlock {
    /// The text to say: the parts, one per line.
    pub fn text(&self) -> String {
        self.texts().join("\n")
    }

    /// The texts of the parts, in order.
    pub fn texts(&self) -> Vec<&str> {
        self.parts.iter().map(|p| p.text.as_str()).collect()
    }

    /// What to say, in order: one text (parts one per line) per run of parts in the same
    /// language, so each is said by the voice of its language.
    pub fn spoken(&self) -> Vec<(Language, String)> {
        let mut runs: Vec<(Language, String)> = Vec::new();
        for part in &self.parts {
            match runs.last_mut() {
                Some((language, text)) if *language == part.language => {
                    text.push('\n');
                    text.push_str(&part.text);
                }
                _ => runs.push((part.language, part.text.clone())),
            }
        }
        runs
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

/// Which layer of the screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layer {
    /// The full texts.
    #[default]
    Full,
    /// Easy reading ("Makkelijk lezen") is on: the easy layer instead of the full options.
    Easy,
}

/// The languages of a screen's texts: the window's own, and the grid's.
#[derive(Clone, Copy)]
struct Voices {
    window: Language,
    grid: Language,
}

impl Voices {
    fn of(screen: &ConsultationScreen) -> Voices {
        let ContentLanguage { code, .. } = &screen.content_language;
        Voices {
            window: screen.language,
            grid: Language::from_code(code).unwrap_or(screen.language),
        }
    }
}

/// Blocks in the making; blocks and parts without text are left out.
struct Blocks {
    blocks: Vec<ReadBlock>,
    voices: Voices,
}

impl Blocks {
    fn add(&mut self, id: impl Into<String>, parts: impl IntoIterator<Item = ReadPart>) {
        let parts: Vec<ReadPart> = parts
            .into_iter()
            .map(|p| ReadPart {
                text: p.text.trim().to_owned(),
                ..p
            })
            .filter(|p| !p.text.is_empty())
            .collect();
        if !parts.is_empty() {
            self.blocks.push(ReadBlock {
                id: id.into(),
                parts,
            });
        }
    }

    /// A text of the window (a message), in the window's language.
    fn w(&self, text: &str) -> ReadPart {
        ReadPart {
            text: text.to_owned(),
            language: self.voices.window,
        }
    }

    /// A text of the grid, in the language the grid is shown in.
    fn g(&self, text: &str) -> ReadPart {
        ReadPart {
            text: text.to_owned(),
            language: self.voices.grid,
        }
    }

    /// A block of one text of the window.
    fn one(&mut self, id: impl Into<String>, text: &str) {
        let part = self.w(text);
        self.add(id, [part]);
    }

    /// A block of one text of the grid.
    fn grid(&mut self, id: impl Into<String>, text: &str) {
        let part = self.g(text);
        self.add(id, [part]);
    }
}

/// A fixed text of a step, by message id.
fn label<'a>(labels: &'a crate::view::consultation::Labels, id: &str) -> &'a str {
    labels.get(id).map(String::as_str).unwrap_or_default()
}

impl ScreenReading {
    /// What `screen` shows with the full texts, as blocks to read.
    pub fn of(screen: &ConsultationScreen) -> ScreenReading {
        ScreenReading::of_layer(screen, Layer::Full)
    }

    /// What `screen` shows in `layer`, as blocks to read.
    pub fn of_layer(screen: &ConsultationScreen, layer: Layer) -> ScreenReading {
        let mut head = Blocks {
            blocks: Vec::new(),
            voices: Voices::of(screen),
        };
        let parts = [head.g(&screen.condition), head.g(&screen.question)]
            .into_iter()
            .chain(screen.example_label.as_deref().map(|l| head.w(l)))
            .collect::<Vec<_>>();
        head.add("question", parts);
        if let Some(p) = &screen.panel {
            let mut parts = vec![head.w(&p.heading)];
            if p.items.is_empty() && p.note.is_none() && p.choice.is_none() {
                parts.push(head.w(&p.empty));
            } else {
                parts.extend(p.items.iter().map(|i| head.w(i)));
                parts.extend(p.note.iter().map(|n| head.w(n)));
                parts.extend(p.choice.iter().map(|c| head.w(c)));
            }
            head.add("panel", parts);
        }
        let mut head = head.blocks.into_iter();
        let header = head.next().unwrap_or(ReadBlock {
            id: "question".into(),
            parts: Vec::new(),
        });
        let panel = head.next();
        let mut step = Blocks {
            blocks: Vec::new(),
            voices: Voices::of(screen),
        };
        if let Some(link) = screen.steps.iter().find(|s| s.current) {
            step.one("heading", &link.label);
        }
        match &screen.content {
            StepContent::Choice(view) => choice(&mut step, view),
            StepContent::Options(view) => options(&mut step, view, layer),
            StepContent::ProsCons(view) => pros_cons(&mut step, view),
            StepContent::Values(view) => values(&mut step, view),
            StepContent::Decision(view) => decision(&mut step, view),
            StepContent::Sure(view) => sure(&mut step, view),
            StepContent::Summary(view) => summary(&mut step, view),
        }
        ScreenReading {
            header,
            panel,
            step: step.blocks,
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
    b.grid("description", &view.description);
    b.one("choice-who", label(l, "choice-who"));
    b.grid("population", &view.population);
    b.grid("why-a-choice", &view.why_a_choice);
    b.one("choice-three-questions", label(l, "choice-three-questions"));
    for (n, question) in view.three_questions.iter().enumerate() {
        b.one(format!("three-question:{}", n + 1), question);
    }
}

fn options(b: &mut Blocks, view: &OptionsView, layer: Layer) {
    if layer == Layer::Easy && !view.easy.options.is_empty() {
        easy(b, &view.easy, &view.labels);
    } else {
        for o in &view.options {
            let parts = [b.w(&o.kind_label), b.g(&o.name), b.g(&o.summary)];
            b.add(format!("option:{}", o.id), parts);
        }
    }
    match view.no_waiting_reason.as_deref() {
        Some(reason) => b.grid("options-note", reason),
        None => b.one("options-note", label(&view.labels, "option-waiting-note")),
    }
}

/// The easy-reading layer as shown: per option its name and short sentences, then each key
/// outcome's sentence and, per option, its name and what its picture shows.
fn easy(b: &mut Blocks, easy: &EasyLayer, l: &crate::view::consultation::Labels) {
    b.one("easy-heading", label(l, "easy-heading"));
    for o in &easy.options {
        let parts: Vec<ReadPart> = std::iter::once(b.g(&o.name))
            .chain(o.sentences.iter().map(|s| b.g(s)))
            .collect();
        b.add(format!("easy-option:{}", o.id), parts);
    }
    if !easy.outcomes.is_empty() {
        b.one("easy-outcomes-heading", label(l, "easy-outcomes-heading"));
    }
    for e in &easy.outcomes {
        let mut parts = vec![b.g(&e.sentence)];
        for v in &e.outcome.options {
            parts.push(b.g(&v.name));
            if v.chart.is_some() {
                parts.push(b.w(&v.sentence));
            }
        }
        b.add(format!("easy-outcome:{}", e.outcome.id), parts);
    }
}

fn pros_cons(b: &mut Blocks, view: &ProsConsView) {
    let l = &view.labels;
    b.one("grid-heading", label(l, "grid-heading"));
    b.one("grid-hint", label(l, "grid-mark-hint"));
    for c in &view.columns {
        b.grid(format!("column:{}", c.id), &c.name);
    }
    for row in &view.rows {
        b.grid(format!("row:{}", row.id), &row.question);
        for (column, answer) in view.columns.iter().zip(&row.answers) {
            b.grid(format!("cell:{}:{}", row.id, column.id), answer);
        }
    }
    for d in &view.details {
        let id = &d.id;
        b.grid(format!("option-name:{id}"), &d.name);
        b.one(
            format!("benefits-heading:{id}"),
            label(l, "benefits-heading"),
        );
        for (n, text) in d.benefits.iter().enumerate() {
            b.grid(format!("benefit:{id}:{}", n + 1), text);
        }
        b.one(format!("harms-heading:{id}"), label(l, "harms-heading"));
        for (n, text) in d.harms.iter().enumerate() {
            b.grid(format!("harm:{id}:{}", n + 1), text);
        }
        b.one(
            format!("living-with-heading:{id}"),
            label(l, "living-with-heading"),
        );
        b.grid(format!("living-with:{id}"), &d.living_with);
        if !d.burden.is_empty() {
            b.one(format!("burden-heading:{id}"), label(l, "burden-heading"));
            for (n, line) in d.burden.iter().enumerate() {
                b.one(format!("burden-aspect:{id}:{}", n + 1), &line.aspect);
                b.grid(format!("burden:{id}:{}", n + 1), &line.text);
            }
        }
        if view.has_environment {
            b.one(
                format!("environment-heading:{id}"),
                label(l, "environment-heading"),
            );
            match d.environment.as_deref() {
                Some(text) => b.grid(format!("environment:{id}"), text),
                None => b.one(format!("environment:{id}"), label(l, "environment-unknown")),
            }
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
        let parts: Vec<ReadPart> = [b.g(&v.name), b.w(&v.sentence)]
            .into_iter()
            .chain(v.range.as_deref().map(|r| b.w(r)))
            .collect();
        b.add(format!("outcome-option:{id}:{}", v.option), parts);
    }
    if o.kind == crate::content::OutcomeKind::Event {
        b.one(format!("legend:{id}"), legend);
    }
    let parts = [b.w(&o.certainty_label), b.w(&o.certainty)];
    b.add(format!("certainty:{id}"), parts);
    if let Some(reason) = &o.certainty_reason {
        b.grid(format!("certainty-reason:{id}"), reason);
    }
}

fn values(b: &mut Blocks, view: &ValuesView) {
    let l = &view.labels;
    b.one("values-intro", label(l, "values-intro"));
    for a in &view.aspects {
        b.grid(format!("aspect:{}", a.id), &a.text);
    }
    b.one("note-label", label(l, "note-label"));
    b.one("note-hint", label(l, "note-hint"));
    b.one("lineup-heading", label(l, "lineup-heading"));
    b.one("lineup-intro", label(l, "lineup-intro"));
    if view.lineup.iter().all(|o| o.items.is_empty()) {
        b.one("lineup-empty", label(l, "lineup-empty"));
    } else {
        for o in &view.lineup {
            let mut parts = vec![b.g(&o.name)];
            for i in &o.items {
                parts.extend([b.g(&i.aspect), b.w(&i.importance), b.g(&i.answer)]);
            }
            b.add(format!("lineup:{}", o.id), parts);
        }
    }
}

fn decision(b: &mut Blocks, view: &DecisionView) {
    b.one("decision-intro", label(&view.labels, "decision-intro"));
    let parts: Vec<ReadPart> = view
        .choices
        .iter()
        .map(|c| match c.choice {
            crate::session::Choice::Option(_) => b.g(&c.label),
            _ => b.w(&c.label),
        })
        .collect();
    b.add("choices", parts);
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
    let mut parts: Vec<ReadPart> = Vec::new();
    let note: Vec<String> = view.note.iter().cloned().collect();
    let choice = vec![view.choice.clone()];
    for (heading, items, grid) in [
        ("summary-marked", &view.marked, true),
        ("summary-important", &view.important, false),
        ("summary-note", &note, false),
        ("summary-choice", &choice, false),
    ] {
        parts.push(b.w(label(l, heading)));
        if items.is_empty() {
            parts.push(b.w(label(l, "summary-nothing")));
        } else {
            parts.extend(items.iter().map(|i| if grid { b.g(i) } else { b.w(i) }));
        }
    }
    parts.extend(view.sure.iter().map(|s| b.w(s)));
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
            reading.header.texts(),
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
        assert_eq!(block.parts[1].text, figure.sentence);
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
                        assert!(block.parts.iter().all(|p| !p.text.trim().is_empty()));
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

    #[test]
    fn with_easy_reading_the_options_step_reads_the_easy_layer_as_shown() {
        let shown = screen("liesbreuk", &[open(Step::Options)], Language::Nl);
        let StepContent::Options(view) = &shown.content else {
            panic!("options step")
        };
        let easy = &view.easy;
        assert!(!easy.options.is_empty() && !easy.outcomes.is_empty());
        let reading = ScreenReading::of_layer(&shown, Layer::Easy);
        let ids: Vec<&str> = reading.step.iter().map(|b| b.id.as_str()).collect();
        let mut expected = vec!["heading".to_owned(), "easy-heading".to_owned()];
        expected.extend(easy.options.iter().map(|o| format!("easy-option:{}", o.id)));
        expected.push("easy-outcomes-heading".into());
        expected.extend(
            easy.outcomes
                .iter()
                .map(|e| format!("easy-outcome:{}", e.outcome.id)),
        );
        expected.push("options-note".into());
        assert_eq!(ids, expected);
        let first = &easy.options[0];
        let block = reading.block(&format!("easy-option:{}", first.id)).unwrap();
        let mut texts = vec![first.name.as_str()];
        texts.extend(first.sentences.iter().map(String::as_str));
        assert_eq!(block.texts(), texts, "the easy sentences, exactly as shown");
        let outcome = &easy.outcomes[0];
        let block = reading
            .block(&format!("easy-outcome:{}", outcome.outcome.id))
            .unwrap();
        assert_eq!(block.parts[0].text, outcome.sentence);
        assert!(block.text().contains(&outcome.outcome.options[0].sentence));
        // The full options are not read while they give way to the easy layer.
        assert!(reading.block("option:afwachten").is_none());
        assert!(ScreenReading::of(&shown)
            .block("option:afwachten")
            .is_some());
    }

    #[test]
    fn a_dutch_text_in_an_arabic_session_is_said_with_the_dutch_voice() {
        // The knee grid is not written in Arabic: its texts are shown in Dutch.
        let shown = screen("knie", &[open(Step::Options)], Language::Ar);
        assert_eq!(shown.content_language.code, "nl");
        let StepContent::Options(view) = &shown.content else {
            panic!("options step")
        };
        let reading = ScreenReading::of(&shown);
        let o = &view.options[0];
        let block = reading.block(&format!("option:{}", o.id)).unwrap();
        assert_eq!(
            block.spoken(),
            [
                (Language::Ar, o.kind_label.clone()),
                (Language::Nl, format!("{}\n{}", o.name, o.summary)),
            ]
        );
        assert_eq!(
            reading.step[0].spoken()[0].0,
            Language::Ar,
            "the step's name"
        );
        assert!(reading.header.parts[..2]
            .iter()
            .all(|p| p.language == Language::Nl));
        // A grid written in Arabic is said in Arabic throughout.
        let shown = screen("liesbreuk", &[open(Step::ProsCons)], Language::Ar);
        let reading = ScreenReading::of(&shown);
        for block in &reading.step {
            assert!(
                block.parts.iter().all(|p| p.language == Language::Ar),
                "{}",
                block.id
            );
        }
    }
}
