//! The guideline group's report: one self-contained HTML page per merge, with the charts drawn
//! by the app's own chart code ([`crate::chart::range_bars_svg`]): which questions patients
//! mark most, how important each aspect is, what they choose, and how often the SURE test says
//! "not sure yet", per mode. A figure that rests on small counts is drawn as a bar to what is
//! known for certain with a whisker to the most it can be.

use crate::chart::{range_bars_svg, Bar, RangeBarsSpec};
use crate::content::wording::{aspect_text, pick};
use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::library::Library;
use crate::session::{choice_text, importance_text};
use crate::session::{Choice, Mode, SureItem};

use super::merge::{Merged, Range, Version};

/// Stable name of a SURE question, as in the files.
pub(crate) fn sure_key(item: SureItem) -> &'static str {
    match item {
        SureItem::Sure => "sure",
        SureItem::Understand => "understand",
        SureItem::Values => "values",
        SureItem::Support => "support",
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = r#"
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem;
  color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-top: 2px solid #3d5a80; padding-top: 1rem; }
h3 { margin-top: 1.8rem; } h4 { margin: 1.2rem 0 .4rem; }
.facts, .rule { color: #444; }
.chart { display: flex; gap: 1rem; align-items: flex-start; }
.chart ol { list-style: none; margin: 0; padding: 0; flex: 0 0 24rem; }
.chart li { height: 40px; display: flex; align-items: center; justify-content: space-between;
  gap: .5rem; border-bottom: 1px solid #eee; }
.chart li .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chart li .n { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
.chart svg { flex: 0 0 auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.refused { background: #fff4e5; border-left: 4px solid #b45000; padding: .5rem 1rem; }
.refused code { white-space: pre-wrap; }
"#;

/// A merged figure in words: "12", or "12 tot 20" when small counts leave it open.
fn figure(range: Range, l10n: &Localizer) -> String {
    if range.is_exact() {
        range.low.to_string()
    } else {
        l10n.format(
            "learn-range",
            &[
                ("low", range.low.to_string()),
                ("high", range.high.to_string()),
            ],
        )
    }
}

/// One bar chart with its labels and figures beside it.
fn bar_chart(rows: &[(String, Range, String)], description: &str, scale: Option<f64>) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let high =
        scale.unwrap_or_else(|| rows.iter().map(|(_, r, _)| r.high).max().unwrap_or(0) as f64);
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(_, r, _)| Bar {
            value: r.low as f64,
            range: (!r.is_exact()).then_some((r.low as f64, r.high as f64)),
        })
        .collect();
    let svg = range_bars_svg(&RangeBarsSpec {
        bars: &bars,
        scale: (0.0, high.max(1.0)),
        description,
    })
    .unwrap_or_default();
    let labels: String = rows
        .iter()
        .map(|(label, _, figure)| {
            format!(
                "<li><span class=\"label\" title=\"{l}\">{l}</span><span class=\"n\">{f}</span></li>",
                l = escape(label),
                f = escape(figure)
            )
        })
        .collect();
    format!("<div class=\"chart\"><ol>{labels}</ol>{svg}</div>\n")
}

/// Rows sorted by what is known for certain, most first; ties by the most it can be.
fn sorted(mut rows: Vec<(String, Range)>, l10n: &Localizer) -> Vec<(String, Range, String)> {
    rows.sort_by(|a, b| b.1.low.cmp(&a.1.low).then(b.1.high.cmp(&a.1.high)));
    rows.into_iter()
        .map(|(label, r)| {
            let f = figure(r, l10n);
            (label, r, f)
        })
        .collect()
}

fn mode_message(mode: Mode) -> &'static str {
    match mode {
        Mode::Consultation => "ui-mode-consultation",
        Mode::Home => "ui-mode-home",
    }
}

fn choice_label(grid: Option<&OptionGrid>, key: &str, l10n: &Localizer) -> String {
    let choice = match key {
        "think_about_it" => Choice::ThinkAboutIt,
        "decide_together" => Choice::DecideTogether,
        other => Choice::Option(other.strip_prefix("option:").unwrap_or(other).to_owned()),
    };
    match (grid, &choice) {
        (Some(grid), _) => choice_text(grid, &choice, l10n),
        (None, Choice::Option(id)) => id.clone(),
        (None, Choice::ThinkAboutIt) => l10n.text("decision-think"),
        (None, Choice::DecideTogether) => l10n.text("decision-together"),
    }
}

/// The share of "not sure" among completed SURE tests, in percent, as a range.
fn not_sure_percent(all_yes: Range, any_no: Range) -> Option<(f64, f64, f64)> {
    let share = |no: u64, yes: u64| (no + yes > 0).then(|| 100.0 * no as f64 / (no + yes) as f64);
    let low = share(any_no.low, all_yes.high)?;
    let high = share(any_no.high, all_yes.low).unwrap_or(100.0);
    let point = share(any_no.low, all_yes.low)
        .unwrap_or(low)
        .clamp(low, high);
    Some((point, low, high))
}

fn version_section(v: &Version, grid: Option<&OptionGrid>, l10n: &Localizer) -> String {
    let language = l10n.language();
    let name = grid
        .map(|g| pick(&g.condition.name, language, g))
        .unwrap_or_else(|| v.grid_id.clone());
    let aspect = |id: &str| {
        let text = grid.map_or_else(|| id.to_owned(), |g| aspect_text(g, id, l10n));
        let mut chars = text.chars();
        // Outcome labels read as part of a sentence ("hebben pijn …"): capitalise them.
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    };
    let periods: Vec<&String> = v.periods.iter().collect();
    let mut html = format!(
        "<section class=\"version\" data-grid=\"{id}\" data-version=\"{ver}\">\n<h2>{title}</h2>\n<p class=\"facts\">{facts}</p>\n",
        id = escape(&v.grid_id),
        ver = escape(&v.content_version),
        title = escape(&l10n.format(
            "learn-report-version",
            &[("grid", name.as_str()), ("id", &v.grid_id), ("version", &v.content_version)]
        )),
        facts = escape(&l10n.format(
            "learn-report-version-facts",
            &[
                ("files", v.files.to_string()),
                ("installations", v.installations.len().to_string()),
                (
                    "from",
                    periods.first().map(|p| p.as_str()).unwrap_or_default().to_owned()
                ),
                ("to", periods.last().map(|p| p.as_str()).unwrap_or_default().to_owned()),
                ("sha", v.content_sha256.chars().take(12).collect::<String>()),
                ("months", v.periods.len().to_string()),
            ]
        )),
    );
    let mut sure_rows = Vec::new();
    for mode in [Mode::Consultation, Mode::Home] {
        let t = v.tally(mode);
        let mode_name = l10n.text(mode_message(mode));
        html.push_str(&format!(
            "<h3>{}</h3>\n<p class=\"sessions\">{}</p>\n",
            escape(&mode_name),
            escape(&l10n.format(
                "learn-report-sessions",
                &[("count", figure(t.sessions, l10n))]
            ))
        ));
        if t.sessions.low == 0 {
            // Every file held fewer than the threshold here: every figure is open.
            if t.sessions.high > 0 {
                html.push_str(&format!(
                    "<p>{}</p>\n",
                    escape(&l10n.text("learn-report-too-few"))
                ));
            }
            continue;
        }
        let heading = |id: &str| format!("<h4>{}</h4>\n", escape(&l10n.text(id)));
        html.push_str(&heading("learn-report-marked"));
        let marked = t
            .questions_marked
            .iter()
            .map(|(id, r)| (aspect(id), *r))
            .collect();
        html.push_str(&bar_chart(
            &sorted(marked, l10n),
            &l10n.format("learn-report-marked-chart", &[("mode", mode_name.as_str())]),
            None,
        ));
        html.push_str(&heading("learn-report-importance"));
        let important = t
            .importance
            .iter()
            .map(|(id, levels)| {
                let mut r = Range::default();
                for level in levels.iter().skip(3) {
                    r.low += level.low;
                    r.high += level.high;
                }
                (aspect(id), r)
            })
            .collect();
        html.push_str(&bar_chart(
            &sorted(important, l10n),
            &l10n.format(
                "learn-report-importance-chart",
                &[("mode", mode_name.as_str())],
            ),
            None,
        ));
        html.push_str("<table class=\"importance\"><thead><tr><th></th>");
        for level in 0..=crate::session::MAX_IMPORTANCE {
            html.push_str(&format!(
                "<th>{}</th>",
                escape(&importance_text(Some(level), l10n))
            ));
        }
        html.push_str("</tr></thead><tbody>");
        for (id, levels) in &t.importance {
            html.push_str(&format!("<tr><th>{}</th>", escape(&aspect(id))));
            for r in levels {
                html.push_str(&format!(
                    "<td class=\"n\">{}</td>",
                    escape(&figure(*r, l10n))
                ));
            }
            html.push_str("</tr>");
        }
        html.push_str("</tbody></table>\n");
        html.push_str(&heading("learn-report-choices"));
        let choices = t
            .choices
            .iter()
            .map(|(key, r)| (choice_label(grid, key, l10n), *r))
            .collect();
        html.push_str(&bar_chart(
            &sorted(choices, l10n),
            &l10n.format(
                "learn-report-choices-chart",
                &[("mode", mode_name.as_str())],
            ),
            None,
        ));
        if let Some((point, low, high)) = not_sure_percent(t.sure_all_yes, t.sure_any_no) {
            let text = if (high - low).abs() < 0.5 {
                l10n.format("learn-percent", &[("value", format!("{point:.0}"))])
            } else {
                l10n.format(
                    "learn-percent-range",
                    &[("low", format!("{low:.0}")), ("high", format!("{high:.0}"))],
                )
            };
            sure_rows.push((mode_name, point, low, high, text));
        }
    }
    html.push_str(&format!(
        "<h3>{}</h3>\n",
        escape(&l10n.text("learn-report-sure"))
    ));
    if sure_rows.is_empty() {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape(&l10n.text("learn-report-sure-none"))
        ));
    } else {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape(&l10n.text("learn-report-sure-intro"))
        ));
        let bars: Vec<Bar> = sure_rows
            .iter()
            .map(|(_, point, low, high, _)| Bar {
                value: *point,
                range: ((high - low).abs() >= 0.5).then_some((*low, *high)),
            })
            .collect();
        let svg = range_bars_svg(&RangeBarsSpec {
            bars: &bars,
            scale: (0.0, 100.0),
            description: &l10n.text("learn-report-sure"),
        })
        .unwrap_or_default();
        let labels: String = sure_rows
            .iter()
            .map(|(mode, _, _, _, text)| {
                format!(
                    "<li><span class=\"label\">{}</span><span class=\"n\">{}</span></li>",
                    escape(mode),
                    escape(text)
                )
            })
            .collect();
        html.push_str(&format!(
            "<div class=\"chart sure-rate\"><ol>{labels}</ol>{svg}</div>\n"
        ));
    }
    html.push_str("</section>\n");
    html
}

/// The report as one self-contained HTML page in the language of `l10n`. Grids found in
/// `library` (by id) name their questions and options in words; others by their ids.
pub fn report_html(merged: &Merged, library: &Library, l10n: &Localizer) -> String {
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p class=\"rule\">{}</p>\n",
        escape(&l10n.text("learn-report-title")),
        escape(&l10n.format(
            "learn-report-intro",
            &[
                ("files", merged.accepted.to_string()),
                ("installations", merged.installations.to_string()),
                ("refused", merged.refused.len().to_string()),
            ]
        )),
        escape(&l10n.text("learn-report-rule")),
    ));
    if !merged.refused.is_empty() {
        body.push_str(&format!(
            "<section class=\"refused\" id=\"refused\"><h2>{}</h2><ul>",
            escape(&l10n.text("learn-report-refused"))
        ));
        for e in &merged.refused {
            body.push_str(&format!(
                "<li><code>{}</code></li>",
                escape(&e.render(l10n))
            ));
        }
        body.push_str("</ul></section>\n");
    }
    if merged.versions.is_empty() {
        body.push_str(&format!(
            "<p>{}</p>\n",
            escape(&l10n.text("learn-report-empty"))
        ));
    }
    for v in &merged.versions {
        let grid = library.get(&v.grid_id).map(|e| &e.grid);
        body.push_str(&version_section(v, grid, l10n));
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = l10n.language().code(),
        title = escape(&l10n.text("learn-report-title")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_sure_share_is_a_range_when_counts_are_small() {
        let exact = |n| Range { low: n, high: n };
        let (point, low, high) = not_sure_percent(exact(15), exact(5)).unwrap();
        assert_eq!((point, low, high), (25.0, 25.0, 25.0));
        let (_, low, high) = not_sure_percent(exact(10), Range { low: 0, high: 4 }).unwrap();
        assert_eq!(low, 0.0);
        assert!((high - 100.0 * 4.0 / 14.0).abs() < 1e-9);
        assert_eq!(not_sure_percent(exact(0), exact(0)), None);
    }
}
