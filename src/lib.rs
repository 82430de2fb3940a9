//! Keuzehulp: the core of a decision aid for shared decision-making (samen beslissen).
//!
//! Content (option grids written by guideline groups), the checker that judges it, the
//! language layer (Fluent messages, readability), the local records, and the view models that
//! the desktop window renders. No GUI code lives here.

pub mod bundle;
pub mod catalogue;
pub mod chart;
pub mod check;
pub mod consultation;
pub mod content;
pub mod deeplink;
pub mod entry;
pub mod export;
pub mod files;
pub mod language;
pub mod learning;
pub mod library;
pub mod placement;
pub mod records;
pub mod search;
pub mod session;
pub mod speech;
pub mod studio;
pub mod view;
