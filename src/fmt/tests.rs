use super::format;
use crate::diag::Diagnostics;

fn fmt(src: &str) -> String {
    let mut diags = Diagnostics::new();
    format(src, &mut diags).unwrap_or_else(|| panic!("syntax errors: {:?}", diags.as_slice()))
}

#[test]
fn messy_input_becomes_canonical() {
    let src = "\n\n# header comment\ndepartment   106  唐山局\nyear 2024\n\n\n\nincome 一般公共预算 110.00\n basic 2080101\n# about wages\n人员 30101 100.00 # wages\n      公用 30201 办公费   10.00\nproject P1 名称\nfunction 2080104\nindicator 产出 数量 人数 服务人数 >=10人 basis 经验\nsangong\n公务接待费 1.00\n\n";
    let want = "# header comment\ndepartment 106 \"唐山局\"\nyear 2024\n\nincome 一般公共预算拨款 110.00\nbasic 2080101 行政运行\n  # about wages\n  人员 30101 基本工资 100.00  # wages\n  公用 30201 办公费    10.00\nproject P1 \"名称\"\n  function 2080104 综合业务管理\n  indicator 产出指标 数量指标 \"人数\" \"服务人数\" ≥10人 basis \"经验\"\nsangong\n  公务接待费 1.00\n";
    assert_eq!(fmt(src), want);
}

#[test]
fn formatting_is_idempotent_and_keeps_every_comment() {
    let src = "department 1 \"x\" # the department\n# a\n\n# b\nbasic 2080101 # after header\n  人员 30101 1.00\n  公用 30201 办公费 22.50 # c\n";
    let once = fmt(src);
    assert_eq!(fmt(&once), once);
    for comment in ["# the department", "# a", "# b", "# after header", "# c"] {
        assert!(once.contains(comment), "lost {comment}");
    }
}

#[test]
fn cjk_names_align_by_display_width() {
    let out = fmt("basic 2080101\n  人员 30101 1.00\n  人员 30199 20.00\n");
    let cols: Vec<usize> =
        out.lines().skip(1).map(|l| unicode_width::UnicodeWidthStr::width(&l[..l.rfind('.').expect("dot")])).collect();
    assert_eq!(cols[0], cols[1], "{out}");
}

#[test]
fn files_with_syntax_errors_are_refused() {
    let mut diags = Diagnostics::new();
    assert!(format("basic 2080101\n人员 30101 1O0.00\n", &mut diags).is_none());
    assert!(diags.has_errors());
}

#[test]
fn block_lines_take_their_canonical_order_with_their_comments() {
    let src = "basic 2080101 行政运行\n  公用 30201 办公费 1.00\n  # wages\n  人员 30102 津贴补贴 2.00\n  人员 30101 基本工资 3.00\n\n  公用 30207 邮电费 4.00\nproject P1 \"名称\"\n  indicator 满意度指标 服务对象满意度指标 \"甲\" \"甲\" ≥90% basis \"经验\"\n  # the money\n  amount 5.00\n  indicator 产出指标 数量指标 \"乙\" \"乙\" ≥1人 basis \"经验\"\n  function 2080104 综合业务管理\n";
    let want = "basic 2080101 行政运行\n  人员 30101 基本工资 3.00\n  # wages\n  人员 30102 津贴补贴 2.00\n  公用 30201 办公费   1.00\n\n  公用 30207 邮电费 4.00\nproject P1 \"名称\"\n  function 2080104 综合业务管理\n  # the money\n  amount 5.00\n  indicator 满意度指标 服务对象满意度指标 \"甲\" \"甲\" ≥90% basis \"经验\"\n  indicator 产出指标 数量指标 \"乙\" \"乙\" ≥1人 basis \"经验\"\n";
    assert_eq!(fmt(src), want);
    assert_eq!(fmt(want), want);
}

/// Formats, then checks that the output says the same and is a fixpoint.
fn fmt_verified(src: &str) -> String {
    let once = fmt(src);
    assert_eq!(super::verify(src, &once), Ok(()), "{src:?} → {once:?}");
    assert_eq!(fmt(&once), once, "not idempotent on {src:?}");
    once
}

const LF: &str =
    "year 2024\nmoney 万元\n# a comment\nbasic 2080101\n  人员 30101 1.00  # wages\n\nprose 部门职责\n> 第一段\n";

#[test]
fn every_line_end_the_parser_knows_ends_a_line_for_the_printer() {
    let want = fmt_verified(LF);
    assert_eq!(want.lines().count(), 8, "{want}");
    for ends in ["\r", "\r\n"] {
        assert_eq!(fmt_verified(&LF.replace('\n', ends)), want, "line ends {ends:?}");
    }
    let mixed = "year 2024\rmoney 万元\r\n# a comment\nbasic 2080101\r  人员 30101 1.00  # wages\r\n\r> 第一段";
    assert_eq!(fmt_verified(mixed), want.replace("prose 部门职责\n", ""));
}

#[test]
fn textconv_reads_every_line_end() {
    let want = super::textconv(LF);
    assert_eq!(super::textconv(&LF.replace('\n', "\r")), want);
    assert_eq!(super::textconv(&LF.replace('\n', "\r\n")), want);
}

#[test]
fn characters_that_are_no_line_end_stay_inside_their_line() {
    for odd in ['\u{85}', '\u{2028}', '\u{2029}'] {
        let src = format!("prose 部门职责\n> 一{odd}二\n# c{odd}d\n");
        let out = fmt_verified(&src);
        assert_eq!(out, src);
    }
}

#[test]
fn an_nbsp_is_part_of_a_bare_label_and_stays_bare() {
    // The grammar separates tokens by spaces, tabs and U+3000 only: an NBSP belongs to the
    // label, which must stay bare where the grammar accepts no quotes (a `prior` key).
    let out = fmt_verified("prior 支出\u{a0}总计 1.00\n");
    assert_eq!(out, "prior 支出\u{a0}总计 1.00\n");
    let out = fmt_verified("sangong\n  公务\u{a0}接待费 1.00\ntotal 本年\u{a0}收入 1.00\nmoney 万\u{a0}元\n");
    assert!(!out.contains('"'), "{out}");
}

#[test]
fn separators_are_spaces_tabs_and_the_ideographic_space() {
    let out = fmt_verified("year\u{3000}2024\nbasic\t2080101\n\u{3000}人员\u{3000}30101\t1.00\u{3000}# c\n");
    assert_eq!(out, "year 2024\nbasic 2080101 行政运行\n  人员 30101 基本工资 1.00  # c\n");
    // Inside quotes a separator is text, and a label holding one is quoted.
    let out = fmt_verified("sangong\n  \"公务\u{3000}接待费\" 1.00\n  \"公务\t接待费\" 2.00\n");
    assert!(out.contains("\"公务\u{3000}接待费\"") && out.contains("\"公务\t接待费\""), "{out}");
}

#[test]
fn an_entry_label_that_would_start_another_statement_stays_quoted() {
    let out = fmt_verified("sangong\n  \"人员\" 1.00\n  \"year\" 2024\n  \">x\" 1.00\n  \"funding\" 1.00\n");
    assert_eq!(out, "sangong\n  \"人员\"    1.00\n  \"year\"    2024\n  \">x\"      1.00\n  \"funding\" 1.00\n");
}

#[test]
fn a_byte_order_mark_is_kept_in_front() {
    assert_eq!(fmt_verified("\u{feff}year   2024\n"), "\u{feff}year 2024\n");
    assert_eq!(fmt_verified("\u{feff}\n# c\n  人员 30101 1.00\n"), "\u{feff}  # c\n  人员 30101 1.00\n");
    assert_eq!(fmt_verified("\u{feff}"), "\u{feff}");
    // The grammar also reads a mark after separators at the start.
    assert_eq!(fmt_verified("\u{3000} \u{feff}\nyear 2024\n"), "\u{feff}year 2024\n");
}

#[test]
fn empty_files_comment_files_and_no_final_newline() {
    assert_eq!(fmt_verified(""), "");
    assert_eq!(fmt_verified("\n\n\r\n"), "");
    assert_eq!(fmt_verified("# only\r# comments"), "# only\n# comments\n");
    assert_eq!(fmt_verified("year 2024"), "year 2024\n");
}

#[test]
fn a_comment_takes_the_indent_of_the_next_statement_in_one_pass() {
    use super::{comment_indents, Out};
    let comment = || Out::Comment { text: "# c".into() };
    let stmt =
        |indent| Out::Stmt { indent, prefix: "x".into(), amounts: vec![], comment: None, align: None, order: None };
    let lines = [comment(), comment(), stmt(true), comment(), Out::Blank, comment(), stmt(false), comment()];
    assert_eq!(
        comment_indents(&lines),
        [Some(true), Some(true), Some(true), Some(false), Some(false), Some(false), Some(false), None]
    );
}

#[test]
fn no_name_is_filled_in_without_a_year_line() {
    assert_eq!(fmt("basic 2080101\n  公用 30213 5.00\n"), "basic 2080101\n  公用 30213 5.00\n");
    assert_eq!(
        fmt("year 2024\nbasic 2080101\n  公用 30213 5.00\n"),
        "year 2024\nbasic 2080101 行政运行\n  公用 30213 维修(护)费 5.00\n"
    );
}

#[test]
fn codes_in_purchase_clauses_stay_unquoted() {
    let out = fmt_verified("purchase 服务 会议服务 economic 30215 form 分散采购 2.00\n");
    assert_eq!(out, "purchase 服务 \"会议服务\" economic 30215 form 分散自行组织 2.00\n");
}

#[test]
fn reserve_and_stated_purchases_are_canonical_and_idempotent() {
    let src = "year 2019\nreserve 2040501   fund 一般公共预算拨款 unit \"本级\"  5011.40\npurchase A PC服务器 form 集中采购 special 信息网络建设费 68.00\n";
    let once = fmt_verified(src);
    assert_eq!(
        once,
        "year 2019\nreserve 2040501 行政运行 fund 一般公共预算拨款 unit \"本级\" 5011.40\npurchase 货物 \"PC服务器\" special 信息网络建设费 form 政府集中采购 68.00\n"
    );
    assert_eq!(fmt_verified(&once), once);
}

#[test]
fn spend_lines_are_canonical_and_idempotent() {
    let src = "year 2024\nspend 上缴上级  2013950 fund 事业收入 unit \"事业单位\" 8.00 # 上缴\nspend 经营支出 2013950 fund 经营收入 10.00\nspend 对附属单位补助 2013999 其他社会工作事务支出 4.00\n";
    let once = fmt_verified(src);
    assert_eq!(
        once,
        "year 2024\nspend 上缴上级支出 2013950 事业运行 fund 事业收入 unit \"事业单位\"  8.00  # 上缴\nspend 经营支出 2013950 事业运行 fund 事业单位经营收入             10.00\nspend 对附属单位补助支出 2013999 其他社会工作事务支出              4.00\n"
    );
    assert_eq!(fmt_verified(&once), once);
}

/// `basic fund公共预算` is no function code `fund` named 公共预算 (which fmt would print as the
/// fund clause `basic fund 公共预算`, another statement): it is an invalid line.
#[test]
fn a_basic_code_is_never_the_word_fund() {
    let mut diags = Diagnostics::new();
    assert!(format("basic fund公共预算\n", &mut diags).is_none());
    assert!(diags.has_errors());
    assert_eq!(fmt("basic funding1\n"), "basic funding1\n");
}
