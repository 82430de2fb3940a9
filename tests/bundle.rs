//! Bundles and the catalogue, end to end on real files: build from the built-in grids, sign
//! with a throwaway key, verify (the stock `minisign` tool: `tests/minisign.rs`), install
//! into a catalogue in a temporary directory, open again, and load grids lazily.

mod common;

use keuzehulp::bundle::{self, Mode, SecretKey, TrustStore};
use keuzehulp::catalogue::Catalogue;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::{Library, Origin};

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn builtin_files() -> Vec<(String, String)> {
    Library::builtin_files()
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect()
}

fn built() -> Vec<u8> {
    bundle::build("Testgroep", today(), &builtin_files(), today())
        .expect("built-in grids build")
        .0
}

fn trusting(key: &SecretKey) -> TrustStore {
    let mut trust = TrustStore::new();
    trust.trust("testgroep", key.public());
    trust
}

fn codes(found: &[keuzehulp::check::Diagnostic]) -> Vec<&str> {
    found.iter().map(|d| d.code).collect()
}

#[test]
fn signed_bundle_of_builtin_grids_opens_with_every_grid() {
    let key = SecretKey::generate().expect("random");
    let bytes = built();
    let signature = key
        .sign(&bytes, "timestamp:0 file:set.json")
        .expect("signs")
        .to_file_text();
    let opened = bundle::open(
        "set.json",
        &bytes,
        Some(signature.as_bytes()),
        &trusting(&key),
        Mode::Published,
        today(),
    )
    .expect("opens");
    assert_eq!(opened.grids.len(), Library::builtin_files().len());
    assert_eq!(
        opened.origin,
        Origin::Signed {
            publisher: "testgroep".into()
        }
    );
    assert_eq!(opened.manifest.publisher, "Testgroep");
}

#[test]
fn unsigned_bundle_opens_only_in_authoring_mode() {
    let bytes = built();
    let trust = TrustStore::new();
    let refused = bundle::open("set.json", &bytes, None, &trust, Mode::Published, today());
    assert_eq!(codes(&refused.unwrap_err()), ["bundle-unsigned"]);
    let opened = bundle::open("set.json", &bytes, None, &trust, Mode::Authoring, today())
        .expect("authoring mode");
    assert_eq!(opened.origin, Origin::Unsigned);
    let (name, text) = Library::builtin_files()[0];
    assert!(bundle::open_unsigned_grid(name, text.as_bytes(), Mode::Published, today()).is_err());
    let entry = bundle::open_unsigned_grid(name, text.as_bytes(), Mode::Authoring, today())
        .expect("authoring");
    assert_eq!(entry.origin, Origin::Unsigned);
}

#[test]
fn a_grid_with_errors_stops_the_build() {
    let mut files = builtin_files();
    files[1].1 = files[1].1.replacen("format = 2", "format = 7", 1);
    let errors = bundle::build("Testgroep", today(), &files, today()).unwrap_err();
    assert_eq!(codes(&errors), ["format-unsupported"]);
    assert_eq!(errors[0].file, files[1].0);
}

#[test]
fn catalogue_installs_once_and_loads_grids_on_demand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SecretKey::generate().expect("random");
    let trust = trusting(&key);
    let bytes = built();
    let signature = key
        .sign(&bytes, "timestamp:0")
        .expect("signs")
        .to_file_text();
    let catalogue = Catalogue::open(dir.path()).expect("empty catalogue");
    assert_eq!(catalogue.count(), Ok(0));
    let ids = catalogue
        .install_bundle(
            "set.json",
            &bytes,
            Some(signature.as_bytes()),
            &trust,
            Mode::Published,
            today(),
        )
        .expect("installs");
    assert_eq!(ids.len(), Library::builtin_files().len());

    // Start-up: only a count and a page of the index are read.
    let reopened = Catalogue::open(dir.path()).expect("reopens");
    assert_eq!(reopened.count(), Ok(ids.len()));
    assert_eq!(reopened.entries(), catalogue.entries());
    let entries = reopened.entries().expect("entries");
    let first = &entries[0];
    assert!(first.name.contains_key("nl") && first.question.contains_key("nl"));
    let entry = reopened.load(&first.id, today()).expect("loads");
    assert_eq!(entry.grid.id, first.id);
    assert!(matches!(entry.origin, Origin::Signed { .. }));

    // Installing again replaces, it does not duplicate.
    catalogue
        .install_bundle(
            "set.json",
            &bytes,
            Some(signature.as_bytes()),
            &trust,
            Mode::Published,
            today(),
        )
        .expect("installs again");
    assert_eq!(catalogue.count(), Ok(ids.len()));
}

#[test]
fn a_grid_text_changed_on_disk_is_refused_when_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = built();
    let catalogue = Catalogue::open(dir.path()).expect("catalogue");
    catalogue
        .install_bundle(
            "set.json",
            &bytes,
            None,
            &TrustStore::new(),
            Mode::Authoring,
            today(),
        )
        .expect("installs in authoring mode");
    let entry = catalogue.entries().expect("entries")[0].clone();
    let db = rusqlite::Connection::open(catalogue.path()).expect("the catalogue file");
    db.execute(
        "UPDATE grid_text SET text = text || '\n# changed\n' WHERE sha256 = ?1",
        [&entry.sha256],
    )
    .expect("tamper");
    let refused = catalogue.load(&entry.id, today()).unwrap_err();
    assert_eq!(codes(&refused), ["catalogue-hash-mismatch"]);
    let message = refused[0].render(&Localizer::new(Language::Nl));
    assert!(message.contains("veranderd na installatie"), "{message}");
    assert_eq!(
        codes(&catalogue.load("no-such-grid", today()).unwrap_err()),
        ["catalogue-grid-unknown"]
    );
}

#[test]
fn a_refused_bundle_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SecretKey::generate().expect("random");
    let mut bytes = built();
    let signature = key.sign(&bytes, "").expect("signs").to_file_text();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    let catalogue = Catalogue::open(dir.path()).expect("catalogue");
    let refused = catalogue
        .install_bundle(
            "set.json",
            &bytes,
            Some(signature.as_bytes()),
            &trusting(&key),
            Mode::Published,
            today(),
        )
        .unwrap_err();
    assert_eq!(codes(&refused), ["bundle-signature-mismatch"]);
    assert_eq!(catalogue.count(), Ok(0));
}

#[test]
fn a_damaged_index_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("catalogue.sqlite"), b"{\"format\": 3").expect("write");
    let refused = Catalogue::open(dir.path()).unwrap_err();
    assert_eq!(codes(&refused), ["catalogue-index-corrupt"]);

    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::open(dir.path()).expect("catalogue");
    let db = rusqlite::Connection::open(catalogue.path()).expect("the catalogue file");
    db.execute(
        "INSERT INTO entry (id, version, status, origin, name, synonyms, complaints, question, \
         source_file, sha256) VALUES ('x', '1', '\"example\"', '\"unsigned\"', '{}', '{}', '{}', \
         '{}', 'x.toml', ?1)",
        [format!("../../etc/passwd{}", "x".repeat(48))],
    )
    .expect("insert");
    assert_eq!(
        codes(&catalogue.load("x", today()).unwrap_err()),
        ["catalogue-index-corrupt"]
    );
}
