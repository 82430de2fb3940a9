//! Benchmarks of the records: recording one answer durably through `Store::record` against a
//! bare rusqlite INSERT of the same payload with the same pragmas (WAL, synchronous=FULL),
//! both on real files in a temp dir. Divan prints the medians; after it, `main` measures both
//! again, interleaved, 2,000 times each, and prints median and p99.
//! Run with `cargo bench --bench records`.

use std::time::{Duration, Instant};

use keuzehulp::records::{SessionId, SessionStart, Store};
use keuzehulp::session::{Mode, SessionEvent};
use rusqlite::{params, Connection};

const LATENCY_RUNS: usize = 2_000;

fn main() {
    divan::main();
    latency_report();
}

fn answer() -> SessionEvent {
    SessionEvent::ImportanceRated {
        aspect: "pijn-na-de-operatie".to_owned(),
        importance: 3,
    }
}

/// A store in `dir` with one patient and one session.
fn store_with_session(dir: &std::path::Path) -> (Store, SessionId) {
    let store = Store::open(dir).expect("open store");
    let patient = store.add_patient("bench", None).expect("patient");
    let session = store
        .start_session(
            patient,
            &SessionStart {
                grid_id: "knie".to_owned(),
                content_version: "1.0".to_owned(),
                content_sha256: "0".repeat(64),
                mode: Mode::Consultation,
            },
        )
        .expect("session");
    (store, session)
}

/// A bare connection with the store's pragmas and an event table of the same shape.
fn bare_connection(dir: &std::path::Path) -> Connection {
    let conn = Connection::open(dir.join("bare.sqlite3")).expect("open bare");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("sync");
    conn.execute_batch(
        "CREATE TABLE event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL,
            recorded_at TEXT NOT NULL,
            payload TEXT NOT NULL
        ) STRICT;",
    )
    .expect("table");
    conn
}

fn bare_insert(conn: &Connection, payload: &str) {
    conn.execute(
        "INSERT INTO event (session_id, recorded_at, payload) VALUES (?1, ?2, ?3)",
        params![1, "2026-11-22T10:00:00.000000Z", payload],
    )
    .expect("insert");
}

/// One answer through `Store::record` (session check, insert, commit with fsync).
#[divan::bench(sample_count = 200, sample_size = 1)]
fn store_record(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, session) = store_with_session(dir.path());
    let event = answer();
    bencher.bench_local(|| store.record(session, &event).expect("record"));
}

/// The same payload through a bare INSERT (autocommit, fsync).
#[divan::bench(sample_count = 200, sample_size = 1)]
fn bare_sqlite_insert(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let conn = bare_connection(dir.path());
    let payload = serde_json::to_string(&answer()).expect("json");
    bencher.bench_local(|| bare_insert(&conn, &payload));
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

/// Median and p99 of both, measured interleaved so both see the same disk.
fn latency_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, session) = store_with_session(dir.path());
    let conn = bare_connection(dir.path());
    let event = answer();
    let payload = serde_json::to_string(&event).expect("json");
    let mut through_store = Vec::with_capacity(LATENCY_RUNS);
    let mut bare = Vec::with_capacity(LATENCY_RUNS);
    for _ in 0..LATENCY_RUNS {
        let t = Instant::now();
        store.record(session, &event).expect("record");
        through_store.push(t.elapsed());
        let t = Instant::now();
        bare_insert(&conn, &payload);
        bare.push(t.elapsed());
    }
    through_store.sort();
    bare.sort();
    println!("\nlatency over {LATENCY_RUNS} durable records each (interleaved):");
    for (name, samples) in [("Store::record", &through_store), ("bare INSERT", &bare)] {
        println!(
            "  {name:<14} median {:>10.3?}  p99 {:>10.3?}",
            percentile(samples, 0.5),
            percentile(samples, 0.99)
        );
    }
    let ratio =
        |p| percentile(&through_store, p).as_secs_f64() / percentile(&bare, p).as_secs_f64();
    println!(
        "  ratio Store/bare: median {:.2}x, p99 {:.2}x",
        ratio(0.5),
        ratio(0.99)
    );
}
