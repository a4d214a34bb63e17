//! `budgetc fmt [--check] FILE…`: rewrite files in the canonical layout, verified, atomically.
//!
//! Each file is formatted on its own: a failure is reported and the next file is formatted.
//! Exit status 2 if any file could not be read or written or would change meaning, else 1
//! if any has syntax errors or (with `--check`) would be reformatted, else 0.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{report, shown, Cli};
use crate::diag::{Diagnostics, Message};
use crate::msg;
use crate::source::SourceMap;

/// What became of one file.
enum Outcome {
    /// Already canonical, or rewritten.
    Done,
    /// `--check`: it would be rewritten.
    WouldChange,
    /// Syntax errors (reported).
    Invalid,
    /// Refused or failed: the message (the file is unchanged).
    Failed(Message),
}

/// Formats each file; with `check`, only names the files that would change.
pub fn run(cli: &Cli, files: &[PathBuf], check: bool) -> Result<ExitCode, String> {
    let mut status = 0u8;
    for path in files {
        let outcome = one(cli, path, check);
        let (message, code) = match outcome {
            Outcome::Done => continue,
            Outcome::WouldChange => {
                let line = msg!("cli-fmt-would-reformat", path = shown(path));
                let _ = writeln!(std::io::stdout(), "{line}");
                (None, 1)
            }
            Outcome::Invalid => (Some(msg!("cli-fmt-syntax-errors", path = shown(path))), 1),
            Outcome::Failed(message) => (Some(msg!("cli-error", message = message)), 2),
        };
        if let Some(message) = message {
            let _ = writeln!(std::io::stderr(), "{message}");
        }
        status = status.max(code);
    }
    Ok(ExitCode::from(status))
}

/// Formats one file.
fn one(cli: &Cli, path: &Path, check: bool) -> Outcome {
    // A symbolic link is formatted through: its target is replaced, the link is kept.
    let shown = shown(path);
    let cannot_read =
        |e: std::io::Error| Outcome::Failed(msg!("cli-cannot-read", path = &shown, reason = e.to_string()));
    let target = match std::fs::canonicalize(path) {
        Ok(t) => t,
        Err(e) => return cannot_read(e),
    };
    let meta = match std::fs::metadata(&target) {
        Ok(m) => m,
        Err(e) => return cannot_read(e),
    };
    if !meta.is_file() {
        return Outcome::Failed(msg!("cli-fmt-not-regular", path = &shown));
    }
    let text = match std::fs::read_to_string(&target) {
        Ok(t) => t,
        Err(e) => return cannot_read(e),
    };
    let mut diags = Diagnostics::new();
    let Some(formatted) = crate::fmt::format(&text, &mut diags) else {
        let mut map = SourceMap::new();
        let _ = map.add(path.to_owned(), text);
        report(cli, &map, &diags);
        return Outcome::Invalid;
    };
    if formatted == text {
        return Outcome::Done;
    }
    if let Err(why) = crate::fmt::verify(&text, &formatted) {
        return Outcome::Failed(msg!("cli-fmt-meaning", path = &shown, why = why.to_string()));
    }
    if check {
        return Outcome::WouldChange;
    }
    if meta.permissions().readonly() {
        return Outcome::Failed(msg!("cli-fmt-read-only", path = &shown));
    }
    match write_atomically(&target, formatted.as_bytes(), &meta.permissions(), |f, bytes| f.write_all(bytes)) {
        Ok(()) => Outcome::Done,
        Err(e) => Outcome::Failed(msg!("cli-fmt-cannot-write", path = &shown, reason = e.to_string())),
    }
}

/// Replaces the file `path` (not a link) by `bytes`: written by `write` to a new temporary
/// file with a random name in the same directory (created exclusively, so a planted link is
/// never followed), synced, given `permissions`, then renamed over `path`. On any error the
/// temporary file is removed and `path` is untouched.
fn write_atomically(
    path: &Path,
    bytes: &[u8],
    permissions: &std::fs::Permissions,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".budgetc-fmt-").tempfile_in(dir)?;
    write(tmp.as_file_mut(), bytes)?;
    tmp.as_file_mut().flush()?;
    tmp.as_file().sync_all()?;
    tmp.as_file().set_permissions(permissions.clone())?;
    let _ = tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

    fn listing(dir: &std::path::Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_write_leaves_only_the_original_file() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("a.budget");
        std::fs::write(&file, "year   2024\n").expect("write");
        let perms = std::fs::metadata(&file).expect("meta").permissions();
        let full = |f: &mut std::fs::File, bytes: &[u8]| {
            std::io::Write::write_all(f, bytes.get(..4).unwrap_or_default())?;
            Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left on device"))
        };
        let err = write_atomically(&file, b"year 2024\n", &perms, full).expect_err("the write fails");
        assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
        assert_eq!(listing(dir.path()), ["a.budget"]);
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "year   2024\n");
    }

    #[test]
    fn a_write_replaces_the_file_with_its_permissions() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("a.budget");
        std::fs::write(&file, "year   2024\n").expect("write");
        let perms = std::fs::metadata(&file).expect("meta").permissions();
        write_atomically(&file, b"year 2024\n", &perms, std::io::Write::write_all).expect("write");
        assert_eq!(listing(dir.path()), ["a.budget"]);
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "year 2024\n");
        assert_eq!(std::fs::metadata(&file).expect("meta").permissions(), perms);
    }
}
