//! Templates as data: a template that only a data file defines (tests/fixtures/templates/
//! mini.toml) builds a budget written in 元, with its tables as the file says. The expected
//! rows were worked out by hand from mini.budget.

use std::path::Path;
use std::process::Command;

fn build(out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_budgetc"))
        .args(["build", "tests/fixtures/templates/mini.budget", "-o"])
        .arg(out)
        .env("NO_COLOR", "1")
        .output()
        .expect("run budgetc");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("警告"), "{}", String::from_utf8_lossy(&o.stderr));
}

fn csv(out: &Path, name: &str) -> String {
    std::fs::read_to_string(out.join("csv").join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn a_template_defined_only_by_data_builds_its_tables() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    build(&out);
    // 收支总表: two sides; only the 类 with spending, renumbered; 0.00 for zero; separators.
    assert_eq!(
        csv(&out, "01-2026年收支总表.csv"),
        "\u{feff}2026年收支总表\r\n编制部门：示例区示例局\r\n单位：元\r\n收入项目,预算数,支出项目,预算数\r\n\
         一、一般公共预算,\"1,234,567.89\",一、一般公共服务支出,\"1,200,000.00\"\r\n\
         二、事业收入,0.00,二、住房保障支出,\"34,567.89\"\r\n\
         收入总计,\"1,234,567.89\",支出总计,\"1,234,567.89\"\r\n"
    );
    // 支出表: split 类/款/项 columns, total last, a measure of the template's own.
    let t2 = csv(&out, "02-2026年支出表.csv");
    assert!(t2.contains("201,01,01,行政运行,900000.00,900000.00,0.00,800000.00\r\n"), "{t2}");
    assert!(t2.contains("201,01,02,一般行政管理事务,300000.00,0.00,300000.00,0.00\r\n"), "{t2}");
    assert!(t2.ends_with(",,,合计,1234567.89,934567.89,300000.00,834567.89\r\n"), "{t2}");
    // 三公 in 万元 from a 元 source: 12345.00 元 = 1.2345 万元, half-up to 1.23; zero as 0.
    assert!(csv(&out, "03-2026年“三公”经费表.csv").ends_with("1.23,0,1.23,0\r\n"));
    // The narrative: the template's text in its units, and a citation with a unit
    // (34567.89 元 = 3.46 万元).
    let md = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    assert!(md.contains("## 一、收支总体情况"), "{md}");
    assert!(md.contains("2026年收入预算123.46万元，支出预算1234567.89元，其中“三公”经费12345.00元。"), "{md}");
    // A share, half-up to 2 decimals: 34567.89 ÷ 934567.89 = 3.6988…%.
    assert!(md.contains("住房公积金3.46万元，基本支出934567.89元，住房公积金占基本支出的3.70%。"), "{md}");
    // A list over the function 项: one paragraph each, figures of that 项 only.
    assert!(
        md.contains("1．一般公共服务支出（201类）人大事务（01款）行政运行（01项）90.00万元，其中基本支出90.00万元。"),
        "{md}"
    );
    assert!(
        md.contains(
            "2．一般公共服务支出（201类）人大事务（01款）一般行政管理事务（02项）30.00万元，其中基本支出0.00万元。"
        ),
        "{md}"
    );
    assert!(
        md.contains("3．住房保障支出（221类）住房改革支出（02款）住房公积金（01项）3.46万元，其中基本支出3.46万元。"),
        "{md}"
    );
    // A list over the 类 joined into one paragraph (`join`, `lead`): 1200000.00 ÷ 1234567.89
    // = 97.2000…%, 34567.89 ÷ 1234567.89 = 2.7999…%; the last row keeps its 。.
    assert!(md.contains("支出按类：一般公共服务支出120.00万元，占97.20%；住房保障支出3.46万元，占2.80%。\n"), "{md}");
    // An empty table prints the template's rows and note.
    assert!(csv(&out, "04-2026年政府性基金预算支出表.csv")
        .ends_with("无\r\n合计\r\n注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。\r\n"));
}
