//! Outputs under hostile input and faults: CSV cells are no formulas, Markdown renders
//! names and prose literally, HTML stays escaped, terminals see no control sequences,
//! file names are portable, and interrupted or refused builds lose nothing and litter
//! nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use budgetc::diag::{Code, Diagnostic, Message};
use budgetc::diff::{BudgetDiff, Change, CheckChange, FactChange};
use budgetc::render::escape::is_portable_file_name;
use budgetc::render::MARKER;
use budgetc::source::SourceMap;
use budgetc::span::Span;

/// A small budget that builds, with the given project name, indicator text, goal and
/// prose paragraph.
fn budget(project: &str, indicator: &str, goal: &str, prose: &str) -> String {
    format!(
        r#"department 901 "示例局"
year 2024
money 万元
unit "示例局（本级）" kind 行政 level "正处级" funding 财政拨款
income 一般公共预算拨款 130.00
basic 2080101 行政运行
  人员 30101 基本工资 95.00
  公用 30201 办公费 8.00
  公用 30217 公务接待费 2.00
project P0001 "{project}"
  function 2080104 综合业务管理
  amount 25.00
  plan 25% 50% 75% 100%
  goal "{goal}"
  indicator 产出指标 数量指标 "{indicator}" "{indicator}" ≥10人 basis "工作经验"
  indicator 效益指标 社会效益指标 "效果" "效果" "良好" basis "工作经验"
  indicator 满意度指标 服务对象满意度指标 "满意度" "满意度" ≥90% basis "工作经验"
sangong
  公务接待费 2.00
prose 部门职责
> {prose}
"#
    )
}

fn budgetc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .output()
        .expect("run budgetc")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Builds `text` as `src/b.budget` into `out` under a fresh directory.
fn build(text: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join("src")).expect("mkdir");
    std::fs::write(tmp.path().join("src/b.budget"), text).expect("write");
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = tmp.path().join("out");
    (tmp, out)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn csv_files(out: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(out.join("csv")).expect("csv/").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files
}

/// The fields of one CSV line (quotes removed).
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                let _ = chars.next();
                out.last_mut().expect("field").push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().expect("field").push(c),
        }
    }
    out
}

#[test]
fn csv_text_cells_cannot_become_formulas() {
    let (_tmp, out) = build(&budget("=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(A1)"));
    let mut seen = 0;
    let mut numbers = 0;
    for f in csv_files(&out) {
        let text = read(&f);
        for line in text.trim_start_matches('\u{feff}').split("\r\n") {
            for field in fields(line) {
                if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    panic!("{}: a formula field {field:?}", f.display());
                }
                if field.starts_with("'=") || field.starts_with("'+") || field.starts_with("'-") {
                    seen += 1;
                }
                if field == "25.00" || field == "130.00" {
                    numbers += 1;
                }
            }
        }
    }
    assert!(seen >= 3, "the neutralised cells are written (with a leading ')");
    assert!(numbers > 0, "amounts stay plain numbers");
}

/// Whether `pattern` occurs in `md` not preceded by a backslash.
fn unescaped(md: &str, pattern: &str) -> bool {
    md.match_indices(pattern).any(|(i, _)| !md.get(..i).is_some_and(|b| b.ends_with('\\')))
}

/// The unescaped `|` of a Markdown line.
fn pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            n += 1;
        }
        escaped = c == '\\' && !escaped;
    }
    n
}

#[test]
fn markdown_renders_names_and_prose_as_literal_text() {
    let project = "<img src=x onerror=alert(1)>[点我](http://evil.example)|x*粗*";
    let prose = "# 标题 <script>alert(1)</script> ![i](http://evil.example/x.png) `code` &amp;";
    let (_tmp, out) = build(&budget(project, "<b>指标</b>|y", "- 目标 _斜_", prose));
    for name in ["budget.md", "narrative.md"] {
        let md = read(&out.join(name));
        for raw in ["<img", "<script", "<b>", "](http", "&amp;amp", "\n# 标题", "\n- 目标"] {
            if raw == "&amp;amp" {
                assert!(md.contains("&amp;amp;"), "{name}: & is written as an entity");
                continue;
            }
            assert!(!unescaped(&md, raw), "{name} passes {raw:?} through");
        }
        assert!(md.contains("&lt;img src=x onerror=alert(1)&gt;") || md.contains("&lt;img src=x onerror=alert(1)>"));
        // Every row of a table has as many cell separators as its header.
        let mut width = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                width = None;
                continue;
            }
            let n = pipes(line);
            assert_eq!(*width.get_or_insert(n), n, "{name}: a broken table row: {line}");
        }
    }
}

#[test]
fn markdown_links_and_notifies_nobody() {
    let text = "见 https://evil.example/a 与 www.evil.example，联系 a@evil.example 或 @octocat";
    let (_tmp, out) = build(&budget(text, text, text, text));
    for name in ["budget.md", "narrative.md"] {
        let md = read(&out.join(name));
        assert!(md.contains("https\\://evil.example/a") && md.contains("www\\.evil.example"), "{name}");
        for raw in ["://", "www.evil", "@evil", "@octocat"] {
            assert!(!unescaped(&md, raw), "{name} passes {raw:?} through");
        }
    }
}

#[test]
fn html_stays_escaped() {
    let (_tmp, out) = build(&budget(
        "<script>alert('项目')</script>&",
        "<script>指标</script>'&",
        "目标",
        "<script>alert(\"prose\")</script> & '",
    ));
    let html = read(&out.join("budget.html"));
    assert!(!html.contains("<script"), "raw <script> in budget.html");
    for escaped in [
        "&lt;script&gt;alert(&#39;项目&#39;)&lt;/script&gt;&amp;",
        "&lt;script&gt;指标&lt;/script&gt;&#39;&amp;",
        "&lt;script&gt;alert(&quot;prose&quot;)&lt;/script&gt; &amp; &#39;",
    ] {
        assert!(html.contains(escaped), "lacks {escaped}");
    }
}

fn has_hidden(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

const EVIL: &str = "\u{1b}[2J\u{1b}]0;x\u{7}\u{9b}31m\u{202e}\u{2067}\r\u{7f}";

/// A map with one file whose second line holds EVIL, and a diagnostic on that line.
fn evil_diagnostic() -> (SourceMap, Diagnostic) {
    let mut map = SourceMap::new();
    let text = format!("year 2024\nproject P1 \"名{EVIL}称\" 多余\nmoney 万元\n");
    let start = text.find("多余").expect("word");
    let id = map.add(format!("a{EVIL}.budget"), text);
    let d = Diagnostic::error(Code::B0001, Message::text(format!("bad {EVIL}")))
        .primary(Span::new(id, start, start + "多余".len()), Message::text(format!("label {EVIL}")))
        .note(Message::text(format!("note {EVIL}")))
        .help(Message::text(format!("help {EVIL}")));
    (map, d)
}

#[test]
fn terminal_diagnostics_show_control_characters_visibly() {
    let (map, d) = evil_diagnostic();
    let diags = [d];
    for (what, text) in [
        ("human", budgetc::diag::render::human(&map, &diags, false)),
        ("short", budgetc::diag::render::short(&map, &diags)),
    ] {
        assert!(!has_hidden(&text), "{what} prints a control character: {text:?}");
        assert!(text.contains("\\u{1b}[2J"), "{what}: {text}");
    }
    let human = budgetc::diag::render::human(&map, &diags, false);
    assert!(human.contains("\\u{202e}") && human.contains("\\u{d}") && human.contains("\\u{9b}"), "{human}");
    // The snippet still underlines the labelled word, after the escapes.
    let line = human.lines().find(|l| l.contains("多余")).expect("snippet line");
    let marks = human.lines().skip_while(|l| !l.contains("多余")).nth(1).expect("underline");
    let col = line.find("多余").expect("word");
    let caret = marks.find('^').expect("caret");
    assert_eq!(
        unicode_width(line.get(..col).expect("prefix")),
        unicode_width(marks.get(..caret).expect("prefix")),
        "{human}"
    );
    // Colours are budgetc's own: the only ESC are SGR sequences, none from the input.
    let coloured = budgetc::diag::render::human(&map, &diags, true);
    assert!(!coloured.contains("\u{1b}[2J") && !coloured.contains("\u{202e}") && !coloured.contains('\u{9b}'));
}

fn unicode_width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}

#[test]
fn a_checked_file_with_escapes_cannot_reach_the_terminal_raw() {
    let tmp = tempfile::tempdir().expect("tmp");
    // The project is stated twice: both lines, with the name, are shown as snippets.
    let text = budget(&format!("项目{EVIL}"), "指标", "目标", "职责") + &format!("project P0001 \"项目{EVIL}\"\n");
    std::fs::write(tmp.path().join("b.budget"), text).expect("write");
    for format in ["human", "short", "github"] {
        let o = budgetc_in(tmp.path(), &["check", "--format", format, "b.budget"]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        for stream in [&o.stdout, &o.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(!has_hidden(&text), "{format}: {text:?}");
        }
    }
}

#[test]
fn github_annotations_escape_data_and_properties() {
    let mut map = SourceMap::new();
    let id = map.add("dir,x/a:b.budget", "year 2024\n");
    let d = Diagnostic::error(Code::B0001, Message::text("100% wrong\r\nnext\u{1b}[2J"))
        .primary(Span::new(id, 0, 4), Message::text("here"));
    let out = budgetc::diag::render::github(&map, &[d]);
    assert!(out.starts_with("::error file=dir%2Cx/a%3Ab.budget,line=1,col=1,"), "{out}");
    assert!(out.contains("::100%25 wrong%0D%0Anext\\u{1b}[2J"), "{out}");
    assert_eq!(out.matches('\n').count(), 1, "one line per annotation: {out}");
    assert!(!has_hidden(out.trim_end_matches('\n')));
}

#[test]
fn json_diagnostics_escape_control_characters() {
    let (map, d) = evil_diagnostic();
    let out = budgetc::diag::render::json(&map, &[d]);
    assert!(!out.contains('\u{1b}') && !out.contains('\r') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("\\u001b[2J"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["diagnostics"][0]["message"], format!("bad {EVIL}"), "the text survives a round trip");
}

fn evil_diff() -> BudgetDiff {
    let change = |old: &str, new: &str| Change { old: Some(old.into()), new: Some(new.into()), delta: None };
    let mut fields = BTreeMap::new();
    let _ = fields.insert(format!("名称{EVIL}"), change("旧|名", &format!("<img src=x>[新](http://e){EVIL}")));
    BudgetDiff {
        old: format!("old`{EVIL}"),
        new: "new`` ` <b>".into(),
        facts: vec![FactChange { fact: format!("项目 P1 x{EVIL}|y"), kind: "changed", fields }],
        checks: vec![CheckChange {
            kind: "now-failing",
            severity: budgetc::diag::Severity::Error,
            code: "B2104".into(),
            message: "<script>x</script> [a](http://e)".into(),
        }],
        ..BudgetDiff::default()
    }
}

#[test]
fn diff_reports_escape_their_texts() {
    let d = evil_diff();
    for colour in [false, true] {
        let t = budgetc::diff::render::terminal(&d, colour);
        assert!(!t.contains("\u{1b}[2J") && !t.contains('\u{9b}') && !t.contains('\u{202e}') && !t.contains('\r'));
        if !colour {
            assert!(!has_hidden(&t), "{t:?}");
        }
        assert!(t.contains("\\u{1b}[2J"), "{t}");
    }
    let md = budgetc::diff::render::markdown(&d);
    let (heading, body) = md.split_once('\n').expect("heading");
    for raw in ["<img", "<b>", "<script", "](http"] {
        assert!(!unescaped(body, raw), "markdown passes {raw:?} through:\n{md}");
    }
    // The sides are code spans whose fence is longer than any run of backticks in them.
    assert!(heading.starts_with("### budgetc diff: ``old`") && heading.ends_with("→ ```new`` ` <b>```"), "{md}");
    let row = md.lines().find(|l| l.starts_with("| ✏️")).expect("fact row");
    assert_eq!(pipes(row), 7, "a name's | does not add a column: {row}");
}

/// Every path under `dir` (relative), files and directories.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).expect("under").to_owned());
        }
    }
    out.sort();
    out
}

#[test]
fn output_file_names_never_come_from_names() {
    let long = "长".repeat(300);
    let mut names = vec![long.as_str(), "名\0称"];
    let specials = ["|", "<", ">", ":", "*", "?", "/", "\\", "CON", "名称.", "名称 "];
    names.extend(specials);
    for name in names {
        let (_tmp, out) = build(&budget(&format!("项目{name}"), "指标", "目标", "职责"));
        for path in tree(&out) {
            for part in path.iter() {
                let part = part.to_str().expect("UTF-8 name");
                assert!(is_portable_file_name(part) || part == MARKER, "{name:?}: {part:?}");
            }
        }
        assert!(out.join("csv/11-绩效目标表-P0001.csv").is_file(), "{name:?}: {:?}", tree(&out));
        let form = read(&out.join("csv/11-绩效目标表-P0001.csv"));
        assert!(form.contains(&format!("项目{name}").replace('\0', "\0")), "the name is in the table itself");
    }
}

/// A directory with `src/b.budget` (valid) and `src/bad.budget` (an error), as cwd.
fn workspace() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(tmp.path().join("src")).expect("mkdir");
    let good = budget("项目", "指标", "目标", "职责");
    std::fs::write(tmp.path().join("src/b.budget"), &good).expect("write");
    std::fs::write(tmp.path().join("src/bad.budget"), good.replace("amount 25.00", "amount 25.001")).expect("write");
    tmp
}

fn leftover(dir: &Path, prefix: &str, files: &[(&str, &str)]) -> PathBuf {
    let p = dir.join(prefix);
    std::fs::create_dir_all(&p).expect("mkdir");
    for (name, text) in files {
        std::fs::write(p.join(name), text).expect("write");
    }
    p
}

#[test]
fn a_build_removes_what_a_killed_build_left() {
    let tmp = workspace();
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = tree(tmp.path());
    // SIGKILL while staging (two builds), once with an empty staging directory, and a
    // directory of someone else's with a look-alike name but no marker.
    let _ = leftover(tmp.path(), ".out.budgetc-new-a1B2c3D4", &[(MARKER, "x"), ("budget.md", "partial")]);
    let _ = leftover(tmp.path(), ".out.budgetc-new-e5F6g7H8", &[]);
    let _ = leftover(tmp.path(), ".out.budgetc-old-i9J0k1L2", &[(MARKER, "x")]);
    let foreign = leftover(tmp.path(), ".out.budgetc-new-notours", &[("keep.txt", "mine")]);
    let other = leftover(tmp.path(), ".other.budgetc-new-a1B2c3D4", &[(MARKER, "x")]);
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(foreign.join("keep.txt").is_file(), "a directory without the marker is not budgetc's");
    assert!(other.join(MARKER).is_file(), "the leftovers of another output are not this build's");
    std::fs::remove_dir_all(foreign).expect("rm");
    std::fs::remove_dir_all(other).expect("rm");
    assert_eq!(tree(tmp.path()), before, "the stale staging and old directories are gone");
}

#[test]
fn a_build_removes_an_output_a_killed_build_was_removing() {
    let tmp = workspace();
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = tree(tmp.path());
    // A kill while the previous output, swapped out, was being removed: the marker is
    // already gone, some outputs are left (in the staging name, or set aside as old).
    let files = [("budget.html", "x"), ("budget.md", "x"), ("narrative.md", "x")];
    let swapped = leftover(tmp.path(), ".out.budgetc-new-Qw3Er5Ty", &files);
    let _ = leftover(&swapped, "csv", &[("01-部门预算收支总表.csv", "x")]);
    let _ = leftover(tmp.path(), ".out.budgetc-old-As4Df6Gh", &[("budget.json", "x")]);
    // Not budgetc's: a file no build writes, a look-alike name, a link in place of csv/.
    let mine = leftover(tmp.path(), ".out.budgetc-new-Zx7Cv9Bn", &[("budget.md", "x"), ("notes.txt", "mine")]);
    let named = leftover(tmp.path(), ".out.budgetc-new-Qw3Er5T", &[("budget.md", "x")]);
    let linked = leftover(tmp.path(), ".out.budgetc-old-Lk8Jh6Gf", &[("budget.md", "x")]);
    #[cfg(unix)]
    std::os::unix::fs::symlink(tmp.path().join("src"), linked.join("csv")).expect("symlink");
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for keep in [&mine, &named, &linked] {
        assert!(keep.join("budget.md").is_file(), "{} is not budgetc's", keep.display());
        std::fs::remove_dir_all(keep).expect("rm");
    }
    assert!(tmp.path().join("src/b.budget").is_file());
    assert_eq!(tree(tmp.path()), before, "what the killed build was removing is gone");
}

#[test]
fn a_build_restores_the_output_a_kill_between_renames_set_aside() {
    let tmp = workspace();
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = tree(tmp.path());
    let html = read(&tmp.path().join("out/budget.html"));
    // The state a kill between `out → old` and `staging → out` leaves.
    std::fs::rename(tmp.path().join("out"), tmp.path().join(".out.budgetc-old-Zz9Yy8Xx")).expect("mv");
    // Even a build that fails on an error puts the previous outputs back.
    let o = budgetc_in(tmp.path(), &["build", "src/bad.budget", "-o", "out"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(tree(tmp.path()), before);
    assert_eq!(read(&tmp.path().join("out/budget.html")), html);
}

#[test]
fn a_rebuild_swaps_the_output_and_leaves_nothing_beside_it() {
    let tmp = workspace();
    for _ in 0..2 {
        let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "out"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let top: Vec<_> = std::fs::read_dir(tmp.path()).expect("ls").map(|e| e.expect("e").file_name()).collect();
    assert_eq!(top.len(), 2, "{top:?}");
}

#[test]
fn output_directories_that_would_destroy_sources_are_refused() {
    let tmp = workspace();
    let before = tree(tmp.path());
    let root = tmp.path().to_str().expect("utf8").to_owned();
    for out in [".", "..", "/", "./", "src", "src/..", &root, "out/..", ""] {
        let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", out]);
        assert_eq!(o.status.code(), Some(2), "-o {out:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("budgetc：错误：") || out.is_empty(), "{}", stderr(&o));
        assert_eq!(tree(tmp.path()), before, "-o {out:?} wrote something");
    }
    let o = budgetc_in(&tmp.path().join("src"), &["build", "b.budget", "-o", "."]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(tree(tmp.path()), before);
}

/// Whether creating a file in `dir` is refused.
fn refuses_writes(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let denied = std::fs::write(&probe, "x").is_err();
    let _ = std::fs::remove_file(probe);
    denied
}

/// Makes `dir` read-only by its mode bits or, where they do not apply (root), by the
/// immutable attribute (`chattr +i`). False if neither stops writes.
#[cfg(unix)]
fn make_read_only(dir: &Path, read_only: bool) -> bool {
    use std::os::unix::fs::PermissionsExt;
    if !read_only {
        let _ = Command::new("chattr").arg("-i").arg(dir).output();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        return true;
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if refuses_writes(dir) {
        return true;
    }
    let _ = Command::new("chattr").arg("+i").arg(dir).output();
    refuses_writes(dir)
}

#[cfg(unix)]
#[test]
fn a_read_only_output_or_parent_is_exit_2_without_litter() {
    let tmp = workspace();
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "site/out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = tree(tmp.path());
    let html = read(&tmp.path().join("site/out/budget.html"));
    for dir in ["site", "site/out", "site/out/csv"] {
        let d = tmp.path().join(dir);
        let enforced = make_read_only(&d, true);
        let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "site/out"]);
        let _ = make_read_only(&d, false);
        if enforced {
            assert_eq!(o.status.code(), Some(2), "{dir} read-only: {}", stderr(&o));
            assert!(stderr(&o).contains("无法写入 site/out"), "{}", stderr(&o));
        } else {
            eprintln!("skipped: neither mode bits nor chattr +i stop this user; {dir} read-only not checked");
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        }
        assert_eq!(tree(tmp.path()), before, "{dir} read-only: litter");
        assert_eq!(read(&tmp.path().join("site/out/budget.html")), html);
    }
}

#[test]
fn a_missing_parent_made_for_a_failed_build_is_removed() {
    let tmp = workspace();
    let before = tree(tmp.path());
    // `a/b` cannot be created where a file `a` stands: nothing else may stay.
    std::fs::write(tmp.path().join("x"), "file").expect("write");
    let o = budgetc_in(tmp.path(), &["build", "src/b.budget", "-o", "x/deep/out"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    std::fs::remove_file(tmp.path().join("x")).expect("rm");
    assert_eq!(tree(tmp.path()), before);
}
