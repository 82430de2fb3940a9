//! Fuzzing on stable, inside `cargo test` (bolero's test engine): the readers of everything
//! that comes from outside must refuse bad input with findings, never panic or hang.
//!
//! Each target starts from real files (the corpus of bad grids, the built-in content, a signed
//! bundle, a signature, a sealed session file, and every file in `tests/fuzz/corpus/<target>/`,
//! where found cases are kept) and applies random edits: bytes replaced, inserted, removed,
//! cut off, chunks repeated, and tokens of TOML and JSON inserted. Each target runs for
//! `KEUZEHULP_FUZZ_SECONDS` (default 2; `scripts/test.sh` gives 20 under CI); bolero's own
//! `BOLERO_RANDOM_SEED` replays a failure it reports.

use std::path::Path;
use std::time::Duration;

use chrono::{NaiveDate, Utc};
use keuzehulp::bundle::{self, DetachedSignature, Mode, PublicKey, SecretKey, TrustStore};
use keuzehulp::check::check_file;
use keuzehulp::export::home_file::{self, digest_of, HomeFile};
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::records::{SessionStart, Store};
use keuzehulp::session::{self, SessionEvent};

/// A list of edits, applied in order to a seed: (position, operation, byte).
type Edits = Vec<(u32, u8, u8)>;

const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"[",
    b"]",
    b"{",
    b"}",
    b"=",
    b",",
    b":",
    b"\n",
    b"\\",
    b"0",
    b"-1",
    b"1e999",
    b"18446744073709551616",
    b"null",
    b"true",
    b"[[",
    b"]]",
    b"\"\"\"",
    b"\\u0000",
    b"\\ud800",
    b"#",
    b"nl",
    b"en",
    b"\xff",
    b"\xc3",
    b"\xe2\x80\xae",
    b"2026-02-30",
    b"NaN",
    b"inf",
];

fn seconds() -> Duration {
    let secs = std::env::var("KEUZEHULP_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    Duration::from_secs(secs)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// Apply `edits` to `seed`.
fn mutate(seed: &[u8], edits: &[(u32, u8, u8)]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for &(pos, op, byte) in edits.iter().take(16) {
        let at = pos as usize % (b.len() + 1);
        match op % 6 {
            0 if at < b.len() => b[at] = byte,
            1 => b.insert(at, byte),
            2 if at < b.len() => {
                b.remove(at);
            }
            3 => b.truncate(at),
            4 => {
                let end = (at + byte as usize).min(b.len());
                let chunk = b[at..end].to_vec();
                b.splice(at..at, chunk);
            }
            _ => {
                let token = TOKENS[byte as usize % TOKENS.len()];
                b.splice(at..at, token.iter().copied());
            }
        }
    }
    b
}

/// Seeds of `target`: `extra` plus every file in `tests/fuzz/corpus/<target>/`.
fn seeds(target: &str, extra: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target);
    let mut seeds = extra;
    let mut kept: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    kept.sort();
    seeds.extend(kept.iter().map(|p| std::fs::read(p).unwrap()));
    seeds.push(Vec::new());
    seeds
}

fn toml_files(dir: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Every seed unchanged first (the regular corpus test), then random edits for a while.
fn fuzz(name: &str, seeds: &[Vec<u8>], target: impl Fn(&[u8])) {
    for seed in seeds {
        target(seed);
    }
    // A panic is the finding: what it leaves behind is not used again.
    let target = std::panic::AssertUnwindSafe(&target);
    let counter = std::sync::atomic::AtomicUsize::new(0);
    let runs = &counter;
    let started = std::time::Instant::now();
    bolero::check!()
        .with_type::<(u16, Edits)>()
        .with_test_time(seconds())
        .for_each(move |(pick, edits)| {
            let seed = &seeds[*pick as usize % seeds.len()];
            let whole = &target; // the wrapper, not its field (closures capture fields)
            (whole.0)(&mutate(seed, edits));
            runs.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
    eprintln!(
        "fuzz {name}: {} seeds, {} edited inputs in {:.1} s, no panic",
        seeds.len(),
        counter.into_inner(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn grid_checker_never_panics() {
    let mut extra = toml_files("tests/corpus/grids");
    extra.extend(toml_files("assets/content"));
    let l10n = Localizer::new(Language::Nl);
    fuzz("grid", &seeds("grid", extra), |bytes| {
        let report = check_file("fuzz.toml", bytes, today());
        for d in &report.diagnostics {
            // Every finding can be printed like a compiler's.
            let _ = d.render(&l10n);
        }
    });
}

fn built_bundle() -> Vec<u8> {
    let files: Vec<(String, String)> = Library::builtin_files()
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    bundle::build("Fuzzgroep", today(), &files, today())
        .unwrap()
        .0
}

#[test]
fn bundle_reader_never_panics() {
    let key = SecretKey::generate().unwrap();
    let mut trust = TrustStore::new();
    trust.trust("Fuzzgroep", key.public());
    let bundle = built_bundle();
    let signature = key
        .sign(&bundle, "timestamp:0\tfile:fuzz.json")
        .unwrap()
        .to_file_text();
    fuzz("bundle", &seeds("bundle", vec![bundle.clone()]), |bytes| {
        let _ = bundle::open("fuzz.json", bytes, None, &trust, Mode::Authoring, today());
        let _ = bundle::open(
            "fuzz.json",
            bytes,
            Some(signature.as_bytes()),
            &trust,
            Mode::Published,
            today(),
        );
    });
}

#[test]
fn signature_and_key_parsers_never_panic() {
    let key = SecretKey::generate().unwrap();
    let signature = key
        .sign(b"bundel", "timestamp:0\tfile:x.json")
        .unwrap()
        .to_file_text();
    // An encrypted secret key file as minisign writes it (cheap to make with a short password).
    let files = SecretKey::generate_files("fuzz").unwrap();
    let extra = vec![
        signature.into_bytes(),
        key.public().to_file_text().into_bytes(),
        files.secret.into_bytes(),
    ];
    let public = key.public();
    fuzz("signature", &seeds("signature", extra), |bytes| {
        if let Ok(signature) = DetachedSignature::parse(bytes) {
            let _ = public.verify(b"bundel", &signature);
        }
        let text = String::from_utf8_lossy(bytes);
        let _ = PublicKey::parse(&text);
        let _ = SecretKey::parse(&text, None);
    });
}

/// A session file from a real consultation on the built-in hernia grid.
fn session_file_text(library: &Library) -> String {
    let store = Store::in_memory().unwrap();
    let entry = library.get("liesbreuk").unwrap();
    let patient = store.add_patient("pat-fuzz", None).unwrap();
    let session = store
        .start_session(
            patient,
            &SessionStart::pinned_to(entry, session::Mode::Consultation),
        )
        .unwrap();
    let mut store = store;
    for event in [
        SessionEvent::RowMarked {
            question: "vastzitten".into(),
            marked: true,
        },
        SessionEvent::NoteWritten {
            text: "Ik til veel.".into(),
        },
    ] {
        store.record(session, &event).unwrap();
    }
    let key = home_file::SealKey::from_bytes(&[3; 32]);
    home_file::session_file(&store, session, &key, Utc::now())
        .unwrap()
        .to_text()
}

/// `bytes` as a session file, with the digest made fit again (as a patient can), so the
/// edits reach the parts behind it.
fn restamped(bytes: &[u8]) -> Option<String> {
    let mut v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let field = |k: &str| v.get(k).and_then(|f| f.as_str()).map(str::to_owned);
    let digest = digest_of(
        &field("format")?,
        &field("exported")?,
        &field("seal")?,
        &field("home_events")?,
    );
    v["digest"] = digest.into();
    Some(v.to_string())
}

#[test]
fn session_file_reader_never_panics() {
    let library = Library::builtin(today());
    let lookup = |id: &str| library.get(id).map(|e| (e.grid.clone(), e.sha256.clone()));
    let text = session_file_text(&library);
    if let Some(out) = std::env::var_os("KEUZEHULP_FUZZ_WRITE_SEED") {
        std::fs::write(out, &text).unwrap(); // to renew tests/fuzz/corpus/session-file/
    }
    let good: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The inner texts too, so edits land inside them.
    let exported = good["exported"].as_str().unwrap().as_bytes().to_vec();
    let home = good["home_events"].as_str().unwrap().as_bytes().to_vec();
    let seeds = seeds("session-file", vec![text.into_bytes(), exported, home]);
    fuzz("session-file", &seeds, |bytes| {
        let mut texts = vec![String::from_utf8_lossy(bytes).into_owned()];
        // An edit of an inner text, put back into the file with a fitting digest.
        for field in ["exported", "home_events"] {
            let mut v = good.clone();
            v[field] = String::from_utf8_lossy(bytes).into_owned().into();
            texts.extend(restamped(v.to_string().as_bytes()));
        }
        texts.extend(restamped(bytes));
        for text in texts {
            let Ok(file) = HomeFile::parse(&text) else {
                continue;
            };
            // What parses writes back to the same file.
            assert_eq!(HomeFile::parse(&file.to_text()).unwrap(), file);
            let mut store = Store::in_memory().unwrap();
            if let Ok((session, _)) = home_file::open_at_home(&mut store, &file, &lookup, None) {
                let key = home_file::SealKey::from_bytes(&[4; 32]);
                let back = home_file::session_file(&store, session, &key, Utc::now()).unwrap();
                HomeFile::parse(&back.to_text()).unwrap();
            }
        }
    });
}
