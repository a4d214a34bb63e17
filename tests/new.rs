//! `budgetc new` and `budgetc templates`: every template listed gives a skeleton that
//! checks and builds, so that a template added later is covered without new test code.

use std::path::Path;
use std::process::{Command, Output};

fn budgetc(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run budgetc")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The template ids `budgetc templates` lists.
fn templates(dir: &Path) -> Vec<String> {
    let o = budgetc(dir, &["templates"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    String::from_utf8_lossy(&o.stdout).lines().filter_map(|l| l.split_whitespace().next()).map(str::to_owned).collect()
}

#[test]
fn every_template_gives_a_skeleton_that_checks_and_builds() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ids = templates(tmp.path());
    assert!(ids.iter().any(|id| id == "hebei-2024"), "{ids:?}");
    for id in &ids {
        let o = budgetc(tmp.path(), &["new", id, "--template", id]);
        assert_eq!(o.status.code(), Some(0), "{id}: {}", stderr(&o));
        let file = format!("{id}/main.budget");
        assert!(stderr(&o).contains(&format!("budgetc check {file}")), "{id}: {}", stderr(&o));
        let text = std::fs::read_to_string(tmp.path().join(&file)).expect("skeleton");
        assert!(text.contains(&format!("template {id}")), "{id}: the skeleton names another template");
        for part in [
            "department ",
            "unit ",
            "income ",
            "basic ",
            "project ",
            "plan ",
            "goal ",
            "indicator 产出指标",
            "indicator 效益指标",
            "indicator 满意度指标",
            "prose 部门职责",
        ] {
            assert!(text.contains(part), "{id}: no `{part}` in the skeleton");
        }
        let o = budgetc(tmp.path(), &["check", &file]);
        assert_eq!(o.status.code(), Some(0), "{id}: {}", stderr(&o));
        assert!(stderr(&o).contains("没有错误，0 个警告"), "{id}: {}", stderr(&o));
        let o = budgetc(tmp.path(), &["build", &file, "-o", &format!("{id}-out")]);
        assert_eq!(o.status.code(), Some(0), "{id}: {}", stderr(&o));
        let html = std::fs::read_to_string(tmp.path().join(format!("{id}-out/budget.html"))).expect("html");
        assert!(html.contains("××部门"), "{id}");
        // The narrative has the project's 绩效目标表 (a budget's; final accounts print none)
        // and the prose written in the skeleton.
        let narrative = std::fs::read_to_string(tmp.path().join(format!("{id}-out/narrative.md"))).expect("md");
        let accounts = text.lines().any(|l| l.starts_with("year ") && l.contains("决算"));
        // Final accounts come with the budget of their year they name (header only).
        assert!(!accounts || tmp.path().join(id).join("2024年初预算.budget").is_file(), "{id}");
        assert!(accounts || narrative.contains("服务对象满意度"), "{id}: {narrative}");
        assert!(narrative.contains("××部门"), "{id}: {narrative}");
    }
}

#[test]
fn new_refuses_a_directory_that_is_not_empty() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::create_dir(tmp.path().join("d")).expect("mkdir");
    std::fs::write(tmp.path().join("d/notes.txt"), "keep").expect("write");
    let o = budgetc(tmp.path(), &["new", "d"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("budgetc：错误：目录 d 不是空的"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(tmp.path().join("d")).expect("d").count(), 1, "new wrote into a full directory");
    // An empty directory, and a new one, are fine; the default template is hebei-2024.
    std::fs::create_dir(tmp.path().join("empty")).expect("mkdir");
    assert_eq!(budgetc(tmp.path(), &["new", "empty"]).status.code(), Some(0));
    assert_eq!(budgetc(tmp.path(), &["new", "a/b"]).status.code(), Some(0));
    assert!(std::fs::read_to_string(tmp.path().join("a/b/main.budget")).expect("new").contains("template hebei-2024"));
    // A file in the way, and an unknown template.
    std::fs::write(tmp.path().join("f"), "").expect("write");
    assert_eq!(budgetc(tmp.path(), &["new", "f"]).status.code(), Some(2));
    let o = budgetc(tmp.path(), &["new", "x", "--template", "shanxi-2030"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("没有模板 `shanxi-2030`"), "{}", stderr(&o));
    assert!(!tmp.path().join("x").exists());
}
