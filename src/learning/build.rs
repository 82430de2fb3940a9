//! Making a contribution file from the records: the consented sessions of one grid in one
//! month, counted, small numbers hidden, signed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Local, Utc};
use ed25519_dalek::SigningKey;
use serde::Serialize;

use super::file::{Block, Contribution, Count, SureCounts, FORMAT};
use super::DEFAULT_THRESHOLD;
use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::records::{RecordsError, SessionSummary, Store};
use crate::session::{Choice, Mode, SessionState, SureItem, MAX_IMPORTANCE};

/// A calendar month: the finest time a contribution says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Period {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
}

impl Period {
    /// The month of `time`, in local time (as the people at the screen count months).
    pub fn of(time: &DateTime<Utc>) -> Period {
        let local = time.with_timezone(&Local);
        Period {
            year: local.year(),
            month: local.month(),
        }
    }

    /// `YYYY-MM`, as written in files.
    pub fn parse(text: &str) -> Option<Period> {
        let (year, month) = text.split_once('-')?;
        let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
        (year.to_string().len() == 4 && month.to_string().len() <= 2 && (1..=12).contains(&month))
            .then_some(Period { year, month })
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A grid and a month with sessions that may be shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedPeriod {
    /// The grid's id.
    pub grid_id: String,
    /// The month.
    pub period: Period,
    /// How many consented sessions.
    pub sessions: usize,
}

/// Sessions that began on this installation (not copies opened from a session file), with
/// their state, optionally of one grid only.
fn own_sessions(
    store: &Store,
    grid_id: Option<&str>,
) -> Result<Vec<(SessionSummary, SessionState)>, RecordsError> {
    store
        .own_session_ids(grid_id)?
        .into_iter()
        .map(|id| Ok((store.session(id)?, store.session_state(id)?)))
        .collect()
}

/// Every grid and month with at least one consented session, newest month first.
pub fn consented_periods(store: &Store) -> Result<Vec<SharedPeriod>, RecordsError> {
    let mut counts: BTreeMap<(Period, String), usize> = BTreeMap::new();
    for (summary, state) in own_sessions(store, None)? {
        if state.shared {
            *counts
                .entry((Period::of(&summary.started_at), summary.start.grid_id))
                .or_default() += 1;
        }
    }
    let mut periods: Vec<SharedPeriod> = counts
        .into_iter()
        .map(|((period, grid_id), sessions)| SharedPeriod {
            grid_id,
            period,
            sessions,
        })
        .collect();
    periods.sort_by(|a, b| b.period.cmp(&a.period).then(a.grid_id.cmp(&b.grid_id)));
    Ok(periods)
}

/// The contribution of the consented sessions of `grid` that began in `period`, signed with
/// `key`; `None` when there are none. Counts are keyed by the ids of `grid` (the grid as the
/// app has it now), so which keys a file has never depends on what patients answered; answers
/// about ids an older version had and this one has not are left out.
pub fn build_contribution(
    store: &Store,
    grid: &OptionGrid,
    period: Period,
    key: &SigningKey,
    l10n: &Localizer,
) -> Result<Option<Contribution>, RecordsError> {
    let mut versions: BTreeMap<(String, String), Vec<SessionState>> = BTreeMap::new();
    for (summary, state) in own_sessions(store, Some(&grid.id))? {
        if state.shared && Period::of(&summary.started_at) == period {
            versions
                .entry((summary.start.content_version, summary.start.content_sha256))
                .or_default()
                .push(state);
        }
    }
    if versions.is_empty() {
        return Ok(None);
    }
    let threshold = DEFAULT_THRESHOLD;
    let mut blocks = Vec::new();
    for ((version, sha), states) in versions {
        // Both modes always, so a block's presence says nothing about small numbers.
        for mode in [Mode::Consultation, Mode::Home] {
            let in_mode: Vec<&SessionState> = states.iter().filter(|s| s.mode == mode).collect();
            blocks.push(count_block(grid, &version, &sha, mode, &in_mode, threshold));
        }
    }
    let mut contribution = Contribution {
        format: FORMAT.to_owned(),
        grid_id: grid.id.clone(),
        period: period.to_string(),
        threshold,
        rule: l10n.format("learn-rule", &[("threshold", threshold.to_string())]),
        installation: String::new(),
        blocks,
        signature: String::new(),
    };
    contribution.sign(key);
    Ok(Some(contribution))
}

fn count_block(
    grid: &OptionGrid,
    version: &str,
    sha: &str,
    mode: Mode,
    states: &[&SessionState],
    threshold: u32,
) -> Block {
    let count = |f: &dyn Fn(&SessionState) -> bool| {
        let n = states.iter().filter(|s| f(s)).count();
        Count::suppressed(u32::try_from(n).unwrap_or(u32::MAX), threshold)
    };
    let questions: BTreeSet<&str> = grid.questions.iter().map(|q| q.id.as_str()).collect();
    let choices = grid
        .options
        .iter()
        .map(|o| (format!("option:{}", o.id), Choice::Option(o.id.clone())))
        .chain([
            ("think_about_it".to_owned(), Choice::ThinkAboutIt),
            ("decide_together".to_owned(), Choice::DecideTogether),
        ]);
    Block {
        content_version: version.to_owned(),
        content_sha256: sha.to_owned(),
        mode,
        sessions: count(&|_| true),
        questions_marked: questions
            .iter()
            .map(|q| ((*q).to_owned(), count(&|s| s.marked_rows.contains(*q))))
            .collect(),
        importance: crate::content::wording::aspects(grid)
            .into_iter()
            .map(|aspect| {
                let levels = (0..=MAX_IMPORTANCE)
                    .map(|level| count(&|s| s.importance.get(aspect) == Some(&level)))
                    .collect();
                (aspect.to_owned(), levels)
            })
            .collect(),
        choices: choices
            .map(|(key, choice)| {
                let n = count(&|s| s.choice.as_ref() == Some(&choice));
                (key, n)
            })
            .collect(),
        sure: SureItem::ALL
            .into_iter()
            .map(|item| {
                let counts = SureCounts {
                    yes: count(&|s| s.sure.get(&item) == Some(&true)),
                    no: count(&|s| s.sure.get(&item) == Some(&false)),
                };
                (item, counts)
            })
            .collect(),
        sure_all_yes: count(&|s| s.sure_all_yes() == Some(true)),
        sure_any_no: count(&|s| s.sure_all_yes() == Some(false)),
    }
}

/// The file name of a contribution: grid, month and a short mark of the installation.
pub fn file_name(contribution: &Contribution) -> String {
    let mark: String = contribution
        .installation
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect();
    let grid: String = contribution
        .grid_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("bijdrage-{grid}-{}-{mark}.json", contribution.period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_months_written_as_yyyy_mm() {
        let p = Period::parse("2026-03").unwrap();
        assert_eq!(
            p,
            Period {
                year: 2026,
                month: 3
            }
        );
        assert_eq!(p.to_string(), "2026-03");
        for bad in ["2026-13", "2026", "26-03", "2026-03-01", "x-y"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
