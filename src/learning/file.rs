//! The contribution file: its format, signing, and reading it back with located refusals.

use std::collections::BTreeMap;

use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::language::Localizer;
use crate::session::{Mode, SureItem};

/// The format of a contribution file this build writes and reads.
pub const FORMAT: &str = "keuzehulp-bijdrage/1";

/// A count as it stands in a file: the number when it is at least the threshold, else only
/// that it is under the threshold (`"<5"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// At least the threshold.
    Exact(u32),
    /// Under the threshold given (0 included).
    Under(u32),
}

impl Count {
    /// `n` as written with `threshold`.
    pub fn suppressed(n: u32, threshold: u32) -> Count {
        if n < threshold {
            Count::Under(threshold)
        } else {
            Count::Exact(n)
        }
    }

    /// The lowest and highest value it can stand for.
    pub fn bounds(self) -> (u64, u64) {
        match self {
            Count::Exact(n) => (u64::from(n), u64::from(n)),
            Count::Under(t) => (0, u64::from(t.saturating_sub(1))),
        }
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Exact(n) => serializer.serialize_u32(*n),
            Count::Under(t) => serializer.serialize_str(&format!("<{t}")),
        }
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Count, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u32),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Number(n) => Ok(Count::Exact(n)),
            Raw::Text(text) => text
                .strip_prefix('<')
                .and_then(|t| t.parse().ok())
                .map(Count::Under)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "{text:?} is not a count (a whole number, or \"<5\")"
                    ))
                }),
        }
    }
}

/// Yes and no answers to one SURE question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SureCounts {
    /// Answered yes.
    pub yes: Count,
    /// Answered no.
    pub no: Count,
}

/// The counts of the consented sessions of one content version in one mode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// The grid's content version the sessions saw.
    pub content_version: String,
    /// SHA-256 (hex) of that grid file.
    pub content_sha256: String,
    /// Consultation room or home.
    pub mode: Mode,
    /// How many sessions.
    pub sessions: Count,
    /// Per question id of the grid: in how many sessions it was marked as mattering.
    pub questions_marked: BTreeMap<String, Count>,
    /// Per aspect id (questions, then outcomes): how many rated it 0, 1, 2, 3 and 4.
    pub importance: BTreeMap<String, Vec<Count>>,
    /// Per choice (`option:<id>`, `think_about_it`, `decide_together`): how many chose it.
    pub choices: BTreeMap<String, Count>,
    /// Per SURE question: yes and no answers.
    pub sure: BTreeMap<SureItem, SureCounts>,
    /// Sessions with all four SURE questions answered yes.
    pub sure_all_yes: Count,
    /// Sessions with all four answered and at least one no: "not sure".
    pub sure_any_no: Count,
}

/// One contribution file: the consented sessions of one grid in one month, counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// Always [`FORMAT`].
    pub format: String,
    /// The grid's id.
    pub grid_id: String,
    /// The month the sessions began in, `YYYY-MM`.
    pub period: String,
    /// Counts under this are written as `"<threshold"`.
    pub threshold: u32,
    /// The rule of small numbers, in words.
    pub rule: String,
    /// The installation's public ed25519 key, base64: which installation this comes from,
    /// without saying who anyone is.
    pub installation: String,
    /// One block per content version and mode.
    pub blocks: Vec<Block>,
    /// ed25519 signature (base64) over the file's canonical JSON with this field empty.
    pub signature: String,
}

/// What is wrong with a contribution file, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionError {
    /// The file, as named to the reader.
    pub file: String,
    /// Line and column, for a file that is not JSON of this shape.
    pub position: Option<(usize, usize)>,
    /// The field, e.g. `blocks[0].choices.option:operatie`.
    pub field: Option<String>,
    /// What is wrong (boxed: errors stay small on the happy path).
    pub problem: Box<ContributionProblem>,
}

/// The kinds of problem with a contribution file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContributionProblem {
    /// The file cannot be read.
    Unreadable(String),
    /// Not JSON.
    Json(String),
    /// The format is missing or not [`FORMAT`].
    Format(String),
    /// JSON, but not a contribution of this format.
    Shape(String),
    /// A count under the threshold written as a number.
    SmallNumber {
        /// The count.
        count: u32,
        /// The file's threshold.
        threshold: u32,
    },
    /// `"<N"` with another N than the file's threshold.
    OtherThreshold {
        /// The N found.
        found: u32,
        /// The file's threshold.
        threshold: u32,
    },
    /// The file's threshold is below [`super::DEFAULT_THRESHOLD`].
    ThresholdTooLow(u32),
    /// The public key is not an ed25519 key.
    BadKey,
    /// The signature does not fit the content: changed after signing.
    Tampered,
    /// The same file was already read.
    SameFile {
        /// The file read first.
        first: String,
    },
    /// This installation already contributed this grid for this month.
    Duplicate {
        /// The file read first.
        first: String,
        /// The grid id.
        grid: String,
        /// The month.
        period: String,
    },
}

impl ContributionError {
    pub(crate) fn new(file: &str, problem: ContributionProblem) -> ContributionError {
        ContributionError {
            file: file.to_owned(),
            position: None,
            field: None,
            problem: Box::new(problem),
        }
    }

    fn at(mut self, field: impl Into<String>) -> ContributionError {
        self.field = Some(field.into());
        self
    }

    /// The problem in the reader's language, like a compiler: `file:line:column: field: …`.
    pub fn render(&self, l10n: &Localizer) -> String {
        let mut place = self.file.clone();
        if let Some((line, column)) = self.position {
            place.push_str(&format!(":{line}:{column}"));
        }
        let message = self.message(l10n);
        match &self.field {
            Some(field) => l10n.format(
                "learn-error-located-field",
                &[
                    ("place", place.as_str()),
                    ("field", field),
                    ("message", &message),
                ],
            ),
            None => l10n.format(
                "learn-error-located",
                &[("place", place.as_str()), ("message", &message)],
            ),
        }
    }

    /// The problem alone, in the reader's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let n = |x: &u32| x.to_string();
        match &*self.problem {
            ContributionProblem::Unreadable(reason) => {
                l10n.format("learn-error-unreadable", &[("reason", reason)])
            }
            ContributionProblem::Json(reason) => {
                l10n.format("learn-error-json", &[("reason", reason)])
            }
            ContributionProblem::Format(found) => l10n.format(
                "learn-error-format",
                &[("found", found.as_str()), ("expected", FORMAT)],
            ),
            ContributionProblem::Shape(reason) => {
                l10n.format("learn-error-shape", &[("reason", reason)])
            }
            ContributionProblem::SmallNumber { count, threshold } => l10n.format(
                "learn-error-small-number",
                &[("count", n(count)), ("threshold", n(threshold))],
            ),
            ContributionProblem::OtherThreshold { found, threshold } => l10n.format(
                "learn-error-other-threshold",
                &[("found", n(found)), ("threshold", n(threshold))],
            ),
            ContributionProblem::ThresholdTooLow(t) => l10n.format(
                "learn-error-threshold",
                &[
                    ("threshold", n(t)),
                    ("minimum", n(&super::DEFAULT_THRESHOLD)),
                ],
            ),
            ContributionProblem::BadKey => l10n.text("learn-error-key"),
            ContributionProblem::Tampered => l10n.text("learn-error-tampered"),
            ContributionProblem::SameFile { first } => {
                l10n.format("learn-error-same-file", &[("first", first)])
            }
            ContributionProblem::Duplicate {
                first,
                grid,
                period,
            } => l10n.format(
                "learn-error-duplicate",
                &[("first", first), ("grid", grid), ("period", period)],
            ),
        }
    }
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

impl Contribution {
    /// The bytes the signature covers: the canonical JSON with an empty signature.
    fn signed_bytes(&self) -> Vec<u8> {
        let mut unsigned = self.clone();
        unsigned.signature.clear();
        serde_json::to_vec(&unsigned).expect("plain data serializes")
    }

    /// Name the installation's public key and sign with `key`.
    pub fn sign(&mut self, key: &SigningKey) {
        self.installation = b64().encode(key.verifying_key().to_bytes());
        let signature = key.sign(&self.signed_bytes());
        self.signature = b64().encode(signature.to_bytes());
    }

    /// The file as text, pretty-printed.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("plain data serializes");
        text.push('\n');
        text
    }

    /// Read a contribution named `file`: JSON, format, shape, the rule of small numbers and
    /// the signature. Every refusal names the file and, where it can, the line or the field.
    pub fn parse(file: &str, text: &[u8]) -> Result<Contribution, ContributionError> {
        let located = |problem, e: &serde_json::Error| ContributionError {
            file: file.to_owned(),
            position: Some((e.line(), e.column())),
            field: None,
            problem: Box::new(problem),
        };
        let value: serde_json::Value = serde_json::from_slice(text)
            .map_err(|e| located(ContributionProblem::Json(e.to_string()), &e))?;
        match value.get("format") {
            Some(serde_json::Value::String(f)) if f == FORMAT => {}
            other => {
                let found = other.map(|f| f.to_string()).unwrap_or_default();
                return Err(
                    ContributionError::new(file, ContributionProblem::Format(found)).at("format"),
                );
            }
        }
        let parsed: Contribution = serde_json::from_slice(text)
            .map_err(|e| located(ContributionProblem::Shape(e.to_string()), &e))?;
        parsed.check_counts(file)?;
        parsed.check_signature(file)?;
        Ok(parsed)
    }

    /// Every count obeys the file's threshold, and the threshold is not below the default.
    fn check_counts(&self, file: &str) -> Result<(), ContributionError> {
        let threshold = self.threshold;
        if threshold < super::DEFAULT_THRESHOLD {
            return Err(ContributionError::new(
                file,
                ContributionProblem::ThresholdTooLow(threshold),
            )
            .at("threshold"));
        }
        for (index, block) in self.blocks.iter().enumerate() {
            for (field, count) in block_counts(block) {
                let problem = match count {
                    Count::Exact(n) if n < threshold => ContributionProblem::SmallNumber {
                        count: n,
                        threshold,
                    },
                    Count::Under(t) if t != threshold => ContributionProblem::OtherThreshold {
                        found: t,
                        threshold,
                    },
                    _ => continue,
                };
                return Err(
                    ContributionError::new(file, problem).at(format!("blocks[{index}].{field}"))
                );
            }
        }
        Ok(())
    }

    fn check_signature(&self, file: &str) -> Result<(), ContributionError> {
        let key = b64()
            .decode(&self.installation)
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .and_then(|b| VerifyingKey::from_bytes(&b).ok())
            .ok_or_else(|| {
                ContributionError::new(file, ContributionProblem::BadKey).at("installation")
            })?;
        let tampered =
            || ContributionError::new(file, ContributionProblem::Tampered).at("signature");
        let signature = b64()
            .decode(&self.signature)
            .ok()
            .and_then(|b| Signature::from_slice(&b).ok())
            .ok_or_else(tampered)?;
        key.verify(&self.signed_bytes(), &signature)
            .map_err(|_| tampered())
    }
}

/// Every count of a block with its field path inside the block.
pub(crate) fn block_counts(block: &Block) -> Vec<(String, Count)> {
    let mut out = vec![("sessions".to_owned(), block.sessions)];
    for (id, c) in &block.questions_marked {
        out.push((format!("questions_marked.{id}"), *c));
    }
    for (id, levels) in &block.importance {
        for (level, c) in levels.iter().enumerate() {
            out.push((format!("importance.{id}[{level}]"), *c));
        }
    }
    for (id, c) in &block.choices {
        out.push((format!("choices.{id}"), *c));
    }
    for (item, s) in &block.sure {
        let item = serde_json::to_value(item)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        out.push((format!("sure.{item}.yes"), s.yes));
        out.push((format!("sure.{item}.no"), s.no));
    }
    out.push(("sure_all_yes".to_owned(), block.sure_all_yes));
    out.push(("sure_any_no".to_owned(), block.sure_any_no));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_and_write_as_numbers_or_under_the_threshold() {
        assert_eq!(serde_json::to_string(&Count::Exact(7)).unwrap(), "7");
        assert_eq!(serde_json::to_string(&Count::Under(5)).unwrap(), "\"<5\"");
        assert_eq!(
            serde_json::from_str::<Count>("\"<5\"").unwrap(),
            Count::Under(5)
        );
        assert!(serde_json::from_str::<Count>("\"5\"").is_err());
        assert_eq!(Count::suppressed(0, 5), Count::Under(5));
        assert_eq!(Count::suppressed(4, 5), Count::Under(5));
        assert_eq!(Count::suppressed(5, 5), Count::Exact(5));
        assert_eq!(Count::Under(5).bounds(), (0, 4));
    }
}
