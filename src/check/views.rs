//! B2110: a budget whose basic expenditure is written in two views (by function 项 and by
//! economic 款, without the cross) must give the same totals in both, per fund.

use rust_decimal::Decimal;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, BasicLine, Budget, Fund, Staff};
use crate::msg;

/// 合计, 人员经费 and 公用经费 of some basic lines.
fn sums<'a>(lines: impl Iterator<Item = &'a BasicLine>) -> (Decimal, Decimal, Decimal) {
    let (mut personnel, mut public) = (Decimal::ZERO, Decimal::ZERO);
    for l in lines {
        match l.staff {
            Staff::Personnel => personnel = money::plus(personnel, l.amount),
            Staff::Public => public = money::plus(public, l.amount),
        }
    }
    (money::plus(personnel, public), personnel, public)
}

fn fixed(amount: Decimal) -> String {
    format!("{amount:.2}")
}

/// Per fund, the two views' 合计, 人员经费 and 公用经费 must be equal (exactly). Cross
/// lines count in both views; a budget without view-only lines always passes.
pub(crate) fn check(budget: &Budget, diags: &mut Diagnostics) {
    if !budget.has_view_only_basic() {
        return;
    }
    let unit = budget.department.money.chinese();
    for &fund in Fund::ALL {
        let by_function = sums(budget.basic_by_function().filter(|l| l.fund == fund));
        let by_economic = sums(budget.basic_by_economic().filter(|l| l.fund == fund));
        if by_function == by_economic {
            continue;
        }
        let first_economic = budget.basic_by_economic().filter(|l| l.fund == fund).map(|l| l.span).min();
        let first_function = budget.basic_by_function().filter(|l| l.fund == fund).map(|l| l.span).min();
        let (f, e) = (by_function, by_economic);
        let mut d = Diagnostic::error(
            Code::B2110,
            msg!(
                "facts-b2110-views",
                fund = fund.chinese(),
                function_total = fixed(f.0),
                function_personnel = fixed(f.1),
                function_public = fixed(f.2),
                economic_total = fixed(e.0),
                economic_personnel = fixed(e.1),
                economic_public = fixed(e.2),
                unit = unit
            ),
        );
        let economic_label = msg!("facts-b2110-economic-label", total = fixed(e.0), unit = unit);
        let function_label = msg!("facts-b2110-function-label", total = fixed(f.0), unit = unit);
        d = match (first_economic, first_function) {
            (Some(e), Some(f)) => d.primary(e, economic_label).secondary(f, function_label),
            (Some(e), None) => d.primary(e, economic_label),
            (None, Some(f)) => d.primary(f, function_label),
            (None, None) => d,
        };
        diags.push(d.note(msg!("facts-b2110-views-note")).help(msg!("facts-b2110-views-help")));
    }
}
