//! Narrative features on small budgets: last year's figures read from last year's file,
//! cited figures in prose, and errors in both.

use std::path::Path;

use budgetc::diag::Diagnostics;

fn narrative(path: &str) -> (String, Diagnostics) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load(Path::new(path), &mut diags).expect("load");
    let budget = budgetc::compile(&sources, &mut diags);
    let text = budget
        .map(|b| budgetc::render::narrative(&b).iter().map(|s| s.text()).collect::<Vec<_>>().join("\n"))
        .unwrap_or_default();
    (text, diags)
}

#[test]
fn changes_from_last_year_are_computed_from_last_years_file() {
    let (text, diags) = narrative("tests/fixtures/ok/prior/2024.budget");
    assert!(diags.is_empty(), "{:?}", diags.as_slice());
    for figure in [
        "2024年预算收支安排119.50万元，较2023年预算减少10.50万元，其中：基本支出增加4.50万元。项目支出减少15.00万元，主要为测试项目压减。",
        "对比2023年减少5.0%。",
        "与2023年相比减少0.50万元。",
        "本部门2024年收入119.50万元，其中项目支出10.00万元，测试项目10.00万元。",
    ] {
        assert!(text.contains(figure), "lacks {figure}\n{text}");
    }
}

#[test]
fn an_unknown_citation_is_an_error_at_its_place() {
    let dir = tempfile::tempdir().expect("tmp");
    let src = std::fs::read_to_string("tests/fixtures/ok/prior/2024.budget")
        .expect("read")
        .replace("{项目支出}", "{项目总支出}")
        .replace("prior \"2023.budget\"", "prior \"missing.budget\"");
    let path = dir.path().join("b.budget");
    std::fs::write(&path, src).expect("write");
    let (_, diags) = narrative(path.to_str().expect("utf8"));
    let codes: Vec<&str> = diags.as_slice().iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["B0005", "B1008"]);
}

#[test]
fn running_costs_cover_only_administrative_and_civil_service_units() {
    let text = "department 901 \"示例局\"\nyear 2024\nmoney 万元\n\
        unit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款\n\
        unit \"示例中心\" kind 事业 level \"正科级\" funding 财政拨款\n\
        income 一般公共预算拨款 120.00\n\
        basic 2080101 行政运行\n  人员 30101 基本工资 100.00\n  公用 30201 办公费 10.00\n\
        basic 2080101 行政运行 unit \"示例中心\"\n  公用 30201 办公费 10.00\n\
        total 公用经费 20.00\ntotal 机关运行经费 10.00\n";
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("units.budget", text, &mut diags);
    let budget = budgetc::compile(&sources, &mut diags).expect("valid");
    assert!(diags.is_empty(), "{:?}", diags.as_slice());
    assert_eq!(budget.running_costs().to_string(), "10.00");
    let narrative: String = budgetc::render::narrative(&budget).iter().map(|s| s.text()).collect();
    assert!(narrative.contains("机关运行经费共计安排10.00万元"));
    let org = budgetc::render::forms::organisation(&budget);
    assert_eq!(org.rows.len(), 2);
    // Stating the 公用经费 of both units as 机关运行经费 is the C22 error.
    let wrong = text.replace("total 机关运行经费 10.00", "total 机关运行经费 20.00");
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("units.budget", &wrong, &mut diags);
    assert!(budgetc::compile(&sources, &mut diags).is_none());
    let codes: Vec<&str> = diags.as_slice().iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["B2108"]);
}

/// The 编制说明 compares each function 项 with last year's figure as the template words it:
/// a percentage of last year's figure, 持平 when equal, and the increase in money (never
/// “增加100%”) from a zero base; a 项 without a `prior` line prints no comparison.
#[test]
fn each_item_is_compared_with_last_year_in_the_templates_words() {
    let text = "department 1 \"示例局\"\nyear 2026\nmoney 元\ntemplate shanghai-2026\n\
        unit \"示例局\" kind 行政\nincome 一般公共预算拨款 60000.00\n\
        basic 2040601 行政运行\n  人员 30101 基本工资 10000.00\nbasic 2080501 行政单位离退休\n  人员 30302 退休费 20000.00\n\
        basic 2101101 行政单位医疗\n  人员 30110 职工基本医疗保险缴费 30000.00\n\
        prior 2040601 0.00\nprior 2080501 20000.00\nreason 2080501 \"人数不变\"\n\
        prior 财政拨款 50000.00\nprose 部门职责\n> 职责。\n";
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("t.budget", text, &mut diags);
    let budget = budgetc::compile(&sources, &mut diags).expect("valid");
    let narrative: String = budgetc::render::narrative(&budget).iter().map(|s| s.text()).collect();
    for figure in [
        "财政拨款收入6.00万元，比2025年预算增加1.00万元；",
        "行政运行（01项）1.00万元。2025年当年预算执行数为0万元，2026年预算安排1.00万元，比2025年预算执行数增加1.00万元。",
        "比2025年预算执行数持平".replace("比", "与").as_str(),
        "主要原因是：人数不变。",
        "行政单位医疗（01项）3.00万元。",
    ] {
        assert!(narrative.contains(figure), "lacks {figure}\n{narrative}");
    }
    assert!(!narrative.contains("100%"), "{narrative}");
    assert!(!narrative.contains("行政单位医疗（01项）3.00万元。2025"), "{narrative}");
}

/// A prose slot named by blocks' `instead` replaces them (printed once, where the first
/// stood); an `optional` section prints only when it has content.
#[test]
fn a_written_slot_replaces_the_generated_blocks_that_name_it() {
    let base = "department 1 \"示例局\"\nyear 2026\nmoney 元\ntemplate shanghai-2026\n\
        unit \"示例局\" kind 行政\nincome 一般公共预算拨款 10000.00\n\
        basic 2040601 行政运行\n  人员 30101 基本工资 10000.00\nprose 部门职责\n> 职责。\n\
        prose 总体情况\n> 总体。\n";
    let sections = |text: &str| {
        let mut diags = Diagnostics::new();
        let sources = budgetc::load_str("t.budget", text, &mut diags);
        let budget = budgetc::compile(&sources, &mut diags).expect("valid");
        budgetc::render::narrative(&budget).iter().map(|s| s.text()).collect::<Vec<_>>()
    };
    let generated = sections(base);
    let explanation = generated.iter().find(|s| s.contains("部门预算编制说明")).expect("编制说明");
    assert!(explanation.contains("财政拨款支出主要内容如下：") && explanation.contains("总体。"), "{explanation}");
    assert!(!generated.iter().any(|s| s.contains("项目经费情况说明")));
    let written =
        sections(&format!("{base}prose 编制说明\n> 第一段。\n> 第二段。\nprose 项目经费情况说明\n> 一、项目概述\n"));
    let explanation = written.iter().find(|s| s.contains("部门预算编制说明")).expect("编制说明");
    assert_eq!(explanation, "四、部门预算编制说明\n第一段。\n第二段。");
    assert_eq!(written.last().map(String::as_str), Some("七、项目经费情况说明\n一、项目概述"));
}
