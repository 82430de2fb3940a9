//! The hostile corpus: broken and hostile content files and bundles in `tests/corpus/`, each
//! with a sidecar `<case>.expect` listing the diagnostics it must produce (severity, code,
//! line:column, field). Every case must be refused cleanly: no panic, no hang, no partial load.
//! Cases that need keys (tampered bundle, unknown signer, truncated signature) or megabytes
//! (a huge file) are made here, with throwaway keys.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use keuzehulp::bundle::{self, Bundle, Mode, SecretKey, TrustStore};
use keuzehulp::check::{check_file, Diagnostic};
use keuzehulp::content::parse::MAX_FILE_BYTES;
use keuzehulp::library::Library;

/// Generous bound that only a hang can exceed; this is a guard, not a timing claim.
const HANG_GUARD: Duration = Duration::from_secs(60);

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")
}

/// Run `work` on its own thread; fail the test if it panics or does not finish.
fn guarded<T: Send + 'static>(case: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = send.send(work());
    });
    match receive.recv_timeout(HANG_GUARD) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{case}: did not finish (hang)"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let _ = handle.join();
            panic!("{case}: panicked")
        }
    }
}

fn corpus(kind: &str, extension: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {kind} cases");
    files
}

/// `severity code line:column field` lines of a sidecar, sorted.
fn expected(case: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(case.with_extension("expect"))
        .unwrap_or_else(|_| panic!("{} has no .expect sidecar", case.display()));
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

fn described(found: &[Diagnostic]) -> Vec<String> {
    let mut lines: Vec<String> = found
        .iter()
        .map(|d| {
            let severity = if d.is_error() { "error" } else { "warning" };
            let field = if d.field.is_empty() { "-" } else { &d.field };
            let (line, column) = (d.position.line, d.position.column);
            format!("{severity} {} {line}:{column} {field}", d.code)
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn every_hostile_grid_file_is_refused_with_its_expected_diagnostics() {
    for case in corpus("grids", "toml") {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&case).expect("read case");
        let label = name.clone();
        let report = guarded(&name, move || check_file(&label, &bytes, today()));
        assert!(report.errors() > 0, "{name} was not refused");
        assert_eq!(described(&report.diagnostics), expected(&case), "{name}");
        assert!(report.diagnostics.iter().all(|d| d.file == name));
        assert!(report.into_valid().is_err(), "{name} loaded");
    }
}

#[test]
fn every_hostile_bundle_file_is_refused_with_its_expected_diagnostics() {
    for case in corpus("bundles", "json") {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&case).expect("read case");
        let label = name.clone();
        let result = guarded(&name, move || {
            bundle::open(
                &label,
                &bytes,
                None,
                &TrustStore::new(),
                Mode::Authoring,
                today(),
            )
        });
        let errors = result.expect_err(&name);
        assert_eq!(described(&errors), expected(&case), "{name}");
    }
}

#[test]
fn a_huge_file_is_refused_before_parsing() {
    let mut huge = b"format = 2\n# ".to_vec();
    huge.resize(MAX_FILE_BYTES + 1, b'x');
    let report = guarded("huge", move || check_file("huge.toml", &huge, today()));
    assert_eq!(
        described(&report.diagnostics),
        ["error file-too-large 1:1 -"]
    );
}

/// A real bundle of the built-in grids, signed with a throwaway key.
fn signed_bundle() -> (SecretKey, Vec<u8>, String) {
    let files: Vec<(String, String)> = Library::builtin_files()
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    let (bytes, _) = bundle::build("Testgroep", today(), &files, today()).expect("build");
    let key = SecretKey::generate().expect("random");
    let signature = key
        .sign(&bytes, "timestamp:0\tfile:set.json")
        .expect("signs")
        .to_file_text();
    (key, bytes, signature)
}

fn open_published(bytes: Vec<u8>, signature: String, trust: TrustStore) -> Vec<Diagnostic> {
    let opened = guarded("bundle", move || {
        bundle::open(
            "set.json",
            &bytes,
            Some(signature.as_bytes()),
            &trust,
            Mode::Published,
            today(),
        )
    });
    match opened {
        Ok(_) => panic!("the bundle must be refused"),
        Err(errors) => errors,
    }
}

fn trusting(key: &SecretKey) -> TrustStore {
    let mut trust = TrustStore::new();
    trust.trust("testgroep", key.public());
    trust
}

#[test]
fn a_tampered_bundle_is_refused() {
    let (key, bytes, signature) = signed_bundle();
    let text = String::from_utf8(bytes)
        .unwrap()
        .replacen("19 van de 100", "1 van de 100", 1);
    let errors = open_published(text.into_bytes(), signature, trusting(&key));
    assert_eq!(
        described(&errors),
        ["error bundle-signature-mismatch 1:1 -"]
    );
    assert_eq!(errors[0].file, "set.json");
}

#[test]
fn a_bundle_from_an_unknown_signer_is_refused() {
    let (key, bytes, signature) = signed_bundle();
    let stranger = SecretKey::generate().expect("random");
    let errors = open_published(bytes, signature, trusting(&stranger));
    assert_eq!(described(&errors), ["error bundle-signer-unknown 1:1 -"]);
    assert_eq!(errors[0].args, [("key", key.id().grouped())]);
}

#[test]
fn a_truncated_or_garbled_signature_is_refused() {
    let (key, bytes, signature) = signed_bundle();
    for cut in [0, 10, signature.len() / 2, signature.len() - 10] {
        let errors = open_published(bytes.clone(), signature[..cut].to_owned(), trusting(&key));
        assert_eq!(
            described(&errors),
            ["error bundle-signature-malformed 1:1 -"],
            "cut {cut}"
        );
    }
    let garbled = signature.replacen("\ntrusted comment: ", "\ntrusted comment: x", 1);
    let errors = open_published(bytes, garbled, trusting(&key));
    assert_eq!(
        described(&errors),
        ["error bundle-signature-comment-changed 1:1 -"]
    );
}

#[test]
fn a_signed_bundle_with_a_broken_grid_is_refused_whole() {
    let broken =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/grids/denominator-mismatch.toml");
    let broken_text = std::fs::read_to_string(&broken).expect("case");
    let (good_name, good_text) = Library::builtin_files()[0];
    let parts = vec![
        (
            good_name.into(),
            good_text.into(),
            "enkelbreuk".into(),
            "0.1.0".into(),
        ),
        (
            "liesbreuk.toml".into(),
            broken_text,
            "liesbreuk".into(),
            "0.2.0".into(),
        ),
    ];
    let bytes = Bundle::compose("Testgroep", today(), parts).to_bytes();
    let key = SecretKey::generate().expect("random");
    let signature = key.sign(&bytes, "").expect("signs").to_file_text();
    let errors = open_published(bytes, signature, trusting(&key));
    assert_eq!(described(&errors), expected(&broken));
    assert_eq!(errors[0].file, "set.json#liesbreuk.toml");
}

#[test]
fn every_refusal_has_a_message_in_both_languages() {
    use keuzehulp::language::{Language, Localizer};
    let (key, bytes, signature) = signed_bundle();
    let mut all = open_published(bytes.clone(), signature[..20].to_owned(), trusting(&key));
    all.extend(open_published(bytes, signature, TrustStore::new()));
    for case in corpus("bundles", "json") {
        let bytes = std::fs::read(&case).unwrap();
        all.extend(
            bundle::open(
                "b.json",
                &bytes,
                None,
                &TrustStore::new(),
                Mode::Authoring,
                today(),
            )
            .unwrap_err(),
        );
    }
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        for d in &all {
            let message = d.message(&l10n);
            assert!(!message.starts_with('['), "no message for {}", d.code);
            assert!(!message.contains("{ $"), "{message}");
        }
    }
}
