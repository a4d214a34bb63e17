//! The `spend` lines: 上缴上级支出, 经营支出 and 对附属单位补助支出 by function 项.

use super::{duplicate, fund, Facts};
use crate::catalog::{Family, Level};
use crate::check::unknown;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{SpendKind, SpendLine, UnitKind};
use crate::msg;
use crate::syntax::ast::{Amount, Item, Token};

impl Facts<'_> {
    /// `spend KIND CODE [NAME] [fund F] [unit "…"] AMOUNT`. The fund defaults to the
    /// kind's ([`SpendKind::default_fund`]) and must be one it accepts (B5007: never
    /// 财政拨款); the unit must not be a 行政 unit (B5006: 行政单位 spend only 基本支出 and
    /// 项目支出).
    pub(super) fn spend(
        &mut self,
        item: &Item,
        key: &Token,
        (code, name): (&Token, Option<&Token>),
        (f, unit): (Option<&Token>, Option<&Token>),
        amount: &Amount,
        diags: &mut Diagnostics,
    ) {
        let Some(kind) = SpendKind::parse(&key.text) else {
            unknown(key, msg!("facts-what-spend-kind"), &SpendKind::accepted(), diags);
            self.complete = false;
            return;
        };
        let fund = match f {
            Some(t) => fund(t, diags),
            None => Some(kind.default_fund()),
        };
        let function = self.resolve(Family::Function, Level::Item, code, name, diags);
        let unit = self.unit(unit, diags);
        let v = self.money(amount, diags);
        let (Some(fund), Some(function), Some(unit), Some(v)) = (fund, function, unit, v) else {
            self.complete = false;
            return;
        };
        if !kind.accepts(fund) {
            let (message, help) = if kind == SpendKind::Operating {
                (
                    msg!("facts-b5007-operating", kind = kind.chinese(), fund = fund.chinese()),
                    msg!("facts-b5007-operating-help", kind = kind.chinese()),
                )
            } else {
                (
                    msg!("facts-b5007-fiscal", kind = kind.chinese(), fund = fund.chinese()),
                    msg!("facts-b5007-fiscal-help", kind = kind.chinese()),
                )
            };
            diags.push(
                Diagnostic::error(Code::B5007, message)
                    .primary(f.map_or(item.span, |t| t.span), msg!("facts-b5007-label", fund = fund.chinese()))
                    .note(msg!("facts-b5007-note"))
                    .help(help),
            );
            self.complete = false;
            return;
        }
        if let Some(u) = self.header.units.get(unit).filter(|u| u.kind == UnitKind::Administrative) {
            let mut d = Diagnostic::error(Code::B5006, msg!("facts-b5006", kind = kind.chinese(), unit = &u.name))
                .primary(item.span, msg!("facts-b5006-label", unit = &u.name))
                .note(msg!("facts-b5006-note"));
            let others: Vec<&str> = self
                .header
                .units
                .iter()
                .filter(|u| u.kind != UnitKind::Administrative)
                .map(|u| u.name.as_str())
                .collect();
            d = match others.first() {
                Some(other) => d.help(msg!("facts-b5006-help", unit = *other)),
                None => d.help(msg!("facts-b5006-help-none")),
            };
            diags.push(d);
            self.complete = false;
            return;
        }
        if let Some(first) = self.spend_seen.insert((kind, function.code.clone(), fund, unit), item.span) {
            duplicate(
                item.span,
                first,
                msg!("facts-what-spend", kind = kind.chinese(), function = &function.code, fund = fund.chinese()),
                diags,
            );
            self.complete = false;
            return;
        }
        self.spend.push(SpendLine { kind, function, fund, unit, amount: v, span: item.span });
    }
}
