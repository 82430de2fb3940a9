//! The catalogue of installed content under the data directory, built so that start-up does not
//! grow with the library: bundles are verified and checked once, when installed; start-up opens
//! a SQLite file and reads a count and one page of names; search asks a full-text index; a
//! grid's full text is read, hash-checked and parsed when it is opened.
//!
//! Layout: `<dir>/catalogue.sqlite` (its own file, apart from the patient records), holding
//! one row per grid (`entry`), the grids' exact texts by SHA-256 (`grid_text`), the names in
//! sorted order per language (`listing`), and per language an FTS5 index (trigram tokenizer,
//! so parts of words match as in [`crate::search`]) over the folded words and their Snowball
//! stems (`search_nl`, `search_en`). An install is one transaction: after an error, a cancel
//! or a `kill -9`, the catalogue is as it was before.
//!
//! Grids may be modules of a guideline (`[guideline]` in the grid). Installing a bundle with a
//! guideline's newer version replaces all of that guideline's modules in the same transaction:
//! a module the new version dropped disappears; an older version is refused. A replaced grid's
//! text stays (`superseded`), so a session begun on it still opens the exact version it showed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::bundle::{self, sha256_hex, Mode, TrustStore};
use crate::check::{check_file, Diagnostic, Severity};
use crate::content::source::Position;
use crate::content::{Guideline, Lang, ReviewStatus, Text};
use crate::language::Language;
use crate::library::{Entry, Origin};
use crate::search::{self, fold, SearchEntry, SearchHit};

/// The schema version of catalogue files this build reads and writes.
pub const INDEX_FORMAT: &str = "keuzekaart-catalogue/3";
/// The previous format, upgraded in place when opened (it had no guidelines).
const INDEX_FORMAT_2: &str = "keuzekaart-catalogue/2";
/// The catalogue's file in its directory.
pub const FILE_NAME: &str = "catalogue.sqlite";
/// How many index candidates a search scores exactly: those matching in the name first, then
/// in synonyms, then in complaints.
pub const SEARCH_CANDIDATES: usize = 150;

/// The languages the catalogue indexes for search and listing: those of the app.
const LANGUAGES: [&str; 2] = ["nl", "en"];

/// What start-up needs to know of one installed grid: enough to list and search it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// The grid's id.
    pub id: String,
    /// The grid's version.
    pub version: String,
    /// Reviewed or example content.
    pub status: ReviewStatus,
    /// Where it came from.
    pub origin: Origin,
    /// Name of the condition.
    pub name: Text,
    /// Other names of the condition, per language.
    pub synonyms: BTreeMap<Lang, Vec<String>>,
    /// Complaints as people describe them, per language.
    pub complaints: BTreeMap<Lang, Vec<String>>,
    /// The decision as one question.
    pub question: Text,
    /// Name of the file in the bundle it came from.
    pub source_file: String,
    /// SHA-256 of the grid file.
    pub sha256: String,
    /// The guideline the grid is a module of, if any.
    #[serde(default)]
    pub guideline: Option<Guideline>,
}

impl IndexEntry {
    /// The entry of an installed grid from the catalogue index in `lang`. The index does not
    /// keep the grid's language order, so a missing language falls back to the app's first
    /// language (Dutch), then to any language the name has.
    pub fn search_entry(&self, lang: &str) -> SearchEntry {
        let first = Language::default().code();
        let fallback = if self.name.contains_key(first) {
            first
        } else {
            self.name.keys().next().map_or(lang, String::as_str)
        };
        SearchEntry::from_parts(
            &self.id,
            &self.name,
            &self.synonyms,
            &self.complaints,
            lang,
            fallback,
        )
    }
}

/// How far an install is: `done` of `total` grids checked and written (not yet committed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InstallProgress {
    /// Grids checked and written so far.
    pub done: usize,
    /// Grids in the bundle.
    pub total: usize,
}

/// Installed content on disk.
#[derive(Debug)]
pub struct Catalogue {
    path: PathBuf,
    db: Mutex<Connection>,
}

fn problem(file: &Path, code: &'static str, args: &[(&'static str, &str)]) -> Vec<Diagnostic> {
    vec![Diagnostic {
        severity: Severity::Error,
        code,
        file: file.display().to_string(),
        position: Position { line: 1, column: 1 },
        field: String::new(),
        args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
    }]
}

fn io_problem(file: &Path, e: impl std::fmt::Display) -> Vec<Diagnostic> {
    problem(file, "catalogue-io", &[("detail", &e.to_string())])
}

fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS entry (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        version TEXT NOT NULL,
        status TEXT NOT NULL,
        origin TEXT NOT NULL,
        name TEXT NOT NULL,
        synonyms TEXT NOT NULL,
        complaints TEXT NOT NULL,
        question TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
    );
    CREATE INDEX IF NOT EXISTS entry_sha256 ON entry (sha256);
    CREATE TABLE IF NOT EXISTS superseded (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        origin TEXT NOT NULL,
        source_file TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS grid_text (sha256 TEXT PRIMARY KEY, text TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS listing (
        lang TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        seq INTEGER NOT NULL REFERENCES entry (seq) ON DELETE CASCADE,
        PRIMARY KEY (lang, sort_name, seq)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS listing_seq ON listing (seq);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_nl
        USING fts5 (name, synonyms, complaints, tokenize = 'trigram');
    CREATE VIRTUAL TABLE IF NOT EXISTS search_en
        USING fts5 (name, synonyms, complaints, tokenize = 'trigram');
";

/// Added by format 3: the guideline of each grid (JSON, `null` for none) and its id.
const GUIDELINE_COLUMNS: &str = "
    ALTER TABLE entry ADD COLUMN guideline TEXT NOT NULL DEFAULT 'null';
    ALTER TABLE entry ADD COLUMN guideline_id TEXT;
";
const GUIDELINE_INDEX: &str = "CREATE INDEX IF NOT EXISTS entry_guideline ON entry (guideline_id);";

const ENTRY_COLUMNS: &str = "id, version, status, origin, name, synonyms, complaints, question, \
                             source_file, sha256, guideline";

fn search_table(lang: &str) -> &'static str {
    if lang == "en" {
        "search_en"
    } else {
        "search_nl"
    }
}

/// A JSON column back into its value; an error when the row was damaged.
fn column<T: serde::de::DeserializeOwned>(row: &rusqlite::Row, i: usize) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

fn entry_from_row(row: &rusqlite::Row) -> rusqlite::Result<IndexEntry> {
    Ok(IndexEntry {
        id: row.get(0)?,
        version: row.get(1)?,
        status: column(row, 2)?,
        origin: column(row, 3)?,
        name: column(row, 4)?,
        synonyms: column(row, 5)?,
        complaints: column(row, 6)?,
        question: column(row, 7)?,
        source_file: row.get(8)?,
        sha256: row.get(9)?,
        guideline: column(row, 10)?,
    })
}

fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Folded words then their stems, one string for the trigram index.
fn indexed_text<'t>(terms: impl IntoIterator<Item = &'t String>, lang: &str) -> String {
    let mut text = String::new();
    for term in terms {
        let folded = fold(term);
        text.push_str(&folded);
        for word in folded.split(' ').filter(|w| !w.is_empty()) {
            let stem = search::stem(word, lang);
            if stem != word {
                text.push(' ');
                text.push_str(&stem);
            }
        }
        text.push_str(" | ");
    }
    text
}

/// An FTS5 query that every entry matching `query` in [`search::search`] also matches: for
/// each query word of three letters or more, one of its forms. `None` when no word is long
/// enough for the trigram index.
fn match_expression(query: &[search::QueryWord]) -> Option<String> {
    let groups: Vec<String> = query
        .iter()
        .filter(|q| q.word().chars().count() >= 3)
        .map(|q| {
            let forms: Vec<String> = q
                .forms()
                .filter(|f| f.chars().count() >= 3)
                .map(|f| format!("\"{f}\""))
                .collect();
            format!("({})", forms.join(" OR "))
        })
        .collect();
    (!groups.is_empty()).then(|| groups.join(" AND "))
}

impl Catalogue {
    /// Open the catalogue in `dir` (created when missing). Reads nothing that grows with the
    /// library.
    pub fn open(dir: &Path) -> Result<Catalogue, Vec<Diagnostic>> {
        std::fs::create_dir_all(dir).map_err(|e| io_problem(dir, e))?;
        let path = dir.join(FILE_NAME);
        let db = Connection::open(&path).map_err(|e| io_problem(&path, e))?;
        let corrupt = |e: rusqlite::Error| {
            problem(
                &path,
                "catalogue-index-corrupt",
                &[("detail", &e.to_string())],
            )
        };
        db.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )
        .map_err(corrupt)?;
        let fresh = db
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE name = 'entry'",
                [],
                |_| Ok(()),
            )
            .optional()
            .map_err(corrupt)?
            .is_none();
        db.execute_batch(SCHEMA).map_err(corrupt)?;
        if fresh {
            db.execute_batch(GUIDELINE_COLUMNS).map_err(corrupt)?;
        }
        let format: Option<String> = db
            .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(corrupt)?;
        match format.as_deref() {
            None => {
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('format', ?1)",
                    [INDEX_FORMAT],
                )
                .map_err(corrupt)?;
            }
            Some(INDEX_FORMAT) => {}
            Some(INDEX_FORMAT_2) => {
                db.execute_batch(&format!(
                    "BEGIN; {GUIDELINE_COLUMNS} \
                     UPDATE meta SET value = '{INDEX_FORMAT}' WHERE key = 'format'; COMMIT;"
                ))
                .map_err(corrupt)?;
            }
            Some(other) => {
                return Err(problem(
                    &path,
                    "catalogue-index-corrupt",
                    &[("detail", other)],
                ))
            }
        }
        db.execute_batch(GUIDELINE_INDEX).map_err(corrupt)?;
        Ok(Catalogue {
            path,
            db: Mutex::new(db),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn corrupt(&self, e: impl std::fmt::Display) -> Vec<Diagnostic> {
        problem(
            &self.path,
            "catalogue-index-corrupt",
            &[("detail", &e.to_string())],
        )
    }

    /// How many grids are installed.
    pub fn count(&self) -> Result<usize, Vec<Diagnostic>> {
        self.db()
            .query_row("SELECT count(*) FROM entry", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(|e| self.corrupt(e))
    }

    /// The installed grid `id`, from the index alone.
    pub fn entry(&self, id: &str) -> Result<Option<IndexEntry>, Vec<Diagnostic>> {
        let entry = self
            .db()
            .query_row(
                &format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE id = ?1"),
                [id],
                entry_from_row,
            )
            .optional()
            .map_err(|e| self.corrupt(e))?;
        match entry {
            Some(e) if !is_hash(&e.sha256) => Err(self.corrupt(&e.id)),
            found => Ok(found),
        }
    }

    /// Whether grid `id` is installed.
    pub fn contains(&self, id: &str) -> bool {
        self.db()
            .query_row("SELECT 1 FROM entry WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .is_ok_and(|found| found.is_some())
    }

    /// Every installed grid, in the order installed. Reads the whole index: for tests, tools
    /// and exports, not for start-up.
    pub fn entries(&self) -> Result<Vec<IndexEntry>, Vec<Diagnostic>> {
        let db = self.db();
        let mut statement = db
            .prepare(&format!("SELECT {ENTRY_COLUMNS} FROM entry ORDER BY seq"))
            .map_err(|e| self.corrupt(e))?;
        let rows = statement
            .query_map([], entry_from_row)
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(|e| self.corrupt(e))?;
        Ok(rows)
    }

    /// Search the installed grids for `query` in `lang`, ranked as [`search::search`] ranks
    /// (`recent` first among equals), at most `limit` hits. An empty query lists the recent
    /// grids, then the first names in alphabetical order.
    pub fn search(
        &self,
        query: &str,
        lang: &str,
        recent: &[String],
        limit: usize,
    ) -> Result<Vec<SearchHit>, Vec<Diagnostic>> {
        let lang = if LANGUAGES.contains(&lang) {
            lang
        } else {
            Language::default().code()
        };
        let words = search::query_words(query, lang);
        let db = self.db();
        let fail = |e: rusqlite::Error| self.corrupt(e);
        let mut candidates: Vec<IndexEntry> = Vec::new();
        let load = |sql: &str, values: &[&dyn rusqlite::ToSql]| -> rusqlite::Result<Vec<_>> {
            let mut statement = db.prepare_cached(sql)?;
            let rows = statement.query_map(values, entry_from_row)?;
            rows.collect()
        };
        let columns = ENTRY_COLUMNS
            .split(", ")
            .map(|c| format!("e.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        if words.is_empty() {
            for id in recent {
                candidates.extend(
                    load(
                        &format!("SELECT {columns} FROM entry e WHERE e.id = ?1"),
                        &[id],
                    )
                    .map_err(fail)?,
                );
            }
            let page = load(
                &format!(
                    "SELECT {columns} FROM listing l JOIN entry e ON e.seq = l.seq \
                     WHERE l.lang = ?1 ORDER BY l.sort_name LIMIT ?2"
                ),
                &[&lang, &(limit as i64)],
            )
            .map_err(fail)?;
            candidates.extend(page);
        } else if let Some(expression) = match_expression(&words) {
            // In the order search ranks: names, then synonyms, then complaints, then anywhere;
            // each tier stops at the candidates still wanted, so no tier reads every match.
            let table = search_table(lang);
            for columns_filter in ["name", "synonyms", "complaints", "name synonyms complaints"] {
                let wanted = SEARCH_CANDIDATES.saturating_sub(candidates.len());
                if wanted == 0 {
                    break;
                }
                let tier = load(
                    &format!(
                        "SELECT {columns} FROM {table} s JOIN entry e ON e.seq = s.rowid \
                         WHERE {table} MATCH ?1 LIMIT ?2"
                    ),
                    &[
                        &format!("{{{columns_filter}}} : ({expression})"),
                        &(wanted as i64),
                    ],
                )
                .map_err(fail)?;
                let known: std::collections::BTreeSet<String> =
                    candidates.iter().map(|c| c.id.clone()).collect();
                candidates.extend(tier.into_iter().filter(|c| !known.contains(&c.id)));
            }
        } else {
            // Only words of one or two letters: names that contain the first.
            let named = load(
                &format!(
                    "SELECT {columns} FROM listing l JOIN entry e ON e.seq = l.seq \
                     WHERE l.lang = ?1 AND instr(l.sort_name, ?2) > 0 \
                     ORDER BY l.sort_name LIMIT ?3"
                ),
                &[&lang, &words[0].word(), &(SEARCH_CANDIDATES as i64)],
            )
            .map_err(fail)?;
            candidates.extend(named);
        }
        let mut seen = std::collections::BTreeSet::new();
        candidates.retain(|c| seen.insert(c.id.clone()));
        let entries: Vec<SearchEntry> = candidates.iter().map(|e| e.search_entry(lang)).collect();
        let mut hits = search::search_in(&entries, query, lang, recent);
        hits.truncate(limit);
        Ok(hits)
    }

    /// Verify, check and install a bundle; a grid with an id already installed is replaced.
    /// Nothing is kept unless the whole bundle passes. Returns the installed ids.
    pub fn install_bundle(
        &self,
        label: &str,
        bytes: &[u8],
        signature: Option<&[u8]>,
        trust: &TrustStore,
        mode: Mode,
        today: NaiveDate,
    ) -> Result<Vec<String>, Vec<Diagnostic>> {
        self.install_bundle_with_progress(label, bytes, signature, trust, mode, today, &mut |_| {
            true
        })
    }

    /// [`Self::install_bundle`], telling `progress` after each grid; `progress` returns `false`
    /// to cancel, which leaves the catalogue as it was (`catalogue-install-cancelled`). The
    /// whole install is one transaction, on a connection of its own: searches and lookups
    /// meanwhile see the catalogue as it was until the install commits.
    #[allow(clippy::too_many_arguments)]
    pub fn install_bundle_with_progress(
        &self,
        label: &str,
        bytes: &[u8],
        signature: Option<&[u8]>,
        trust: &TrustStore,
        mode: Mode,
        today: NaiveDate,
        progress: &mut dyn FnMut(InstallProgress) -> bool,
    ) -> Result<Vec<String>, Vec<Diagnostic>> {
        let path = self.path.clone();
        let io = |e: rusqlite::Error| io_problem(&path, e);
        let mut db = Connection::open(&path).map_err(io)?;
        db.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
        )
        .map_err(io)?;
        let transaction = db
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(io)?;
        let mut installed = Vec::new();
        let mut failure: Option<Vec<Diagnostic>> = None;
        let mut cancelled = false;
        let mut guidelines: BTreeMap<String, (Guideline, String)> = BTreeMap::new();
        let opened = bundle::open_each(
            label,
            bytes,
            signature,
            trust,
            mode,
            today,
            &mut |grid, total| {
                let g = &grid.parsed.grid;
                if let Some(guideline) = &g.guideline {
                    if let Err(problems) =
                        admit_guideline(&transaction, &mut guidelines, guideline, &grid)
                    {
                        failure = Some(problems);
                        return false;
                    }
                }
                let entry = IndexEntry {
                    id: g.id.clone(),
                    version: g.version.clone(),
                    status: g.status,
                    origin: Origin::Unsigned, // set below, once the origin is known
                    name: g.condition.name.clone(),
                    synonyms: g.condition.synonyms.clone(),
                    complaints: g.condition.complaints.clone(),
                    question: g.decision.question.clone(),
                    source_file: grid.file.clone(),
                    sha256: grid.sha256.clone(),
                    guideline: g.guideline.clone(),
                };
                if let Err(e) = write_entry(&transaction, &entry, &grid.text) {
                    failure = Some(io_problem(&path, e));
                    return false;
                }
                installed.push(entry.id);
                if !progress(InstallProgress {
                    done: installed.len(),
                    total,
                }) {
                    cancelled = true;
                    return false;
                }
                true
            },
        );
        if let Some(problems) = failure {
            return Err(problems);
        }
        let (origin, _) = opened?;
        if cancelled {
            return Err(problem(&path, "catalogue-install-cancelled", &[]));
        }
        let finish = || -> rusqlite::Result<()> {
            transaction.execute(
                "UPDATE entry SET origin = ?1 WHERE id IN (SELECT value FROM json_each(?2))",
                params![json(&origin), json(&installed)],
            )?;
            // The modules a guideline's new version no longer has.
            for guideline in guidelines.keys() {
                let dropped: Vec<i64> = transaction
                    .prepare(
                        "SELECT seq FROM entry WHERE guideline_id = ?1 \
                         AND id NOT IN (SELECT value FROM json_each(?2))",
                    )?
                    .query_map(params![guideline, json(&installed)], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for seq in dropped {
                    retire(&transaction, seq)?;
                }
            }
            transaction.execute(
                "DELETE FROM grid_text WHERE sha256 NOT IN (SELECT sha256 FROM entry) \
                 AND sha256 NOT IN (SELECT sha256 FROM superseded)",
                [],
            )?;
            Ok(())
        };
        finish().map_err(io)?;
        transaction.commit().map_err(io)?;
        // Fold the install's write-ahead log into the file: opening never scans a large log.
        db.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(io)?;
        Ok(installed)
    }

    /// Read, hash-check and check the grid `id`, as of `today`.
    pub fn load(&self, id: &str, today: NaiveDate) -> Result<Entry, Vec<Diagnostic>> {
        let entry = self
            .entry(id)?
            .ok_or_else(|| problem(&self.path, "catalogue-grid-unknown", &[("id", id)]))?;
        self.load_text(
            &entry.id,
            &entry.sha256,
            &entry.source_file,
            &entry.origin,
            today,
        )
    }

    /// The exact version `sha256` of grid `id`, installed now or replaced since (a session
    /// keeps the content it began on).
    pub fn load_version(
        &self,
        id: &str,
        sha256: &str,
        today: NaiveDate,
    ) -> Result<Entry, Vec<Diagnostic>> {
        if let Some(entry) = self.entry(id)?.filter(|e| e.sha256 == sha256) {
            return self.load_text(id, sha256, &entry.source_file, &entry.origin, today);
        }
        let old: Option<(String, Origin)> = self
            .db()
            .query_row(
                "SELECT source_file, origin FROM superseded WHERE sha256 = ?1 AND id = ?2",
                [sha256, id],
                |r| Ok((r.get(0)?, column(r, 1)?)),
            )
            .optional()
            .map_err(|e| self.corrupt(e))?;
        let (file, origin) =
            old.ok_or_else(|| problem(&self.path, "catalogue-version-unknown", &[("id", id)]))?;
        self.load_text(id, sha256, &file, &origin, today)
    }

    fn load_text(
        &self,
        id: &str,
        sha256: &str,
        file: &str,
        origin: &Origin,
        today: NaiveDate,
    ) -> Result<Entry, Vec<Diagnostic>> {
        let text: Option<String> = self
            .db()
            .query_row(
                "SELECT text FROM grid_text WHERE sha256 = ?1",
                [sha256],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.corrupt(e))?;
        let bytes = text.unwrap_or_default().into_bytes();
        if sha256_hex(&bytes) != sha256 {
            return Err(problem(
                &self.path,
                "catalogue-hash-mismatch",
                &[("id", id)],
            ));
        }
        let report = check_file(file, &bytes, today);
        let warnings = report
            .diagnostics
            .iter()
            .filter(|d| !d.is_error())
            .cloned()
            .collect();
        let parsed = report.into_valid()?;
        Ok(Entry {
            file: file.to_owned(),
            origin: origin.clone(),
            sha256: sha256.to_owned(),
            grid: parsed.grid,
            warnings,
        })
    }

    /// The catalogue's database file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A finding located at a field of one grid in a bundle.
fn grid_problem(
    grid: &bundle::OpenedGrid,
    code: &'static str,
    field: &str,
    args: &[(&'static str, &str)],
) -> Vec<Diagnostic> {
    vec![Diagnostic {
        severity: Severity::Error,
        code,
        file: grid.file.clone(),
        position: grid.parsed.map.position(field),
        field: field.to_owned(),
        args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
    }]
}

/// Admit one grid's guideline into an install: every module of a guideline in one bundle
/// names the same version and date, and that version is not older than the installed one.
fn admit_guideline(
    db: &Connection,
    seen: &mut BTreeMap<String, (Guideline, String)>,
    guideline: &Guideline,
    grid: &bundle::OpenedGrid,
) -> Result<(), Vec<Diagnostic>> {
    if let Some((first, file)) = seen.get(&guideline.id) {
        if first.version != guideline.version || first.date != guideline.date {
            let (a, b) = (
                format!("{} ({file})", first.version),
                guideline.version.clone(),
            );
            return Err(grid_problem(
                grid,
                "catalogue-guideline-mixed",
                "guideline.version",
                &[
                    ("guideline", &guideline.name),
                    ("first", &a),
                    ("second", &b),
                ],
            ));
        }
        return Ok(());
    }
    // Read before this bundle writes any module of the guideline.
    let installed: Option<Guideline> = db
        .query_row(
            "SELECT guideline FROM entry WHERE guideline_id = ?1 LIMIT 1",
            [&guideline.id],
            |r| column(r, 0),
        )
        .optional()
        .map_err(|e| grid_problem(grid, "catalogue-io", "", &[("detail", &e.to_string())]))?;
    if let Some(installed) = installed {
        if installed.version_numbers() > guideline.version_numbers() {
            return Err(grid_problem(
                grid,
                "catalogue-guideline-older",
                "guideline.version",
                &[
                    ("guideline", &guideline.name),
                    ("offered", &guideline.version),
                    ("installed", &installed.version),
                ],
            ));
        }
    }
    seen.insert(guideline.id.clone(), (guideline.clone(), grid.file.clone()));
    Ok(())
}

/// Take an installed grid out of the index, keeping its text for sessions begun on it.
fn retire(db: &Connection, seq: i64) -> rusqlite::Result<()> {
    db.execute(
        "INSERT OR IGNORE INTO superseded (sha256, id, version, origin, source_file) \
         SELECT sha256, id, version, origin, source_file FROM entry WHERE seq = ?1",
        [seq],
    )?;
    for table in ["search_nl", "search_en"] {
        db.execute(&format!("DELETE FROM {table} WHERE rowid = ?1"), [seq])?;
    }
    db.execute("DELETE FROM listing WHERE seq = ?1", [seq])?;
    db.execute("DELETE FROM entry WHERE seq = ?1", [seq])?;
    Ok(())
}

/// Write one grid's rows (replacing an installed grid with the same id) inside an install.
fn write_entry(db: &Connection, entry: &IndexEntry, text: &str) -> rusqlite::Result<()> {
    if let Some(old) = db
        .query_row("SELECT seq FROM entry WHERE id = ?1", [&entry.id], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
    {
        retire(db, old)?;
    }
    db.execute(
        &format!(
            "INSERT INTO entry ({ENTRY_COLUMNS}, guideline_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ),
        params![
            entry.id,
            entry.version,
            json(&entry.status),
            json(&entry.origin),
            json(&entry.name),
            json(&entry.synonyms),
            json(&entry.complaints),
            json(&entry.question),
            entry.source_file,
            entry.sha256,
            json(&entry.guideline),
            entry.guideline.as_ref().map(|g| g.id.clone()),
        ],
    )?;
    let seq = db.last_insert_rowid();
    db.execute(
        "INSERT OR IGNORE INTO grid_text (sha256, text) VALUES (?1, ?2)",
        params![entry.sha256, text],
    )?;
    // Installed again: no longer only a past version.
    db.execute("DELETE FROM superseded WHERE sha256 = ?1", [&entry.sha256])?;
    for lang in LANGUAGES {
        let searchable = entry.search_entry(lang);
        db.execute(
            "INSERT INTO listing (lang, sort_name, seq) VALUES (?1, ?2, ?3)",
            params![lang, fold(searchable.name()), seq],
        )?;
        db.execute(
            &format!(
                "INSERT INTO {} (rowid, name, synonyms, complaints) VALUES (?1, ?2, ?3, ?4)",
                search_table(lang)
            ),
            params![
                seq,
                indexed_text([&searchable.name().to_owned()], lang),
                indexed_text(searchable.synonyms(), lang),
                indexed_text(searchable.complaints(), lang),
            ],
        )?;
    }
    Ok(())
}
