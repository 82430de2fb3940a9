//! The kill test: answers that the app acknowledged are never lost, whatever moment the app
//! dies. The real app is started, a session begun, then again and again: the app is reopened
//! on the same data folder, the same session continued, answers fired through the window's
//! own `record_event` command, and the app killed with SIGKILL at a random moment while
//! answers are in flight. After every kill the SQLite file is read directly: every answer
//! that was acknowledged must be there, in order. The reopened app must show the session
//! exactly as recorded: its screen equals the one built from the fold of the recorded events.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::Client;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::session::{SessionEvent, SessionState};
use keuzehulp::view::consultation::consultation_screen;
use keuzehulp_e2e::page::open_app;
use keuzehulp_e2e::{app_binary, app_pids, Harness};
use serde_json::{json, Value};

const RUNS: usize = 50;
const GRID: &str = "liesbreuk";
const QUESTIONS: [&str; 2] = ["later-toch-operatie", "vastzitten"];

/// A small xorshift generator; the seed is printed so a failing run can be repeated.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Call a command of the app through `window.__TAURI__.core.invoke`; returns only when the
/// invoke resolved (Ok) or was refused (Err with its message).
async fn invoke(client: &Client, command: &str, args: Value) -> Result<Value, String> {
    let js = "const done = arguments[arguments.length - 1]; \
              window.__TAURI__.core.invoke(arguments[0], arguments[1]) \
                .then((v) => done({ ok: v }), (e) => done({ err: String(e?.message ?? e) }))";
    let reply = tokio::time::timeout(
        Duration::from_secs(15),
        client.execute_async(js, vec![command.into(), args]),
    )
    .await
    .map_err(|_| format!("{command}: no answer within 15 s"))?
    .map_err(|e| format!("{command}: {e}"))?;
    match reply.get("ok") {
        Some(v) => Ok(v.clone()),
        None => Err(reply["err"].as_str().unwrap_or("refused").to_owned()),
    }
}

/// Whether `pid` is gone or a zombie.
fn dead(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => true,
    }
}

/// The recorded events of `session`, read from the SQLite file with rusqlite, read-only.
fn recorded(db: &Path, session: i64) -> Vec<Value> {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("open the database read-only");
    let mut stmt = conn
        .prepare("SELECT payload FROM event WHERE session_id = ?1 ORDER BY id")
        .expect("query events");
    stmt.query_map([session], |r| r.get::<_, String>(0))
        .expect("events")
        .map(|p| serde_json::from_str(&p.expect("payload")).expect("payload is JSON"))
        .collect()
}

fn is_answer(event: &Value) -> bool {
    matches!(
        event["event"].as_str(),
        Some("importance_rated" | "row_marked" | "note_written" | "sure_answered")
    )
}

/// The `n`-th answer of run `run`: all four kinds, each one different from the others.
fn answer(run: usize, n: usize) -> Value {
    let item = ["sure", "understand", "values", "support"][(run + n) % 4];
    match n % 4 {
        0 => {
            json!({ "event": "importance_rated", "aspect": QUESTIONS[(n % 2) ^ 1], "importance": (run + n) % 5 })
        }
        1 => {
            json!({ "event": "row_marked", "question": QUESTIONS[(run + n) % 2], "marked": n % 3 == 1 })
        }
        2 => {
            json!({ "event": "note_written", "text": format!("Ronde {run}, antwoord {n}: ik fiets elke dag.") })
        }
        _ => json!({ "event": "sure_answered", "item": item, "yes": n % 2 == 1 }),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_answers_survive_kill_9() {
    let harness = Harness::start();
    let binary = app_binary();
    let data_dir: PathBuf = harness.data_dir.path().to_owned();
    let db = data_dir.join(keuzehulp::records::DATABASE_FILE);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    println!("kill test seed {seed}");
    let mut random = Random(seed);

    let client = open_app(&harness, &[]).await;
    let opened = invoke(
        &client,
        "start_session",
        json!({ "gridId": GRID, "mode": "consultation", "patient": "kill-test" }),
    )
    .await
    .expect("start a session");
    let session = opened["session"].as_i64().expect("session id");
    invoke(
        &client,
        "record_event",
        json!({ "session": session, "event": { "event": "step_opened", "step": "values" } }),
    )
    .await
    .expect("open the values step");
    let mut client = Some(client);

    let library = Library::builtin(chrono::Local::now().date_naive());
    let grid = &library.get(GRID).expect("built-in grid").grid;
    let l10n = Localizer::new(Language::Nl);

    let (mut acknowledged, mut lost, mut landed_in_flight, mut reopen_checks) = (0, 0, 0, 0);
    // Every answer the database must hold, in order, from all runs so far.
    let mut expected: Vec<Value> = Vec::new();
    for run in 0..RUNS {
        let app = match client.take() {
            Some(c) => c,
            None => open_app(&harness, &[]).await,
        };
        // Continue the same session: the app rebuilds it from the records.
        let screen = invoke(&app, "session_screen", json!({ "session": session }))
            .await
            .expect("continue the session");
        let events: Vec<SessionEvent> =
            std::iter::once(json!({ "event": "mode_chosen", "mode": "consultation" }))
                .chain(recorded(&db, session))
                .map(|v| serde_json::from_value(v).expect("a session event"))
                .collect();
        let folded = consultation_screen(grid, &SessionState::from_events(&events), &l10n);
        assert_eq!(
            screen,
            serde_json::to_value(&folded).expect("screen as JSON"),
            "run {run}: the reopened app shows the session as recorded"
        );
        reopen_checks += 1;

        let pids = app_pids(&binary, &data_dir);
        assert_eq!(
            pids.len(),
            1,
            "run {run}: one app process for this harness: {pids:?}"
        );
        let pid = pids[0];
        let delay = Duration::from_millis(random.next() % 401);
        let killer = tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            // SAFETY: kill(2) on the pid of the app this test started.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        });
        let mut acked_now = Vec::new();
        let mut in_flight = None;
        for n in 0.. {
            let event = answer(run, n);
            match invoke(
                &app,
                "record_event",
                json!({ "session": session, "event": event }),
            )
            .await
            {
                Ok(_) => acked_now.push(event),
                Err(_) => {
                    in_flight = Some(event);
                    break;
                }
            }
        }
        killer.await.expect("killer task");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !dead(pid) {
            assert!(
                std::time::Instant::now() < deadline,
                "app {pid} still alive after SIGKILL"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        drop(app);

        let answers: Vec<Value> = recorded(&db, session)
            .into_iter()
            .filter(is_answer)
            .collect();
        acknowledged += acked_now.len();
        expected.extend(acked_now);
        let mut found = 0;
        for (i, e) in expected.iter().enumerate() {
            if answers.get(i) == Some(e) {
                found += 1;
            }
        }
        lost += expected.len() - found;
        // Anything beyond what was acknowledged can only be the answer in flight.
        match answers.len() - found.min(answers.len()) {
            0 => {}
            1 if in_flight.as_ref() == answers.last() => {
                landed_in_flight += 1;
                expected.push(answers.last().cloned().expect("the landed answer"));
            }
            extra => panic!("run {run}: {extra} answers in the database that were never sent"),
        }
        assert_eq!(
            lost, 0,
            "run {run}: acknowledged answers lost (seed {seed})"
        );
    }
    println!(
        "kill test: runs {RUNS}, acknowledged {acknowledged}, lost {lost}, \
         in flight at the kill and landed {landed_in_flight}, reopen checks {reopen_checks}"
    );
    assert_eq!(lost, 0);
    assert!(
        acknowledged > RUNS,
        "too few answers acknowledged to mean anything"
    );
}
