//! Source files by id, with the line index codespan-reporting needs for rendering.

use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::files::{self, Files};

use crate::span::FileId;

/// One source file: its path as the user named it, its text and its line starts.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as given (or as resolved by `include`).
    pub path: PathBuf,
    /// The whole text.
    pub text: String,
    line_starts: Vec<usize>,
}

/// Every file read in one run, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) -> FileId {
        let text = text.into();
        let line_starts = std::iter::once(0).chain(line_breaks(&text).map(|(_, next)| next)).collect();
        self.files.push(SourceFile { path: path.into(), text, line_starts });
        self.files.len() - 1
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id)
    }

    /// The id of a file already read from `path`, if any.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files.iter().position(|f| f.path == path)
    }

    /// The text of a file (empty for an unknown id).
    pub fn text(&self, id: FileId) -> &str {
        self.get(id).map_or("", |f| f.text.as_str())
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, id: FileId, offset: usize) -> (usize, usize) {
        let Some(file) = self.get(id) else { return (0, 0) };
        let line = file.line_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = file.line_starts.get(line).copied().unwrap_or(0);
        let col = file.text.get(start..offset).map_or(0, |s| s.chars().count());
        (line + 1, col + 1)
    }

    fn file(&self, id: FileId) -> Result<&SourceFile, files::Error> {
        self.get(id).ok_or(files::Error::FileMissing)
    }
}

impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<String, files::Error> {
        Ok(self.file(id)?.path.display().to_string())
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, files::Error> {
        Ok(self.file(id)?.text.as_str())
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, files::Error> {
        let starts = &self.file(id)?.line_starts;
        Ok(starts.partition_point(|&s| s <= byte_index).saturating_sub(1))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, files::Error> {
        let file = self.file(id)?;
        let start = *file
            .line_starts
            .get(line_index)
            .ok_or(files::Error::LineTooLarge { given: line_index, max: file.line_starts.len() })?;
        let end = file.line_starts.get(line_index + 1).copied().unwrap_or(file.text.len());
        Ok(start..end)
    }
}

/// The line ends of `text`, exactly where the grammar ends a line (pest's `NEWLINE`:
/// `\r\n`, `\n` or a lone `\r`; U+0085, U+2028 and U+2029 are not line ends): for each,
/// the offset where the line's content ends and the offset where the next line starts.
pub fn line_breaks(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(at) {
            at += 1;
            match b {
                b'\n' => return Some((at - 1, at)),
                b'\r' if bytes.get(at) == Some(&b'\n') => {
                    at += 1;
                    return Some((at - 2, at));
                }
                b'\r' => return Some((at - 1, at)),
                _ => {}
            }
        }
        None
    })
}

/// The lines of `text` as the grammar reads them (see [`line_breaks`]): each line's start
/// offset and its content without the line end. Text after the last line end is a line if it
/// is not empty.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut breaks = line_breaks(text);
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match breaks.next() {
            Some((end, next)) => {
                start = Some(next);
                Some((from, text.get(from..end).unwrap_or("")))
            }
            None => {
                start = None;
                text.get(from..).filter(|rest| !rest.is_empty()).map(|rest| (from, rest))
            }
        }
    })
}

impl SourceMap {
    /// The number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file was added.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::{lines, SourceMap};

    #[test]
    fn lines_break_where_the_grammar_breaks_them() {
        let text = "a\nb\r\nc\rd\u{85}e\u{2028}f\r\rg";
        let got: Vec<(usize, &str)> = lines(text).collect();
        assert_eq!(got, [(0, "a"), (2, "b"), (5, "c"), (7, "d\u{85}e\u{2028}f"), (16, ""), (17, "g")]);
        assert_eq!(lines("a\n").collect::<Vec<_>>(), [(0, "a")]);
        assert_eq!(lines("").count(), 0);
        assert_eq!(lines("\r").collect::<Vec<_>>(), [(0, "")]);
    }

    #[test]
    fn a_lone_cr_ends_a_line_for_diagnostics() {
        let mut map = SourceMap::new();
        let id = map.add("x.budget", "year 2024\rmoney x\r\nbad\rz");
        assert_eq!(map.line_col(id, 10), (2, 1));
        assert_eq!(map.line_col(id, 19), (3, 1));
        assert_eq!(map.line_col(id, 24), (4, 2));
    }
}
