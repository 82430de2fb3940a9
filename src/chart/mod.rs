//! Charts of outcomes, drawn in Rust: icon arrays for events, bars with ranges for amounts.
//!
//! The layout of an icon array lives here, apart from any drawing, so the SVG charts of the
//! window and the icons of the printed summary fill people in the same order.

/// Icons per row of an icon array of `denominator` icons: 10 for 100 (a square of 10 by 10),
/// 40 for 1000 (25 rows), so a large array still fits on a screen.
pub fn icons_per_row(denominator: u32) -> u32 {
    if denominator > 100 {
        40
    } else {
        10
    }
}

/// Where one icon of an icon array sits, counted from the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IconCell {
    /// Column, 0 at the left.
    pub column: u32,
    /// Row, 0 at the top.
    pub row: u32,
}

/// The cell of the `index`-th icon to fill (0-based) in an array of `denominator` icons.
///
/// Icons fill from the bottom row up, each row from left to right (as iconarray.com does),
/// so the marked people always form one block and arrays of the same denominator compare
/// at a glance.
pub fn icon_cell(index: u32, denominator: u32) -> IconCell {
    let per_row = icons_per_row(denominator);
    IconCell {
        column: index % per_row,
        row: icon_rows(denominator) - 1 - index / per_row,
    }
}

/// Rows of an icon array of `denominator` icons.
pub fn icon_rows(denominator: u32) -> u32 {
    denominator.div_ceil(icons_per_row(denominator))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_from_the_bottom_row_left_to_right() {
        assert_eq!(icon_cell(0, 100), IconCell { column: 0, row: 9 });
        assert_eq!(icon_cell(9, 100), IconCell { column: 9, row: 9 });
        assert_eq!(icon_cell(10, 100), IconCell { column: 0, row: 8 });
        assert_eq!(icon_cell(99, 100), IconCell { column: 9, row: 0 });
        assert_eq!(icon_rows(1000), 25);
        assert_eq!(icon_cell(40, 1000), IconCell { column: 0, row: 23 });
    }
}
