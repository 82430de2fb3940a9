//! Reading a content file: limits first (size, encoding, nesting), then TOML, then the model.
//! Nothing here panics on hostile input; every failure is a located diagnostic.

use super::diagnostic::{Diagnostic, Severity};
use super::model::{OptionGrid, FORMAT_VERSION};
use super::source::{Position, SourceMap};

/// Largest content file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// Deepest nesting of arrays and inline tables accepted.
pub const MAX_NESTING: usize = 24;

/// A grid read from a file, with the map of where its fields stand.
#[derive(Debug, Clone)]
pub struct ParsedGrid {
    /// The content.
    pub grid: OptionGrid,
    /// Field positions, for diagnostics of later checks.
    pub map: SourceMap,
}

fn fail(
    file: &str,
    code: &'static str,
    position: Position,
    args: Vec<(&'static str, String)>,
) -> Vec<Diagnostic> {
    vec![Diagnostic {
        severity: Severity::Error,
        code,
        file: file.to_owned(),
        position,
        field: String::new(),
        args,
    }]
}

/// Read one grid from the bytes of `file`. Returns every error found, or the grid.
pub fn parse_grid(file: &str, bytes: &[u8]) -> Result<ParsedGrid, Vec<Diagnostic>> {
    let start = Position { line: 1, column: 1 };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(file, "file-empty", start, vec![]));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(fail(
            file,
            "file-too-large",
            start,
            vec![
                ("size", bytes.len().to_string()),
                ("limit", MAX_FILE_BYTES.to_string()),
            ],
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let at = SourceMap::empty(valid).offset_position(valid.len());
            return Err(fail(file, "file-not-utf8", at, vec![]));
        }
    };
    if let Some(offset) = text.find('\0') {
        let at = SourceMap::empty(text).offset_position(offset);
        return Err(fail(file, "file-nul-byte", at, vec![]));
    }
    if let Some(offset) = too_deep(text) {
        let at = SourceMap::empty(text).offset_position(offset);
        return Err(fail(
            file,
            "file-too-deep",
            at,
            vec![("limit", MAX_NESTING.to_string())],
        ));
    }
    let root = match toml::de::DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let at = SourceMap::empty(text).offset_position(e.span().map_or(0, |s| s.start));
            return Err(fail(
                file,
                "file-syntax",
                at,
                vec![("detail", first_line(e.message()))],
            ));
        }
    };
    let map = SourceMap::new(text, &root);
    if let Some(refused) = format_gate(file, text, &map) {
        return Err(refused);
    }
    match toml::from_str::<OptionGrid>(text) {
        Ok(grid) => Ok(ParsedGrid { grid, map }),
        Err(e) => {
            let at = map.offset_position(e.span().map_or(0, |s| s.start));
            Err(fail(
                file,
                "file-structure",
                at,
                vec![("detail", first_line(e.message()))],
            ))
        }
    }
}

/// Refuse a file of another format before reading it as this one: format 1 with a migration
/// message (its numbers have no source data), a newer format as unsupported.
fn format_gate(file: &str, text: &str, map: &SourceMap) -> Option<Vec<Diagnostic>> {
    #[derive(serde::Deserialize)]
    struct Format {
        format: Option<toml::Value>,
    }
    let found = toml::from_str::<Format>(text).ok()?.format?.as_integer()?;
    let at = map.position("format");
    let refused = |code| {
        let mut diagnostics = fail(file, code, at, vec![]);
        diagnostics[0].field = "format".to_owned();
        diagnostics[0].args = vec![
            ("found", found.to_string()),
            ("supported", FORMAT_VERSION.to_string()),
        ];
        Some(diagnostics)
    };
    match found {
        1 => refused("format-migrate"),
        n if n == i64::from(FORMAT_VERSION) => None,
        _ => refused("format-unsupported"),
    }
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or_default().trim().to_owned()
}

/// Offset at which arrays and inline tables nest deeper than [`MAX_NESTING`], if they do.
/// Strings and comments are skipped, so brackets inside text do not count.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let triple = bytes.get(i..i + 3) == Some(&[quote; 3][..]);
                let close: &[u8] = if triple { &[quote; 3] } else { &[quote] };
                i += close.len();
                while i < bytes.len() && !bytes[i..].starts_with(close) {
                    if quote == b'"' && bytes[i] == b'\\' {
                        i += 1;
                    }
                    if !triple && bytes[i.min(bytes.len() - 1)] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                i += close.len() - 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings_only() {
        assert_eq!(too_deep("a = \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\""), None);
        let deep = format!("a = {}1{}", "[".repeat(30), "]".repeat(30));
        assert_eq!(too_deep(&deep), Some(4 + MAX_NESTING));
    }

    #[test]
    fn hostile_bytes_are_located_errors() {
        let codes = |b: &[u8]| parse_grid("f.toml", b).unwrap_err()[0].code;
        assert_eq!(codes(b""), "file-empty");
        assert_eq!(codes(b"a = 1\nb = \"\xff\""), "file-not-utf8");
        assert_eq!(codes(b"a = \"x\0\""), "file-nul-byte");
        assert_eq!(codes(b"a = = 1"), "file-syntax");
        assert_eq!(codes(b"format = 2"), "file-structure");
        assert_eq!(codes(b"format = 1\nid = \"x\""), "format-migrate");
        assert_eq!(codes(b"format = 3"), "format-unsupported");
        let err = &parse_grid("f.toml", b"a = 1\nb = \"\xff\"").unwrap_err()[0];
        assert_eq!((err.position.line, err.position.column), (2, 6));
    }
}
