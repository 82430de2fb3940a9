//! A small page layout for the printed summary: wrapped text and icon arrays flowing onto A4
//! pages, first as a list of placed marks per page, then drawn with krilla.
//!
//! Coordinates are PDF points from the top-left corner of the page, y downwards.
//!
//! Right-to-left languages (Arabic) are laid out mirrored: lines right-aligned, pictures and
//! icon arrays on the right, icons counted from the right. Each line is split into runs of one
//! direction by the Unicode bidirectional algorithm (unicode-bidi) and each run is shaped in
//! its direction (rustybuzz, inside krilla), so Arabic letters join and numbers keep their order.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size as PageSize, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};
use unicode_bidi::{BidiInfo, Level};

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
    /// A pictogram (SVG) in a square of `size` with its top-left corner at `x`, `y`.
    Picture {
        x: f32,
        y: f32,
        size: f32,
        svg: &'static str,
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
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
    pages: Vec<Vec<Mark>>,
    y: f32,
    rtl: bool,
}

impl Layout {
    /// An empty first page, left to right.
    #[cfg(test)]
    pub fn new() -> Result<Layout, ExportError> {
        Layout::with_direction(false)
    }

    /// An empty first page; `rtl` lays it out right to left.
    pub fn with_direction(rtl: bool) -> Result<Layout, ExportError> {
        Ok(Layout {
            regular: rustybuzz::Face::from_slice(REGULAR, 0).ok_or(ExportError::Font)?,
            bold: rustybuzz::Face::from_slice(BOLD, 0).ok_or(ExportError::Font)?,
            pages: vec![Vec::new()],
            y: MARGIN,
            rtl,
        })
    }

    /// Where a line of `width` starts, `indent` in from the start side of the column.
    fn line_x(&self, width: f32, indent: f32) -> f32 {
        if self.rtl {
            MARGIN + COLUMN - indent - width
        } else {
            MARGIN + indent
        }
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

    /// Width of `text` in `style`, shaped as it will be drawn (Arabic letters joined).
    pub fn width(&self, text: &str, style: Style) -> f32 {
        shaped_width(self.face(style.face), text, style.size)
    }

    fn face(&self, face: Face) -> &rustybuzz::Face<'static> {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
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
            let x = self.line_x(self.width(&line, style), indent);
            self.push(Mark::Text {
                x,
                y,
                face: style.face,
                size: style.size,
                warning: style.warning,
                text: line,
            });
        }
        self.y += style.size * 0.4;
    }

    /// Start a new page when the paragraph `text` would not fit on this one.
    pub fn keep_together(&mut self, text: &str, style: Style) {
        let lines = self.wrap(text, style, COLUMN).len();
        self.keep(lines as f32 * style.line_height());
    }

    /// A section heading, kept on the page with at least a few lines after it.
    pub fn heading(&mut self, text: &str, style: Style) {
        self.keep(style.line_height() + 4.0 * Style::BODY.line_height());
        self.space(style.size * 0.6);
        self.paragraph(text, style, 0.0);
    }

    /// A pictogram of `side` points at the start of the column, and beside it `parts`, each
    /// wrapped in its style.
    pub fn beside_picture(&mut self, svg: &'static str, side: f32, parts: &[(&str, Style)]) {
        let indent = side + 8.0;
        let lines: Vec<(String, Style)> = parts
            .iter()
            .flat_map(|(text, style)| {
                self.wrap(text, *style, COLUMN - indent)
                    .into_iter()
                    .map(|l| (l, *style))
            })
            .collect();
        let text_height: f32 = lines.iter().map(|(_, s)| s.line_height()).sum();
        let height = side.max(text_height);
        self.keep(height + 4.0);
        let top = self.y;
        let x = self.line_x(side, 0.0);
        self.push(Mark::Picture {
            x,
            y: top,
            size: side,
            svg,
        });
        let mut y = top;
        for (line, style) in lines {
            let x = self.line_x(self.width(&line, style), indent);
            self.push(Mark::Text {
                x,
                y: y + style.size,
                face: style.face,
                size: style.size,
                warning: style.warning,
                text: line,
            });
            y += style.line_height();
        }
        self.y = top + height + 6.0;
    }

    /// An icon array of `denominator` people with `count` filled, and beside it `title` in
    /// bold above `text`, both wrapped. Right to left, the array stands on the right and its
    /// icons count from the right.
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
            let from_start = (at.column as f32 + 0.5) * cell;
            self.push(Mark::Icon {
                cx: if self.rtl {
                    MARGIN + COLUMN - from_start
                } else {
                    MARGIN + from_start
                },
                cy: top + (at.row as f32 + 0.5) * cell,
                r: cell * 0.38,
                filled: index < count,
            });
        }
        for (i, (line, style)) in lines.into_iter().enumerate() {
            let x = self.line_x(self.width(&line, style), array_width + gap);
            self.push(Mark::Text {
                x,
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
        mut self,
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
        let marked = std::mem::take(&mut self.pages);
        let pages = marked.len();
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| ExportError::Pdf("page size".into()))?;
        for (number, marks) in marked.into_iter().enumerate() {
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            let footer = footer(number + 1, pages);
            let footer_width = self.width(&footer, Style::SMALL);
            let footer_mark = Mark::Text {
                x: self.line_x(footer_width, 0.0),
                y: PAGE_HEIGHT - MARGIN + 10.0,
                face: Face::Regular,
                size: Style::SMALL.size,
                warning: false,
                text: footer,
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
                        let mut at = *x;
                        for (run, direction) in visual_runs(text, self.rtl) {
                            surface.draw_text(
                                Point::from_xy(at, *y),
                                font.clone(),
                                *size,
                                run,
                                false,
                                direction,
                            );
                            at += shaped_width(self.face(*face), run, *size);
                        }
                    }
                    Mark::Picture { x, y, size, svg } => {
                        let Some(tree) = picture_tree(svg) else {
                            continue;
                        };
                        let Some(square) = PageSize::from_wh(*size, *size) else {
                            continue;
                        };
                        surface.push_transform(&Transform::from_translate(*x, *y));
                        surface.draw_svg(&tree, square, SvgSettings::default());
                        surface.pop();
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

/// Width of `text` at `size` as `face` shapes it.
fn shaped_width(face: &rustybuzz::Face<'_>, text: &str, size: f32) -> f32 {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let glyphs = rustybuzz::shape(face, &[], buffer);
    let advance: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
    advance as f32 * size / f32::from(face.units_per_em().max(1) as u16)
}

/// The runs of `line` in the order they stand on the page, left to right, each with its
/// direction; `rtl` is the direction of the paragraph.
pub fn visual_runs(line: &str, rtl: bool) -> Vec<(&str, TextDirection)> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(line, Some(base));
    let mut runs = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, ranges) = info.visual_runs(paragraph, paragraph.range.clone());
        for range in ranges {
            let direction = if levels[range.start].is_rtl() {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            };
            runs.push((&line[range], direction));
        }
    }
    runs
}

/// A pictogram's SVG as a tree to draw, in the icon colour.
fn picture_tree(svg: &str) -> Option<usvg::Tree> {
    let (r, g, b) = ICON;
    let coloured = svg.replace("currentColor", &format!("#{r:02x}{g:02x}{b:02x}"));
    usvg::Tree::from_str(&coloured, &usvg::Options::default()).ok()
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
