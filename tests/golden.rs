//! Golden test: every cell of T1–T9 built from the example equals the reference
//! document's cell (tests/golden/tangshan-hrss-2024.tables, copied from the reference
//! and checked by hand), every tree in the built tables sums, and every generated
//! figure of the narrative equals the reference's figure.

use std::collections::BTreeMap;
use std::path::Path;

use budgetc::diag::Diagnostics;
use budgetc::model::Budget;
use budgetc::render::table::{Cell, Table};
use rust_decimal::Decimal;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/tangshan-hrss-2024.budget");
const EXPECTED: &str = include_str!("golden/tangshan-hrss-2024.tables");

fn example() -> Budget {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(Path::new(EXAMPLE), &mut diags).expect("example readable");
    let budget = budgetc::compile(&sources, &mut diags);
    assert!(diags.is_empty(), "the example has diagnostics: {:?}", diags.as_slice());
    budget.expect("example compiles")
}

fn expected_tables() -> BTreeMap<String, Vec<Vec<String>>> {
    let mut out: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    let mut current = String::new();
    for line in EXPECTED.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            current = rest.split_whitespace().next().unwrap_or("").to_owned();
            out.entry(current.clone()).or_default();
        } else if !line.starts_with('#') && !line.is_empty() {
            out.entry(current.clone()).or_default().push(line.split('|').map(str::to_owned).collect());
        }
    }
    out
}

fn printed(t: &Table) -> Vec<Vec<String>> {
    (0..t.rows.len()).map(|i| t.row_cells(i)).collect()
}

#[test]
fn every_cell_of_t1_to_t9_matches_the_reference() {
    let budget = example();
    let tables = budgetc::render::tables(&budget);
    let expected = expected_tables();
    assert_eq!(tables.len(), 9);
    assert_eq!(expected.len(), 9);
    let mut cells = 0;
    for t in &tables {
        let want = expected.get(&t.id).unwrap_or_else(|| panic!("no expected rows for {}", t.id));
        let got = printed(t);
        assert_eq!(got.len(), want.len(), "{} {}: row count", t.id, t.title);
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g, w, "{} {}: row {}", t.id, t.title, w[0]);
            cells += w.len();
        }
    }
    let all: usize = expected.values().flatten().map(Vec::len).sum();
    assert_eq!(cells, all, "every expected cell was compared");
}

#[test]
fn empty_tables_carry_their_note() {
    let tables = budgetc::render::tables(&example());
    let t8 = tables.iter().find(|t| t.id == "t8").expect("t8");
    assert!(t8.rows.is_empty());
    assert_eq!(t8.notes, ["注：无国有资本经营预算财政拨款预算，空表列示。"]);
    assert_eq!(tables.iter().filter(|t| !t.notes.is_empty()).count(), 1);
}

fn money(c: &Cell) -> Decimal {
    match c {
        Cell::Money(d) => *d,
        _ => Decimal::ZERO,
    }
}

/// C4–C5 on the printed tables: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类, in every column.
#[test]
fn every_tree_of_the_built_tables_sums() {
    for t in budgetc::render::tables(&example()) {
        let Some(first) = t.rows.first() else { continue };
        if !matches!(first.cells.first(), Some(Cell::Blank)) || t.rows.len() < 2 {
            continue;
        }
        let code = |r: &budgetc::render::table::Row| match r.cells.first() {
            Some(Cell::Text(c)) => c.clone(),
            _ => String::new(),
        };
        let columns = first.cells.len();
        for col in 2..columns {
            let classes: Decimal = t.rows.iter().filter(|r| code(r).len() == 3).map(|r| money(&r.cells[col])).sum();
            assert_eq!(money(&first.cells[col]), classes, "{}: 合计 column {col}", t.id);
            for parent in t.rows.iter().map(code).filter(|c| c.len() == 3 || c.len() == 5) {
                let child_len = parent.len() + 2;
                let children: Decimal = t
                    .rows
                    .iter()
                    .filter(|r| code(r).len() == child_len && code(r).starts_with(&parent))
                    .map(|r| money(&r.cells[col]))
                    .sum();
                let own = t.rows.iter().find(|r| code(r) == parent).map(|r| money(&r.cells[col])).unwrap_or_default();
                if t.id != "t6" || child_len == 5 {
                    assert_eq!(own, children, "{}: {parent} column {col}", t.id);
                }
            }
        }
    }
}

/// The narrative's figures, as the reference prints them (with the unit of the tables:
/// the reference's "4000元" and "2800元" are its defects, printed here in 万元).
#[test]
fn narrative_figures_match_the_reference() {
    let budget = example();
    let text: String = budgetc::render::narrative(&budget)
        .iter()
        .flat_map(|s| std::iter::once(s.heading.clone()).chain(s.parts.iter().map(|p| p.text.clone())))
        .collect::<Vec<_>>()
        .join("\n");
    for figure in [
        "二、部门预算安排的总体情况",
        "2024年预算收入9679.70万元，其中：一般公共预算收入5679.70万元，基金预算收入4000.00万元，国有资本经营预算收入0.00万元，财政专户核拨收入0.00万元，单位资金收入0.00万元，上年结转结余0.00万元。",
        "2024年支出预算9679.70万元，其中基本支出1344.96万元，包括人员经费1298.40万元和日常公用经费46.56万元；项目支出8334.74万元",
        "被征地农民社会保障费4000.00万元",
        "高新区区级人才发展资金2800.00万元",
        "9村村民参加企业职工养老保险财政补贴230.00万元",
        "城乡居民养老保险区级财政补助0.10万元",
        "三、机关运行经费安排情况",
        "机关运行经费共计安排46.56万元",
        "四、财政拨款“三公”经费预算情况及增减变化原因",
        "财政拨款“三公”经费预算安排6.00万元，其中因公出国（境）费0.00万元；公务用车购置及运维费3.00万元（其中：公务用车购置费为0.00万元，公务用车运维费3.00万元）；公务接待费3.00万元。",
    ] {
        assert!(text.contains(figure), "narrative lacks: {figure}\n---\n{text}");
    }
    for p in &budget.projects {
        let figure = format!("{}{:.2}万元", p.name, p.amount());
        assert!(text.contains(&figure), "narrative lacks the project figure {figure}");
    }
}

#[test]
fn builds_are_byte_identical() {
    let a = budgetc::render::outputs(&example());
    let b = budgetc::render::outputs(&example());
    assert_eq!(a, b);
    assert!(a.iter().any(|(p, _)| p.ends_with("budget.html")));
    assert_eq!(a.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "csv")).count(), 9);
}

#[test]
fn csv_files_start_with_a_byte_order_mark() {
    for (path, bytes) in budgetc::render::outputs(&example()) {
        if path.extension().is_some_and(|e| e == "csv") {
            assert!(bytes.starts_with("\u{feff}".as_bytes()), "{}", path.display());
        }
    }
}
