//! `budgetc check FILE…`: every problem of every file, nothing written.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{report, Cli};
use crate::diag::Diagnostics;
use crate::source::SourceMap;

/// Checks each file as a whole budget and reports all diagnostics.
pub fn run(cli: &Cli, files: &[PathBuf]) -> Result<ExitCode, String> {
    let mut failed = false;
    let mut all = Diagnostics::new();
    let mut combined = SourceMap::new();
    for file in files {
        let mut diags = Diagnostics::new();
        let sources = super::load(cli, file, &mut diags)?;
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
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
