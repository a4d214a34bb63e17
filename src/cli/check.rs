//! `budgetc check FILE…`: every problem of every file, nothing written. A file that cannot
//! be read is named and the others are still checked and reported (exit status 2).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Cli};
use crate::diag::Diagnostics;
use crate::source::SourceMap;

/// Checks each file as a whole budget and reports all diagnostics.
pub fn run(cli: &Cli, files: &[PathBuf]) -> Result<ExitCode, String> {
    let mut failed = false;
    let mut unreadable = vec![];
    let mut all = Diagnostics::new();
    let mut combined = SourceMap::new();
    for file in files {
        let mut diags = Diagnostics::new();
        let sources = match super::load(cli, file, &mut diags) {
            Ok(sources) => sources,
            Err(message) => {
                unreadable.push(message);
                continue;
            }
        };
        let _ = crate::compile(&sources, &mut diags);
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
    // `super::load` made the paths in these messages visible.
    for message in &unreadable {
        let _ = writeln!(std::io::stderr(), "budgetc: error: {message}");
    }
    Ok(if !unreadable.is_empty() {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
