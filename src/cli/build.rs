//! `budgetc build FILE -o DIR`: check, then write every output at once, or nothing. An
//! output directory that is `.`, `..`, `/`, the current directory or holds a source is
//! refused before anything is read or written (exit status 2).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, shown, Cli, Format};
use crate::diag::Diagnostics;
use crate::render::write;

/// Builds the budget into `out`; on any error, `out` is left as it was.
pub fn run(cli: &Cli, file: &Path, out: &Path) -> Result<ExitCode, String> {
    let mut diags = Diagnostics::new();
    let sources = super::load(cli, file, &mut diags)?;
    let paths: Vec<PathBuf> = (0..).map_while(|id| sources.map.get(id).map(|f| f.path.clone())).collect();
    let target = write::target(out, &paths).map_err(|e| format!("cannot write {}: {e}", shown(out)))?;
    // An interrupted earlier build may have left `out` set aside: put it back first.
    let _ = write::recover(&target);
    let budget = crate::compile(&sources, &mut diags);
    report(cli, &sources.map, &diags);
    let Some(budget) = budget else { return Ok(ExitCode::from(1)) };
    let files = crate::render::outputs(&budget);
    write::write_atomically(&target, &files).map_err(|e| format!("cannot write {}: {e}", shown(out)))?;
    if cli.format != Format::Json {
        let _ = writeln!(
            std::io::stderr(),
            "wrote {} files to {} (budget.html, budget.md, narrative.md, budget.json, csv/)",
            files.len() - 1,
            shown(out)
        );
    }
    Ok(ExitCode::SUCCESS)
}
