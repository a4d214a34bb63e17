//! Rendering: the model to tables (built once) and narrative, then to files.
//!
//! [`outputs`] produces every file of a build in memory; [`write_atomically`] replaces
//! the output directory in one step, so that a failed build leaves it untouched.

pub mod csv;
pub mod forms;
pub mod html;
pub mod markdown;
pub mod narrative;
pub mod table;
mod tables;

use std::path::{Path, PathBuf};

pub use narrative::narrative;
pub use tables::tables;

use crate::model::Budget;

/// The department and year as titles use them: `唐山…局2024年`.
pub fn title(budget: &Budget) -> String {
    format!("{}{}年", budget.department.name, budget.department.year)
}

/// The file that marks a directory as budgetc's output, safe to replace.
pub const MARKER: &str = ".budgetc-output";

fn is_output_dir(dir: &Path) -> bool {
    dir.join(MARKER).is_file() || std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// Every output file of a build: relative path and bytes, in a fixed order.
pub fn outputs(budget: &Budget) -> Vec<(PathBuf, Vec<u8>)> {
    let tables = tables(budget);
    let sections = narrative(budget);
    let title = title(budget);
    let mut files = vec![
        (
            PathBuf::from(MARKER),
            b"This directory is written by `budgetc build` and replaced whole on each build.\n".to_vec(),
        ),
        (PathBuf::from("budget.html"), html::document(&title, &tables, &sections).into_bytes()),
        (PathBuf::from("budget.md"), markdown::document(&title, &tables, &sections).into_bytes()),
        (PathBuf::from("narrative.md"), markdown::narrative(&sections).into_bytes()),
        (PathBuf::from("budget.json"), json(budget).into_bytes()),
    ];
    for (i, t) in tables.iter().enumerate() {
        files.push((PathBuf::from("csv").join(format!("{:02}-{}.csv", i + 1, t.title)), csv::table(t).into_bytes()));
    }
    let mut n = tables.len();
    for s in &sections {
        for b in &s.blocks {
            if let narrative::Block::Table(t) = b {
                n += 1;
                let name = t.title.replace(['/', '\\'], "_");
                files.push((PathBuf::from("csv").join(format!("{n:02}-{name}.csv")), csv::table(t).into_bytes()));
            }
        }
    }
    files
}

/// The compiled model as JSON (amounts as strings with their scale).
pub fn json(budget: &Budget) -> String {
    serde_json::to_string_pretty(budget).unwrap_or_default() + "\n"
}

/// Writes `files` under `dir`, replacing its previous content in one rename: the files
/// go to a sibling temporary directory first, which then takes the place of `dir`.
pub fn write_atomically(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let pid = std::process::id();
    let staging = parent.join(format!(".{name}.new-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    let written = (|| {
        for (path, bytes) in files {
            let target = staging.join(path);
            if let Some(p) = target.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::write(&target, bytes)?;
        }
        Ok::<(), std::io::Error>(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let had_old = dir.exists();
    if had_old && !is_output_dir(dir) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(std::io::Error::other(format!(
            "{} exists and was not written by budgetc build (no {MARKER} file); refusing to replace it",
            dir.display()
        )));
    }
    if had_old {
        std::fs::rename(dir, &old)?;
    }
    if let Err(e) = std::fs::rename(&staging, dir) {
        if had_old {
            let _ = std::fs::rename(&old, dir);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if had_old {
        std::fs::remove_dir_all(&old)?;
    }
    Ok(())
}
