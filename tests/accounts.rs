//! Final accounts (部门决算): the reference example and a fixture with carry-overs,
//! 结余分配 and a non-empty 政府性基金 table, built and read back from the CSVs. The expected
//! rows of the example are the reference's (../shared/reference/shanghai-putuo-
//! shehuigongzuobu-2024-final-accounts.tables.json, checked against the published pages);
//! those of the fixture were worked out by hand (see the comments of carry.budget).

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], out: Option<&Path>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_budgetc"));
    c.args(args).env("NO_COLOR", "1");
    if let Some(out) = out {
        c.arg("-o").arg(out);
    }
    c.output().expect("run budgetc")
}

fn csv(out: &Path, name: &str) -> String {
    std::fs::read_to_string(out.join("csv").join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Checks a fixture (exit 0, no warning) and builds it; the directory lives as long as the
/// returned guard.
fn clean_build(fixture: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let o = run(&["check", fixture], None);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("警告["), "{}", String::from_utf8_lossy(&o.stderr));
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    assert_eq!(run(&["build", fixture], Some(&out)).status.code(), Some(0));
    (tmp, out)
}

/// A temporary directory holding the empty 2024 budget the fixtures name (`budget
/// "budget-2024-empty.budget"`), for copies of them.
fn with_the_empty_budget() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tmp");
    let name = "budget-2024-empty.budget";
    std::fs::copy(Path::new("tests/fixtures/ok/accounts").join(name), tmp.path().join(name)).expect("copy");
    tmp
}

fn has(table: &str, row: &str) {
    assert!(table.contains(&format!("{row}\r\n")), "no row `{row}` in\n{table}");
}

#[test]
fn the_reference_accounts_build_with_their_rounding_gaps() {
    let example = "examples/shanghai-putuo-shehuigongzuobu-2024-final.budget";
    let o = run(&["check", "--format", "short", example], None);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("警告[")).collect();
    // 302 = 10.23 whose 款 add to 10.22: printed as 302, 公用经费合计 and 机关运行经费.
    assert_eq!(warnings.len(), 3, "{stderr}");
    assert!(warnings.iter().all(|w| w.contains("[W2001]")), "{stderr}");
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    assert_eq!(run(&["build", example], Some(&out)).status.code(), Some(0));
    let t1 = csv(&out, "01-收入支出决算总表.csv");
    has(&t1, "一、一般公共预算财政拨款收入,307.82,一、一般公共服务支出,264.87");
    has(&t1, "本年收入合计,307.82,本年支出合计,307.82");
    has(&t1, "使用非财政拨款结余,,结余分配,");
    has(&t1, "总计,307.82,总计,307.82");
    let t3 = csv(&out, "03-支出决算表.csv");
    has(&t3, ",合计,307.82,105.58,202.24,,,");
    // The two-block table prints the stated 302 (10.23), whose 款 add to 10.22.
    let t6 = csv(&out, "06-一般公共预算财政拨款基本支出决算表.csv");
    has(&t6, "301,工资福利支出,95.36,302,商品和服务支出,10.23");
    has(&t6, "30102,津贴补贴,39.72,30202,印刷费,0.00");
    has(&t6, ",,,310,资本性支出,0.00");
    has(&t6, "人员经费合计,95.36,公用经费合计,10.23");
    // The narrative: budget figures from the year's budget files, no rate of a budget of 0,
    // shares computed half-up (住房保障 29.42 / 307.82 = 9.56%; the document prints 9.55%).
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    for sentence in [
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，年初预算为0，不计算完成率，完成全年预算数的95.89%。决算数小于全年预算数的主要原因：人员经费支出数小于预算数。",
        // Growth from a zero base is stated in money, never as 增长100%.
        "与2023年度相比，收入支出总计增加307.82万元（2023年度为0，不计算增长率）。主要原因：单位于2024年成立。",
        "机关运行经费支出10.23万元，与2023年度相比增加10.23万元（2023年度为0，不计算增长率）。",
        // 政府采购 by enterprise: the other (not reserved) purchases won by 中小企业 are 0.
        "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0万元。",
        "住房保障支出（类）29.42万元，占9.56%。",
        "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因：人员变动引起实际支出低于预算。",
        "全年预算为202.24万元，支出决算为202.24万元，完成全年预算数的100.00%。决算数与全年预算数持平。",
        "公用经费10.23万元，主要包括：办公费、邮电费、差旅费、维修（护）费、",
        "中共上海市普陀区委社会工作部2024年度无“三公”经费财政拨款支出。",
        // 十 and 十一（三） from the `evaluation` lines and the `assets` block: the reference's
        // text, with the project's 全年预算 202.24 where the document prints 175.52.
        "中共上海市普陀区委社会工作部2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：严格贯彻落实《上海市预算绩效管理实施办法》和本区“预算绩效管理实施办法”，完善内控制度，做好绩效管理工作；全过程绩效管理实施情况：编报绩效目标的2024年度项目1个，涉及预算金额202.24万元；绩效跟踪评价的2024年度项目1个，涉及预算金额202.24万元；绩效自评的2024年度项目1个，涉及预算金额202.24万元，平均得分100.00分（其中，绩效评级为“优”的项目1个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题0个）。",
        "截至2024年12月31日，中共上海市普陀区委社会工作部共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）0台（套）。",
    ] {
        assert!(n.contains(sentence), "no `{sentence}` in\n{n}");
    }
    assert!(!n.contains("完成年初预算的"), "{n}");
    assert!(!n.contains("增长100"), "{n}");
    let t7 = csv(&out, "07-财政拨款“三公”经费支出决算表.csv");
    assert!(t7.contains("说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。"), "{t7}");
    // Table 8 prints the template's notes, without its instruction to whoever fills it in.
    let t8 = csv(&out, "08-政府性基金预算财政拨款收入支出决算表.csv");
    assert!(t8.ends_with("注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。\r\n说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。\r\n"), "{t8}");
}

/// `prose 表注 "…"` writes the notes under a table in place of the template's: the
/// as-published source restates tables 8 and 9 with the instruction left in print.
#[test]
fn table_notes_as_written_replace_the_templates() {
    let tmp = tempfile::tempdir().expect("tmp");
    let out = tmp.path().join("out");
    let source = "examples/shanghai-putuo-shehuigongzuobu-2024-final/as-published.budget";
    assert_eq!(run(&["build", source], Some(&out)).status.code(), Some(0));
    let t9 = csv(&out, "09-国有资本经营预算财政拨款收入支出决算表.csv");
    let notes = "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。\r\n\
        无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：\r\n\
        说明：中共上海市普陀区委社会工作部本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。\r\n";
    assert!(t9.ends_with(notes), "{t9}");
    assert_eq!(t9.matches("\n说明：").count(), 1, "{t9}");
}

#[test]
fn carry_overs_distribution_and_a_government_fund_table() {
    let fixture = "tests/fixtures/ok/accounts/carry.budget";
    let (_tmp, out) = clean_build(fixture);
    let t1 = csv(&out, "01-收入支出决算总表.csv");
    has(&t1, "本年收入合计,280.00,本年支出合计,275.00");
    has(&t1, "使用非财政拨款结余,,结余分配,2.00");
    has(&t1, "年初结转和结余,25.00,年末结转和结余,28.00");
    // 说明二 names each source of income the department has: 250 ÷ 280 = 89.29%, 30 ÷ 280 = 10.71%.
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    assert!(
        n.contains("本年收入合计280.00万元，其中：财政拨款收入250.00万元，占89.29%；事业收入30.00万元，占10.71%。"),
        "{n}"
    );
    has(&t1, "总计,305.00,总计,305.00");
    // Income by 项: spending + 年末 − 年初 of each 项 (2013999: 60 + 10 − 20), or as stated.
    let t2 = csv(&out, "02-收入决算表.csv");
    has(&t2, ",合计,280.00,250.00,,30.00,,,");
    has(&t2, "2013999,其他社会工作事务支出,50.00,50.00,,,,,");
    has(&t2, "2013950,事业运行,30.00,,,30.00,,,");
    has(&t2, "2120805,补助被征地农民支出,50.00,50.00,,,,,");
    let t4 = csv(&out, "04-财政拨款收入支出决算总表.csv");
    has(&t4, "年初财政拨款结转和结余,25.00,年末财政拨款结转和结余,25.00,10.00,15.00,");
    has(&t4, "二、政府性基金预算财政拨款,5.00,,,,,");
    has(&t4, "总计,275.00,总计,275.00,220.00,55.00,");
    let t8 = csv(&out, "08-政府性基金预算财政拨款收入支出决算表.csv");
    has(&t8, "2120805,补助被征地农民支出,5.00,50.00,40.00,,40.00,15.00");
    has(&t8, ",合计,5.00,50.00,40.00,,40.00,15.00");
    assert!(!t8.contains("本表无数据"), "{t8}");
}

/// 三公 of final accounts: 预算数 from the year's budget beside the 决算数 (table 7), and the
/// 说明's counts (批次, 人次, 保有量) from the `sangong` block; figures worked out by hand in
/// the fixture's comment.
#[test]
fn sangong_with_its_budget_and_counts() {
    let fixture = "tests/fixtures/ok/accounts/sangong.budget";
    let (_tmp, out) = clean_build(fixture);
    let t7 = csv(&out, "07-财政拨款“三公”经费支出决算表.csv");
    has(&t7, "4.00,3.50,,,1.50,1.50,,,1.50,1.50,2.50,2.00");
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    let sentence = "示例局2024年度“三公”经费财政拨款支出决算为3.50万元，全年预算为4.00万元，完成全年预算数的87.50%。\
        其中：因公出国（境）费0万元，组织因公出国（境）团组0个、0人次；公务用车购置费0万元，购置车辆0辆；\
        公务用车运行维护费1.50万元，年末公务用车保有量1辆；公务接待费2.00万元，其中国内公务接待3批次、20人次，\
        外事接待0批次、0人次。";
    assert!(n.contains(sentence), "{n}");
}

/// 上缴上级支出, 经营支出 and 对附属单位补助支出 (`spend` lines): in 本年支出合计, in their 项
/// and in the identities of final accounts, never in 基本支出, 项目支出 or the 财政拨款 tables;
/// figures worked out by hand in the fixture's comment.
#[test]
fn spend_lines_fill_the_last_three_columns_of_the_spending_table() {
    let fixture = "tests/fixtures/ok/accounts/spend.budget";
    let (_tmp, out) = clean_build(fixture);
    let t1 = csv(&out, "01-收入支出决算总表.csv");
    has(&t1, "一、一般公共预算财政拨款收入,150.00,一、一般公共服务支出,197.00");
    has(&t1, "六、经营收入,12.00,六、科学技术支出,");
    has(&t1, "本年收入合计,207.00,本年支出合计,197.00");
    has(&t1, "使用非财政拨款结余,,结余分配,2.00");
    has(&t1, "年初结转和结余,,年末结转和结余,8.00");
    has(&t1, "总计,207.00,总计,207.00");
    let t2 = csv(&out, "02-收入决算表.csv");
    has(&t2, ",合计,207.00,150.00,,40.00,12.00,,5.00");
    has(&t2, "2013999,其他社会工作事务支出,35.00,30.00,,,,,5.00");
    let t3 = csv(&out, "03-支出决算表.csv");
    has(&t3, ",合计,197.00,145.00,30.00,8.00,10.00,4.00");
    has(&t3, "201,一般公共服务支出,197.00,145.00,30.00,8.00,10.00,4.00");
    has(&t3, "20139,社会工作事务,197.00,145.00,30.00,8.00,10.00,4.00");
    has(&t3, "2013901,行政运行,120.00,120.00,,,,");
    has(&t3, "2013950,事业运行,43.00,25.00,,8.00,10.00,");
    has(&t3, "2013999,其他社会工作事务支出,34.00,,30.00,,,4.00");
    // None of the three is 财政拨款: the 财政拨款 tables hold 基本支出 and 项目支出 only.
    let t4 = csv(&out, "04-财政拨款收入支出决算总表.csv");
    has(&t4, "本年收入合计,150.00,本年支出合计,150.00,150.00,,");
    has(&t4, "总计,150.00,总计,150.00,150.00,,");
    let t5 = csv(&out, "05-一般公共预算财政拨款支出决算表.csv");
    has(&t5, ",合计,150.00,120.00,30.00");
    has(&t5, "2013999,其他社会工作事务支出,30.00,,30.00");
    // 说明三 names the three with their shares of 197.00 (half-up): 145 → 73.60%, 30 → 15.23%,
    // 8 → 4.06%, 10 → 5.08%, 4 → 2.03%.
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    assert!(
        n.contains(
            "本年支出合计197.00万元，其中：基本支出145.00万元，占73.60%；项目支出30.00万元，占15.23%；\
             上缴上级支出8.00万元，占4.06%；经营支出10.00万元，占5.08%；对附属单位补助支出4.00万元，占2.03%。"
        ),
        "{n}"
    );
    // `total` keys of the three kinds, and the change of one line in `diff`.
    let tmp = with_the_empty_budget();
    let src = std::fs::read_to_string(fixture).expect("fixture");
    let stated = tmp.path().join("stated.budget");
    std::fs::write(&stated, format!("{src}total 上缴上级支出 8.00\ntotal 经营支出 10.00\ntotal 对附属单位补助支出 4.00\ntotal 本年支出合计 197.00\n"))
        .expect("write");
    let o = run(&["check", stated.to_str().expect("path")], None);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let changed = tmp.path().join("changed.budget");
    let edited = src
        .replace("unit \"示例事业单位\" 10.00", "unit \"示例事业单位\" 9.00")
        .replace("balance 结余分配 事业单位经营收入 2.00", "balance 结余分配 事业单位经营收入 3.00");
    std::fs::write(&changed, edited).expect("write");
    let o = run(&["diff", fixture, changed.to_str().expect("path")], None);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("~ 经营支出 2013950 事业运行 (事业单位经营收入, 示例事业单位)"), "{stdout}");
    assert!(stdout.contains("支出决算表 · 2013950 事业运行 · 经营支出: 10.00 → 9.00 (-1.00)"), "{stdout}");
}

/// In a budget the three kinds count in the balance of their fund (income = spending) and
/// fill the 部门预算支出总表's columns of the Hebei template.
#[test]
fn spend_lines_of_a_budget_fill_the_hebei_spending_table() {
    let (_tmp, out) = clean_build("tests/fixtures/ok/accounts/spend-budget.budget");
    let t3 = csv(&out, "03-部门预算支出总表.csv");
    has(&t3, "1,,合计,136.00,120.00,,10.00,6.00,");
    has(&t3, "5,2013950,事业运行,16.00,,,10.00,6.00,");
    let t1 = csv(&out, "01-部门预算收支总表.csv");
    has(&t1, "1,一、一般公共预算拨款收入,120.00,一、一般公共服务支出,136.00");
    has(&t1, "5,五、单位资金,16.00,五、教育支出,");
}

/// 预算绩效管理情况 and 国有资产占有使用情况 of final accounts generated from the facts: the
/// projects' `evaluation` lines (涉及预算金额 from the 全年预算, the average score half-up, the
/// counts by rating) and the `assets` block's vehicles by use; figures worked out by hand in
/// the fixture's comment.
#[test]
fn evaluation_and_vehicles_from_the_facts() {
    let fixture = "tests/fixtures/ok/accounts/evaluation.budget";
    let (_tmp, out) = clean_build(fixture);
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    let evaluation = "示例局2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：\
        本局制定了项目绩效管理办法；全过程绩效管理实施情况：编报绩效目标的2024年度项目3个，涉及预算金额105.00万元；\
        绩效跟踪评价的2024年度项目1个，涉及预算金额50.00万元；绩效自评的2024年度项目2个，涉及预算金额80.00万元，\
        平均得分88.88分（其中，绩效评级为“优”的项目1个；绩效评级为“良”的项目1个；绩效评级为“合格”的项目0个；\
        绩效评级为“不合格”的项目0个。绩效自评中共发现问题3个）。";
    assert!(n.contains(evaluation), "{n}");
    let assets = "截至2024年12月31日，示例局共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、\
        机要通信用车0辆、应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。\
        单价100万元（含）以上设备（不含车辆）1台（套）。";
    assert!(n.contains(assets), "{n}");
    // Without evaluation lines or an assets block the sections keep their prose (or 无相关内容).
    let (_tmp, out) = clean_build("tests/fixtures/ok/accounts/sangong.budget");
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    assert!(!n.contains("全过程绩效管理实施情况"), "{n}");
    assert!(n.contains("### （三）国有资产占有使用情况说明\n\n无相关内容。"), "{n}");
}

/// Last year's figures may name 上缴上级支出, 经营支出 and 对附属单位补助支出, and they are part of
/// last year's 支出总计 (B2201 lists every part that was stated).
#[test]
fn last_year_figures_may_name_the_three_kinds_of_spending() {
    let tmp = with_the_empty_budget();
    let src = std::fs::read_to_string("tests/fixtures/ok/accounts/spend.budget").expect("fixture");
    let check = |extra: &str| {
        let path = tmp.path().join("prior.budget");
        std::fs::write(&path, format!("{src}{extra}")).expect("write");
        run(&["check", "--format", "short", path.to_str().expect("path")], None)
    };
    // 70.00 + 20.00 + 经营支出 10.00 = 100.00.
    let o = check("prior 支出总计 100.00\nprior 基本支出 70.00\nprior 项目支出 20.00\nprior 经营支出 10.00\n");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = check("prior 支出总计 100.00\nprior 基本支出 70.00\nprior 项目支出 20.00\nprior 经营支出 9.00\n");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("B2201"), "{stderr}");
    assert!(
        stderr.contains("上年基本支出 70.00 + 项目支出 20.00 + 经营支出 9.00 = 99.00，不等于支出总计 100.00"),
        "{stderr}"
    );
}

/// 一 and 四 compare the 收入支出总计 they print (本年收入 + 使用非财政拨款结余 + 年初结转和结余)
/// with last year's, not 本年支出合计: carry.budget's 280.00 + 25.00 = 305.00 against a stated
/// 280.00 is +25.00, 8.93%; its 财政拨款 250.00 + 年初 25.00 = 275.00 against 250.00 is +10.00%.
#[test]
fn totals_with_carry_overs_are_compared_with_last_years_totals() {
    let tmp = with_the_empty_budget();
    let src = std::fs::read_to_string("tests/fixtures/ok/accounts/carry.budget").expect("fixture");
    let path = tmp.path().join("prior.budget");
    std::fs::write(&path, format!("{src}prior 收入支出总计 280.00\nprior 财政拨款收入支出总计 250.00\n"))
        .expect("write");
    let out = tmp.path().join("out");
    let o = run(&["build", path.to_str().expect("path")], Some(&out));
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let n = std::fs::read_to_string(out.join("narrative.md")).expect("narrative");
    assert!(
        n.contains("示例局2024年度收入支出总计305.00万元。与2023年度相比，收入支出总计增加25.00万元，增长8.93%。"),
        "{n}"
    );
    assert!(
        n.contains("示例局2024年度财政拨款收入支出总计275.00万元。与2023年度相比，财政拨款收入支出总计增加25.00万元，增长10.00%。"),
        "{n}"
    );
}

/// Every budget file that a 决算 of the ok fixtures or of the examples names (`budget "…"`,
/// `budget 全年 "…"`) is itself a valid budget: `check` of it alone gives no error. The
/// 决算 reads them only for their figures, but a user may check one on its own.
#[test]
fn the_budget_files_of_final_accounts_check_on_their_own() {
    let mut accounts = vec![];
    for dir in ["tests/fixtures/ok/accounts", "examples"] {
        for e in std::fs::read_dir(dir).expect("dir").flatten() {
            let p = e.path();
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            if p.extension().is_some_and(|x| x == "budget")
                && text.lines().any(|l| l.starts_with("year ") && l.ends_with("决算"))
            {
                accounts.push(p);
            }
        }
    }
    let mut named = vec![];
    for p in &accounts {
        let mut diags = budgetc::diag::Diagnostics::new();
        let sources = budgetc::load(p, &mut diags).expect("load");
        assert!(!sources.budgets.is_empty(), "{} names no budget", p.display());
        for (_, id, _) in &sources.budgets {
            named.push(sources.map.get(*id).expect("file").path.clone());
        }
    }
    // carry, evaluation, sangong, spend and the example's 年初预算 and 全年预算.
    assert!(named.len() >= 6, "{named:?}");
    for budget in named {
        let o = run(&["check", "--format", "short", budget.to_str().expect("utf-8")], None);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{}: {stderr}", budget.display());
        assert!(!stderr.contains("错误["), "{}: {stderr}", budget.display());
    }
}
