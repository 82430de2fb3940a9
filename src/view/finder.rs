//! Finding a decision on the start screen: the built-in grids searched in memory, the
//! installed ones through the catalogue's index, merged and ranked, recently used first among
//! equals. Nothing here grows with the installed library but the page of results.

use std::collections::BTreeMap;

use crate::catalogue::Catalogue;
use crate::language::{Language, Localizer};
use crate::library::Library;
use crate::search::{self, SearchEntry};

use super::notices::index_card;
use super::{start_screen, ConditionCard, StartScreen};

/// How many conditions of the catalogue one search shows at most.
pub const PAGE: usize = 200;
/// How many conditions of the catalogue the start screen (no query yet) shows, as many as the
/// built-in grids: what start-up reads and draws does not grow with the installed library.
pub const START_PAGE: usize = 8;

/// The search entries of the built-in (and opened) grids in one language, built once per
/// language and kept while the window runs.
#[derive(Debug, Clone)]
pub struct BuiltinIndex {
    language: Language,
    entries: Vec<SearchEntry>,
}

impl BuiltinIndex {
    /// The index of `library` in `language`.
    pub fn new(library: &Library, language: Language) -> BuiltinIndex {
        let code = language.code();
        BuiltinIndex {
            language,
            entries: library
                .entries()
                .iter()
                .map(|e| SearchEntry::from_grid(&e.grid, code))
                .collect(),
        }
    }

    /// The language it was built in.
    pub fn language(&self) -> Language {
        self.language
    }
}

/// The conditions matching `query` (all when empty: the built-in ones and the catalogue's
/// first [`PAGE`] by name), best match first, recently used (`recent`) first among equals.
/// Each card says which synonym or complaint it was found by.
pub fn find(
    library: &Library,
    index: &BuiltinIndex,
    catalogue: Option<&Catalogue>,
    query: &str,
    recent: &[String],
    l10n: &Localizer,
) -> StartScreen {
    let code = l10n.language().code();
    let mut hits = search::search_in(&index.entries, query, code, recent);
    let mut more_installed = None;
    if let Some(catalogue) = catalogue {
        let first_screen = query.trim().is_empty();
        let page = if first_screen { START_PAGE } else { PAGE };
        let installed = catalogue
            .search(query, code, recent, page)
            .unwrap_or_default();
        if first_screen && installed.len() >= page {
            more_installed = Some(l10n.text("ui-start-more-installed"));
        }
        hits.extend(
            installed
                .into_iter()
                .filter(|h| library.get(&h.id).is_none()),
        );
        search::rank(&mut hits, recent);
    }
    let mut cards: BTreeMap<String, ConditionCard> = start_screen(library, l10n)
        .conditions
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    let conditions = hits
        .into_iter()
        .filter_map(|hit| {
            let mut card = cards.remove(&hit.id).or_else(|| {
                let entry = catalogue?.entry(&hit.id).ok()??;
                Some(index_card(&entry, l10n))
            })?;
            card.recent = recent.contains(&hit.id);
            card.found_via = hit
                .matched
                .map(|term| l10n.format("ui-found-via", &[("term", term)]));
            Some(card)
        })
        .collect();
    StartScreen {
        conditions,
        more_installed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    }

    #[test]
    fn an_empty_query_lists_every_built_in_grid_recent_first() {
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let index = BuiltinIndex::new(&library, Language::Nl);
        let last = library.entries().last().unwrap().grid.id.clone();
        let screen = find(
            &library,
            &index,
            None,
            "",
            std::slice::from_ref(&last),
            &l10n,
        );
        assert_eq!(screen.conditions.len(), library.entries().len());
        assert_eq!(screen.conditions[0].id, last);
        assert!(screen.conditions[0].recent);
        assert!(screen.conditions[1..].iter().all(|c| !c.recent));
    }

    #[test]
    fn a_complaint_finds_its_grid_and_says_by_which_words() {
        let library = library();
        let l10n = Localizer::new(Language::Nl);
        let index = BuiltinIndex::new(&library, Language::Nl);
        let grid = &library.entries()[0].grid;
        let complaint = grid.condition.complaints["nl"][0].clone();
        let screen = find(&library, &index, None, &complaint, &[], &l10n);
        let card = screen
            .conditions
            .iter()
            .find(|c| c.id == grid.id)
            .expect("the grid of the complaint");
        assert!(card.found_via.is_some(), "{card:?}");
        assert_eq!(index.language(), Language::Nl);
    }
}
