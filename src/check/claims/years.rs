//! W3011: a year in prose that contradicts the budget year: the budget year compared
//! with itself (`比2026年预算增加` in a 2026 budget), and a project's 实施周期 that does not
//! reach into the budget year (2025年1月1日-2025年12月31日 in a 2026 budget).
//!
//! A 决算 compares the year's accounts with the same year's budget (完成年初预算的…): the
//! first check applies to budgets only.

use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::Budget;
use crate::msg;
use crate::span::Span;

/// The words that compare with another year.
const COMPARE: [&str; 5] = ["对比", "比", "与", "较", "同"];

/// The words that say what a comparison found.
const FOUND: [&str; 9] = ["增加", "减少", "增长", "下降", "持平", "相比", "相较", "上升", "降低"];

/// The words that introduce a period.
const PERIOD: [&str; 4] = ["实施周期", "项目周期", "实施期限", "执行期限"];

/// The four-digit years `YYYY年` of a text: start, end (after 年), the year.
fn years(text: &str) -> Vec<(usize, usize, i32)> {
    super::numbers(text)
        .into_iter()
        .filter(|(s, e, n)| e - s == 4 && !n.contains('.') && text[*e..].starts_with('年'))
        .filter_map(|(s, e, n)| Some((s, e + '年'.len_utf8(), n.parse().ok()?)))
        .collect()
}

pub(super) fn check(budget: &Budget, slot: &[Written], diags: &mut Diagnostics) {
    let year = budget.department.year;
    let mut same: Vec<Span> = vec![];
    for w in slot.iter().filter(|_| budget.department.kind.is_budget()) {
        for (s, e, y) in years(&w.text) {
            let before = w.text[..s].trim_end();
            let sentence_rest = w.text[e..].split(['。', '；', '，']).next().unwrap_or_default();
            if y == year
                && COMPARE.iter().any(|c| before.ends_with(c))
                && FOUND.iter().any(|f| sentence_rest.contains(f))
            {
                same.extend(w.span(s, e));
            }
        }
    }
    if let Some((first, rest)) = same.split_first() {
        let mut d = Diagnostic::warning(Code::W3011, msg!("facts-w3011-same", year = year))
            .primary(*first, msg!("facts-w3011-same-label"));
        for again in rest {
            d = d.secondary(*again, msg!("facts-w3011-same-again"));
        }
        diags.push(d.help(msg!("facts-w3011-same-help", prior = year.saturating_sub(1))));
    }
    for (i, w) in slot.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| slot.get(p)).map_or("", |p| p.text.trim_end());
        let about = PERIOD.iter().any(|p| w.text.contains(p) || previous.ends_with(p));
        if !about {
            continue;
        }
        let found = years(&w.text);
        for pair in found.windows(2) {
            let [(s, _, from), (t, e, to)] = pair else { continue };
            // A range: the second year follows the first after its month and day and a dash.
            let between = &w.text[*s..*t];
            let dash = between.chars().any(|c| "-—–－~～至到".contains(c));
            if !dash || (*from <= year && year <= *to) {
                continue;
            }
            let Some(span) = w.span(*s, *e + day_len(&w.text[*e..])) else { continue };
            let written = &w.text[*s..*e + day_len(&w.text[*e..])];
            diags.push(
                Diagnostic::warning(Code::W3011, msg!("facts-w3011-period", written = written, year = year))
                    .primary(span, msg!("facts-w3011-period-label", year = year))
                    .help(msg!("facts-w3011-period-help", year = year)),
            );
        }
    }
}

/// The length of `12月31日` (month and day after a year), or of what of it there is.
fn day_len(text: &str) -> usize {
    let mut len = 0;
    for unit in ['月', '日'] {
        let digits = text[len..].chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && text[len + digits..].starts_with(unit) {
            len += digits + unit.len_utf8();
        }
    }
    len
}
