//! A small page layout for the printed summary: wrapped text and icon arrays flowing onto A4
//! pages, first as a list of placed marks per page, then drawn with krilla.
//!
//! Coordinates are PDF points from the top-left corner of the page, y downwards.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::ExportError;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 842.0;
/// Margin on every side.
pub const MARGIN: f32 = 56.0;
/// Width of the text column.
pub const COLUMN: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where content stops, leaving room for the footer.
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN - 14.0;

/// Text colour: near-black.
const INK: (u8, u8, u8) = (20, 20, 20);
/// Icon colour: a dark blue that prints well in grey too.
const ICON: (u8, u8, u8) = (30, 70, 140);
/// Colour of the example-content warning.
const WARNING: (u8, u8, u8) = (150, 40, 0);

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

/// One mark on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// One line of text; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        warning: bool,
        text: String,
    },
    /// One icon of an icon array: a circle, filled or outlined.
    Icon {
        cx: f32,
        cy: f32,
        r: f32,
        filled: bool,
    },
}

/// Text style: face, size and whether it is a warning.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub warning: bool,
}

impl Style {
    /// Body text.
    pub const BODY: Style = Style {
        face: Face::Regular,
        size: 10.5,
        warning: false,
    };
    /// Bold body text.
    pub const STRONG: Style = Style {
        face: Face::Bold,
        size: 10.5,
        warning: false,
    };
    /// Section heading.
    pub const HEADING: Style = Style {
        face: Face::Bold,
        size: 14.0,
        warning: false,
    };
    /// Title of the document.
    pub const TITLE: Style = Style {
        face: Face::Bold,
        size: 20.0,
        warning: false,
    };
    /// Small print: sources.
    pub const SMALL: Style = Style {
        face: Face::Regular,
        size: 8.5,
        warning: false,
    };
    /// The example-content warning.
    pub const WARNING: Style = Style {
        face: Face::Bold,
        size: 10.5,
        warning: true,
    };

    fn line_height(self) -> f32 {
        self.size * 1.35
    }
}

/// Pages being filled, top to bottom.
pub struct Layout {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
    pages: Vec<Vec<Mark>>,
    y: f32,
}

impl Layout {
    /// An empty first page.
    pub fn new() -> Result<Layout, ExportError> {
        Ok(Layout {
            regular: FontRef::new(REGULAR).map_err(|_| ExportError::Font)?,
            bold: FontRef::new(BOLD).map_err(|_| ExportError::Font)?,
            pages: vec![Vec::new()],
            y: MARGIN,
        })
    }

    /// The marks of every page.
    #[cfg(test)]
    pub fn pages(&self) -> &[Vec<Mark>] {
        &self.pages
    }

    fn push(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    /// Start a new page when less than `height` is left on this one.
    pub fn keep(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    /// Vertical space.
    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Width of `text` in `style`, from the font's advance widths.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        let font = match style.face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(style.size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(style.size * 0.6)
            })
            .sum()
    }

    /// `text` broken into lines no wider than `width`; a word longer than a line is cut.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, style) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    line.push(c);
                    if self.width(&line, style) > width {
                        line.pop();
                        lines.push(std::mem::replace(&mut line, c.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// A paragraph of wrapped text, `indent` from the left margin, then a small gap.
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        for line in self.wrap(text, style, COLUMN - indent) {
            self.keep(style.line_height());
            self.y += style.line_height();
            let y = self.y - style.line_height() + style.size;
            self.push(Mark::Text {
                x: MARGIN + indent,
                y,
                face: style.face,
                size: style.size,
                warning: style.warning,
                text: line,
            });
        }
        self.y += style.size * 0.4;
    }

    /// A section heading, kept on the page with at least a few lines after it.
    pub fn heading(&mut self, text: &str, style: Style) {
        self.keep(style.line_height() + 4.0 * Style::BODY.line_height());
        self.space(style.size * 0.6);
        self.paragraph(text, style, 0.0);
    }

    /// An icon array of `denominator` people with `count` filled, and beside it `title` in
    /// bold above `text`, both wrapped.
    pub fn icon_array(&mut self, count: u32, denominator: u32, title: &str, text: &str) {
        let per_row = crate::chart::icons_per_row(denominator);
        let rows = crate::chart::icon_rows(denominator);
        let cell = if per_row > 10 { 4.2 } else { 8.0 };
        let array_width = cell * per_row as f32;
        let gap = 14.0;
        let width = COLUMN - array_width - gap;
        let lines: Vec<(String, Style)> = self
            .wrap(title, Style::STRONG, width)
            .into_iter()
            .map(|l| (l, Style::STRONG))
            .chain(
                self.wrap(text, Style::BODY, width)
                    .into_iter()
                    .map(|l| (l, Style::BODY)),
            )
            .collect();
        let line_height = Style::BODY.line_height();
        let text_height = lines.len() as f32 * line_height;
        let height = (cell * rows as f32).max(text_height);
        self.keep(height + 6.0);
        let top = self.y;
        for index in 0..denominator {
            let at = crate::chart::icon_cell(index, denominator);
            self.push(Mark::Icon {
                cx: MARGIN + (at.column as f32 + 0.5) * cell,
                cy: top + (at.row as f32 + 0.5) * cell,
                r: cell * 0.38,
                filled: index < count,
            });
        }
        for (i, (line, style)) in lines.into_iter().enumerate() {
            self.push(Mark::Text {
                x: MARGIN + array_width + gap,
                y: top + i as f32 * line_height + style.size,
                face: style.face,
                size: style.size,
                warning: style.warning,
                text: line,
            });
        }
        self.y = top + height + 8.0;
    }

    /// Draw every page, with `footer(page, pages)` at the bottom, into a PDF.
    pub fn finish(
        self,
        title: String,
        language: &str,
        footer: impl Fn(usize, usize) -> String,
    ) -> Result<Vec<u8>, ExportError> {
        let regular = Font::new(REGULAR.into(), 0).ok_or(ExportError::Font)?;
        let bold = Font::new(BOLD.into(), 0).ok_or(ExportError::Font)?;
        let mut document = Document::new();
        document.set_metadata(
            krilla::metadata::Metadata::new()
                .title(title)
                .language(language.to_owned()),
        );
        let pages = self.pages.len();
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| ExportError::Pdf("page size".into()))?;
        for (number, marks) in self.pages.into_iter().enumerate() {
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            let footer_mark = Mark::Text {
                x: MARGIN,
                y: PAGE_HEIGHT - MARGIN + 10.0,
                face: Face::Regular,
                size: Style::SMALL.size,
                warning: false,
                text: footer(number + 1, pages),
            };
            for mark in marks.iter().chain(std::iter::once(&footer_mark)) {
                match mark {
                    Mark::Text {
                        x,
                        y,
                        face,
                        size,
                        warning,
                        text,
                    } => {
                        surface.set_stroke(None);
                        surface.set_fill(Some(fill(if *warning { WARNING } else { INK })));
                        let font = match face {
                            Face::Regular => regular.clone(),
                            Face::Bold => bold.clone(),
                        };
                        surface.draw_text(
                            Point::from_xy(*x, *y),
                            font,
                            *size,
                            text,
                            false,
                            TextDirection::Auto,
                        );
                    }
                    Mark::Icon { cx, cy, r, filled } => {
                        let Some(path) = circle(*cx, *cy, *r) else {
                            continue;
                        };
                        if *filled {
                            surface.set_stroke(None);
                            surface.set_fill(Some(fill(ICON)));
                        } else {
                            surface.set_fill(None);
                            surface.set_stroke(Some(Stroke {
                                paint: colour(ICON).into(),
                                width: *r * 0.25,
                                ..Stroke::default()
                            }));
                        }
                        surface.draw_path(&path);
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        document
            .finish()
            .map_err(|e| ExportError::Pdf(format!("{e:?}")))
    }
}

fn colour((r, g, b): (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn fill(c: (u8, u8, u8)) -> Fill {
    Fill {
        paint: colour(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// A circle as four cubic curves.
fn circle(cx: f32, cy: f32, r: f32) -> Option<krilla::geom::Path> {
    let k = 0.552_284_8 * r;
    let mut pb = PathBuilder::new();
    pb.move_to(cx + r, cy);
    pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    pb.close();
    pb.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_the_column_and_keep_every_word() {
        let layout = Layout::new().unwrap();
        let text = "Laat ik mijn liesbreuk opereren of wacht ik af? ".repeat(12)
            + "https://example.org/een-heel-lang-adres-zonder-spaties-dat-niet-op-een-regel-past-omdat-het-te-lang-is";
        let lines = layout.wrap(&text, Style::BODY, 200.0);
        assert!(lines.len() > 5, "{lines:?}");
        for line in &lines {
            assert!(layout.width(line, Style::BODY) <= 200.0, "{line}");
        }
        let joined: String = lines.concat();
        let words: String = text.split_whitespace().collect();
        assert_eq!(joined.replace(' ', ""), words);
    }

    #[test]
    fn long_content_flows_onto_more_pages() {
        let mut layout = Layout::new().unwrap();
        for _ in 0..120 {
            layout.paragraph("Een regel tekst.", Style::BODY, 0.0);
        }
        assert!(layout.pages().len() >= 3);
        for page in layout.pages() {
            for mark in page {
                if let Mark::Text { y, .. } = mark {
                    assert!(*y <= BOTTOM && *y >= MARGIN, "{y}");
                }
            }
        }
    }
}
