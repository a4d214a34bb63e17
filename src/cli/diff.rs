//! `budgetc diff OLD [NEW] [-- PATH…]`: the semantic diff of two budgets. Each side is a
//! file, a directory (its root budgets, paired by path) or a git revision (`HEAD~1`,
//! `main..feature`; the working tree when NEW is left out). A name that exists as a file or
//! a directory is read as one, even when a revision has the same name. A 预算 and the 决算
//! of its year are compared as budget against actual; of different years, refused. A 决算
//! named alone is compared with the budgets its `budget` lines name (年初预算, 全年预算). The
//! 预算 of such a pair is read for its figures only, as `check` of the 决算 reads it.

mod git;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{shown, Cli, Format};
use crate::diag::Diagnostics;
use crate::diff::accounts::{pairing, Pairing};
use crate::diff::{diff, render, Side};
use crate::model::Document;
use crate::msg;
use crate::span::FileId;
use crate::Sources;
use git::Rev;

/// Where a side's files come from.
enum Spec {
    /// A file or a directory.
    Path(PathBuf),
    /// A git revision, verified.
    Rev(Rev),
    /// The working tree (with revisions on the other side).
    Worktree,
}

/// `text` as a revision, or an error saying why it is not one.
fn rev(text: &str) -> Result<Rev, String> {
    if text.starts_with('-') {
        return Err(msg!("cli-diff-dash", text = shown(text)).to_string());
    }
    git::resolve(text)?.ok_or_else(|| msg!("cli-diff-not-rev", text = shown(text)).to_string())
}

/// The two sides named on the command line. A name that exists as a file or a directory is
/// one; otherwise it must be a revision, `A..B` a range of two. A NEW that is neither a path
/// nor a revision is a budget to read from OLD and the working tree (it may be gone from
/// the working tree).
fn specs(old: &str, new: Option<&str>, paths: &mut Vec<PathBuf>) -> Result<(Spec, Spec), String> {
    let (o, n) = (Path::new(old), new.map(Path::new));
    if o.exists() {
        let n = n.ok_or_else(|| msg!("cli-diff-give-new").to_string())?;
        let kind = |p: &Path| {
            if p.is_dir() {
                Ok(true)
            } else if p.is_file() {
                Ok(false)
            } else if p.exists() {
                Err(msg!("cli-diff-not-regular", path = shown(p)).to_string())
            } else {
                Err(msg!("cli-diff-new-missing", path = shown(p)).to_string())
            }
        };
        if kind(o)? != kind(n)? {
            return Err(msg!("cli-diff-kinds").to_string());
        }
        if o.is_file() && !paths.is_empty() {
            return Err(msg!("cli-diff-paths-with-files").to_string());
        }
        return Ok((Spec::Path(o.to_owned()), Spec::Path(n.to_owned())));
    }
    if let Some((x, y)) = old.split_once("..") {
        if new.is_some() {
            return Err(msg!("cli-diff-range-and-new", range = shown(old)).to_string());
        }
        if y.starts_with('.') {
            return Err(msg!("cli-diff-three-dots", range = shown(old)).to_string());
        }
        // As in git, a side left out of the range is HEAD.
        let side = |t: &str| rev(if t.is_empty() { "HEAD" } else { t });
        return Ok((Spec::Rev(side(x)?), Spec::Rev(side(y)?)));
    }
    let Some(a) = git::resolve(old)? else {
        return Err(msg!("cli-diff-unknown", text = shown(old)).to_string());
    };
    Ok(match new {
        None => (Spec::Rev(a), Spec::Worktree),
        Some(text) if Path::new(text).exists() => {
            paths.push(text.into());
            (Spec::Rev(a), Spec::Worktree)
        }
        Some(text) => match git::resolve(text)? {
            Some(b) => (Spec::Rev(a), Spec::Rev(b)),
            None => {
                paths.push(text.into());
                (Spec::Rev(a), Spec::Worktree)
            }
        },
    })
}

/// The root budgets (files with a `department` line) under `dir`, relative to it. Symbolic
/// links are not followed (a link to a parent would make the walk endless), and only
/// regular files are read.
fn roots(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let Ok(kind) = e.file_type() else { continue };
            let p = e.path();
            if kind.is_dir() {
                if !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "target") {
                    stack.push(p);
                }
            } else if kind.is_file()
                && p.extension().is_some_and(|x| x == "budget")
                && crate::load::read_root(&p)
                    .is_ok_and(|t| crate::source::lines(&t).any(|(_, l)| l.trim_start().starts_with("department ")))
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

/// The sources of the budget at `path`, inside the workspace `root` if given.
fn load(path: &Path, root: Option<&Path>, diags: &mut Diagnostics) -> Result<Sources, String> {
    match root {
        Some(root) => crate::load::load_in(path, root, diags),
        None => crate::load(path, diags),
    }
    .map_err(|e| shown(e.to_string()))
}

/// Compiles one side, inside the workspace `root` if given; a missing file is an empty
/// budget without diagnostics.
fn side(name: String, path: &Path, root: Option<&Path>) -> Result<Side, String> {
    let mut diags = Diagnostics::new();
    if !path.exists() {
        let sources = crate::load_str(&name, "", &mut diags);
        let budget = crate::check::check_partial(&sources, &mut Diagnostics::new());
        return Ok(Side { name, budget, diagnostics: vec![] });
    }
    if !path.is_file() {
        return Err(msg!("cli-diff-not-budget", name = shown(&name)).to_string());
    }
    let sources = load(path, root, &mut diags)?;
    let budget = crate::check::check_partial(&sources, &mut diags);
    diags.sort();
    Ok(Side { name, budget, diagnostics: diags.as_slice().to_vec() })
}

/// File `id` of `sources`, a budget the 决算 names, read for its figures as `budgetc check`
/// of the 决算 reads it (its own `template`, else the default one; its prose, prior year
/// and performance are not read): only an error in its figures makes it a side with errors.
/// `loaded` holds the diagnostics of loading `sources`: those in the budget's files (a line
/// that could not be parsed, an include refused) are its own.
fn figures(name: String, sources: &Sources, id: FileId, loaded: &Diagnostics) -> Side {
    let mut files = vec![id];
    let mut next = 0;
    while let Some(&file) = files.get(next) {
        next += 1;
        let items = sources.files.get(file).and_then(|f| f.as_ref()).map_or(&[][..], |f| &f.items[..]);
        for item in items {
            if let Some(&inner) = sources.includes.get(&item.span) {
                if !files.contains(&inner) {
                    files.push(inner);
                }
            }
        }
    }
    let mut diags = Diagnostics::new();
    for d in loaded.as_slice() {
        if d.location().is_some_and(|at| files.contains(&at.file)) {
            diags.push(d.clone());
        }
    }
    let budget = crate::check::figures_partial(sources, id, &mut diags);
    diags.sort();
    Side { name, budget, diagnostics: diags.as_slice().to_vec() }
}

/// The 预算 `budget` of a 预算–决算 pair read again for its figures: through the 决算 at
/// `actual` when it names that very file (same workspace as `check` of the 决算), else on
/// its own (a budget from another revision, or one the 决算 does not name).
fn budget_figures(
    budget: &Side,
    path: &Path,
    root: Option<&Path>,
    actual: (&Path, Option<&Path>),
) -> Result<Side, String> {
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    let mut loaded = Diagnostics::new();
    let sources = load(actual.0, actual.1, &mut loaded)?;
    let named = sources.budgets.iter().find_map(|(_, id, _)| {
        let file = sources.map.get(*id)?;
        (canonical(&file.path).is_some() && canonical(&file.path) == canonical(path)).then_some(*id)
    });
    if let Some(id) = named {
        return Ok(figures(budget.name.clone(), &sources, id, &loaded));
    }
    let mut loaded = Diagnostics::new();
    let sources = load(path, root, &mut loaded)?;
    Ok(figures(budget.name.clone(), &sources, sources.root, &loaded))
}

/// The 决算 at `path` loaded, and the budgets it names, 年初预算 first; an error that asks
/// for NEW when the file is no 决算 naming a budget.
fn plan_files(cli: &Cli, path: &Path) -> Result<(Sources, Diagnostics, Vec<FileId>), String> {
    let mut loaded = Diagnostics::new();
    let sources = load(path, cli.root.as_deref(), &mut loaded)?;
    let mut named: Vec<(bool, FileId)> = sources
        .budgets
        .iter()
        .map(|(which, id, _)| (which.as_deref().is_some_and(|w| !w.starts_with("年初")), *id))
        .collect();
    named.sort_by_key(|(full, _)| *full);
    if named.is_empty() {
        return Err(msg!("cli-diff-give-new").to_string());
    }
    Ok((sources, loaded, named.into_iter().map(|(_, id)| id).collect()))
}

/// Runs the diff; exit 0 when equal, 1 when different.
pub fn run(cli: &Cli, old: &str, new: Option<&str>, paths: &[PathBuf]) -> Result<ExitCode, String> {
    let mut paths = paths.to_vec();
    // A 决算 alone: against each budget it names.
    if new.is_none() && paths.is_empty() && Path::new(old).is_file() {
        let actual = Path::new(old);
        let (sources, loaded, plans) = plan_files(cli, actual)?;
        let mut sides = vec![];
        for id in plans {
            let name = sources.map.get(id).map(|f| f.path.display().to_string()).unwrap_or_default();
            sides.push((figures(name, &sources, id, &loaded), side(old.to_owned(), actual, cli.root.as_deref())?));
        }
        return Ok(report(cli, sides));
    }
    let (a, b) = specs(old, new, &mut paths)?;
    let tmp = tempfile::tempdir().map_err(|e| msg!("cli-tempdir", reason = e.to_string()).to_string())?;
    let prefix = match (&a, &b) {
        (Spec::Path(_), Spec::Path(_)) => PathBuf::new(),
        _ => git::prefix(),
    };
    // Each side as a directory to read from (a revision's: the top of its tree), a label,
    // and whether paths are taken from the top of a tree.
    let base = |spec: &Spec, n: &str| -> Result<(PathBuf, String, bool), String> {
        Ok(match spec {
            Spec::Path(p) => (p.clone(), String::new(), false),
            Spec::Worktree => (PathBuf::from("."), String::new(), false),
            Spec::Rev(r) => {
                let dir = tmp.path().join(n);
                std::fs::create_dir_all(&dir).map_err(|e| msg!("cli-tempdir", reason = e.to_string()).to_string())?;
                git::extract(r, &dir)?;
                (dir, format!("{}:", r.name), true)
            }
        })
    };
    let a = base(&a, "old")?;
    let b = base(&b, "new")?;
    // Where budget `rel` (relative to the current directory) is on a side.
    let locate = |(dir, _, tree): &(PathBuf, String, bool), rel: &Path| -> Result<PathBuf, String> {
        if !*tree {
            return Ok(dir.join(rel));
        }
        let top =
            git::from_top(&prefix, rel).ok_or_else(|| msg!("cli-diff-outside-repo", path = shown(rel)).to_string())?;
        Ok(dir.join(top))
    };
    let pairs: Vec<(PathBuf, PathBuf, String, String)> = if a.0.is_file() {
        vec![(a.0.clone(), b.0.clone(), a.0.display().to_string(), b.0.display().to_string())]
    } else {
        let mut rel = paths.clone();
        if rel.is_empty() {
            rel = roots(&locate(&a, Path::new(""))?);
            for r in roots(&locate(&b, Path::new(""))?) {
                if !rel.contains(&r) {
                    rel.push(r);
                }
            }
            rel.sort();
        }
        let mut pairs = vec![];
        for r in rel {
            let (x, y) = (locate(&a, &r)?, locate(&b, &r)?);
            if !x.exists() && !y.exists() {
                return Err(msg!("cli-diff-on-neither", path = shown(&r)).to_string());
            }
            let name = |(dir, label, _): &(PathBuf, String, bool)| {
                if label.is_empty() {
                    dir.join(&r).display().to_string()
                } else {
                    format!("{label}{}", r.display())
                }
            };
            pairs.push((x, y, name(&a), name(&b)));
        }
        pairs
    };
    if pairs.is_empty() {
        return Err(msg!("cli-diff-nothing").to_string());
    }
    // `--root`: as given for files and the working tree; inside a revision's tree, the same
    // directory of that tree.
    let root = |side: &(PathBuf, String, bool)| -> Result<Option<PathBuf>, String> {
        match &cli.root {
            None => Ok(None),
            Some(r) if !side.2 => Ok(Some(r.clone())),
            Some(r) => locate(side, r).map(Some),
        }
    };
    let (a_root, b_root) = (root(&a)?, root(&b)?);
    let mut sides = vec![];
    for (x, y, xn, yn) in pairs {
        let (mut sx, mut sy) = (side(xn, &x, a_root.as_deref())?, side(yn, &y, b_root.as_deref())?);
        // A 预算 against its 决算: the 预算 is read for its figures, as `check` of the 决算 reads it.
        match pairing(&sx.budget, &sy.budget) {
            Pairing::BudgetActual { budget_is_old: true } => {
                sx = budget_figures(&sx, &x, a_root.as_deref(), (&y, b_root.as_deref()))?;
            }
            Pairing::BudgetActual { budget_is_old: false } => {
                sy = budget_figures(&sy, &y, b_root.as_deref(), (&x, a_root.as_deref()))?;
            }
            _ => {}
        }
        // A 预算 and a 决算 of different years: refused (a budget added or removed on one
        // side, compared with nothing, is no such pair).
        if let Pairing::YearsDiffer { budget, actual } = pairing(&sx.budget, &sy.budget) {
            let (b, a) = if sx.budget.department.kind == Document::Budget { (&sx, &sy) } else { (&sy, &sx) };
            return Err(msg!(
                "cli-diff-acc-years",
                budget = shown(&b.name),
                actual = shown(&a.name),
                byear = budget.to_string(),
                ayear = actual.to_string()
            )
            .to_string());
        }
        sides.push((sx, sy));
    }
    Ok(report(cli, sides))
}

/// Prints the diff of each pair of sides; exit 0 when all are equal, 1 otherwise.
fn report(cli: &Cli, sides: Vec<(Side, Side)>) -> ExitCode {
    let color = super::colour::enabled(cli.color, std::io::stdout().is_terminal());
    let mut different = false;
    let mut out = String::new();
    for (sx, sy) in &sides {
        let d = diff(sx, sy);
        different |= !d.is_empty();
        out.push_str(&match cli.format {
            Format::Json => render::json(&d),
            Format::Markdown => render::markdown(&d),
            _ => render::terminal(&d, color),
        });
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
    if different {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
