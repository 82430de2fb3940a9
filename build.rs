//! Embeds the option grids in `assets/content/` into the library, so the app opens on its
//! built-in content with no files or server beside it.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new("assets/content");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from(
        "/// Built-in content files: (file name, text).\npub const BUILTIN: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        let absolute = std::fs::canonicalize(path).unwrap();
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            absolute.display()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_content.rs");
    std::fs::write(out, code).unwrap();
}
