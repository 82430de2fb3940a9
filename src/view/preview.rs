//! A preview of an option grid for its authors: one HTML file that shows the first three steps
//! (there is a choice, the options, the grid with its outcomes and charts) exactly as the app
//! draws them. It embeds the app's own style sheet and step renderer, so the preview cannot
//! drift from the window; its controls record nothing.

use crate::content::OptionGrid;
use crate::language::Localizer;
use crate::session::{Mode, SessionEvent, SessionState, Step};

use super::consultation::{consultation_screen, ConsultationScreen};

const STYLE: &str = include_str!("../../ui/style.css");
const DOM_JS: &str = include_str!("../../ui/js/dom.js");
const STEPS_JS: &str = include_str!("../../ui/js/steps.js");

/// The steps the preview shows.
pub const PREVIEW_STEPS: [Step; 3] = [Step::Choice, Step::Options, Step::ProsCons];

/// The ES modules of the window as one inline script: imports dropped (everything is in one
/// scope), exports made plain declarations.
fn inline_module(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("import "))
        .map(|line| line.strip_prefix("export ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text as HTML text: `<`, `>`, `&` and quotes escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The screens of the preview, in the chosen language.
pub fn preview_screens(grid: &OptionGrid, l10n: &Localizer) -> Vec<ConsultationScreen> {
    preview_screens_in(grid, Mode::Home, &PREVIEW_STEPS, l10n)
}

/// The screens of `steps` in `mode` (consultation room or home), as a new session shows them.
pub fn preview_screens_in(
    grid: &OptionGrid,
    mode: Mode,
    steps: &[Step],
    l10n: &Localizer,
) -> Vec<ConsultationScreen> {
    steps
        .iter()
        .map(|step| {
            let state = SessionState::from_events(&[
                SessionEvent::ModeChosen { mode },
                SessionEvent::StepOpened { step: *step },
            ]);
            consultation_screen(grid, &state, l10n)
        })
        .collect()
}

/// The preview as one self-contained HTML file.
pub fn preview_html(grid: &OptionGrid, l10n: &Localizer) -> String {
    let screens = preview_screens(grid, l10n);
    // JSON inside <script>: a "</" in any text must not close the script element.
    let data = serde_json::to_string(&screens)
        .unwrap_or_else(|_| "[]".to_owned())
        .replace("</", "<\\/");
    let first = screens.first();
    let title = first.map(|s| s.condition.as_str()).unwrap_or_default();
    let banner = l10n.text("preview-banner");
    format!(
        r#"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body data-mode="home">
<p class="authoring-banner" role="note">{banner}</p>
<main id="screen"></main>
<script type="module">
{dom}
{steps}
const screens = {data};
const main = document.getElementById("screen");
const first = screens[0];
main.append(el("header", {{ class: "consultation-header" }},
  el("p", {{ class: "consultation-condition" }}, first.condition),
  el("p", {{ class: "question" }}, first.question),
  first.example_label ? el("p", {{ class: "example-label", role: "note" }}, first.example_label) : null));
for (const view of screens) {{
  main.append(el("section", {{ class: `step step-${{view.step}}`, "data-step": view.step }},
    el("h2", {{}}, view.steps.find((s) => s.current).label),
    stepContent(view.content, () => {{}})));
}}
</script>
</body>
</html>
"#,
        lang = l10n.language().code(),
        title = escape(title),
        banner = escape(&banner),
        dom = inline_module(DOM_JS),
        steps = inline_module(STEPS_JS),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::library::Library;

    #[test]
    fn preview_embeds_the_app_renderer_and_every_chart_of_the_grid() {
        let library = Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let grid = &library.get("liesbreuk").unwrap().grid;
        let html = preview_html(grid, &Localizer::new(Language::Nl));
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.contains("function stepContent(") && html.contains("function el("));
        assert!(!html.lines().any(|l| l.trim_start().starts_with("import ")));
        assert!(!html.contains("export function"));
        assert!(html.contains("Afwachten") && html.contains("Operatie"));
        // The icon arrays (one outcome, two options; again in the easy-reading layer) and the
        // pictograms of the options and burden, escaped inside the JSON.
        let svgs = html.matches("<svg").count();
        assert!(
            svgs >= 2 + 2 + 2,
            "charts and pictures in the preview: {svgs}"
        );
        assert!(html.contains("\"sentences\"") && html.contains("Makkelijk lezen"));
        // The evidence table travels with every figure.
        assert!(html.contains("Waar komt dit getal vandaan?") && html.contains("\"reported\""));
        assert!(!html[html.find("const screens").unwrap()..].contains("</svg"));
        assert!(html.contains("<title>Liesbreuk</title>"));
    }

    #[test]
    fn a_closing_script_tag_in_content_cannot_end_the_script() {
        let library = Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let mut grid = library.get("liesbreuk").unwrap().grid.clone();
        grid.condition
            .description
            .insert("nl".into(), "</script><script>alert(1)</script>".into());
        let html = preview_html(&grid, &Localizer::new(Language::Nl));
        assert_eq!(
            html.matches("</script>").count(),
            1,
            "only the preview's own"
        );
    }
}
