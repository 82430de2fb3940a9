//! Bars for continuous outcomes (days to recover, days off work): one horizontal bar per
//! option, in the order given, all on one scale; the uncertainty range as a whisker with end
//! caps. Scale ticks are lines; the numbers belong in the HTML around the chart.
//!
//! Each bar is a `<g class="bar">`, each whisker a `<g class="whisker">`, the ticks one
//! `<g class="ticks">`.

use plotters::prelude::*;

use super::svg::{self, Document};
use super::{ChartError, BAR_COLOUR, TICK_COLOUR, WHISKER_COLOUR};

/// One option's amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// The typical value (mean or median).
    pub value: f64,
    /// Lower and upper bound of the uncertainty range, in the same unit.
    pub range: Option<(f64, f64)>,
}

/// What a range-bar chart shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RangeBarsSpec<'a> {
    /// One bar per option, top to bottom.
    pub bars: &'a [Bar],
    /// Start and end of the scale, shared by all bars (the outcome's `scale`).
    pub scale: (f64, f64),
    /// What the chart shows, in words, for screen readers (the `<title>`).
    pub description: &'a str,
}

/// Width of a range-bar chart in pixels.
pub const WIDTH: u32 = 480;
/// Height of one bar's row in pixels.
pub const ROW: u32 = 40;
/// Space left and right of the scale, so end caps at the ends stay visible.
const MARGIN: u32 = 8;
/// Height of a bar within its row.
const BAR_HEIGHT: u32 = 20;

/// Width and height in pixels of a chart of `bars` bars.
pub fn range_bars_size(bars: usize) -> (u32, u32) {
    (WIDTH, ROW * u32::try_from(bars).unwrap_or(u32::MAX / ROW))
}

fn check(spec: &RangeBarsSpec) -> Result<(), ChartError> {
    let (low, high) = spec.scale;
    if !low.is_finite() || !high.is_finite() || low >= high {
        return Err(ChartError::Scale { low, high });
    }
    if spec.bars.is_empty() {
        return Err(ChartError::NoBars);
    }
    for (index, bar) in spec.bars.iter().enumerate() {
        let number = index + 1;
        let (range_low, range_high) = bar.range.unwrap_or((bar.value, bar.value));
        if ![bar.value, range_low, range_high]
            .iter()
            .all(|v| v.is_finite())
        {
            return Err(ChartError::NotFinite { bar: number });
        }
        for value in [bar.value, range_low, range_high] {
            if value < low || value > high {
                return Err(ChartError::OutsideScale {
                    bar: number,
                    value,
                    low,
                    high,
                });
            }
        }
        if range_low > bar.value || bar.value > range_high {
            return Err(ChartError::BarRange {
                bar: number,
                value: bar.value,
                low: range_low,
                high: range_high,
            });
        }
    }
    Ok(())
}

/// Tick positions for a scale: round steps of 1, 2 or 5 times a power of ten, about five of
/// them, always including both ends of the scale.
pub fn ticks(low: f64, high: f64) -> Vec<f64> {
    let span = high - low;
    let rough = span / 5.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| span / step <= 6.0)
        .unwrap_or(10.0 * power);
    let mut ticks = vec![low];
    let mut tick = (low / step).floor() * step + step;
    while tick < high - step * 1e-9 {
        ticks.push(tick);
        tick += step;
    }
    ticks.push(high);
    ticks
}

/// Draw the bars as SVG.
pub fn range_bars_svg(spec: &RangeBarsSpec) -> Result<String, ChartError> {
    check(spec)?;
    let (width, height) = range_bars_size(spec.bars.len());
    let (low, high) = spec.scale;
    let usable = f64::from(WIDTH - 2 * MARGIN);
    let x = |value: f64| -> i32 {
        // Within the scale (checked), so this lands between the margins.
        (f64::from(MARGIN) + (value - low) / (high - low) * usable).round() as i32
    };
    let size = (width, height);
    let mut document = Document::new(width, height, spec.description);

    let ticks = svg::fragment(size, |area| {
        for tick in ticks(low, high) {
            let at = x(tick);
            area.draw(&PathElement::new(
                vec![(at, 0), (at, height as i32)],
                TICK_COLOUR.stroke_width(1),
            ))
            .map_err(svg::drawing)?;
        }
        Ok(())
    })?;
    document.group("ticks", None, &ticks);

    for (index, bar) in spec.bars.iter().enumerate() {
        let top = (index as u32 * ROW + (ROW - BAR_HEIGHT) / 2) as i32;
        let middle = top + BAR_HEIGHT as i32 / 2;
        let drawn = svg::fragment(size, |area| {
            let (from, to) = (x(low), x(bar.value).max(x(low) + 1));
            area.draw(&Rectangle::new(
                [(from, top), (to, top + BAR_HEIGHT as i32)],
                BAR_COLOUR.filled(),
            ))
            .map_err(svg::drawing)
        })?;
        document.group("bar", None, &drawn);
        if let Some((range_low, range_high)) = bar.range {
            let (from, to) = (x(range_low), x(range_high));
            let whisker = svg::fragment(size, |area| {
                let cap = BAR_HEIGHT as i32 / 2 + 2;
                // A white halo first, so the line shows where it crosses the bar.
                for (colour, stroke) in [(WHITE, 4), (WHISKER_COLOUR, 2)] {
                    let style = colour.stroke_width(stroke);
                    for line in [
                        vec![(from, middle), (to, middle)],
                        vec![(from, middle - cap), (from, middle + cap)],
                        vec![(to, middle - cap), (to, middle + cap)],
                    ] {
                        area.draw(&PathElement::new(line, style))
                            .map_err(svg::drawing)?;
                    }
                }
                Ok(())
            })?;
            document.group("whisker", None, &whisker);
        }
    }
    Ok(document.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(value: f64, range: Option<(f64, f64)>) -> Bar {
        Bar { value, range }
    }

    fn spec<'a>(bars: &'a [Bar], scale: (f64, f64)) -> RangeBarsSpec<'a> {
        RangeBarsSpec {
            bars,
            scale,
            description: "Dagen tot weer aan het werk",
        }
    }

    /// The `(x, width)` of each bar's rectangle, top to bottom.
    fn bar_rects(svg: &str) -> Vec<(i32, i32)> {
        svg.split("<g class=\"bar\">")
            .skip(1)
            .map(|group| {
                let number = |name: &str| -> i32 {
                    let start = group.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
                    let end = group[start..].find('"').expect("quote") + start;
                    group[start..end].parse().expect("number")
                };
                (number("x"), number("width"))
            })
            .collect()
    }

    #[test]
    fn one_bar_per_option_on_one_scale_with_whiskers_for_ranges() {
        let bars = [
            bar(14.0, Some((7.0, 21.0))),
            bar(3.0, None),
            bar(28.0, Some((20.0, 42.0))),
        ];
        let svg = range_bars_svg(&spec(&bars, (0.0, 42.0))).expect("draws");
        assert!(svg.contains(" role=\"img\"") && svg.contains("viewBox=\"0 0 480 120\""));
        assert!(svg.contains("<title>Dagen tot weer aan het werk</title>"));
        assert!(!svg.contains("<text"), "no text inside charts");
        let rects = bar_rects(&svg);
        assert_eq!(rects.len(), 3);
        // Same start, widths in proportion to the values, in the order given.
        assert!(rects.iter().all(|(x, _)| *x == rects[0].0));
        let widths: Vec<_> = rects.iter().map(|(_, w)| *w).collect();
        assert_eq!(widths, [155, 33, 309]);
        assert_eq!(svg.matches("<g class=\"whisker\">").count(), 2);
        // A whisker is three lines (line and two end caps), each over a white halo.
        let whisker = svg.split("<g class=\"whisker\">").nth(1).expect("whisker");
        let whisker = &whisker[..whisker.find("</g>").expect("end")];
        assert_eq!(whisker.matches("<polyline").count(), 6);
        assert!(whisker.contains("stroke=\"#1A1A1A\""));
    }

    #[test]
    fn ticks_fall_on_round_numbers_and_the_scale_ends() {
        assert_eq!(ticks(0.0, 42.0), [0.0, 10.0, 20.0, 30.0, 40.0, 42.0]);
        assert_eq!(ticks(0.0, 100.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        let fine = ticks(0.0, 1.0);
        assert_eq!(fine.len(), 6);
        for (tick, expected) in fine.iter().zip([0.0, 0.2, 0.4, 0.6, 0.8, 1.0]) {
            assert!((tick - expected).abs() < 1e-9, "{fine:?}");
        }
        let svg = range_bars_svg(&spec(&[bar(1.0, None)], (0.0, 42.0))).expect("draws");
        let ticks_group = svg.split("<g class=\"ticks\">").nth(1).expect("ticks");
        let ticks_group = &ticks_group[..ticks_group.find("</g>").expect("end")];
        assert_eq!(ticks_group.matches("<polyline").count(), 6);
    }

    #[test]
    fn the_height_grows_with_the_bars_only() {
        let one = range_bars_svg(&spec(&[bar(1.0, None)], (0.0, 10.0))).expect("draws");
        let other =
            range_bars_svg(&spec(&[bar(9.0, Some((2.0, 10.0)))], (0.0, 10.0))).expect("draws");
        let root = |svg: &str| svg[..svg.find('>').expect("root")].to_owned();
        assert_eq!(root(&one), root(&other));
        assert_eq!(range_bars_size(3), (480, 120));
    }

    #[test]
    fn refuses_numbers_it_cannot_draw() {
        let ok = [bar(5.0, None)];
        for scale in [
            (0.0, 0.0),
            (10.0, 0.0),
            (f64::NAN, 1.0),
            (0.0, f64::INFINITY),
        ] {
            assert!(matches!(
                range_bars_svg(&spec(&ok, scale)),
                Err(ChartError::Scale { .. })
            ));
        }
        assert_eq!(
            range_bars_svg(&spec(&[], (0.0, 1.0))),
            Err(ChartError::NoBars)
        );
        let bad = [bar(5.0, None), bar(f64::NAN, None)];
        assert_eq!(
            range_bars_svg(&spec(&bad, (0.0, 10.0))),
            Err(ChartError::NotFinite { bar: 2 })
        );
        let bad = [bar(5.0, Some((1.0, f64::INFINITY)))];
        assert_eq!(
            range_bars_svg(&spec(&bad, (0.0, 10.0))),
            Err(ChartError::NotFinite { bar: 1 })
        );
        let bad = [bar(5.0, None), bar(5.0, None), bar(11.0, None)];
        let error = range_bars_svg(&spec(&bad, (0.0, 10.0))).expect_err("refused");
        assert_eq!(
            error,
            ChartError::OutsideScale {
                bar: 3,
                value: 11.0,
                low: 0.0,
                high: 10.0
            }
        );
        assert_eq!(
            error.to_string(),
            "bar chart: bar 3 has 11, outside the scale 0 to 10"
        );
        let bad = [bar(5.0, Some((6.0, 8.0)))];
        assert!(matches!(
            range_bars_svg(&spec(&bad, (0.0, 10.0))),
            Err(ChartError::BarRange { bar: 1, .. })
        ));
        let bad = [bar(5.0, Some((-1.0, 8.0)))];
        assert!(matches!(
            range_bars_svg(&spec(&bad, (0.0, 10.0))),
            Err(ChartError::OutsideScale { bar: 1, .. })
        ));
    }
}
