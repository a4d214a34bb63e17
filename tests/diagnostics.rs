//! Fixture-driven diagnostics: each `tests/fixtures/err/*.budget` starts with
//! `# expect: CODE @ LINE:COL` lines; the run must report each at that place, and the
//! source with its rendered diagnostics is snapshotted side by side. Adding a case
//! needs no Rust.

use std::path::Path;

use budgetc::diag::{render, Code, Diagnostics, Severity};

struct Expect {
    code: String,
    /// The file, when not the fixture itself (`# expect: CODE @ included/file.budget:L:C`).
    file: Option<String>,
    line: usize,
    col: usize,
}

fn expectations(src: &str) -> Vec<Expect> {
    src.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|e| {
            let (code, at) = e.split_once(" @ ").expect("`# expect: CODE @ [FILE:]L:C`");
            let mut parts: Vec<&str> = at.trim().rsplitn(3, ':').collect();
            parts.reverse();
            let (file, line, col) = match parts.as_slice() {
                [file, line, col] => (Some((*file).to_owned()), *line, *col),
                [line, col] => (None, *line, *col),
                _ => panic!("`# expect: CODE @ [FILE:]L:C`"),
            };
            Expect { code: code.trim().into(), file, line: line.parse().expect("line"), col: col.parse().expect("col") }
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
        // The repository is the workspace: as-published-tangshan.budget includes the example.
        let sources =
            budgetc::load::load_in(relative(path), Path::new(env!("CARGO_MANIFEST_DIR")), &mut diags).expect("load");
        let budget = budgetc::compile(&sources, &mut diags);
        let found: Vec<(String, String, usize, usize)> = diags
            .as_slice()
            .iter()
            .map(|d| {
                let span = d.location().expect("located");
                let (l, c) = sources.map.line_col(span.file, span.start as usize);
                let file = sources.map.get(span.file).map(|f| f.path.display().to_string()).unwrap_or_default();
                (d.code.to_string(), file, l, c)
            })
            .collect();
        let root = relative(path).display().to_string();
        for e in &expects {
            let matches = |(code, file, l, c): &(String, String, usize, usize)| {
                let same_file = match &e.file {
                    Some(f) => file.ends_with(f.as_str()),
                    None => *file == root,
                };
                *code == e.code && same_file && *l == e.line && *c == e.col
            };
            assert!(
                found.iter().any(matches),
                "{}: expected {} at {}:{}, found {found:?}",
                path.display(),
                e.code,
                e.line,
                e.col
            );
        }
        let only_warnings = expects.iter().all(|e| e.code.starts_with('W'));
        assert_eq!(budget.is_some(), only_warnings, "{}: a budget with errors must not compile", path.display());
        let unexpected: Vec<_> = found.iter().filter(|(code, ..)| !expects.iter().any(|e| e.code == *code)).collect();
        assert!(unexpected.is_empty(), "{}: unexpected diagnostics {unexpected:?}", path.display());
        let human = render::human(&sources.map, diags.as_slice(), false);
        insta::assert_snapshot!(format!("{src}----- DIAGNOSTICS -----\n{human}"));
    });
}

#[test]
fn every_code_has_a_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/err");
    let mut covered = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "budget") {
            continue;
        }
        let src = std::fs::read_to_string(path).expect("read");
        covered.extend(expectations(&src).into_iter().map(|e| e.code));
    }
    // Codes that need a situation made at run time, each covered by a test in tests/load.rs:
    // B0008 a file larger than 16 MiB, B0009 a chain of 33 includes.
    let made_at_run_time = ["B0008", "B0009"];
    for code in Code::ALL {
        if made_at_run_time.contains(&code.as_str()) {
            continue;
        }
        // A retired code is never reported: no fixture can expect it.
        if code.is_retired() {
            assert!(!covered.contains(code.as_str()), "a fixture expects the retired {code}");
            continue;
        }
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

/// A mistyped keyword says, in English too, which keyword it is a slip of and how the
/// line reads with it.
#[test]
fn mistyped_keywords_in_english() {
    for name in
        ["B0001-mistyped-keyword", "B0001-mistyped-block-keyword-one-error", "B0001-mistyped-keyword-line-incomplete"]
    {
        let path = format!("tests/fixtures/err/{name}.budget");
        // The language is chosen before the diagnostics are made, as the command line does.
        let human = budgetc::diag::with_lang(budgetc::diag::Lang::En, || {
            let mut diags = Diagnostics::new();
            let sources = budgetc::load(Path::new(&path), &mut diags).expect("load");
            let _ = budgetc::compile(&sources, &mut diags);
            assert_eq!(diags.as_slice().iter().map(|d| d.code).collect::<Vec<_>>(), [Code::B0001], "{name}");
            render::human(&sources.map, diags.as_slice(), false)
        });
        insta::assert_snapshot!(format!("{name}-en"), human);
    }
}
