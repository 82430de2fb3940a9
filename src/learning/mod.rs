//! Learning from patients: what matters to them goes back to the guideline group, anonymous,
//! consented and offline.
//!
//! A patient may agree at the summary step that the anonymous answers of a session are shared
//! ([`crate::session::SessionEvent::ConsentGiven`]); the consent can be withdrawn later from
//! the patients overview. From the consented sessions of one grid and one month the app makes
//! a **contribution file** ([`Contribution`], built by [`build_contribution`]): counts only,
//! per content version and mode: how often each question was marked, how important each
//! aspect was, the choices (more time and deciding together included), the SURE answers. No
//! labels, no notes, no birth years, no dates finer than the month; every count under the
//! threshold ([`DEFAULT_THRESHOLD`]) is written as `"<5"`, and the file says so. The file is
//! signed with the installation's own ed25519 key (the one that seals session files,
//! [`crate::export::home_file::installation_key`]) and names its public key, so a guideline
//! group can tell installations apart and refuse duplicates without knowing who anyone is.
//!
//! The guideline group reads many files with `keuzekaart leren` ([`Merger`]): broken, tampered
//! and duplicate files are refused with the file and the field; the rest is merged per grid and
//! content version into a report ([`report_html`]) and a CSV file ([`merged_csv`]).
//!
//! Only sessions that began on this installation contribute: a session continued at home from
//! a session file is a copy of the clinic's, which contributes it once the answers are back.

mod build;
mod file;
mod merge;
mod report;

pub use build::{build_contribution, consented_periods, file_name, Period, SharedPeriod};
pub use file::{
    Block, Contribution, ContributionError, ContributionProblem, Count, SureCounts, FORMAT,
};
pub use merge::{merged_csv, Merged, Merger, Range, Tally, Version};
pub use report::report_html;

/// Counts under this are written as `"<5"`.
pub const DEFAULT_THRESHOLD: u32 = 5;
