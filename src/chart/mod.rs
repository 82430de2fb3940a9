//! Charts of outcomes, drawn in Rust: icon arrays for events, bars with ranges for amounts.
//!
//! The layout of an icon array lives here, apart from any drawing, so the SVG charts of the
//! window and the icons of the printed summary fill people in the same order.
//!
//! Charts are SVG drawn with plotters, with no text inside: numbers and labels are written in
//! the HTML around a chart (the view model carries them), so they go through Fluent and scale
//! with the reader's font size. Every chart has `role="img"` and a `<title>` with its
//! description for screen readers.

use plotters::style::RGBColor;

pub mod icon_array;
pub mod range_bars;
mod svg;

pub use icon_array::{icon_array_svg, IconArraySpec};
pub use range_bars::{range_bars_svg, Bar, RangeBarsSpec};

/// Largest denominator an icon array draws (40 by 25 people).
pub const MAX_DENOMINATOR: u32 = 1000;

/// Colour of people with a wanted outcome: Okabe-Ito blue, 5.2:1 against white.
pub const BENEFIT_COLOUR: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Colour of people with an unwanted outcome: dark orange, told apart from the blue by people
/// with any common colour-vision deficiency; 5.1:1 against white.
pub const HARM_COLOUR: RGBColor = RGBColor(0xB4, 0x50, 0x00);
/// Outline of people to whom nothing happens; 5.3:1 against white.
pub const UNMARKED_COLOUR: RGBColor = RGBColor(0x6B, 0x6B, 0x6B);
/// Fill of the bars of continuous outcomes; 7.4:1 against white.
pub const BAR_COLOUR: RGBColor = RGBColor(0x3D, 0x5A, 0x80);
/// The whisker line of a range: near black, drawn over a white halo so it shows on the bar.
pub const WHISKER_COLOUR: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
/// Scale ticks: a light line, 3:1 against white.
pub const TICK_COLOUR: RGBColor = RGBColor(0x94, 0x94, 0x94);

/// Why a chart could not be drawn. Content is checked before it reaches a chart, so these
/// point at a fault in the numbers handed over, naming the number that is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ChartError {
    /// An icon array needs 1 to 1000 people.
    #[error("icon array of {denominator} people: the denominator must be 1 to 1000")]
    Denominator {
        /// The denominator given.
        denominator: u32,
    },
    /// More people marked than there are.
    #[error("icon array: count {count} is more than the denominator {denominator}")]
    CountAboveDenominator {
        /// The count given.
        count: u32,
        /// The denominator given.
        denominator: u32,
    },
    /// The uncertainty range of an icon array must hold the count and fit the array.
    #[error(
        "icon array: range {low} to {high} must run from low to high, hold the count {count} \
         and end at most at the denominator {denominator}"
    )]
    IconRange {
        /// Lower bound given.
        low: u32,
        /// Upper bound given.
        high: u32,
        /// The count given.
        count: u32,
        /// The denominator given.
        denominator: u32,
    },
    /// The scale of a bar chart must run from a finite low to a higher finite high.
    #[error("bar chart: scale {low} to {high} is empty or not finite")]
    Scale {
        /// Start of the scale given.
        low: f64,
        /// End of the scale given.
        high: f64,
    },
    /// A bar chart needs at least one bar.
    #[error("bar chart: no bars")]
    NoBars,
    /// A value of a bar is not a finite number.
    #[error("bar chart: bar {bar} has a value or range that is not a finite number")]
    NotFinite {
        /// Which bar, counted from 1.
        bar: usize,
    },
    /// A value of a bar lies outside the scale.
    #[error("bar chart: bar {bar} has {value}, outside the scale {low} to {high}")]
    OutsideScale {
        /// Which bar, counted from 1.
        bar: usize,
        /// The value (or range bound) outside the scale.
        value: f64,
        /// Start of the scale.
        low: f64,
        /// End of the scale.
        high: f64,
    },
    /// The range of a bar must run from low to high and hold the value.
    #[error(
        "bar chart: bar {bar} has range {low} to {high}, which does not hold its value {value}"
    )]
    BarRange {
        /// Which bar, counted from 1.
        bar: usize,
        /// The value of the bar.
        value: f64,
        /// Lower bound given.
        low: f64,
        /// Upper bound given.
        high: f64,
    },
    /// plotters could not draw (writing to a string; not expected to happen).
    #[error("drawing the chart failed: {0}")]
    Drawing(String),
}

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
    fn colours_meet_wcag_aa_against_white() {
        for colour in [
            BENEFIT_COLOUR,
            HARM_COLOUR,
            UNMARKED_COLOUR,
            BAR_COLOUR,
            WHISKER_COLOUR,
        ] {
            let ratio = svg::contrast_with_white(colour);
            assert!(ratio >= 4.5, "{colour:?} has contrast {ratio:.2}");
        }
        assert!(svg::contrast_with_white(TICK_COLOUR) >= 3.0);
        assert_ne!(BENEFIT_COLOUR, HARM_COLOUR);
    }

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            svg::escape("<script>a&b\"c'\u{7}</script>"),
            "&lt;script&gt;a&amp;b&quot;c&apos; &lt;/script&gt;"
        );
    }

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
