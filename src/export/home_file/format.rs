//! The session file's layout, the clinic's seal and the digest.
//!
//! Format 2 ([`FORMAT`]) is one JSON object:
//!
//! ```text
//! { "format": "keuzehulp-sessie/2", "exported": "<JSON text>", "seal": "<base64>",
//!   "home_events": "<JSON text>", "digest": "<hex>" }
//! ```
//!
//! `exported` and `home_events` hold JSON texts as strings, so both checks run over the exact
//! bytes stored in the file, never over a re-serialisation of parsed values: the clinic's
//! ed25519 seal covers the UTF-8 bytes of `exported`; the digest is SHA-256 over `format`,
//! `exported`, `seal` and `home_events`, each as its length (8 bytes, little-endian) followed
//! by its bytes. A JSON tool may re-format the file around those strings (whitespace, key
//! order, escapes) and it still opens; a change of any byte inside them, whitespace included,
//! breaks the seal or the digest.
//!
//! Format 1 (`keuzehulp-sessie/1`) sealed a re-serialisation of the parsed structs, which a
//! later serde_json or chrono may write differently, breaking every file out there. It is not
//! read any more: opening one gives [`HomeFileError::OldFormat`], which tells the patient to
//! ask the clinic for a new file. Nothing is lost: the clinic's record holds the consultation,
//! the home installation's record every answer given there.

use base64::Engine;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::HomeFileError;
use crate::session::SessionEvent;

/// The format of a session file this build writes and reads.
pub const FORMAT: &str = "keuzehulp-sessie/2";

/// The format of earlier builds, refused with [`HomeFileError::OldFormat`].
pub const OLD_FORMAT: &str = "keuzehulp-sessie/1";

/// A session file, with the exact texts its seal and digest cover.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeFile {
    exported: Exported,
    exported_text: String,
    seal: String,
    home_events: Vec<FileEvent>,
    home_events_text: String,
    digest: String,
}

/// The file as stored.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layout {
    format: String,
    exported: String,
    seal: String,
    home_events: String,
    digest: String,
}

/// The part of a session file the clinic exported and sealed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exported {
    /// A random id of this export.
    pub export_id: String,
    /// When it was exported.
    pub exported_at: DateTime<Utc>,
    /// The public key (base64) of the installation that sealed it.
    pub sealed_by: String,
    /// The patient's pseudonymous label.
    pub patient_label: String,
    /// The grid's id.
    pub grid_id: String,
    /// The grid's content version.
    pub content_version: String,
    /// SHA-256 (hex) of the grid file.
    pub content_sha256: String,
    /// The clinic's session id.
    pub session: i64,
    /// When the session started.
    pub session_started: DateTime<Utc>,
    /// Every event of the session, in order.
    pub events: Vec<FileEvent>,
}

/// One event in a session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEvent {
    /// Unique in the file and across round trips: `clinic-<row>` or `<home prefix>-<row>`.
    pub id: String,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
    /// What happened.
    pub event: SessionEvent,
}

/// The public key of `key`, base64, as in [`Exported::sealed_by`].
pub fn public_text(key: &SigningKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.verifying_key().to_bytes())
}

/// The digest of a file's fields, as stored (hex SHA-256). It has no secret: anyone can
/// compute it, which is why it only catches damage.
pub fn digest_of(format: &str, exported: &str, seal: &str, home_events: &str) -> String {
    let mut hash = Sha256::new();
    for part in [format, exported, seal, home_events] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn events_text(events: &[FileEvent]) -> String {
    serde_json::to_string(events).expect("plain data serializes")
}

fn shape(e: serde_json::Error) -> HomeFileError {
    HomeFileError::Shape {
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    }
}

impl HomeFile {
    /// A new file of `exported`, sealed with the clinic's `key`, without home events.
    pub fn sealed(exported: Exported, key: &SigningKey) -> HomeFile {
        let exported_text = serde_json::to_string(&exported).expect("plain data serializes");
        let seal = base64::engine::general_purpose::STANDARD
            .encode(key.sign(exported_text.as_bytes()).to_bytes());
        let mut file = HomeFile {
            exported,
            exported_text,
            seal,
            home_events: Vec::new(),
            home_events_text: String::new(),
            digest: String::new(),
        };
        file.append_home_events([]);
        file
    }

    /// What the clinic exported.
    pub fn exported(&self) -> &Exported {
        &self.exported
    }

    /// The exact text the clinic's seal covers.
    pub fn exported_text(&self) -> &str {
        &self.exported_text
    }

    /// Answers given at home, appended after the export.
    pub fn home_events(&self) -> &[FileEvent] {
        &self.home_events
    }

    /// Append answers given at home and compute the digest anew (the clinic's seal stays).
    pub fn append_home_events(&mut self, events: impl IntoIterator<Item = FileEvent>) {
        self.home_events.extend(events);
        self.home_events_text = events_text(&self.home_events);
        self.digest = digest_of(
            FORMAT,
            &self.exported_text,
            &self.seal,
            &self.home_events_text,
        );
    }

    /// Read a session file: JSON (with line and column when broken), the format, the shape,
    /// and the digest. The clinic's seal is checked by [`HomeFile::check_seal`].
    pub fn parse(text: &str) -> Result<HomeFile, HomeFileError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| HomeFileError::Json {
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            })?;
        let format = value.get("format").and_then(|f| f.as_str());
        match format {
            Some(FORMAT) => {}
            Some(OLD_FORMAT) => return Err(HomeFileError::OldFormat),
            _ => {
                return Err(HomeFileError::UnknownFormat(format.map_or_else(
                    || {
                        value
                            .get("format")
                            .map(|f| f.to_string())
                            .unwrap_or_default()
                    },
                    str::to_owned,
                )))
            }
        }
        let layout: Layout = serde_json::from_str(text).map_err(shape)?;
        let expected = digest_of(
            &layout.format,
            &layout.exported,
            &layout.seal,
            &layout.home_events,
        );
        if layout.digest != expected {
            return Err(HomeFileError::Damaged);
        }
        Ok(HomeFile {
            exported: serde_json::from_str(&layout.exported).map_err(shape)?,
            exported_text: layout.exported,
            seal: layout.seal,
            home_events: serde_json::from_str(&layout.home_events).map_err(shape)?,
            home_events_text: layout.home_events,
            digest: layout.digest,
        })
    }

    /// The file as text, pretty-printed, with the sealed texts exactly as they were.
    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(&Layout {
            format: FORMAT.to_owned(),
            exported: self.exported_text.clone(),
            seal: self.seal.clone(),
            home_events: self.home_events_text.clone(),
            digest: self.digest.clone(),
        })
        .expect("plain data serializes")
    }

    /// Whether `key` sealed this file (the public key in it is `key`'s).
    pub fn sealed_by(&self, key: &SigningKey) -> bool {
        self.exported.sealed_by == public_text(key)
    }

    /// Check the clinic's seal with its own key, over the exact bytes of `exported`.
    pub fn check_seal(&self, key: &SigningKey) -> Result<(), HomeFileError> {
        let signature = base64::engine::general_purpose::STANDARD
            .decode(&self.seal)
            .ok()
            .and_then(|b| Signature::from_slice(&b).ok())
            .ok_or(HomeFileError::Tampered)?;
        key.verifying_key()
            .verify(self.exported_text.as_bytes(), &signature)
            .map_err(|_| HomeFileError::Tampered)
    }
}
