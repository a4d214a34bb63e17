//! Parsing: text to syntax tree. Total: every input gives a tree; bad lines become
//! [`ast::ItemKind::Invalid`] items and diagnostics.

pub mod ast;
mod errors;
mod habits;
mod lower;
mod parser;
mod slips;

use pest::Parser;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::msg;
use crate::span::{FileId, Span};
use parser::{BudgetParser, Rule};

/// The trailing comment of a line (`# …`, outside quotes), if any.
pub fn trailing_comment(line: &str) -> Option<&str> {
    let code = errors::content_len(line);
    let rest = line.get(code..)?.trim();
    rest.starts_with('#').then_some(rest)
}

/// Whether the grammar reads `text`, standing alone, as exactly one `rule`.
fn reads_as(rule: Rule, text: &str) -> bool {
    BudgetParser::parse(rule, text).ok().and_then(|mut p| p.next()).is_some_and(|p| p.as_str().len() == text.len())
}

/// Whether `text` can be written without quotes: the grammar's `bare` rule reads it whole
/// (so a label with an NBSP is bare, one with a space or a tab is not).
pub fn is_bare(text: &str) -> bool {
    reads_as(Rule::bare, text)
}

/// Whether a bare `text` at the start of a line would start another statement than a
/// `sangong`/`assets` entry: a keyword, 人员/公用, or a prose line's `>`; or might be read
/// as a slip of a keyword (`yera 2024` is reported as a mistyped `year 2024`).
pub fn starts_statement(text: &str) -> bool {
    text.starts_with('>') || reads_as(Rule::keyword, text) || reads_as(Rule::staff, text) || slips::may_be_slip(text)
}

/// Parses one file. Never fails: errors go to `diags`, bad lines become invalid items.
pub fn parse(file: FileId, src: &str, diags: &mut Diagnostics) -> ast::File {
    let span = Span::new(file, 0, src.len());
    let pairs = match BudgetParser::parse(Rule::file, src) {
        Ok(mut pairs) => pairs.next().map(|f| f.into_inner()),
        Err(e) => {
            let at = match e.location {
                pest::error::InputLocation::Pos(p) | pest::error::InputLocation::Span((p, _)) => p,
            };
            diags.push(
                Diagnostic::error(Code::B0001, msg!("syntax-b0001-file"))
                    .primary(Span::new(file, at, at), msg!("syntax-b0001-file-label")),
            );
            None
        }
    };
    let mut items = vec![];
    let mut lower = lower::Lower { file, diags };
    let mut place = slips::Place::Top;
    for pair in pairs.into_iter().flatten() {
        match pair.as_rule() {
            Rule::EOI => {}
            Rule::invalid | Rule::entry
                if pair.as_rule() == Rule::invalid
                    || pair.clone().into_inner().next().is_some_and(|l| l.as_rule() == Rule::bare)
                        && slips::entry_is_slip(pair.as_str(), place) =>
            {
                let s = pair.as_span();
                let (diag, meant) = errors::invalid_line(file, s.start(), pair.as_str(), place);
                lower.diags.push(diag);
                // A block header that cannot be read, also one with a mistyped keyword
                // (`basc fund …`), takes its block's lines with it: one cause, one error.
                let kind = if meant.is_some_and(|k| ["project", "basic", "sangong", "assets", "prose"].contains(&k)) {
                    ast::ItemKind::InvalidHeader
                } else {
                    ast::ItemKind::Invalid(meant)
                };
                place = place.after(meant);
                items.push(ast::Item { kind, span: Span::new(file, s.start(), s.end()) });
            }
            _ => {
                place = place.after(pair.as_str().split_whitespace().next());
                items.push(lower.statement(pair));
            }
        }
    }
    ast::File { items, span }
}

#[cfg(test)]
mod tests;
