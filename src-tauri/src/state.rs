//! What the app holds while it runs: the content library, the records, the language.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use keuzehulp::catalogue::Catalogue;
use keuzehulp::check::Diagnostic;
use keuzehulp::language::{Language, Localizer};
use keuzehulp::library::Library;
use keuzehulp::records::{RecordsError, Setting, Store};

use crate::content::{self, ContentOptions};

/// The state shared by all commands.
pub struct AppState {
    /// The content the app can show now: built-in grids and, in authoring mode, drafts.
    pub library: Library,
    /// Installed bundles: only the index is read at start; a grid is read when opened.
    pub catalogue: Option<Catalogue>,
    /// Content that was refused (bad signature, errors), to show in plain words.
    pub refusals: Vec<Diagnostic>,
    /// Whether unsigned content may open (and every screen says so).
    pub authoring: bool,
    /// The local database, or why it could not be opened.
    pub records: Mutex<Result<Store, RecordsError>>,
    /// The language of the screens, with its messages.
    pub localizer: Mutex<Localizer>,
    /// When the process started, for the start-up report.
    pub started: Instant,
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
        let mut catalogue = match Catalogue::open(&data_dir.join("library")) {
            Ok(catalogue) => Some(catalogue),
            Err(problems) => {
                refusals.extend(problems);
                None
            }
        };
        content::open_requested(
            options,
            &trust,
            catalogue.as_mut(),
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
            localizer: Mutex::new(Localizer::new(language)),
            started,
        }
    }
}
