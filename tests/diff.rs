//! The semantic diff: golden diffs of realistic edits of the example, `diff(A, A)` empty,
//! reordering is no change; and git: textconv, revisions, the pre-commit hook.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use budgetc::diag::Diagnostics;
use budgetc::diff::{diff, render, BudgetDiff, Side};

/// A copy of the example with `edit(file name, text)` applied to each of its files.
fn example_copy(dir: &Path, edit: impl Fn(&str, String) -> String) -> PathBuf {
    let files = [
        ("tangshan-hrss-2024.budget", "examples/tangshan-hrss-2024.budget"),
        ("tangshan-hrss-2024/projects.budget", "examples/tangshan-hrss-2024/projects.budget"),
        ("tangshan-hrss-2024/narrative.budget", "examples/tangshan-hrss-2024/narrative.budget"),
    ];
    std::fs::create_dir_all(dir.join("tangshan-hrss-2024")).expect("mkdir");
    for (name, from) in files {
        let text = std::fs::read_to_string(from).expect("read");
        std::fs::write(dir.join(name), edit(name, text)).expect("write");
    }
    dir.join("tangshan-hrss-2024.budget")
}

fn side(path: &Path, name: &str) -> Side {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(path, &mut diags).expect("load");
    let budget = budgetc::check::check_partial(&sources, &mut diags);
    diags.sort();
    Side { name: name.into(), budget, diagnostics: diags.as_slice().to_vec() }
}

fn edited(edit: impl Fn(&str, String) -> String) -> BudgetDiff {
    let tmp = tempfile::tempdir().expect("tmp");
    let old = example_copy(&tmp.path().join("old"), |_, t| t);
    let new = example_copy(&tmp.path().join("new"), edit);
    diff(&side(&old, "old"), &side(&new, "new"))
}

fn replace(text: String, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the example no longer contains {from:?}");
    text.replace(from, to)
}

#[test]
fn a_budget_compared_with_itself_is_unchanged() {
    let d = edited(|_, t| t);
    assert!(d.is_empty(), "{}", render::terminal(&d, false));
    assert!(render::terminal(&d, false).contains("没有变化"));
}

#[test]
fn reordered_lines_are_no_change() {
    let d = edited(|name, t| {
        if name != "tangshan-hrss-2024.budget" {
            return t;
        }
        // Swap two basic lines, two income lines and two blocks.
        let t = replace(
            t,
            "  人员 30101 基本工资           286.23\n  人员 30102 津贴补贴           107.64\n",
            "  人员 30102 津贴补贴           107.64\n  人员 30101 基本工资           286.23\n",
        );
        let t = replace(
            t,
            "income 一般公共预算拨款   5679.70\nincome 政府性基金预算拨款 4000.00\n",
            "income 政府性基金预算拨款 4000.00\nincome 一般公共预算拨款   5679.70\n",
        );
        replace(
            t,
            "basic 2101101 行政单位医疗\n  人员 30110 职工基本医疗保险缴费 10.34\n\nbasic 2101102 事业单位医疗\n  人员 30110 职工基本医疗保险缴费 40.88\n",
            "basic 2101102 事业单位医疗\n  人员 30110 职工基本医疗保险缴费 40.88\n\nbasic 2101101 行政单位医疗\n  人员 30110 职工基本医疗保险缴费 10.34\n",
        )
    });
    assert!(d.is_empty(), "{}", render::terminal(&d, false));
}

#[test]
fn an_amount_changed() {
    let d = edited(|name, t| {
        if name != "tangshan-hrss-2024/projects.budget" {
            return t;
        }
        replace(
            t,
            "  function 2080116 引进人才费用\n  amount 2800.00",
            "  function 2080116 引进人才费用\n  amount 2860.00",
        )
    });
    let text = render::terminal(&d, false);
    assert_eq!(d.facts.len(), 1);
    assert!(text.contains("财政资金: 2800.00 → 2860.00 (+60.00)"), "{text}");
    assert!(text.contains("部门预算支出总表 · 2080116 引进人才费用 · 合计: 2840.00 → 2900.00 (+60.00)"), "{text}");
    assert!(text.contains("项目支出8334.74万元 → 项目支出8394.74万元"), "{text}");
    assert!(text.contains("现不通过 [B2104]"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_project_added() {
    let d = edited(|name, t| {
        match name {
        "tangshan-hrss-2024/projects.budget" => t + "\nproject 13021124P00NEW0000001 \"新增项目\"\n  function 2080104 综合业务管理\n  amount 10.00\n  purpose \"测试。\"\n  plan 25% 50% 75% 100%\n  goal \"完成。\"\n  indicator 产出指标 数量指标 \"人数\" \"人数\" ≥1人 basis \"经验\"\n  indicator 效益指标 社会效益指标 \"效果\" \"效果\" \"良好\" basis \"经验\"\n  indicator 满意度指标 服务对象满意度指标 \"满意度\" \"满意度\" ≥90% basis \"经验\"\n",
        "tangshan-hrss-2024.budget" => replace(replace(replace(t, "5679.70", "5689.70"), "total 本年收入合计 9679.70", "total 本年收入合计 9689.70"), "total 支出总计     9679.70", "total 支出总计     9689.70")
            .replace("total 项目支出     8334.74", "total 项目支出     8344.74"),
        _ => t,
    }
    });
    let text = render::terminal(&d, false);
    assert!(text.contains("+ 项目 13021124P00NEW0000001 新增项目"), "{text}");
    assert!(text.contains("2080104 综合业务管理 · 合计: 121.42 → 131.42 (+10.00)"), "{text}");
    assert!(d.checks.is_empty(), "the edit keeps every check passing: {text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_line_moved_to_another_function_item() {
    let d = edited(|name, t| {
        if name != "tangshan-hrss-2024/projects.budget" {
            return t;
        }
        replace(
            t,
            "project 13021124P008A8E10005T \"劳动仲裁及监察专项资金\"\n  function 2080112 劳动人事争议调解仲裁",
            "project 13021124P008A8E10005T \"劳动仲裁及监察专项资金\"\n  function 2080104 综合业务管理",
        )
    });
    let text = render::terminal(&d, false);
    assert!(text.contains("功能分类: 2080112 劳动人事争议调解仲裁 → 2080104 综合业务管理"), "{text}");
    assert!(text.contains("2080112 劳动人事争议调解仲裁 · 合计: 5.00 → — (-5.00)"), "{text}");
    assert!(text.contains("2080104 综合业务管理 · 合计: 121.42 → 126.42 (+5.00)"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_code_renamed() {
    let d = edited(|name, t| {
        if name != "tangshan-hrss-2024.budget" {
            return t;
        }
        replace(t, "  公用 30299 其他商品和服务支出   0.74", "  公用 30239 其他交通费用   0.74")
    });
    let text = render::terminal(&d, false);
    assert!(text.contains("- 基本支出 2080101 行政运行 × 30299 其他商品和服务支出"), "{text}");
    assert!(text.contains("+ 基本支出 2080101 行政运行 × 30239 其他交通费用"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn markdown_and_json_outputs() {
    let d = edited(|name, t| {
        if name != "tangshan-hrss-2024.budget" {
            return t;
        }
        replace(t, "  公务接待费         3.00", "  公务接待费         2.00")
    });
    let md = render::markdown(&d);
    assert!(md.starts_with("### budgetc diff: `old` → `new`"));
    assert!(md.contains("| ✏️ | 三公 公务接待费 (一般公共预算拨款) | 金额 | 3.00 | 2.00 | -1.00 |"), "{md}");
    assert!(md.contains("❌ 现不通过: `B2107`"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&render::json(&d)).expect("json");
    assert_eq!(json["facts"][0]["fields"]["金额"]["delta"], "-1.00");
}

// ---- git ----

fn git(repo: &Path, args: &[&str]) -> Output {
    let o = Command::new("git").args(args).current_dir(repo).output().expect("git");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    o
}

fn repo_with_the_example(dir: &Path) {
    let _ = example_copy(dir, |_, t| t);
    std::fs::copy(".gitattributes", dir.join(".gitattributes")).expect("gitattributes");
    let _ = git(dir, &["init", "-q", "-b", "main"]);
    let _ = git(dir, &["config", "user.email", "ci@example.invalid"]);
    let _ = git(dir, &["config", "user.name", "CI"]);
    let _ = git(dir, &["config", "diff.budget.textconv", &format!("{} textconv", env!("CARGO_BIN_EXE_budgetc"))]);
    let _ = git(dir, &["add", "-A"]);
    let _ = git(dir, &["commit", "-q", "-m", "2024 budget"]);
}

fn repo_with_two_commits(dir: &Path) {
    repo_with_the_example(dir);
    let _ = example_copy(dir, |name, t| match name {
        "tangshan-hrss-2024/projects.budget" => t.replace(
            "  function 2080116 引进人才费用\n  amount 2800.00",
            "  function 2080116 引进人才费用\n  amount 2860.00",
        ),
        "tangshan-hrss-2024.budget" => t.replace(
            "  人员 30101 基本工资           286.23\n  人员 30102 津贴补贴           107.64\n",
            "  人员 30102 津贴补贴           107.64\n  人员 30101 基本工资           286.23\n",
        ),
        _ => t,
    });
    let _ = git(dir, &["commit", "-q", "-am", "人才发展资金 +60, lines reordered"]);
}

fn budgetc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc")).args(args).current_dir(dir).env("NO_COLOR", "1").output().expect("run")
}

#[test]
fn git_diff_shows_facts_and_ignores_reordering() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo_with_two_commits(tmp.path());
    let o = git(tmp.path(), &["diff", "HEAD~1", "HEAD", "--", "tangshan-hrss-2024.budget"]);
    assert!(o.stdout.is_empty(), "reordering shows in git diff: {}", String::from_utf8_lossy(&o.stdout));
    let o = git(tmp.path(), &["diff", "HEAD~1", "HEAD"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("-project 13021124P00499610005J \"高新区区级人才发展资金\" · amount 2800.00"), "{text}");
    assert!(text.contains("+project 13021124P00499610005J \"高新区区级人才发展资金\" · amount 2860.00"), "{text}");
}

#[test]
fn budgetc_diff_between_revisions() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo_with_two_commits(tmp.path());
    let o = budgetc_in(tmp.path(), &["diff", "HEAD~1..HEAD", "--", "tangshan-hrss-2024.budget"]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.starts_with("budgetc diff HEAD~1:tangshan-hrss-2024.budget → HEAD:tangshan-hrss-2024.budget"),
        "{text}"
    );
    assert!(text.contains("数据（1 项）"), "reordering counted as a change: {text}");
    assert!(text.contains("引进人才费用 · 合计: 2840.00 → 2900.00 (+60.00)"), "{text}");
    // Against the working tree, every root budget, as Markdown.
    let o = budgetc_in(tmp.path(), &["diff", "--format", "markdown", "HEAD~1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains(
        "| ✏️ | 项目 13021124P00499610005J 高新区区级人才发展资金 | 财政资金 | 2800.00 | 2860.00 | +60.00 |"
    ));
    let o = budgetc_in(tmp.path(), &["diff", "HEAD", "HEAD"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let o = budgetc_in(tmp.path(), &["diff", "no-such-revision"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_pre_commit_hook_runs_fmt_check_and_check() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo_with_the_example(tmp.path());
    let hooks = tmp.path().join("hooks");
    std::fs::create_dir_all(&hooks).expect("mkdir");
    std::fs::copy("hooks/pre-commit", hooks.join("pre-commit")).expect("copy hook");
    let _ = git(tmp.path(), &["config", "core.hooksPath", "hooks"]);
    let commit = |msg: &str| {
        Command::new("git")
            .args(["commit", "-q", "-am", msg])
            .current_dir(tmp.path())
            .env("BUDGETC", env!("CARGO_BIN_EXE_budgetc"))
            .output()
            .expect("git commit")
    };
    let main = tmp.path().join("tangshan-hrss-2024.budget");
    let text = std::fs::read_to_string(&main).expect("read");
    std::fs::write(&main, text.replace("year 2024", "year   2024")).expect("write");
    let output = |o: &Output| format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let o = commit("messy");
    assert!(!o.status.success(), "a messy file was committed");
    assert!(output(&o).contains("需要重新排版：tangshan-hrss-2024.budget"), "{}", output(&o));
    let wrong = text.replace("total 资产总额      556.00", "total 资产总额      556.01");
    assert_ne!(wrong, text);
    std::fs::write(&main, wrong).expect("write");
    let o = commit("wrong total");
    assert!(!o.status.success(), "a budget with an error was committed");
    assert!(output(&o).contains("错误[B2109]"), "{}", output(&o));
    std::fs::write(&main, text.replace("# 收入: by funding source.", "# 收入 by funding source.")).expect("write");
    let o = commit("comment only");
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
}

#[test]
fn directories_are_compared_budget_by_budget() {
    let tmp = tempfile::tempdir().expect("tmp");
    let _ = example_copy(&tmp.path().join("a"), |_, t| t);
    let _ = example_copy(&tmp.path().join("b"), |name, t| {
        if name == "tangshan-hrss-2024.budget" {
            replace(t, "  公用 30201 办公费              11.25", "  公用 30201 办公费              11.35")
        } else {
            t
        }
    });
    let o = budgetc_in(tmp.path(), &["diff", "a", "b"]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("budgetc diff a/tangshan-hrss-2024.budget → b/tangshan-hrss-2024.budget"), "{text}");
    assert!(text.contains("金额: 11.25 → 11.35 (+0.10)"), "{text}");
    assert!(text.contains("部门预算一般公共预算财政拨款基本支出表 · 30201 办公费 · 一般公共预算基本支出/公用经费: 11.25 → 11.35 (+0.10)"), "{text}");
    let same = budgetc_in(tmp.path(), &["diff", "a", "a"]);
    assert_eq!(same.status.code(), Some(0));
}
