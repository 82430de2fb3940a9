//! The SVG document around a chart: plotters draws the shapes, this module wraps them with
//! the accessible parts plotters does not write (`role`, `<title>`, class names of groups).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::ChartError;

/// XML-escape `text` for an attribute or element body: descriptions come from content files.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and newlines are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Draw shapes with plotters on a canvas of `size` pixels and return the drawn elements
/// without plotters' own `<svg>` wrapper, to be placed inside a [`Document`].
pub(crate) fn fragment(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut buffer = String::new();
    {
        let area = SVGBackend::with_string(&mut buffer, size).into_drawing_area();
        draw(&area)?;
        area.present().map_err(drawing)?;
    }
    // plotters writes `<svg …>\n` first and `</svg>\n` last.
    let body = buffer
        .split_once('\n')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    Ok(body
        .trim_end()
        .strip_suffix("</svg>")
        .unwrap_or(body)
        .to_owned())
}

/// Turn a plotters error into a [`ChartError`].
pub(crate) fn drawing<E: std::error::Error + Send + Sync>(
    error: DrawingAreaErrorKind<E>,
) -> ChartError {
    ChartError::Drawing(error.to_string())
}

/// An SVG document being written: fixed pixel size, a viewBox so it scales, `role="img"` and a
/// `<title>` that names what it shows.
pub(crate) struct Document {
    text: String,
}

impl Document {
    /// Start a document of `width` by `height` pixels described by `description`.
    pub(crate) fn new(width: u32, height: u32, description: &str) -> Document {
        let description = escape(description);
        let mut text = String::with_capacity(4096);
        text.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{description}\">\
             <title>{description}</title>\n"
        ));
        Document { text }
    }

    /// Add a group of elements with a class (and optionally a transform).
    pub(crate) fn group(&mut self, class: &str, transform: Option<&str>, body: &str) {
        self.text.push_str("<g class=\"");
        self.text.push_str(class);
        self.text.push('"');
        if let Some(transform) = transform {
            self.text.push_str(" transform=\"");
            self.text.push_str(transform);
            self.text.push('"');
        }
        self.text.push('>');
        self.text.push_str(body);
        self.text.push_str("</g>\n");
    }

    /// Define a symbol `id` drawn in a `size` by `size` box, to be placed with [`Self::place`].
    pub(crate) fn symbol(&mut self, id: &str, size: u32, body: &str) {
        self.text.push_str(&format!(
            "<defs><symbol id=\"{id}\" viewBox=\"0 0 {size} {size}\">{body}</symbol></defs>\n"
        ));
    }

    /// Place symbol `id` with a class at `(x, y)`, `size` pixels square.
    pub(crate) fn place(&mut self, class: &str, id: &str, (x, y): (u32, u32), size: u32) {
        self.text.push_str(&format!(
            "<use class=\"{class}\" href=\"#{id}\" x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\"/>\n"
        ));
    }

    /// The finished SVG text.
    pub(crate) fn finish(mut self) -> String {
        self.text.push_str("</svg>\n");
        self.text
    }
}

/// Contrast ratio of a colour against white (WCAG 2 relative luminance).
#[cfg(test)]
pub(crate) fn contrast_with_white(colour: RGBColor) -> f64 {
    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        0.2126 * channel(colour.0) + 0.7152 * channel(colour.1) + 0.0722 * channel(colour.2);
    1.05 / (luminance + 0.05)
}
