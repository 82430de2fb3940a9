//! `keuzekaart`: the command-line tool for guideline groups. Checks option-grid files.

use std::process::ExitCode;

use keuzehulp::check::check_file;
use keuzehulp::language::{Language, Localizer};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let l10n = Localizer::new(
        Language::from_code(
            &std::env::var("LANG")
                .unwrap_or_default()
                .chars()
                .take(2)
                .collect::<String>(),
        )
        .unwrap_or_default(),
    );
    let today = chrono::Local::now().date_naive();
    let mut errors = 0;
    let mut warnings = 0;
    let files = args.iter().skip(1).collect::<Vec<_>>();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_default();
        let report = check_file(file, &bytes, today);
        for d in &report.diagnostics {
            println!("{}", d.render(&l10n));
        }
        errors += report.errors();
        warnings += report.warnings();
    }
    let n = |x: usize| x.to_string();
    println!(
        "{}",
        l10n.format(
            "check-summary",
            &[
                ("files", n(files.len())),
                ("errors", n(errors)),
                ("warnings", n(warnings))
            ]
        )
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
