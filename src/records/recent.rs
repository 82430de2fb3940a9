//! Recently opened grids, newest first, to sort search results. Not patient data: only grid
//! ids and when they were opened.

use rusqlite::{params, TransactionBehavior};

use super::patients::now_text;
use super::{RecordsError, Store};

/// How many recent grids are kept.
const KEEP_RECENT: i64 = 100;

impl Store {
    /// Remember that `grid_id` was opened just now.
    pub fn touch_recent(&mut self, grid_id: &str) -> Result<(), RecordsError> {
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        touch_recent_in(&tx, grid_id)?;
        tx.commit()?;
        Ok(())
    }

    /// Up to `limit` grid ids, most recently opened first.
    pub fn recent_grids(&self, limit: usize) -> Result<Vec<String>, RecordsError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT grid_id FROM recent_grid ORDER BY id DESC LIMIT ?1")?;
        let ids = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }
}

/// Remember in `conn` (a transaction of the caller's) that `grid_id` was opened just now.
pub(super) fn touch_recent_in(
    conn: &rusqlite::Connection,
    grid_id: &str,
) -> Result<(), RecordsError> {
    // Delete and insert, so the row id (the order) is the newest.
    conn.execute("DELETE FROM recent_grid WHERE grid_id = ?1", [grid_id])?;
    conn.execute(
        "INSERT INTO recent_grid (grid_id, opened_at) VALUES (?1, ?2)",
        params![grid_id, now_text()],
    )?;
    conn.execute(
        "DELETE FROM recent_grid WHERE id NOT IN
            (SELECT id FROM recent_grid ORDER BY id DESC LIMIT ?1)",
        [KEEP_RECENT],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_grids_are_newest_first_without_duplicates() {
        let mut store = Store::in_memory().unwrap();
        for id in ["knie", "heup", "knie", "polsbreuk"] {
            store.touch_recent(id).unwrap();
        }
        assert_eq!(
            store.recent_grids(10).unwrap(),
            ["polsbreuk", "knie", "heup"]
        );
        assert_eq!(store.recent_grids(1).unwrap(), ["polsbreuk"]);
    }

    #[test]
    fn only_the_newest_are_kept() {
        let mut store = Store::in_memory().unwrap();
        for i in 0..KEEP_RECENT + 5 {
            store.touch_recent(&format!("g{i}")).unwrap();
        }
        let all = store.recent_grids(1000).unwrap();
        assert_eq!(all.len(), KEEP_RECENT as usize);
        assert_eq!(all[0], format!("g{}", KEEP_RECENT + 4));
        assert_eq!(all.last().unwrap(), "g5");
    }
}
