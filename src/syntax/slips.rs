//! Mistyped keywords: the keyword valid where a line stands that its unknown first word is
//! a slip of (`blance` for `balance`, `yera` for `year`), found by
//! [`crate::check::suggest::closest_slip`], and the line as it reads with it.

use super::errors::{content_len, intended};
use super::parser::Rule;
use crate::check::suggest::closest_slip;
use crate::diag::{Code, Diagnostic};
use crate::msg;
use crate::span::{FileId, Span};

/// A line whose first word starts no statement: B0001, with the keyword it is a slip of
/// (`blance` for `balance`) when one valid at `place` is close; the corrected line is
/// shown when it reads as that keyword's statement.
pub(super) fn unknown_keyword(
    file: FileId,
    start: usize,
    line: &str,
    first: &str,
    place: Place,
) -> (Diagnostic, Option<&'static str>) {
    let at = line.len() - line.trim_start().len();
    let d = Diagnostic::error(Code::B0001, msg!("syntax-b0001-unknown-keyword", word = first))
        .primary(Span::new(file, start + at, start + at + first.len()), msg!("syntax-b0001-unknown-keyword-label"));
    let near = near(line, first, place);
    let fixed = |kw: &str| fixed(line, first, kw);
    let d = match near {
        Some((kw, true)) => d.help(msg!("syntax-b0001-unknown-keyword-near", keyword = kw, fixed = fixed(kw))),
        Some((kw, false)) => match intended(kw) {
            Some((_, form)) => d.help(msg!("syntax-b0001-unknown-keyword-near-form", keyword = kw, form = form)),
            None => d.help(msg!("syntax-b0001-unknown-keyword-help")),
        },
        None => d.help(msg!("syntax-b0001-unknown-keyword-help")),
    };
    (d, near.map(|(kw, _)| kw))
}

/// The keyword valid at `place` that the unknown first word of `line` is a slip of, and
/// whether the line with it reads as its statement (such a keyword is preferred).
fn near(line: &str, first: &str, place: Place) -> Option<(&'static str, bool)> {
    // A word of the language that starts no line (`basis`, `score`, …) is no slip.
    if is_clause_word(first) {
        return None;
    }
    let reads = |kw: &&str| intended(kw).is_some_and(|(rule, _)| super::reads_as(rule, &fixed(line, first, kw)));
    let candidates = place.keywords();
    closest_slip(first, candidates.iter().copied().filter(reads))
        .map(|kw| (kw, true))
        .or_else(|| closest_slip(first, candidates.iter().copied()).map(|kw| (kw, false)))
}

/// `line` (without indentation and comment) with its first word `first` replaced by `keyword`.
fn fixed(line: &str, first: &str, keyword: &str) -> String {
    let content = line.get(..content_len(line)).unwrap_or_default().trim_start();
    format!("{keyword}{}", content.get(first.len()..).unwrap_or_default())
}

/// Whether a line that reads as a `sangong`/`assets` entry starts with a slip of a keyword
/// valid at `place` and reads as that keyword's statement once corrected (`yera 2024`,
/// `amout 5.00`): it is reported as such, not as a misplaced entry.
pub(crate) fn entry_is_slip(line: &str, place: Place) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    intended(first).is_none() && matches!(near(line, first, place), Some((_, true)))
}

/// `word` if it is a keyword that starts a line, as the language's own string.
pub(super) fn keyword(word: &str) -> Option<&'static str> {
    TOP.iter().chain(&PROJECT).chain(&BASIC).find(|k| **k == word).copied()
}

/// Whether `word` is close enough to some keyword to be read as a slip of it, at some place
/// and before some rest of a line (ties and places aside: what `fmt` must quote).
pub(crate) fn may_be_slip(word: &str) -> bool {
    !is_clause_word(word) && TOP.iter().chain(&PROJECT).chain(&BASIC).any(|k| closest_slip(word, [*k]).is_some())
}

/// Whether `word` is a word of the language that starts no line: a clause of a line.
fn is_clause_word(word: &str) -> bool {
    [Rule::keyword, Rule::attr_key, Rule::family, Rule::evaluation_key, Rule::purchase_key]
        .into_iter()
        .any(|rule| super::reads_as(rule, word))
}

/// Where a line stands, for the keywords that may start it: a top-level keyword anywhere,
/// 人员/公用 in a `basic` block, a project's lines in a `project` block.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Place {
    Top,
    Basic,
    Project,
}

/// The keywords of the statements that may stand outside any block (and so end one).
const TOP: [&str; 24] = [
    "department",
    "year",
    "money",
    "template",
    "tolerance",
    "include",
    "catalog",
    "unit",
    "code",
    "income",
    "basic",
    "project",
    "sangong",
    "assets",
    "total",
    "prose",
    "prior",
    "reason",
    "purchase",
    "reserve",
    "spend",
    "balance",
    "budget",
    "purpose",
];

/// The keywords of a project's lines (and `purpose`, in [`TOP`]: `purpose 2040601 "…"`
/// also stands outside a project).
const PROJECT: [&str; 8] = ["function", "fund", "amount", "short", "plan", "goal", "indicator", "evaluation"];

/// The words that start a line of a `basic` block.
const BASIC: [&str; 2] = ["人员", "公用"];

impl Place {
    /// The keywords that may start a line here.
    fn keywords(self) -> Vec<&'static str> {
        let block: &[&str] = match self {
            Place::Top => &[],
            Place::Basic => &BASIC,
            Place::Project => &PROJECT,
        };
        TOP.iter().chain(block).copied().collect()
    }

    /// Where the next line stands after a line that starts with (or meant) `keyword`:
    /// a block header opens its block, another top-level statement ends any block, the
    /// lines of a block (and unknown words) leave it open.
    pub(crate) fn after(self, keyword: Option<&str>) -> Place {
        match keyword {
            Some("basic") => Place::Basic,
            Some("project") => Place::Project,
            // `purpose 2040601 "…"` ends a project, `purpose "…"` is one of its lines; a
            // `total` leaves the block open.
            Some("purpose" | "total") => self,
            Some(k) if TOP.contains(&k) => Place::Top,
            _ => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{intended, BASIC, PROJECT, TOP};

    #[test]
    fn every_keyword_that_starts_a_line_names_its_statement() {
        assert!(TOP.iter().chain(&PROJECT).chain(&BASIC).all(|k| intended(k).is_some()));
    }
}
