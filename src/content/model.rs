//! The option-grid content model: what a guideline group writes for one decision.
//!
//! One file holds one [`OptionGrid`]: the condition, the decision at stake, the options
//! (waiting included), the patients' questions with an answer per option, outcomes with
//! structured numbers, burden, references and publication facts. Every text a person reads is
//! a [`Text`], keyed by language, so one grid carries Dutch and English (and later more).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the content format this build reads. Format 2 gave every number a structured
/// [`SourceData`] block; format 1 files are refused with a migration message.
pub const FORMAT_VERSION: u32 = 2;

/// A language code such as `nl` or `en` (ISO 639-1, lower case).
pub type Lang = String;

/// A text in several languages: `{ nl = "…", en = "…" }`.
pub type Text = BTreeMap<Lang, String>;

/// A text in several languages, keyed by language code: `{ nl = "…", en = "…" }`.
#[derive(JsonSchema)]
#[schemars(rename = "Text", extend("propertyNames" = { "pattern": "^[a-z]{2}$" }, "minProperties" = 1))]
#[allow(dead_code)]
struct TextSchema(BTreeMap<Lang, String>);

/// A stable identifier inside one grid: lower case letters, digits and `-`.
pub type Id = String;

/// One decision for one condition, as a guideline group publishes it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OptionGrid {
    /// Content format version; this build reads format 2.
    pub format: u32,
    /// Stable identifier of this grid, e.g. `liesbreuk`. Lower case, digits and `-`.
    pub id: Id,
    /// Version of this grid's content, e.g. `1.0.0`.
    pub version: String,
    /// `example` until a guideline group has reviewed the content, then `reviewed`.
    pub status: ReviewStatus,
    /// Languages every text in this grid is written in; the first is the main language.
    pub languages: Vec<Lang>,
    /// Languages whose texts are translations not yet reviewed by a native-speaking
    /// clinician; the app says so on every screen of the grid in that language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreviewed_languages: Vec<Lang>,
    /// Who wrote it, dates and policies.
    pub publication: Publication,
    /// The guideline this grid is a module of, when it is one. Installing a newer version of
    /// a guideline replaces all of that guideline's installed modules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guideline: Option<Guideline>,
    /// The condition the decision is about.
    pub condition: Condition,
    /// The decision at stake.
    pub decision: Decision,
    /// The options, in the neutral order in which they are shown.
    pub options: Vec<TreatmentOption>,
    /// Why waiting or no treatment is not an option, when no option has `kind = "waiting"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub no_waiting_reason: Option<Text>,
    /// The questions patients ask most, as rows of the grid, with an answer per option.
    pub questions: Vec<Question>,
    /// Outcomes with numbers, per option.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// Words a patient may not know, with a plain explanation.
    #[serde(default)]
    pub glossary: Vec<GlossaryTerm>,
    /// Every source that a number or statement in this grid cites.
    pub references: Vec<Reference>,
    /// Numbers typed in the condition description or `why_a_choice`, with their sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

/// Whether a guideline group has reviewed the content.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Written as an example; not yet reviewed by a guideline group. Shown on every screen.
    Example,
    /// Reviewed and published by the guideline group named in `publication`.
    Reviewed,
}

/// Authors, dates, funding and update policy (IPDAS certification items).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The guideline group or organisation that publishes the grid.
    pub group: String,
    /// The people who wrote it.
    pub authors: Vec<String>,
    /// Date of publication (YYYY-MM-DD).
    #[serde(deserialize_with = "date::deserialize")]
    pub published: NaiveDate,
    /// Date by which the content must be reviewed again (YYYY-MM-DD).
    #[serde(deserialize_with = "date::deserialize")]
    pub review_by: NaiveDate,
    /// How and when the content is updated.
    #[schemars(with = "TextSchema")]
    pub update_policy: Text,
    /// Who paid for the work.
    #[schemars(with = "TextSchema")]
    pub funding: Text,
    /// Conflicts of interest of the authors, or a statement that there are none.
    #[schemars(with = "TextSchema")]
    pub conflicts_of_interest: Text,
}

/// The guideline a grid belongs to: `[guideline]` in a grid file. Every module of one
/// guideline version names the same `id`, `version` and `date`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    /// Stable identifier of the guideline, e.g. `distale-radiusfracturen`.
    pub id: Id,
    /// The guideline's title as its group publishes it.
    pub name: String,
    /// The guideline group that publishes it.
    pub group: String,
    /// The guideline's version: numbers separated by dots, e.g. `2.1`.
    pub version: String,
    /// Date this version was published (YYYY-MM-DD).
    #[serde(deserialize_with = "date::deserialize")]
    pub date: NaiveDate,
}

impl Guideline {
    /// The version as numbers, for ordering (`2.10` after `2.9`); `None` when it is not
    /// numbers separated by dots.
    pub fn version_numbers(&self) -> Option<Vec<u64>> {
        self.version
            .split('.')
            .map(|part| part.parse().ok())
            .collect()
    }
}

/// The condition a decision is about, and the words people use to find it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Name of the condition in plain words.
    #[schemars(with = "TextSchema")]
    pub name: Text,
    /// Other names, medical and lay, per language.
    #[serde(default)]
    pub synonyms: BTreeMap<Lang, Vec<String>>,
    /// Complaints as people describe them, per language (used for search).
    #[serde(default)]
    pub complaints: BTreeMap<Lang, Vec<String>>,
    /// What the condition is, in two or three short sentences.
    #[schemars(with = "TextSchema")]
    pub description: Text,
}

/// The decision at stake.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The decision as one question, e.g. "Laat ik mijn liesbreuk opereren of wacht ik af?".
    #[schemars(with = "TextSchema")]
    pub question: Text,
    /// Who this decision is for (and who not).
    #[schemars(with = "TextSchema")]
    pub population: Text,
    /// Why there is a real choice, and why the patient's view matters.
    #[schemars(with = "TextSchema")]
    pub why_a_choice: Text,
}

/// Whether an option is active treatment or waiting / no treatment.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum OptionKind {
    /// An active treatment.
    Treatment,
    /// Waiting, watchful waiting, active monitoring or no treatment.
    Waiting,
}

/// One option the patient can choose.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TreatmentOption {
    /// Stable identifier, unique in the grid.
    pub id: Id,
    /// Treatment or waiting.
    pub kind: OptionKind,
    /// Short name, e.g. "Afwachten".
    #[schemars(with = "TextSchema")]
    pub name: Text,
    /// The option in one plain sentence.
    #[schemars(with = "TextSchema")]
    pub summary: Text,
    /// Good points of this option (IPDAS: positive features).
    #[schemars(with = "Vec<TextSchema>")]
    pub benefits: Vec<Text>,
    /// Bad points of this option (IPDAS: negative features).
    #[schemars(with = "Vec<TextSchema>")]
    pub harms: Vec<Text>,
    /// What it is like to live with this option and its consequences.
    #[schemars(with = "TextSchema")]
    pub living_with: Text,
    /// What the option asks of the patient and the people around them.
    #[serde(default)]
    pub burden: Vec<Burden>,
    /// Impact on the environment, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Environment>,
    /// Numbers typed in this option's texts, burden and environment, with their sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The easy-reading layer ("makkelijk lezen"): a few short sentences, one idea each, at
    /// most about 10 common words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<TextSchema>")]
    pub easy: Vec<Text>,
    /// The pictogram shown beside the option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<OptionPicture>,
}

/// The pictogram of an option, drawn for this project (assets/pictures).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum OptionPicture {
    /// Waiting, watchful waiting, active monitoring.
    Waiting,
    /// An operation.
    Operation,
    /// Medicine.
    Medicine,
    /// Exercise or physiotherapy.
    Exercise,
    /// A device: a cast, a splint, an inhaler, a dialysis machine.
    Device,
    /// Care without treatment of the disease itself.
    Care,
}

/// The kind of load an option puts on a patient or carers.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum BurdenAspect {
    /// Visits to a hospital, clinic or GP.
    Visits,
    /// Time to recover.
    Recovery,
    /// Travel.
    Travel,
    /// Time off work or school.
    Work,
    /// Load on partner, family or other carers.
    Carers,
    /// Costs for the patient.
    Costs,
    /// Daily life: washing, stairs, sport, driving.
    DailyLife,
}

/// One line of burden for an option.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Burden {
    /// What kind of load.
    pub aspect: BurdenAspect,
    /// The load in plain words.
    #[schemars(with = "TextSchema")]
    pub text: Text,
    /// Sources for this statement, by reference id.
    #[serde(default)]
    pub sources: Vec<Id>,
}

/// Impact of an option on the environment.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Environment {
    /// The impact in plain words.
    #[schemars(with = "TextSchema")]
    pub text: Text,
    /// Greenhouse gas emission in kg CO2-equivalent, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2e_kg: Option<f64>,
    /// What the CO2 figure is per, e.g. "per inhaler" or "per year of treatment".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub per: Option<Text>,
    /// Sources, by reference id.
    pub sources: Vec<Id>,
}

/// A question patients ask, as one row of the grid.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier, unique in the grid.
    pub id: Id,
    /// The question as a patient asks it.
    #[schemars(with = "TextSchema")]
    pub text: Text,
    /// A short plain answer per option id.
    #[schemars(with = "BTreeMap<Id, TextSchema>")]
    pub answers: BTreeMap<Id, Text>,
    /// Outcomes that give the numbers behind this row.
    #[serde(default)]
    pub outcomes: Vec<Id>,
    /// Sources for the answers, by reference id.
    #[serde(default)]
    pub sources: Vec<Id>,
    /// Numbers typed in the answers that no linked outcome gives, with their sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

/// Whether an outcome counts people to whom something happens, or measures an amount.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// People to whom an event happens: numerator of a denominator.
    Event,
    /// An amount with a unit, e.g. days to return to work.
    Continuous,
}

/// Whether the event or a higher amount is good or bad for the patient.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// The event (or more of the amount) is wanted.
    Benefit,
    /// The event (or more of the amount) is unwanted.
    Harm,
}

/// GRADE certainty of evidence.
#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// We are very uncertain.
    VeryLow,
    /// Our confidence is limited.
    Low,
    /// Moderately confident.
    Moderate,
    /// Very confident.
    High,
}

/// A length of time.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TimeFrame {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: TimeUnit,
}

/// Unit of a [`TimeFrame`].
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Days,
    Weeks,
    Months,
    Years,
}

/// A relative effect as a study reports it; only shown beside absolute figures.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RelativeEffect {
    /// `rr` (risk ratio), `or` (odds ratio) or `hr` (hazard ratio).
    pub measure: String,
    /// The point estimate.
    pub value: f64,
    /// Lower and upper bound of the 95% confidence interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<[f64; 2]>,
    /// Which option is compared with which: `[option, reference option]`.
    pub compares: [Id; 2],
}

/// One outcome, with a number for each option it was measured for.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable identifier, unique in the grid.
    pub id: Id,
    /// Event count or continuous amount.
    pub kind: OutcomeKind,
    /// Whether the event or a higher amount is good or bad.
    pub direction: Direction,
    /// What happens, as the end of a sentence: "hebben nog pijn in de lies".
    #[schemars(with = "TextSchema")]
    pub label: Text,
    /// The people the numbers are about.
    #[schemars(with = "TextSchema")]
    pub population: Text,
    /// Unit of a continuous outcome, e.g. "dagen".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub unit: Option<Text>,
    /// Lowest and highest value of the scale of a continuous outcome, for charts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<[f64; 2]>,
    /// GRADE certainty of the evidence for this outcome.
    pub certainty: Certainty,
    /// Why the certainty is what it is, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub certainty_reason: Option<Text>,
    /// The number for each option.
    pub values: Vec<OutcomeValue>,
    /// Relative effects reported by the sources, only beside absolute figures.
    #[serde(default)]
    pub relative_effects: Vec<RelativeEffect>,
    /// Why these sources were chosen, required when the numbers come from more than one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub choice_reason: Option<Text>,
    /// The easy-reading layer: one short sentence shown with the picture. An outcome with
    /// this sentence is a key outcome in easy reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub easy: Option<Text>,
}

/// The number for one option of one outcome.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutcomeValue {
    /// The option this number is for.
    pub option: Id,
    /// Event outcome: how many people out of `denominator` have the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u32>,
    /// Event outcome: out of how many people (100 or 1000 for icon arrays).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u32>,
    /// Continuous outcome: the typical value (mean or median).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Lower and upper bound of the uncertainty range (95% interval), in the same unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// After how long.
    pub time_frame: TimeFrame,
    /// What the source reports, from which the checker recomputes this number.
    pub source: SourceData,
}

/// A number typed in a text, with the source figure it comes from.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The answer (option id) the number stands in; none: every answer of the row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<Id>,
    /// The number as the text shows it.
    pub shows: f64,
    /// Out of how many, when the text says "68 van de 100".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<u32>,
    /// A range the text shows ("9 tot 28"), from the source's interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// The period the text names, when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<TimeFrame>,
    /// What the source reports.
    pub source: SourceData,
    /// Why this source was chosen, required when the source block names `supporting` ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<TextSchema>")]
    pub choice_reason: Option<Text>,
}

/// What a source reports for one figure, and where: the checker recomputes the number shown.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceData {
    /// The reference the figure is taken from.
    pub reference: Id,
    /// The group in the source, as the source names it ("watchful waiting").
    pub arm: String,
    /// One of the reference's `populations`, by id.
    pub population: Id,
    /// The figure exactly as the source reports it.
    pub reported: Reported,
    /// When the source measured it.
    pub follow_up: FollowUp,
    /// Where in the source: "Table 2", "Figure 3", "p. 289", "abstract".
    pub location: String,
    /// Other references consulted for this figure but not taken from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporting: Vec<Id>,
}

/// A figure as a source prints it. Exactly one shape: `events` + `of`; `percent` (optional
/// `of`); `frequency` + `per`; `rate` + `per` + `per_time`; or one of `mean`, `median`, `value`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reported {
    /// People with the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<u32>,
    /// Size of the group (with `events` or `percent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<u32>,
    /// A percentage, e.g. 5.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<f64>,
    /// A natural frequency, e.g. 210 (per 1000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<f64>,
    /// An incidence rate, e.g. 1.8 (per 1000 person-years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
    /// What a `frequency` or `rate` is per, e.g. 1000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<f64>,
    /// The person-time a `rate` is per, e.g. one year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_time: Option<TimeFrame>,
    /// A mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    /// Standard deviation of a mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<f64>,
    /// A median.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    /// Interquartile range of a median.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iqr: Option<[f64; 2]>,
    /// Any other amount, e.g. kg CO2e from a life-cycle assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The 95% interval, in the unit of the figure (percent for `percent` and for `events`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<[f64; 2]>,
}

/// When a source measured a figure.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// How many units (may be fractional: a median of 7.5 years).
    pub amount: f64,
    /// Which unit.
    pub unit: TimeUnit,
    /// A fixed moment (default), a median, mean or maximum follow-up, `once` (no follow-up)
    /// or `not-reported`.
    #[serde(default)]
    pub measure: FollowUpMeasure,
}

/// What kind of follow-up time a [`FollowUp`] gives.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpMeasure {
    /// A fixed moment, such as "at 12 months".
    #[default]
    Fixed,
    /// The median follow-up of the group.
    Median,
    /// The mean follow-up of the group.
    Mean,
    /// The longest follow-up.
    Maximum,
    /// Measured once, with no follow-up: a survey, a count per device, a footprint. Only for
    /// figures that name no period; `amount` may be 0.
    Once,
    /// The source does not say when it measured. Only for figures that name no period;
    /// `amount` may be 0.
    NotReported,
}

impl FollowUpMeasure {
    /// Whether this follow-up has a length a time frame can be compared with.
    pub fn has_period(self) -> bool {
        !matches!(self, FollowUpMeasure::Once | FollowUpMeasure::NotReported)
    }
}

/// A group of people a source reports on.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StudyPopulation {
    /// Stable identifier, unique within the reference.
    pub id: Id,
    /// The group as the source describes it, with its size and ages.
    pub described_as: String,
    /// The same group in plain words, per language: an outcome citing it shows this text.
    #[schemars(with = "TextSchema")]
    pub text: Text,
}

/// A word a patient may not know.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// The word.
    #[schemars(with = "TextSchema")]
    pub term: Text,
    /// What it means, in plain words.
    #[schemars(with = "TextSchema")]
    pub explanation: Text,
}

/// The kind of study or document a reference is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum StudyKind {
    /// Systematic review or meta-analysis.
    SystematicReview,
    /// Randomised controlled trial.
    Trial,
    /// Cohort or other observational study.
    Cohort,
    /// Clinical practice guideline.
    Guideline,
    /// Other source.
    Other,
}

/// A source that numbers and statements cite.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Stable identifier, cited as `sources = ["…"]`.
    pub id: Id,
    /// Authors, e.g. "Fitzgibbons RJ, Giobbie-Hurder A, Gibbs JO, et al.".
    pub authors: String,
    /// Year of publication.
    pub year: u16,
    /// Title of the article or guideline.
    pub title: String,
    /// Journal with volume and pages, or the body that published a guideline.
    pub published_in: String,
    /// The kind of source.
    pub kind: StudyKind,
    /// DOI, e.g. "10.1001/jama.295.3.285".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// Web address, when there is no DOI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The groups of people this source reports on, cited by source blocks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub populations: Vec<StudyPopulation>,
}

/// Dates as TOML writes them (`2026-11-22`, a local date) or as a JSON string.
mod date {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Toml(toml::value::Datetime),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = match Written::deserialize(d)? {
            Written::Toml(dt) => match (dt.date, dt.time) {
                (Some(date), None) => date.to_string(),
                _ => {
                    return Err(D::Error::custom(
                        "expected a date without time, like 2026-11-22",
                    ))
                }
            },
            Written::Text(text) => text,
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|_| D::Error::custom(format!("\"{text}\" is not a date like 2026-11-22")))
    }
}
