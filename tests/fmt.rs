//! `budgetc fmt`: a fixpoint over every example and fixture, the compiled model unchanged,
//! the formatting verified, `--check`, refusal of files with syntax errors, and files:
//! classic-Mac line ends, symbolic links, read-only files, several files at once.

use std::path::{Path, PathBuf};
use std::process::Command;

use budgetc::diag::Diagnostics;

fn budget_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            budget_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "budget") {
            out.push(p);
        }
    }
}

fn all_sources() -> Vec<PathBuf> {
    let mut files = vec![];
    budget_files(Path::new("examples"), &mut files);
    budget_files(Path::new("tests/fixtures"), &mut files);
    files.sort();
    files
}

fn fmt(text: &str) -> Option<String> {
    budgetc::fmt::format(text, &mut Diagnostics::new())
}

#[test]
fn formatting_is_a_fixpoint_over_every_example_and_fixture() {
    let mut formatted = 0;
    for path in all_sources() {
        let text = std::fs::read_to_string(&path).expect("read");
        let Some(once) = fmt(&text) else { continue };
        assert_eq!(fmt(&once).as_deref(), Some(once.as_str()), "fmt is not idempotent on {}", path.display());
        let comments = |s: &str| {
            s.lines().filter_map(budgetc::syntax::trailing_comment).count()
                + s.lines().filter(|l| l.trim_start().starts_with('#')).count()
        };
        assert_eq!(comments(&text), comments(&once), "fmt lost a comment in {}", path.display());
        assert_eq!(budgetc::fmt::verify(&text, &once), Ok(()), "{}", path.display());
        formatted += 1;
    }
    assert!(formatted >= 40, "only {formatted} files formatted");
}

#[test]
fn the_examples_are_kept_in_canonical_form() {
    let mut files = vec![];
    budget_files(Path::new("examples"), &mut files);
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(fmt(&text).as_deref(), Some(text.as_str()), "run `budgetc fmt {}`", path.display());
    }
}

/// Copies `dir` into a temporary directory with every `.budget` file formatted.
fn formatted_copy(dir: &Path, to: &Path) {
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        let target = to.join(p.file_name().expect("name"));
        if p.is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            formatted_copy(&p, &target);
        } else if p.extension().is_some_and(|x| x == "budget") {
            let text = std::fs::read_to_string(&p).expect("read");
            std::fs::write(&target, fmt(&text).unwrap_or(text)).expect("write");
        } else {
            let _ = std::fs::copy(&p, &target).expect("copy");
        }
    }
}

fn compile(path: &Path) -> (Option<String>, Vec<String>) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(path, &mut diags).expect("load");
    let budget = budgetc::compile(&sources, &mut diags);
    let codes = diags.as_slice().iter().map(|d| d.code.to_string()).collect();
    (budget.map(|b| budgetc::render::json(&b)), codes)
}

#[test]
fn the_model_of_the_formatted_files_equals_the_model_of_the_originals() {
    let tmp = tempfile::tempdir().expect("tmp");
    let messy = tmp.path().join("messy");
    std::fs::create_dir_all(&messy).expect("mkdir");
    // The example made messy: indentation, spacing, short terms, names left out.
    let src = std::fs::read_to_string("examples/tangshan-hrss-2024.budget").expect("read");
    let messy_src = src
        .replace("  人员 30101 基本工资           286.23", "人员   30101    286.23")
        .replace("income 一般公共预算拨款   5679.70", "income 一般公共预算 5679.70")
        .replace("sangong fund 一般公共预算拨款", "sangong   fund 一般公共预算")
        .replace("\n\n", "\n\n\n");
    assert_ne!(messy_src, src);
    std::fs::write(messy.join("tangshan-hrss-2024.budget"), &messy_src).expect("write");
    std::fs::create_dir_all(messy.join("tangshan-hrss-2024")).expect("mkdir");
    for f in ["projects.budget", "narrative.budget"] {
        let _ =
            std::fs::copy(Path::new("examples/tangshan-hrss-2024").join(f), messy.join("tangshan-hrss-2024").join(f))
                .expect("copy");
    }
    let formatted = tmp.path().join("formatted");
    std::fs::create_dir_all(&formatted).expect("mkdir");
    formatted_copy(&messy, &formatted);
    let before = compile(&messy.join("tangshan-hrss-2024.budget"));
    let after = compile(&formatted.join("tangshan-hrss-2024.budget"));
    assert!(before.0.is_some());
    assert_eq!(before, after);
    assert_eq!(std::fs::read_to_string(formatted.join("tangshan-hrss-2024.budget")).expect("read"), src);

    // Every fixture: the same model, or the same diagnostics.
    let fixtures = tmp.path().join("fixtures");
    std::fs::create_dir_all(&fixtures).expect("mkdir");
    formatted_copy(Path::new("tests/fixtures"), &fixtures);
    let mut files = vec![];
    budget_files(Path::new("tests/fixtures/err"), &mut files);
    for path in files.iter().filter(|p| p.parent() == Some(Path::new("tests/fixtures/err"))) {
        if path.ends_with("as-published-tangshan.budget") {
            continue; // it includes the example by a path relative to the repository
        }
        let copy = fixtures.join("err").join(path.file_name().expect("name"));
        assert_eq!(compile(path), compile(&copy), "{}", path.display());
    }
}

fn budgetc(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc")).args(args).env("NO_COLOR", "1").output().expect("run")
}

#[test]
fn fmt_check_names_the_files_and_fmt_rewrites_them() {
    let tmp = tempfile::tempdir().expect("tmp");
    let messy = tmp.path().join("messy.budget");
    let clean = tmp.path().join("clean.budget");
    std::fs::write(&messy, "year   2024\n\n\n人员 30101 1.00\n").expect("write");
    std::fs::write(&clean, "year 2024\n").expect("write");
    let o = budgetc(&["fmt", "--check", messy.to_str().expect("utf8"), clean.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("messy.budget") && !stdout.contains("clean.budget"), "{stdout}");
    assert_eq!(std::fs::read_to_string(&messy).expect("read"), "year   2024\n\n\n人员 30101 1.00\n", "--check wrote");
    let o = budgetc(&["fmt", messy.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&messy).expect("read"), "year 2024\n\n  人员 30101 基本工资 1.00\n");
    assert_eq!(budgetc(&["fmt", "--check", messy.to_str().expect("utf8")]).status.code(), Some(0));
}

#[test]
fn fmt_refuses_a_file_with_syntax_errors_and_leaves_it_untouched() {
    let tmp = tempfile::tempdir().expect("tmp");
    let bad = tmp.path().join("bad.budget");
    let text = "year 2024\n这不是一行\n  人员 30101   1.00\n";
    std::fs::write(&bad, text).expect("write");
    let o = budgetc(&["fmt", bad.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("错误[B0001]"));
    assert_eq!(std::fs::read_to_string(&bad).expect("read"), text);
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf8")
}

const MESSY: &str =
    "year   2024\nmoney 万元\n# wages\nbasic 2080101\n人员 30101 1.00 # base\n\nprose 部门职责\n> 第一段\n";
const CANONICAL: &str =
    "year 2024\nmoney 万元\n# wages\nbasic 2080101 行政运行\n  人员 30101 基本工资 1.00  # base\n\nprose 部门职责\n> 第一段\n";

#[test]
fn fmt_keeps_every_line_of_a_file_with_classic_mac_line_ends() {
    let tmp = tempfile::tempdir().expect("tmp");
    for (name, ends) in [("cr.budget", "\r"), ("crlf.budget", "\r\n")] {
        let file = tmp.path().join(name);
        std::fs::write(&file, MESSY.replace('\n', ends)).expect("write");
        let o = budgetc(&["fmt", path(&file)]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(std::fs::read_to_string(&file).expect("read"), CANONICAL, "{name}");
    }
}

#[test]
fn diagnostics_in_a_file_with_classic_mac_line_ends_point_at_their_line() {
    let tmp = tempfile::tempdir().expect("tmp");
    let file = tmp.path().join("cr.budget");
    std::fs::write(&file, "year 2024\rmoney 万元\r  bogus line\r").expect("write");
    let o = budgetc(&["check", "--format", "short", path(&file)]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("cr.budget:3:3: 错误[B0001]"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn fmt_writes_through_a_symbolic_link_and_keeps_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let real = tmp.path().join("real");
    std::fs::create_dir_all(&real).expect("mkdir");
    let target = real.join("a.budget");
    std::fs::write(&target, MESSY).expect("write");
    let link = tmp.path().join("link.budget");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let o = budgetc(&["fmt", path(&link)]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link was replaced");
    assert_eq!(std::fs::read_link(&link).expect("link"), target);
    assert_eq!(std::fs::read_to_string(&target).expect("read"), CANONICAL);
    let names = |dir: &Path| {
        let mut n: Vec<String> =
            std::fs::read_dir(dir).expect("dir").map(|e| e.expect("e").file_name().to_string_lossy().into()).collect();
        n.sort();
        n
    };
    assert_eq!(names(&real), ["a.budget"], "no temporary file is left");
    assert_eq!(names(tmp.path()), ["link.budget", "real"]);
}

#[test]
fn fmt_refuses_a_read_only_file_and_leaves_it_unchanged() {
    let tmp = tempfile::tempdir().expect("tmp");
    let file = tmp.path().join("ro.budget");
    std::fs::write(&file, MESSY).expect("write");
    let mut perms = std::fs::metadata(&file).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&file, perms).expect("chmod");
    let o = budgetc(&["fmt", path(&file)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("ro.budget 是只读文件"), "{o:?}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), MESSY);
    assert!(std::fs::metadata(&file).expect("meta").permissions().readonly());
}

#[test]
fn one_failing_file_does_not_stop_the_others() {
    let tmp = tempfile::tempdir().expect("tmp");
    let missing = tmp.path().join("missing.budget");
    let bad = tmp.path().join("bad.budget");
    std::fs::write(&bad, "year 2024\n这不是一行\n").expect("write");
    let binary = tmp.path().join("binary.budget");
    std::fs::write(&binary, b"year 2024\n\xff\xfe\n").expect("write");
    let messy = tmp.path().join("messy.budget");
    std::fs::write(&messy, MESSY).expect("write");
    let o = budgetc(&["fmt", path(&missing), path(&bad), path(&binary), path(&messy)]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    for name in ["missing.budget", "bad.budget", "binary.budget"] {
        assert!(stderr.contains(name), "{name} not reported: {stderr}");
    }
    assert_eq!(std::fs::read_to_string(&messy).expect("read"), CANONICAL, "the last file was not formatted");
    // Syntax errors and files that would be reformatted, without I/O failures: status 1.
    std::fs::write(&messy, MESSY).expect("write");
    let o = budgetc(&["fmt", "--check", path(&bad), path(&messy)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("需要重新排版"), "{o:?}");
    let o = budgetc(&["fmt", "--check", path(&missing), path(&messy)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stdout).contains("需要重新排版"), "{o:?}");
}

#[cfg(unix)]
#[test]
fn fmt_refuses_a_fifo_instead_of_waiting_for_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let fifo = tmp.path().join("fifo.budget");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(["fmt", path(&fifo)])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("fmt waits for a writer to the FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let o = child.wait_with_output().expect("output");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("不是普通文件"), "{o:?}");
}

#[test]
fn fmt_fills_in_no_catalog_name_in_a_file_without_a_year() {
    // An included file is read with the year of the budget that includes it (here 2025,
    // whose 30213 is 维修（护）费); fmt must not fill in the name of another year.
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("b.budget");
    let inc = tmp.path().join("inc.budget");
    let text = "department 901 \"示例局\"\nyear 2025\nmoney 万元\nunit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款\nincome 一般公共预算拨款 100.00\nbasic 2080101 行政运行\n  人员 30101 基本工资 95.00\ninclude \"inc.budget\"\n";
    std::fs::write(&root, text).expect("write");
    std::fs::write(&inc, "basic 2080101\n  公用 30213 5.00\n").expect("write");
    let checked = |what: &str| {
        let o = budgetc(&["check", "--format", "short", path(&root)]);
        assert_eq!(o.status.code(), Some(0), "{what}: {}", String::from_utf8_lossy(&o.stderr));
    };
    checked("before fmt");
    let o = budgetc(&["fmt", path(&inc)]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read_to_string(&inc).expect("read"), "basic 2080101\n  公用 30213 5.00\n");
    checked("after fmt");
    // With its own year, a file gets the names of that year.
    assert_eq!(
        fmt("year 2025\nbasic 2080101\n  公用 30213 5.00\n").as_deref(),
        Some("year 2025\nbasic 2080101 行政运行\n  公用 30213 维修（护）费 5.00\n")
    );
}
