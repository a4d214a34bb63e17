//! W3014: the published text of a part the template generates (a prose slot written
//! `instead` of it) against what budgetc writes from the facts. A sentence of the published
//! text with the words of a generated sentence — the same words once each number is taken
//! out — must have its numbers too: “在其他政府采购项目中，由中小企业供应商中标或成交的，采购
//! 金额21.07万元” where the facts give 0万元 is flagged, whatever other figure 21.07 matches.

use rust_decimal::Decimal;

use super::{numbers, sentences};
use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, Slot};
use crate::msg;
use crate::span::Span;

/// A sentence with its numbers taken out: its words (numbers as `#`, no whitespace), and
/// its numbers.
struct Shape {
    words: String,
    numbers: Vec<Number>,
}

/// A number of a sentence: its range in the paragraph, its value, and as printed with the
/// unit after it (`0万元`, `9.56%`).
struct Number {
    start: usize,
    end: usize,
    value: Decimal,
    shown: String,
}

/// The unit written after a number, if any.
fn unit_after(rest: &str) -> &str {
    ["万元", "元", "%", "％"].into_iter().find(|u| rest.starts_with(u)).unwrap_or("")
}

fn shape(text: &str, (start, end): (usize, usize)) -> Shape {
    let mut words = String::new();
    let mut numbers_of = vec![];
    let mut at = start;
    for (s, e, n) in numbers(&text[start..end]) {
        let (s, e) = (start + s, start + e);
        words.extend(text[at..s].chars().filter(|c| !c.is_whitespace()));
        words.push('#');
        if let Ok(value) = money::read(&n) {
            let shown = format!("{}{}", &text[s..e], unit_after(&text[e..]));
            numbers_of.push(Number { start: s, end: e, value, shown });
        }
        at = e;
    }
    words.extend(text[at..end].chars().filter(|c| !c.is_whitespace()));
    Shape { words, numbers: numbers_of }
}

/// The shapes of every sentence of `paragraphs`, with the paragraph each is in.
fn shapes<'t>(paragraphs: impl Iterator<Item = &'t str>) -> Vec<(usize, Shape)> {
    paragraphs.enumerate().flat_map(|(i, p)| sentences(p).into_iter().map(move |r| (i, shape(p, r)))).collect()
}

/// Checks the published paragraphs of `slot` against the paragraphs the template's blocks
/// for it generate; numbers at a span in `flagged` (another check's finding) are left out.
pub(super) fn check(budget: &Budget, slot: Slot, written: &[Written], flagged: &[Span], diags: &mut Diagnostics) {
    let generated = crate::render::narrative::generated_for(budget, slot);
    if generated.is_empty() {
        return;
    }
    let ours = shapes(generated.iter().map(String::as_str));
    let theirs = shapes(written.iter().map(|w| w.text.as_str()));
    let count = |list: &[(usize, Shape)], words: &str| list.iter().filter(|(_, s)| s.words == words).count();
    for (k, (para, s)) in theirs.iter().enumerate() {
        if s.numbers.is_empty() {
            continue;
        }
        let same: Vec<&Shape> = ours.iter().filter(|(_, o)| o.words == s.words).map(|(_, o)| o).collect();
        let values = |x: &Shape| x.numbers.iter().map(|n| n.value).collect::<Vec<_>>();
        if same.is_empty() || same.iter().any(|o| values(o) == values(s)) {
            continue;
        }
        // Which generated sentence it stands for: the only one with its words, or, when
        // both texts have as many sentences with these words, the one at the same place.
        let nth = theirs.iter().take(k).filter(|(_, t)| t.words == s.words).count();
        let ours_of = match same.as_slice() {
            [only] => *only,
            _ if count(&theirs, &s.words) == same.len() => match same.get(nth) {
                Some(o) => *o,
                None => continue,
            },
            _ => continue,
        };
        let Some(w) = written.get(*para) else { continue };
        for (n, expected) in s.numbers.iter().zip(&ours_of.numbers) {
            if n.value == expected.value {
                continue;
            }
            let Some(span) = w.span(n.start, n.end) else { continue };
            if flagged.iter().any(|f| f.file == span.file && f.start < span.end && span.start < f.end) {
                continue;
            }
            diags.push(
                Diagnostic::warning(
                    Code::W3014,
                    msg!("facts-w3014", written = n.shown.as_str(), expected = expected.shown.as_str()),
                )
                .primary(span, msg!("facts-w3014-label", expected = expected.shown.as_str()))
                .help(msg!("facts-w3014-help")),
            );
        }
    }
}
