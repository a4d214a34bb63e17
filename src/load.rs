//! Loading: the root file, its `include`s and last year's `prior` file, read safely.
//!
//! Every file but the root is confined to the *workspace*: the directory of the root file
//! (canonicalised), or a directory the caller names (`--root DIR`). A path is resolved
//! first (`..` and symlinks, by [`std::fs::canonicalize`]) and only then compared with the
//! workspace, so `../`, absolute paths and links that point outside are refused (B0006)
//! without the file being opened: its content never reaches a diagnostic. The file named
//! on the command line may be anywhere: the user asked for it.
//!
//! Only regular files are read (B0007: a FIFO, a device or a directory is refused from its
//! metadata before it is opened, so an open cannot block), at most [`MAX_FILE_BYTES`] each
//! (B0008; read through `take`, so a file that grows or lies about its size cannot exhaust
//! memory), and includes nest at most [`MAX_DEPTH`] deep (B0009). Files are identified by
//! device and inode (or canonical path): two spellings of one file, a symlink or a hard
//! link to it, are one file (B0005 "included twice").
//! A file that is not UTF-8 is refused, never converted: one saved as GBK/GB18030 (what
//! Chinese Windows editors write) is recognised and reported as such with how to save it
//! as UTF-8 (B0010); another gets the place of its first bad byte (B0005).
//! The root file gets the same checks, reported as a [`LoadError`] (exit status 2).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::msg;
use crate::source::SourceMap;
use crate::span::{FileId, Span};
use crate::syntax::{self, ast};
use ast::ItemKind;

/// The largest file read: 16 MiB (a real budget is a few hundred KiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The deepest nesting of includes: the root is at depth 0, a file it includes at 1.
pub const MAX_DEPTH: usize = 32;

/// Every file of one budget: the root, its includes, and which `include` line read which.
#[derive(Debug, Default)]
pub struct Sources {
    /// The texts, for diagnostics.
    pub map: SourceMap,
    /// The syntax tree of each file, by [`FileId`] (None if it could not be read).
    pub files: Vec<Option<ast::File>>,
    /// The file named on the command line.
    pub root: FileId,
    /// The span of each `include` line and the file it read.
    pub includes: HashMap<Span, FileId>,
    /// Last year's budget file (`prior "…"`) and the line that names it.
    pub prior: Option<(FileId, Span)>,
    /// The budgets a 决算 names (`budget "…"`, `budget 全年 "…"`): the word before the
    /// file (None for 年初预算), the file, and the line.
    pub budgets: Vec<(Option<String>, FileId, Span)>,
    /// The data files named by `catalog "…"` lines, by the span of the line.
    pub data: HashMap<Span, DataFile>,
}

/// A data file (the official code list) named by a `catalog "…"` line: its bytes, read
/// with the checks of an include (inside the workspace, a regular file, at most
/// [`MAX_FILE_BYTES`]), or why it was not read. Its content is never shown.
#[derive(Debug)]
pub struct DataFile {
    /// The path as named, relative to the file with the line.
    pub path: PathBuf,
    /// The bytes, or why they were not read.
    pub bytes: Result<Vec<u8>, DataRefusal>,
    /// The text in the source map, for a data file that diagnostics point into (a
    /// template named by `template "….toml"`); None for a code list or a refused file.
    pub text: Option<FileId>,
}

/// Why a data file was not read.
#[derive(Debug)]
pub enum DataRefusal {
    /// Outside the workspace (not opened).
    Outside,
    /// Not a regular file (a directory, a FIFO …).
    NotRegular,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// It could not be read.
    Io(std::io::Error),
}

/// Error reading the root file: not a source diagnostic, exit status 2.
#[derive(Debug)]
pub struct LoadError {
    /// The path.
    pub path: PathBuf,
    /// What went wrong, in the reader's language.
    pub reason: Message,
}

impl LoadError {
    fn io(path: &Path, error: &std::io::Error) -> LoadError {
        LoadError { path: path.to_owned(), reason: io_reason(error) }
    }

    fn refused(path: &Path, refusal: Refusal) -> LoadError {
        let reason = match refusal {
            Refusal::Outside => msg!("load-root-outside"),
            Refusal::NotRegular(kind) => msg!("load-root-not-regular", kind = kind.name()),
            Refusal::TooLarge => msg!("load-root-too-large", limit = limit_mib()),
            Refusal::NotUtf8 { line, column } => msg!("load-root-not-utf8", line = line, column = column),
            Refusal::Gbk => msg!("load-root-gbk"),
            Refusal::Changed => msg!("load-changed"),
            Refusal::Io(e) => io_reason(&e),
        };
        LoadError { path: path.to_owned(), reason }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path.display().to_string();
        f.write_str(&msg!("load-root-error", path = path, reason = &self.reason).to_string())
    }
}

/// An I/O error in the reader's language where it is a common one; otherwise a sentence of
/// ours with the system's words (not ours to translate) inside.
fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => msg!("load-io-not-found"),
        ErrorKind::PermissionDenied => msg!("load-io-permission"),
        ErrorKind::IsADirectory => msg!("load-io-is-a-directory"),
        ErrorKind::NotADirectory => msg!("load-io-not-a-directory"),
        ErrorKind::InvalidData => msg!("load-io-invalid-data"),
        ErrorKind::UnexpectedEof => msg!("load-io-unexpected-eof"),
        ErrorKind::TimedOut => msg!("load-io-timed-out"),
        ErrorKind::Interrupted => msg!("load-io-interrupted"),
        ErrorKind::WouldBlock => msg!("load-io-would-block"),
        ErrorKind::ResourceBusy => msg!("load-io-busy"),
        ErrorKind::StorageFull => msg!("load-io-storage-full"),
        ErrorKind::QuotaExceeded => msg!("load-io-quota"),
        ErrorKind::FileTooLarge => msg!("load-io-file-too-large"),
        ErrorKind::OutOfMemory => msg!("load-io-out-of-memory"),
        ErrorKind::InvalidFilename => msg!("load-io-invalid-filename"),
        ErrorKind::StaleNetworkFileHandle => msg!("load-io-stale"),
        _ => msg!("load-io-other", os = Message::text(e.to_string())),
    }
}

/// Reads and parses `path` and every file it includes; the workspace is its directory.
pub fn load(path: &Path, diags: &mut Diagnostics) -> Result<Sources, LoadError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    load_in(path, &dir, diags)
}

/// Reads and parses `path` and every file it includes, confined to the workspace `root`.
pub fn load_in(path: &Path, root: &Path, diags: &mut Diagnostics) -> Result<Sources, LoadError> {
    let workspace = std::fs::canonicalize(root).map_err(|e| LoadError::io(root, &e))?;
    let canonical = std::fs::canonicalize(path).map_err(|e| LoadError::io(path, &e))?;
    let text = read_regular(&canonical, MAX_FILE_BYTES).map_err(|r| LoadError::refused(path, r))?;
    let mut sources = Sources::default();
    sources.root = add_file(&mut sources, path.to_owned(), text, diags);
    let mut loader = Loader { sources, workspace, diags };
    let mut tree = Tree::new(&canonical);
    loader.includes(loader.sources.root, &mut tree, 0);
    let own = loader.sources.files.len();
    loader.prior();
    loader.budgets(own);
    loader.data_files();
    Ok(loader.sources)
}

/// Reads a file named on the command line with the same checks as [`load`] (regular file,
/// size, UTF-8), without following its includes.
pub fn read_root(path: &Path) -> Result<String, LoadError> {
    let canonical = std::fs::canonicalize(path).map_err(|e| LoadError::io(path, &e))?;
    read_regular(&canonical, MAX_FILE_BYTES).map_err(|r| LoadError::refused(path, r))
}

/// Parses a text given in memory (used by tests and by `diff`).
pub fn load_str(name: &str, text: &str, diags: &mut Diagnostics) -> Sources {
    let mut sources = Sources::default();
    sources.root = add_file(&mut sources, PathBuf::from(name), text.to_owned(), diags);
    sources
}

fn add_file(sources: &mut Sources, path: PathBuf, text: String, diags: &mut Diagnostics) -> FileId {
    let id = sources.map.add(path, text);
    let ast = syntax::parse(id, sources.map.text(id), diags);
    sources.files.push(Some(ast));
    id
}

/// What makes two paths one file: its device and inode (so hard links are one file too),
/// or its canonical path where there are none.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Identity {
    Inode(u64, u64),
    Path(PathBuf),
}

fn identity(canonical: &Path) -> Identity {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata(canonical) {
            return Identity::Inode(meta.dev(), meta.ino());
        }
    }
    Identity::Path(canonical.to_owned())
}

/// The files of one budget (the current one, or last year's): every file read, by
/// identity, and the chain of files being read (for cycles).
struct Tree {
    seen: HashSet<Identity>,
    stack: Vec<Identity>,
}

impl Tree {
    fn new(root: &Path) -> Tree {
        let id = identity(root);
        Tree { seen: HashSet::from([id.clone()]), stack: vec![id] }
    }
}

/// Why a file named by `include` or `prior` was not read.
enum Refusal {
    Outside,
    NotRegular(Special),
    TooLarge,
    NotUtf8 {
        line: usize,
        column: usize,
    },
    /// Not UTF-8, but GBK/GB18030 text.
    Gbk,
    /// Replaced by another file between its checks and its opening.
    Changed,
    Io(std::io::Error),
}

/// What a file that is not a regular file is.
#[derive(Clone, Copy)]
enum Special {
    Directory,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Other,
}

impl Special {
    /// Its name, in the reader's language.
    fn name(self) -> Message {
        match self {
            Special::Directory => msg!("load-kind-directory"),
            Special::Fifo => msg!("load-kind-fifo"),
            Special::Socket => msg!("load-kind-socket"),
            Special::CharDevice => msg!("load-kind-char-device"),
            Special::BlockDevice => msg!("load-kind-block-device"),
            Special::Other => msg!("load-kind-special"),
        }
    }
}

/// The size limit in MiB, for messages.
fn limit_mib() -> u64 {
    MAX_FILE_BYTES / (1024 * 1024)
}

/// What names a file: an `include` line, or a `prior "file"` line.
#[derive(Clone, Copy)]
enum Naming {
    Include,
    Prior,
    Budget,
}

impl Naming {
    /// The selector of the messages that name the file one way or the other.
    fn key(self) -> &'static str {
        match self {
            Naming::Include => "include",
            Naming::Prior => "prior",
            Naming::Budget => "budget",
        }
    }
}

struct Loader<'d> {
    sources: Sources,
    workspace: PathBuf,
    diags: &'d mut Diagnostics,
}

impl Loader<'_> {
    /// Follows the `include` lines of `file`, which is `depth` includes below its root.
    fn includes(&mut self, file: FileId, tree: &mut Tree, depth: usize) {
        let includes: Vec<(Span, String)> = self
            .sources
            .files
            .get(file)
            .and_then(|f| f.as_ref())
            .map(|f| {
                f.items
                    .iter()
                    .filter_map(|i| match &i.kind {
                        ItemKind::Include(t) => Some((i.span, t.text.clone())),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (span, name) in includes {
            if depth >= MAX_DEPTH {
                self.diags.push(
                    Diagnostic::error(Code::B0009, msg!("load-b0009-deep", max = MAX_DEPTH))
                        .primary(span, msg!("load-b0009-deep-label", number = depth + 1))
                        .note(msg!("load-not-read"))
                        .help(msg!("load-b0009-deep-help")),
                );
                continue;
            }
            let (path, canonical) = match self.locate(file, &name) {
                Ok(found) => found,
                Err(refusal) => {
                    self.refuse(span, &name, refusal, Naming::Include);
                    continue;
                }
            };
            let file_id = identity(&canonical);
            if tree.stack.contains(&file_id) {
                self.diags.push(
                    Diagnostic::error(Code::B0005, msg!("load-b0005-cycle", name = &name))
                        .primary(span, msg!("load-b0005-cycle-label"))
                        .help(msg!("load-b0005-cycle-help")),
                );
                continue;
            }
            if tree.seen.contains(&file_id) {
                self.diags.push(
                    Diagnostic::error(Code::B0005, msg!("load-b0005-twice", name = &name))
                        .primary(span, msg!("load-b0005-twice-label"))
                        .help(msg!("load-b0005-twice-help")),
                );
                continue;
            }
            let text = match read_regular(&canonical, MAX_FILE_BYTES) {
                Ok(text) => text,
                Err(refusal) => {
                    self.refuse(span, &name, refusal, Naming::Include);
                    continue;
                }
            };
            let id = add_file(&mut self.sources, path, text, self.diags);
            let _ = self.sources.includes.insert(span, id);
            let _ = tree.seen.insert(file_id.clone());
            tree.stack.push(file_id);
            self.includes(id, tree, depth + 1);
            let _ = tree.stack.pop();
        }
    }

    /// The file names given by the lines `pick` selects, in every file read so far: the
    /// file with the line, the line's span, the name.
    fn named(&self, pick: impl Fn(&ItemKind) -> Option<&ast::Token>) -> Vec<(FileId, Span, String)> {
        let pick = &pick;
        (0..self.sources.files.len())
            .filter_map(|id| self.sources.files.get(id).and_then(|f| f.as_ref()).map(|f| (id, f)))
            .flat_map(|(id, f)| f.items.iter().filter_map(move |i| pick(&i.kind).map(|t| (id, i.span, t.text.clone()))))
            .collect()
    }

    /// Reads last year's budget named by a `prior "file"` line (its own `prior` is ignored).
    fn prior(&mut self) {
        let named = self.named(|k| match k {
            ItemKind::PriorFile(t) => Some(t),
            _ => None,
        });
        let mut named = named.into_iter();
        let Some((file, span, name)) = named.next() else { return };
        for (_, again, _) in named {
            self.diags.push(
                Diagnostic::error(Code::B0003, msg!("load-b0003-prior-twice"))
                    .primary(again, msg!("load-b0003-prior-twice-label"))
                    .secondary(span, msg!("load-b0003-prior-first-label"))
                    .help(msg!("load-b0003-prior-twice-help")),
            );
        }
        let read = self
            .locate(file, &name)
            .and_then(|(path, canonical)| read_regular(&canonical, MAX_FILE_BYTES).map(|text| (path, canonical, text)));
        match read {
            Ok((path, canonical, text)) => {
                let id = add_file(&mut self.sources, path, text, self.diags);
                self.includes(id, &mut Tree::new(&canonical), 0);
                self.sources.prior = Some((id, span));
            }
            Err(refusal) => self.refuse(span, &name, refusal, Naming::Prior),
        }
    }

    /// Reads the budgets named by `budget` lines of the root file and its includes (the
    /// first `own` files): each with its includes; their own `budget` and `prior` lines
    /// are not followed.
    fn budgets(&mut self, own: usize) {
        let named: Vec<(FileId, Span, Option<String>, String)> = (0..own)
            .filter_map(|id| self.sources.files.get(id).and_then(|f| f.as_ref()).map(|f| (id, f)))
            .flat_map(|(id, f)| {
                f.items.iter().filter_map(move |i| match &i.kind {
                    ItemKind::BudgetFile { which, path } => {
                        Some((id, i.span, which.as_ref().map(|w| w.text.clone()), path.text.clone()))
                    }
                    _ => None,
                })
            })
            .collect();
        for (file, span, which, name) in named {
            let read = self.locate(file, &name).and_then(|(path, canonical)| {
                read_regular(&canonical, MAX_FILE_BYTES).map(|text| (path, canonical, text))
            });
            match read {
                Ok((path, canonical, text)) => {
                    let id = add_file(&mut self.sources, path, text, self.diags);
                    self.includes(id, &mut Tree::new(&canonical), 0);
                    self.sources.budgets.push((which, id, span));
                }
                Err(refusal) => self.refuse(span, &name, refusal, Naming::Budget),
            }
        }
    }

    /// Reads the data files named by `catalog "…"` lines and `template "….toml"` lines
    /// of every file read. A template's text goes into the source map, so that its
    /// diagnostics point into it.
    fn data_files(&mut self) {
        let named = self.named(|k| match k {
            ItemKind::CatalogFile(t) => Some(t),
            ItemKind::Template(t) if crate::template::is_file_name(&t.text) => Some(t),
            _ => None,
        });
        for (file, span, name) in named {
            let read = self
                .locate(file, &name)
                .and_then(|(path, canonical)| read_bytes(&canonical, MAX_FILE_BYTES).map(|bytes| (path, bytes)));
            let data = match read {
                Ok((path, bytes)) => {
                    let text = if crate::template::is_file_name(&name) {
                        std::str::from_utf8(&bytes).ok().map(|t| self.sources.map.add(path.clone(), t.to_owned()))
                    } else {
                        None
                    };
                    DataFile { path, bytes: Ok(bytes), text }
                }
                Err(refusal) => {
                    let refusal = match refusal {
                        Refusal::Outside => DataRefusal::Outside,
                        Refusal::NotRegular(_) => DataRefusal::NotRegular,
                        Refusal::TooLarge => DataRefusal::TooLarge,
                        Refusal::NotUtf8 { .. } | Refusal::Gbk => DataRefusal::Io(std::io::Error::other("not UTF-8")),
                        Refusal::Changed => {
                            DataRefusal::Io(std::io::Error::other("the file changed while it was opened"))
                        }
                        Refusal::Io(e) => DataRefusal::Io(e),
                    };
                    DataFile { path: PathBuf::from(&name), bytes: Err(refusal), text: None }
                }
            };
            let _ = self.sources.data.insert(span, data);
        }
    }

    /// The path of `name` as written next to `file` (for messages) and its canonical path,
    /// which must lie in the workspace.
    fn locate(&self, file: FileId, name: &str) -> Result<(PathBuf, PathBuf), Refusal> {
        let base = self.sources.map.get(file).and_then(|f| f.path.parent()).map(Path::to_owned).unwrap_or_default();
        let path = base.join(name);
        match std::fs::canonicalize(&path) {
            Ok(canonical) if canonical.starts_with(&self.workspace) => Ok((path, canonical)),
            Ok(_) => Err(Refusal::Outside),
            // A missing file (or a symlink loop): refused as outside when its lexical
            // resolution is, so that nothing outside can be probed for existence.
            Err(_) if !resolve_missing(&path).starts_with(&self.workspace) => Err(Refusal::Outside),
            Err(e) => Err(Refusal::Io(e)),
        }
    }

    fn refuse(&mut self, span: Span, name: &str, refusal: Refusal, naming: Naming) {
        let naming = naming.key();
        let d = match refusal {
            Refusal::Outside => {
                Diagnostic::error(Code::B0006, msg!("load-b0006-outside", naming = naming, name = name))
                    .primary(span, msg!("load-b0006-outside-label"))
                    .note(msg!("load-b0006-outside-note"))
                    .help(msg!("load-b0006-outside-help"))
            }
            Refusal::NotRegular(kind) => Diagnostic::error(
                Code::B0007,
                msg!("load-b0007-not-regular", naming = naming, name = name, kind = kind.name()),
            )
            .primary(span, msg!("load-b0007-not-regular-label"))
            .note(msg!("load-not-read"))
            .help(msg!("load-b0007-not-regular-help")),
            Refusal::TooLarge => Diagnostic::error(
                Code::B0008,
                msg!("load-b0008-too-large", naming = naming, name = name, limit = limit_mib()),
            )
            .primary(span, msg!("load-b0008-too-large-label"))
            .note(msg!("load-b0008-too-large-note"))
            .help(msg!("load-b0008-too-large-help")),
            Refusal::NotUtf8 { line, column } => Diagnostic::error(
                Code::B0005,
                msg!("load-b0005-not-utf8", naming = naming, name = name, line = line, column = column),
            )
            .primary(span, msg!("load-b0005-not-utf8-label"))
            .note(msg!("load-not-read"))
            .help(msg!("load-b0005-not-utf8-help")),
            Refusal::Gbk => Diagnostic::error(Code::B0010, msg!("load-b0010-gbk", naming = naming, name = name))
                .primary(span, msg!("load-b0010-gbk-label"))
                .note(msg!("load-b0010-gbk-note"))
                .help(msg!("load-b0010-gbk-help")),
            Refusal::Changed => Diagnostic::error(
                Code::B0005,
                msg!("load-b0005-io", naming = naming, name = name, reason = msg!("load-changed")),
            )
            .primary(span, msg!("load-b0005-io-label")),
            Refusal::Io(e) => Diagnostic::error(
                Code::B0005,
                msg!("load-b0005-io", naming = naming, name = name, reason = io_reason(&e)),
            )
            .primary(span, msg!("load-b0005-io-label"))
            .help(msg!("load-b0005-io-help", naming = naming)),
        };
        self.diags.push(d);
    }
}

/// Where a path that cannot be canonicalised would lie: the longest existing ancestor,
/// canonicalised, followed by the rest with `.` and `..` resolved lexically.
fn resolve_missing(path: &Path) -> PathBuf {
    let absolute = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_owned());
    let mut lexical = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                let _ = lexical.pop();
            }
            other => lexical.push(other),
        }
    }
    let mut rest = vec![];
    let mut head = lexical.as_path();
    loop {
        if let Ok(canonical) = std::fs::canonicalize(head) {
            return rest.iter().rev().fold(canonical, |p, c: &&std::ffi::OsStr| p.join(c));
        }
        match (head.parent(), head.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                head = parent;
            }
            _ => return lexical,
        }
    }
}

/// Reads a file at its canonical path: a regular file, at most `limit` bytes, UTF-8.
fn read_regular(path: &Path, limit: u64) -> Result<String, Refusal> {
    let bytes = read_bytes(path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        if is_gb18030(e.as_bytes()) {
            return Refusal::Gbk;
        }
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = std::str::from_utf8(bytes.get(..valid).unwrap_or_default()).unwrap_or_default();
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Refusal::NotUtf8 { line, column }
    })
}

/// Reads a file at its canonical path: a regular file, at most `limit` bytes.
fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let before = std::fs::metadata(path).map_err(Refusal::Io)?;
    regular(&before)?;
    if before.len() > limit {
        return Err(Refusal::TooLarge);
    }
    let file = std::fs::File::open(path).map_err(Refusal::Io)?;
    let opened = file.metadata().map_err(Refusal::Io)?;
    regular(&opened)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (before.dev(), before.ino()) != (opened.dev(), opened.ino()) {
            return Err(Refusal::Changed);
        }
    }
    read_limited(file, limit).map_err(Refusal::Io)?.ok_or(Refusal::TooLarge)
}

/// Whether bytes that are not UTF-8 are GBK/GB18030 text: they decode as GB18030 without
/// an error, and at least four in five of their non-ASCII characters are Chinese (Han
/// characters, CJK or full-width punctuation), as in a budget saved by a Chinese editor.
pub fn is_gb18030(bytes: &[u8]) -> bool {
    let Some(text) = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) else {
        return false;
    };
    let (mut chinese, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        let han = matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ebef}');
        if han || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}' | '\u{2014}'..='\u{2026}') {
            chinese += 1;
        } else {
            other += 1;
        }
    }
    chinese > 0 && chinese >= 4 * other
}

/// At most `limit` bytes of `reader`; None if it has more.
fn read_limited(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = vec![];
    let _ = reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((u64::try_from(bytes.len()).unwrap_or(u64::MAX) <= limit).then_some(bytes))
}

fn regular(meta: &std::fs::Metadata) -> Result<(), Refusal> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(Refusal::NotRegular(Special::Directory));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let special = [
            (kind.is_fifo(), Special::Fifo),
            (kind.is_socket(), Special::Socket),
            (kind.is_char_device(), Special::CharDevice),
            (kind.is_block_device(), Special::BlockDevice),
        ];
        if let Some((_, special)) = special.iter().find(|(is, _)| *is) {
            return Err(Refusal::NotRegular(*special));
        }
    }
    Err(Refusal::NotRegular(Special::Other))
}

#[cfg(test)]
mod tests {
    use super::read_limited;
    use crate::diag::Lang;

    #[test]
    fn common_os_errors_are_translated_and_others_keep_the_systems_words() {
        use std::io::{Error, ErrorKind};
        let zh = |e: &Error| super::io_reason(e).render(Lang::Zh);
        assert_eq!(zh(&Error::from(ErrorKind::TimedOut)), "读取超时（网络盘或移动存储设备可能没有响应）");
        assert_eq!(zh(&Error::from(ErrorKind::IsADirectory)), "这是一个目录，不是文件");
        assert_eq!(super::io_reason(&Error::from(ErrorKind::StorageFull)).render(Lang::En), "the disk is full");
        let other = Error::from_raw_os_error(5);
        assert_eq!(zh(&other), format!("系统报告了读取错误：{other}"));
    }

    #[test]
    fn an_endless_reader_is_cut_at_the_limit() {
        let endless = std::io::repeat(0);
        assert!(read_limited(endless, 1000).expect("read").is_none());
        assert_eq!(read_limited(&b"abc"[..], 3).expect("read"), Some(b"abc".to_vec()));
    }
}
