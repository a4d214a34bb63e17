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
