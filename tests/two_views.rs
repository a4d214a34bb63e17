//! Basic expenditure written by function 项 and by economic 款 without the cross: it
//! checks, every sum reads the right view, and fmt/textconv keep the two views.

use std::path::Path;

use budgetc::diag::Diagnostics;
use budgetc::model::{Budget, Fund};

fn compile(path: &str) -> (Option<Budget>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(Path::new(path), &mut diags).expect("load");
    let budget = budgetc::compile(&sources, &mut diags);
    (budget, diags)
}

fn ok(path: &str) -> Budget {
    let (budget, diags) = compile(&format!("tests/fixtures/ok/two-views/{path}"));
    assert!(diags.is_empty(), "{path}: {:?}", diags.as_slice());
    budget.expect("compiles")
}

#[test]
fn two_views_give_the_sums_of_the_cross() {
    let (two, cross) = (ok("two-views.budget"), ok("cross.budget"));
    assert_eq!(two.spending(), cross.spending());
    assert_eq!(two.spending_tree(), cross.spending_tree());
    assert_eq!(two.economic_tree(Fund::GeneralPublic), cross.economic_tree(Fund::GeneralPublic));
    assert_eq!(two.staff_split(), cross.staff_split());
    assert_eq!(two.running_costs(), cross.running_costs());
    assert_eq!(two.basic_economic("301"), cross.basic_economic("301"));
    assert_eq!(two.spending_total().basic_total(), "110.00".parse().expect("decimal"));
    assert_eq!(two.staff_split().personnel, "100.00".parse().expect("decimal"));
    assert!(two.has_view_only_basic());
    assert!(!cross.has_view_only_basic());
}

#[test]
fn cross_and_view_only_lines_mix() {
    let mixed = ok("mixed.budget");
    assert_eq!(mixed.spending_total().basic_total(), "110.00".parse().expect("decimal"));
    assert_eq!(mixed.staff_split().personnel, "100.00".parse().expect("decimal"));
    assert_eq!(mixed.running_costs(), "10.00".parse().expect("decimal"));
    let tree = mixed.economic_tree(Fund::GeneralPublic);
    assert_eq!(tree.get("301").map(|s| s.personnel), Some("100.00".parse().expect("decimal")));
}

#[test]
fn fmt_and_textconv_keep_both_views() {
    let text = std::fs::read_to_string("tests/fixtures/ok/two-views/two-views.budget").expect("read");
    let mut diags = Diagnostics::new();
    let formatted = budgetc::fmt::format(&text, &mut diags).expect("formats");
    assert!(diags.is_empty(), "{:?}", diags.as_slice());
    for line in ["basic 2080101 行政运行\n", "  人员 ", "basic fund 一般公共预算拨款\n", "  人员 30101 基本工资 "]
    {
        assert!(formatted.contains(line), "lacks {line:?}\n{formatted}");
    }
    assert_eq!(budgetc::fmt::format(&formatted, &mut diags).as_deref(), Some(formatted.as_str()));
    let conv = budgetc::fmt::textconv(&text);
    assert!(conv.contains("basic fund 一般公共预算拨款 · 人员 30101 基本工资 60.00"), "{conv}");
    assert!(conv.contains("basic 2080104 综合业务管理 · 人员 20.00"), "{conv}");
}

/// The Shanghai example keeps its basic expenditure in the two views the document prints.
#[test]
fn the_shanghai_example_checks_in_two_views() {
    let (budget, diags) = compile("examples/shanghai-putuo-sifaju-2026.budget");
    assert!(diags.is_empty(), "{:?}", diags.as_slice());
    let b = budget.expect("compiles");
    assert!(b.has_view_only_basic());
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().expect("decimal");
    assert_eq!(b.spending_total().basic_total(), d("25741666.44"));
    assert_eq!(b.staff_split().personnel, d("23563342.00"));
    assert_eq!(b.staff_split().public, d("2178324.44"));
    assert_eq!(b.running_costs(), d("2178324.44"));
    assert_eq!(b.spending().get("2040601").map(|s| s.basic_total()), Some(d("16726725.44")));
}

/// `budgetc diff` names a view-only line by the code it has.
#[test]
fn diff_names_view_only_lines_by_their_code() {
    let facts = budgetc::diff::facts(&ok("two-views.budget"));
    for key in
        ["基本支出 30101 基本工资 (人员, 一般公共预算拨款)", "基本支出 2080101 行政运行 (公用, 一般公共预算拨款)"]
    {
        assert!(facts.contains_key(key), "lacks {key}: {:?}", facts.keys().collect::<Vec<_>>());
    }
    let cross = budgetc::diff::facts(&ok("cross.budget"));
    assert!(cross.contains_key("基本支出 2080101 行政运行 × 30101 基本工资 (人员, 一般公共预算拨款)"));
}
