//! `budgetc diff OLD [NEW] [-- PATH…]`: the semantic diff of two budgets. Each side is a
//! file, a directory (its root budgets, paired by path) or a git revision (`HEAD~1`,
//! `main..feature`; the working tree when NEW is left out).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use super::{Cli, Color, Format};
use crate::diag::Diagnostics;
use crate::diff::{diff, render, Side};

/// Where a side's files come from.
enum Spec {
    /// A file or a directory.
    Path(PathBuf),
    /// A git revision.
    Rev(String),
    /// The working tree (with revisions on the other side).
    Worktree,
}

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn is_rev(text: &str) -> bool {
    git(&["rev-parse", "--verify", "--quiet", &format!("{text}^{{commit}}")]).is_some()
}

/// A git revision's tree, extracted into a temporary directory.
fn checkout(rev: &str, into: &Path) -> Result<(), String> {
    let top = git(&["rev-parse", "--show-toplevel"]).ok_or("not inside a git repository")?;
    let archive = Command::new("git")
        .args(["-C", &top, "archive", "--format=tar", rev])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let status = Command::new("tar")
        .args(["-x", "-C"])
        .arg(into)
        .stdin(archive.stdout.ok_or("no output from git archive")?)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cannot extract revision {rev}"))
    }
}

/// The root budgets (files with a `department` line) under `dir`, relative to it.
fn roots(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "target") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "budget")
                && std::fs::read_to_string(&p)
                    .is_ok_and(|t| t.lines().any(|l| l.trim_start().starts_with("department ")))
            {
                if let Ok(rel) = p.strip_prefix(dir) {
                    out.push(rel.to_owned());
                }
            }
        }
    }
    out.sort();
    out
}

/// Compiles one side; a missing file is an empty budget without diagnostics.
fn side(name: String, path: &Path) -> Result<Side, String> {
    let mut diags = Diagnostics::new();
    if !path.is_file() {
        let sources = crate::load_str(&name, "", &mut diags);
        let budget = crate::check::check_partial(&sources, &mut Diagnostics::new());
        return Ok(Side { name, budget, diagnostics: vec![] });
    }
    let sources = crate::load(path, &mut diags).map_err(|e| e.to_string())?;
    let budget = crate::check::check_partial(&sources, &mut diags);
    diags.sort();
    Ok(Side { name, budget, diagnostics: diags.as_slice().to_vec() })
}

/// Runs the diff; exit 0 when equal, 1 when different.
pub fn run(cli: &Cli, old: &str, new: Option<&str>, paths: &[PathBuf]) -> Result<ExitCode, String> {
    let mut paths = paths.to_vec();
    let (a, b) = match (old.split_once(".."), new) {
        (Some((x, y)), None) if !Path::new(old).exists() => (Spec::Rev(x.to_owned()), Spec::Rev(y.to_owned())),
        _ if Path::new(old).exists() => {
            let new = new.ok_or("give the new side: `budgetc diff OLD NEW`")?;
            (Spec::Path(old.into()), Spec::Path(new.into()))
        }
        _ if is_rev(old) => match new {
            None => (Spec::Rev(old.to_owned()), Spec::Worktree),
            Some(n) if is_rev(n) => (Spec::Rev(old.to_owned()), Spec::Rev(n.to_owned())),
            Some(n) => {
                paths.push(n.into());
                (Spec::Rev(old.to_owned()), Spec::Worktree)
            }
        },
        _ => return Err(format!("`{old}` is neither a file, a directory nor a git revision")),
    };
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let prefix = PathBuf::from(git(&["rev-parse", "--show-prefix"]).unwrap_or_default());
    // Each side as a directory to read from, plus a label.
    let base = |spec: &Spec, n: &str| -> Result<(PathBuf, String), String> {
        Ok(match spec {
            Spec::Path(p) => (p.clone(), String::new()),
            Spec::Worktree => (PathBuf::from("."), String::new()),
            Spec::Rev(r) => {
                let dir = tmp.path().join(n);
                std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                checkout(r, &dir)?;
                (dir.join(&prefix), format!("{r}:"))
            }
        })
    };
    let (a_dir, a_label) = base(&a, "old")?;
    let (b_dir, b_label) = base(&b, "new")?;
    let pairs: Vec<(PathBuf, PathBuf, String, String)> = match (&a, &b) {
        (Spec::Path(x), Spec::Path(y)) if x.is_file() || y.is_file() => {
            vec![(x.clone(), y.clone(), x.display().to_string(), y.display().to_string())]
        }
        _ => {
            let mut rel = paths.clone();
            if rel.is_empty() {
                rel = roots(&a_dir);
                for r in roots(&b_dir) {
                    if !rel.contains(&r) {
                        rel.push(r);
                    }
                }
                rel.sort();
            }
            rel.into_iter()
                .map(|r| {
                    let name = |label: &str, dir: &Path| {
                        if label.is_empty() {
                            dir.join(&r).display().to_string()
                        } else {
                            format!("{label}{}", r.display())
                        }
                    };
                    (a_dir.join(&r), b_dir.join(&r), name(&a_label, &a_dir), name(&b_label, &b_dir))
                })
                .collect()
        }
    };
    if pairs.is_empty() {
        return Err("no budget to compare: name one after `--`".into());
    }
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal(),
    };
    let mut different = false;
    let mut out = String::new();
    for (x, y, xn, yn) in pairs {
        let d = diff(&side(xn, &x)?, &side(yn, &y)?);
        different |= !d.is_empty();
        out.push_str(&match cli.format {
            Format::Json => render::json(&d),
            Format::Markdown => render::markdown(&d),
            _ => render::terminal(&d, color),
        });
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
    Ok(if different { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
