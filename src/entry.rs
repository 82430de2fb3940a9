//! A grid the app can show, with where it came from: what the library, the bundles and the
//! catalogue hand each other. A leaf: it knows the content and nothing that holds entries.

use crate::content::diagnostic::Diagnostic;
use crate::content::OptionGrid;

/// Where a grid came from. The UI labels anything but built-in or signed content on every
/// screen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Compiled into the program: trusted as part of the binary.
    BuiltIn,
    /// From a bundle whose signature was made by a trusted publisher's key.
    Signed {
        /// The publisher's name in the trust store.
        publisher: String,
    },
    /// Not signed: opened in authoring mode only, while a guideline group writes content.
    Unsigned,
}

/// A grid the library holds, with where it came from.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The file name it was read from.
    pub file: String,
    /// Where it came from.
    pub origin: Origin,
    /// SHA-256 (hex) of the exact file, so a session can pin what the patient saw.
    pub sha256: String,
    /// The content, checked.
    pub grid: OptionGrid,
    /// Warnings the checker gave (errors keep a grid out of the library).
    pub warnings: Vec<Diagnostic>,
}
