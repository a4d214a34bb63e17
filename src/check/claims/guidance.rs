//! W3015: a template's instruction to whoever fills a table in (its `guidance`, never
//! printed) left in a published text, as the reference 决算 prints under tables 8 and 9
//! "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：".

use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::Budget;
use crate::msg;

/// W3015 in the paragraphs of a prose slot: each paragraph that contains an instruction of
/// the template, pointed at where it stands when it was written literally.
pub(super) fn check(budget: &Budget, slot: &[Written], diags: &mut Diagnostics) {
    let guidance = budget.template.spec.table.iter().flat_map(|t| t.get_ref().guidance.iter().map(move |g| (t, g)));
    let guidance: Vec<_> = guidance.filter(|(_, g)| !g.trim().is_empty()).collect();
    for w in slot {
        for (table, g) in &guidance {
            let g = g.trim();
            let Some(start) = w.text.find(g) else { continue };
            let Some(span) = w.span(start, start + g.len()) else { continue };
            let title = table.get_ref().title_in(budget.department.year);
            diags.push(
                Diagnostic::warning(Code::W3015, msg!("facts-w3015", title = title))
                    .primary(span, msg!("facts-w3015-label"))
                    .help(msg!("facts-w3015-help")),
            );
        }
    }
}
