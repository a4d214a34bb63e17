//! Identities between facts (DESIGN.md §5) and stated totals, which are assertions.

use rust_decimal::Decimal;

use super::facts::Stated;
use crate::catalog::Family;
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::{
    money, AssetCategory, BalanceKind, Budget, Document, Fund, PurchaseCategory, SangongItem, SpendKind,
};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::Token;

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
    amounts.extend(budget.reserve.iter().map(|r| (Some(r.amount), Some(r.span))));
    amounts.extend(budget.spend.iter().map(|l| (Some(l.amount), Some(l.span))));
    amounts.extend(budget.balances.iter().map(|b| (Some(b.amount), Some(b.span))));
    amounts.extend(budget.sangong.iter().map(|s| (Some(s.amount), Some(s.span))));
    amounts.extend(budget.assets.iter().flat_map(|a| a.rows.iter()).filter_map(|r| r.value).map(|v| (Some(v), None)));
    amounts.extend(
        budget.purchases.iter().map(|p| (p.stated.map_or_else(|| money::mul(p.quantity, p.price), Some), None)),
    );
    let mut total = Some(Decimal::ZERO);
    for (amount, span) in amounts {
        total = total.zip(amount).and_then(|(t, a)| money::add(t, a.abs()));
        if total.is_none() {
            let mut d = Diagnostic::error(Code::B2005, msg!("perf-b2005-total"))
                .note(msg!("perf-b2005-total-note"))
                .help(msg!("perf-b2005-total-help"));
            if let Some(span) = span {
                d = d.primary(span, msg!("perf-b2005-total-label"));
            }
            diags.push(d);
            return false;
        }
    }
    true
}

/// Runs every identity check; called only when no fact was dropped. Returns the stated
/// totals within the tolerance (W2001), which tables print as stated.
pub(crate) fn check(
    budget: &Budget,
    totals: &[Stated],
    diags: &mut Diagnostics,
) -> std::collections::BTreeMap<String, (Decimal, Decimal)> {
    if budget.department.kind == Document::Accounts {
        super::accounts::identities(budget, diags);
    } else {
        funds_balance(budget, diags);
    }
    super::views::check(budget, diags);
    sangong_covers_basic(budget, diags);
    offices_within_buildings(budget, diags);
    vehicles_by_use(budget, diags);
    totals.iter().filter_map(|stated| stated_total(budget, stated, diags)).collect()
}

/// An amount with two decimals, as the tables print it.
pub(crate) fn fixed(amount: Decimal) -> String {
    format!("{amount:.2}")
}

/// How the income row of `fund` is called: 一般公共预算拨款收入, but 事业收入 as it is.
fn row(fund: Fund) -> &'static str {
    if fund.chinese().ends_with("收入") || fund == Fund::Carryover {
        "named"
    } else {
        "fund"
    }
}

/// C10–C12 (and so C3): income by fund = expenditure by fund. Runs only when every fact
/// was read, so the computed expenditure is the whole of it: the help may name it, as
/// the income that would balance it if the expenditure lines are right.
fn funds_balance(budget: &Budget, diags: &mut Diagnostics) {
    let spent = budget.spending_total();
    let unit = budget.department.money.chinese();
    for &fund in Fund::ALL {
        let income = budget.income_of(fund);
        let spending = spent.of_fund(fund);
        if income == spending {
            continue;
        }
        let basic = spent.basic.get(&fund).copied().unwrap_or_default();
        let project = spent.project.get(&fund).copied().unwrap_or_default();
        let reserve = spent.reserve.get(&fund).copied().unwrap_or_default();
        let other = spent.other_of_fund(fund);
        let mut d = if !other.is_zero() {
            // The parts by name: 基本支出 1.00 + 项目支出 2.00 + 经营支出 3.00.
            let mut parts = vec![format!("基本支出 {}", fixed(basic)), format!("项目支出 {}", fixed(project))];
            if !reserve.is_zero() {
                parts.push(format!("单位预留机动经费 {}", fixed(reserve)));
            }
            for kind in SpendKind::ALL {
                let v = spent.other.get(&(*kind, fund)).copied().unwrap_or_default();
                if !v.is_zero() {
                    parts.push(format!("{} {}", kind.chinese(), fixed(v)));
                }
            }
            Diagnostic::error(
                Code::B2104,
                msg!(
                    "perf-b2104-spend",
                    fund = fund.chinese(),
                    row = row(fund),
                    income = fixed(income),
                    spending = fixed(spending),
                    parts = parts.join(" + "),
                    unit = unit
                ),
            )
            .note(msg!("perf-b2104-spend-note"))
        } else if reserve.is_zero() {
            Diagnostic::error(
                Code::B2104,
                msg!(
                    "perf-b2104",
                    fund = fund.chinese(),
                    row = row(fund),
                    income = fixed(income),
                    spending = fixed(spending),
                    basic = fixed(basic),
                    project = fixed(project),
                    unit = unit
                ),
            )
            .note(msg!("perf-b2104-note"))
        } else {
            Diagnostic::error(
                Code::B2104,
                msg!(
                    "perf-b2104-reserve",
                    fund = fund.chinese(),
                    row = row(fund),
                    income = fixed(income),
                    spending = fixed(spending),
                    basic = fixed(basic),
                    project = fixed(project),
                    reserve = fixed(reserve),
                    unit = unit
                ),
            )
            .note(msg!("perf-b2104-reserve-note"))
        };
        let help = match budget.income.iter().find(|i| i.fund == fund) {
            Some(line) => {
                d = d.primary(
                    line.span,
                    msg!("perf-b2104-label", income = fixed(line.amount), spending = fixed(spending)),
                );
                msg!("perf-b2104-help", fund = fund.chinese(), spending = fixed(spending))
            }
            None => {
                let first = budget
                    .basic
                    .iter()
                    .filter(|l| l.fund == fund)
                    .map(|l| l.span)
                    .chain(budget.projects.iter().filter(|p| p.fund == fund).map(|p| p.span))
                    .chain(budget.reserve.iter().filter(|r| r.fund == fund).map(|r| r.span))
                    .chain(budget.spend.iter().filter(|l| l.fund == fund).map(|l| l.span))
                    .min();
                if let Some(span) = first {
                    d = d.primary(span, msg!("perf-b2104-no-income-label", fund = fund.chinese()));
                }
                msg!("perf-b2104-no-income-help", fund = fund.chinese(), spending = fixed(spending))
            }
        };
        diags.push(d.help(help));
    }
}

/// C20: each 三公 figure ≥ its economic 款 in basic expenditure (财政拨款 funds).
fn sangong_covers_basic(budget: &Budget, diags: &mut Diagnostics) {
    let groups: [&[SangongItem]; 6] = [
        &[SangongItem::ResearchTravel, SangongItem::OtherTravel],
        &[SangongItem::CarPurchase],
        &[SangongItem::CarRunning],
        &[SangongItem::Reception],
        &[SangongItem::Meeting],
        &[SangongItem::Training],
    ];
    for items in groups {
        let Some(first) = items.first() else { continue };
        // 会议费 and 培训费 are compared only where the budget states them (a Hebei budget
        // pays 30215 without a 会议费 figure).
        if !first.is_sangong() && !budget.sangong.iter().any(|s| s.item == *first) {
            continue;
        }
        let code = first.economic_code();
        let basic = money::total(
            budget.basic.iter().filter(|l| l.fund.is_fiscal() && l.economic.code == code).map(|l| l.amount),
        );
        let figure = budget.sangong_of(items, None);
        if figure >= basic {
            continue;
        }
        let name = if items.len() == 2 { "因公出国（境）费" } else { first.chinese() };
        let unit = budget.department.money.chinese();
        let (figure_text, basic_text) = (fixed(figure), fixed(basic));
        let (message, note, help) = if first.is_sangong() {
            (
                msg!("perf-b2107", item = name, figure = &figure_text, code = code, basic = &basic_text, unit = unit),
                msg!("perf-b2107-note"),
                msg!("perf-b2107-help", item = name, basic = &basic_text, code = code, unit = unit),
            )
        } else {
            (
                msg!(
                    "perf-b2107-beside",
                    item = name,
                    figure = &figure_text,
                    code = code,
                    basic = &basic_text,
                    unit = unit
                ),
                msg!("perf-b2107-beside-note", item = name, code = code),
                msg!("perf-b2107-beside-help", item = name, basic = &basic_text, code = code, unit = unit),
            )
        };
        let mut d = Diagnostic::error(Code::B2107, message).note(note);
        if let Some(line) = budget.sangong.iter().find(|s| items.contains(&s.item)) {
            d = d.primary(line.span, msg!("perf-b2107-label", figure = fixed(figure), basic = fixed(basic)));
        }
        if let Some(line) = budget.basic.iter().find(|l| l.fund.is_fiscal() && l.economic.code == code) {
            d = d.secondary(line.span, msg!("perf-b2107-basic", code = code, name = &line.economic.name));
        }
        diags.push(d.help(help));
    }
}

/// C29: 办公用房 is part of 房屋.
fn offices_within_buildings(budget: &Budget, diags: &mut Diagnostics) {
    let Some(assets) = &budget.assets else { return };
    let (Some(office), buildings) = (assets.row(AssetCategory::Office), assets.row(AssetCategory::Buildings)) else {
        return;
    };
    let (bq, bv) = buildings.map_or((Decimal::ZERO, Some(Decimal::ZERO)), |b| (b.quantity, b.value));
    // A value compares only where both rows state one (a row may give its quantity alone).
    let larger = office.value.zip(bv).is_some_and(|(o, b)| o > b);
    let (office_value, bv) = (office.value.unwrap_or_default(), bv.unwrap_or_default());
    if office.quantity > bq || larger {
        let unit = budget.department.money.chinese();
        let mut d = Diagnostic::error(
            Code::B2109,
            msg!(
                "perf-b2109-offices",
                office_area = office.quantity,
                office_value = fixed(office_value),
                building_area = bq,
                building_value = fixed(bv),
                unit = unit
            ),
        )
        .primary(office.span, msg!("perf-b2109-offices-label"));
        if let Some(b) = buildings {
            d = d.secondary(b.span, msg!("perf-b2109-offices-buildings"));
        }
        diags.push(d.note(msg!("perf-b2109-offices-note")).help(msg!("perf-b2109-offices-help")));
    }
}

/// The vehicles by use (部级领导干部用车 … 其他用车) add up to 车辆, in number and, where every
/// row states one, in value (B2109).
fn vehicles_by_use(budget: &Budget, diags: &mut Diagnostics) {
    let Some(assets) = &budget.assets else { return };
    let uses: Vec<_> = assets.rows.iter().filter(|r| r.category.is_vehicle_use()).collect();
    let (Some(vehicles), Some(first)) = (assets.row(AssetCategory::Vehicles), uses.first()) else { return };
    let count = money::total(uses.iter().map(|r| r.quantity));
    let values: Option<Vec<Decimal>> = uses.iter().map(|r| r.value).collect();
    let value = values.map(money::total);
    let (message, label) = if count != vehicles.quantity {
        (
            msg!("perf-b2109-vehicles", uses = count.normalize(), vehicles = vehicles.quantity.normalize()),
            msg!("perf-b2109-vehicles-label", uses = count.normalize()),
        )
    } else if let Some((v, total)) = value.zip(vehicles.value).filter(|(v, total)| v != total) {
        let unit = budget.department.money.chinese();
        (
            msg!("perf-b2109-vehicles-value", uses = fixed(v), vehicles = fixed(total), unit = unit),
            msg!("perf-b2109-vehicles-value-label", uses = fixed(v), unit = unit),
        )
    } else {
        return;
    };
    diags.push(
        Diagnostic::error(Code::B2109, message)
            .primary(vehicles.span, label)
            .secondary(first.span, msg!("perf-b2109-vehicles-first"))
            .note(msg!("perf-b2109-vehicles-note"))
            .help(msg!("perf-b2109-vehicles-help")),
    );
}

/// What a `total` key refers to: the computed value, the identity it belongs to, and how
/// it is computed (for the label of a stated total that differs). None for a key that
/// budgetc does not compute, including a code that is in neither classification.
pub(crate) fn computed(budget: &Budget, key: &str) -> Option<(Decimal, Code, Message)> {
    let spent = budget.spending_total();
    let carry = budget.income_of(Fund::Carryover);
    let split = budget.staff_split();
    let travel = [SangongItem::ResearchTravel, SangongItem::OtherTravel];
    let cars = [SangongItem::CarPurchase, SangongItem::CarRunning];
    let r = match key {
        "本年收入合计" => (budget.income_this_year(), Code::B2101, msg!("perf-how-income-this-year")),
        "本年支出合计" => (spent.total(), Code::B2101, msg!("perf-how-spending-this-year")),
        "收入总计" => (money::plus(budget.income_this_year(), carry), Code::B2101, msg!("perf-how-income-total")),
        "支出总计" => (spent.total(), Code::B2101, msg!("perf-how-spending-total")),
        // 收入支出总计 (决算: 本年收入 + 使用非财政拨款结余 + 年初结转和结余 = 总计; 预算: 收入总计).
        "收入支出总计" => {
            let use_of = budget.balance_of(BalanceKind::UseOfBalance, None);
            let opening = budget.balance_of(BalanceKind::Opening, None);
            let total = money::plus(money::plus(money::plus(budget.income_this_year(), carry), use_of), opening);
            (total, Code::B5003, msg!("perf-how-grand-total"))
        }
        "财政拨款收入支出总计" => {
            let opening = money::total(Fund::FISCAL.iter().map(|f| budget.balance_of(BalanceKind::Opening, Some(*f))));
            (money::plus(budget.income_fiscal(), opening), Code::B5004, msg!("perf-how-fiscal-grand-total"))
        }
        "基本支出" => (spent.basic_total(), Code::B2103, msg!("perf-how-basic")),
        "项目支出" => (spent.project_total(), Code::B2103, msg!("perf-how-project")),
        "单位预留机动经费" => (spent.reserve_total(), Code::B2103, msg!("perf-how-reserve")),
        "财政拨款" => {
            (money::total(Fund::FISCAL.iter().map(|f| spent.of_fund(*f))), Code::B2104, msg!("perf-how-fiscal"))
        }
        "人员经费" => (split.personnel, Code::B2105, msg!("perf-how-personnel")),
        "公用经费" => (split.public, Code::B2105, msg!("perf-how-public")),
        "三公经费" => (budget.sangong_total(), Code::B2106, msg!("perf-how-sangong")),
        "因公出国（境）费" => (budget.sangong_of(&travel, None), Code::B2106, msg!("perf-how-travel")),
        "公务用车购置及运维费" => (budget.sangong_of(&cars, None), Code::B2106, msg!("perf-how-cars")),
        "机关运行经费" => (budget.running_costs(), Code::B2108, msg!("perf-how-running")),
        "政府采购" => (purchases(budget, None), Code::B2007, msg!("perf-how-purchases")),
        "政府采购货物" | "政府采购工程" | "政府采购服务" => {
            let category = key.strip_prefix("政府采购").and_then(PurchaseCategory::parse)?;
            let how = msg!("perf-how-purchases-of", category = category.chinese());
            (purchases(budget, Some(category)), Code::B2007, how)
        }
        "资产总额" => {
            (budget.assets.as_ref().map(|a| a.total()).unwrap_or_default(), Code::B2109, msg!("perf-how-assets"))
        }
        _ => {
            if let Some(kind) = SpendKind::parse(key) {
                (spent.other_of(kind), Code::B2103, msg!("perf-how-spend", kind = kind.chinese()))
            } else if let Some(item) = SangongItem::parse(key) {
                (budget.sangong_of(&[item], None), Code::B2106, msg!("perf-how-sangong-item", item = item.chinese()))
            } else if let Some(fund) = Fund::parse(key) {
                (spent.of_fund(fund), Code::B2104, msg!("perf-how-fund", fund = fund.chinese()))
            } else if key.bytes().all(|b| b.is_ascii_digit()) {
                let catalog = crate::catalog::Catalog::builtin(budget.department.year);
                let declared_fn =
                    budget.basic.iter().map(|l| &l.function).chain(budget.projects.iter().map(|p| &p.function));
                let is_function = catalog.get(Family::Function, key).is_some()
                    || declared_fn.into_iter().any(|c| c.code.starts_with(key));
                let is_economic = catalog.get(Family::Economic, key).is_some()
                    || budget.basic.iter().any(|l| l.economic.code.starts_with(key));
                if is_function {
                    let tree = budget.spending_tree();
                    let v = tree.get(key).map(|s| s.total()).unwrap_or_default();
                    (v, Code::B2102, msg!("perf-how-function", code = key))
                } else if is_economic {
                    (budget.basic_economic(key), Code::B2105, msg!("perf-how-economic", code = key))
                } else {
                    return None;
                }
            } else {
                return None;
            }
        }
    };
    Some(r)
}

/// 政府采购金额 of all purchase lines, or of one 品目大类.
fn purchases(budget: &Budget, category: Option<PurchaseCategory>) -> Decimal {
    money::total(budget.purchases.iter().filter(|p| category.is_none_or(|c| p.category == Some(c))).map(|p| p.amount()))
}

/// A stated total is an assertion: it must equal the computed value. It runs only when
/// every fact was read, so the computed value is known to be right if the lines are: the
/// help may propose it.
fn stated_total(budget: &Budget, stated: &Stated, diags: &mut Diagnostics) -> Option<(String, (Decimal, Decimal))> {
    let key = stated.key.text.as_str();
    let Some((value, code, how)) = computed(budget, key) else {
        diags.push(unknown_total(&stated.key));
        return None;
    };
    if value == stated.amount {
        return None;
    }
    // Both sides are below the grand total checked by `bounded`: the difference is exact.
    let difference = money::sub(stated.amount, value).unwrap_or(Decimal::MAX);
    let gap = difference.abs();
    let unit = budget.department.money.chinese();
    let (stated_text, computed_text) = (fixed(stated.amount), fixed(value));
    let tolerance = budget.department.tolerance;
    let kind = if key.bytes().all(|b| b.is_ascii_digit()) { "code" } else { "term" };
    let d = if gap <= tolerance {
        Diagnostic::warning(
            Code::W2001,
            msg!(
                "perf-w2001",
                key = key,
                kind = kind,
                stated = &stated_text,
                computed = &computed_text,
                tolerance = tolerance,
                unit = unit
            ),
        )
    } else {
        Diagnostic::error(
            code,
            msg!("perf-total", key = key, kind = kind, stated = &stated_text, computed = &computed_text, unit = unit),
        )
    };
    diags.push(
        d.primary(stated.span, msg!("perf-total-label", computed = &computed_text))
            .secondary(stated.key.span, msg!("perf-total-how", key = key, how = how))
            .note(msg!("perf-total-note", difference = fixed(difference), unit = unit))
            .help(msg!("perf-total-help", key = key, computed = &computed_text)),
    );
    (gap <= tolerance).then(|| (key.to_owned(), (value, stated.amount)))
}

/// B1001 for a code of the catalog that no line uses, so that it has no figure. Every
/// other unknown key was reported when the totals were read (`facts::checked_totals`,
/// with the closest key) and does not reach the identities.
fn unknown_total(key: &Token) -> Diagnostic {
    Diagnostic::error(Code::B1001, msg!("perf-total-unknown-code", code = &key.text))
        .primary(key.span, msg!("perf-total-unknown-code-label"))
        .help(msg!("perf-total-unknown-code-help"))
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

    /// TEXT without its 事业收入, which no line spends.
    fn base() -> String {
        TEXT.replace("income 事业收入 10.00\n", "")
    }

    fn checked(text: &str) -> (crate::model::Budget, Vec<Code>) {
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", text, &mut diags);
        let budget = crate::check::check_partial(&sources, &mut diags);
        (budget, diags.as_slice().iter().map(|d| d.code).collect())
    }

    /// 单位预留机动经费 is spending of its fund: with it, income 115 balances 110 + 5.
    #[test]
    fn a_reserve_line_counts_in_the_fund_balance() {
        let text = base().replace("拨款 110.00", "拨款 115.00");
        let (_, codes) = checked(&text);
        assert_eq!(codes, [Code::B2104], "without the reserve line the fund does not balance");
        let (budget, codes) = checked(&format!(
            "{text}reserve 2080101 行政运行 5.00
total 单位预留机动经费 5.00
total 支出总计 115.00
total 基本支出 110.00
"
        ));
        assert!(codes.is_empty(), "{codes:?}");
        let spent = budget.spending_total();
        assert_eq!(spent.of_fund(crate::model::Fund::GeneralPublic), Decimal::new(11500, 2));
        assert_eq!(spent.reserve_total(), Decimal::new(500, 2));
        let tree = budget.spending_tree();
        assert_eq!(tree.get("208").map(|s| s.total()), Some(Decimal::new(11500, 2)));
        let cube = crate::model::cube::Cube::new(&budget);
        let reserve =
            crate::model::cube::Filter { kind: Some(vec![crate::model::cube::Kind::Reserve]), ..Default::default() };
        assert_eq!(cube.sum(&[&reserve]), Decimal::new(500, 2));
    }

    /// 会议费 and 培训费 stand in the `sangong` block but are no part of 三公经费.
    #[test]
    fn meeting_and_training_fees_are_not_sangong() {
        let text = format!("{}sangong\n  公务接待费 1.00\n  会议费 20.00\n  培训费 3.00\n", base());
        let (budget, codes) = checked(&text);
        assert!(codes.is_empty(), "{codes:?}");
        let value = |key: &str| super::computed(&budget, key).map(|(v, _, _)| v);
        assert_eq!(value("三公经费"), Some(Decimal::new(100, 2)));
        assert_eq!(value("会议费"), Some(Decimal::new(2000, 2)));
        assert_eq!(value("培训费"), Some(Decimal::new(300, 2)));
    }
}
