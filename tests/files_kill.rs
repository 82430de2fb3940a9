//! `kill -9` in the middle of writing leaves either no file or the whole file under the final
//! name, for each way the app and the CLI write (`keuzehulp::files`: new, numbered, replaced).
//!
//! The test runs this test binary again as a child that writes large files in a loop
//! ([`write_loop`], ignored in normal runs), kills it with SIGKILL at random moments, and then
//! looks at every file in the folder.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use keuzehulp::files::{self, Access};

const SIZE: usize = 6 << 20;

/// The bytes of file number `n`: recognisable, so a torn or mixed file is seen.
fn payload(n: u8) -> Vec<u8> {
    let mut bytes = vec![n; SIZE];
    bytes[..8].copy_from_slice(b"KEUZEHLP");
    bytes[SIZE - 8..].copy_from_slice(b"WHOLEEND");
    bytes
}

/// The child: writes until it is killed. Run only by the test below.
#[test]
#[ignore = "child process of kill_9_while_writing_leaves_no_partial_file"]
fn write_loop() {
    let Some(dir) = std::env::var_os("KEUZEHULP_WRITE_LOOP_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    for n in 0u8.. {
        let bytes = payload(n % 4);
        files::write_numbered(dir, "samenvatting.pdf", &bytes, Access::Private).unwrap();
        files::write_new(
            &dir.join(format!("bundel-{n}.json")),
            &bytes,
            Access::Public,
        )
        .unwrap();
        files::replace(&dir.join("index.json"), &bytes, Access::Public).unwrap();
    }
}

fn random_below(n: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    u64::from_le_bytes(b) % n
}

#[test]
fn kill_9_while_writing_leaves_no_partial_file() {
    let whole: Vec<Vec<u8>> = (0..4).map(payload).collect();
    let (mut files_seen, mut temporaries) = (0, 0);
    for round in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "write_loop", "--test-threads=1"])
            .env("KEUZEHULP_WRITE_LOOP_DIR", dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(150 + random_below(600)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with(".keuzehulp-") && name.ends_with(".tmp") {
                temporaries += 1;
                continue;
            }
            files_seen += 1;
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                whole.contains(&bytes),
                "round {round}: {name} is not a whole file ({} bytes)",
                bytes.len()
            );
            #[cfg(unix)]
            if name.starts_with("samenvatting") {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(&path).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "{name}");
            }
        }
    }
    eprintln!(
        "kill -9 in 10 rounds: {files_seen} whole files, {temporaries} hidden temporaries \
         left by a write cut off, no partial file under a final name"
    );
    assert!(
        files_seen > 0,
        "the child wrote nothing before it was killed"
    );
}
