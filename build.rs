//! Embeds every built-in template: each `templates/ID/template.toml` becomes an entry of
//! `BUILTIN` (id, file text), so that a new province is a new data file, no Rust.

use std::io::Write;

fn main() {
    println!("cargo:rerun-if-changed=templates");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join("template.toml").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    ids.sort();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("templates.rs");
    let mut f = std::fs::File::create(out).expect("templates.rs");
    writeln!(f, "/// The built-in templates: (id, text of `templates/ID/template.toml`).").expect("write");
    writeln!(f, "pub const BUILTIN: &[(&str, &str)] = &[").expect("write");
    for id in &ids {
        let path = dir.join(id).join("template.toml");
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(f, "    ({id:?}, include_str!({:?})),", path.display().to_string()).expect("write");
    }
    writeln!(f, "];").expect("write");
    writeln!(f, "/// The skeleton `budgetc new` writes for each template: (id, `templates/ID/new.budget`).")
        .expect("write");
    writeln!(f, "pub const SKELETONS: &[(&str, &str)] = &[").expect("write");
    for id in &ids {
        let path = dir.join(id).join("new.budget");
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            writeln!(f, "    ({id:?}, include_str!({:?})),", path.display().to_string()).expect("write");
        }
    }
    writeln!(f, "];").expect("write");
    writeln!(f, "/// Other files `budgetc new` writes beside it: (id, file name, text) for each").expect("write");
    writeln!(f, "/// `templates/ID/new-NAME.budget`, written as `NAME.budget`.").expect("write");
    writeln!(f, "pub const SKELETON_FILES: &[(&str, &str, &str)] = &[").expect("write");
    for id in &ids {
        let folder = dir.join(id);
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut extra: Vec<_> =
            std::fs::read_dir(&folder).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        extra.sort();
        for path in extra {
            let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_prefix("new-")) else {
                continue;
            };
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(f, "    ({id:?}, {name:?}, include_str!({:?})),", path.display().to_string()).expect("write");
        }
    }
    writeln!(f, "];").expect("write");
}
