//! Chinese typing habits: what a Chinese input method types instead of the ASCII spelling.
//!
//! The grammar accepts the unambiguous ones (curly quotes “…” and ‘…’ around a token,
//! full-width digits ０–９, ．, －, ＋, ％ and ／ in numbers, codes, dates, plan cells and
//! indicator units, ≧ ≦ ＝ ＞＝ ＜＝ as comparators); [`ascii`] and [`comparator`] read them
//! as the ASCII spelling, so that the model and `fmt`'s output are those of the ASCII
//! spelling. [`diagnose`] names the habits that have no single meaning (B0011).

use std::borrow::Cow;

use crate::diag::{Code, Diagnostic};
use crate::msg;
use crate::span::{FileId, Span};

/// The ASCII spelling of a number, code, date, plan cell or unit written with full-width
/// characters (０–９ ． － ＋ ％ ／); unchanged when it has none.
pub(crate) fn ascii(text: &str) -> Cow<'_, str> {
    let map = |c: char| match c {
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
        '．' => '.',
        '－' => '-',
        '＋' => '+',
        '％' => '%',
        '／' => '/',
        _ => c,
    };
    if text.chars().all(|c| map(c) == c) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(map).collect())
    }
}

/// The official spelling of a comparator typed as ≧ ≦ ＝ ＞＝ ＜＝ (the others unchanged).
pub(crate) fn comparator(text: &str) -> &str {
    match text {
        "≧" | "＞＝" => "≥",
        "≦" | "＜＝" => "≤",
        "＝" => "=",
        other => other,
    }
}

/// The closing quote of an opening one: `"` `"`, “ ”, ‘ ’.
fn closing(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '“' => Some('”'),
        '‘' => Some('’'),
        _ => None,
    }
}

/// The byte length of a curly-quoted token at the start of `rest` as the grammar reads it
/// (“…” or ‘…’ on one line, without quotes or `"` inside, followed by a space, a comment
/// or the end of the line); None if `rest` does not start with one.
pub(crate) fn curly_len(rest: &str) -> Option<usize> {
    let open = rest.chars().next().filter(|c| matches!(c, '“' | '‘'))?;
    let close = closing(open)?;
    let body = rest.get(open.len_utf8()..)?;
    let end = body.find(['“', '”', '‘', '’', '"', '\n', '\r'])?;
    let after = body.get(end..)?;
    if !after.starts_with(close) {
        return None;
    }
    let next = after.get(close.len_utf8()..)?;
    let boundary = next.is_empty() || next.starts_with([' ', '\t', '\u{3000}', '#', '\n', '\r']);
    boundary.then_some(open.len_utf8() + end + close.len_utf8())
}

/// A token of `content` opened by one kind of quote and closed by another: its byte range,
/// its text between the quotes, and the two quotes.
fn mismatched_quote(content: &str) -> Option<(usize, usize, &str, char, char)> {
    let mut at_start = true;
    for (i, c) in content.char_indices() {
        let starts = at_start;
        at_start = c.is_whitespace();
        if !starts {
            continue;
        }
        let Some(close) = closing(c) else { continue };
        let body_start = i + c.len_utf8();
        let body = content.get(body_start..)?;
        let end = body.find(['"', '”', '’'])?;
        let found = body.get(end..)?.chars().next()?;
        if found != close {
            let inner = body.get(..end)?;
            return Some((i, body_start + end + found.len_utf8(), inner, c, found));
        }
        // A well-formed ASCII string: skip it (a curly one may hold a space, so go on).
        if c == '"' {
            return None;
        }
    }
    None
}

/// The B0011 diagnostic for a habit that explains why `content` (a line at byte `start`
/// of `file`, without its comment) is invalid at byte `offset`, if there is one.
pub(crate) fn diagnose(file: FileId, start: usize, content: &str, offset: usize) -> Option<Diagnostic> {
    if let Some((from, to, inner, open, close)) = mismatched_quote(content) {
        // A stray quote shifts every token after it: the error is at it or later.
        if offset >= from {
            let span = Span::new(file, start + from, start + to);
            let token = content.get(from..to).unwrap_or_default();
            return Some(
                Diagnostic::error(Code::B0011, msg!("syntax-b0011-quotes", open = open, close = close))
                    .primary(span, msg!("syntax-b0011-quotes-label", open = open, close = close))
                    .help(msg!("syntax-b0011-quotes-help", token = token, fixed = format!("\"{inner}\""))),
            );
        }
    }
    let rest = content.get(offset..)?;
    let unit = ["万元", "元"].into_iter().find(|u| rest.starts_with(u))?;
    let before = content.get(..offset)?.trim_end();
    if !before.ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return None;
    }
    let after = rest.get(unit.len()..)?;
    let fixed = format!("{before}{after}");
    let span = Span::new(file, start + offset, start + offset + unit.len());
    Some(
        Diagnostic::error(Code::B0011, msg!("syntax-b0011-unit", unit = unit))
            .primary(span, msg!("syntax-b0011-unit-label"))
            .help(msg!("syntax-b0011-unit-help", unit = unit, fixed = fixed.trim_end())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_characters_read_as_ascii() {
        assert_eq!(ascii("１２３．４５"), "123.45");
        assert_eq!(ascii("－５"), "-5");
        assert_eq!(ascii("８０％"), "80%");
        assert_eq!(ascii("元／人"), "元/人");
        assert!(matches!(ascii("286.23"), Cow::Borrowed(_)));
        assert_eq!(comparator("≧"), "≥");
        assert_eq!(comparator("＜＝"), "≤");
        assert_eq!(comparator("＞"), "＞");
    }

    #[test]
    fn curly_tokens_end_at_a_boundary() {
        assert_eq!(curly_len("“名 称” x"), Some("“名 称”".len()));
        assert_eq!(curly_len("‘名’"), Some("‘名’".len()));
        assert_eq!(curly_len("“三公”经费"), None);
        assert_eq!(curly_len("“名称\""), None);
        assert_eq!(curly_len("名称"), None);
    }

    #[test]
    fn mismatched_quotes_are_found() {
        let (from, _, inner, open, close) = mismatched_quote("project P1 \"档案 经费”").expect("mismatch");
        assert_eq!((from, inner, open, close), (11, "档案 经费", '"', '”'));
        assert!(mismatched_quote("project P1 \"档案\"").is_none());
        assert!(mismatched_quote("project P1 “档案”").is_none());
        assert!(mismatched_quote("project P1 “档案\"").is_some());
    }
}
