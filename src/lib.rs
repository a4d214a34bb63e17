//! budgetc compiles a department's budget, written as facts in `.budget` files, into the
//! standard disclosure tables (部门预算信息公开) and the figures of their narrative.
//!
//! ```text
//!  paths ──► load::load() ──► Sources: SourceMap + an ast::File per file
//!              follows `include` and `prior` inside the workspace (the root file's
//!              directory, or --root): regular files only, ≤ 16 MiB, ≤ 32 deep,
//!              one read per file (by canonical path)
//!                                    │
//!                                    ▼
//!            syntax::parse() per file, as load reads it ──► ast::File
//!              (never fails; bad lines → Invalid)
//!                                    │
//!                                    ▼
//!            check::check() ──► model::Budget        (None iff an error was reported)
//!              header pass: year, money, template, units, declared codes → Catalog
//!              fact pass:   income, basic, projects, 三公, assets  (codes, amounts)
//!              identities:  funds balance, 三公 ≥ 款, stated totals (C1–C30)
//!                                    │
//!                                    ▼
//!            render::tables() ──► Vec<Table>  (format-neutral, built once)
//!              the template (template::Template, data: templates/ID/template.toml)
//!              over the facts as a cube (model::cube): a cell = Σ facts matching
//!              its row axis and its column's measures
//!            render::narrative() ──► sections 一–十一 (figures from the model, prose,
//!                                    绩效目标表 and the other tables in place)
//!                                    │
//!                                    ▼
//!            render::{html, csv, markdown, json} ──► render::write_atomically()
//!              (source text escaped per format by render::escape; file names from
//!              template text and codes only; staged, swapped in, recovered after a kill)
//!
//!  diagnostics: every stage pushes into diag::Diagnostics;
//!               diag::render::{human, short, json, github}  (control characters visible)
//!  review:      fmt::format()   syntax tree + trivia ──► canonical text (idempotent)
//!               fmt::verify()   the canonical text re-read: same facts, comments, prose
//!               fmt::textconv() a file's facts, sorted, for `git diff`
//!               diff::diff()    two budgets ──► facts, table cells, figures, checks
//! ```
//!
//! [`load::load`] reads the sources (re-exported as [`load`]; [`load::load_in`] names the
//! workspace), [`compile`] runs the front end, [`render::outputs`] makes the files of a
//! build and [`render::write_atomically`] writes them.

#![deny(clippy::indexing_slicing, unused_results)]

pub mod catalog;
pub mod check;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod fmt;
pub mod load;
pub mod model;
pub mod render;
pub mod source;
pub mod span;
pub mod syntax;
pub mod template;

pub use load::{load, load_str, LoadError, Sources};

use diag::Diagnostics;

/// Parses and checks a budget: the front end. None if any error was reported.
pub fn compile(sources: &Sources, diags: &mut Diagnostics) -> Option<model::Budget> {
    let budget = check::check(sources, diags);
    diags.sort();
    budget
}
