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
