//! `budgetc fmt [--check] FILE…`: rewrite files in the canonical layout, atomically.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, Cli};
use crate::diag::Diagnostics;
use crate::source::SourceMap;

/// Formats each file; with `check`, only names the files that would change.
pub fn run(cli: &Cli, files: &[PathBuf], check: bool) -> Result<ExitCode, String> {
    let mut failed = false;
    let mut would_change = vec![];
    for path in files {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut diags = Diagnostics::new();
        let Some(formatted) = crate::fmt::format(&text, &mut diags) else {
            let mut map = SourceMap::new();
            let _ = map.add(path.clone(), text);
            report(cli, &map, &diags);
            let _ = writeln!(std::io::stderr(), "budgetc: {} has syntax errors; not formatted", path.display());
            failed = true;
            continue;
        };
        if formatted == text {
            continue;
        }
        if check {
            would_change.push(path.clone());
        } else {
            write_atomically(path, &formatted).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    for path in &would_change {
        let _ = writeln!(std::io::stdout(), "would reformat {}", path.display());
    }
    Ok(if failed || !would_change.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Replaces `path` by `text` through a temporary file in the same directory and a rename.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.fmt-{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
