//! One root cause, one diagnostic: the checks a file that could not be read would feed
//! are skipped (and counted for the summary), and a part of a budget checked on its own
//! is reported once, with the file to check instead.

use std::path::{Path, PathBuf};

use super::Flat;
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::load::MAX_FILE_BYTES;
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::ItemKind;
use crate::Sources;

/// The identity checks run over the whole budget (funds balance C10–C12, 三公 ≥ its 款
/// C20, 办公用房 within 房屋 C29); each stated `total` is one more.
const IDENTITY_CHECKS: usize = 3;

/// The checks [`check`](super::check) skipped because a file of the budget could not be
/// read. The command line prints [`Skipped::summary`] under the diagnostics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// The included files that could not be read (each reported once, B0005–B0009).
    pub unread: usize,
    /// The checks not run because their facts may stand in those files: the identities,
    /// each stated `total`, the required header facts not found and the required prose
    /// slots not found. Zero when every file was read.
    pub checks: usize,
}

impl Skipped {
    /// The summary line, e.g. “有 1 个文件未能读取，依赖其内容的 9 项检查未执行。”; None
    /// when nothing was skipped.
    pub fn summary(&self) -> Option<Message> {
        (self.unread > 0).then(|| msg!("facts-skipped-summary", files = self.unread, checks = self.checks))
    }
}

/// What [`check`](super::check) skips for `sources`: the same count the check uses.
pub fn skipped(sources: &Sources) -> Skipped {
    let mut lines = vec![];
    super::flatten(sources, sources.root, &mut lines, 0, &mut Diagnostics::new());
    let unread = unread(sources, &lines);
    if unread == 0 {
        return Skipped::default();
    }
    let items = || lines.iter().filter_map(|l| if let Flat::Line(item) = l { Some(&item.kind) } else { None });
    let totals = items().filter(|k| matches!(k, ItemKind::Total { .. })).count();
    let header = [
        items().any(|k| matches!(k, ItemKind::Department { .. })),
        items().any(|k| matches!(k, ItemKind::Year { .. })),
        items().any(|k| matches!(k, ItemKind::Money(_))),
        items().any(|k| matches!(k, ItemKind::Unit { .. })),
    ];
    let header = header.iter().filter(|found| !**found).count();
    let prose = super::prose::missing_required(&lines).count();
    Skipped { unread, checks: IDENTITY_CHECKS + totals + header + prose }
}

/// The number of `include` lines of `lines` whose file was not read: refused or not
/// found, not the ones skipped because the file was already read (a cycle, or included
/// twice: its facts are there).
pub(crate) fn unread(sources: &Sources, lines: &[Flat<'_>]) -> usize {
    let read: Vec<PathBuf> = (0..sources.map.len())
        .filter(|id| sources.files.get(*id).is_some_and(Option::is_some))
        .filter_map(|id| sources.map.get(id).and_then(|f| std::fs::canonicalize(&f.path).ok()))
        .collect();
    lines
        .iter()
        .filter_map(|l| match l {
            Flat::Line(item) => match &item.kind {
                ItemKind::Include(name) if !sources.includes.contains_key(&item.span) => Some((item.span, name)),
                _ => None,
            },
            Flat::Boundary => None,
        })
        .filter(|(span, name)| {
            let base = sources.map.get(span.file).and_then(|f| f.path.parent()).map(Path::to_owned).unwrap_or_default();
            std::fs::canonicalize(base.join(&name.text)).map_or(true, |c| !read.contains(&c))
        })
        .count()
}

/// Whether `lines` have no header fact at all (department, year, money, template, unit):
/// a file that another file includes.
pub(crate) fn headerless(lines: &[Flat<'_>]) -> bool {
    !lines.iter().any(|l| {
        matches!(l, Flat::Line(item) if matches!(item.kind,
            ItemKind::Department { .. } | ItemKind::Year { .. } | ItemKind::Money(_) | ItemKind::Template(_) | ItemKind::Unit { .. }))
    })
}

/// Reports once that the root file has no header: it is a part of a budget, and names
/// the file that includes it if one is found next to it or in the directory above.
pub(crate) fn part_of_budget(sources: &Sources, root: Span, diags: &mut Diagnostics) {
    let path = sources.map.get(sources.root).map(|f| f.path.clone()).unwrap_or_default();
    let d = Diagnostic::error(Code::B0004, msg!("facts-b0004-part", file = path.display().to_string()))
        .primary(root, msg!("facts-b0004-part-label"));
    diags.push(match includer(&path) {
        Some(parent) => d.help(msg!("facts-b0004-part-help-parent", parent = parent.display().to_string())),
        None => d.note(msg!("facts-b0004-part-note")).help(msg!("facts-b0004-part-help")),
    });
}

/// A `.budget` file next to `path` or in the directory above that includes it. Only its
/// `include` lines are looked at; nothing of it is shown but its path.
fn includer(path: &Path) -> Option<PathBuf> {
    let target = std::fs::canonicalize(path).ok()?;
    let here = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    for dir in [here.clone(), here.join("..")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "budget"))
            .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE_BYTES))
            .collect();
        files.sort();
        for file in files {
            if std::fs::canonicalize(&file).is_ok_and(|c| c == target) {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&file) else { continue };
            let base = file.parent().map(Path::to_owned).unwrap_or_default();
            let includes = text.lines().filter_map(|l| {
                let rest = l.trim().strip_prefix("include")?;
                let name = rest.split('#').next()?.trim().trim_matches('"');
                (!name.is_empty()).then(|| base.join(name))
            });
            if includes.into_iter().any(|p| std::fs::canonicalize(p).is_ok_and(|c| c == target)) {
                return Some(clean(&file));
            }
        }
    }
    None
}

/// `a/b/../c.budget` as `a/c.budget`, for the message.
fn clean(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir if out.file_name().is_some_and(|n| n != "..") => {
                let _ = out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::diag::{Code, Diagnostics, Lang};

    fn run(path: &str) -> (Diagnostics, super::Skipped) {
        let mut diags = Diagnostics::new();
        let sources = crate::load::load_in(Path::new(path), Path::new("."), &mut diags).expect("load");
        let _ = crate::compile(&sources, &mut diags);
        (diags, super::skipped(&sources))
    }

    #[test]
    fn a_mistyped_include_gives_exactly_one_error_and_counts_what_it_skipped() {
        let (diags, skipped) = run("tests/fixtures/err/B0005-include-mistyped-one-error.budget");
        let codes: Vec<Code> = diags.as_slice().iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::B0005]);
        // The three identities and the two `total` lines.
        assert_eq!(skipped, super::Skipped { unread: 1, checks: 5 });
        let summary = skipped.summary().expect("summary");
        assert_eq!(
            summary.render(Lang::Zh),
            "有 1 个文件未能读取，依赖其内容的 5 项检查（勾稽关系、合计、必填项）未执行。"
        );
        assert!(summary.render(Lang::En).starts_with("1 file could not be read: 5 checks"));
    }

    #[test]
    fn nothing_is_skipped_when_every_file_is_read() {
        let (diags, skipped) = run("examples/tangshan-hrss-2024.budget");
        assert!(!diags.has_errors());
        assert_eq!(skipped, super::Skipped::default());
        assert_eq!(skipped.summary(), None);
        // Included twice: the file was read, its facts are there; nothing is skipped.
        let (_, twice) = run("tests/fixtures/err/B0005-included-twice.budget");
        assert_eq!(twice.unread, 0);
    }

    #[test]
    fn an_included_file_checked_alone_is_one_error_naming_the_file_to_check() {
        let (diags, _) = run("examples/tangshan-hrss-2024/projects.budget");
        let [d] = diags.as_slice() else { panic!("one diagnostic: {:?}", diags.as_slice()) };
        assert_eq!(d.code, Code::B0004);
        let help = d.help.as_ref().expect("help").render(Lang::Zh);
        assert!(help.contains("budgetc check examples/tangshan-hrss-2024.budget"), "{help}");
    }
}
