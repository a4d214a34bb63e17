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
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
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
