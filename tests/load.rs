//! Loading from the command line as an attacker or a careless user would: `include` and
//! `prior` stay inside the workspace and never echo a file outside it, special files never
//! hang, sizes and depths are bounded, and two spellings of one file are one file.

use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A budget that compiles; the tests append an `include` or `prior` line.
const BUDGET: &str = r#"department 901 "示例局"
year 2024
money 万元
unit "示例局（本级）" kind 行政 level "正处级" funding 财政拨款
income 一般公共预算拨款 110.00
basic 2080101 行政运行
  人员 30101 基本工资 100.00
  公用 30201 办公费 10.00
"#;

const SECRET_VAR: &str = "BUDGETC_TEST_SECRET";

fn secret() -> String {
    format!("sekrit-{}-q7Zx", std::process::id())
}

/// What a run printed, and how it ended.
struct Run {
    code: Option<i32>,
    /// stdout and stderr together.
    text: String,
}

/// Runs budgetc in `dir` with the secret in its environment; fails if it takes over 20 s.
fn run(dir: &Path, args: &[&str]) -> Run {
    let mut out = tempfile::tempfile().expect("stdout file");
    let mut err = tempfile::tempfile().expect("stderr file");
    let mut child = Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env(SECRET_VAR, secret())
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("clone"))
        .stderr(err.try_clone().expect("clone"))
        .spawn()
        .expect("run budgetc");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("budgetc {args:?} did not finish within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut text = String::new();
    for f in [&mut out, &mut err] {
        let _ = f.rewind();
        let mut bytes = vec![];
        let _ = f.read_to_end(&mut bytes).expect("read output");
        text.push_str(&String::from_utf8_lossy(&bytes));
    }
    Run { code: status.code(), text }
}

/// A fresh workspace `ws` inside a temporary directory, with `main.budget` = BUDGET + `tail`.
fn workspace(tail: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tmp");
    let ws = tmp.path().join("ws");
    std::fs::create_dir_all(&ws).expect("mkdir");
    write(&ws.join("main.budget"), &format!("{BUDGET}{tail}\n"));
    (tmp, ws)
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write");
}

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

const FORMATS: [&str; 4] = ["human", "short", "json", "github"];

/// `check` and `build` in every format: exit 1, `code` reported, none of `never` printed.
fn refused_everywhere(ws: &Path, code: &str, never: &[&str]) {
    let out = ws.parent().expect("tmp").join("out");
    for format in FORMATS {
        for args in [
            vec!["check", "--format", format, "main.budget"],
            vec!["build", "--format", format, "main.budget", "-o", out.to_str().expect("utf8")],
        ] {
            let r = run(ws, &args);
            assert_eq!(r.code, Some(1), "{args:?}:\n{}", r.text);
            assert!(r.text.contains(code), "{args:?}: {code} not reported:\n{}", r.text);
            for word in never {
                assert!(!r.text.contains(word), "{args:?} printed `{word}`:\n{}", r.text);
            }
            assert!(!out.exists(), "{args:?} wrote outputs");
        }
    }
}

#[test]
fn the_environment_is_never_included() {
    let (_tmp, ws) = workspace(r#"include "/proc/self/environ""#);
    refused_everywhere(&ws, "B0006", &[&secret(), SECRET_VAR]);
}

#[test]
fn the_environment_is_never_read_as_last_years_budget() {
    let (_tmp, ws) = workspace(r#"prior "/proc/self/environ""#);
    refused_everywhere(&ws, "B0006", &[&secret(), SECRET_VAR]);
}

#[test]
fn an_absolute_path_outside_is_refused() {
    let (_tmp, ws) = workspace(r#"include "/etc/passwd""#);
    refused_everywhere(&ws, "B0006", &["root:x:0", &secret()]);
}

#[test]
fn a_dotdot_escape_is_refused() {
    let (tmp, ws) = workspace(r#"include "../outside.budget""#);
    write(&tmp.path().join("outside.budget"), &format!("TOKEN {}\n", secret()));
    refused_everywhere(&ws, "B0006", &[&secret()]);
    // Also when the escape goes down first, and when the target does not exist.
    let (tmp, ws) = workspace(r#"include "sub/../../outside.budget""#);
    std::fs::create_dir_all(ws.join("sub")).expect("mkdir");
    write(&tmp.path().join("outside.budget"), &format!("TOKEN {}\n", secret()));
    refused_everywhere(&ws, "B0006", &[&secret()]);
    let (_tmp, ws) = workspace(r#"include "../no-such.budget""#);
    refused_everywhere(&ws, "B0006", &[]);
}

#[test]
fn a_symlink_pointing_outside_is_refused() {
    let (tmp, ws) = workspace(r#"include "link.budget""#);
    write(&tmp.path().join("outside.budget"), &format!("TOKEN {}\n", secret()));
    symlink(&tmp.path().join("outside.budget"), &ws.join("link.budget"));
    refused_everywhere(&ws, "B0006", &[&secret()]);
    // A symlinked directory pointing outside, and a link to the environment.
    let (tmp, ws) = workspace(r#"include "dir/outside.budget""#);
    write(&tmp.path().join("outside.budget"), &format!("TOKEN {}\n", secret()));
    symlink(tmp.path(), &ws.join("dir"));
    refused_everywhere(&ws, "B0006", &[&secret()]);
    let (_tmp, ws) = workspace(r#"prior "env.budget""#);
    symlink(Path::new("/proc/self/environ"), &ws.join("env.budget"));
    refused_everywhere(&ws, "B0006", &[&secret(), SECRET_VAR]);
}

#[test]
fn a_symlink_inside_the_workspace_is_followed() {
    let (_tmp, ws) = workspace(r#"include "link.budget""#);
    std::fs::create_dir_all(ws.join("parts")).expect("mkdir");
    write(&ws.join("parts/real.budget"), "# nothing but a comment\n");
    symlink(Path::new("parts/real.budget"), &ws.join("link.budget"));
    let r = run(&ws, &["check", "main.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[test]
fn a_fifo_never_hangs() {
    let (_tmp, ws) = workspace(r#"include "pipe.budget""#);
    mkfifo(&ws.join("pipe.budget"));
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("main.budget:9:1: 错误[B0007]") && r.text.contains("FIFO"), "{}", r.text);
    let (_tmp, ws) = workspace(r#"prior "pipe.budget""#);
    mkfifo(&ws.join("pipe.budget"));
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("错误[B0007]"), "{}", r.text);
    // The file named on the command line: an I/O failure, exit status 2.
    let r = run(&ws, &["check", "pipe.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("无法读取 pipe.budget：不是普通文件，而是命名管道（FIFO）"), "{}", r.text);
    let r = run(&ws, &["build", "pipe.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    let r = run(&ws, &["textconv", "pipe.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
}

#[test]
fn dev_zero_is_refused() {
    let (_tmp, ws) = workspace(r#"include "/dev/zero""#);
    let r = run(&ws, &["check", "--root", "/", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("错误[B0007]") && r.text.contains("不是普通文件，而是字符设备"), "{}", r.text);
    let r = run(&ws, &["check", "/dev/zero"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("不是普通文件"), "{}", r.text);
    let r = run(&ws, &["check", "."]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("不是普通文件，而是目录"), "{}", r.text);
}

#[test]
fn a_file_over_16_mib_is_refused() {
    let (_tmp, ws) = workspace(r#"include "big.budget""#);
    let big = std::fs::File::create(ws.join("big.budget")).expect("create");
    big.set_len(16 * 1024 * 1024 + 1).expect("set_len");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("main.budget:9:1: 错误[B0008]"), "{}", r.text);
    let r = run(&ws, &["check", "big.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("文件超过 16 MiB"), "{}", r.text);
    // Exactly 16 MiB is read (spaces: blank lines of a valid file).
    write(&ws.join("big.budget"), &" ".repeat(16 * 1024 * 1024));
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
}

#[test]
fn includes_nested_40_deep_stop_at_32_with_b0009() {
    let (_tmp, ws) = workspace(r#"include "d1.budget""#);
    for k in 1..=40 {
        write(&ws.join(format!("d{k}.budget")), &format!("include \"d{}.budget\"\n", k + 1));
    }
    write(&ws.join("d41.budget"), "unit \"深处\" kind 行政 level \"正处级\" funding 财政拨款\n");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("d32.budget:1:1: 错误[B0009]"), "{}", r.text);
    assert_eq!(r.text.lines().count(), 1, "{}", r.text);
}

#[test]
fn doubled_spellings_of_one_file_are_one_file() {
    let (_tmp, ws) = workspace(
        r#"include "a/../x1.budget"
include "b/../x1.budget""#,
    );
    for d in ["a", "b"] {
        std::fs::create_dir_all(ws.join(d)).expect("mkdir");
    }
    for k in 1..25 {
        write(
            &ws.join(format!("x{k}.budget")),
            &format!("include \"a/../x{n}.budget\"\ninclude \"b/../x{n}.budget\"\n", n = k + 1),
        );
    }
    write(&ws.join("x25.budget"), "# the end\n");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    let twice = r.text.lines().filter(|l| l.contains("错误[B0005]") && l.contains("被引入了两次")).count();
    assert_eq!(twice, 25, "{}", r.text);
    assert_eq!(r.text.lines().count(), 25, "{}", r.text);
}

#[test]
fn symlink_loops_complete() {
    let (_tmp, ws) = workspace(
        r#"include "loop.budget"
include "l1.budget""#,
    );
    symlink(Path::new("loop.budget"), &ws.join("loop.budget"));
    symlink(Path::new("l2.budget"), &ws.join("l1.budget"));
    symlink(Path::new("l1.budget"), &ws.join("l2.budget"));
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert_eq!(r.text.matches("错误[B0005]").count(), 2, "{}", r.text);
    // A directory linked into itself: `sub/main.budget` is main.budget, a cycle.
    let (_tmp, ws) = workspace(r#"include "sub/main.budget""#);
    symlink(Path::new("."), &ws.join("sub"));
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("main.budget:9:1: 错误[B0005]: “sub/main.budget”引入了它自身"), "{}", r.text);
    assert_eq!(r.text.lines().count(), 1, "{}", r.text);
}

#[test]
fn root_admits_a_file_outside_the_directory_but_inside_the_root() {
    let (tmp, ws) = workspace(r#"include "../shared/wages.budget""#);
    std::fs::create_dir_all(tmp.path().join("shared")).expect("mkdir");
    write(&tmp.path().join("shared/wages.budget"), "# shared with the other departments\n");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("错误[B0006]"), "{}", r.text);
    let r = run(&ws, &["check", "--root", "..", "main.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
    let r = run(&ws, &["build", "--root", "..", "main.budget", "-o", "../out"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
    assert!(tmp.path().join("out/budget.html").is_file());
    // The root limits too: a root below the file's directory refuses the file's own includes.
    write(&ws.join("main.budget"), &format!("{BUDGET}include \"near.budget\"\n"));
    write(&ws.join("near.budget"), "# near\n");
    std::fs::create_dir_all(ws.join("deeper")).expect("mkdir");
    let r = run(&ws, &["check", "--root", "deeper", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("错误[B0006]"), "{}", r.text);
    let r = run(&ws, &["check", "--root", "no-such-dir", "main.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
}

#[test]
fn diff_confines_each_side_to_the_root() {
    // main.budget includes ../shared/wages.budget; copy.budget states the same line itself.
    let (tmp, ws) = workspace(r#"include "../shared/wages.budget""#);
    std::fs::create_dir_all(tmp.path().join("shared")).expect("mkdir");
    let wages = "basic 2080102 一般行政管理事务\n  人员 30101 基本工资 5.00\n";
    write(&tmp.path().join("shared/wages.budget"), wages);
    write(&ws.join("copy.budget"), &format!("{BUDGET}{wages}"));
    // Without a root the shared file is refused, so its fact is missing on the old side.
    let r = run(&ws, &["diff", "--format", "json", "main.budget", "copy.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    let r = run(&ws, &["diff", "--root", "..", "--format", "json", "main.budget", "copy.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
    // A revision's side: the same directory of its tree.
    let git = |args: &[&str]| {
        let o = Command::new("git").args(args).current_dir(tmp.path()).output().expect("git");
        assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.email", "ci@example.invalid"]);
    git(&["config", "user.name", "CI"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "budget"]);
    // The working tree states the line itself; HEAD's main.budget includes the shared file.
    write(&ws.join("main.budget"), &format!("{BUDGET}{wages}"));
    let r = run(&ws, &["diff", "--root", "..", "--format", "json", "HEAD", "--", "main.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
    let r = run(&ws, &["diff", "--format", "json", "HEAD", "--", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
}

#[test]
fn a_file_that_is_not_utf8_gives_a_located_error() {
    let (_tmp, ws) = workspace(r#"include "latin1.budget""#);
    std::fs::write(ws.join("latin1.budget"), b"year 2024\nunit \"caf\xe9\"\n").expect("write");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(
        r.text.contains("main.budget:9:1: 错误[B0005]") && r.text.contains("（第 2 行第 10 列有无效字节）"),
        "{}",
        r.text
    );
    let r = run(&ws, &["check", "latin1.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("不是 UTF-8 文本（第 2 行第 10 列有无效字节）"), "{}", r.text);
    let r = run(&ws, &["--lang", "en", "check", "latin1.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("not UTF-8 text (invalid byte at line 2, column 10)"), "{}", r.text);
}

/// The text of a budget as a Chinese Windows editor saves it: GBK (GB18030).
fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn a_gbk_file_is_named_as_such_with_how_to_save_it_as_utf8() {
    let (_tmp, ws) = workspace(r#"include "wages.budget""#);
    let wages = "# 工资福利支出\nbasic 2080102 一般行政管理事务\n  人员 30101 基本工资 5.00\n";
    std::fs::write(ws.join("wages.budget"), gbk(wages)).expect("write");
    // Included: B0010 at the include line, and nothing read from the file.
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(
        r.text.contains("main.budget:9:1: 错误[B0010]: 引入的文件“wages.budget”以 GBK/GB18030 编码保存"),
        "{}",
        r.text
    );
    assert_eq!(r.text.lines().count(), 1, "{}", r.text);
    // The file named on the command line: exit 2, in Chinese, with how to save it as UTF-8.
    std::fs::write(ws.join("main.budget"), gbk(&format!("{BUDGET}{wages}"))).expect("write");
    for command in ["check", "build", "textconv"] {
        let r = run(&ws, &[command, "main.budget"]);
        assert_eq!(r.code, Some(2), "{command}: {}", r.text);
        assert!(r.text.contains("无法读取 main.budget：该文件以 GBK/GB18030 编码保存"), "{command}: {}", r.text);
        assert!(r.text.contains("“另存为”") && r.text.contains("iconv -f GB18030 -t UTF-8"), "{command}: {}", r.text);
        assert!(!r.text.contains("stream did not contain valid UTF-8"), "{command}: {}", r.text);
    }
    let r = run(&ws, &["--lang", "en", "check", "main.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("cannot read main.budget: the file is saved as GBK/GB18030"), "{}", r.text);
    // Never converted: the file is left as it was.
    assert_eq!(std::fs::read(ws.join("main.budget")).expect("read"), gbk(&format!("{BUDGET}{wages}")));
}

#[test]
fn text_that_is_not_chinese_is_not_taken_for_gbk() {
    assert!(budgetc::load::is_gb18030(&gbk("unit \"示例局（本级）\" kind 行政\n")));
    // Latin-1 é before a quote is no GB18030; 0x80 is GB18030 for €, which is not Chinese.
    assert!(!budgetc::load::is_gb18030(b"unit \"caf\xe9\"\n"));
    assert!(!budgetc::load::is_gb18030(b"\x80\x80\x80"));
}

/// `check` never drops facts silently: given hand-made sources whose includes form a
/// cycle (the loader never makes one), it reports B0009 rather than leaving lines out.
#[test]
fn check_reports_includes_it_does_not_follow() {
    let mut diags = budgetc::diag::Diagnostics::new();
    let mut sources = budgetc::load_str("self.budget", &format!("{BUDGET}include \"self.budget\"\n"), &mut diags);
    let line = sources.files[0].as_ref().expect("parsed").items.last().expect("include").span;
    let _ = sources.includes.insert(line, sources.root);
    let _ = budgetc::compile(&sources, &mut diags);
    assert!(diags.as_slice().iter().any(|d| d.code == budgetc::diag::Code::B0009), "{:?}", diags.as_slice());
}

#[test]
fn a_hard_link_is_the_same_file() {
    let (_tmp, ws) = workspace("include \"x.budget\"\ninclude \"h.budget\"");
    write(&ws.join("x.budget"), "# x\n");
    std::fs::hard_link(ws.join("x.budget"), ws.join("h.budget")).expect("hard link");
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(r.text.contains("main.budget:10:1: 错误[B0005]: “h.budget”被引入了两次"), "{}", r.text);
}

#[test]
fn a_syntax_error_in_the_language_asked_for() {
    let (_tmp, ws) = workspace("year 2024 决算 extra");
    let r = run(&ws, &["--lang", "en", "check", "--format", "short", "main.budget"]);
    assert_eq!(r.code, Some(1), "{}", r.text);
    assert!(
        r.text.contains(
            "main.budget:9:14: error[B0001]: invalid `year` line: expected the end of the line, found `extra`"
        ),
        "{}",
        r.text
    );
    let r = run(&ws, &["check", "--format", "short", "main.budget"]);
    assert!(r.text.contains("main.budget:9:14: 错误[B0001]: `year` 行有误：此处应为行尾，写的是“extra”"), "{}", r.text);
}

#[test]
fn an_os_error_other_than_not_found_is_in_the_readers_language() {
    // `main.budget/x.budget`: a part of the path is a file, so the system says ENOTDIR.
    let (_tmp, ws) = workspace("");
    let r = run(&ws, &["--lang", "zh", "check", "main.budget/x.budget"]);
    assert_eq!(r.code, Some(2), "{}", r.text);
    assert!(r.text.contains("无法读取 main.budget/x.budget：路径中有一级不是目录"), "{}", r.text);
    let r = run(&ws, &["--lang", "en", "check", "main.budget/x.budget"]);
    assert!(r.text.contains("a part of the path is not a directory"), "{}", r.text);
    assert!(!r.text.contains("os error"), "{}", r.text);
}

#[test]
fn an_official_list_saved_as_gbk_is_read() {
    // 2100101 is not built in: without the list it would be W1001; with it, nothing.
    let (_tmp, ws) = workspace("basic 2100101 行政运行\n  人员 30101 基本工资 10.00\ncatalog \"list.csv\"\n");
    let main = ws.join("main.budget");
    let text = std::fs::read_to_string(&main).expect("read").replace("110.00", "120.00");
    write(&main, &text);
    let list = "科目编码,科目名称\n208,社会保障和就业支出\n20801,人力资源和社会保障管理事务\n2080101,行政运行\n210,卫生健康支出\n21001,卫生健康管理事务\n2100101,行政运行\n";
    let (gbk, _, lossy) = encoding_rs::GBK.encode(list);
    assert!(!lossy && std::str::from_utf8(&gbk).is_err());
    std::fs::write(ws.join("list.csv"), &gbk).expect("write list");
    let r = run(&ws, &["--lang", "zh", "check", "main.budget"]);
    assert_eq!(r.code, Some(0), "{}", r.text);
    assert!(!r.text.contains("B1012") && !r.text.contains("W1001"), "{}", r.text);
}
