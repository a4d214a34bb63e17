//! `budgetc diff` and the pre-commit hook against hostile input in real repositories:
//! revisions that look like options, `export-ignore`, links and odd trees, symlink loops,
//! sides that are neither file nor revision, file names git would quote or take for options.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = "tangshan-hrss-2024.budget";

/// A copy of the example (root and includes) in `dir`.
fn example_copy(dir: &Path) {
    std::fs::create_dir_all(dir.join("tangshan-hrss-2024")).expect("mkdir");
    for name in [ROOT, "tangshan-hrss-2024/projects.budget", "tangshan-hrss-2024/narrative.budget"] {
        let _ = std::fs::copy(Path::new("examples").join(name), dir.join(name)).expect("copy");
    }
}

fn git(repo: &Path, args: &[&str]) -> Output {
    let o = Command::new("git").args(args).current_dir(repo).output().expect("git");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    o
}

/// A repository with the example committed, and `attributes` as its .gitattributes.
fn repo(dir: &Path, attributes: &str) {
    example_copy(dir);
    std::fs::write(dir.join(".gitattributes"), attributes).expect("gitattributes");
    let _ = git(dir, &["init", "-q", "-b", "main"]);
    let _ = git(dir, &["config", "user.email", "ci@example.invalid"]);
    let _ = git(dir, &["config", "user.name", "CI"]);
    let _ = git(dir, &["add", "-A"]);
    let _ = git(dir, &["commit", "-q", "-m", "2024 budget"]);
}

fn budgetc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc")).args(args).current_dir(dir).env("NO_COLOR", "1").output().expect("run")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn a_revision_is_never_taken_for_an_option() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo(tmp.path(), "*.budget diff=budget\n");
    let victim = tmp.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").expect("write");
    let v = victim.display();
    // (true: refused by diff itself; false: already by the command line parser.)
    for (args, by_diff) in [
        (vec!["diff".to_owned(), format!("HEAD..--output={v}")], true),
        (vec!["diff".to_owned(), format!("HEAD..-o{v}"), "--".to_owned(), ROOT.to_owned()], true),
        (vec!["diff".to_owned(), format!("--output={v}..HEAD")], false),
        (vec!["diff".to_owned(), "HEAD".to_owned(), format!("--output={v}")], false),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = budgetc_in(tmp.path(), &args);
        assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "precious\n", "{args:?} wrote to the file");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
        if by_diff {
            assert!(text(&o).contains("修订版本不以 `-` 开头"), "{args:?}: {}", text(&o));
        }
    }
}

#[test]
fn export_ignore_does_not_hide_a_revision_s_budgets() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo(tmp.path(), "*.budget diff=budget export-ignore\n");
    for args in [&["diff", "HEAD"][..], &["diff", "HEAD", "HEAD"], &["diff", "HEAD", "--", ROOT]] {
        let o = budgetc_in(tmp.path(), args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        assert!(text(&o).contains("没有变化"), "{args:?}: {}", text(&o));
    }
}

#[test]
fn links_and_submodules_in_a_revision_are_not_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let secret = tmp.path().join("secret.budget");
    std::fs::write(&secret, "department SECRET-1234\n").expect("write");
    let repo_dir = tmp.path().join("repo");
    repo(&repo_dir, "*.budget diff=budget\n");
    std::os::unix::fs::symlink(&secret, repo_dir.join("leak.budget")).expect("symlink");
    let head = String::from_utf8_lossy(&git(&repo_dir, &["rev-parse", "HEAD"]).stdout).trim().to_owned();
    let _ = git(&repo_dir, &["add", "leak.budget"]);
    let _ = git(&repo_dir, &["update-index", "--add", "--cacheinfo", &format!("160000,{head},module")]);
    let _ = git(&repo_dir, &["commit", "-q", "-m", "a link and a submodule"]);
    std::fs::remove_file(repo_dir.join("leak.budget")).expect("rm");
    let o = budgetc_in(&repo_dir, &["diff", "HEAD"]);
    assert!(!text(&o).contains("SECRET"), "{}", text(&o));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

/// A commit whose tree holds `entry` (a `git mktree` line) beside the example.
fn commit_with(repo: &Path, entry: &str) -> String {
    let mut mktree = Command::new("git")
        .args(["mktree"])
        .current_dir(repo)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("git mktree");
    let head = git(repo, &["ls-tree", "HEAD"]).stdout;
    let mut stdin = mktree.stdin.take().expect("stdin");
    std::io::Write::write_all(&mut stdin, &head).expect("write");
    std::io::Write::write_all(&mut stdin, entry.as_bytes()).expect("write");
    drop(stdin);
    let out = mktree.wait_with_output().expect("mktree");
    assert!(out.status.success());
    let tree = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let commit = git(repo, &["commit-tree", &tree, "-p", "HEAD", "-m", "odd tree"]).stdout;
    String::from_utf8_lossy(&commit).trim().to_owned()
}

#[test]
fn a_tree_path_that_would_leave_the_directory_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo(tmp.path(), "*.budget diff=budget\n");
    let blob = |text: &str| {
        let mut c = Command::new("git")
            .args(["hash-object", "-w", "--stdin"])
            .current_dir(tmp.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("hash-object");
        std::io::Write::write_all(&mut c.stdin.take().expect("stdin"), text.as_bytes()).expect("write");
        String::from_utf8_lossy(&c.wait_with_output().expect("hash").stdout).trim().to_owned()
    };
    let b = blob("department X\n");
    let config = blob("[core]\n\tfsmonitor = touch pwned\n");
    let dot_git = {
        let mut c = Command::new("git")
            .args(["mktree"])
            .current_dir(tmp.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("mktree");
        let line = format!("100644 blob {config}\tconfig\n");
        std::io::Write::write_all(&mut c.stdin.take().expect("stdin"), line.as_bytes()).expect("write");
        String::from_utf8_lossy(&c.wait_with_output().expect("mktree").stdout).trim().to_owned()
    };
    for entry in [format!("100644 blob {b}\t..\n"), format!("040000 tree {dot_git}\t.git\n")] {
        let commit = commit_with(tmp.path(), &entry);
        let o = budgetc_in(tmp.path(), &["diff", &commit, "HEAD"]);
        assert_eq!(o.status.code(), Some(2), "{entry}: {}", text(&o));
        assert!(text(&o).contains("不安全的路径"), "{entry}: {}", text(&o));
    }
}

#[test]
fn paths_outside_the_repository_are_refused_for_revisions() {
    let tmp = tempfile::tempdir().expect("tmp");
    let repo_dir = tmp.path().join("repo");
    repo(&repo_dir, "*.budget diff=budget\n");
    let outside = tmp.path().join("outside.budget");
    let _ = std::fs::copy(Path::new("examples").join(ROOT), &outside).expect("copy");
    let outside = outside.display().to_string();
    for path in [outside.as_str(), "../outside.budget"] {
        let o = budgetc_in(&repo_dir, &["diff", "HEAD", "--", path]);
        assert_eq!(o.status.code(), Some(2), "{path}: {}", text(&o));
        assert!(text(&o).contains("不在仓库内"), "{path}: {}", text(&o));
    }
    // From a subdirectory, `..` that stays inside is fine.
    std::fs::create_dir_all(repo_dir.join("sub")).expect("mkdir");
    let o = budgetc_in(&repo_dir.join("sub"), &["diff", "HEAD", "--", &format!("../{ROOT}")]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn a_side_that_is_neither_file_nor_revision_is_an_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    repo(tmp.path(), "*.budget diff=budget\n");
    for (args, says) in [
        (&["diff", ROOT, "missing.budget"][..], "既不是文件，也不是目录"),
        (&["diff", ROOT, "tangshan-hrss-2024"], "请用文件比较文件"),
        (&["diff", "tangshan-hrss-2024", ROOT], "请用文件比较文件"),
        (&["diff", "HEAD", "--", "missing.budget"], "两方都没有"),
        (&["diff", "HEAD", "tangshan-hrss-2024"], "不是预算文件"),
        (&["diff", "no-such-revision"], "既不是文件、目录，也不是 git 修订版本"),
        (&["diff", "HEAD...HEAD"], "范围用两个点"),
    ] {
        let o = budgetc_in(tmp.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
        assert!(text(&o).contains(says), "{args:?}: {}", text(&o));
    }
}

/// Runs `budgetc args` in `dir`, killed after a minute.
fn finishes(dir: &Path, args: &[&str]) -> Option<i32> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run");
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn symlink_loops_do_not_hang_a_directory_diff() {
    let tmp = tempfile::tempdir().expect("tmp");
    let a = tmp.path().join("a");
    example_copy(&a);
    std::os::unix::fs::symlink(".", a.join("loop")).expect("symlink");
    std::os::unix::fs::symlink("..", a.join("tangshan-hrss-2024/up")).expect("symlink");
    assert_eq!(finishes(tmp.path(), &["diff", "a", "a"]), Some(0), "diff DIR DIR did not finish or differed");
}

// ---- the pre-commit hook ----

fn hook_repo(dir: &Path) {
    repo(dir, "*.budget diff=budget\n");
    std::fs::create_dir_all(dir.join("hooks")).expect("mkdir");
    let _ = std::fs::copy("hooks/pre-commit", dir.join("hooks/pre-commit")).expect("copy hook");
    let _ = git(dir, &["config", "core.hooksPath", "hooks"]);
}

fn commit_all(dir: &Path, msg: &str) -> Output {
    Command::new("git")
        .args(["commit", "-q", "-m", msg])
        .current_dir(dir)
        .env("BUDGETC", env!("CARGO_BIN_EXE_budgetc"))
        .output()
        .expect("git commit")
}

#[test]
fn the_hook_takes_any_file_name() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    hook_repo(dir);
    let root = std::fs::read_to_string(dir.join(ROOT)).expect("read");
    // Clean budgets under names git quotes or that look like options are accepted.
    for name in ["预算.budget", "-x.budget", "with space.budget"] {
        std::fs::write(dir.join(name), &root).expect("write");
    }
    let _ = git(dir, &["add", "--", "预算.budget", "-x.budget", "with space.budget"]);
    let o = commit_all(dir, "clean budgets");
    assert!(o.status.success(), "{}", text(&o));
    // A messy one is rejected, by name.
    std::fs::write(dir.join("预算.budget"), root.replace("year 2024", "year   2024")).expect("write");
    let _ = git(dir, &["add", "--", "预算.budget"]);
    let o = commit_all(dir, "messy");
    assert!(!o.status.success(), "a messy file was committed");
    assert!(text(&o).contains("需要重新排版：预算.budget"), "{}", text(&o));
    let _ = git(dir, &["checkout", "HEAD", "--", "预算.budget"]);
    // A budget with an error under an option-like name is checked, and rejected.
    let wrong = root.replace("total 资产总额      556.00", "total 资产总额      556.01");
    assert_ne!(wrong, root);
    std::fs::write(dir.join("-x.budget"), wrong).expect("write");
    let _ = git(dir, &["add", "--", "-x.budget"]);
    let o = commit_all(dir, "wrong total");
    assert!(!o.status.success(), "a budget with an error was committed");
    assert!(text(&o).contains("-x.budget") && text(&o).contains("错误[B2109]"), "{}", text(&o));
}

#[test]
fn fmt_and_check_take_files_after_a_double_dash() {
    let tmp = tempfile::tempdir().expect("tmp");
    example_copy(tmp.path());
    let _ = std::fs::copy(tmp.path().join(ROOT), tmp.path().join("-x.budget")).expect("copy");
    for args in [&["fmt", "--check", "--", "-x.budget", ROOT][..], &["check", "--format", "short", "--", "-x.budget"]] {
        let o = budgetc_in(tmp.path(), args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
    }
}

#[test]
fn the_hook_checks_roots_with_a_byte_order_mark_or_classic_mac_line_ends() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    hook_repo(dir);
    let root = std::fs::read_to_string(dir.join(ROOT)).expect("read");
    let wrong = root.replace("total 资产总额      556.00", "total 资产总额      556.01");
    assert_ne!(wrong, root);
    // `department` not on the first line, and lines ended by CR alone.
    let cr = format!("# 唐山\n{wrong}").replace('\n', "\r");
    // The mark right before `department`: its line moved to the top.
    let department = wrong.lines().find(|l| l.starts_with("department ")).expect("department line");
    let bom = format!("\u{feff}{department}\n{}", wrong.replacen(&format!("{department}\n"), "", 1));
    for (name, body) in [("bom.budget", bom), ("cr.budget", cr)] {
        std::fs::write(dir.join(name), &body).expect("write");
        // (`fmt --check` rejects the CR file too; the B2109 below can only come from `check`.)
        let _ = git(dir, &["add", "--", name]);
        let o = commit_all(dir, name);
        assert!(!o.status.success(), "{name}: a root with an error was committed: {}", text(&o));
        assert!(text(&o).contains(&format!("{name}:")) && text(&o).contains("错误[B2109]"), "{name}: {}", text(&o));
        let _ = git(dir, &["rm", "-q", "--cached", "--", name]);
    }
}

#[cfg(unix)]
#[test]
fn the_hook_skips_staged_symbolic_links_and_submodules() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("repo");
    std::fs::create_dir_all(&dir).expect("mkdir");
    hook_repo(&dir);
    let secret = tmp.path().join("secret.txt");
    std::fs::write(&secret, "department 1 \"SECRET-TOKEN-4711\"\n").expect("write");
    std::os::unix::fs::symlink(&secret, dir.join("evil.budget")).expect("symlink");
    std::os::unix::fs::symlink("/proc/self/environ", dir.join("env.budget")).expect("symlink");
    let _ = git(&dir, &["add", "--", "evil.budget", "env.budget"]);
    // A submodule entry (a commit id in place of a file).
    let head = String::from_utf8_lossy(&git(&dir, &["rev-parse", "HEAD"]).stdout).trim().to_owned();
    let _ = git(&dir, &["update-index", "--add", "--cacheinfo", &format!("160000,{head},sub.budget")]);
    let o = Command::new("git")
        .args(["commit", "-q", "-m", "links"])
        .current_dir(&dir)
        .env("BUDGETC", env!("CARGO_BIN_EXE_budgetc"))
        .env("HOOK_SECRET", "SECRET-ENV-0815")
        .output()
        .expect("git commit");
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    for name in ["evil.budget", "env.budget", "sub.budget"] {
        assert!(out.contains(&format!("skipping {name}")), "{name} not named as skipped: {out}");
    }
    assert!(!out.contains("SECRET-TOKEN-4711") && !out.contains("SECRET-ENV-0815"), "a secret leaked: {out}");
}
