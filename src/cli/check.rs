//! `budgetc check FILE…`: every problem of every file, and a one-line summary of what was
//! checked (files, units, projects, errors, warnings); nothing is ever written. A file that
//! cannot be read is named and the others are still checked and reported (exit status 2).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, summary, Cli};
use crate::diag::Diagnostics;
use crate::msg;
use crate::source::SourceMap;

/// Checks each file as a whole budget and reports all diagnostics.
pub fn run(cli: &Cli, files: &[PathBuf]) -> Result<ExitCode, String> {
    let mut failed = false;
    let mut unreadable = vec![];
    let mut all = Diagnostics::new();
    let mut combined = SourceMap::new();
    let (mut units, mut projects) = (0, 0);
    // Per file: the checks not run because a file of that budget could not be read.
    let mut skipped = vec![];
    for file in files {
        let mut diags = Diagnostics::new();
        let sources = match super::load(cli, file, &mut diags) {
            Ok(sources) => sources,
            Err(message) => {
                unreadable.push(message);
                continue;
            }
        };
        if let Some(b) = crate::compile(&sources, &mut diags) {
            (units, projects) = (units + b.units.len(), projects + b.projects.len());
        }
        skipped.extend(crate::check::skipped(&sources).summary());
        failed |= diags.has_errors();
        // Re-home the diagnostics into one map so that one report covers every file.
        let offset = combined.len();
        for id in 0..sources.map.len() {
            if let Some(f) = sources.map.get(id) {
                let _ = combined.add(f.path.clone(), f.text.clone());
            }
        }
        for mut d in diags.as_slice().iter().cloned() {
            for l in &mut d.labels {
                l.span.file += offset;
            }
            all.push(d);
        }
    }
    report(cli, &combined, &all);
    for line in skipped {
        summary(cli, line);
    }
    let (errors, warnings) = (all.error_count(), super::warnings(&all));
    summary(
        cli,
        if failed {
            msg!("cli-check-failed", files = files.len() - unreadable.len(), errors = errors, warnings = warnings)
        } else {
            msg!(
                "cli-check-clean",
                files = files.len() - unreadable.len(),
                units = units,
                projects = projects,
                warnings = warnings
            )
        },
    );
    // `super::load` made the paths in these messages visible.
    for message in &unreadable {
        let _ = writeln!(std::io::stderr(), "{}", msg!("cli-error", message = message));
    }
    Ok(if !unreadable.is_empty() {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
