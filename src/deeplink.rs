//! `keuzehulp://` links: an EHR or practice system opens a decision for a patient.
//!
//! ```text
//! keuzehulp://open?keuzekaart=liesbreuk&patient=P-17&modus=spreekkamer&taal=nl
//! keuzehulp://open?klacht=bult%20in%20de%20lies&patient=P-17&modus=thuis
//! ```
//!
//! `keuzekaart` (a grid id) or `klacht` (a complaint, searched as on the start screen) names
//! the decision; `patient` is the pseudonymous label; `modus` is `spreekkamer` or `thuis`;
//! `taal` (optional) one of the window's languages. Anything else is refused, and so is a
//! label of nine digits (it could be a BSN). A refused link records nothing: [`parse`] and
//! [`resolve`] only read, and [`arrive`] writes only when it begins a session.

use url::Url;

use crate::catalogue::Catalogue;
use crate::consultation::{self, Opened};
use crate::entry::Entry;
use crate::language::{Language, Localizer};
use crate::library::Library;
use crate::records::{RecordsError, SessionSummary, Store, MAX_LABEL_CHARS};
use crate::session::Mode;
use crate::view::consultation::step_message;
use crate::view::finder::{self, BuiltinIndex};

/// The scheme of the links.
pub const SCHEME: &str = "keuzehulp";

/// The one thing a link can do.
const ACTION: &str = "open";

/// How a link names the decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// A grid id, exactly.
    Grid(String),
    /// A complaint in the patient's words, searched like the start screen's search.
    Complaint(String),
}

/// A link that was read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The decision to open.
    pub decision: Decision,
    /// The pseudonymous patient label, trimmed.
    pub patient: String,
    /// In the consultation room or at home.
    pub mode: Mode,
    /// The window's language for this consultation, when the link names one.
    pub language: Option<Language>,
}

/// Why a link is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a URL at all.
    NotALink(String),
    /// Another scheme than `keuzehulp:`.
    OtherScheme(String),
    /// Another action than `open`.
    UnknownAction(String),
    /// A parameter this program does not know.
    UnknownParameter(String),
    /// A parameter given twice.
    Repeated(String),
    /// A part the link must have (its parameter name).
    Missing(&'static str),
    /// Both `keuzekaart` and `klacht`.
    TwoDecisions,
    /// `modus` is neither `spreekkamer` nor `thuis`.
    UnknownMode(String),
    /// `taal` is not one of the window's languages.
    UnknownLanguage(String),
    /// The label is longer than the records allow.
    LabelTooLong { chars: usize },
    /// The label is nine digits, like a BSN; `elfproef` says whether it passes the BSN's
    /// eleven-test (refused either way).
    LabelLooksLikeBsn { elfproef: bool },
    /// No grid with this id.
    UnknownGrid(String),
    /// No decision matches the complaint.
    NoMatch(String),
    /// Several decisions match the complaint: their names.
    SeveralMatch {
        complaint: String,
        names: Vec<String>,
    },
}

impl LinkError {
    /// The refusal in the person's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let reason = match self {
            LinkError::NotALink(why) => l10n.format("link-error-not-a-link", &[("reason", why)]),
            LinkError::OtherScheme(scheme) => {
                l10n.format("link-error-scheme", &[("scheme", scheme)])
            }
            LinkError::UnknownAction(action) => {
                l10n.format("link-error-action", &[("action", action)])
            }
            LinkError::UnknownParameter(name) => {
                l10n.format("link-error-unknown-parameter", &[("name", name)])
            }
            LinkError::Repeated(name) => l10n.format("link-error-repeated", &[("name", name)]),
            LinkError::Missing(name) => l10n.format("link-error-missing", &[("name", *name)]),
            LinkError::TwoDecisions => l10n.text("link-error-two-decisions"),
            LinkError::UnknownMode(mode) => l10n.format("link-error-mode", &[("mode", mode)]),
            LinkError::UnknownLanguage(code) => {
                l10n.format("link-error-language", &[("code", code)])
            }
            LinkError::LabelTooLong { chars } => l10n.format(
                "link-error-label-too-long",
                &[
                    ("chars", chars.to_string()),
                    ("max", MAX_LABEL_CHARS.to_string()),
                ],
            ),
            LinkError::LabelLooksLikeBsn { elfproef: true } => {
                l10n.text("link-error-label-bsn-valid")
            }
            LinkError::LabelLooksLikeBsn { elfproef: false } => {
                l10n.text("link-error-label-nine-digits")
            }
            LinkError::UnknownGrid(id) => l10n.format("link-error-unknown-grid", &[("id", id)]),
            LinkError::NoMatch(complaint) => {
                l10n.format("link-error-no-match", &[("complaint", complaint)])
            }
            LinkError::SeveralMatch { complaint, names } => l10n.format(
                "link-error-several-match",
                &[
                    ("complaint", complaint.clone()),
                    ("names", names.join(", ")),
                ],
            ),
        };
        l10n.format("link-refused", &[("reason", reason)])
    }
}

/// The first argument that is a `keuzehulp:` link (as the desktop's `%u` hands it over).
pub fn in_arguments<I, S>(args: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    args.into_iter()
        .map(|a| a.as_ref().trim().to_owned())
        .find(|a| {
            a.get(..SCHEME.len() + 1)
                .is_some_and(|s| s.eq_ignore_ascii_case(&format!("{SCHEME}:")))
        })
}

/// Read and check a link; nothing is looked up or written.
pub fn parse(text: &str) -> Result<Link, LinkError> {
    let url = Url::parse(text.trim()).map_err(|e| LinkError::NotALink(e.to_string()))?;
    if url.scheme() != SCHEME {
        return Err(LinkError::OtherScheme(url.scheme().to_owned()));
    }
    let action = format!(
        "{}{}",
        url.host_str().unwrap_or(""),
        url.path().trim_matches('/')
    );
    if action != ACTION {
        return Err(LinkError::UnknownAction(action));
    }
    let (mut grid, mut complaint, mut patient, mut mode, mut language) =
        (None, None, None, None, None);
    for (name, value) in url.query_pairs() {
        let slot = match name.as_ref() {
            "keuzekaart" => &mut grid,
            "klacht" => &mut complaint,
            "patient" => &mut patient,
            "modus" => &mut mode,
            "taal" => &mut language,
            other => return Err(LinkError::UnknownParameter(other.to_owned())),
        };
        if slot.is_some() {
            return Err(LinkError::Repeated(name.into_owned()));
        }
        *slot = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
    }
    let decision = match (grid, complaint) {
        (Some(_), Some(_)) => return Err(LinkError::TwoDecisions),
        (Some(id), None) => Decision::Grid(id),
        (None, Some(words)) => Decision::Complaint(words),
        (None, None) => return Err(LinkError::Missing("keuzekaart")),
    };
    let patient = checked_label(patient.ok_or(LinkError::Missing("patient"))?)?;
    let mode = match mode.ok_or(LinkError::Missing("modus"))?.as_str() {
        "spreekkamer" => Mode::Consultation,
        "thuis" => Mode::Home,
        other => return Err(LinkError::UnknownMode(other.to_owned())),
    };
    let language = language
        .map(|code| Language::from_code(&code).ok_or(LinkError::UnknownLanguage(code)))
        .transpose()?;
    Ok(Link {
        decision,
        patient,
        mode,
        language,
    })
}

/// A label the records will take, checked before anything is written: not too long, and not
/// nine digits, whether or not they pass the BSN's eleven-test.
fn checked_label(label: String) -> Result<String, LinkError> {
    let chars = label.chars().count();
    if chars > MAX_LABEL_CHARS {
        return Err(LinkError::LabelTooLong { chars });
    }
    let digits: Option<Vec<u32>> = label
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .map(|c| c.to_digit(10))
        .collect();
    if let Some(digits) = digits.filter(|d| d.len() == 9) {
        let sum: i64 = digits[..8]
            .iter()
            .zip((2..=9).rev())
            .map(|(d, w)| i64::from(*d) * w)
            .sum::<i64>()
            - i64::from(digits[8]);
        return Err(LinkError::LabelLooksLikeBsn {
            elfproef: sum % 11 == 0,
        });
    }
    Ok(label)
}

/// Where the content is looked up: the built-in grids with their search index, and the
/// installed catalogue.
pub struct Content<'a> {
    /// Built-in (and opened) grids.
    pub library: &'a Library,
    /// Their search index in the window's language.
    pub index: &'a BuiltinIndex,
    /// Installed content.
    pub catalogue: Option<&'a Catalogue>,
}

/// The id of the grid the link names: the id itself when it exists, or the one decision its
/// complaint finds. Only reads.
pub fn resolve(link: &Link, content: &Content, l10n: &Localizer) -> Result<String, LinkError> {
    match &link.decision {
        Decision::Grid(id) => {
            let known = content.library.get(id).is_some()
                || content.catalogue.is_some_and(|c| c.contains(id));
            known
                .then(|| id.clone())
                .ok_or_else(|| LinkError::UnknownGrid(id.clone()))
        }
        Decision::Complaint(words) => {
            let found = finder::find(
                content.library,
                content.index,
                content.catalogue,
                words,
                &[],
                l10n,
            );
            match found.conditions.as_slice() {
                [] => Err(LinkError::NoMatch(words.clone())),
                [one] => Ok(one.id.clone()),
                several => Err(LinkError::SeveralMatch {
                    complaint: words.clone(),
                    names: several.iter().map(|c| c.name.clone()).collect(),
                }),
            }
        }
    }
}

/// What an accepted link leads to.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    /// A new session, at the first step.
    Begun(Opened),
    /// The patient has an unfinished session of this decision: offer to continue it or to
    /// begin anew. Nothing was written.
    Unfinished(SessionSummary),
}

/// Begin the linked session on `entry`, or find the patient's unfinished one to offer.
pub fn arrive(store: &mut Store, entry: &Entry, link: &Link) -> Result<Arrival, RecordsError> {
    if let Some(summary) = consultation::unfinished(store, &link.patient, &entry.grid.id)? {
        return Ok(Arrival::Unfinished(summary));
    }
    consultation::begin(store, entry, link.mode, &link.patient).map(Arrival::Begun)
}

/// The question to continue an unfinished session, in words.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Offer {
    /// The unfinished session.
    pub session: i64,
    /// The grid, to begin anew.
    pub grid_id: String,
    /// The patient, to begin anew.
    pub patient: String,
    /// The mode the link asks for, to begin anew.
    pub mode: Mode,
    /// Heading.
    pub heading: String,
    /// Whose session on what, since when, at which step.
    pub text: String,
    /// The button that continues it.
    pub continue_label: String,
    /// The button that begins a new session.
    pub new_label: String,
}

/// The offer to continue `summary` (at `step`) for `link`'s patient on `entry`.
pub fn offer(
    entry: &Entry,
    link: &Link,
    summary: &SessionSummary,
    step: crate::session::Step,
    l10n: &Localizer,
) -> Offer {
    let condition = crate::view::pick(&entry.grid.condition.name, l10n.language(), &entry.grid);
    let started = summary
        .started_at
        .with_timezone(&chrono::Local)
        .format("%d-%m-%Y %H:%M")
        .to_string();
    Offer {
        session: summary.id.0,
        grid_id: entry.grid.id.clone(),
        patient: link.patient.clone(),
        mode: link.mode,
        heading: l10n.text("link-offer-heading"),
        text: l10n.format(
            "link-offer-text",
            &[
                ("patient", link.patient.clone()),
                ("condition", condition),
                ("started", started),
                ("step", l10n.text(step_message(step))),
            ],
        ),
        continue_label: l10n.text("link-offer-continue"),
        new_label: l10n.text("link-offer-new"),
    }
}

#[cfg(test)]
mod tests;
