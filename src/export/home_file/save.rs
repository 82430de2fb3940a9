//! Saving the three exports (summary PDF, FHIR bundle, session file) to a folder the person
//! chooses, under names that say what they are and never overwrite.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};

use super::{session_file, HomeFileError};
use crate::content::OptionGrid;
use crate::export::SummaryContext;
use crate::files::{self, Access};
use crate::language::Localizer;
use crate::records::{SessionId, Store};

// Saving to a folder

/// What to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// The printed summary.
    Summary,
    /// The FHIR bundle for the health record, with the summary inside.
    Fhir,
    /// The session file to continue at home (or to bring back).
    SessionFile,
}

/// A file that was written, and the sentence that says where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    /// The file.
    pub path: PathBuf,
    /// "Opgeslagen in …".
    pub message: String,
}

/// The folder a save starts in: `Documents` in the home folder when it exists, else the home
/// folder itself.
pub fn default_folder(home: Option<&Path>) -> Option<PathBuf> {
    let home = home?;
    let documents = home.join("Documents");
    Some(if documents.is_dir() {
        documents
    } else {
        home.to_owned()
    })
}

/// A file name from the grid id, the patient label, the date and what it is, with only
/// letters, digits and dashes.
pub fn file_name(grid: &str, label: &str, date: DateTime<Utc>, what: &str, ext: &str) -> String {
    let clean = |s: &str| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_matches('-').to_owned()
    };
    let parts = [
        clean(grid),
        clean(label),
        date.format("%Y-%m-%d").to_string(),
        clean(what),
    ];
    let stem: Vec<&str> = parts
        .iter()
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{ext}", stem.join("-"))
}

/// Save one export of `session` in `folder`. The file is new (a number is added when the
/// name is taken) and readable by the owner only.
#[allow(clippy::too_many_arguments)]
pub fn save_export(
    store: &Store,
    session: SessionId,
    grid: &OptionGrid,
    kind: ExportKind,
    folder: &Path,
    key: &SigningKey,
    l10n: &Localizer,
    now: DateTime<Utc>,
) -> Result<Saved, HomeFileError> {
    if folder.as_os_str().to_string_lossy().trim().is_empty() {
        return Err(HomeFileError::NoFolder);
    }
    if !folder.is_dir() {
        return Err(HomeFileError::FolderMissing(folder.to_owned()));
    }
    let summary = store.session(session)?;
    let label = store.patient(summary.patient)?.label;
    let state = store.session_state(session)?;
    let ctx = SummaryContext {
        patient_label: label.clone(),
        session_started: summary.started_at,
        content_sha256: summary.start.content_sha256.clone(),
    };
    let pdf =
        || crate::export::summary_pdf(grid, &state, &ctx, l10n).map_err(HomeFileError::Export);
    let (what, ext, bytes) = match kind {
        ExportKind::Summary => ("takehome-file-summary", "pdf", pdf()?),
        ExportKind::Fhir => {
            let pdf = pdf()?;
            let bundle = crate::export::fhir_bundle(grid, &state, &ctx, l10n, Some(&pdf));
            let text = serde_json::to_string_pretty(&bundle).expect("plain data serializes");
            ("takehome-file-fhir", "fhir.json", text.into_bytes())
        }
        ExportKind::SessionFile => {
            let file = session_file(store, session, key, now)?;
            ("takehome-file-session", "json", file.to_text().into_bytes())
        }
    };
    let name = file_name(&grid.id, &label, now, &l10n.text(what), ext);
    let path = files::write_numbered(folder, &name, &bytes, Access::Private).map_err(|e| {
        HomeFileError::NotWritable {
            path: folder.to_owned(),
            reason: e.to_string(),
        }
    })?;
    let message = l10n.format("takehome-saved", &[("file", path.display().to_string())]);
    Ok(Saved { path, message })
}
