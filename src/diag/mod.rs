//! One diagnostic type for every stage, collected in a sink and sorted by location.
//!
//! Stages push [`Diagnostic`]s into [`Diagnostics`]; nothing bails on the first error.
//! [`render`] turns them into human (codespan-reporting), short or JSON output.

mod code;
pub mod message;
pub mod render;

use serde::Serialize;

pub use code::{Code, RETIRED};
pub use message::{lang, set_lang, with_lang, Lang, Message};

use crate::span::Span;

/// How bad a diagnostic is: errors stop the build, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The budget is wrong; nothing is written.
    Error,
    /// A person should look; the build goes on.
    Warning,
}

/// A span with a message: primary labels say what is wrong, secondary ones give context.
#[derive(Clone, Debug, Serialize)]
pub struct Label {
    /// Where.
    #[serde(skip)]
    pub span: Span,
    /// What is said there.
    pub message: Message,
    /// Whether this is the main location.
    pub primary: bool,
}

/// A problem found in the sources.
#[derive(Clone, Debug, Serialize)]
#[must_use]
pub struct Diagnostic {
    /// The stable code (`budgetc explain CODE`).
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// One line saying what is wrong.
    pub message: Message,
    /// The places in the source.
    pub labels: Vec<Label>,
    /// Further facts (computed values, the identity that failed).
    pub notes: Vec<Message>,
    /// How to fix it.
    pub help: Option<Message>,
}

impl Diagnostic {
    /// An error with `code` and `message`.
    pub fn error(code: Code, message: impl Into<Message>) -> Diagnostic {
        Diagnostic::new(code, Severity::Error, message)
    }

    /// A warning with `code` and `message`.
    pub fn warning(code: Code, message: impl Into<Message>) -> Diagnostic {
        Diagnostic::new(code, Severity::Warning, message)
    }

    fn new(code: Code, severity: Severity, message: impl Into<Message>) -> Diagnostic {
        Diagnostic { code, severity, message: message.into(), labels: vec![], notes: vec![], help: None }
    }

    /// Adds the main location.
    pub fn primary(mut self, span: Span, message: impl Into<Message>) -> Diagnostic {
        if !span.is_detached() {
            self.labels.push(Label { span, message: message.into(), primary: true });
        }
        self
    }

    /// Adds a location that gives context.
    pub fn secondary(mut self, span: Span, message: impl Into<Message>) -> Diagnostic {
        if !span.is_detached() {
            self.labels.push(Label { span, message: message.into(), primary: false });
        }
        self
    }

    /// Adds a note.
    pub fn note(mut self, note: impl Into<Message>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Sets the help line.
    pub fn help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The span of the primary label, used for sorting.
    pub fn location(&self) -> Option<Span> {
        self.labels.iter().find(|l| l.primary).or(self.labels.first()).map(|l| l.span)
    }
}

/// The sink every stage writes into.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// An empty sink.
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    /// Records a diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Whether any error (not warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// The number of errors recorded.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// Sorts by file and offset; diagnostics without location come last, by code.
    pub fn sort(&mut self) {
        self.0.sort_by_key(|d| {
            let loc = d.location().map(|s| (s.file, s.start, s.end));
            (loc.is_none(), loc, d.code.as_str())
        });
    }

    /// The diagnostics recorded so far.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.0
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
