//! Identities between facts (DESIGN.md §5) and stated totals, which are assertions.

use rust_decimal::Decimal;

use super::facts::Stated;
use crate::catalog::Family;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, AssetCategory, Budget, Fund, SangongItem};
use crate::span::Span;

/// B2005: the grand total of every amount (income, basic lines, projects, 三公, assets,
/// purchases) must be exact. Every figure the checks and the tables compute is a part of
/// it (all amounts are ≥ 0), so then no figure saturates. False (after reporting once)
/// if it overflows: the identity checks are then skipped. With each amount below 10^15
/// this needs some 10^13 lines: no file reaches it, but the model is public.
pub(crate) fn bounded(budget: &Budget, diags: &mut Diagnostics) -> bool {
    let mut amounts: Vec<(Option<Decimal>, Option<Span>)> = vec![];
    amounts.extend(budget.income.iter().map(|i| (Some(i.amount), Some(i.span))));
    amounts.extend(budget.basic.iter().map(|l| (Some(l.amount), Some(l.span))));
    amounts.extend(budget.projects.iter().map(|p| (money::add(p.fiscal, p.other), Some(p.span))));
    amounts.extend(budget.sangong.iter().map(|s| (Some(s.amount), Some(s.span))));
    amounts.extend(budget.assets.iter().flat_map(|a| a.rows.iter()).map(|r| (Some(r.value), None)));
    amounts.extend(budget.purchases.iter().map(|p| (money::mul(p.quantity, p.price), None)));
    let mut total = Some(Decimal::ZERO);
    for (amount, span) in amounts {
        total = total.zip(amount).and_then(|(t, a)| money::add(t, a.abs()));
        if total.is_none() {
            let mut d = Diagnostic::error(Code::B2005, "the total of the amounts is out of range")
                .note("budgetc adds every amount exactly; this sum has more than 28 digits")
                .help("check the money unit and the digits of the largest amounts");
            if let Some(span) = span {
                d = d.primary(span, "the sum overflows here");
            }
            diags.push(d);
            return false;
        }
    }
    true
}

/// Runs every identity check; called only when no fact was dropped.
pub(crate) fn check(budget: &Budget, totals: &[Stated], diags: &mut Diagnostics) {
    funds_balance(budget, diags);
    sangong_covers_basic(budget, diags);
    offices_within_buildings(budget, diags);
    for stated in totals {
        stated_total(budget, stated, diags);
    }
}

/// C10–C12 (and so C3): income by fund = expenditure by fund.
fn funds_balance(budget: &Budget, diags: &mut Diagnostics) {
    let spent = budget.spending_total();
    for &fund in Fund::ALL {
        let income = budget.income_of(fund);
        let spending = spent.of_fund(fund);
        if income == spending {
            continue;
        }
        let basic = spent.basic.get(&fund).copied().unwrap_or_default();
        let project = spent.project.get(&fund).copied().unwrap_or_default();
        let mut d = Diagnostic::error(
            Code::B2104,
            format!("income from {} is {income:.2}, but its expenditure is {spending:.2}", fund.chinese()),
        )
        .note(format!(
            "expenditure of {}: 基本支出 {basic:.2} + 项目支出 {project:.2} = {spending:.2}",
            fund.chinese()
        ));
        match budget.income.iter().find(|i| i.fund == fund) {
            Some(line) => d = d.primary(line.span, format!("{:.2} ≠ {spending:.2}", line.amount)),
            None => {
                let first = budget
                    .basic
                    .iter()
                    .filter(|l| l.fund == fund)
                    .map(|l| l.span)
                    .chain(budget.projects.iter().filter(|p| p.fund == fund).map(|p| p.span))
                    .min();
                if let Some(span) = first {
                    d = d.primary(span, format!("spends {} but no income line brings it in", fund.chinese()));
                }
            }
        }
        diags.push(d.help(format!(
            "state `income {} {spending:.2}`, or correct the expenditure lines of that fund",
            fund.chinese()
        )));
    }
}

/// C20: each 三公 figure ≥ its economic 款 in basic expenditure (财政拨款 funds).
fn sangong_covers_basic(budget: &Budget, diags: &mut Diagnostics) {
    let groups: [&[SangongItem]; 4] = [
        &[SangongItem::ResearchTravel, SangongItem::OtherTravel],
        &[SangongItem::CarPurchase],
        &[SangongItem::CarRunning],
        &[SangongItem::Reception],
    ];
    for items in groups {
        let Some(first) = items.first() else { continue };
        let code = first.economic_code();
        let basic = money::total(
            budget.basic.iter().filter(|l| l.fund.is_fiscal() && l.economic.code == code).map(|l| l.amount),
        );
        let figure = budget.sangong_of(items, None);
        if figure >= basic {
            continue;
        }
        let name = if items.len() == 2 { "因公出国（境）费" } else { first.chinese() };
        let mut d = Diagnostic::error(
            Code::B2107,
            format!("三公 {name} is {figure:.2}, below basic expenditure {code} of {basic:.2}"),
        );
        if let Some(line) = budget.sangong.iter().find(|s| items.contains(&s.item)) {
            d = d.primary(line.span, format!("{figure:.2} < {basic:.2}"));
        }
        if let Some(line) = budget.basic.iter().find(|l| l.economic.code == code) {
            d = d.secondary(line.span, format!("{code} {} in basic expenditure", line.economic.name));
        }
        diags.push(d.help(format!("state at least {basic:.2} for {name} in the `sangong` block")));
    }
}

/// C29: 办公用房 is part of 房屋.
fn offices_within_buildings(budget: &Budget, diags: &mut Diagnostics) {
    let Some(assets) = &budget.assets else { return };
    let (Some(office), buildings) = (assets.row(AssetCategory::Office), assets.row(AssetCategory::Buildings)) else {
        return;
    };
    let (bq, bv) = buildings.map_or((Decimal::ZERO, Decimal::ZERO), |b| (b.quantity, b.value));
    if office.quantity > bq || office.value > bv {
        diags.push(
            Diagnostic::error(Code::B2109, "办公用房 exceeds 房屋, of which it is a part")
                .note(format!("办公用房 {} m² / {}; 房屋 {bq} m² / {bv}", office.quantity, office.value))
                .help("办公用房 is counted inside 房屋: state 房屋 with all buildings"),
        );
    }
}

/// What a `total` key refers to: the computed value and the identity it belongs to.
pub(crate) fn computed(budget: &Budget, key: &str) -> Option<(Decimal, Code, String)> {
    let spent = budget.spending_total();
    let carry = budget.income_of(Fund::Carryover);
    let split = budget.staff_split();
    let travel = [SangongItem::ResearchTravel, SangongItem::OtherTravel];
    let cars = [SangongItem::CarPurchase, SangongItem::CarRunning];
    let r = match key {
        "本年收入合计" => (budget.income_this_year(), Code::B2101, "Σ income rows".into()),
        "本年支出合计" => (spent.total(), Code::B2101, "Σ 类 rows".into()),
        "收入总计" => {
            (money::plus(budget.income_this_year(), carry), Code::B2101, "本年收入合计 + 上年结转结余".into())
        }
        "支出总计" => (spent.total(), Code::B2101, "本年支出合计 + 年终结转结余".into()),
        "基本支出" => (spent.basic_total(), Code::B2103, "Σ basic lines".into()),
        "项目支出" => (spent.project_total(), Code::B2103, "Σ project amounts".into()),
        "财政拨款" => (
            money::total(Fund::FISCAL.iter().map(|f| spent.of_fund(*f))),
            Code::B2104,
            "一般公共预算 + 政府性基金 + 国有资本经营".into(),
        ),
        "人员经费" => (split.personnel, Code::B2105, "301 + 303".into()),
        "公用经费" => (split.public, Code::B2105, "302 (+ 310)".into()),
        "三公经费" => {
            (money::total(budget.sangong.iter().map(|s| s.amount)), Code::B2106, "出国 + 车 + 接待".into())
        }
        "因公出国（境）费" => (budget.sangong_of(&travel, None), Code::B2106, "教学科研人员 + 其他".into()),
        "公务用车购置及运维费" => (budget.sangong_of(&cars, None), Code::B2106, "购置 + 运行维护".into()),
        "机关运行经费" => (budget.running_costs(), Code::B2108, "公用经费 of 行政 and 参公 units".into()),
        "资产总额" => (
            budget.assets.as_ref().map(|a| a.total()).unwrap_or_default(),
            Code::B2109,
            "房屋 + 车辆 + 单价20万元以上设备 + 其他固定资产".into(),
        ),
        _ => {
            if let Some(item) = SangongItem::parse(key) {
                (budget.sangong_of(&[item], None), Code::B2106, format!("the {} lines", item.chinese()))
            } else if let Some(fund) = Fund::parse(key) {
                (spent.of_fund(fund), Code::B2104, format!("expenditure of {}", fund.chinese()))
            } else if key.bytes().all(|b| b.is_ascii_digit()) {
                let catalog = crate::catalog::Catalog::builtin(budget.department.year);
                let declared_fn =
                    budget.basic.iter().map(|l| &l.function).chain(budget.projects.iter().map(|p| &p.function));
                let is_function = catalog.get(Family::Function, key).is_some()
                    || declared_fn.into_iter().any(|c| c.code.starts_with(key));
                if is_function {
                    let tree = budget.spending_tree();
                    let v = tree.get(key).map(|s| s.total()).unwrap_or_default();
                    (v, Code::B2102, format!("Σ expenditure under {key}"))
                } else {
                    (budget.basic_economic(key), Code::B2105, format!("Σ basic expenditure under {key}"))
                }
            } else {
                return None;
            }
        }
    };
    Some(r)
}

const KEYS: &str = "本年收入合计, 本年支出合计, 收入总计, 支出总计, 基本支出, 项目支出, 财政拨款, a funding source, 人员经费, 公用经费, 三公经费, a 三公 item, 机关运行经费, 资产总额, or a classification code";

/// A stated total is an assertion: it must equal the computed value.
fn stated_total(budget: &Budget, stated: &Stated, diags: &mut Diagnostics) {
    let Some((value, code, how)) = computed(budget, &stated.key.text) else {
        diags.push(
            Diagnostic::error(Code::B1008, format!("unknown total `{}`", stated.key.text))
                .primary(stated.key.span, "not a total budgetc computes")
                .help(format!("write one of: {KEYS}")),
        );
        return;
    };
    if value == stated.amount {
        return;
    }
    // Both sides are below the grand total checked by `bounded`: the difference is exact.
    let difference = money::sub(stated.amount, value).unwrap_or(Decimal::MAX);
    let gap = difference.abs();
    let message = format!("stated {} {:.2} differs from the computed {value:.2}", stated.key.text, stated.amount);
    let d = if gap <= budget.department.tolerance {
        Diagnostic::warning(Code::W2001, format!("{message} (within the tolerance {})", budget.department.tolerance))
    } else {
        Diagnostic::error(code, message)
    };
    diags.push(
        d.primary(stated.span, format!("computed {value:.2}"))
            .secondary(stated.key.span, format!("{} = {how}", stated.key.text))
            .note(format!("difference {difference:.2}"))
            .help(format!("write `total {} {value:.2}`, or find the line that is off", stated.key.text)),
    );
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use crate::diag::{Code, Diagnostics};

    const TEXT: &str = "department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"本级\" kind 行政 level \"正处级\" funding 财政拨款\nincome 一般公共预算拨款 110.00\nincome 事业收入 10.00\nbasic 2080101 行政运行\n  人员 30101 基本工资 100.00\n  公用 30201 办公费 10.00\n";

    fn model() -> crate::model::Budget {
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", TEXT, &mut diags);
        crate::check::check_partial(&sources, &mut diags)
    }

    #[test]
    fn the_grand_total_within_range_passes() {
        let mut diags = Diagnostics::new();
        assert!(super::bounded(&model(), &mut diags));
        assert!(diags.is_empty());
    }

    /// B2005 cannot come from a file (it needs ~10^13 lines of the largest amount): a
    /// model with amounts beyond the range reports it once, at the line that overflows.
    #[test]
    fn a_grand_total_out_of_range_is_reported_once() {
        let mut budget = model();
        for i in &mut budget.income {
            i.amount = Decimal::MAX;
        }
        let mut diags = Diagnostics::new();
        assert!(!super::bounded(&budget, &mut diags));
        let codes: Vec<Code> = diags.as_slice().iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::B2005]);
        let second = budget.income.get(1).map(|i| i.span);
        assert_eq!(diags.as_slice().first().and_then(|d| d.location()), second);
    }
}
