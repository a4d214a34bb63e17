//! Writing a build: the files go to a fresh, randomly named staging directory beside the
//! output, which then takes the output's place in one step (`renameat2(RENAME_EXCHANGE)`
//! on Linux, two renames elsewhere). What an interrupted build leaves behind is recovered
//! or removed by the next build of the same output, never anything else.

use std::ffi::OsString;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::MARKER;

/// The names of the leftovers of builds of one output: `.NAME.budgetc-new-XXXXXX` (a
/// staging directory) and `.NAME.budgetc-old-XXXXXX` (the previous output being replaced).
struct Names {
    new: OsString,
    old: OsString,
}

fn names(dir: &Path) -> Names {
    let name = dir.file_name().unwrap_or_default();
    let mut base = OsString::from(".");
    if name.len() <= 64 {
        base.push(name);
    } else {
        // A long name would make the leftover's name too long: a hash stands for it.
        let hash = name
            .as_encoded_bytes()
            .iter()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
        base.push(format!("{hash:016x}"));
    }
    let with = |s: &str| {
        let mut n = base.clone();
        n.push(s);
        n
    };
    Names { new: with(".budgetc-new-"), old: with(".budgetc-old-") }
}

fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The output directory as an absolute path, or why it cannot be one: `.`, `..`, `/`, a
/// symbolic link, the current directory or one above it, a directory holding a source.
pub fn target(out: &Path, sources: &[PathBuf]) -> Result<PathBuf, String> {
    let shown = out.display();
    if !matches!(out.components().next_back(), Some(Component::Normal(_))) {
        return Err(format!(
            "`-o {shown}` names no directory that can be replaced; name an output directory such as `-o out`"
        ));
    }
    let cwd = std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let resolved = resolve(&cwd.join(out));
    let real = std::fs::canonicalize(&resolved).unwrap_or_else(|_| resolved.clone());
    if std::fs::symlink_metadata(&resolved).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(format!("{shown} is a symbolic link; name the directory itself"));
    }
    let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
    if cwd.starts_with(&resolved) || cwd.starts_with(&real) {
        return Err(format!("{shown} is the current directory or contains it; name a directory for the outputs alone"));
    }
    for source in sources {
        let source = std::fs::canonicalize(source).unwrap_or_else(|_| resolve(&cwd.join(source)));
        if source.starts_with(&resolved) || source.starts_with(&real) {
            return Err(format!(
                "{shown} contains the source {}; the outputs need a directory of their own, such as `-o out`",
                source.display()
            ));
        }
    }
    Ok(resolved)
}

/// An absolute path with its longest existing prefix canonicalised and `.`/`..` of the
/// rest (directories that do not exist, so no links) applied lexically.
fn resolve(path: &Path) -> PathBuf {
    let mut existing = path.to_owned();
    let mut rest = vec![];
    while std::fs::symlink_metadata(&existing).is_err() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_owned();
            }
            _ => break,
        }
    }
    // The last component itself is kept as is (it may be a link, which `target` refuses).
    let mut out = match (rest.is_empty(), existing.file_name(), existing.parent()) {
        (true, Some(name), Some(parent)) => {
            std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_owned()).join(name)
        }
        _ => std::fs::canonicalize(&existing).unwrap_or(existing),
    };
    for name in rest.iter().rev() {
        match Path::new(name).components().next() {
            Some(Component::ParentDir) => {
                let _ = out.pop();
            }
            Some(Component::Normal(n)) => out.push(n),
            _ => {}
        }
    }
    out
}

fn is_output_dir(dir: &Path) -> bool {
    dir.join(MARKER).is_file() || std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// The files a build writes at the top of its output, besides the marker and `csv/`.
const OUTPUT_FILES: [&str; 4] = ["budget.html", "budget.md", "narrative.md", "budget.json"];

/// Whether `dir` holds nothing but what a build writes: the marker, [`OUTPUT_FILES`] and
/// `csv/` with `.csv` files (any of them may be missing; an empty directory is one). What a
/// build killed while it removed an output, before the marker went, leaves.
fn former_output(dir: &Path) -> bool {
    let only = |d: &Path, ok: &dyn Fn(&std::fs::DirEntry) -> bool| {
        std::fs::read_dir(d).is_ok_and(|entries| entries.into_iter().all(|e| e.is_ok_and(|e| ok(&e))))
    };
    let file = |e: &std::fs::DirEntry| e.file_type().is_ok_and(|t| t.is_file());
    only(dir, &|e| {
        let name = e.file_name();
        if name == "csv" && e.file_type().is_ok_and(|t| t.is_dir()) {
            return only(&e.path(), &|c| file(c) && c.file_name().as_encoded_bytes().ends_with(b".csv"));
        }
        file(e) && (name == MARKER || OUTPUT_FILES.iter().any(|f| name == *f))
    })
}

/// Whether a leftover is budgetc's: it carries the marker, or holds only what a build writes.
fn ours(dir: &Path) -> bool {
    dir.join(MARKER).is_file() || former_output(dir)
}

/// Removes an output directory with its marker last, so that a removal cut short by a kill
/// leaves a directory that is still recognisably budgetc's (marker or nothing but outputs).
fn remove_output(dir: &Path) -> io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        if e.file_name() == MARKER {
            continue;
        }
        if e.file_type()?.is_dir() {
            std::fs::remove_dir_all(e.path())?;
        } else {
            std::fs::remove_file(e.path())?;
        }
    }
    match std::fs::remove_file(dir.join(MARKER)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::remove_dir(dir)
}

/// Leftovers of earlier builds of `dir` beside it: directories named `prefix` and the
/// 8 random letters and digits of a staging directory.
fn leftovers(dir: &Path, prefix: &OsString) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(parent_of(dir)) else { return vec![] };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .as_encoded_bytes()
                .strip_prefix(prefix.as_encoded_bytes())
                .is_some_and(|random| random.len() == RANDOM_LEN && random.iter().all(u8::is_ascii_alphanumeric))
        })
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// The number of random characters in the name of a staging directory.
const RANDOM_LEN: usize = 8;

/// A staging directory, removed (marker last) when dropped unless kept; locked until then.
struct Staging {
    path: PathBuf,
    keep: bool,
    _lock: Option<std::fs::File>,
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.keep {
            let _ = remove_output(&self.path);
        }
    }
}

/// Repairs what an interrupted build of `dir` left: if `dir` is missing, the newest
/// previous output set aside (`.NAME.budgetc-old-*`, with its marker) takes its place
/// again; then the other leftovers that are budgetc's (the marker, or nothing but what a
/// build writes: see [`ours`]) are removed, marker last. A staging directory a running build
/// still holds (locked) is left alone, and so is anything else.
pub fn recover(dir: &Path) -> io::Result<()> {
    let n = names(dir);
    let mut old: Vec<PathBuf> = leftovers(dir, &n.old).into_iter().filter(|p| ours(p)).collect();
    if std::fs::symlink_metadata(dir).is_err() {
        let mut whole: Vec<&PathBuf> = old.iter().filter(|p| p.join(MARKER).is_file()).collect();
        whole.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        if let Some(newest) = whole.pop().cloned() {
            std::fs::rename(&newest, dir)?;
            old.retain(|p| *p != newest);
        }
    }
    for p in old {
        remove_output(&p)?;
    }
    for p in leftovers(dir, &n.new) {
        // A running build holds its staging directory locked.
        let Some(_lock) = lock(&p, false) else { continue };
        if ours(&p) {
            remove_output(&p)?;
        }
    }
    Ok(())
}

/// An exclusive lock on a directory, held while the returned file is open. `wait`: block
/// until it is free; otherwise None if another process holds it.
#[cfg(target_os = "linux")]
fn lock(dir: &Path, wait: bool) -> Option<std::fs::File> {
    use rustix::fs::{flock, FlockOperation};
    let file = std::fs::File::open(dir).ok()?;
    let op = if wait { FlockOperation::LockExclusive } else { FlockOperation::NonBlockingLockExclusive };
    flock(&file, op).ok().map(|()| file)
}

#[cfg(not(target_os = "linux"))]
fn lock(dir: &Path, _wait: bool) -> Option<std::fs::File> {
    std::fs::File::open(dir).ok()
}

/// Fails unless every directory of the tree `dir` lets its entries be removed.
fn check_replaceable(dir: &Path) -> io::Result<()> {
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        writable(&d).map_err(|e| io::Error::new(e.kind(), format!("{} cannot be replaced: {e}", d.display())))?;
        for e in std::fs::read_dir(&d)? {
            let e = e?;
            if e.file_type()?.is_dir() {
                stack.push(e.path());
            }
        }
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn writable(dir: &Path) -> io::Result<()> {
    use rustix::fs::{access, Access};
    Ok(access(dir, Access::WRITE_OK | Access::EXEC_OK)?)
}

#[cfg(not(target_os = "linux"))]
fn writable(dir: &Path) -> io::Result<()> {
    if std::fs::metadata(dir)?.permissions().readonly() {
        return Err(io::Error::new(io::ErrorKind::PermissionDenied, "read-only"));
    }
    Ok(())
}

/// Swaps two directories in one step; Ok(false) where the system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Creates `dir`'s missing ancestors; returns the topmost one created, for undoing.
fn create_parents(parent: &Path) -> io::Result<Option<PathBuf>> {
    let mut top = None;
    let mut p = parent;
    while std::fs::symlink_metadata(p).is_err() {
        top = Some(p.to_owned());
        match p.parent() {
            Some(up) if !up.as_os_str().is_empty() => p = up,
            _ => break,
        }
    }
    std::fs::create_dir_all(parent)?;
    Ok(top)
}

/// Removes the empty directories `create_parents` made, from `parent` up to `top`.
fn undo_parents(parent: &Path, top: Option<&Path>) {
    let Some(top) = top else { return };
    let mut p = parent;
    while std::fs::remove_dir(p).is_ok() && p != top {
        match p.parent() {
            Some(up) => p = up,
            None => break,
        }
    }
}

/// Writes `files` under `dir`, replacing its previous content in one step: the files go
/// to a fresh staging directory beside `dir`, which then takes its place. On any error
/// `dir` is as it was and nothing is left behind.
pub fn write_atomically(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> io::Result<()> {
    let dir = &target(dir, &[]).map_err(io::Error::other)?;
    let parent = parent_of(dir);
    let _ = recover(dir);
    let exists = std::fs::symlink_metadata(dir).is_ok();
    if exists {
        if !is_output_dir(dir) {
            return Err(io::Error::other(format!(
                "{} exists and was not written by budgetc build (no {MARKER} file); refusing to replace it",
                dir.display()
            )));
        }
        check_replaceable(dir)?;
    }
    let created = create_parents(&parent)?;
    let result = stage_and_swap(dir, &parent, exists, files);
    if result.is_err() {
        undo_parents(&parent, created.as_deref());
    }
    result
}

fn stage_and_swap(dir: &Path, parent: &Path, exists: bool, files: &[(PathBuf, Vec<u8>)]) -> io::Result<()> {
    let n = names(dir);
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As `mkdir` makes it (the umask applies), not the private 0700 of a temporary.
        let _ = builder.permissions(std::fs::Permissions::from_mode(0o777));
    }
    let _ = builder.prefix(&n.new).rand_bytes(RANDOM_LEN);
    let created = builder
        .tempdir_in(parent)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot create a directory in {}: {e}", parent.display())))?;
    // Removed by `Staging`, marker last, not by `TempDir` (which may remove it first).
    let path = created.keep();
    let mut staging = Staging { _lock: lock(&path, true), path, keep: false };
    // The marker first, so that a staging directory cut short is recognisably budgetc's.
    let (marker, rest): (Vec<_>, Vec<_>) = files.iter().partition(|(path, _)| path == Path::new(MARKER));
    for (path, bytes) in marker.into_iter().chain(rest) {
        let target = staging.path.join(path);
        if let Some(p) = target.parent() {
            std::fs::create_dir_all(p)?;
        }
        std::fs::write(&target, bytes)?;
    }
    if !exists {
        std::fs::rename(&staging.path, dir)?;
        staging.keep = true;
        return Ok(());
    }
    if exchange(&staging.path, dir)? {
        // `staging` now holds the previous output; dropping it removes it, marker last.
        return Ok(());
    }
    let random = staging.path.file_name().and_then(|f| f.as_encoded_bytes().get(n.new.len()..));
    let mut old_name = n.old.clone();
    old_name.push(String::from_utf8_lossy(random.unwrap_or_default()).as_ref());
    let old = parent.join(old_name);
    std::fs::rename(dir, &old)?;
    if let Err(e) = std::fs::rename(&staging.path, dir) {
        let _ = std::fs::rename(&old, dir);
        return Err(e);
    }
    staging.keep = true;
    let _ = remove_output(&old);
    Ok(())
}
