//! Final accounts (部门决算): the document kind against the template's, and the
//! identities of final accounts (carry-overs instead of income = spending).

use rust_decimal::Decimal;

use super::identities::fixed;
use crate::catalog::Template;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, BalanceKind, Budget, Document, Fund, Plans};
use crate::msg;
use crate::span::Span;
use crate::Sources;

/// The built-in templates for a kind of document, for help lines.
fn templates_of(kind: Document) -> String {
    let ids: Vec<_> = crate::template::ids()
        .into_iter()
        .filter(|id| Template::find(id).is_some_and(|t| t.spec.kind == kind))
        .collect();
    ids.join("、")
}

/// B5001: a 决算 needs a 决算 template, a 预算 a 预算 one. `span` is the template line, or
/// the year line of a 决算 that names no template (`t` is then [`Template::none`]).
pub(crate) fn template_kind(t: &Template, kind: Document, span: Span, diags: &mut Diagnostics) {
    if t.spec.kind == kind {
        return;
    }
    let ids = templates_of(kind);
    let d = if t.id.is_empty() {
        Diagnostic::error(Code::B5001, msg!("accounts-b5001-none")).primary(span, msg!("accounts-b5001-none-label"))
    } else {
        Diagnostic::error(
            Code::B5001,
            msg!("accounts-b5001", kind = kind.chinese(), template = &t.id, template_kind = t.spec.kind.chinese()),
        )
        .primary(span, msg!("accounts-b5001-label", template_kind = t.spec.kind.chinese()))
    };
    diags.push(d.help(msg!("accounts-b5001-help", kind = kind.chinese(), ids = ids)));
}

/// The identities of final accounts, in place of income = spending (which a 决算 need
/// not satisfy): B5003 for the whole, B5004 for each 财政拨款 fund. A gap within the
/// declared `tolerance` (the 0.01 万元 of figures rounded from 元) is W5001.
pub(crate) fn identities(budget: &Budget, diags: &mut Diagnostics) {
    let spent = budget.spending_total();
    let b = |kind, fund| budget.balance_of(kind, fund);
    let unit = budget.department.money.chinese();
    // Every amount is below 10^15 and their grand total is exact (`bounded`): these sums
    // and differences are exact.
    let sources = money::plus(
        money::plus(budget.income_this_year(), b(BalanceKind::UseOfBalance, None)),
        b(BalanceKind::Opening, None),
    );
    let uses =
        money::plus(money::plus(spent.total(), b(BalanceKind::Distribution, None)), b(BalanceKind::Closing, None));
    let mut explained = Decimal::ZERO;
    for fund in Fund::FISCAL {
        let opening = b(BalanceKind::Opening, Some(fund));
        let income = budget.income_of(fund);
        let spending = spent.of_fund(fund);
        let closing = b(BalanceKind::Closing, Some(fund));
        let expected = money::plus(money::plus(opening, income), -spending);
        if expected == closing {
            continue;
        }
        let gap = money::plus(expected, -closing);
        explained = money::plus(explained, gap);
        let d = gapped(
            budget,
            Code::B5004,
            gap,
            msg!(
                "accounts-b5004",
                fund = fund.chinese(),
                opening = fixed(opening),
                income = fixed(income),
                spending = fixed(spending),
                expected = fixed(expected),
                closing = fixed(closing),
                unit = unit
            ),
        )
        .note(msg!("accounts-b5004-note"));
        let line = budget.balances.iter().find(|l| l.kind == BalanceKind::Closing && l.fund == fund);
        let d = match (line, budget.income.iter().find(|i| i.fund == fund)) {
            (Some(l), _) => d.primary(l.span, msg!("accounts-b5004-closing-label", expected = fixed(expected))),
            (None, Some(i)) => d.primary(i.span, msg!("accounts-b5004-income-label")),
            (None, None) => d,
        };
        diags.push(d.help(msg!("accounts-b5004-help", fund = fund.chinese(), expected = fixed(expected))));
    }
    // The gap of the whole that the funds' own gaps do not explain: one cause, one error.
    let gap = money::plus(sources, -uses);
    if money::plus(gap, -explained) != Decimal::ZERO {
        let message = msg!(
            "accounts-b5003",
            income = fixed(budget.income_this_year()),
            used = fixed(b(BalanceKind::UseOfBalance, None)),
            opening = fixed(b(BalanceKind::Opening, None)),
            sources = fixed(sources),
            spending = fixed(spent.total()),
            distributed = fixed(b(BalanceKind::Distribution, None)),
            closing = fixed(b(BalanceKind::Closing, None)),
            uses = fixed(uses),
            unit = unit
        );
        let d = gapped(budget, Code::B5003, gap, message).note(msg!("accounts-b5003-note"));
        let at = budget.balances.first().map(|l| l.span).or(budget.income.first().map(|i| i.span));
        let d = match at {
            Some(span) => d.primary(span, msg!("accounts-b5003-label", gap = fixed(gap.abs()))),
            None => d,
        };
        diags.push(d.help(msg!("accounts-b5003-help")));
    }
}

/// An identity's diagnostic: an error, or W5001 when the gap is within the tolerance.
fn gapped(budget: &Budget, code: Code, gap: Decimal, message: crate::diag::Message) -> Diagnostic {
    let tolerance = budget.department.tolerance;
    if !tolerance.is_zero() && gap.abs() <= tolerance {
        Diagnostic::warning(Code::W5001, message).note(msg!("accounts-w5001-note", tolerance = fixed(tolerance)))
    } else {
        Diagnostic::error(code, message)
    }
}

/// The budgets named by `budget` lines, read for their figures (B5005 for a budget line
/// of a 预算, a file that is no 预算 of the same year, or a role named twice).
pub(crate) fn plans(sources: &Sources, budget: &Budget, diags: &mut Diagnostics) -> Plans {
    let mut plans = Plans::default();
    let year = budget.department.year;
    for (which, file, span) in &sources.budgets {
        if budget.department.kind != Document::Accounts {
            diags.push(
                Diagnostic::error(Code::B5005, msg!("accounts-b5005-in-budget"))
                    .primary(*span, msg!("accounts-b5005-in-budget-label"))
                    .help(msg!("accounts-b5005-in-budget-help")),
            );
            continue;
        }
        let full = match which.as_deref() {
            None | Some("年初" | "年初预算") => false,
            Some("全年" | "全年预算" | "调整" | "调整预算") => true,
            Some(other) => {
                diags.push(
                    Diagnostic::error(Code::B1008, msg!("accounts-b1008-plan", word = other))
                        .primary(*span, msg!("catalog-b1008-label"))
                        .help(msg!("accounts-b1008-plan-help")),
                );
                continue;
            }
        };
        let slot = if full { &mut plans.full } else { &mut plans.initial };
        if slot.is_some() {
            let role = if full { "全年预算" } else { "年初预算" };
            diags.push(
                Diagnostic::error(Code::B0003, msg!("accounts-b0003-plan", role = role))
                    .primary(*span, msg!("catalog-b0003-again-label"))
                    .help(msg!("catalog-b0003-help")),
            );
            continue;
        }
        let before = diags.error_count();
        let Some(read) = super::figures_only(sources, *file, diags) else { continue };
        if diags.error_count() > before {
            continue;
        }
        if read.department.kind != Document::Budget || read.department.year != year {
            diags.push(
                Diagnostic::error(
                    Code::B5005,
                    msg!(
                        "accounts-b5005-not-the-budget",
                        kind = read.department.kind.chinese(),
                        year = read.department.year,
                        expected = year
                    ),
                )
                .primary(*span, msg!("accounts-b5005-not-the-budget-label"))
                .help(msg!("accounts-b5005-not-the-budget-help", year = year)),
            );
            continue;
        }
        *slot = Some(Box::new(read));
    }
    plans
}

/// W5004: an indicator of a project of final accounts whose value (the 完成值) falls short
/// of the target the year's budget set for it: the same 三级指标 of the project with the same
/// 项目编码 in the 全年预算 (else the 年初预算), both measured in the same unit. A target
/// `≥300人次` is missed by 280人次, `≤50万元` by 60万元, `=100%` by anything else.
pub(crate) fn indicators(budget: &Budget, diags: &mut Diagnostics) {
    use crate::model::performance::{Comparator, IndicatorValue};
    if budget.department.kind != Document::Accounts {
        return;
    }
    let Some(plan) = budget.plans.full_year() else { return };
    for project in &budget.projects {
        let Some(planned) = plan.projects.iter().find(|p| p.code == project.code) else { continue };
        for actual in &project.indicators {
            let Some(target) = planned.indicators.iter().find(|t| t.name == actual.name) else { continue };
            let (
                IndicatorValue::Measure { comparator, number: want, unit },
                IndicatorValue::Measure { number: got, unit: got_unit, .. },
            ) = (&target.value, &actual.value)
            else {
                continue;
            };
            if unit != got_unit {
                continue;
            }
            let missed = match comparator.unwrap_or(Comparator::Equal) {
                Comparator::AtLeast => got < want,
                Comparator::Above => got <= want,
                Comparator::AtMost => got > want,
                Comparator::Below => got >= want,
                Comparator::Equal => got != want,
            };
            if !missed {
                continue;
            }
            let shown = |c: Option<Comparator>, n: &Decimal| {
                format!("{}{}{}", c.map_or("", |c| c.chinese()), n.normalize(), unit.0)
            };
            let (target_text, actual_text) = (shown(*comparator, want), shown(None, got));
            diags.push(
                Diagnostic::warning(
                    Code::W5004,
                    msg!(
                        "accounts-w5004",
                        project = &project.name,
                        indicator = &actual.name,
                        target = &target_text,
                        actual = &actual_text
                    ),
                )
                .primary(actual.span, msg!("accounts-w5004-label", target = &target_text))
                .help(msg!("accounts-w5004-help")),
            );
        }
    }
}
