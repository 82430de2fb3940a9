//! Signing with the stock `minisign` tool (Debian package `minisign`) and with `keuzekaart`,
//! in both directions, on real files: pre-hashed and legacy signatures, each program's keys in
//! the other, wrong passwords, a changed trusted comment and a changed bundle. Under `CI=true`
//! a missing `minisign` fails these tests; elsewhere they say they were skipped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use keuzehulp::bundle::{Mode, TrustStore};
use keuzehulp::catalogue::Catalogue;
use keuzehulp::library::Origin;

const PASSWORD: &str = "lang genoeg wachtwoord";

/// Whether the real `minisign` runs here; a missing one fails under CI=true.
fn minisign_installed() -> bool {
    let found = Command::new("minisign").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "minisign is not installed (apt-get install minisign)"
        );
        eprintln!("skipped: minisign is not installed (apt-get install minisign)");
    }
    found
}

/// Run a program in `dir` with `input` on standard input.
fn run(program: &str, dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    child.wait_with_output().expect("finishes")
}

fn minisign(dir: &Path, args: &[&str], input: &str) -> Output {
    run("minisign", dir, args, input)
}

fn keuzekaart(dir: &Path, args: &[&str]) -> Output {
    run(env!("CARGO_BIN_EXE_keuzekaart"), dir, args, "")
}

fn shown(output: &Output) -> String {
    format!(
        "exit {:?}\n{}{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn ok(output: Output) -> Output {
    assert!(output.status.success(), "{}", shown(&output));
    output
}

/// A temporary folder with `set.json`, a bundle of the built-in grids built by keuzekaart,
/// and a password file.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content");
    ok(keuzekaart(
        dir.path(),
        &["build", "--out", "set.json", content.to_str().unwrap()],
    ));
    std::fs::write(dir.path().join("password"), format!("{PASSWORD}\n")).unwrap();
    dir
}

/// `minisign -G`: a key pair `name.pub`/`name.key`, encrypted with [`PASSWORD`].
fn minisign_keygen(dir: &Path, name: &str) {
    let (public, secret) = (format!("{name}.pub"), format!("{name}.key"));
    ok(minisign(
        dir,
        &["-G", "-p", &public, "-s", &secret],
        &format!("{PASSWORD}\n{PASSWORD}\n"),
    ));
}

fn keuzekaart_verify(dir: &Path, public: &str) -> Output {
    keuzekaart(dir, &["verify", "--pub", public, "set.json"])
}

/// Install `set.json` with its signature into a fresh catalogue trusting `public`, as the app
/// does with `<data-dir>/trust/<publisher>.pub`.
fn install(dir: &Path, public: &str) -> Result<Vec<String>, Vec<String>> {
    let key = std::fs::read_to_string(dir.join(public)).unwrap();
    let trust = TrustStore::from_key_files(&[(public, &key)]).expect("trusted key reads");
    let bytes = std::fs::read(dir.join("set.json")).unwrap();
    let signature = std::fs::read(dir.join("set.json.minisig")).unwrap();
    let library = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::open(library.path()).expect("catalogue");
    let today = chrono::Local::now().date_naive();
    let installed = catalogue
        .install_bundle(
            "set.json",
            &bytes,
            Some(&signature),
            &trust,
            Mode::Published,
            today,
        )
        .map_err(|e| e.iter().map(|d| d.code.to_owned()).collect::<Vec<_>>())?;
    let publisher = public.strip_suffix(".pub").unwrap().to_owned();
    let entries = catalogue.entries().expect("entries");
    assert!(entries.iter().all(|e| e.origin
        == Origin::Signed {
            publisher: publisher.clone()
        }));
    Ok(installed)
}

fn signature_line(dir: &Path, index: usize) -> String {
    let text = std::fs::read_to_string(dir.join("set.json.minisig")).unwrap();
    text.lines().nth(index).expect("four lines").to_owned()
}

#[test]
fn a_bundle_signed_by_stock_minisign_verifies_and_installs() {
    if !minisign_installed() {
        return;
    }
    let dir = workspace();
    let d = dir.path();
    minisign_keygen(d, "groep");
    ok(minisign(
        d,
        &["-S", "-s", "groep.key", "-m", "set.json"],
        &format!("{PASSWORD}\n"),
    ));
    assert!(
        signature_line(d, 1).starts_with("RU"),
        "minisign's default is pre-hashed (ED)"
    );
    let verified = ok(keuzekaart_verify(d, "groep.pub"));
    assert!(
        String::from_utf8_lossy(&verified.stdout).contains("8 option grids have no errors"),
        "{}",
        shown(&verified)
    );
    assert_eq!(install(d, "groep.pub").expect("installs").len(), 8);
}

#[test]
fn a_legacy_minisign_signature_verifies_and_installs() {
    if !minisign_installed() {
        return;
    }
    let dir = workspace();
    let d = dir.path();
    minisign_keygen(d, "groep");
    ok(minisign(
        d,
        &["-S", "-l", "-s", "groep.key", "-m", "set.json"],
        &format!("{PASSWORD}\n"),
    ));
    assert!(
        signature_line(d, 1).starts_with("RW"),
        "legacy signature (Ed)"
    );
    ok(keuzekaart_verify(d, "groep.pub"));
    assert_eq!(install(d, "groep.pub").expect("installs").len(), 8);
}

#[test]
fn keuzekaart_keys_work_in_minisign_and_minisign_keys_in_keuzekaart() {
    if !minisign_installed() {
        return;
    }
    let dir = workspace();
    let d = dir.path();
    // keuzekaart's key and signature, checked by minisign.
    ok(keuzekaart(
        d,
        &["keygen", "--out", "ons", "--password-file", "password"],
    ));
    let secret = std::fs::read_to_string(d.join("ons.key")).unwrap();
    assert!(!secret.contains(PASSWORD));
    ok(keuzekaart(
        d,
        &[
            "sign",
            "--key",
            "ons.key",
            "--password-file",
            "password",
            "set.json",
        ],
    ));
    assert!(signature_line(d, 1).starts_with("RU"), "pre-hashed");
    let checked = ok(minisign(d, &["-V", "-p", "ons.pub", "-m", "set.json"], ""));
    assert!(
        String::from_utf8_lossy(&checked.stdout).contains("file:set.json"),
        "{}",
        shown(&checked)
    );
    ok(keuzekaart_verify(d, "ons.pub"));
    // minisign signs with keuzekaart's encrypted key.
    ok(minisign(
        d,
        &["-S", "-s", "ons.key", "-m", "set.json"],
        &format!("{PASSWORD}\n"),
    ));
    ok(keuzekaart_verify(d, "ons.pub"));

    // minisign's key, used by keuzekaart (password from standard input this time). keuzekaart
    // never overwrites a signature, so the one minisign wrote goes first.
    std::fs::remove_file(d.join("set.json.minisig")).expect("old signature removed");
    minisign_keygen(d, "hun");
    let signed = run(
        env!("CARGO_BIN_EXE_keuzekaart"),
        d,
        &[
            "sign",
            "--key",
            "hun.key",
            "--password-file",
            "-",
            "set.json",
        ],
        &format!("{PASSWORD}\n"),
    );
    ok(signed);
    ok(minisign(d, &["-V", "-p", "hun.pub", "-m", "set.json"], ""));
    ok(keuzekaart_verify(d, "hun.pub"));
}

#[test]
fn a_wrong_password_is_refused_with_a_message() {
    if !minisign_installed() {
        return;
    }
    let dir = workspace();
    let d = dir.path();
    minisign_keygen(d, "hun");
    ok(keuzekaart(
        d,
        &["keygen", "--out", "ons", "--password-file", "password"],
    ));
    std::fs::write(d.join("wrong"), "niet het wachtwoord\n").unwrap();
    for key in ["hun.key", "ons.key"] {
        let refused = keuzekaart(
            d,
            &["sign", "--key", key, "--password-file", "wrong", "set.json"],
        );
        assert_eq!(refused.status.code(), Some(2), "{}", shown(&refused));
        assert!(
            String::from_utf8_lossy(&refused.stderr)
                .contains(&format!("The password of {key} is wrong.")),
            "{}",
            shown(&refused)
        );
        assert!(!d.join("set.json.minisig").exists(), "nothing signed");
    }
    // minisign refuses a wrong password for keuzekaart's key too: it really is encrypted.
    let refused = minisign(
        d,
        &["-S", "-s", "ons.key", "-m", "set.json"],
        "niet het wachtwoord\n",
    );
    assert!(!refused.status.success(), "{}", shown(&refused));
    // Without a terminal and without --password-file, keuzekaart says what to do.
    let refused = keuzekaart(d, &["sign", "--key", "ons.key", "set.json"]);
    assert_eq!(refused.status.code(), Some(2), "{}", shown(&refused));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--password-file"),
        "{}",
        shown(&refused)
    );
}

#[test]
fn a_changed_trusted_comment_or_bundle_is_refused() {
    if !minisign_installed() {
        return;
    }
    let dir = workspace();
    let d = dir.path();
    minisign_keygen(d, "groep");
    ok(minisign(
        d,
        &[
            "-S",
            "-s",
            "groep.key",
            "-t",
            "versie 1 van de groep",
            "-m",
            "set.json",
        ],
        &format!("{PASSWORD}\n"),
    ));
    ok(keuzekaart_verify(d, "groep.pub"));
    let signature: PathBuf = d.join("set.json.minisig");
    let original = std::fs::read_to_string(&signature).unwrap();

    std::fs::write(&signature, original.replace("versie 1", "versie 2")).unwrap();
    let refused = keuzekaart_verify(d, "groep.pub");
    assert_eq!(refused.status.code(), Some(1), "{}", shown(&refused));
    let text = String::from_utf8_lossy(&refused.stdout);
    assert!(
        text.contains("bundle-signature-comment-changed")
            && text.contains("The trusted comment of the signature was changed after signing."),
        "{}",
        shown(&refused)
    );
    assert!(
        !minisign(d, &["-V", "-p", "groep.pub", "-m", "set.json"], "")
            .status
            .success()
    );
    assert_eq!(
        install(d, "groep.pub"),
        Err(vec!["bundle-signature-comment-changed".to_owned()])
    );

    std::fs::write(&signature, &original).unwrap();
    let mut bytes = std::fs::read(d.join("set.json")).unwrap();
    bytes.push(b'\n');
    std::fs::write(d.join("set.json"), bytes).unwrap();
    let refused = keuzekaart_verify(d, "groep.pub");
    assert_eq!(refused.status.code(), Some(1), "{}", shown(&refused));
    assert!(
        String::from_utf8_lossy(&refused.stdout).contains("bundle-signature-mismatch"),
        "{}",
        shown(&refused)
    );
    assert_eq!(
        install(d, "groep.pub"),
        Err(vec!["bundle-signature-mismatch".to_owned()])
    );
}
