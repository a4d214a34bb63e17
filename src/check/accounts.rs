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
    let mut carried = vec![];
    for fund in Fund::FISCAL {
        let flows = [
            b(BalanceKind::Opening, Some(fund)),
            budget.income_of(fund),
            spent.of_fund(fund),
            b(BalanceKind::Closing, Some(fund)),
        ];
        let Some((gap, expected, d)) = carry_over(budget, fund.chinese(), flows) else {
            carried.push(fund);
            continue;
        };
        explained = money::plus(explained, gap);
        let d = d.note(msg!("accounts-b5004-note"));
        let line = budget.balances.iter().find(|l| l.kind == BalanceKind::Closing && l.fund == fund);
        let d = match (line, budget.income.iter().find(|i| i.fund == fund)) {
            (Some(l), _) => d.primary(l.span, msg!("accounts-b5004-closing-label", expected = fixed(expected))),
            (None, Some(i)) => d.primary(i.span, msg!("accounts-b5004-income-label")),
            (None, None) => d,
        };
        // Carry-overs written by 项: the help names the sum, not one line without its 项.
        let by_item = budget.balances.iter().any(|l| l.fund == fund && l.function.is_some());
        let help = if by_item {
            msg!("accounts-b5004-help-items", fund = fund.chinese(), expected = fixed(expected))
        } else {
            msg!("accounts-b5004-help", fund = fund.chinese(), expected = fixed(expected))
        };
        diags.push(d.help(help));
    }
    by_item(budget, &carried, diags);
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

/// B5004 for each function 项 of 政府性基金 and 国有资本经营 money whose income is stated by 项
/// (the 政府性基金/国有资本经营预算财政拨款收入支出决算表 rows): 年初 + 本年收入 − 本年支出 = 年末
/// of that 项. Checked only for the funds that carry over as a whole (`carried`; else the
/// fund's own B5004 is the cause), and only when every income line of the fund names its 项
/// (income by 项 is otherwise derived from the identity itself).
fn by_item(budget: &Budget, carried: &[Fund], diags: &mut Diagnostics) {
    use std::collections::{BTreeMap, BTreeSet};
    let spending = budget.spending();
    for fund in [Fund::GovernmentFund, Fund::StateCapital].into_iter().filter(|f| carried.contains(f)) {
        let lines: Vec<_> = budget.income.iter().filter(|i| i.fund == fund).collect();
        if lines.is_empty() || lines.iter().any(|i| i.function.is_none()) {
            continue;
        }
        let mut income: BTreeMap<&str, Decimal> = BTreeMap::new();
        for i in &lines {
            if let Some(c) = &i.function {
                let v = income.entry(c.code.as_str()).or_default();
                *v = money::plus(*v, i.amount);
            }
        }
        let of_item = |kind: BalanceKind, code: &str| {
            money::total(
                budget
                    .balances
                    .iter()
                    .filter(|l| l.kind == kind && l.fund == fund && l.function.as_ref().is_some_and(|c| c.code == code))
                    .map(|l| l.amount),
            )
        };
        let mut codes: BTreeSet<&str> = income.keys().copied().collect();
        codes.extend(
            budget
                .balances
                .iter()
                .filter(|l| l.fund == fund)
                .filter_map(|l| l.function.as_ref())
                .map(|c| c.code.as_str()),
        );
        codes.extend(spending.iter().filter(|(_, s)| !s.of_fund(fund).is_zero()).map(|(c, _)| c.as_str()));
        for code in codes {
            let (opening, closing) = (of_item(BalanceKind::Opening, code), of_item(BalanceKind::Closing, code));
            let got = income.get(code).copied().unwrap_or_default();
            let spent = spending.get(code).map(|s| s.of_fund(fund)).unwrap_or_default();
            let name = format!("{}（{code}）", fund.chinese());
            let Some((_, _, d)) = carry_over(budget, &name, [opening, got, spent, closing]) else { continue };
            let d = d.note(msg!("accounts-b5004-item-note", fund = fund.chinese()));
            let at = lines.iter().find(|i| i.function.as_ref().is_some_and(|c| c.code == code)).map(|i| i.span);
            let d = match at {
                Some(span) => d.primary(span, msg!("accounts-b5004-item-label")),
                None => d,
            };
            diags.push(d.help(msg!("accounts-b5004-item-help", fund = fund.chinese(), code = code)));
        }
    }
}

/// 年初 + 本年收入 − 本年支出 = 年末 of `who` (a fund, or a fund's 项), from `[opening,
/// income, spending, closing]`: None when it holds, else the gap, the 年末 the flows give,
/// and its B5004 (W5001 within the tolerance) without labels.
fn carry_over(
    budget: &Budget,
    who: &str,
    [opening, income, spending, closing]: [Decimal; 4],
) -> Option<(Decimal, Decimal, Diagnostic)> {
    let expected = money::plus(money::plus(opening, income), -spending);
    if expected == closing {
        return None;
    }
    let gap = money::plus(expected, -closing);
    let message = msg!(
        "accounts-b5004",
        fund = who,
        opening = fixed(opening),
        income = fixed(income),
        spending = fixed(spending),
        expected = fixed(expected),
        closing = fixed(closing),
        unit = budget.department.money.chinese()
    );
    Some((gap, expected, gapped(budget, Code::B5004, gap, message)))
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
    if budget.department.kind == Document::Accounts && sources.budgets.is_empty() {
        // W5008: the 预算数 of the tables and the narrative would all be 0.
        let year_line = sources.files.get(sources.root).and_then(|f| f.as_ref()).and_then(|f| {
            f.items.iter().find(|i| matches!(i.kind, crate::syntax::ast::ItemKind::Year { .. })).map(|i| i.span)
        });
        let d = Diagnostic::warning(Code::W5008, msg!("accounts-w5008", year = year))
            .help(msg!("accounts-w5008-help", year = year));
        diags.push(match year_line {
            Some(span) => d.primary(span, msg!("accounts-w5008-label", year = year)),
            None => d,
        });
    }
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
        if read.department.code != budget.department.code {
            diags.push(
                Diagnostic::error(
                    Code::B5005,
                    msg!(
                        "accounts-b5005-other-department",
                        code = read.department.code.as_str(),
                        name = read.department.name.as_str(),
                        expected = budget.department.code.as_str()
                    ),
                )
                .primary(*span, msg!("accounts-b5005-not-the-budget-label"))
                .help(msg!("accounts-b5005-other-department-help", expected = budget.department.code.as_str())),
            );
            continue;
        }
        *slot = Some(Box::new(read));
    }
    plans
}

/// B5010: a "三公" item of final accounts above its 全年预算 (else 年初预算); W5007 instead
/// when a `reason 三公经费 "…"` says why. 三公 money must not exceed its budget.
pub(crate) fn sangong(budget: &Budget, diags: &mut Diagnostics) {
    use crate::model::SangongItem as S;
    if budget.department.kind != Document::Accounts {
        return;
    }
    let Some(plan) = budget.plans.full_year() else { return };
    let unit = budget.department.money;
    let reason = budget.reasons.iter().find(|(k, _)| k == "三公经费").map(|(_, r)| r.as_str());
    let items: [(&str, &[S]); 4] = [
        ("因公出国（境）费", &[S::ResearchTravel, S::OtherTravel]),
        ("公务用车购置费", &[S::CarPurchase]),
        ("公务用车运行维护费", &[S::CarRunning]),
        ("公务接待费", &[S::Reception]),
    ];
    for (name, of) in items {
        let actual = budget.sangong_of(of, None);
        let planned = money::convert(plan.sangong_of(of, None), plan.department.money, unit);
        if actual <= planned {
            continue;
        }
        let over = money::plus(actual, -planned);
        let message = || {
            let role = if budget.plans.full.is_some() { "全年预算" } else { "年初预算" };
            msg!(
                "accounts-b5010",
                item = name,
                actual = fixed(actual),
                role = role,
                budget = fixed(planned),
                unit = unit.chinese()
            )
        };
        let d = match reason {
            Some(r) => Diagnostic::warning(Code::W5007, message())
                .note(msg!("accounts-w5007-note", reason = r))
                .help(msg!("accounts-w5007-help")),
            None => Diagnostic::error(Code::B5010, message()).help(msg!("accounts-b5010-help")),
        };
        let at = budget.sangong.iter().find(|l| of.contains(&l.item)).map(|l| l.span);
        diags.push(match at {
            Some(span) => d.primary(span, msg!("accounts-b5010-label", over = fixed(over), unit = unit.chinese())),
            None => d,
        });
    }
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
