//! Budget against actual: a 预算 and the 决算 of the same year compared per function 项
//! (with the 类 and 款 subtotals) and on the year's totals, as 预算数, 决算数, 差额
//! (决算 − 预算) and 完成率 (决算 ÷ 预算, half-up to 2 decimals; 无预算 when the budget is 0).
//! Figures are those the sides' tables print (a stated total within the tolerance wins).

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalog::{Catalog, Family};
use crate::model::ledger::Spend;
use crate::model::{money, Budget, Document, Fund, MoneyUnit, SpendKind};
use crate::msg;

use super::Side;

/// How two sides of a diff relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pairing {
    /// Both budgets or both final accounts: the ordinary diff.
    Same,
    /// A 预算 and a 决算 of the same year; `budget_is_old` says which side is the budget.
    BudgetActual {
        /// Whether the old side is the 预算.
        budget_is_old: bool,
    },
    /// A 预算 and a 决算 of different years.
    YearsDiffer {
        /// The 预算's year.
        budget: i32,
        /// The 决算's year.
        actual: i32,
    },
}

/// How `old` and `new` relate. A side without a department (the empty budget that stands
/// for a file added or removed) pairs with nothing: the ordinary diff lists its facts.
pub fn pairing(old: &Budget, new: &Budget) -> Pairing {
    let (a, b) = (&old.department, &new.department);
    let empty = |d: &crate::model::Department| d.code.is_empty() && d.name.is_empty();
    if a.kind == b.kind || empty(a) || empty(b) {
        return Pairing::Same;
    }
    let budget_is_old = a.kind == Document::Budget;
    let (budget, actual) = if budget_is_old { (a.year, b.year) } else { (b.year, a.year) };
    if budget == actual {
        Pairing::BudgetActual { budget_is_old }
    } else {
        Pairing::YearsDiffer { budget, actual }
    }
}

/// One compared figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// 合计 for the totals, 资金来源 for 支出合计 of one source, 类, 款 or 项 for the function tree.
    pub level: &'static str,
    /// The function code; for a total, its official term (支出合计, 基本支出 …, 一般公共预算拨款).
    pub code: String,
    /// The name as printed (the catalog's for a code; a total's label in the language of
    /// the output).
    pub name: String,
    /// 预算数.
    pub budget: String,
    /// 决算数.
    pub actual: String,
    /// 差额: 决算数 − 预算数, signed (`+5.00`, `-20.00`, `0.00`).
    pub delta: String,
    /// 完成率 in per cent without the sign (`101.85`); None when 预算数 is 0.
    pub rate: Option<String>,
    /// 完成率 as printed: `101.85%`, or 无预算 when 预算数 is 0.
    pub rate_text: String,
}

/// The comparison of a 预算 and its 决算.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Accounts {
    /// The 预算 side's name.
    pub budget: String,
    /// The 决算 side's name.
    pub actual: String,
    /// The year both are of.
    pub year: i32,
    /// The money unit of the figures (元 when the two sides' units differ).
    pub unit: &'static str,
    /// 支出合计 (followed by each funding source with spending), 基本支出, 项目支出,
    /// (单位预留机动经费,) 人员经费, 公用经费, 三公经费, 机关运行经费.
    pub totals: Vec<Row>,
    /// Every 类, 款 and 项 with spending on either side, in code order.
    pub functions: Vec<Row>,
    /// The same of 一般公共预算财政拨款 only (the figures of the 决算's 一般公共预算财政拨款支出决算表
    /// and of its 完成年初预算的x% sentences).
    pub general_public: Vec<Row>,
    /// The sides with errors: their figures are those of the facts that could be read.
    pub incomplete: Vec<String>,
}

impl Accounts {
    /// Whether every 决算数 equals its 预算数.
    pub fn is_balanced(&self) -> bool {
        self.totals.iter().chain(&self.functions).chain(&self.general_public).all(|r| r.budget == r.actual)
    }
}

fn signed(d: Decimal) -> String {
    if d.is_zero() {
        "0.00".to_owned()
    } else if d.is_sign_negative() {
        format!("{d:.2}")
    } else {
        format!("+{d:.2}")
    }
}

/// Compares budget figure `b` with actual `a`.
fn row(level: &'static str, code: String, name: String, b: Decimal, a: Decimal) -> Row {
    let delta = money::sub(a, b).map_or_else(|| "—".to_owned(), signed);
    let rate = if b.is_zero() { None } else { money::share(a, b).map(|r| format!("{r:.2}")) };
    let rate_text = match &rate {
        Some(r) => format!("{r}%"),
        None if b.is_zero() => msg!("cli-diff-acc-no-budget").to_string(),
        None => "—".to_owned(),
    };
    Row { level, code, name, budget: format!("{b:.2}"), actual: format!("{a:.2}"), delta, rate, rate_text }
}

/// A compared total: its official term, its label in the output's language, its figure.
type Total = (&'static str, fn() -> String, fn(&Budget) -> Decimal);

const TOTALS: [Total; 11] = [
    ("支出合计", || msg!("cli-diff-acc-total").to_string(), |b| b.spending_total().total()),
    ("基本支出", || msg!("cli-diff-acc-basic").to_string(), |b| b.spending_total().basic_total()),
    ("项目支出", || msg!("cli-diff-acc-project").to_string(), |b| b.spending_total().project_total()),
    ("单位预留机动经费", || msg!("cli-diff-acc-reserve").to_string(), |b| b.spending_total().reserve_total()),
    ("上缴上级支出", || msg!("cli-diff-acc-upper").to_string(), |b| b.spending_total().other_of(SpendKind::UpperRemit)),
    ("经营支出", || msg!("cli-diff-acc-operating").to_string(), |b| b.spending_total().other_of(SpendKind::Operating)),
    (
        "对附属单位补助支出",
        || msg!("cli-diff-acc-subsidy").to_string(),
        |b| b.spending_total().other_of(SpendKind::Subsidy),
    ),
    ("人员经费", || msg!("cli-diff-acc-personnel").to_string(), |b| b.staff_split().personnel),
    ("公用经费", || msg!("cli-diff-acc-public").to_string(), |b| b.staff_split().public),
    ("三公经费", || msg!("cli-diff-acc-sangong").to_string(), Budget::sangong_total),
    ("机关运行经费", || msg!("cli-diff-acc-running").to_string(), Budget::running_costs),
];

/// Compares the 预算 `budget` with the 决算 `actual` (of the same year).
pub fn compare(budget: &Side, actual: &Side) -> Accounts {
    let (b, a) = (&budget.budget, &actual.budget);
    let (bu, au) = (b.department.money, a.department.money);
    // Both in one unit: the common one, or 元 (万元 → 元 is exact).
    let unit = if bu == au { bu } else { MoneyUnit::Yuan };
    let (in_b, in_a) = (|v: Decimal| money::convert(v, bu, unit), |v: Decimal| money::convert(v, au, unit));
    let mut totals = vec![];
    for (term, label, figure) in TOTALS {
        // 支出合计 is stated as 本年支出合计 or 支出总计.
        let keys: &[&str] = if term == "支出合计" { &["本年支出合计", "支出总计"] } else { &[term] };
        let (x, y) =
            (in_b(b.printed(keys.iter().copied(), figure(b))), in_a(a.printed(keys.iter().copied(), figure(a))));
        // 单位预留机动经费 and the other kinds of spending only where there is some.
        let optional = term == "单位预留机动经费" || SpendKind::parse(term).is_some();
        if optional && x.is_zero() && y.is_zero() {
            continue;
        }
        totals.push(row("合计", term.to_owned(), label(), x, y));
    }
    // Each funding source with spending on either side, under 支出合计.
    let funds = Fund::ALL.iter().filter_map(|fund| {
        let (x, y) = (in_b(b.spending_of(*fund)), in_a(a.spending_of(*fund)));
        let name = msg!("cli-diff-acc-of-fund", fund = fund.chinese()).to_string();
        (!(x.is_zero() && y.is_zero())).then(|| row("资金来源", fund.chinese().to_owned(), name, x, y))
    });
    let at = 1.min(totals.len());
    let _ = totals.splice(at..at, funds.collect::<Vec<_>>());
    let names = names(b, a);
    let tree = |tb: &BTreeMap<String, Spend>, ta: &BTreeMap<String, Spend>| -> Vec<Row> {
        let codes: BTreeSet<&String> = tb.keys().chain(ta.keys()).collect();
        codes
            .into_iter()
            .map(|code| {
                let level = match code.len() {
                    3 => "类",
                    5 => "款",
                    _ => "项",
                };
                let amount = |t: &BTreeMap<String, Spend>| t.get(code).map(Spend::total).unwrap_or_default();
                let key = [code.as_str()];
                let (x, y) = (in_b(b.printed(key, amount(tb))), in_a(a.printed(key, amount(ta))));
                row(level, code.clone(), names.get(code).cloned().unwrap_or_default(), x, y)
            })
            .collect()
    };
    let functions = tree(&b.spending_tree(), &a.spending_tree());
    let general_public = tree(&b.spending_tree_of(Fund::GeneralPublic), &a.spending_tree_of(Fund::GeneralPublic));
    let incomplete = [budget, actual]
        .into_iter()
        .filter(|s| s.diagnostics.iter().any(|d| d.severity == crate::diag::Severity::Error))
        .map(|s| s.name.clone())
        .collect();
    Accounts {
        budget: budget.name.clone(),
        actual: actual.name.clone(),
        year: b.department.year,
        unit: unit.chinese(),
        totals,
        functions,
        general_public,
        incomplete,
    }
}

/// Function names: as resolved in the sides' lines (the 决算's first), else the catalog's.
fn names(b: &Budget, a: &Budget) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for side in [a, b] {
        let lines = side.basic.iter().map(|l| &l.function).chain(side.projects.iter().map(|p| &p.function));
        let others = side.reserve.iter().map(|r| &r.function).chain(side.spend.iter().map(|l| &l.function));
        for f in lines.chain(others) {
            if !f.code.is_empty() && !f.name.is_empty() {
                let _ = out.entry(f.code.clone()).or_insert_with(|| f.name.clone());
            }
        }
    }
    let catalog = Catalog::builtin(a.department.year);
    for side in [a, b] {
        for code in side.spending_tree().keys() {
            if !out.contains_key(code) {
                let _ = out.insert(code.clone(), catalog.name(Family::Function, code).to_owned());
            }
        }
    }
    out
}
