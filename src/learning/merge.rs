//! Merging many contribution files per grid and content version, for the guideline group.
//! Counts written as `"<5"` are carried as a range: the merged figure is known to lie between
//! the sum of the exact counts and that sum plus 4 for every small count.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::file::{Block, Contribution, ContributionError, ContributionProblem, Count};
use crate::session::{Mode, SureItem, MAX_IMPORTANCE};

/// A merged count: at least `low`, at most `high`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Range {
    /// The sum of the exact counts.
    pub low: u64,
    /// Plus the most each small count can stand for.
    pub high: u64,
}

impl Range {
    fn add(&mut self, count: Count) {
        let (low, high) = count.bounds();
        self.low += low;
        self.high += high;
    }

    /// Whether the figure is known exactly.
    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }
}

/// The merged counts of one content version in one mode.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    /// Sessions.
    pub sessions: Range,
    /// Per question id: sessions that marked it.
    pub questions_marked: BTreeMap<String, Range>,
    /// Per aspect id: how many rated it 0 to 4.
    pub importance: BTreeMap<String, Vec<Range>>,
    /// Per choice key: how many chose it.
    pub choices: BTreeMap<String, Range>,
    /// Per SURE question: yes, then no.
    pub sure: BTreeMap<SureItem, (Range, Range)>,
    /// All four SURE answers yes.
    pub sure_all_yes: Range,
    /// All four answered, at least one no.
    pub sure_any_no: Range,
}

impl Tally {
    fn add(&mut self, block: &Block) {
        self.sessions.add(block.sessions);
        for (id, c) in &block.questions_marked {
            self.questions_marked.entry(id.clone()).or_default().add(*c);
        }
        for (id, levels) in &block.importance {
            let merged = self
                .importance
                .entry(id.clone())
                .or_insert_with(|| vec![Range::default(); usize::from(MAX_IMPORTANCE) + 1]);
            for (level, c) in levels.iter().enumerate() {
                if let Some(range) = merged.get_mut(level) {
                    range.add(*c);
                }
            }
        }
        for (id, c) in &block.choices {
            self.choices.entry(id.clone()).or_default().add(*c);
        }
        for (item, s) in &block.sure {
            let (yes, no) = self.sure.entry(*item).or_default();
            yes.add(s.yes);
            no.add(s.no);
        }
        self.sure_all_yes.add(block.sure_all_yes);
        self.sure_any_no.add(block.sure_any_no);
    }
}

/// Everything merged about one grid at one content version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    /// The grid's id.
    pub grid_id: String,
    /// Its content version.
    pub content_version: String,
    /// SHA-256 of the grid file.
    pub content_sha256: String,
    /// Files with sessions on this version.
    pub files: usize,
    /// Installations (public keys) they came from.
    pub installations: BTreeSet<String>,
    /// Months covered.
    pub periods: BTreeSet<String>,
    /// Sessions in the consultation room.
    pub consultation: Tally,
    /// Sessions at home.
    pub home: Tally,
}

impl Version {
    /// The tally of one mode.
    pub fn tally(&self, mode: Mode) -> &Tally {
        match mode {
            Mode::Consultation => &self.consultation,
            Mode::Home => &self.home,
        }
    }
}

/// The result of merging: the accepted files per grid and version, and every refusal.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Per grid and content version, by grid id then version.
    pub versions: Vec<Version>,
    /// Files accepted.
    pub accepted: usize,
    /// Installations the accepted files came from.
    pub installations: usize,
    /// Files refused, with why, in the order read.
    pub refused: Vec<ContributionError>,
}

/// Reads contribution files one by one and merges those it accepts.
#[derive(Debug, Default)]
pub struct Merger {
    by_signature: HashMap<String, String>,
    by_installation: HashMap<(String, String, String), String>,
    versions: BTreeMap<(String, String, String), Version>,
    installations: BTreeSet<String>,
    accepted: usize,
    refused: Vec<ContributionError>,
}

impl Merger {
    /// An empty merge.
    pub fn new() -> Merger {
        Merger::default()
    }

    /// Read the file named `file` with contents `bytes`: merged when sound, else refused
    /// (the refusal is kept for [`Merged::refused`] and returned).
    pub fn add(&mut self, file: &str, bytes: &[u8]) -> Result<(), ContributionError> {
        let result = self.accept(file, bytes);
        if let Err(e) = &result {
            self.refused.push(e.clone());
        }
        result
    }

    /// Note a file that could not be read at all.
    pub fn unreadable(&mut self, file: &str, reason: String) {
        self.refused.push(ContributionError::new(
            file,
            ContributionProblem::Unreadable(reason),
        ));
    }

    fn accept(&mut self, file: &str, bytes: &[u8]) -> Result<(), ContributionError> {
        let contribution = Contribution::parse(file, bytes)?;
        if let Some(first) = self.by_signature.get(&contribution.signature) {
            let problem = ContributionProblem::SameFile {
                first: first.clone(),
            };
            return Err(with_field(
                ContributionError::new(file, problem),
                "signature",
            ));
        }
        let key = (
            contribution.installation.clone(),
            contribution.grid_id.clone(),
            contribution.period.clone(),
        );
        if let Some(first) = self.by_installation.get(&key) {
            let problem = ContributionProblem::Duplicate {
                first: first.clone(),
                grid: contribution.grid_id.clone(),
                period: contribution.period.clone(),
            };
            return Err(with_field(
                ContributionError::new(file, problem),
                "installation",
            ));
        }
        self.by_signature
            .insert(contribution.signature.clone(), file.to_owned());
        self.by_installation.insert(key, file.to_owned());
        self.installations.insert(contribution.installation.clone());
        self.accepted += 1;
        let mut counted: BTreeSet<(String, String)> = BTreeSet::new();
        for block in &contribution.blocks {
            let version = self
                .versions
                .entry((
                    contribution.grid_id.clone(),
                    block.content_version.clone(),
                    block.content_sha256.clone(),
                ))
                .or_insert_with(|| Version {
                    grid_id: contribution.grid_id.clone(),
                    content_version: block.content_version.clone(),
                    content_sha256: block.content_sha256.clone(),
                    files: 0,
                    installations: BTreeSet::new(),
                    periods: BTreeSet::new(),
                    consultation: Tally::default(),
                    home: Tally::default(),
                });
            if counted.insert((block.content_version.clone(), block.content_sha256.clone())) {
                version.files += 1;
            }
            version
                .installations
                .insert(contribution.installation.clone());
            version.periods.insert(contribution.period.clone());
            match block.mode {
                Mode::Consultation => version.consultation.add(block),
                Mode::Home => version.home.add(block),
            }
        }
        Ok(())
    }

    /// The merge so far.
    pub fn finish(self) -> Merged {
        Merged {
            versions: self.versions.into_values().collect(),
            accepted: self.accepted,
            installations: self.installations.len(),
            refused: self.refused,
        }
    }
}

fn with_field(mut error: ContributionError, field: &str) -> ContributionError {
    error.field = Some(field.to_owned());
    error
}

fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Consultation => "consultation",
        Mode::Home => "home",
    }
}

/// The merged data as CSV, one row per figure: grid, content version and hash, mode, what is
/// counted, which item and level, and the lowest and highest value the figure can have.
pub fn merged_csv(merged: &Merged) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "grid_id",
        "content_version",
        "content_sha256",
        "mode",
        "measure",
        "item",
        "level",
        "low",
        "high",
    ];
    let _ = out.write_record(header);
    for v in &merged.versions {
        let mut row = |mode: &str, measure: &str, item: &str, level: &str, r: Range| {
            let (low, high) = (r.low.to_string(), r.high.to_string());
            let _ = out.write_record([
                v.grid_id.as_str(),
                &v.content_version,
                &v.content_sha256,
                mode,
                measure,
                item,
                level,
                &low,
                &high,
            ]);
        };
        let exact = |n: usize| Range {
            low: n as u64,
            high: n as u64,
        };
        row("all", "files", "", "", exact(v.files));
        row("all", "installations", "", "", exact(v.installations.len()));
        for mode in [Mode::Consultation, Mode::Home] {
            let t = v.tally(mode);
            let m = mode_key(mode);
            row(m, "sessions", "", "", t.sessions);
            for (id, r) in &t.questions_marked {
                row(m, "question_marked", id, "", *r);
            }
            for (id, levels) in &t.importance {
                for (level, r) in levels.iter().enumerate() {
                    row(m, "importance", id, &level.to_string(), *r);
                }
            }
            for (id, r) in &t.choices {
                row(m, "choice", id, "", *r);
            }
            for (item, (yes, no)) in &t.sure {
                let item = super::report::sure_key(*item);
                row(m, "sure_yes", item, "", *yes);
                row(m, "sure_no", item, "", *no);
            }
            row(m, "sure_all_yes", "", "", t.sure_all_yes);
            row(m, "sure_any_no", "", "", t.sure_any_no);
        }
    }
    let bytes = out.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
