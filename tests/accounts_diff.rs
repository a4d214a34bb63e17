//! `budgetc diff` between a 预算 and the 决算 of its year: budget against actual per 类, 款
//! and 项 and on the totals, checked against the figures worked out by hand in
//! tests/fixtures/ok/accounts/carry-budget.budget; 无预算 where the budget is 0; either
//! order; different years refused; two 决算 still compared fact by fact.

use std::path::Path;
use std::process::{Command, Output};

use budgetc::diag::Diagnostics;
use budgetc::diff::{diff, render, Side};

const BUDGET: &str = "tests/fixtures/ok/accounts/carry-budget.budget";
const ACTUAL: &str = "tests/fixtures/ok/accounts/carry.budget";

fn side(path: &str) -> Side {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(Path::new(path), &mut diags).expect("load");
    let budget = budgetc::check::check_partial(&sources, &mut diags);
    diags.sort();
    Side { name: path.into(), budget, diagnostics: diags.as_slice().to_vec() }
}

fn budgetc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_budgetc")).args(args).env("NO_COLOR", "1").output().expect("run")
}

/// The row of the terminal report whose label is `label`, as its figures.
fn row<'t>(text: &'t str, label: &str) -> Vec<&'t str> {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{label}  ")))
        .unwrap_or_else(|| panic!("no row {label:?} in\n{text}"));
    let figures = line.trim_start().strip_prefix(label).unwrap_or_default();
    figures.split_whitespace().collect()
}

#[test]
fn the_budget_fixture_checks_without_a_warning() {
    let s = side(BUDGET);
    assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
}

#[test]
fn per_item_totals_and_completion_in_the_terminal() {
    let d = diff(&side(BUDGET), &side(ACTUAL));
    assert!(d.facts.is_empty() && d.cells.is_empty() && d.figures.is_empty() && d.checks.is_empty());
    assert!(!d.is_empty());
    let text = render::terminal(&d, false);
    assert!(text.contains("预算与决算对比（2024 年度，单位：万元）"), "{text}");
    assert!(text.contains(&format!("预算：{BUDGET}")), "{text}");
    assert!(text.contains(&format!("决算：{ACTUAL}")), "{text}");
    // 预算数, 决算数, 差额 (决算 − 预算), 完成率 (half-up to 2 decimals).
    let expected: [(&str, [&str; 4]); 17] = [
        ("支出合计", ["270.00", "275.00", "+5.00", "101.85%"]),
        ("基本支出", ["170.00", "175.00", "+5.00", "102.94%"]),
        ("项目支出", ["100.00", "100.00", "0.00", "100.00%"]),
        ("人员经费", ["140.00", "145.00", "+5.00", "103.57%"]),
        ("公用经费", ["30.00", "30.00", "0.00", "100.00%"]),
        ("三公经费", ["5.00", "0.00", "-5.00", "0.00%"]),
        ("机关运行经费", ["30.00", "30.00", "0.00", "100.00%"]),
        ("201 一般公共服务支出", ["270.00", "235.00", "-35.00", "87.04%"]),
        ("20132 组织事务", ["20.00", "0.00", "-20.00", "0.00%"]),
        ("2013299 其他组织事务支出", ["20.00", "0.00", "-20.00", "0.00%"]),
        ("20139 社会工作事务", ["250.00", "235.00", "-15.00", "94.00%"]),
        ("2013901 行政运行", ["140.00", "150.00", "+10.00", "107.14%"]),
        ("2013950 事业运行", ["30.00", "25.00", "-5.00", "83.33%"]),
        ("2013999 其他社会工作事务支出", ["80.00", "60.00", "-20.00", "75.00%"]),
        ("212 城乡社区支出", ["0.00", "40.00", "+40.00", "无预算"]),
        ("21208 国有土地使用权出让收入安排的支出", ["0.00", "40.00", "+40.00", "无预算"]),
        ("2120805 补助被征地农民支出", ["0.00", "40.00", "+40.00", "无预算"]),
    ];
    for (label, figures) in expected {
        assert_eq!(row(&text, label), figures, "{label}");
    }
    // 支出合计 by funding source.
    assert_eq!(row(&text, "其中：一般公共预算拨款"), ["220.00", "210.00", "-10.00", "95.45%"]);
    assert_eq!(row(&text, "其中：政府性基金预算拨款"), ["0.00", "40.00", "+40.00", "无预算"]);
    assert_eq!(row(&text, "其中：事业收入"), ["50.00", "25.00", "-25.00", "50.00%"]);
    // The tree in code order, 款 and 项 indented under their 类.
    assert!(text.contains("\n  201 一般公共服务支出 "), "{text}");
    assert!(text.contains("\n    20139 社会工作事务 "), "{text}");
    assert!(text.contains("\n      2013901 行政运行 "), "{text}");
    let order: Vec<usize> =
        ["2013299", "2013901", "2013950", "2013999", "2120805"].iter().filter_map(|c| text.find(c)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    // 单位预留机动经费 is listed only where there is some.
    assert!(!text.contains("单位预留机动经费"), "{text}");
}

#[test]
fn general_public_budget_by_item() {
    let d = diff(&side(BUDGET), &side(ACTUAL));
    let text = render::terminal(&d, false);
    let section = text.split("一般公共预算财政拨款支出（按功能分类科目）").nth(1).expect("the section");
    let expected: [(&str, [&str; 4]); 6] = [
        ("201 一般公共服务支出", ["220.00", "210.00", "-10.00", "95.45%"]),
        ("20132 组织事务", ["20.00", "0.00", "-20.00", "0.00%"]),
        ("2013299 其他组织事务支出", ["20.00", "0.00", "-20.00", "0.00%"]),
        ("20139 社会工作事务", ["200.00", "210.00", "+10.00", "105.00%"]),
        ("2013901 行政运行", ["140.00", "150.00", "+10.00", "107.14%"]),
        ("2013999 其他社会工作事务支出", ["60.00", "60.00", "0.00", "100.00%"]),
    ];
    for (label, figures) in expected {
        assert_eq!(row(section, label), figures, "{label}");
    }
    // No other fund's 项 there.
    assert!(!section.contains("2013950") && !section.contains("2120805"), "{section}");
    let a = d.accounts.expect("accounts");
    assert_eq!(a.general_public.len(), 6);
}

#[test]
fn a_zero_budget_has_no_completion_rate() {
    let d = diff(&side(BUDGET), &side(ACTUAL));
    let a = d.accounts.expect("budget against actual");
    let item = a.functions.iter().find(|r| r.code == "2120805").expect("2120805");
    assert_eq!((item.budget.as_str(), item.actual.as_str(), item.delta.as_str()), ("0.00", "40.00", "+40.00"));
    assert_eq!(item.rate, None);
    assert_eq!(item.rate_text, "无预算");
    // No growth from zero anywhere: every rate is of a non-zero budget.
    for r in a.totals.iter().chain(&a.functions).chain(&a.general_public) {
        assert_eq!(r.rate.is_none(), r.budget == "0.00", "{r:?}");
    }
}

#[test]
fn either_order_gives_the_same_comparison() {
    let (b, a) = (side(BUDGET), side(ACTUAL));
    let forward = diff(&b, &a);
    let backward = diff(&a, &b);
    assert_eq!(backward.old, ACTUAL);
    assert_eq!(forward.accounts, backward.accounts);
    let acc = backward.accounts.expect("accounts");
    assert_eq!((acc.budget.as_str(), acc.actual.as_str()), (BUDGET, ACTUAL));
}

#[test]
fn json_and_markdown() {
    let o = budgetc(&["diff", "--format", "json", ACTUAL, BUDGET]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let acc = &json["accounts"];
    assert_eq!(acc["budget"], BUDGET);
    assert_eq!(acc["actual"], ACTUAL);
    assert_eq!(acc["year"], 2024);
    assert_eq!(acc["unit"], "万元");
    let total = &acc["totals"][0];
    assert_eq!(total["code"], "支出合计");
    assert_eq!(
        (&total["budget"], &total["actual"], &total["delta"], &total["rate"], &total["rate_text"]),
        (&"270.00".into(), &"275.00".into(), &"+5.00".into(), &"101.85".into(), &"101.85%".into())
    );
    assert_eq!(
        (&acc["totals"][1]["level"], &acc["totals"][1]["code"]),
        (&"资金来源".into(), &"一般公共预算拨款".into())
    );
    assert_eq!(acc["general_public"][0]["rate"], "95.45");
    let functions = acc["functions"].as_array().expect("functions");
    let find = |code: &str| functions.iter().find(|r| r["code"] == code).expect(code);
    let item = find("2013901");
    assert_eq!((&item["level"], &item["name"]), (&"项".into(), &"行政运行".into()));
    assert_eq!((&item["delta"], &item["rate"]), (&"+10.00".into(), &"107.14".into()));
    assert_eq!(find("20139")["level"], "款");
    assert_eq!(find("201")["rate"], "87.04");
    let zero = find("2120805");
    assert!(zero["rate"].is_null(), "{zero}");
    assert_eq!(zero["rate_text"], "无预算");
    assert_eq!(json["facts"], serde_json::json!([]));

    let o = budgetc(&["diff", "--format", "markdown", BUDGET, ACTUAL]);
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.contains("#### 预算与决算对比（2024 年度，单位：万元）"), "{md}");
    assert!(md.contains("| 科目编码及名称 | 预算数 | 决算数 | 差额 | 完成率 |"), "{md}");
    assert!(md.contains("| 2013901 行政运行 | 140.00 | 150.00 | +10.00 | 107.14% |"), "{md}");
    assert!(md.contains("| 2120805 补助被征地农民支出 | 0.00 | 40.00 | +40.00 | 无预算 |"), "{md}");
    assert!(md.contains("| 三公经费 | 5.00 | 0.00 | -5.00 | 0.00% |"), "{md}");
}

#[test]
fn english_wording() {
    let o = budgetc(&["--lang", "en", "diff", BUDGET, ACTUAL]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("budget against actual (2024, amounts in 万元)"), "{text}");
    assert_eq!(row(&text, "2120805 补助被征地农民支出"), ["0.00", "40.00", "+40.00", "no", "budget"]);
}

#[test]
fn different_years_are_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL).expect("read").replace("year 2024 决算", "year 2023 决算");
    let other = tmp.path().join("2023.budget");
    std::fs::write(&other, text).expect("write");
    let other = other.to_str().expect("utf-8 path");
    for args in [[BUDGET, other], [other, BUDGET]] {
        let o = budgetc(&["diff", args[0], args[1]]);
        assert_eq!(o.status.code(), Some(2));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("是 2024 年度的，决算"), "{err}");
        assert!(err.contains("是 2023 年度的：预算数与决算数只能在同一年度内对比"), "{err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn two_final_accounts_are_compared_fact_by_fact() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL).expect("read");
    let edited = text.replace("  人员 30101 基本工资 120.00", "  人员 30101 基本工资 121.00");
    assert_ne!(edited, text);
    let new = tmp.path().join("new.budget");
    std::fs::write(&new, edited).expect("write");
    let d = diff(&side(ACTUAL), &side(new.to_str().expect("utf-8 path")));
    assert!(d.accounts.is_none());
    let text = render::terminal(&d, false);
    assert!(text.contains("金额: 120.00 → 121.00 (+1.00)"), "{text}");
    assert!(!text.contains("预算与决算对比"), "{text}");
}

#[test]
fn different_money_units_are_compared_in_yuan() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL).expect("read").replace("money 万元", "money 元");
    let yuan = tmp.path().join("yuan.budget");
    std::fs::write(&yuan, text).expect("write");
    let d = diff(&side(BUDGET), &side(yuan.to_str().expect("utf-8 path")));
    let a = d.accounts.expect("accounts");
    assert_eq!(a.unit, "元");
    let item = a.functions.iter().find(|r| r.code == "2013901").expect("2013901");
    assert_eq!((item.budget.as_str(), item.actual.as_str()), ("1400000.00", "150.00"));
    assert_eq!(item.rate.as_deref(), Some("0.01"));
}

#[test]
fn a_stated_total_within_the_tolerance_is_compared_as_printed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL)
        .expect("read")
        .replace("money 万元\n", "money 万元\ntolerance 0.01\n")
        .replace("prose 部门职责", "total 公用经费 30.01\n\nprose 部门职责");
    let stated = tmp.path().join("stated.budget");
    std::fs::write(&stated, text).expect("write");
    let s = side(stated.to_str().expect("utf-8 path"));
    assert!(s.diagnostics.iter().any(|d| d.code.to_string() == "W2001"), "{:?}", s.diagnostics);
    let d = diff(&side(BUDGET), &s);
    let text = render::terminal(&d, false);
    assert_eq!(row(&text, "公用经费"), ["30.00", "30.01", "+0.01", "100.03%"]);
}

#[test]
fn a_side_with_errors_is_compared_on_what_could_be_read_and_says_so() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL)
        .expect("read")
        .replace("  公用 30201 办公费 30.00", "  公用 30201 办公费 3O.00");
    let broken = tmp.path().join("broken.budget");
    std::fs::write(&broken, text).expect("write");
    let name = broken.to_str().expect("utf-8 path");
    let d = diff(&side(BUDGET), &side(name));
    let text = render::terminal(&d, false);
    assert!(text.contains(&format!("注意：{name} 有错误，以下数字只按能读出的数据计算")), "{text}");
    assert_eq!(row(&text, "公用经费"), ["30.00", "0.00", "-30.00", "0.00%"]);
    assert_eq!(d.accounts.expect("accounts").incomplete, [name]);
}

fn git(repo: &Path, args: &[&str]) {
    let o = Command::new("git").args(args).current_dir(repo).output().expect("git");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_final_accounts_file_added_in_a_revision_is_listed_fact_by_fact() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.email", "ci@example.invalid"]);
    git(dir, &["config", "user.name", "CI"]);
    std::fs::copy(BUDGET, dir.join("budget.budget")).expect("copy");
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "预算"]);
    std::fs::copy(ACTUAL, dir.join("accounts.budget")).expect("copy");
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "决算"]);
    let o = Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(["diff", "HEAD~1..HEAD"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{text}{}", String::from_utf8_lossy(&o.stderr));
    // The added 决算 is compared with nothing (not with an empty budget as its 预算).
    assert!(text.contains("budgetc diff HEAD~1:accounts.budget → HEAD:accounts.budget"), "{text}");
    assert!(!text.contains("预算与决算对比"), "{text}");
    assert!(text.contains("+ 项目 P002 被征地农民补助"), "{text}");
}

const EXAMPLE: &str = "examples/shanghai-putuo-shehuigongzuobu-2024-final.budget";
const EXAMPLE_FULL: &str = "examples/shanghai-putuo-shehuigongzuobu-2024-final/2024全年预算.budget";
const EXAMPLE_INITIAL: &str = "examples/shanghai-putuo-shehuigongzuobu-2024-final/2024年初预算.budget";

#[test]
fn the_reference_final_accounts_against_its_budgets() {
    // 全年预算 321.02 万元, 决算 307.82: the reference's 95.89%; 公用经费 as the 决算 prints it (10.23).
    let text = render::terminal(&diff(&side(EXAMPLE_FULL), &side(EXAMPLE)), false);
    assert_eq!(row(&text, "支出合计"), ["321.02", "307.82", "-13.20", "95.89%"]);
    assert_eq!(row(&text, "公用经费"), ["10.22", "10.23", "+0.01", "100.10%"]);
    assert_eq!(row(&text, "2013950 事业运行"), ["17.68", "11.31", "-6.37", "63.97%"]);
    assert_eq!(row(&text, "2013999 其他社会工作事务支出"), ["202.24", "202.24", "0.00", "100.00%"]);
    // All of it is 一般公共预算: its tree is not printed twice.
    assert!(text.contains("支出全部为一般公共预算财政拨款，一般公共预算财政拨款支出的对比与上表相同。"), "{text}");
    assert!(!text.contains("一般公共预算财政拨款支出（按功能分类科目）"), "{text}");
    // The 年初预算 is 0 (the department was founded in 2024): no rate anywhere.
    let text = render::terminal(&diff(&side(EXAMPLE_INITIAL), &side(EXAMPLE)), false);
    assert_eq!(row(&text, "支出合计"), ["0.00", "307.82", "+307.82", "无预算"]);
    assert_eq!(row(&text, "2013901 行政运行"), ["0.00", "51.32", "+51.32", "无预算"]);
    assert!(!text.contains('%'), "{text}");
}

#[test]
fn final_accounts_alone_are_compared_with_the_budgets_they_name() {
    // `budgetc diff 决算` with no NEW: against its 年初预算, then its 全年预算.
    let o = budgetc(&["diff", EXAMPLE]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let initial = text.find(&format!("预算：{EXAMPLE_INITIAL}")).expect("年初预算 first");
    let full = text.find(&format!("预算：{EXAMPLE_FULL}")).expect("then 全年预算");
    assert!(initial < full, "{text}");
    assert_eq!(row(&text[..full], "支出合计"), ["0.00", "307.82", "+307.82", "无预算"]);
    assert_eq!(row(&text[full..], "支出合计"), ["321.02", "307.82", "-13.20", "95.89%"]);
    // A file that names no budget still needs NEW (status 2, saying why).
    let o = budgetc(&["diff", "tests/fixtures/err/W5008-accounts-without-their-budget.budget"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("budget"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn balance_lines_and_income_by_item_are_facts_of_the_diff() {
    let tmp = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(ACTUAL).expect("read");
    // 1.00 moved from 年末结转和结余 to 结余分配 of 事业收入.
    let edited = text
        .replace("balance 结余分配 事业收入 2.00", "balance 结余分配 事业收入 3.00")
        .replace("balance 年末结转和结余 事业收入 3.00", "balance 年末结转和结余 事业收入 2.00");
    assert_ne!(edited, text);
    let new = tmp.path().join("new.budget");
    std::fs::write(&new, edited).expect("write");
    let text = render::terminal(&diff(&side(ACTUAL), &side(new.to_str().expect("utf-8 path"))), false);
    assert!(text.contains("~ 结余分配 事业收入\n      金额: 2.00 → 3.00 (+1.00)"), "{text}");
    assert!(text.contains("~ 年末结转和结余 事业收入\n      金额: 3.00 → 2.00 (-1.00)"), "{text}");
}

/// A 决算 and a budget file that is valid as figures (what `check` of the 决算 reads) but
/// not as a budget of its own: a project without performance goals (B3006) and no
/// `template` line. `check` of the 决算 passes; `diff` must read the budget the same way
/// and not say it has errors, whether the 决算 is named alone or with the budget.
#[test]
fn diff_reads_the_budget_files_for_their_figures_as_check_does() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    let budget = "department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"示例局（本级）\" kind 行政\n\
                  income 一般公共预算拨款 80.00\nbasic 2013901 行政运行\n  人员 30101 基本工资 50.00\n\
                  project P001 \"培训项目\"\n  function 2013999 其他社会工作事务支出\n  amount 30.00\n";
    std::fs::write(dir.join("budget.budget"), budget).expect("write");
    let actual = "department 901 \"示例局\"\nyear 2024 决算\nmoney 万元\ntemplate shanghai-2024-final\n\
                  budget \"budget.budget\"\nunit \"示例局（本级）\" kind 行政\nincome 一般公共预算拨款 75.00\n\
                  basic 2013901 行政运行\n  人员 30101 基本工资 50.00\nproject P001 \"培训项目\"\n\
                  function 2013999 其他社会工作事务支出\n  amount 25.00\n  evaluation 目标\n\
                  prose 部门职责\n> 示例局负责示例工作。\n";
    std::fs::write(dir.join("accounts.budget"), actual).expect("write");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_budgetc"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("run")
    };
    let o = run(&["check", "accounts.budget"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The budget alone is no valid budget (B3006): the case diff must not report.
    let o = run(&["check", "budget.budget"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("B3006"), "{}", String::from_utf8_lossy(&o.stderr));
    for args in [&["diff", "accounts.budget"][..], &["diff", "budget.budget", "accounts.budget"]] {
        let o = run(args);
        let text = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {text}{}", String::from_utf8_lossy(&o.stderr));
        assert!(!text.contains("有错误"), "{args:?}: {text}");
        assert_eq!(row(&text, "支出合计"), ["80.00", "75.00", "-5.00", "93.75%"], "{args:?}");
        assert_eq!(row(&text, "项目支出"), ["30.00", "25.00", "-5.00", "83.33%"], "{args:?}");
    }
    // A budget with an error in its figures is still said to have errors (check of the
    // 决算 reports it too).
    std::fs::write(dir.join("budget.budget"), budget.replace("50.00", "5O.00")).expect("write");
    assert!(!run(&["check", "accounts.budget"]).status.success());
    for args in [&["diff", "accounts.budget"][..], &["diff", "budget.budget", "accounts.budget"]] {
        let text = String::from_utf8_lossy(&run(args).stdout).into_owned();
        assert!(text.contains("注意：budget.budget 有错误"), "{args:?}: {text}");
    }
}
