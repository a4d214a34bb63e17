//! `budgetc build FILE -o DIR`: check, then write every output at once, or nothing. An
//! output directory that is `.`, `..`, `/`, the current directory or holds a source is
//! refused before anything is read or written (exit status 2).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, shown, summary, Cli};
use crate::diag::Diagnostics;
use crate::msg;
use crate::render::write;

/// Builds the budget into `out`; on any error, `out` is left as it was.
pub fn run(cli: &Cli, file: &Path, out: &Path) -> Result<ExitCode, String> {
    let mut diags = Diagnostics::new();
    let sources = super::load(cli, file, &mut diags)?;
    let paths: Vec<PathBuf> = (0..).map_while(|id| sources.map.get(id).map(|f| f.path.clone())).collect();
    let cannot = |reason: String| msg!("cli-cannot-write", path = shown(out), reason = reason).to_string();
    let target = write::target(out, &paths).map_err(cannot)?;
    // An interrupted earlier build may have left `out` set aside: put it back first.
    let _ = write::recover(&target);
    let budget = crate::compile(&sources, &mut diags);
    report(cli, &sources.map, &diags);
    if let Some(line) = crate::check::skipped(&sources).summary() {
        summary(cli, line);
    }
    let Some(budget) = budget else {
        let (errors, warnings) = (diags.error_count(), super::warnings(&diags));
        summary(cli, msg!("cli-build-failed", errors = errors, warnings = warnings));
        return Ok(ExitCode::from(1));
    };
    let files = crate::render::outputs(&budget);
    write::write_atomically(&target, &files).map_err(|e| cannot(e.to_string()))?;
    if cli.format != super::Format::Json {
        let wrote = msg!("cli-build-wrote", count = files.len() - 1, dir = shown(out));
        let _ = writeln!(std::io::stderr(), "{wrote}");
    }
    Ok(ExitCode::SUCCESS)
}
