//! The git side of `budgetc diff`: revisions verified as commits and resolved to object ids,
//! and a revision's files read from its tree (no `git archive`, so `export-ignore` is moot).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use crate::msg;

/// The message "cannot run git" for `e`.
fn cannot_run(e: std::io::Error) -> String {
    msg!("cli-git-cannot-run", reason = e.to_string()).to_string()
}

/// Runs git with `args` in the current directory: its stdout when it succeeds.
fn git(args: &[&str]) -> Result<Option<Vec<u8>>, String> {
    let out = Command::new("git").args(args).stdin(Stdio::null()).stderr(Stdio::null()).output().map_err(cannot_run)?;
    Ok(out.status.success().then_some(out.stdout))
}

/// A revision verified as a commit.
pub struct Rev {
    /// As the user wrote it (for labels).
    pub name: String,
    /// The commit's object id, used for every later git call.
    oid: String,
}

/// `text` as a commit; None when it is not one. Text starting with `-` is never taken for a
/// revision, so it cannot reach git as an option.
pub fn resolve(text: &str) -> Result<Option<Rev>, String> {
    if text.is_empty() || text.starts_with('-') {
        return Ok(None);
    }
    let spec = format!("{text}^{{commit}}");
    let Some(out) = git(&["rev-parse", "--verify", "--quiet", "--end-of-options", &spec])? else {
        return Ok(None);
    };
    let oid = String::from_utf8_lossy(&out).trim().to_owned();
    let hex = !oid.is_empty() && oid.bytes().all(|b| b.is_ascii_hexdigit());
    Ok(hex.then(|| Rev { name: text.to_owned(), oid }))
}

/// The current directory relative to the top of the work tree (`sub/dir/`, or empty).
pub fn prefix() -> PathBuf {
    let out = git(&["rev-parse", "--show-prefix"]).ok().flatten().unwrap_or_default();
    PathBuf::from(String::from_utf8_lossy(&out).trim())
}

/// `path` (relative to the current directory `prefix`) as a path from the top of the tree;
/// None when it is absolute or climbs above the top.
pub fn from_top(prefix: &Path, path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in prefix.components().chain(path.components()) {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// A path of a tree as a relative path that stays inside the directory it is written to:
/// no empty, `.`, `..` or `.git` component (nor, on Windows, `\` or `:`).
fn safe(path: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in path.split('/') {
        let odd = cfg!(windows) && c.contains(['\\', ':']);
        if c.is_empty() || c == "." || c == ".." || c.eq_ignore_ascii_case(".git") || odd {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

/// Writes the regular files of `rev` into `into`, by their paths from the top of the
/// repository. Symbolic links and submodules are left out; a path that would leave `into`
/// is refused.
pub fn extract(rev: &Rev, into: &Path) -> Result<(), String> {
    let list = git(&["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", &rev.oid])?
        .ok_or_else(|| msg!("cli-git-cannot-list", rev = super::shown(&rev.name)).to_string())?;
    let mut blobs = vec![];
    for entry in list.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        // `<mode> SP <type> SP <object> TAB <path>`; a path that is not UTF-8 cannot name a
        // budget here and is left out.
        let Ok(entry) = std::str::from_utf8(entry) else { continue };
        let bad = || msg!("cli-git-unexpected", entry = format!("{entry:?}")).to_string();
        let (meta, path) = entry.split_once('\t').ok_or_else(bad)?;
        let mut meta = meta.split(' ');
        let (Some(mode), Some(kind), Some(oid)) = (meta.next(), meta.next(), meta.next()) else {
            return Err(bad());
        };
        // 120000: a symbolic link; submodules are of type `commit`.
        if kind != "blob" || mode == "120000" {
            continue;
        }
        let rel = safe(path).ok_or_else(|| {
            msg!("cli-git-unsafe-path", rev = super::shown(&rev.name), path = format!("{path:?}")).to_string()
        })?;
        blobs.push((oid.to_owned(), rel));
    }
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(cannot_run)?;
    let result = copy_blobs(&mut child, &blobs, into);
    drop(child.stdin.take());
    let status = child.wait().map_err(|e| msg!("cli-git-wait", reason = e.to_string()).to_string())?;
    result?;
    if status.success() {
        Ok(())
    } else {
        Err(msg!("cli-git-cannot-read", rev = super::shown(&rev.name)).to_string())
    }
}

/// Asks `git cat-file --batch` for each blob in turn and writes it to its path under `into`.
fn copy_blobs(child: &mut std::process::Child, blobs: &[(String, PathBuf)], into: &Path) -> Result<(), String> {
    let io = |e: std::io::Error| msg!("cli-git-reading", reason = e.to_string()).to_string();
    let no_pipe = || msg!("cli-git-no-pipe").to_string();
    let mut stdin = child.stdin.take().ok_or_else(no_pipe)?;
    let mut stdout = BufReader::new(child.stdout.take().ok_or_else(no_pipe)?);
    for (oid, rel) in blobs {
        writeln!(stdin, "{oid}").and_then(|()| stdin.flush()).map_err(io)?;
        // `<object> SP blob SP <size> LF <content> LF`
        let mut header = String::new();
        let _ = stdout.read_line(&mut header).map_err(io)?;
        let mut words = header.split_whitespace().skip(1);
        let size = match (words.next(), words.next().map(str::parse::<u64>)) {
            (Some("blob"), Some(Ok(size))) => size,
            _ => return Err(msg!("cli-git-bad-object", oid = oid, header = header.trim()).to_string()),
        };
        let path = into.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        // Never overwrite: two paths that collide (case-insensitive file systems) are an error.
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(io)?;
        let copied = std::io::copy(&mut stdout.by_ref().take(size), &mut file).map_err(io)?;
        let mut lf = [0u8; 1];
        stdout.read_exact(&mut lf).map_err(io)?;
        if copied != size || lf != *b"\n" {
            return Err(msg!("cli-git-cut-short", oid = oid).to_string());
        }
    }
    Ok(())
}
