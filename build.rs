//! Embeds the option grids in `assets/content/` and the Fluent files in `locales/` into the
//! library, so the app and the CLI open with no files or server beside them.

use std::fmt::Write;
use std::path::Path;

fn main() {
    embed_content();
    embed_locales();
    embed_trusted_keys();
}

/// Every `*.<extension>` file directly in `dir`, sorted by name.
fn files_in(dir: &Path, extension: &str) -> Vec<std::path::PathBuf> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == extension))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    files
}

/// `(name, include_str!(absolute path))` lines for `files`.
fn include_list(files: &[std::path::PathBuf], name: impl Fn(&Path) -> String) -> String {
    let mut code = String::new();
    for path in files {
        let absolute = std::fs::canonicalize(path).unwrap();
        writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            name(path),
            absolute.display()
        )
        .unwrap();
    }
    code
}

fn out_file(name: &str) -> std::path::PathBuf {
    Path::new(&std::env::var("OUT_DIR").unwrap()).join(name)
}

fn embed_locales() {
    let mut code = String::new();
    for language in ["nl", "en", "tr", "ar", "pl"] {
        let dir = Path::new("locales").join(language);
        let files = files_in(&dir, "ftl");
        writeln!(
            code,
            "/// Fluent files of `{language}`: (path, text).\npub const {}: &[(&str, &str)] = &[",
            language.to_uppercase()
        )
        .unwrap();
        code.push_str(&include_list(&files, |p| {
            format!("{language}/{}", p.file_name().unwrap().to_string_lossy())
        }));
        code.push_str("];\n");
    }
    std::fs::write(out_file("locales.rs"), code).unwrap();
}

fn embed_content() {
    let files = files_in(Path::new("assets/content"), "toml");
    let mut code = String::from(
        "/// Built-in content files: (file name, text).\npub const BUILTIN: &[(&str, &str)] = &[\n",
    );
    code.push_str(&include_list(&files, |p| {
        p.file_name().unwrap().to_string_lossy().into_owned()
    }));
    code.push_str("];\n");
    std::fs::write(out_file("builtin_content.rs"), code).unwrap();
}

/// Public keys of trusted publishers: `assets/trust/*.pub`.
fn embed_trusted_keys() {
    let files = files_in(Path::new("assets/trust"), "pub");
    let mut code = String::from(
        "/// Trusted publisher keys: (file name, text).\npub const TRUSTED: &[(&str, &str)] = &[\n",
    );
    code.push_str(&include_list(&files, |p| {
        p.file_name().unwrap().to_string_lossy().into_owned()
    }));
    code.push_str("];\n");
    std::fs::write(out_file("trusted_keys.rs"), code).unwrap();
}
