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
    assert!(stderr(&o).contains("未写出任何文件"), "{}", stderr(&o));
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

/// budgetc with the colour variables removed, then `env` set (stderr is a pipe).
fn budgetc_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_budgetc"));
    let _ = cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for v in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM"] {
        let _ = cmd.env_remove(v);
    }
    for (k, v) in env {
        let _ = cmd.env(k, v);
    }
    cmd.output().expect("run budgetc")
}

#[test]
fn options_that_do_not_apply_are_refused() {
    for (args, want) in [
        (&["check", "--format", "markdown", EXAMPLE][..], "`--format markdown` 不适用于 `budgetc check`"),
        (
            &["build", "--format", "markdown", EXAMPLE, "-o", "never"][..],
            "`--format markdown` 不适用于 `budgetc build`",
        ),
        (&["diff", "--format", "github", EXAMPLE, EXAMPLE][..], "`--format github` 不适用于 `budgetc diff`"),
        (&["diff", "--format", "short", EXAMPLE, EXAMPLE][..], "`--format short` 不适用于 `budgetc diff`"),
        (&["fmt", "--check", "--format", "json", EXAMPLE][..], "`--format json` 不适用于 `budgetc fmt`"),
        (
            &["explain", "--format", "json"][..],
            "`--format json` 不适用于 `budgetc explain`；这条命令可用的格式：human。",
        ),
        (&["explain", "--root", ".", "B2104"][..], "`--root` 不适用于 `budgetc explain`"),
        (&["explain", "--color", "always"][..], "`--color` 不适用于 `budgetc explain`"),
        (&["templates", "--format", "json"][..], "不适用于 `budgetc templates`"),
    ] {
        let o = budgetc(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).starts_with("budgetc：错误："), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{args:?} printed {:?}", String::from_utf8_lossy(&o.stdout));
    }
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("never").exists());
    // The formats that apply still work.
    assert_eq!(budgetc(&["diff", "--format", "markdown", EXAMPLE, EXAMPLE]).status.code(), Some(0));
    assert_eq!(budgetc(&["check", "--format", "github", EXAMPLE]).status.code(), Some(0));
    let o = budgetc(&["--lang", "en", "check", "--format", "markdown", EXAMPLE]);
    assert!(stderr(&o).starts_with("budgetc: error: `--format markdown` does not apply to `budgetc check`; its formats: human, short, json, github."), "{}", stderr(&o));
}

#[test]
fn colour_follows_no_color_clicolor_and_term() {
    let fixture = "tests/fixtures/err/B2104-income-short.budget";
    let coloured = |env: &[(&str, &str)]| {
        let o = budgetc_env(&["check", fixture], env);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        stderr(&o).contains('\u{1b}')
    };
    assert!(!coloured(&[]), "a pipe is not coloured");
    assert!(coloured(&[("CLICOLOR_FORCE", "1")]));
    assert!(coloured(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]), "an empty NO_COLOR disabled colour");
    assert!(!coloured(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
    assert!(coloured(&[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")]), "CLICOLOR_FORCE wins over TERM");
    assert!(!coloured(&[("CLICOLOR", "0"), ("TERM", "xterm")]));
    let always = budgetc_env(&["check", "--color", "always", fixture], &[("NO_COLOR", "1")]);
    assert!(stderr(&always).contains('\u{1b}'), "--color always is not overridden");
    // diff colours its report on stdout by the same rules.
    let o = budgetc_env(&["diff", EXAMPLE, fixture], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]);
    assert!(String::from_utf8_lossy(&o.stdout).contains('\u{1b}'), "{o:?}");
}

#[test]
fn explain_lists_its_codes_sorted() {
    let o = budgetc(&["explain"]);
    assert_eq!(o.status.code(), Some(0));
    let codes: Vec<String> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert!(codes.len() >= 28);
    assert_eq!(codes, sorted);
}

#[test]
fn check_says_in_one_line_what_it_checked() {
    let o = budgetc(&["check", EXAMPLE]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "已检查 1 个文件：1 个单位，23 个项目；没有错误，0 个警告。\n");
    let o = budgetc(&["--lang", "en", "check", EXAMPLE, EXAMPLE]);
    assert_eq!(stderr(&o), "checked 2 files: 2 units, 46 projects; no errors, 0 warnings.\n");
    let o = budgetc(&["check", "tests/fixtures/err/W2001-within-tolerance.budget"]);
    assert!(stderr(&o).ends_with("没有错误，1 个警告。\n"), "{}", stderr(&o));
    // With errors: the counts, and never "nothing written" (check never writes).
    let o = budgetc(&["check", "tests/fixtures/err/B2104-income-short.budget"]);
    assert!(stderr(&o).ends_with("\n已检查 1 个文件：1 个错误，0 个警告。\n"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("未写出") && !stderr(&o).contains("nothing written"), "{}", stderr(&o));
    // Formats read by programs get no summary line.
    assert!(budgetc(&["check", "--format", "short", EXAMPLE]).stderr.is_empty());
}

#[test]
fn command_line_errors_are_in_the_readers_language() {
    let o = budgetc(&["explain", "B9999"]);
    assert_eq!(stderr(&o), "budgetc：错误：没有诊断代码 `B9999`；运行 `budgetc explain` 可列出全部代码。\n");
    let o = budgetc(&["--lang", "en", "explain", "B9999"]);
    assert_eq!(stderr(&o), "budgetc: error: unknown code `B9999`; `budgetc explain` lists every code.\n");
    let o = budgetc(&["diff", EXAMPLE]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("请给出新的一方"), "{}", stderr(&o));
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let o = budgetc(&["build", EXAMPLE, "-o", out.to_str().expect("utf8")]);
    assert!(stderr(&o).starts_with("已写出 "), "{}", stderr(&o));
}

#[test]
fn help_is_in_chinese() {
    let o = budgetc(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    for want in ["用法：budgetc [选项] <命令>", "命令:", "选项:", "检查预算文件", "显示帮助", "显示版本"]
    {
        assert!(text.contains(want), "`{want}` missing:\n{text}");
    }
    for english in ["Usage:", "Options:", "Commands:", "Print help", "Print version", "[default:"] {
        assert!(!text.contains(english), "`{english}` in:\n{text}");
    }
    let o = budgetc(&["check", "-h"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("用法：budgetc check [选项] <文件>…") && text.contains("参数:"), "{text}");
    assert!(!text.contains("Arguments:") && !text.contains("[possible values"), "{text}");
    let o = budgetc(&["help", "diff"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("用法：budgetc diff [选项] <旧> [新] [-- <路径>…]"));
    assert_eq!(budgetc(&["help", "nope"]).status.code(), Some(2));
}

/// budgetc run with `env` as its whole locale environment.
fn budgetc_with_locale(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_budgetc"));
    let _ = c.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    let o = c.envs(env.iter().copied()).output().expect("run budgetc");
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn help_and_the_man_page_follow_the_language() {
    let english = |text: &str| !text.contains("用法") && !text.contains("选项") && !text.contains("检查预算");
    let text = budgetc_with_locale(&["--lang", "en", "--help"], &[]);
    assert!(text.contains("Usage: budgetc [OPTIONS] <COMMAND>") && text.contains("Checks budget files"), "{text}");
    assert!(english(&text), "{text}");
    let text = budgetc_with_locale(&["--lang", "en", "build", "--help"], &[]);
    assert!(text.contains("Usage: budgetc build [OPTIONS] <FILE>") && text.contains("Output directory"), "{text}");
    assert!(english(&text), "{text}");
    let text = budgetc_with_locale(&["--help"], &[("LANG", "en_US.UTF-8")]);
    assert!(text.contains("Usage: budgetc [OPTIONS] <COMMAND>") && english(&text), "{text}");
    let text = budgetc_with_locale(&["build", "-h"], &[]);
    assert!(text.contains("用法：budgetc build [选项] <文件>") && text.contains("输出目录"), "{text}");
    let man = budgetc_with_locale(&["man"], &[]);
    let headings: Vec<&str> = man.lines().filter(|l| l.starts_with(".SH")).collect();
    assert_eq!(headings, [".SH 名称", ".SH 概述", ".SH 描述", ".SH 选项", ".SH 命令", ".SH 版本"], "{man}");
    let man = budgetc_with_locale(&["--lang", "en", "man"], &[]);
    let headings: Vec<&str> = man.lines().filter(|l| l.starts_with(".SH")).collect();
    assert_eq!(headings, [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS", ".SH VERSION"]);
    assert!(man.contains("Checks budget files") && english(&man), "{man}");
}

#[test]
fn completions_and_the_man_page_are_printed() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = budgetc(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains("budgetc") && text.contains("templates") && text.contains("format"), "{shell}:\n{text}");
    }
    assert_eq!(budgetc(&["completions", "tcsh"]).status.code(), Some(2));
    let o = budgetc(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with(".ie") || text.contains(".TH budgetc"), "{text}");
    assert!(text.contains("检查预算文件"), "{text}");
}

#[test]
fn check_reports_every_file_when_one_cannot_be_read() {
    let bad = "tests/fixtures/err/B2104-income-short.budget";
    for args in [
        ["--lang", "en", "check", "--format", "short", bad, "no/such/file.budget", EXAMPLE],
        ["--lang", "en", "check", "--format", "short", "no/such/file.budget", bad, EXAMPLE],
    ] {
        let o = budgetc(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let text = stderr(&o);
        assert!(text.contains(&format!("{bad}:6:1: error[B2104]")), "{args:?}: {text}");
        assert!(text.contains("budgetc: error: cannot read no/such"), "{args:?}: {text}");
    }
    // JSON: the report of the readable files on stdout, the unreadable one named on stderr.
    let o = budgetc(&["check", "--format", "json", "no/such/file.budget", bad]);
    assert_eq!(o.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json on stdout");
    assert_eq!(json["diagnostics"][0]["code"], "B2104");
    assert!(stderr(&o).contains("无法读取 no/such"), "{}", stderr(&o));
    // Every file readable: errors are exit 1, as before.
    assert_eq!(budgetc(&["check", bad, EXAMPLE]).status.code(), Some(1));
}

/// Whether `o` printed a raw ESC or BEL.
fn raw_controls(o: &Output) -> bool {
    o.stdout.iter().chain(&o.stderr).any(|b| matches!(b, 0x1b | 0x07))
}

#[test]
fn paths_and_arguments_reach_the_terminal_visibly() {
    let tmp = tempfile::tempdir().expect("tmp");
    let evil = "\u{1b}]0;pwned\u{7}";
    let seen = "\\u{1b}]0;pwned\\u{7}";
    let dir = tmp.path().join(format!("d{evil}"));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let messy = dir.join("messy.budget");
    std::fs::write(&messy, "year   2024\n").expect("write");
    let broken = dir.join("broken.budget");
    std::fs::write(&broken, "year 2024\n这不是一行\n").expect("write");
    let missing = dir.join("missing.budget");
    let out = dir.join("out");
    let p = |p: &Path| p.to_str().expect("utf8").to_owned();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["explain".into(), evil.into()], "unknown code"),
        (vec!["check".into(), p(&missing)], "cannot read"),
        (vec!["fmt".into(), "--check".into(), p(&messy)], "would reformat"),
        (vec!["fmt".into(), p(&broken)], "has syntax errors; not formatted"),
        (vec!["fmt".into(), p(&missing)], "cannot read"),
        (vec!["build".into(), EXAMPLE.into(), "-o".into(), p(&out)], "wrote"),
        (vec!["diff".into(), p(&messy), p(&missing)], "is neither a file nor a directory"),
        (vec!["diff".into(), p(&messy), p(&dir)], "compare a file with a file"),
        (vec!["textconv".into(), p(&missing)], "cannot read"),
    ];
    for (args, want) in cases {
        // In English: the test is about what reaches the terminal, not the wording.
        let args: Vec<&str> = ["--lang", "en"].into_iter().chain(args.iter().map(String::as_str)).collect();
        let o = budgetc(&args);
        let text = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert!(text.contains(want), "{args:?}: {text}");
        assert!(!raw_controls(&o), "{args:?} printed a raw control character: {text:?}");
        assert!(text.contains(seen) || want == "compare a file with a file", "{args:?}: {text:?}");
    }
}

#[test]
fn a_mistyped_include_is_one_error_and_the_summary_says_what_was_skipped() {
    let o = budgetc(&["check", "tests/fixtures/err/B0005-include-mistyped-one-error.budget"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stderr(&o);
    assert_eq!(text.matches("错误[").count(), 1, "{text}");
    assert!(text.contains("有 1 个文件未能读取，依赖其内容的 5 项检查（勾稽关系、合计、必填项）未执行。"), "{text}");
    let o = budgetc(&[
        "--lang",
        "en",
        "build",
        "tests/fixtures/err/B0005-include-mistyped-one-error.budget",
        "-o",
        "/nonexistent/never",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("1 file could not be read: 5 checks that depend on their facts (identities, totals, required facts) were not run."),
        "{}",
        stderr(&o)
    );
    assert!(!Path::new("/nonexistent/never").exists());
}

#[test]
fn mistakes_on_the_command_line_itself_are_in_the_readers_language() {
    let o = budgetc(&["chekc", "x.budget"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("budgetc：错误：没有“chekc”这条命令；是否应为“check”？\n用法见 `budgetc --help`。"),
        "{}",
        stderr(&o)
    );
    let o = budgetc(&["check", "--frmat", "short", "x.budget"]);
    assert!(stderr(&o).contains("不认识的参数“--frmat”；是否应为“--format”？"), "{}", stderr(&o));
    let o = budgetc(&["check"]);
    assert!(stderr(&o).contains("缺少必需的参数"), "{}", stderr(&o));
    let o = budgetc(&["--lang", "en", "check", "--format", "xml", "x.budget"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("budgetc: error: the value “xml” of --format"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Usage:"), "{}", stderr(&o));
    let o = budgetc(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn textconv_shows_control_characters_visibly() {
    let tmp = tempfile::tempdir().expect("tmp");
    let file = tmp.path().join("e.budget");
    std::fs::write(&file, "department 901 \"a\u{1b}[31mRED\u{202e}b\"\nyear 2024\n").expect("write");
    let o = budgetc(&["textconv", file.to_str().expect("utf8")]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("a\\u{1b}[31mRED\\u{202e}b"), "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'), "{out:?}");
}
