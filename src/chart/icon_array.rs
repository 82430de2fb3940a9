//! Icon arrays: `denominator` people, `count` of them marked, filled in the order of
//! [`icon_cell`](super::icon_cell) (bottom row up, left to right).
//!
//! Marked people are solid figures, unmarked people outlines, so the difference does not rest
//! on colour. People within the upper part of an uncertainty range are outlines with a hatched
//! body. Every icon is a `<g>` with class `icon marked`, `icon range` or `icon`.

use plotters::prelude::*;

use super::svg::{self, Document};
use super::{
    icon_cell, icon_rows, icons_per_row, ChartError, BENEFIT_COLOUR, HARM_COLOUR, MAX_DENOMINATOR,
    UNMARKED_COLOUR,
};
use crate::content::Direction;

/// What an icon array shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IconArraySpec<'a> {
    /// How many people the outcome happens to (the point estimate).
    pub count: u32,
    /// Out of how many people: 1 to 1000 (100 draws 10 by 10, 1000 draws 40 by 25).
    pub denominator: u32,
    /// Uncertainty range `(low, high)` around `count`, in people.
    pub range: Option<(u32, u32)>,
    /// Whether the outcome is wanted or not; sets the colour.
    pub direction: Direction,
    /// What the chart shows, in words, for screen readers (the `<title>`).
    pub description: &'a str,
}

/// Side of the square box one figure is drawn in, in drawing units; scaled to the cell.
const FIGURE_BOX: u32 = 40;

/// Pixels per person: 24 in arrays of up to 100, 12 in larger ones.
pub fn cell_size(denominator: u32) -> u32 {
    if denominator > 100 {
        12
    } else {
        24
    }
}

/// Width and height in pixels of an icon array of `denominator` people. Depends on nothing
/// else, so arrays of the same denominator for different options have the same scale.
pub fn icon_array_size(denominator: u32) -> (u32, u32) {
    let cell = cell_size(denominator);
    (
        icons_per_row(denominator) * cell,
        icon_rows(denominator) * cell,
    )
}

/// How one person is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The outcome happens: a solid figure.
    Marked,
    /// Within the uncertainty range: an outline with a hatched body.
    Range,
    /// Nothing happens: an outline.
    Unmarked,
}

impl Mark {
    fn name(self) -> &'static str {
        match self {
            Mark::Marked => "marked",
            Mark::Range => "range",
            Mark::Unmarked => "unmarked",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Mark::Marked => "icon marked",
            Mark::Range => "icon range",
            Mark::Unmarked => "icon",
        }
    }
}

/// The body of a figure: shoulders sloping into a trunk, in a 40 by 40 box.
const BODY: [(i32, i32); 6] = [(9, 38), (9, 25), (14, 19), (26, 19), (31, 25), (31, 38)];
const HEAD: (i32, i32) = (20, 10);
const HEAD_RADIUS: u32 = 7;

/// Draw one figure with plotters, in the 40 by 40 box.
fn figure(mark: Mark, colour: RGBColor, stroke: u32) -> Result<String, ChartError> {
    svg::fragment((FIGURE_BOX, FIGURE_BOX), |area| {
        let outline = ShapeStyle {
            color: colour.to_rgba(),
            filled: false,
            stroke_width: stroke,
        };
        match mark {
            Mark::Marked => {
                area.draw(&Circle::new(HEAD, HEAD_RADIUS, colour.filled()))
                    .map_err(svg::drawing)?;
                area.draw(&Polygon::new(BODY.to_vec(), colour.filled()))
                    .map_err(svg::drawing)?;
            }
            Mark::Range | Mark::Unmarked => {
                area.draw(&Circle::new(HEAD, HEAD_RADIUS - stroke / 2, outline))
                    .map_err(svg::drawing)?;
                // Edge by edge rather than one closed polyline: some SVG renderers (ImageMagick
                // among them) fill a closed polyline despite `fill="none"`.
                for (from, to) in BODY.iter().zip(BODY.iter().cycle().skip(1)) {
                    area.draw(&PathElement::new(vec![*from, *to], outline))
                        .map_err(svg::drawing)?;
                }
            }
        }
        if mark == Mark::Range {
            for (from, to) in hatch((9, 25), (31, 38), 3 * stroke.max(2) as i32) {
                area.draw(&PathElement::new(vec![from, to], outline))
                    .map_err(svg::drawing)?;
            }
        }
        Ok(())
    })
}

/// Diagonal lines (rising to the right) `spacing` apart, clipped to the rectangle from
/// `top_left` to `bottom_right`.
fn hatch(
    top_left: (i32, i32),
    bottom_right: (i32, i32),
    spacing: i32,
) -> Vec<((i32, i32), (i32, i32))> {
    let (x0, y0) = top_left;
    let (x1, y1) = bottom_right;
    let height = y1 - y0;
    let mut lines = Vec::new();
    let mut offset = spacing - height;
    while offset < x1 - x0 {
        // The line from (x0 + offset, y1) to (x0 + offset + height, y0), clipped at x0 and x1.
        let (mut from, mut to) = ((x0 + offset, y1), (x0 + offset + height, y0));
        if from.0 < x0 {
            from = (x0, y1 - (x0 - from.0));
        }
        if to.0 > x1 {
            to = (x1, y0 + (to.0 - x1));
        }
        lines.push((from, to));
        offset += spacing;
    }
    lines
}

fn check(spec: &IconArraySpec) -> Result<(), ChartError> {
    let IconArraySpec {
        count, denominator, ..
    } = *spec;
    if denominator == 0 || denominator > MAX_DENOMINATOR {
        return Err(ChartError::Denominator { denominator });
    }
    if count > denominator {
        return Err(ChartError::CountAboveDenominator { count, denominator });
    }
    if let Some((low, high)) = spec.range {
        if low > count || count > high || high > denominator {
            return Err(ChartError::IconRange {
                low,
                high,
                count,
                denominator,
            });
        }
    }
    Ok(())
}

/// Draw an icon array as SVG: `denominator` people, the first `count` in fill order solid,
/// those from `count` up to the range's upper bound hatched, the rest outlines.
pub fn icon_array_svg(spec: &IconArraySpec) -> Result<String, ChartError> {
    check(spec)?;
    let colour = match spec.direction {
        Direction::Benefit => BENEFIT_COLOUR,
        Direction::Harm => HARM_COLOUR,
    };
    let (width, height) = icon_array_size(spec.denominator);
    let cell = cell_size(spec.denominator);
    // Lines about 1.2 pixels wide whatever the cell size.
    let stroke = (FIGURE_BOX * 6 / 5).div_ceil(cell);
    let mut document = Document::new(width, height, spec.description);
    let direction = match spec.direction {
        Direction::Benefit => "benefit",
        Direction::Harm => "harm",
    };
    // The id says everything the symbol depends on, so two charts on one page that share an
    // id share identical drawings.
    let id = |mark: Mark| format!("keuzehulp-person-{direction}-{stroke}-{}", mark.name());
    for mark in [Mark::Marked, Mark::Range, Mark::Unmarked] {
        let colour = if mark == Mark::Unmarked {
            UNMARKED_COLOUR
        } else {
            colour
        };
        document.symbol(&id(mark), FIGURE_BOX, &figure(mark, colour, stroke)?);
    }
    let upper = spec.range.map_or(spec.count, |(_, high)| high);
    let ids = [Mark::Marked, Mark::Range, Mark::Unmarked].map(id);
    for index in 0..spec.denominator {
        let mark = if index < spec.count {
            Mark::Marked
        } else if index < upper {
            Mark::Range
        } else {
            Mark::Unmarked
        };
        let place = icon_cell(index, spec.denominator);
        document.place(
            mark.class(),
            &ids[mark as usize],
            (place.column * cell, place.row * cell),
            cell,
        );
    }
    Ok(document.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// One placed icon as read back from the SVG text.
    #[derive(Debug, PartialEq)]
    struct Placed {
        class: String,
        x: u32,
        y: u32,
    }

    fn attribute<'t>(element: &'t str, name: &str) -> &'t str {
        let start = element
            .find(&format!(" {name}=\""))
            .unwrap_or_else(|| panic!("no {name} in {element}"))
            + name.len()
            + 3;
        let end = element[start..].find('"').expect("closing quote") + start;
        &element[start..end]
    }

    fn icons(svg: &str) -> Vec<Placed> {
        svg.split("<use")
            .skip(1)
            .map(|element| Placed {
                class: attribute(element, "class").to_owned(),
                x: attribute(element, "x").parse().expect("x"),
                y: attribute(element, "y").parse().expect("y"),
            })
            .collect()
    }

    fn size(svg: &str) -> (String, String, String) {
        let root = &svg[..svg.find('>').expect("root")];
        (
            attribute(root, "width").to_owned(),
            attribute(root, "height").to_owned(),
            attribute(root, "viewBox").to_owned(),
        )
    }

    fn title(svg: &str) -> &str {
        let start = svg.find("<title>").expect("title") + "<title>".len();
        &svg[start..svg.find("</title>").expect("end of title")]
    }

    fn unescape(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    }

    fn spec(count: u32, denominator: u32, range: Option<(u32, u32)>) -> IconArraySpec<'static> {
        IconArraySpec {
            count,
            denominator,
            range,
            direction: Direction::Harm,
            description: "13 van de 100 mensen hebben pijn",
        }
    }

    fn with_class<'p>(placed: &'p [Placed], class: &str) -> Vec<&'p Placed> {
        placed.iter().filter(|p| p.class == class).collect()
    }

    #[test]
    fn draws_a_hundred_people_ten_by_ten_with_thirteen_marked() {
        let svg = icon_array_svg(&spec(13, 100, None)).expect("draws");
        let placed = icons(&svg);
        assert_eq!(placed.len(), 100);
        assert_eq!(with_class(&placed, "icon marked").len(), 13);
        assert_eq!(with_class(&placed, "icon").len(), 87);
        assert_eq!(size(&svg).2, "0 0 240 240");
        let columns: std::collections::BTreeSet<_> = placed.iter().map(|p| p.x).collect();
        assert_eq!(columns.len(), 10);
        assert!(svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains(" role=\"img\""));
        assert_eq!(title(&svg), "13 van de 100 mensen hebben pijn");
        assert!(!svg.contains("<text"), "no text inside charts");
    }

    #[test]
    fn a_thousand_people_fill_forty_by_twenty_five() {
        let svg = icon_array_svg(&spec(0, 1000, None)).expect("draws");
        let placed = icons(&svg);
        assert_eq!(placed.len(), 1000);
        let columns: std::collections::BTreeSet<_> = placed.iter().map(|p| p.x).collect();
        let rows: std::collections::BTreeSet<_> = placed.iter().map(|p| p.y).collect();
        assert_eq!((columns.len(), rows.len()), (40, 25));
        assert!(with_class(&placed, "icon marked").is_empty());
    }

    #[test]
    fn the_range_above_the_count_is_hatched_and_below_it_solid() {
        let svg = icon_array_svg(&spec(10, 100, Some((6, 15)))).expect("draws");
        let placed = icons(&svg);
        assert_eq!(with_class(&placed, "icon marked").len(), 10);
        assert_eq!(with_class(&placed, "icon range").len(), 5);
        assert_eq!(with_class(&placed, "icon").len(), 85);
        // The range people are the 11th to 15th in fill order: the bottom row's right half.
        for (index, p) in (10..15).zip(with_class(&placed, "icon range")) {
            let cell = icon_cell(index, 100);
            assert_eq!((p.x, p.y), (cell.column * 24, cell.row * 24));
        }
    }

    #[test]
    fn marked_people_are_solid_and_others_outlines_in_the_direction_colour() {
        let harm = icon_array_svg(&spec(1, 100, Some((0, 2)))).expect("draws");
        let benefit = icon_array_svg(&IconArraySpec {
            direction: Direction::Benefit,
            ..spec(1, 100, Some((0, 2)))
        })
        .expect("draws");
        let symbol = |svg: &str, name: &str| {
            let start = svg.find(&format!("-{name}\" viewBox")).expect("symbol");
            svg[start..svg[start..].find("</symbol>").expect("end") + start].to_owned()
        };
        assert!(symbol(&harm, "marked").contains("fill=\"#B45000\""));
        assert!(symbol(&benefit, "marked").contains("fill=\"#0072B2\""));
        for svg in [&harm, &benefit] {
            assert!(
                !symbol(svg, "unmarked").contains("fill=\"#"),
                "outline only"
            );
            assert!(
                !symbol(svg, "range").contains("fill=\"#"),
                "outline and hatching"
            );
            assert!(
                symbol(svg, "range").matches("<polyline").count()
                    > symbol(svg, "unmarked").matches("<polyline").count()
            );
        }
    }

    #[test]
    fn refuses_impossible_numbers() {
        assert_eq!(
            icon_array_svg(&spec(101, 100, None)),
            Err(ChartError::CountAboveDenominator {
                count: 101,
                denominator: 100
            })
        );
        for denominator in [0, 1001] {
            assert_eq!(
                icon_array_svg(&spec(0, denominator, None)),
                Err(ChartError::Denominator { denominator })
            );
        }
        for range in [(11, 20), (2, 9), (5, 101), (12, 8)] {
            assert!(matches!(
                icon_array_svg(&spec(10, 100, Some(range))),
                Err(ChartError::IconRange { .. })
            ));
        }
        let message = icon_array_svg(&spec(10, 100, Some((11, 20))))
            .expect_err("refused")
            .to_string();
        assert!(message.contains("11 to 20") && message.contains("count 10"));
    }

    fn denominators() -> impl Strategy<Value = u32> {
        prop_oneof![Just(100u32), Just(1000u32)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn marks_exactly_the_first_count_cells_of_the_fill_order(
            (denominator, count) in denominators().prop_flat_map(|d| (Just(d), 0..=d))
        ) {
            let svg = icon_array_svg(&spec(count, denominator, None)).expect("draws");
            let placed = icons(&svg);
            let cell = cell_size(denominator);
            prop_assert_eq!(placed.len() as u32, denominator);
            let marked: std::collections::BTreeSet<_> = with_class(&placed, "icon marked")
                .iter()
                .map(|p| (p.x / cell, p.y / cell))
                .collect();
            prop_assert_eq!(with_class(&placed, "icon marked").len() as u32, count);
            let expected: std::collections::BTreeSet<_> = (0..count)
                .map(|i| icon_cell(i, denominator))
                .map(|c| (c.column, c.row))
                .collect();
            prop_assert_eq!(marked, expected);
        }

        #[test]
        fn ranges_hatch_from_the_count_to_the_upper_bound(
            (denominator, low, count, high) in denominators().prop_flat_map(|d| {
                (Just(d), 0..=d).prop_flat_map(|(d, c)| (Just(d), 0..=c, Just(c), c..=d))
            })
        ) {
            let svg = icon_array_svg(&spec(count, denominator, Some((low, high)))).expect("draws");
            let placed = icons(&svg);
            prop_assert_eq!(with_class(&placed, "icon marked").len() as u32, count);
            prop_assert_eq!(with_class(&placed, "icon range").len() as u32, high - count);
            prop_assert_eq!(with_class(&placed, "icon").len() as u32, denominator - high);
        }

        #[test]
        fn same_denominator_same_size(
            denominator in denominators(),
            a in 0u32..=100,
            b in 0u32..=100,
        ) {
            let first = icon_array_svg(&spec(a, denominator, None)).expect("draws");
            let second = icon_array_svg(&IconArraySpec {
                direction: Direction::Benefit,
                ..spec(b, denominator, Some((b / 2, b)))
            })
            .expect("draws");
            prop_assert_eq!(size(&first), size(&second));
        }

        #[test]
        fn descriptions_are_escaped(before in "\\PC*", after in "\\PC*") {
            let description = format!("{before}<script>alert('x')</script>{after}");
            let svg = icon_array_svg(&IconArraySpec {
                description: &description,
                ..spec(3, 100, None)
            })
            .expect("draws");
            prop_assert!(!svg.contains("<script"));
            prop_assert_eq!(unescape(title(&svg)), description.clone());
            let root = &svg[..svg.find('>').expect("root")];
            prop_assert_eq!(unescape(attribute(root, "aria-label")), description);
        }
    }
}
