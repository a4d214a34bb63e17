//! The balance lines of final accounts (部门决算): `balance 年初结转和结余 一般公共预算 12.30`.

use super::{duplicate, fund, Facts};
use crate::catalog::{Family, Level};
use crate::check::unknown;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{BalanceKind, BalanceLine, Document, Fund};
use crate::msg;
use crate::syntax::ast::{Amount, Item, Token};

impl Facts<'_> {
    /// `balance KIND [FUND] [CODE] AMOUNT`. A carry-over is of 一般公共预算 unless it names
    /// its fund; 使用非财政拨款结余 and 结余分配 are of 非财政拨款 money (其他收入 unless a
    /// non-fiscal fund is named). Only a 决算 has balance lines (B5002).
    pub(super) fn balance(
        &mut self,
        item: &Item,
        key: &Token,
        f: Option<&Token>,
        code: Option<&Token>,
        amount: &Amount,
        diags: &mut Diagnostics,
    ) {
        if self.header.kind != Document::Accounts {
            diags.push(
                Diagnostic::error(Code::B5002, msg!("accounts-b5002-budget"))
                    .primary(item.span, msg!("accounts-b5002-budget-label"))
                    .help(msg!("accounts-b5002-budget-help")),
            );
            self.complete = false;
            return;
        }
        let Some(kind) = BalanceKind::parse(&key.text) else {
            unknown(key, msg!("accounts-what-balance"), &BalanceKind::accepted(), diags);
            self.complete = false;
            return;
        };
        let carry = matches!(kind, BalanceKind::Opening | BalanceKind::Closing);
        let fund = match f {
            Some(t) => fund(t, diags),
            None if carry => Some(Fund::GeneralPublic),
            None => Some(Fund::Other),
        };
        let Some(fund) = fund else {
            self.complete = false;
            return;
        };
        if !carry && fund.is_fiscal() {
            diags.push(
                Diagnostic::error(
                    Code::B5002,
                    msg!("accounts-b5002-fiscal", item = kind.chinese(), fund = fund.chinese()),
                )
                .primary(f.map_or(item.span, |t| t.span), msg!("accounts-b5002-fiscal-label"))
                .help(msg!("accounts-b5002-fiscal-help", item = kind.chinese())),
            );
            self.complete = false;
            return;
        }
        let function = match code {
            Some(c) if carry => match self.resolve(Family::Function, Level::Item, c, None, diags) {
                Some(f) => Some(f),
                None => {
                    self.complete = false;
                    return;
                }
            },
            Some(c) => {
                diags.push(
                    Diagnostic::error(Code::B5002, msg!("accounts-b5002-code", item = kind.chinese()))
                        .primary(c.span, msg!("accounts-b5002-code-label"))
                        .help(msg!("accounts-b5002-code-help", item = kind.chinese())),
                );
                self.complete = false;
                return;
            }
            None => None,
        };
        let Some(v) = self.money(amount, diags) else {
            self.complete = false;
            return;
        };
        let seen = (kind, fund, function.as_ref().map(|c| c.code.clone()));
        if let Some(first) = self.balance_seen.insert(seen, item.span) {
            let what = match &function {
                Some(c) => {
                    msg!("accounts-what-balance-of-item", item = kind.chinese(), fund = fund.chinese(), code = &c.code)
                }
                None => msg!("accounts-what-balance-of", item = kind.chinese(), fund = fund.chinese()),
            };
            duplicate(item.span, first, what, diags);
            self.complete = false;
            return;
        }
        self.balances.push(BalanceLine { kind, fund, function, amount: v, span: item.span });
    }
}
