//! Sharing with the guideline group, as the window shows it: which grids and months have
//! consented sessions, exactly what a contribution file would hold (before anything is
//! written), writing it once the person confirms, and withdrawing a patient's consent.

use std::path::{Path, PathBuf};

use ed25519_dalek::SigningKey;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::learning::{self, Contribution, Count, Period};
use crate::records::{RecordsError, SessionId, Store};
use crate::session::{Mode, SessionEvent, SureItem, MAX_IMPORTANCE};

use super::consultation::{choice_text, importance_text};
use super::patients::{aspect_text, GridLookup};
use super::pick;

/// A grid and month that can be shared.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ShareItem {
    /// The grid's id.
    pub grid_id: String,
    /// The month, `YYYY-MM`.
    pub period: String,
    /// "Liesbreuk, maart 2026: 6 gesprekken met toestemming".
    pub label: String,
}

/// What can be shared now.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SharingScreen {
    /// Newest month first.
    pub items: Vec<ShareItem>,
}

/// One content version and mode of the file, in words.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PreviewBlock {
    /// "Versie 1.0, in de spreekkamer: 6 gesprekken".
    pub heading: String,
    /// Every count of the block, one per line.
    pub lines: Vec<String>,
}

/// Exactly what a contribution file holds, before it is written.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContributionPreview {
    /// The grid's id.
    pub grid_id: String,
    /// The month, `YYYY-MM`.
    pub period: String,
    /// "Dit komt in het bestand".
    pub heading: String,
    /// Grid and month.
    pub about: String,
    /// Which installation, by its key.
    pub installation: String,
    /// The rule of small numbers, as in the file.
    pub rule: String,
    /// What is never in it.
    pub not_included: String,
    /// One file per month.
    pub once: String,
    /// Every count, per content version and mode.
    pub blocks: Vec<PreviewBlock>,
    /// The file, byte for byte as it will be written.
    pub file_text: String,
    /// SHA-256 of `file_text`: the write goes ahead only when the file is still this one.
    pub digest: String,
}

/// A file that was written.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContributionWritten {
    /// Where.
    pub path: PathBuf,
    /// "Het bestand is geschreven: …".
    pub message: String,
}

/// Why a contribution could not be shown or written.
#[derive(Debug, thiserror::Error)]
pub enum SharingError {
    /// The records failed.
    #[error(transparent)]
    Records(#[from] RecordsError),
    /// Not a month.
    #[error("{0:?} is not a month")]
    BadPeriod(String),
    /// No consented sessions for this grid and month.
    #[error("no consented sessions")]
    Nothing,
    /// The file is no longer what the person saw.
    #[error("the file changed since it was shown")]
    Changed,
    /// The folder does not exist.
    #[error("{0} is not a folder")]
    FolderMissing(PathBuf),
    /// The file could not be written.
    #[error("{folder}: {reason}")]
    Write {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        reason: String,
    },
}

impl SharingError {
    /// The problem in the chosen language.
    pub fn message(&self, l10n: &Localizer) -> String {
        match self {
            SharingError::Records(e) => e.message(l10n),
            SharingError::BadPeriod(p) => l10n.format("share-error-period", &[("period", p)]),
            SharingError::Nothing => l10n.text("share-error-nothing"),
            SharingError::Changed => l10n.text("share-error-changed"),
            SharingError::FolderMissing(f) => {
                l10n.format("share-error-folder", &[("folder", f.display().to_string())])
            }
            SharingError::Write { folder, reason } => l10n.format(
                "share-error-write",
                &[
                    ("folder", folder.display().to_string()),
                    ("reason", reason.clone()),
                ],
            ),
        }
    }
}

/// "maart 2026".
pub fn month_text(period: Period, l10n: &Localizer) -> String {
    l10n.format(
        "learn-month",
        &[
            ("month", period.month.to_string()),
            ("year", period.year.to_string()),
        ],
    )
}

/// The grids and months with consented sessions.
pub fn sharing_screen(
    store: &Store,
    grids: GridLookup<'_>,
    l10n: &Localizer,
) -> Result<SharingScreen, RecordsError> {
    let items = learning::consented_periods(store)?
        .into_iter()
        .map(|p| {
            let grid = grids(&p.grid_id)
                .map(|e| pick(&e.grid.condition.name, l10n.language(), &e.grid))
                .unwrap_or_else(|| p.grid_id.clone());
            ShareItem {
                label: l10n.format(
                    "share-item",
                    &[
                        ("grid", grid),
                        ("month", month_text(p.period, l10n)),
                        ("count", p.sessions.to_string()),
                    ],
                ),
                period: p.period.to_string(),
                grid_id: p.grid_id,
            }
        })
        .collect();
    Ok(SharingScreen { items })
}

fn count_text(count: Count) -> String {
    match count {
        Count::Exact(n) => n.to_string(),
        Count::Under(t) => format!("<{t}"),
    }
}

fn mode_text(mode: Mode, l10n: &Localizer) -> String {
    l10n.text(match mode {
        Mode::Consultation => "ui-mode-consultation",
        Mode::Home => "ui-mode-home",
    })
}

fn parse_period(period: &str) -> Result<Period, SharingError> {
    Period::parse(period.trim()).ok_or_else(|| SharingError::BadPeriod(period.to_owned()))
}

fn contribution(
    store: &Store,
    grid: &OptionGrid,
    period: &str,
    key: &SigningKey,
    l10n: &Localizer,
) -> Result<Contribution, SharingError> {
    let period = parse_period(period)?;
    learning::build_contribution(store, grid, period, key, l10n)?.ok_or(SharingError::Nothing)
}

fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Exactly what the contribution of `grid` for `period` (`YYYY-MM`) would hold.
pub fn contribution_preview(
    store: &Store,
    grid: &OptionGrid,
    period: &str,
    key: &SigningKey,
    l10n: &Localizer,
) -> Result<ContributionPreview, SharingError> {
    let file = contribution(store, grid, period, key, l10n)?;
    let month = parse_period(period).map(|p| month_text(p, l10n))?;
    let language = l10n.language();
    let blocks = file
        .blocks
        .iter()
        .map(|b| {
            let mut lines = Vec::new();
            for (id, c) in &b.questions_marked {
                lines.push(l10n.format(
                    "share-line-marked",
                    &[
                        ("aspect", aspect_text(grid, id, l10n)),
                        ("count", count_text(*c)),
                    ],
                ));
            }
            for (id, levels) in &b.importance {
                let levels = levels
                    .iter()
                    .enumerate()
                    .map(|(level, c)| {
                        let level = u8::try_from(level).unwrap_or(MAX_IMPORTANCE);
                        format!("{} {}", importance_text(Some(level), l10n), count_text(*c))
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                lines.push(l10n.format(
                    "share-line-importance",
                    &[("aspect", aspect_text(grid, id, l10n)), ("levels", levels)],
                ));
            }
            for (key, c) in &b.choices {
                let choice = match key.as_str() {
                    "think_about_it" => crate::session::Choice::ThinkAboutIt,
                    "decide_together" => crate::session::Choice::DecideTogether,
                    other => crate::session::Choice::Option(
                        other.strip_prefix("option:").unwrap_or(other).to_owned(),
                    ),
                };
                lines.push(l10n.format(
                    "share-line-choice",
                    &[
                        ("choice", choice_text(grid, &choice, l10n)),
                        ("count", count_text(*c)),
                    ],
                ));
            }
            for item in SureItem::ALL {
                if let Some(s) = b.sure.get(&item) {
                    lines.push(format!(
                        "{} {} {}, {} {}",
                        l10n.text(super::consultation::sure_message(item)),
                        l10n.text("sure-yes"),
                        count_text(s.yes),
                        l10n.text("sure-no"),
                        count_text(s.no)
                    ));
                }
            }
            lines.push(l10n.format(
                "share-line-sure",
                &[
                    ("yes", count_text(b.sure_all_yes)),
                    ("no", count_text(b.sure_any_no)),
                ],
            ));
            PreviewBlock {
                heading: l10n.format(
                    "share-block",
                    &[
                        ("version", b.content_version.clone()),
                        ("mode", mode_text(b.mode, l10n).to_lowercase()),
                        ("sessions", count_text(b.sessions)),
                    ],
                ),
                lines,
            }
        })
        .collect();
    let file_text = file.to_text();
    Ok(ContributionPreview {
        grid_id: grid.id.clone(),
        period: file.period.clone(),
        heading: l10n.text("share-preview-heading"),
        about: l10n.format(
            "share-preview-about",
            &[
                (
                    "grid",
                    format!(
                        "{} ({})",
                        pick(&grid.condition.name, language, grid),
                        grid.id
                    ),
                ),
                ("month", month),
            ],
        ),
        installation: l10n.format(
            "share-preview-installation",
            &[(
                "key",
                file.installation.chars().take(12).collect::<String>(),
            )],
        ),
        rule: file.rule.clone(),
        not_included: l10n.text("share-preview-not"),
        once: l10n.text("share-preview-once"),
        blocks,
        digest: digest(&file_text),
        file_text,
    })
}

/// Write the contribution of `grid` for `period` in `folder`, only when it is still exactly
/// the file the person saw (`digest` from [`contribution_preview`]). Written atomically and
/// never over another file.
pub fn write_contribution(
    store: &Store,
    grid: &OptionGrid,
    period: &str,
    key: &SigningKey,
    folder: &Path,
    digest_seen: &str,
    l10n: &Localizer,
) -> Result<ContributionWritten, SharingError> {
    let file = contribution(store, grid, period, key, l10n)?;
    let text = file.to_text();
    if digest(&text) != digest_seen {
        return Err(SharingError::Changed);
    }
    if !folder.is_dir() {
        return Err(SharingError::FolderMissing(folder.to_owned()));
    }
    let path = crate::files::write_numbered(
        folder,
        &learning::file_name(&file),
        text.as_bytes(),
        crate::files::Access::Public,
    )
    .map_err(|e| SharingError::Write {
        folder: folder.to_owned(),
        reason: e.to_string(),
    })?;
    Ok(ContributionWritten {
        message: l10n.format("share-written", &[("file", path.display().to_string())]),
        path,
    })
}

/// Withdraw the consent of a session: one more event, the record stays as it was.
pub fn withdraw_consent(
    store: &mut Store,
    session: SessionId,
    l10n: &Localizer,
) -> Result<String, RecordsError> {
    store.record(session, &SessionEvent::ConsentGiven { shared: false })?;
    Ok(l10n.text("patients-consent-withdrawn"))
}
