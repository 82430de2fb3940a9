//! Option-grid content: the model guideline groups write, and reading it from files.

pub mod diagnostic;
pub mod model;
pub mod parse;
pub mod reported;
pub mod schema;
pub mod source;
pub mod wording;

pub use model::*;
pub use parse::{parse_grid, ParsedGrid};
