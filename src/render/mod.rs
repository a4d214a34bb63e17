//! Rendering: the model to tables (built once) and narrative, then to files.
//!
//! [`outputs`] produces every file of a build in memory; [`write_atomically`] replaces
//! the output directory in one step, so that a failed or interrupted build leaves the
//! previous outputs in place.

pub mod csv;
pub mod escape;
pub mod forms;
pub mod html;
pub mod markdown;
pub mod narrative;
pub mod table;
mod tables;
pub mod write;

use std::path::PathBuf;

pub use narrative::narrative;
pub use tables::tables;
pub use write::write_atomically;

use crate::model::Budget;

/// The department and year as titles use them: `唐山…局2024年`.
pub fn title(budget: &Budget) -> String {
    format!("{}{}年", budget.department.name, budget.department.year)
}

/// The file that marks a directory as budgetc's output, safe to replace.
pub const MARKER: &str = ".budgetc-output";

/// Every output file of a build: relative path and bytes, in a fixed order.
pub fn outputs(budget: &Budget) -> Vec<(PathBuf, Vec<u8>)> {
    let tables = tables(budget);
    let sections = narrative(budget);
    let title = title(budget);
    let lead = narrative::lead(budget);
    let mut files = vec![
        (
            PathBuf::from(MARKER),
            b"This directory is written by `budgetc build` and replaced whole on each build.\n".to_vec(),
        ),
        (PathBuf::from("budget.html"), html::document(&title, &lead, &tables, &sections).into_bytes()),
        (PathBuf::from("budget.md"), markdown::document(&title, &lead, &tables, &sections).into_bytes()),
        (PathBuf::from("narrative.md"), markdown::narrative(&sections).into_bytes()),
        (PathBuf::from("budget.json"), json(budget).into_bytes()),
    ];
    for (i, t) in tables.iter().enumerate() {
        files.push((csv_name(budget, i + 1, t), csv::table(t).into_bytes()));
    }
    let mut n = tables.len();
    for s in &sections {
        for b in &s.blocks {
            if let narrative::Block::Table(t) = b {
                n += 1;
                files.push((csv_name(budget, n, t), csv::table(t).into_bytes()));
            }
        }
    }
    files
}

/// The path of a table's CSV file, `csv/NN-<title>.csv`, made of template text only: the
/// fixed title of a table, `绩效目标表-<project code>` for a project's form (the code is
/// ASCII letters and digits), else the table's id. Never a name from the sources.
fn csv_name(budget: &Budget, n: usize, t: &table::Table) -> PathBuf {
    let project =
        t.id.strip_prefix('p')
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| budget.projects.get(i.checked_sub(1)?));
    let name = match project {
        Some(p) if !p.code.is_empty() && p.code.len() <= 40 && p.code.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            format!("{n:02}-绩效目标表-{}.csv", p.code)
        }
        Some(_) => format!("{n:02}-绩效目标表.csv"),
        None => format!("{n:02}-{}.csv", t.title),
    };
    let name = if escape::is_portable_file_name(&name) { name } else { format!("{n:02}-{}.csv", t.id) };
    PathBuf::from("csv").join(name)
}

/// The compiled model as JSON (amounts as strings with their scale).
pub fn json(budget: &Budget) -> String {
    serde_json::to_string_pretty(budget).unwrap_or_default() + "\n"
}
