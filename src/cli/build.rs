//! `budgetc build FILE -o DIR`: check, then write every output at once, or nothing.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{report, Cli, Format};
use crate::diag::Diagnostics;

/// Builds the budget into `out`; on any error, `out` is left as it was.
pub fn run(cli: &Cli, file: &Path, out: &Path) -> Result<ExitCode, String> {
    let mut diags = Diagnostics::new();
    let sources = super::load(cli, file, &mut diags)?;
    let budget = crate::compile(&sources, &mut diags);
    report(cli, &sources.map, &diags);
    let Some(budget) = budget else { return Ok(ExitCode::from(1)) };
    let files = crate::render::outputs(&budget);
    crate::render::write_atomically(out, &files).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    if cli.format != Format::Json {
        let _ = writeln!(
            std::io::stderr(),
            "wrote {} files to {} (budget.html, budget.md, narrative.md, budget.json, csv/)",
            files.len() - 1,
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
