//! Fixture-driven diagnostics: each `tests/fixtures/err/*.budget` starts with
//! `# expect: CODE @ LINE:COL` lines; the run must report each at that place, and the
//! source with its rendered diagnostics is snapshotted side by side. Adding a case
//! needs no Rust.

use std::path::Path;

use budgetc::diag::{render, Code, Diagnostics, Severity};

struct Expect {
    code: String,
    line: usize,
    col: usize,
}

fn expectations(src: &str) -> Vec<Expect> {
    src.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|e| {
            let (code, at) = e.split_once(" @ ").expect("`# expect: CODE @ L:C`");
            let (line, col) = at.trim().split_once(':').expect("L:C");
            Expect { code: code.trim().into(), line: line.parse().expect("line"), col: col.parse().expect("col") }
        })
        .collect()
}

fn relative(path: &Path) -> &Path {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path)
}

#[test]
fn error_fixtures() {
    insta::glob!("fixtures/err/*.budget", |path| {
        let src = std::fs::read_to_string(path).expect("fixture");
        let expects = expectations(&src);
        assert!(!expects.is_empty(), "{} has no `# expect:` line", path.display());
        let mut diags = Diagnostics::new();
        let sources = budgetc::load(relative(path), &mut diags).expect("load");
        let budget = budgetc::compile(&sources, &mut diags);
        let found: Vec<(String, usize, usize)> = diags
            .as_slice()
            .iter()
            .map(|d| {
                let span = d.location().expect("located");
                let (l, c) = sources.map.line_col(span.file, span.start as usize);
                (d.code.to_string(), l, c)
            })
            .collect();
        for e in &expects {
            assert!(
                found.contains(&(e.code.clone(), e.line, e.col)),
                "{}: expected {} at {}:{}, found {found:?}",
                path.display(),
                e.code,
                e.line,
                e.col
            );
        }
        let only_warnings = expects.iter().all(|e| e.code.starts_with('W'));
        assert_eq!(budget.is_some(), only_warnings, "{}: a budget with errors must not compile", path.display());
        let human = render::human(&sources.map, diags.as_slice(), false);
        insta::assert_snapshot!(format!("{src}----- DIAGNOSTICS -----\n{human}"));
    });
}

#[test]
fn every_code_has_a_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/err");
    let mut covered = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let src = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        covered.extend(expectations(&src).into_iter().map(|e| e.code));
    }
    for code in Code::ALL {
        assert!(covered.contains(code.as_str()), "no fixture expects {code}");
    }
}

#[test]
fn json_report_has_locations_and_codes() {
    let path = Path::new("tests/fixtures/err/several-errors-at-once.budget");
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(path, &mut diags).expect("load");
    let _ = budgetc::compile(&sources, &mut diags);
    let json: serde_json::Value = serde_json::from_str(&render::json(&sources.map, diags.as_slice())).expect("json");
    assert_eq!(json["errors"], 5);
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "B1005");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["location"]["file"], "tests/fixtures/err/several-errors-at-once.budget");
    assert_eq!(first["location"]["line"], 13);
    assert_eq!(first["location"]["column"], 7);
    assert!(first["help"].is_string());
    assert!(diags.as_slice().iter().all(|d| d.severity == Severity::Error));
}
