//! The benchmarks' synthetic library is real content: its grids pass the checker, ids are
//! unique, and names, synonyms and complaints differ between modules.

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use keuzehulp::check::check_file;

#[test]
fn generated_grids_pass_the_checker() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let files = synthetic::library(24, 5);
    let mut ids = std::collections::BTreeSet::new();
    let mut names = std::collections::BTreeSet::new();
    for (name, text) in &files {
        let report = check_file(name, text.as_bytes(), today);
        let parsed = report
            .into_valid()
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(ids.insert(parsed.grid.id.clone()), "{name}: id repeated");
        names.insert(parsed.grid.condition.name["nl"].clone());
        assert!(parsed.grid.condition.complaints["nl"].len() >= 2);
        let guideline = parsed
            .grid
            .guideline
            .as_ref()
            .expect("a module of a guideline");
        assert!(guideline.id.starts_with("richtlijn-") && guideline.version == "1.0");
    }
    assert!(names.len() > 16, "names vary: {names:?}");
}
