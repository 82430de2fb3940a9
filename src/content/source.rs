//! Where each field of a content file stands: field paths mapped to line and column, so that
//! every diagnostic can point at the place an author has to change.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// A place in a file: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Position {
    /// Line, counted from 1.
    pub line: usize,
    /// Column in characters, counted from 1.
    pub column: usize,
}

/// Line starts of a text, to turn byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    text: String,
}

impl LineIndex {
    /// Index the lines of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            starts,
            text: text.to_owned(),
        }
    }

    /// Position of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position {
            line: line + 1,
            column,
        }
    }
}

/// Field paths of a parsed document (`options[1].name.nl`) with the byte span of each value.
#[derive(Debug, Clone)]
pub struct SourceMap {
    spans: HashMap<String, Range<usize>>,
    lines: LineIndex,
}

impl SourceMap {
    /// Build the map of a document that parsed as TOML.
    pub fn new(text: &str, root: &Spanned<DeTable<'_>>) -> Self {
        let mut spans = HashMap::new();
        spans.insert(String::new(), root.span());
        walk_table(root.get_ref(), "", &mut spans);
        SourceMap {
            spans,
            lines: LineIndex::new(text),
        }
    }

    /// A map with no fields, for a file that did not parse.
    pub fn empty(text: &str) -> Self {
        SourceMap {
            spans: HashMap::new(),
            lines: LineIndex::new(text),
        }
    }

    /// Position of the field at `path`, or of the nearest enclosing field that exists.
    pub fn position(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(span) = self.spans.get(path) {
                return self.lines.position(span.start);
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None if !path.is_empty() => path = "",
                None => return Position { line: 1, column: 1 },
            }
        }
    }

    /// Position of a byte offset.
    pub fn offset_position(&self, offset: usize) -> Position {
        self.lines.position(offset)
    }

    /// Whether a field is present in the file.
    pub fn contains(&self, path: &str) -> bool {
        self.spans.contains_key(path)
    }
}

fn child(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

fn walk_table(table: &DeTable<'_>, prefix: &str, spans: &mut HashMap<String, Range<usize>>) {
    for (key, value) in table.iter() {
        let path = child(prefix, key.get_ref());
        walk_value(value, path, spans);
    }
}

fn walk_value(
    value: &Spanned<DeValue<'_>>,
    path: String,
    spans: &mut HashMap<String, Range<usize>>,
) {
    match value.get_ref() {
        DeValue::Table(table) => walk_table(table, &path, spans),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_value(item, format!("{path}[{i}]"), spans);
            }
        }
        _ => {}
    }
    spans.insert(path, value.span());
}
