//! `keuzehulp://` links ([`keuzehulp::deeplink`]): on the command line at start, or handed over
//! by a second process while the app runs (the single-instance plugin, over D-Bus). The link
//! waits here until the window asks for it, so one that comes before the page has loaded is
//! not lost.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::{Condvar, Mutex};

use keuzehulp::deeplink::{self, Arrival, Content, Offer};
use keuzehulp::language::Localizer;
use keuzehulp::records::SessionId;
use keuzehulp::view::consultation::{consultation_screen, ConsultationScreen};
use keuzehulp::view::finder::BuiltinIndex;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, State};

use crate::state::AppState;

/// The event that tells the window a link is waiting.
const WAITING: &str = "link-waiting";

/// With `KEUZEHULP_REPORT_READY` set, say that start-up reached `name`
/// (`benches/seconds_to_grid.py` times these lines).
pub fn mark(name: &str) {
    if std::env::var_os("KEUZEHULP_REPORT_READY").is_some() {
        println!("mark {name}");
    }
}

/// The link not yet shown.
pub struct PendingLink(Mutex<Option<String>>);

impl PendingLink {
    /// The link among this process's own arguments, if any.
    pub fn from_arguments() -> PendingLink {
        PendingLink(Mutex::new(deeplink::in_arguments(std::env::args().skip(1))))
    }

    fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// The D-Bus name the single-instance plugin claims: one per data folder, so runs on
/// separate data (tests, benchmarks) never hand links to each other.
pub fn instance_id(identifier: &str, data_dir: Option<&Path>) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    data_dir.hash(&mut hasher);
    format!("{identifier}.d{:016x}", hasher.finish())
}

/// A second process was started with `argv`: keep its link, bring the window forward and
/// tell it.
pub fn received(app: &AppHandle, argv: &[String]) {
    let Some(link) = deeplink::in_arguments(argv.iter().skip(1)) else {
        return;
    };
    *app.state::<PendingLink>()
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(link);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    let _ = app.emit_to("main", WAITING, ());
}

/// What the window shows for a link.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkPage {
    /// A session began at the first step.
    Opened {
        /// The session, for later commands.
        session: SessionId,
        /// Its first screen.
        screen: Box<ConsultationScreen>,
    },
    /// The patient has an unfinished session of this decision.
    Offer(Offer),
    /// Why the link was refused; nothing was recorded.
    Refused {
        /// The reason, in words.
        message: String,
    },
}

/// Whether the app's state is open: it opens off the main thread while the page loads.
#[derive(Default)]
pub struct Ready {
    open: Mutex<bool>,
    opened: Condvar,
}

/// Opens [`Ready`] when dropped, also when opening the state failed.
pub struct Opens<'a>(&'a Ready);

impl Drop for Opens<'_> {
    fn drop(&mut self) {
        *self.0.open.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.0.opened.notify_all();
    }
}

impl Ready {
    /// A guard that opens the gate when it goes.
    pub fn opens_when_dropped(&self) -> Opens<'_> {
        Opens(self)
    }

    /// Until the app's state is open.
    pub fn wait(&self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        while !*open {
            open = self.opened.wait(open).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// The waiting link, opened; `None` when there is none. The page's first command: it waits
/// until the app's state is open.
#[tauri::command(async)]
pub fn pending_link(
    app: AppHandle,
    ready: State<'_, Ready>,
    pending: State<'_, PendingLink>,
) -> Option<LinkPage> {
    mark("link");
    ready.wait();
    let state = app.state::<AppState>();
    let link = pending.take()?;
    let page = open(&state, &link);
    mark("view");
    Some(page)
}

fn open(state: &AppState, text: &str) -> LinkPage {
    let refused = |message: String| LinkPage::Refused { message };
    let link = match deeplink::parse(text) {
        Ok(link) => link,
        Err(e) => return refused(e.message(&state.l10n())),
    };
    let language = link.language.unwrap_or(state.l10n().language());
    let l10n = Localizer::shared(language);
    let grid_id = {
        let mut index = state.search_index.lock().unwrap_or_else(|p| p.into_inner());
        let index = match index.take() {
            Some(built) if built.language() == language => index.insert(built),
            _ => index.insert(BuiltinIndex::new(&state.library, language)),
        };
        let content = Content {
            library: &state.library,
            index,
            catalogue: state.catalogue.as_ref(),
        };
        match deeplink::resolve(&link, &content, l10n) {
            Ok(id) => id,
            Err(e) => return refused(e.message(&state.l10n())),
        }
    };
    let entry = match state.entry(&grid_id) {
        Ok(entry) => entry,
        Err(e) => return refused(e.message),
    };
    let mut store = match state.store() {
        Ok(store) => store,
        Err(e) => return refused(e.message),
    };
    let page = match deeplink::arrive(&mut store, &entry, &link) {
        Ok(Arrival::Begun(opened)) => LinkPage::Opened {
            session: opened.session,
            screen: Box::new(consultation_screen(&entry.grid, &opened.state, l10n)),
        },
        Ok(Arrival::Unfinished(summary)) => match store.session_state(summary.id) {
            Ok(at) => LinkPage::Offer(deeplink::offer(&entry, &link, &summary, at.step, l10n)),
            Err(e) => return refused(state.records_error(&e).message),
        },
        Err(e) => return refused(state.records_error(&e).message),
    };
    drop(store);
    // The consultation's language, for this run only: the clinician's own choice stays saved.
    *state.language.lock().unwrap_or_else(|p| p.into_inner()) = language;
    page
}
