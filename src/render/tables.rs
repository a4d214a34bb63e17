//! The nine standard tables (Hebei 2024 template) as views of the budget.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::table::{chinese_number, head, heads, Cell, Head, Row, RowKind, Table};
use crate::catalog::{Catalog, Family};
use crate::model::ledger::Spend;
use crate::model::{money as amounts, Budget, Fund, SangongItem};

/// Builds T1–T9 in order.
pub fn tables(budget: &Budget) -> Vec<Table> {
    let catalog = Catalog::builtin(budget.department.year);
    let names = Names::new(budget, &catalog);
    vec![
        t1_summary(budget),
        t2_income(budget, &names),
        t3_expenditure(budget, &names),
        t4_fiscal_summary(budget),
        fund_table(budget, &names, Fund::GeneralPublic, "t5", "部门预算一般公共预算财政拨款支出表"),
        t6_basic_economic(budget, &names),
        fund_table(budget, &names, Fund::GovernmentFund, "t7", "部门预算政府性基金预算财政拨款支出表"),
        fund_table(budget, &names, Fund::StateCapital, "t8", "部门预算国有资本经营预算财政拨款支出表"),
        t9_sangong(budget),
    ]
}

/// Names of the codes a budget uses, from the catalog and the codes resolved in it.
struct Names<'c> {
    catalog: &'c Catalog,
    resolved: BTreeMap<(Family, String), String>,
}

impl<'c> Names<'c> {
    fn new(budget: &Budget, catalog: &'c Catalog) -> Names<'c> {
        let mut resolved = BTreeMap::new();
        for l in &budget.basic {
            let _ = resolved.insert((Family::Function, l.function.code.clone()), l.function.name.clone());
            let _ = resolved.insert((Family::Economic, l.economic.code.clone()), l.economic.name.clone());
        }
        for p in &budget.projects {
            let _ = resolved.insert((Family::Function, p.function.code.clone()), p.function.name.clone());
        }
        Names { catalog, resolved }
    }

    fn get(&self, family: Family, code: &str) -> String {
        self.resolved
            .get(&(family, code.to_owned()))
            .cloned()
            .unwrap_or_else(|| self.catalog.name(family, code).to_owned())
    }
}

fn meta(budget: &Budget) -> Vec<String> {
    let d = &budget.department;
    vec![format!("{}{}", d.code, d.name), format!("预算年度：{}", d.year), format!("单位：{}", d.money.chinese())]
}

fn money(v: Decimal) -> Cell {
    Cell::Money(v)
}

fn row(kind: RowKind, cells: Vec<Cell>) -> Row {
    Row { cells, kind }
}

fn tree_kind(code: &str) -> RowKind {
    match code.len() {
        3 => RowKind::Class,
        5 => RowKind::Section,
        _ => RowKind::Plain,
    }
}

fn table(budget: &Budget, id: &str, title: &str, head: Vec<Vec<Head>>, columns: usize, rows: Vec<Row>) -> Table {
    Table {
        id: id.to_owned(),
        title: title.to_owned(),
        meta: meta(budget),
        head,
        columns,
        column_numbers: true,
        rows,
        notes: vec![],
        numbered: true,
    }
}

/// The fixed 类 rows of the template with the expenditure of each, and 人行科目 blank.
fn class_rows(budget: &Budget, tree: &BTreeMap<String, Spend>) -> Vec<(String, Spend)> {
    budget
        .template
        .class_rows
        .iter()
        .enumerate()
        .map(|(i, (name, code))| {
            let spend = code.as_ref().and_then(|c| tree.get(c)).cloned().unwrap_or_default();
            (format!("{}、{name}", chinese_number(i + 1)), spend)
        })
        .collect()
}

/// T1 部门预算收支总表.
fn t1_summary(budget: &Budget) -> Table {
    let tree = budget.spending_tree();
    let income = [
        ("一、一般公共预算拨款收入", budget.income_of(Fund::GeneralPublic)),
        ("二、政府性基金预算拨款收入", budget.income_of(Fund::GovernmentFund)),
        ("三、国有资本经营预算拨款收入", budget.income_of(Fund::StateCapital)),
        ("四、财政专户管理资金收入", budget.income_of(Fund::FiscalSpecial)),
        ("五、单位资金", budget.income_unit_funds()),
    ];
    let mut rows = vec![];
    for (i, (name, spend)) in class_rows(budget, &tree).into_iter().enumerate() {
        let (label, amount) = income.get(i).map_or((Cell::Blank, Cell::Blank), |(l, a)| (Cell::text(*l), money(*a)));
        rows.push(row(RowKind::Plain, vec![label, amount, Cell::text(name), money(spend.total())]));
    }
    let spent = budget.spending_total().total();
    let this_year = budget.income_this_year();
    let carry = budget.income_of(Fund::Carryover);
    rows.push(row(
        RowKind::Total,
        vec![Cell::text("本年收入合计"), money(this_year), Cell::text("本年支出合计"), money(spent)],
    ));
    rows.push(row(
        RowKind::Plain,
        vec![Cell::text("上年结转结余"), money(carry), Cell::text("年终结转结余"), money(Decimal::ZERO)],
    ));
    rows.push(row(
        RowKind::Total,
        vec![Cell::text("收入总计"), money(amounts::plus(this_year, carry)), Cell::text("支出总计"), money(spent)],
    ));
    let head = vec![
        vec![head("收入", 2, 1), head("支出", 2, 1)],
        vec![head("项  目", 1, 1), head("预算数", 1, 1), head("项  目", 1, 1), head("预算数", 1, 1)],
    ];
    table(budget, "t1", "部门预算收支总表", head, 4, rows)
}

fn function_head(rest: &[&str]) -> Vec<Vec<Head>> {
    let mut first = vec![head("功能分类科目", 2, 1)];
    first.extend(rest.iter().map(|t| head(t, 1, 2)));
    vec![first, vec![head("科目编码", 1, 1), head("科目名称", 1, 1)]]
}

/// T2 部门预算收入总表: income by function code, by source.
fn t2_income(budget: &Budget, names: &Names<'_>) -> Table {
    let cols = |s: &Spend| -> Vec<Cell> {
        let f = |fund: Fund| s.of_fund(fund);
        let fiscal = amounts::total(Fund::FISCAL.iter().map(|x| f(*x)));
        let this_year = amounts::sub(s.total(), f(Fund::Carryover)).map_or(Cell::Blank, money);
        vec![
            money(s.total()),
            this_year,
            money(fiscal),
            money(f(Fund::FiscalSpecial)),
            money(f(Fund::Business)),
            money(f(Fund::Operating)),
            money(f(Fund::UpperSubsidy)),
            money(f(Fund::SubordinateRemit)),
            money(f(Fund::Other)),
            money(f(Fund::Carryover)),
        ]
    };
    let mut rows =
        vec![row(RowKind::Total, [vec![Cell::Blank, Cell::text("合计")], cols(&budget.spending_total())].concat())];
    for (code, s) in budget.spending_tree() {
        let name = names.get(Family::Function, &code);
        rows.push(row(tree_kind(&code), [vec![Cell::text(code), Cell::text(name)], cols(&s)].concat()));
    }
    let head = vec![
        vec![head("功能分类科目", 2, 1), head("合计", 1, 2), head("本年收入", 8, 1), head("上年结转", 1, 2)],
        heads(&[
            "科目编码",
            "科目名称",
            "小计",
            "财政拨款收入",
            "财政专户收入",
            "事业收入",
            "经营收入",
            "上级补助收入",
            "附属单位上缴收入",
            "其他收入",
        ]),
    ];
    table(budget, "t2", "部门预算收入总表", head, 12, rows)
}

/// T3 部门预算支出总表.
fn t3_expenditure(budget: &Budget, names: &Names<'_>) -> Table {
    let cols = |s: &Spend| {
        vec![money(s.total()), money(s.basic_total()), money(s.project_total()), Cell::Blank, Cell::Blank, Cell::Blank]
    };
    let mut rows =
        vec![row(RowKind::Total, [vec![Cell::Blank, Cell::text("合计")], cols(&budget.spending_total())].concat())];
    for (code, s) in budget.spending_tree() {
        let name = names.get(Family::Function, &code);
        rows.push(row(tree_kind(&code), [vec![Cell::text(code), Cell::text(name)], cols(&s)].concat()));
    }
    let head = function_head(&["合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"]);
    table(budget, "t3", "部门预算支出总表", head, 8, rows)
}

/// T4 部门预算财政拨款收支总表.
fn t4_fiscal_summary(budget: &Budget) -> Table {
    let tree = budget.spending_tree();
    let income = [
        ("一、一般公共预算拨款", budget.income_of(Fund::GeneralPublic)),
        ("二、政府性基金预算拨款", budget.income_of(Fund::GovernmentFund)),
        ("三、国有资本经营预算拨款", budget.income_of(Fund::StateCapital)),
    ];
    let fiscal_cols = |s: &Spend| -> Vec<Cell> {
        let by: Vec<Decimal> = Fund::FISCAL.iter().map(|f| s.of_fund(*f)).collect();
        std::iter::once(money(amounts::total(by.iter().copied()))).chain(by.into_iter().map(money)).collect()
    };
    let mut rows = vec![];
    for (i, (name, spend)) in class_rows(budget, &tree).into_iter().enumerate() {
        let (label, amount) = income.get(i).map_or((Cell::Blank, Cell::Blank), |(l, a)| (Cell::text(*l), money(*a)));
        rows.push(row(RowKind::Plain, [vec![label, amount, Cell::text(name)], fiscal_cols(&spend)].concat()));
    }
    let total = budget.spending_total();
    let income_total = budget.income_fiscal();
    rows.push(row(
        RowKind::Total,
        [vec![Cell::text("本年收入合计"), money(income_total), Cell::text("本年支出合计")], fiscal_cols(&total)]
            .concat(),
    ));
    rows.push(row(
        RowKind::Plain,
        [
            vec![Cell::text("年初财政拨款结转和结余"), Cell::Blank, Cell::text("年末财政拨款结转和结余")],
            vec![Cell::Blank; 4],
        ]
        .concat(),
    ));
    for (name, _) in &income {
        rows.push(row(RowKind::Plain, [vec![Cell::text(*name)], vec![Cell::Blank; 6]].concat()));
    }
    rows.push(row(
        RowKind::Total,
        [vec![Cell::text("收入总计"), money(income_total), Cell::text("支出总计")], fiscal_cols(&total)].concat(),
    ));
    let head = vec![
        vec![head("收入", 2, 1), head("支出", 5, 1)],
        heads(&[
            "项  目",
            "金额",
            "项  目",
            "合计",
            "一般公共预算财政拨款",
            "政府性基金预算财政拨款",
            "国有资本经营预算财政拨款",
        ]),
    ];
    table(budget, "t4", "部门预算财政拨款收支总表", head, 7, rows)
}

/// T5, T7, T8: the expenditure of one 财政拨款 fund by function code.
fn fund_table(budget: &Budget, names: &Names<'_>, fund: Fund, id: &str, title: &str) -> Table {
    let cols = |s: &Spend| vec![money(s.total()), money(s.basic_total()), money(s.project_total())];
    let tree = budget.spending_tree_of(fund);
    let mut rows = vec![];
    if !tree.is_empty() {
        rows.push(row(
            RowKind::Total,
            [vec![Cell::Blank, Cell::text("合计")], cols(&budget.spending_total().only(fund))].concat(),
        ));
        for (code, s) in tree {
            let name = names.get(Family::Function, &code);
            rows.push(row(tree_kind(&code), [vec![Cell::text(code), Cell::text(name)], cols(&s)].concat()));
        }
    }
    let mut t = table(budget, id, title, function_head(&["合计", "基本支出", "项目支出"]), 5, rows);
    if t.rows.is_empty() {
        let what = title.trim_start_matches("部门预算").trim_end_matches("支出表");
        t.notes = vec![format!("注：无{what}预算，空表列示。")];
    }
    t
}

/// T6 部门预算一般公共预算财政拨款基本支出表: basic expenditure by economic code.
fn t6_basic_economic(budget: &Budget, names: &Names<'_>) -> Table {
    let tree = budget.economic_tree(Fund::GeneralPublic);
    let mut total = crate::model::ledger::StaffSplit::default();
    for (code, s) in &tree {
        if code.len() == 3 {
            total.add(s);
        }
    }
    let cols = |s: &crate::model::ledger::StaffSplit| vec![money(s.total()), money(s.personnel), money(s.public)];
    let mut rows = vec![row(RowKind::Total, [vec![Cell::Blank, Cell::text("合计")], cols(&total)].concat())];
    for (code, s) in &tree {
        let name = names.get(Family::Economic, code);
        rows.push(row(tree_kind(code), [vec![Cell::text(code.clone()), Cell::text(name)], cols(s)].concat()));
    }
    let head = vec![
        vec![head("支出部门经济分类科目", 2, 1), head("一般公共预算基本支出", 3, 1)],
        heads(&["科目编码", "科目名称", "合计", "人员经费", "公用经费"]),
    ];
    table(budget, "t6", "部门预算一般公共预算财政拨款基本支出表", head, 5, rows)
}

/// T9 部门预算财政拨款“三公”经费支出表.
fn t9_sangong(budget: &Budget) -> Table {
    use SangongItem::*;
    let cols = |items: &[SangongItem]| -> Vec<Cell> {
        let by: Vec<Decimal> = Fund::FISCAL.iter().map(|f| budget.sangong_of(items, Some(*f))).collect();
        std::iter::once(money(amounts::total(by.iter().copied()))).chain(by.into_iter().map(money)).collect()
    };
    let all = [ResearchTravel, OtherTravel, CarPurchase, CarRunning, Reception];
    let lines: [(&str, &[SangongItem], RowKind); 9] = [
        ("合计", &all, RowKind::Total),
        ("“三公”经费小计", &all, RowKind::Total),
        ("一、因公出国（境）费", &[ResearchTravel, OtherTravel], RowKind::Class),
        ("其中：教学科研人员因公出国（境）费", &[ResearchTravel], RowKind::Plain),
        ("其他因公出国（境）费", &[OtherTravel], RowKind::Plain),
        ("二、公务用车购置及运维费", &[CarPurchase, CarRunning], RowKind::Class),
        ("其中：公务用车购置费", &[CarPurchase], RowKind::Plain),
        ("公务用车运行维护费", &[CarRunning], RowKind::Plain),
        ("三、公务接待费", &[Reception], RowKind::Class),
    ];
    let rows =
        lines.iter().map(|(label, items, kind)| row(*kind, [vec![Cell::text(*label)], cols(items)].concat())).collect();
    let head = vec![
        vec![head("项  目", 1, 2), head("资 金 性 质", 4, 1)],
        heads(&["合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"]),
    ];
    table(budget, "t9", "部门预算财政拨款“三公”经费支出表", head, 5, rows)
}
