//! Errors the window receives: always a readable message in the chosen language.

use serde::Serialize;

/// An error of a command, already phrased for the person at the screen.
#[derive(Debug, thiserror::Error, Serialize)]
#[error("{message}")]
pub struct AppError {
    /// Stable code, for tests and logs.
    pub code: &'static str,
    /// The message, in the chosen language.
    pub message: String,
}

impl AppError {
    /// An error with a code and a message.
    pub fn new(code: &'static str, message: String) -> Self {
        AppError { code, message }
    }
}
