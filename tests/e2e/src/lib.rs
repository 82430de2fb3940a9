//! Harness for end-to-end tests: a virtual display (Xvfb), tauri-driver in front of
//! WebKitWebDriver, and the real app binary with its own temporary data directory.
//!
//! Each [`Harness`] owns its processes and directories and stops them when dropped, so tests
//! can run side by side without sharing state.

pub mod page;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the workspace's `target/` directory is.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
}

/// The app binary under test: `KEUZEHULP_APP`, else `target/debug/keuzehulp`.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("KEUZEHULP_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/keuzehulp"));
    assert!(
        path.exists(),
        "app binary {} not found: build it first with `cargo build -p keuzehulp-app` \
         (scripts/test.sh does this)",
        path.display()
    );
    std::fs::canonicalize(path).expect("app binary path")
}

/// Folder for screenshots that a person should look at.
pub fn screenshot_dir() -> PathBuf {
    let dir = target_dir().join("e2e-screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// Programs the harness runs, with the Debian package (or install command) of each.
const HARNESS_TOOLS: [(&str, &str); 5] = [
    ("Xvfb", "xvfb"),
    ("dbus-run-session", "dbus"),
    ("tauri-driver", "`cargo install tauri-driver --locked`"),
    ("WebKitWebDriver", "webkit2gtk-driver"),
    ("import", "imagemagick"),
];

/// Fail the test when the program `tool` is not on the PATH, naming it and `package`, the
/// Debian package (or command) that installs it.
///
/// End-to-end tests never skip, in CI or elsewhere: without its tools there is no test of the
/// real window, and a pass would claim one.
pub fn require_tool(tool: &str, package: &str) {
    use std::os::unix::fs::PermissionsExt;
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            std::fs::metadata(dir.join(tool))
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    });
    assert!(
        found,
        "{tool} is not installed (install {package}; scripts/setup-debian.sh does): \
         this end-to-end test cannot run without it"
    );
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// A child process killed (with its process group) when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        // The driver starts WebKitWebDriver and the app in its own process group: end the
        // group. Signal it directly: procps `kill -TERM -PID` was seen to signal -1 (every
        // process of the user), which took the whole machine session down.
        if let Ok(pid) = libc::pid_t::try_from(self.0.id()) {
            if pid > 1 {
                // SAFETY: kill(2) with a negative pid signals that process group only.
                unsafe { libc::kill(-pid, libc::SIGTERM) };
            }
        }
        // A moment to end on SIGTERM, so Xvfb and the driver clean up after themselves; then
        // SIGKILL.
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline && matches!(self.0.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A virtual display and a WebDriver endpoint that starts the app.
pub struct Harness {
    /// WebDriver URL of tauri-driver.
    pub webdriver_url: String,
    /// The app's data directory for this harness.
    pub data_dir: tempfile::TempDir,
    /// Display name, e.g. `:99`.
    pub display: String,
    driver: Option<Guard>,
    xvfb: Option<Guard>,
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

/// The display of the harness that runs now, for screenshots.
static DISPLAY: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// The X display the app under test draws on.
pub fn current_display() -> String {
    DISPLAY.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Held by every harness: two WebKit sessions side by side on the machine's two cores made the
/// web process crash now and then, so the tests of one binary take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Harness {
    /// Start Xvfb and tauri-driver.
    pub fn start() -> Harness {
        for (tool, package) in HARNESS_TOOLS {
            require_tool(tool, package);
        }
        let one_at_a_time = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let (xvfb, display) = start_xvfb();
        display.clone_into(&mut DISPLAY.lock().unwrap_or_else(|p| p.into_inner()));
        let data_dir = tempfile::tempdir().expect("temporary data directory");
        let port = free_port();
        let native_port = free_port();
        let driver = spawn_in_group(
            Command::new("dbus-run-session")
                .args(["--", "tauri-driver", "--port", &port.to_string()])
                .args(["--native-port", &native_port.to_string()])
                .env("DISPLAY", &display)
                .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
                .env("NO_AT_BRIDGE", "1")
                .env("KEUZEHULP_DATA_DIR", data_dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .expect("tauri-driver (install with `cargo install tauri-driver --locked`)");
        wait_for_port(port, Duration::from_secs(20));
        wait_for_port(native_port, Duration::from_secs(20));
        Harness {
            webdriver_url: format!("http://127.0.0.1:{port}"),
            data_dir,
            display,
            driver: Some(Guard(driver)),
            xvfb,
            _one_at_a_time: one_at_a_time,
        }
    }

    /// WebDriver capabilities that start the app binary with `args`.
    pub fn capabilities(&self, args: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        let app = app_binary();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app.to_string_lossy(), "args": args }),
        );
        caps
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        self.driver.take();
        self.xvfb.take();
    }
}

fn spawn_in_group(cmd: &mut Command) -> std::io::Result<Child> {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0).spawn()
}

/// Start Xvfb on a free display, or use the display of the environment when
/// `KEUZEHULP_E2E_USE_DISPLAY` is set.
///
/// Xvfb chooses the display itself (`-displayfd`): it takes the first display whose socket it
/// can bind and writes its number once it accepts connections. Lock files in /tmp are not
/// consulted: a machine that keeps /tmp between runs collects stale ones (a server killed
/// before it cleaned up), and a stale lock naming a pid that is alive again blocked every
/// display when the harness chose by lock file.
fn start_xvfb() -> (Option<Guard>, String) {
    use std::io::BufRead;
    if let (Some(_), Ok(display)) = (
        std::env::var_os("KEUZEHULP_E2E_USE_DISPLAY"),
        std::env::var("DISPLAY"),
    ) {
        return (None, display);
    }
    let mut child = spawn_in_group(
        Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .expect("Xvfb (install the xvfb package)");
    let stdout = child.stdout.take().expect("Xvfb's standard output");
    let stderr = child.stderr.take().expect("Xvfb's standard error");
    // Its messages are kept for the failure message; the pipe is drained for the server's
    // whole life, since a closed pipe would end it with SIGPIPE at its next warning.
    let messages = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = std::sync::Arc::clone(&messages);
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let mut kept = sink.lock().unwrap_or_else(|p| p.into_inner());
            if kept.len() < 16 * 1024 {
                kept.push_str(&line);
                kept.push('\n');
            }
        }
    });
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let _ = sender.send(line);
    });
    let timeout = Duration::from_secs(20);
    match receiver.recv_timeout(timeout) {
        Ok(line) if line.trim().parse::<u32>().is_ok() => {
            (Some(Guard(child)), format!(":{}", line.trim()))
        }
        outcome => {
            drop(Guard(child));
            let messages = messages.lock().unwrap_or_else(|p| p.into_inner());
            panic!(
                "Xvfb did not report a display within {timeout:?} (it printed {outcome:?}); \
                 its messages:\n{messages}"
            );
        }
    }
}

fn wait_for_port(port: u16, timeout: Duration) {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("tauri-driver did not listen on port {port} within {timeout:?}");
}

/// Pids of app processes started for this harness: the app binary, with this data folder.
pub fn app_pids(binary: &Path, data_dir: &Path) -> Vec<i32> {
    let wanted = format!("KEUZEHULP_DATA_DIR={}", data_dir.display());
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        let exe = std::fs::read_link(entry.path().join("exe")).ok();
        if exe.as_deref() != Some(binary) {
            continue;
        }
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if environ
            .split(|b| *b == 0)
            .any(|var| var == wanted.as_bytes())
        {
            pids.push(pid);
        }
    }
    pids
}
