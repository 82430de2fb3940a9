//! Diagnostics: what is wrong, where (file, line, column, field), and how bad.
//!
//! A diagnostic carries a message id and its arguments, not a sentence: the sentence comes from
//! the Fluent files in `locales/`, so authors read it in their own language.

use serde::Serialize;

use crate::content::source::Position;
use crate::language::Localizer;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Content should be fixed, but can be shown.
    Warning,
    /// Content must not be shown until this is fixed.
    Error,
}

/// One finding of the checker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, also the Fluent message id (`check-<code>`).
    pub code: &'static str,
    /// The file the finding is in.
    pub file: String,
    /// Line and column in that file.
    pub position: Position,
    /// Field path, e.g. `outcomes[0].values[1].numerator`.
    pub field: String,
    /// Arguments of the message.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in the localizer's language.
    pub fn message(&self, l10n: &Localizer) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        l10n.format(&format!("check-{}", self.code), &args)
    }

    /// One line like a compiler's: `file:line:column: error[code]: message (field)`.
    pub fn render(&self, l10n: &Localizer) -> String {
        let severity = match self.severity {
            Severity::Error => l10n.text("check-severity-error"),
            Severity::Warning => l10n.text("check-severity-warning"),
        };
        let field = if self.field.is_empty() {
            String::new()
        } else {
            format!(" [{}]", self.field)
        };
        format!(
            "{}:{}:{}: {}[{}]: {}{}",
            self.file,
            self.position.line,
            self.position.column,
            severity,
            self.code,
            self.message(l10n),
            field
        )
    }
}

/// Collects diagnostics for one file, placing each through the file's source map.
pub struct Findings<'a> {
    file: &'a str,
    map: &'a crate::content::source::SourceMap,
    /// What was found so far.
    pub list: Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    /// Start collecting for `file`.
    pub fn new(file: &'a str, map: &'a crate::content::source::SourceMap) -> Self {
        Findings {
            file,
            map,
            list: Vec::new(),
        }
    }

    /// Record an error at `field`.
    pub fn error(&mut self, code: &'static str, field: &str, args: &[(&'static str, &str)]) {
        self.push(Severity::Error, code, field, args);
    }

    /// Record a warning at `field`.
    pub fn warn(&mut self, code: &'static str, field: &str, args: &[(&'static str, &str)]) {
        self.push(Severity::Warning, code, field, args);
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        field: &str,
        args: &[(&'static str, &str)],
    ) {
        self.list.push(Diagnostic {
            severity,
            code,
            file: self.file.to_owned(),
            position: self.map.position(field),
            field: field.to_owned(),
            args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        });
    }
}
