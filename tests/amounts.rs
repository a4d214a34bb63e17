//! Amounts at the edge of what can be written: no amount panics any stage, none is
//! silently rounded, and the largest allowed amounts sum exactly.

use budgetc::diag::{Code, Diagnostics};
use budgetc::diff::{diff, Side};

/// A valid budget with one fact of every kind; `{X}` marks are replaced by the tests.
const BASE: &str = r#"department 901 "示例局"
year 2024
money 万元
unit "示例局（本级）" kind 行政 level "正处级" funding 财政拨款
income 一般公共预算拨款 {INCOME1}
income 事业收入 {INCOME2}
basic 2080101 行政运行
  人员 30101 基本工资 {BASIC1}
  公用 30201 办公费 {BASIC2}
basic 2080101 行政运行 fund 事业收入
  人员 30101 基本工资 {INCOME2}
project P1 "项目一"
  function 2080104 综合业务管理
  amount {FISCAL} other {OTHER}
  plan 20% 50% 80% 100%
  goal "完成。"
  indicator 产出 成本 "人均成本" "每人的成本" ≤{COST}元/人 basis "测算"
  indicator 产出 数量 "人数" "服务人数" ≥{COUNT}人 basis "经验"
  indicator 效益 社会效益 "效果" "描述" "好" basis "经验"
  indicator 满意度 服务对象满意度 "满意度" "描述" ≥90% basis "经验"
sangong
  公务接待费 {SANGONG1}
  公务用车运行维护费 {SANGONG2}
assets 2023-12-31
  车辆 {QUANTITY} {ASSET1}
  其他固定资产 {QUANTITY} {ASSET2}
purchase P1 "档案柜" A05010502 组 {PQ} {PRICE}
prior 支出总计 {PRIOR_TOTAL}
prior 基本支出 {PRIOR1}
prior 项目支出 {PRIOR2}
prior 三公经费 {PRIOR1}
total 本年收入合计 {TOTAL}
"#;

/// Near Decimal's maximum (7.9e28): two of them overflow any sum.
const HUGE: &str = "40000000000000000000000000000";

const KEYS: [&str; 19] = [
    "INCOME1",
    "INCOME2",
    "BASIC1",
    "BASIC2",
    "FISCAL",
    "OTHER",
    "COST",
    "COUNT",
    "SANGONG1",
    "SANGONG2",
    "QUANTITY",
    "ASSET1",
    "ASSET2",
    "PQ",
    "PRICE",
    "PRIOR_TOTAL",
    "PRIOR1",
    "PRIOR2",
    "TOTAL",
];

fn budget(values: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for key in KEYS {
        let default = match key {
            "INCOME1" => "4.00",
            "PRIOR_TOTAL" => "2.00",
            "TOTAL" => "5.00",
            _ => "1.00",
        };
        let v = values.iter().find(|(k, _)| *k == key).map_or(default, |(_, v)| v);
        text = text.replace(&format!("{{{key}}}"), v);
    }
    text
}

/// Runs every in-process stage on `text`: check, render of the partial model, fmt, diff.
fn every_stage(text: &str) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("amounts.budget", text, &mut diags);
    let partial = budgetc::check::check_partial(&sources, &mut diags);
    let _ = budgetc::render::outputs(&partial);
    let _ = budgetc::render::json(&partial);
    let _ = budgetc::fmt::format(text, &mut Diagnostics::new());
    let _ = budgetc::fmt::textconv(text);
    let ok = budgetc::load_str("ok.budget", &budget(&[]), &mut Diagnostics::new());
    let ok = budgetc::check::check_partial(&ok, &mut Diagnostics::new());
    let side = |name: &str, budget| Side { name: name.into(), budget, diagnostics: vec![] };
    let d = diff(&side("old", ok), &side("new", partial.clone()));
    let _ = budgetc::diff::render::terminal(&d, false);
    let d = diff(&side("old", partial), &side("new", ok_model()));
    let _ = budgetc::diff::render::json(&d);
    let mut again = Diagnostics::new();
    let sources = budgetc::load_str("amounts.budget", text, &mut again);
    let _ = budgetc::compile(&sources, &mut again);
    again
}

fn ok_model() -> budgetc::model::Budget {
    let ok = budgetc::load_str("ok.budget", &budget(&[]), &mut Diagnostics::new());
    budgetc::check::check_partial(&ok, &mut Diagnostics::new())
}

fn codes(diags: &Diagnostics) -> Vec<Code> {
    diags.as_slice().iter().map(|d| d.code).collect()
}

#[test]
fn the_base_budget_is_valid() {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("ok.budget", &budget(&[]), &mut diags);
    let b = budgetc::compile(&sources, &mut diags);
    let errors: Vec<_> = diags.as_slice().iter().map(|d| (d.code, d.message.clone())).collect();
    assert!(b.is_some(), "{errors:?}");
}

/// Pairs of keys whose facts are summed, multiplied or compared with each other.
const PAIRS: [(&str, &str); 9] = [
    ("INCOME1", "INCOME2"),
    ("BASIC1", "BASIC2"),
    ("FISCAL", "OTHER"),
    ("COST", "COUNT"),
    ("SANGONG1", "SANGONG2"),
    ("ASSET1", "ASSET2"),
    ("PQ", "PRICE"),
    ("PRIOR1", "PRIOR2"),
    ("TOTAL", "INCOME1"),
];

#[test]
fn two_huge_amounts_in_any_fact_are_out_of_range_and_panic_nowhere() {
    for (a, b) in PAIRS {
        let text = budget(&[(a, HUGE), (b, HUGE)]);
        let diags = every_stage(&text);
        let found = codes(&diags);
        assert!(found.contains(&Code::B2004), "{a} + {b}: expected B2004, found {found:?}");
        let at: Vec<usize> = diags
            .as_slice()
            .iter()
            .filter(|d| d.code == Code::B2004)
            .filter_map(|d| d.location())
            .map(|s| s.start as usize)
            .collect();
        for start in at {
            assert!(text[start..].starts_with(HUGE), "{a} + {b}: B2004 is not on the amount");
        }
    }
}

#[test]
fn one_huge_amount_in_every_field_at_once_panics_nowhere() {
    let all: Vec<(&str, &str)> = KEYS.iter().map(|k| (*k, HUGE)).collect();
    let diags = every_stage(&budget(&all));
    assert!(codes(&diags).contains(&Code::B2004));
}

#[test]
fn the_largest_decimal_and_beyond_panic_nowhere() {
    for v in ["79228162514264337593543950335", "79228162514264337593543950336", "9999999999999999999999999999.99"] {
        let all: Vec<(&str, &str)> = KEYS.iter().map(|k| (*k, v)).collect();
        let diags = every_stage(&budget(&all));
        assert!(codes(&diags).contains(&Code::B2004), "{v}: {:?}", codes(&diags));
    }
}

#[test]
fn twenty_nine_significant_digits_are_rejected_not_rounded() {
    // 29 significant digits: Decimal would round the last one away.
    for (v, code) in [
        ("1234567890123.4567890123456789", Code::B2002),
        ("0.00000000000000000000000000001", Code::B2002),
        ("12345678901234567890123456789", Code::B2004),
    ] {
        let text = budget(&[("BASIC2", v)]);
        let diags = every_stage(&text);
        let found = codes(&diags);
        assert!(found.contains(&code), "{v}: expected {code}, found {found:?}");
        let mut d = Diagnostics::new();
        let sources = budgetc::load_str("amounts.budget", &text, &mut d);
        assert!(budgetc::compile(&sources, &mut d).is_none(), "{v} was accepted");
    }
}

#[test]
fn an_amount_of_ten_to_the_fifteen_is_out_of_range() {
    let text = budget(&[("BASIC2", "1000000000000000.00")]);
    let found = codes(&every_stage(&text));
    assert!(found.contains(&Code::B2004), "{found:?}");
    let text = budget(&[("BASIC2", "999999999999999.99")]);
    assert!(!codes(&every_stage(&text)).contains(&Code::B2004));
}

const MAX: &str = "999999999999999.99";

/// Many lines of the largest allowed amount, in every kind of fact.
fn largest(lines: usize) -> String {
    let mut text = String::from(
        "department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款\n",
    );
    let codes = ["30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112"];
    let functions = ["2080101", "2080102", "2080104", "2080112", "2080116", "2080199", "2080501", "2080502"];
    let mut basic_lines = 0u64;
    for f in functions {
        text.push_str(&format!("basic {f}\n"));
        for c in codes.iter().take(lines) {
            text.push_str(&format!("  人员 {c} {MAX}\n"));
            basic_lines += 1;
        }
    }
    for i in 0..lines {
        text.push_str(&format!(
            "project P{i} \"项目{i}\"\n  function 2080104\n  amount {MAX} other {MAX}\n  plan 25% 50% 75% 100%\n  goal \"完成。\"\n  indicator 产出 数量 \"人数\" \"描述\" ≥999999999999人 basis \"经验\"\n  indicator 产出 成本 \"人均成本\" \"描述\" ≤999999999999.9999万元/人 basis \"测算\"\n  indicator 效益 社会效益 \"效果\" \"描述\" \"好\" basis \"经验\"\n  indicator 满意度 服务对象满意度 \"满意度\" \"描述\" ≥90% basis \"经验\"\n"
        ));
    }
    for i in 0..lines {
        text.push_str(&format!("purchase P{i} \"物品\" A05010502 组 999999999 {MAX}\n"));
    }
    text.push_str(&format!(
        "sangong\n  公务接待费 {MAX}\n  公务用车运行维护费 {MAX}\n  公务用车购置费 {MAX}\n  其他因公出国（境）费 {MAX}\nassets 2023-12-31\n  房屋 {MAX} {MAX}\n  办公用房 {MAX} {MAX}\n  车辆 {MAX} {MAX}\n  其他固定资产 {MAX} {MAX}\nprior 支出总计 {MAX}\nprior 基本支出 {MAX}\nprior 项目支出 0\nprior 三公经费 {MAX}\nprior 机关运行经费 {MAX}\n"
    ));
    assert_eq!(basic_lines, 8 * lines.min(10) as u64);
    text
}

#[test]
fn the_largest_allowed_amounts_check_and_render_exactly() {
    let lines = 10;
    let text = largest(lines);
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("largest.budget", &text, &mut diags);
    let partial = budgetc::check::check_partial(&sources, &mut diags);
    let _ = budgetc::render::outputs(&partial);
    let errors: Vec<_> = diags
        .as_slice()
        .iter()
        .map(|d| (d.code, d.message.clone()))
        // B2006: the purchases (999999999 × MAX) are far above their projects, on purpose.
        .filter(|(c, _)| !matches!(c, Code::B2104 | Code::B2107 | Code::B2201 | Code::B2006))
        .collect();
    assert!(errors.iter().all(|(c, _)| c.as_str().starts_with('W')), "{errors:?}");
    let max: rust_decimal::Decimal = MAX.parse().expect("max");
    let n = rust_decimal::Decimal::from(lines as u64);
    // 8 functions × 10 codes of basic lines, 10 projects of fiscal + other.
    let basic = max * rust_decimal::Decimal::from(80u64);
    let projects = max * n * rust_decimal::Decimal::TWO;
    let spent = partial.spending_total();
    assert_eq!(spent.basic_total(), basic);
    assert_eq!(spent.project_total(), projects);
    assert_eq!(spent.total(), basic + projects);
    let purchase = partial.purchases.first().expect("purchase").amount();
    assert_eq!(purchase.to_string(), "999999998999999990000000.01");
    let tables = budgetc::render::tables(&partial);
    let t3 = tables.iter().find(|t| t.id == "t3").expect("t3");
    let total = format!("{:.2}", basic + projects);
    assert!(budgetc::render::markdown::table(t3).contains(&total), "T3 lacks the exact total {total}");
}

/// A model that `check` would never build (every amount at Decimal's extremes, last
/// year's figures zero) still renders and diffs: sums saturate, nothing panics.
#[test]
fn a_model_at_the_extremes_renders_without_panic() {
    use rust_decimal::Decimal;
    for v in [Decimal::MAX, Decimal::MIN, Decimal::ZERO] {
        let mut b = ok_model();
        let before = ok_model();
        b.income.iter_mut().for_each(|i| i.amount = v);
        b.basic.iter_mut().for_each(|l| l.amount = v);
        for p in &mut b.projects {
            p.fiscal = v;
            p.other = v;
        }
        b.sangong.iter_mut().for_each(|s| s.amount = v);
        for r in b.assets.iter_mut().flat_map(|a| a.rows.iter_mut()) {
            r.quantity = v;
            r.value = Some(v);
        }
        for p in &mut b.purchases {
            p.quantity = v;
            p.price = v;
        }
        let prior = b.prior.get_or_insert_with(|| budgetc::model::Prior {
            year: 2023,
            source: "stated".into(),
            figures: Default::default(),
        });
        for k in ["支出总计", "基本支出", "项目支出", "机关运行经费", "三公经费"] {
            let _ = prior.figures.insert(k.into(), Decimal::ZERO);
        }
        let _ = budgetc::render::outputs(&b);
        let side = |name: &str, budget| Side { name: name.into(), budget, diagnostics: vec![] };
        let d = diff(&side("old", before), &side("new", b));
        let _ = budgetc::diff::render::terminal(&d, false);
    }
}

/// Last year's figures of zero: 比上年增减 in % divides by zero, and must not panic.
#[test]
fn a_change_from_zero_last_year_does_not_divide_by_zero() {
    let text = budget(&[("PRIOR_TOTAL", "0"), ("PRIOR1", "0"), ("PRIOR2", "0")])
        .replace("prior 三公经费 0", "prior 三公经费 0\nprior 机关运行经费 0");
    let diags = every_stage(&text);
    assert!(!codes(&diags).contains(&Code::B2005));
}

/// The ranges of the numbers that are not money.
#[test]
fn every_other_number_has_its_range() {
    let plan = |cells: &str| budget(&[]).replace("plan 20% 50% 80% 100%", &format!("plan {cells}"));
    let cases: Vec<(String, Code)> = vec![
        (budget(&[("QUANTITY", "1000000000000000")]), Code::B2004),
        (budget(&[("QUANTITY", "1.125")]), Code::B2002),
        (budget(&[("QUANTITY", "-1")]), Code::B2003),
        (budget(&[("PQ", "1000000000")]), Code::B2004),
        (budget(&[("PQ", "0.125")]), Code::B2002),
        (budget(&[("PQ", "0.5"), ("PRICE", "0.01")]), Code::B2002),
        (budget(&[("COUNT", "1000000000000")]), Code::B2004),
        (budget(&[("COUNT", "1.12345")]), Code::B2002),
        (plan("20% 33.333% 80% 100%"), Code::B2002),
        (plan("20% 1.2.3% 80% 100%"), Code::B2001),
        (budget(&[]).replace("year 2024", "year 20240000000000000000"), Code::B2004),
        (format!("tolerance 1000000000000000000\n{}", budget(&[])), Code::B2004),
    ];
    for (text, code) in cases {
        let found = codes(&every_stage(&text));
        assert!(found.contains(&code), "expected {code}, found {found:?} in\n{text}");
    }
}
