//! What the app holds while it runs: the content library, the records, the language.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::records::{RecordsError, Setting, Store};

/// The state shared by all commands.
pub struct AppState {
    /// The content the app can show.
    pub library: Library,
    /// The local database, or why it could not be opened.
    pub records: Mutex<Result<Store, RecordsError>>,
    /// The language of the screens, with its messages.
    pub localizer: Mutex<Localizer>,
    /// When the process started, for the start-up report.
    pub started: Instant,
}

impl AppState {
    /// Open the records in `data_dir` and load the built-in content.
    pub fn open(data_dir: &Path) -> AppState {
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
        let library = Library::builtin(chrono::Local::now().date_naive());
        for rejected in library.rejected() {
            eprintln!(
                "keuzehulp: {}",
                rejected.render(&Localizer::new(Language::En))
            );
        }
        AppState {
            library,
            records: Mutex::new(records),
            localizer: Mutex::new(Localizer::new(language)),
            started,
        }
    }
}
