//! W5003: a completion rate of final accounts against a budget of 0 (“完成年初预算的 95.89%”
//! where the 年初预算 is 0): no such rate exists; budgetc writes “年初预算为0，不计算完成率”.

use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{Budget, Document};
use crate::msg;

/// The phrases of a completion rate, with the budget each names (true: 全年预算).
const PHRASES: [(&str, bool); 6] = [
    ("完成年初预算数的", false),
    ("完成年初预算的", false),
    ("完成全年预算数的", true),
    ("完成全年预算的", true),
    ("完成调整预算的", true),
    ("完成预算的", true),
];

pub(super) fn check(budget: &Budget, slot: &[Written], diags: &mut Diagnostics) {
    if budget.department.kind != Document::Accounts {
        return;
    }
    // The budget's whole spending: a rate of a budget of 0 (or of none named) is refused;
    // the rate of a single 项 against its own budget is the template's to compute.
    let total = |full: bool| {
        let plan = if full { budget.plans.full_year() } else { budget.plans.initial.as_deref() };
        plan.map(|p| p.spending_total().total()).unwrap_or_default()
    };
    for w in slot {
        for (phrase, full) in PHRASES {
            let mut from = 0;
            while let Some(at) = w.text.get(from..).and_then(|t| t.find(phrase)).map(|i| i + from) {
                from = at + phrase.len();
                let rest = &w.text[from..];
                let digits = rest.trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '.').count();
                let has_rate = digits > 0 && rest.trim_start()[digits..].trim_start().starts_with(['%', '％']);
                if !has_rate || !total(full).is_zero() {
                    continue;
                }
                let name = if full { "全年预算" } else { "年初预算" };
                let end = from + (rest.len() - rest.trim_start().len()) + digits;
                let Some(span) = w.span(at, end) else { continue };
                diags.push(
                    Diagnostic::warning(Code::W5003, msg!("accounts-w5003", budget = name))
                        .primary(span, msg!("accounts-w5003-label", budget = name))
                        .help(msg!("accounts-w5003-help", budget = name)),
                );
            }
        }
    }
}
