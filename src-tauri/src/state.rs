//! What the app holds while it runs: the content library, the records, the language.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use keuzehulp::catalogue::Catalogue;
use keuzehulp::check::Diagnostic;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::{Entry, Library};
use keuzehulp::records::{RecordsError, Setting, Store};

use tauri::{AppHandle, Manager};

use crate::content::{self, ContentOptions};
use crate::error::AppError;

/// The state shared by all commands.
///
/// Locks, and their order: `records` is the one lock a command may hold while it takes
/// another, and then only `opened` or `search_index`. Those two, and `language`, are held for
/// a lookup or an insert and never while taking any lock. The messages are not behind a lock
/// at all ([`Localizer::shared`]), so phrasing an error while the records are held cannot
/// deadlock (it once did, when the localizer had a lock of its own).
///
/// The patient screen's followed session (`room::Room`) is read or set on its own, holding
/// no other lock.
///
/// Commands use the state on a blocking worker ([`blocking`]), never on the window's main
/// thread: a command that waits for a lock waits there, and the window keeps drawing.
pub struct AppState {
    /// The content the app can show now: built-in grids and, in authoring mode, drafts.
    pub library: Library,
    /// Installed bundles: at start only the catalogue's database is opened; a grid is read
    /// when opened.
    pub catalogue: Option<Catalogue>,
    /// Content that was refused (bad signature, errors), to show in plain words.
    pub refusals: Vec<Diagnostic>,
    /// Whether unsigned content may open (and every screen says so).
    pub authoring: bool,
    /// The local database, or why it could not be opened.
    pub records: Mutex<Result<Store, RecordsError>>,
    /// The language of the screens; its messages come from [`Localizer::shared`].
    pub language: Mutex<Language>,
    /// The search index of the built-in content in the language of the last search (installed
    /// content is searched through the catalogue's index).
    pub search_index: Mutex<Option<keuzehulp::view::finder::BuiltinIndex>>,
    /// Grids opened in this run, by id: a catalogue grid is read and checked once.
    pub opened: Mutex<BTreeMap<String, Arc<Entry>>>,
    /// When the process started, for the start-up report.
    pub started: Instant,
    /// Where the records and backups are.
    pub data_dir: std::path::PathBuf,
    /// Signed bundles named with `--open`, installed off the window's thread once it runs.
    pub pending_installs: Vec<std::path::PathBuf>,
}

/// The messages of the window's language: a shared localizer, no lock held.
#[derive(Clone, Copy)]
pub struct Messages(&'static Localizer);

impl std::ops::Deref for Messages {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        self.0
    }
}

/// The open records, held for the length of one command.
pub struct StoreGuard<'a>(MutexGuard<'a, Result<Store, RecordsError>>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.0.as_ref().expect("checked when the guard was made")
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.0.as_mut().expect("checked when the guard was made")
    }
}

impl AppState {
    /// Open the records in `data_dir`, load the built-in content and the catalogue, and install
    /// or open what `options` name.
    pub fn open(data_dir: &Path, options: &ContentOptions) -> AppState {
        let started = Instant::now();
        let records = Store::open(data_dir);
        if let Err(e) = &records {
            eprintln!("keuzehulp: {e}");
        }
        let language = records
            .as_ref()
            .ok()
            .and_then(|s| s.setting(Setting::Language).ok().flatten())
            .and_then(|code| Language::from_code(&code))
            .unwrap_or_default();
        let today = chrono::Local::now().date_naive();
        let mut library = Library::builtin(today);
        let mut refusals = library.rejected().to_vec();
        let trust = content::trust_store(data_dir, &mut refusals);
        let catalogue = match Catalogue::open(&data_dir.join("library")) {
            Ok(catalogue) => Some(catalogue),
            Err(problems) => {
                refusals.extend(problems);
                None
            }
        };
        let pending_installs = content::open_requested(
            options,
            &trust,
            catalogue.is_some(),
            &mut library,
            today,
            &mut refusals,
        );
        for refusal in &refusals {
            eprintln!(
                "keuzehulp: {}",
                refusal.render(&Localizer::new(Language::En))
            );
        }
        AppState {
            library,
            catalogue,
            refusals,
            authoring: options.authoring,
            records: Mutex::new(records),
            language: Mutex::new(language),
            search_index: Mutex::new(None),
            opened: Mutex::new(BTreeMap::new()),
            started,
            data_dir: data_dir.to_owned(),
            pending_installs,
        }
    }

    /// The messages of the chosen language. Takes no lock beyond reading the language.
    pub fn l10n(&self) -> Messages {
        Messages(Localizer::shared(
            *self.language.lock().unwrap_or_else(|p| p.into_inner()),
        ))
    }

    /// The records, or why they cannot be used (shown in plain words).
    pub fn store(&self) -> Result<StoreGuard<'_>, AppError> {
        let guard = self.records.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = guard.as_ref() {
            return Err(self.records_error(e));
        }
        Ok(StoreGuard(guard))
    }

    /// A records error as the person at the screen reads it. A refused answer is not a
    /// database problem: it is said as it is, with code `answer`.
    pub fn records_error(&self, e: &RecordsError) -> AppError {
        let l10n = self.l10n();
        if let RecordsError::Answer(answer) = e {
            return AppError::new("answer", answer.message(&l10n));
        }
        AppError::new(
            "database",
            l10n.format("app-error-database", &[("reason", e.message(&l10n))]),
        )
    }

    /// The grid with this id: built in, opened at start, or installed in the catalogue.
    pub fn entry(&self, id: &str) -> Result<Arc<Entry>, AppError> {
        let mut opened = self.opened.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(entry) = opened.get(id) {
            return Ok(entry.clone());
        }
        let entry = match self.library.get(id) {
            Some(entry) => entry.clone(),
            None => self.load_from_catalogue(id)?,
        };
        let entry = Arc::new(entry);
        opened.insert(id.to_owned(), entry.clone());
        Ok(entry)
    }

    /// The exact grid a session began on (its id and file hash), even when a newer version
    /// was installed since: the current one when the hash matches, else the catalogue's kept
    /// text of that version.
    pub fn session_entry(
        &self,
        start: &keuzehulp::records::SessionStart,
    ) -> Result<Arc<Entry>, AppError> {
        let current = self.entry(&start.grid_id);
        if let Ok(entry) = &current {
            if entry.sha256 == start.content_sha256 {
                return current;
            }
        }
        let key = format!("{}@{}", start.grid_id, start.content_sha256);
        if let Some(entry) = self
            .opened
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(entry.clone());
        }
        let Some(catalogue) = self.catalogue.as_ref() else {
            return current;
        };
        let today = chrono::Local::now().date_naive();
        match catalogue.load_version(&start.grid_id, &start.content_sha256, today) {
            Ok(entry) => {
                let entry = Arc::new(entry);
                self.opened
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(key, entry.clone());
                Ok(entry)
            }
            // A built-in grid changed with a new program version: the current one, as before.
            Err(_) if self.library.get(&start.grid_id).is_some() => current,
            Err(problems) => Err(self.content_error(&start.grid_id, &problems)),
        }
    }

    fn content_error(&self, id: &str, problems: &[Diagnostic]) -> AppError {
        let l10n = self.l10n();
        let reason = problems
            .iter()
            .map(|d| d.message(&l10n))
            .collect::<Vec<_>>()
            .join(" ");
        AppError::new(
            "content",
            l10n.format("app-error-content", &[("file", id), ("reason", &reason)]),
        )
    }

    fn load_from_catalogue(&self, id: &str) -> Result<Entry, AppError> {
        let l10n = self.l10n();
        let catalogue = self
            .catalogue
            .as_ref()
            .filter(|c| c.contains(id))
            .ok_or_else(|| {
                AppError::new(
                    "unknown-condition",
                    l10n.format("app-error-unknown-condition", &[("id", id)]),
                )
            })?;
        catalogue
            .load(id, chrono::Local::now().date_naive())
            .map_err(|problems| self.content_error(id, &problems))
    }
}

/// Run `work` with the app's state on a blocking worker (`spawn_blocking`): off the window's
/// main thread and off the async runtime's threads, so the window keeps drawing while the
/// work reads or writes the disk. A worker that panicked is said as an error; what was
/// recorded before stays recorded (every write is its own transaction).
pub async fn blocking<T, F>(app: &AppHandle, work: F) -> Result<T, AppError>
where
    F: FnOnce(&AppState) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let worker = app.clone();
    let run = move || {
        // The state opens off the main thread while the page loads (`link::Ready`).
        worker.state::<crate::link::Ready>().wait();
        work(&worker.state::<AppState>())
    };
    match tauri::async_runtime::spawn_blocking(run).await {
        Ok(outcome) => outcome,
        Err(_) => Err(AppError::new(
            "worker",
            app.state::<AppState>().l10n().text("app-error-worker"),
        )),
    }
}
