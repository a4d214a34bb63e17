//! The command line as a user runs it: exit statuses, output formats, and that a
//! failed build leaves the previous outputs untouched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/tangshan-hrss-2024.budget");

fn budgetc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run budgetc")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the example in a temporary directory, with `edit` applied to the main file.
fn edited_example(dir: &Path, edit: impl Fn(String) -> String) -> PathBuf {
    let src_dir = Path::new(EXAMPLE).parent().expect("examples");
    std::fs::create_dir_all(dir.join("tangshan-hrss-2024")).expect("mkdir");
    for f in ["projects.budget", "narrative.budget"] {
        let _ = std::fs::copy(src_dir.join("tangshan-hrss-2024").join(f), dir.join("tangshan-hrss-2024").join(f))
            .expect("copy include");
    }
    let main = dir.join("tangshan-hrss-2024.budget");
    std::fs::write(&main, edit(std::fs::read_to_string(EXAMPLE).expect("example"))).expect("write");
    main
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = vec![];
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).expect("read");
                files.push((p, bytes));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn build_writes_every_output_and_exits_0() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let o = budgetc(&["build", EXAMPLE, "-o", out.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in [
        "budget.html",
        "budget.md",
        "narrative.md",
        "budget.json",
        "csv/01-部门预算收支总表.csv",
        "csv/09-部门预算财政拨款“三公”经费支出表.csv",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    let html = std::fs::read_to_string(out.join("budget.html")).expect("html");
    assert!(html.contains("<meta charset=\"utf-8\">") && html.contains("部门预算收支总表"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("budget.json")).expect("json")).expect("parse");
    assert_eq!(json["income"][0]["amount"], "5679.70", "amounts are strings with their scale");
    // A second build replaces the directory and gives the same bytes.
    let before = snapshot(&out);
    let o = budgetc(&["build", EXAMPLE, "-o", out.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(before, snapshot(&out));
}

#[test]
fn a_failed_build_leaves_the_previous_outputs_untouched() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    assert_eq!(budgetc(&["build", EXAMPLE, "-o", out.to_str().expect("utf8")]).status.code(), Some(0));
    let before = snapshot(&out);
    let bad = edited_example(&tmp.path().join("src"), |s| {
        s.replace("人员 30101 基本工资           286.23", "人员 30101 基本工资 286.234")
    });
    let o = budgetc(&["build", bad.to_str().expect("utf8"), "-o", out.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("错误[B2002]"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing written"));
    assert_eq!(before, snapshot(&out), "outputs changed after a failed build");
    let fresh = tmp.path().join("never");
    let o = budgetc(&["build", bad.to_str().expect("utf8"), "-o", fresh.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!fresh.exists(), "a failed build created its output directory");
}

#[test]
fn the_ways_people_get_it_wrong_each_get_their_diagnostic() {
    let tmp = tempfile::tempdir().expect("tmp");
    let bad = edited_example(tmp.path(), |s| {
        s.replace("basic 2080505 机关事业单位基本养老保险缴费支出", "basic 2080550 机关事业单位基本养老保险缴费支出")
            .replace("人员 30102 津贴补贴           107.64", "人员 30102 津贴 107.64")
            .replace("basic 2210201 住房公积金", "basic 30113 住房公积金")
            .replace("公用 30211 差旅费               3.80", "公用 30211 差旅费 3.805")
            .replace("total 项目支出     8334.74", "total 项目支出 8334.75")
            .replace("# 项目支出", "项目支出 这一行是垃圾")
    });
    let o = budgetc(&["check", "--format", "short", bad.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    let text = stderr(&o);
    for want in
        [":41:7: 错误[B1001]", ":23:12: 错误[B1002]", ":56:7: 错误[B1003]", ":31:16: 错误[B2002]", ":59:1: 错误[B0001]"]
    {
        assert!(text.contains(want), "missing `{want}` in\n{text}");
    }
    assert_eq!(text.lines().count(), 5, "exactly these five errors:\n{text}");
    // A stated total off by 0.01, alone: its own code.
    let bad =
        edited_example(&tmp.path().join("b"), |s| s.replace("total 项目支出     8334.74", "total 项目支出 8334.75"));
    let o = budgetc(&["check", "--format", "short", bad.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(":79:12: 错误[B2103]: 项目支出填报为 8334.75 万元，但按明细计算为 8334.74 万元"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn check_reports_json_on_stdout() {
    let o = budgetc(&["check", "--format", "json", "tests/fixtures/err/several-errors-at-once.budget"]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json on stdout");
    assert_eq!(json["errors"], 5);
    assert_eq!(json["diagnostics"][0]["code"], "B1005");
    assert_eq!(json["diagnostics"][0]["location"]["line"], 13);
    let o = budgetc(&["check", "--format", "json", EXAMPLE]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json on stdout");
    assert_eq!(json["errors"], 0);
}

#[test]
fn warnings_alone_exit_0() {
    let o = budgetc(&["check", "tests/fixtures/err/W2001-within-tolerance.budget"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("警告[W2001]"));
}

#[test]
fn usage_and_io_failures_exit_2() {
    assert_eq!(budgetc(&["check", "no/such/file.budget"]).status.code(), Some(2));
    assert_eq!(budgetc(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(budgetc(&["check"]).status.code(), Some(2));
    assert_eq!(budgetc(&["explain", "B9999"]).status.code(), Some(2));
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("precious.txt"), "keep me").expect("write");
    let o = budgetc(&["build", EXAMPLE, "-o", tmp.path().to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(2), "must refuse to replace a directory it did not write");
    assert!(tmp.path().join("precious.txt").is_file());
}

#[test]
fn explain_prints_the_long_explanation() {
    let o = budgetc(&["explain", "B2104"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("# B2104"));
    let o = budgetc(&["explain"]);
    assert!(String::from_utf8_lossy(&o.stdout).lines().count() >= 28);
}

#[test]
fn check_writes_ci_annotations() {
    let o = budgetc(&["check", "--format", "github", "tests/fixtures/err/B2104-income-short.budget"]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.starts_with("::error file=tests/fixtures/err/B2104-income-short.budget,line=6,col=1,endLine=6,endColumn=23,title=B2104::一般公共预算拨款收入 110.00 万元，但该资金的支出为 111.00 万元（基本支出 111.00 + 项目支出 0.00）%0A建议："),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1);
    // The same diagnostic in English.
    let o = budgetc(&["--lang", "en", "check", "--format", "github", "tests/fixtures/err/B2104-income-short.budget"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("title=B2104::income from 一般公共预算拨款 is 110.00 万元, but the expenditure of that fund is 111.00 万元 (基本支出 111.00 + 项目支出 0.00)%0Ahelp: check the income and the expenditure of 一般公共预算拨款: if the expenditure lines are right, the income is `income 一般公共预算拨款 111.00`"),
        "{text}"
    );
}
