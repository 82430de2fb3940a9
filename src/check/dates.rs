//! Dates: publication and review dates present, in order, and not passed.

use chrono::{Months, NaiveDate};

use super::diagnostic::Findings;
use crate::content::OptionGrid;

/// Content older than this many years counts as out of date (Ottawa inventory).
pub const MAX_AGE_YEARS: u32 = 5;

/// Check the dates of a grid against `today`.
pub fn check(grid: &OptionGrid, today: NaiveDate, f: &mut Findings) {
    let p = &grid.publication;
    let (published, review_by) = (p.published.to_string(), p.review_by.to_string());
    if p.review_by <= p.published {
        f.error(
            "date-review-before-published",
            "publication.review_by",
            &[("published", &published)],
        );
    }
    if p.published > today {
        f.warn(
            "date-published-future",
            "publication.published",
            &[("date", &published)],
        );
    }
    if p.review_by < today {
        f.warn(
            "date-review-passed",
            "publication.review_by",
            &[("date", &review_by)],
        );
    }
    let limit = Months::new(12 * MAX_AGE_YEARS);
    if p.published
        .checked_add_months(limit)
        .is_some_and(|d| d < today)
    {
        let years = MAX_AGE_YEARS.to_string();
        f.warn(
            "date-too-old",
            "publication.published",
            &[("date", &published), ("years", &years)],
        );
    }
    if p.published
        .checked_add_months(limit)
        .is_some_and(|d| d < p.review_by)
    {
        let years = MAX_AGE_YEARS.to_string();
        f.warn(
            "date-review-too-late",
            "publication.review_by",
            &[("years", &years)],
        );
    }
}
