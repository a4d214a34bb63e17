//! Byte-offset spans: a small `Copy` location on every syntax node.
//!
//! Line and column are computed only when a diagnostic is rendered (see
//! [`crate::source::SourceMap`]), never while parsing.

/// Identifies one source file in a [`crate::source::SourceMap`].
pub type FileId = usize;

/// A range of bytes `start..end` in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The file the span points into.
    pub file: FileId,
    /// The first byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span for facts made by the compiler itself (computed totals, defaults).
    pub const DETACHED: Span = Span { file: usize::MAX, start: 0, end: 0 };

    /// A span of `start..end` in `file`.
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span { file, start: clamp(start), end: clamp(end) }
    }

    /// Whether the span points at no source (see [`Span::DETACHED`]).
    pub fn is_detached(self) -> bool {
        self.file == usize::MAX
    }

    /// The smallest span covering both `self` and `other` (same file assumed).
    pub fn merge(self, other: Span) -> Span {
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The byte range, for slicing the source text.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

fn clamp(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}
