//! W3013: the 主要用于 of a function 项 that repeats, word for word, the 主要用于 of a 项 of
//! another 类 — a text copied from the item above (住房公积金 “主要用于：事业单位医疗保险支出”).
//! Read in prose (“…（类）…（项）。主要用于：…。”) and in `purpose CODE "…"` lines.

use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::msg;
use crate::span::Span;

/// The words that open a 项's use.
const OPENERS: [&str; 2] = ["主要用于：", "主要用于:"];

/// A 项's use: its 类 (a name or a code), the 项 as named, the text and where it is.
struct Use<'a> {
    class: &'a str,
    item: &'a str,
    text: &'a str,
    span: Span,
}

/// Reports each use after the first with the same text and another 类.
fn report(uses: &[Use<'_>], diags: &mut Diagnostics) {
    for (k, u) in uses.iter().enumerate() {
        let Some(first) = uses.iter().take(k).find(|o| o.text == u.text && o.class != u.class) else { continue };
        diags.push(
            Diagnostic::warning(Code::W3013, msg!("facts-w3013", item = u.item, text = u.text, other = first.item))
                .primary(u.span, msg!("facts-w3013-label", other = first.item))
                .secondary(first.span, msg!("facts-w3013-first", item = first.item))
                .help(msg!("facts-w3013-help")),
        );
    }
}

/// The name written before `marker` (`（类）`, `（项）`) that ends at `end`: back to the
/// previous closing bracket, 、 or sentence mark.
fn name_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .rfind(['）', '、', '。', '；', '．', ')'])
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    head[start..].trim()
}

/// W3013 in the paragraphs of a prose slot.
pub(super) fn check(slot: &[Written], diags: &mut Diagnostics) {
    let mut uses = vec![];
    for w in slot {
        let t = w.text.as_str();
        for opener in OPENERS {
            let mut from = 0;
            while let Some(at) = t.get(from..).and_then(|r| r.find(opener)).map(|i| i + from) {
                from = at + opener.len();
                let len = t[from..].find(['。', '；', ';']).unwrap_or(t.len() - from);
                let text = t[from..from + len].trim();
                let (Some(class_end), Some(item_end)) = (t[..at].rfind("（类）"), t[..at].rfind("（项）")) else {
                    continue;
                };
                let (class, item) = (name_before(t, class_end), name_before(t, item_end));
                let Some(span) = w.span(from, from + len) else { continue };
                if !text.is_empty() && !class.is_empty() {
                    uses.push(Use { class, item, text, span });
                }
            }
        }
    }
    report(&uses, diags);
}

/// W3013 in `purpose CODE "…"` lines: code, the 项 as named in the message, text, and the
/// text's span.
pub(crate) fn check_lines(lines: &[(String, String, String, Span)], diags: &mut Diagnostics) {
    let uses: Vec<Use<'_>> = lines
        .iter()
        .filter(|(code, ..)| code.chars().count() == 7)
        .filter_map(|(code, item, text, span)| {
            let class = code.get(..3).filter(|_| code.is_ascii())?;
            Some(Use { class, item, text: text.trim(), span: *span })
        })
        .collect();
    report(&uses, diags);
}
