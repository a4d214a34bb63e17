//! budgetc compiles a department's budget, written as facts in `.budget` files, into the
//! standard disclosure tables (部门预算信息公开) and the figures of their narrative.
//!
//! ```text
//!  paths ──► load() ──► SourceMap + syntax::parse() per file ──► ast::File  (never fails;
//!                        (follows `include`)                                 bad lines → Invalid)
//!                                    │
//!                                    ▼
//!            check::check() ──► model::Budget        (None iff an error was reported)
//!              header pass: year, money, units, declared codes → Catalog
//!              fact pass:   income, basic, projects, 三公, assets  (codes, amounts)
//!              identities:  funds balance, 三公 ≥ 款, stated totals (C1–C30)
//!                                    │
//!                                    ▼
//!            render::tables() ──► Vec<Table>  (T1–T9, format-neutral, built once)
//!            render::narrative() ──► sections 一–十一 (figures from the model, prose,
//!                                    绩效目标表 and the other tables in place)
//!                                    │
//!                                    ▼
//!            render::{html, csv, markdown, json} ──► render::write_atomically()
//!
//!  diagnostics: every stage pushes into diag::Diagnostics;
//!               diag::render::{human, short, json, github}
//!  review:      fmt::format()   syntax tree + trivia ──► canonical text (idempotent)
//!               fmt::textconv() a file's facts, sorted, for `git diff`
//!               diff::diff()    two budgets ──► facts, table cells, figures, checks
//! ```
//!
//! [`load`] reads the sources, [`compile`] runs the front end, [`render::outputs`] makes
//! the files of a build and [`render::write_atomically`] writes them.

#![deny(clippy::indexing_slicing, unused_results)]

pub mod catalog;
pub mod check;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod fmt;
pub mod model;
pub mod render;
pub mod source;
pub mod span;
pub mod syntax;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use diag::{Code, Diagnostic, Diagnostics};
use source::SourceMap;
use span::{FileId, Span};
use syntax::ast::{self, ItemKind};

/// Every file of one budget: the root, its includes, and which `include` line read which.
#[derive(Debug, Default)]
pub struct Sources {
    /// The texts, for diagnostics.
    pub map: SourceMap,
    /// The syntax tree of each file, by [`FileId`] (None if it could not be read).
    pub files: Vec<Option<ast::File>>,
    /// The file named on the command line.
    pub root: FileId,
    /// The span of each `include` line and the file it read.
    pub includes: HashMap<Span, FileId>,
    /// Last year's budget file (`prior "…"`) and the line that names it.
    pub prior: Option<(FileId, Span)>,
}

/// Error reading the root file: not a source diagnostic, exit status 2.
#[derive(Debug)]
pub struct LoadError {
    /// The path.
    pub path: PathBuf,
    /// What went wrong.
    pub error: std::io::Error,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.error)
    }
}

/// Reads and parses `path` and every file it includes.
pub fn load(path: &Path, diags: &mut Diagnostics) -> Result<Sources, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|error| LoadError { path: path.to_owned(), error })?;
    let mut sources = Sources::default();
    sources.root = add_file(&mut sources, path.to_owned(), text, diags);
    let mut stack = vec![sources.root];
    let root = sources.root;
    read_includes(&mut sources, root, &mut stack, diags);
    read_prior(&mut sources, diags);
    Ok(sources)
}

/// Parses a text given in memory (used by tests and by `load`).
pub fn load_str(name: &str, text: &str, diags: &mut Diagnostics) -> Sources {
    let mut sources = Sources::default();
    sources.root = add_file(&mut sources, PathBuf::from(name), text.to_owned(), diags);
    sources
}

fn add_file(sources: &mut Sources, path: PathBuf, text: String, diags: &mut Diagnostics) -> FileId {
    let id = sources.map.add(path, text);
    let ast = syntax::parse(id, sources.map.text(id), diags);
    sources.files.push(Some(ast));
    id
}

fn read_includes(sources: &mut Sources, file: FileId, stack: &mut Vec<FileId>, diags: &mut Diagnostics) {
    let includes: Vec<(Span, String)> = sources
        .files
        .get(file)
        .and_then(|f| f.as_ref())
        .map(|f| {
            f.items
                .iter()
                .filter_map(|i| match &i.kind {
                    ItemKind::Include(t) => Some((i.span, t.text.clone())),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let base = sources.map.get(file).and_then(|f| f.path.parent()).map(Path::to_owned).unwrap_or_default();
    for (span, name) in includes {
        let path = base.join(&name);
        if let Some(existing) = sources.map.find(&path) {
            if stack.contains(&existing) {
                diags.push(
                    Diagnostic::error(Code::B0005, format!("`{name}` includes itself"))
                        .primary(span, "include cycle")
                        .help("remove this include: the file is already being read"),
                );
            } else {
                diags.push(
                    Diagnostic::error(Code::B0005, format!("`{name}` is included twice"))
                        .primary(span, "already included")
                        .help("include each file once: its facts would be counted twice"),
                );
            }
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let id = add_file(sources, path, text, diags);
                let _ = sources.includes.insert(span, id);
                stack.push(id);
                read_includes(sources, id, stack, diags);
                let _ = stack.pop();
            }
            Err(e) => diags.push(
                Diagnostic::error(Code::B0005, format!("cannot include `{name}`: {e}"))
                    .primary(span, "cannot be read")
                    .help("paths are relative to the file with the `include` line"),
            ),
        }
    }
}

/// Reads last year's budget named by a `prior "file"` line (its own `prior` is ignored).
fn read_prior(sources: &mut Sources, diags: &mut Diagnostics) {
    let named: Vec<(FileId, Span, String)> = (0..sources.files.len())
        .filter_map(|id| sources.files.get(id).and_then(|f| f.as_ref()).map(|f| (id, f)))
        .flat_map(|(id, f)| {
            f.items.iter().filter_map(move |i| match &i.kind {
                ItemKind::PriorFile(t) => Some((id, i.span, t.text.clone())),
                _ => None,
            })
        })
        .collect();
    let mut named = named.into_iter();
    let Some((file, span, name)) = named.next() else { return };
    for (_, again, _) in named {
        diags.push(
            Diagnostic::error(Code::B0003, "last year's budget is named twice")
                .primary(again, "named again here")
                .secondary(span, "first named here")
                .help("keep one `prior` line"),
        );
    }
    let base = sources.map.get(file).and_then(|f| f.path.parent()).map(Path::to_owned).unwrap_or_default();
    let path = base.join(&name);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let id = add_file(sources, path, text, diags);
            let mut stack = vec![id];
            read_includes(sources, id, &mut stack, diags);
            sources.prior = Some((id, span));
        }
        Err(e) => diags.push(
            Diagnostic::error(Code::B0005, format!("cannot read last year's budget `{name}`: {e}"))
                .primary(span, "cannot be read")
                .help("paths are relative to the file with the `prior` line; or state last year's figures: `prior 支出总计 <amount>`"),
        ),
    }
}

/// Parses and checks a budget: the front end. None if any error was reported.
pub fn compile(sources: &Sources, diags: &mut Diagnostics) -> Option<model::Budget> {
    let budget = check::check(sources, diags);
    diags.sort();
    budget
}
