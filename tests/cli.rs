//! The `keuzekaart` tool as guideline groups run it: real processes, real files, exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn keuzekaart(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_keuzekaart"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("keuzekaart runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn builtin_content_checks_clean() {
    let out = keuzekaart(root(), &["check", "assets/content"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn errors_and_warnings_are_separated_and_set_the_exit_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, text) = keuzehulp::library::Library::builtin_files()[0];
    // One error (a citation that resolves nowhere) and one warning (a long sentence).
    let broken = text
        .replacen("sources = [\"", "sources = [\"no-such-source\", \"", 1)
        .replacen(
            "description.en = \"",
            "description.en = \"This sentence goes on and on with many small words so that it is far longer than twenty words in total for sure. ",
            1,
        );
    std::fs::write(dir.path().join("grid.toml"), broken).expect("write");
    let out = keuzekaart(dir.path(), &["check", "grid.toml"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let (errors, warnings) = (
        text.find("Errors:").unwrap(),
        text.find("Warnings:").unwrap(),
    );
    assert!(errors < warnings, "{text}");
    assert!(text.contains("error[citation-unresolved]"), "{text}");
    assert!(
        text.contains("warning[readability-long-sentence]"),
        "{text}"
    );

    let only_warning = keuzehulp::library::Library::builtin_files()[0].1.replacen(
        "description.en = \"",
        "description.en = \"This sentence goes on and on with many small words so that it is far longer than twenty words in total for sure. ",
        1,
    );
    std::fs::write(dir.path().join("grid.toml"), only_warning).expect("write");
    assert_eq!(
        keuzekaart(dir.path(), &["check", "grid.toml"])
            .status
            .code(),
        Some(0)
    );
    let denied = keuzekaart(dir.path(), &["check", "--deny-warnings", "grid.toml"]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn wrong_use_exits_2_with_usage() {
    for args in [
        &[][..],
        &["preview", "x.toml"],
        &["check", "--frobnicate", "x.toml"],
        &["check"],
        &["build", "assets/content"],
        &["sign", "--key"],
    ] {
        let out = keuzekaart(root(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("error: ") && err.contains("Usage:"),
            "{args:?}: {err}"
        );
    }
    let missing = keuzekaart(root(), &["check", "no/such/file.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    let help = keuzekaart(root(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("keuzekaart verify --pub"));
}

#[test]
fn dutch_is_the_default_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_keuzekaart"))
        .args(["check", "assets/content"])
        .current_dir(root())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs");
    assert!(stdout(&out).contains("gecontroleerd"), "{}", stdout(&out));
}

#[test]
fn schema_command_writes_the_committed_schema() {
    let out = keuzekaart(root(), &["schema"]);
    let committed = std::fs::read_to_string(root().join("schema/keuzekaart.schema.json")).unwrap();
    assert_eq!(stdout(&out), committed);
}

#[test]
fn build_keygen_sign_verify_round_trip() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = root().join("assets/content").display().to_string();
    let d = dir.path();
    std::fs::write(d.join("password"), "een wachtwoord\n").unwrap();
    assert_eq!(
        keuzekaart(d, &["build", "--out", "set.json", &content])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        keuzekaart(
            d,
            &["keygen", "--out", "groep", "--password-file", "password"]
        )
        .status
        .code(),
        Some(0)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("groep.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = keuzekaart(
        d,
        &["keygen", "--out", "groep", "--password-file", "password"],
    );
    assert_eq!(again.status.code(), Some(2), "keygen must not overwrite");
    assert_eq!(
        keuzekaart(
            d,
            &[
                "sign",
                "--key",
                "groep.key",
                "--password-file",
                "password",
                "set.json"
            ]
        )
        .status
        .code(),
        Some(0)
    );
    let ok = keuzekaart(d, &["verify", "--pub", "groep.pub", "set.json"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));

    let mut bytes = std::fs::read(d.join("set.json")).unwrap();
    bytes.push(b' ');
    std::fs::write(d.join("set.json"), bytes).unwrap();
    let tampered = keuzekaart(d, &["verify", "--pub", "groep.pub", "set.json"]);
    assert_eq!(tampered.status.code(), Some(1));
    assert!(
        stdout(&tampered).contains("bundle-signature-mismatch"),
        "{}",
        stdout(&tampered)
    );
}

#[test]
fn preview_writes_the_grid_as_the_app_shows_it_and_refuses_broken_grids() {
    let dir = tempfile::tempdir().expect("temp dir");
    let grid = root().join("assets/content/knie.toml");
    let out = dir.path().join("knie.html");
    let run = keuzekaart(
        dir.path(),
        &[
            "preview",
            "--lang",
            "nl",
            "--out",
            out.to_str().unwrap(),
            grid.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    let html = std::fs::read_to_string(&out).expect("preview written");
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("Oefentherapie") && html.contains("Kijkoperatie"));
    assert!(html.contains("<svg"), "charts in the preview");

    let broken = dir.path().join("kapot.toml");
    std::fs::write(&broken, "format = 1\nid = \"kapot\"\n").unwrap();
    let refused = dir.path().join("kapot.html");
    let run = keuzekaart(
        dir.path(),
        &[
            "preview",
            "--out",
            refused.to_str().unwrap(),
            broken.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(1), "{}", stdout(&run));
    assert!(stdout(&run).contains("No preview made"), "{}", stdout(&run));
    assert!(!refused.exists());

    let run = keuzekaart(
        dir.path(),
        &["preview", "--out", "x.html", "--lang", "fr", "a.toml"],
    );
    assert_eq!(run.status.code(), Some(2));
}

#[test]
fn a_shown_figure_changed_without_its_source_data_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(root().join("assets/content/liesbreuk.toml")).unwrap();
    let changed = text.replacen(
        "option = \"afwachten\"\nnumerator = 5\n",
        "option = \"afwachten\"\nnumerator = 8\n",
        1,
    );
    assert_ne!(changed, text, "the figure to change is in the grid");
    let line = changed[..changed.find("numerator = 8").unwrap()]
        .lines()
        .count()
        + 1;
    std::fs::write(dir.path().join("liesbreuk.toml"), &changed).unwrap();
    let out = keuzekaart(dir.path(), &["check", "liesbreuk.toml"]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains(&format!(
            "liesbreuk.toml:{line}:13: error[source-figure-mismatch]"
        )),
        "{report}"
    );
    assert!(report.contains("that gives 5 out of 100"), "{report}");
    // The sentence in the grid that still says 5 of 100 now contradicts the outcome.
    assert!(
        report.contains("error[text-number-contradicts]"),
        "{report}"
    );
}

#[test]
fn the_evidence_table_lists_every_figure_with_what_its_source_reports() {
    let out = keuzekaart(
        root(),
        &["evidence", "--lang", "en", "assets/content/liesbreuk.toml"],
    );
    let table = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{table}");
    assert!(table.starts_with("# Evidence table: Inguinal hernia (liesbreuk)"));
    assert!(
        table.contains("| 5 out of 100, after 2 years | 5.1% of 364 |"),
        "{table}"
    );
    assert!(table.contains("1.8 per 1000 per 1 year"), "{table}");
}
