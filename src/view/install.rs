//! Installing a bundle from the window: how far it is, in words and numbers the window shows
//! ("1.234 van 15.000 keuzekaarten gecontroleerd"), and how it ended.

use serde::Serialize;

use crate::catalogue::InstallProgress;
use crate::check::Diagnostic;
use crate::language::Localizer;

/// Where one install is: the shell keeps this while the install runs on its own thread.
#[derive(Debug, Clone, Default)]
pub struct InstallJob {
    /// The bundle's file, as the person named it.
    pub file: String,
    /// Grids checked and written so far; `None` while the bundle is read and verified.
    pub progress: Option<InstallProgress>,
    /// How it ended: the number of grids installed, or the findings that stopped it.
    pub outcome: Option<Result<usize, Vec<Diagnostic>>>,
}

/// What the window shows of an install.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct InstallView {
    /// Whether it still runs (the Cancel button shows).
    pub running: bool,
    /// The bundle's file.
    pub file: String,
    /// Grids checked so far and in all, for the progress bar (`total` 0 while reading).
    pub done: usize,
    /// Grids in the bundle.
    pub total: usize,
    /// The progress in words, or the outcome.
    pub message: String,
    /// Whether it ended with every grid installed.
    pub installed: bool,
    /// Why it was not installed, one finding a line.
    pub problems: Vec<String>,
}

/// The window's view of `job`.
pub fn install_view(job: &InstallJob, l10n: &Localizer) -> InstallView {
    let language = l10n.language();
    let (done, total) = job.progress.map_or((0, 0), |p| (p.done, p.total));
    let count = |n: usize| language.whole(n as u64);
    let (message, installed, problems) = match &job.outcome {
        None if job.progress.is_none() => (l10n.text("ui-install-reading"), false, Vec::new()),
        None => (
            l10n.format_texts(
                "ui-install-progress",
                &[("done", count(done)), ("total", count(total))],
            ),
            false,
            Vec::new(),
        ),
        Some(Ok(n)) => (
            l10n.format_texts(
                "ui-install-done",
                &[("count", count(*n)), ("file", job.file.clone())],
            ),
            true,
            Vec::new(),
        ),
        Some(Err(findings)) => {
            let cancelled = findings
                .iter()
                .any(|d| d.code == "catalogue-install-cancelled");
            let message = if cancelled {
                l10n.text("check-catalogue-install-cancelled")
            } else {
                l10n.format("ui-install-failed", &[("file", job.file.clone())])
            };
            let problems = if cancelled {
                Vec::new()
            } else {
                findings.iter().map(|d| d.render(l10n)).collect()
            };
            (message, false, problems)
        }
    };
    InstallView {
        running: job.outcome.is_none(),
        file: job.file.clone(),
        done,
        total,
        message,
        installed,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn job(done: usize, total: usize) -> InstallJob {
        InstallJob {
            file: "richtlijnen.json".into(),
            progress: Some(InstallProgress { done, total }),
            outcome: None,
        }
    }

    #[test]
    fn progress_counts_are_written_as_each_language_writes_numbers() {
        let view = install_view(&job(1234, 15_000), &Localizer::new(Language::Nl));
        assert_eq!(view.message, "1.234 van 15.000 keuzekaarten gecontroleerd");
        assert!(view.running && !view.installed);
        assert_eq!((view.done, view.total), (1234, 15_000));
        let en = install_view(&job(1234, 15_000), &Localizer::new(Language::En));
        assert!(
            en.message.contains("1,234") && en.message.contains("15,000"),
            "{}",
            en.message
        );
        let pl = install_view(&job(1234, 15_000), &Localizer::new(Language::Pl));
        assert!(pl.message.contains("15\u{a0}000"), "{}", pl.message);
    }

    #[test]
    fn a_cancelled_install_says_nothing_changed() {
        let mut cancelled = job(5, 8);
        cancelled.outcome = Some(Err(vec![Diagnostic {
            severity: crate::check::Severity::Error,
            code: "catalogue-install-cancelled",
            file: "catalogue.sqlite".into(),
            position: crate::content::source::Position { line: 1, column: 1 },
            field: String::new(),
            args: Vec::new(),
        }]));
        let view = install_view(&cancelled, &Localizer::new(Language::Nl));
        assert!(!view.running && !view.installed);
        assert!(view.message.contains("niets veranderd"), "{}", view.message);
        assert!(view.problems.is_empty());
    }
}
