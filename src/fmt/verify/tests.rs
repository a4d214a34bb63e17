use super::{verify, Difference};

const INPUT: &str = "department 1 \"局\"  # the department\nyear 2024\n\n# wages\nbasic 2080101\n  公用 30201 办公费 10.00\n  人员 30101 1.00  # base\nproject P1 \"名称\"\n  indicator 产出 数量 \"甲\" \"甲\" >=1人 basis \"经验\"\n  indicator 满意度 服务对象满意度 \"乙\" \"乙\" ≥90% basis \"经验\"\n  amount 5.00 other 1.00\nsangong # three\nprose 部门职责\n> 第一段\n> 第二段 # not a comment\n";

#[test]
fn a_pure_relayout_passes() {
    let relaid = "department 1 局 # the department\r\nyear   2024\r\r\r# wages\rbasic 2080101 行政运行\n人员 30101 基本工资 1.00 # base\n  公用 30201 办公费 10.00\nproject P1 名称\n  amount 5.00 other 1.00\n  indicator 产出指标 数量指标 甲 甲 ≥1人 basis 经验\n  indicator 满意度指标 服务对象满意度指标 乙 乙 ≥90% basis 经验\nsangong  # three\nprose 部门职责\n> 第一段\n> 第二段 # not a comment";
    assert_eq!(verify(INPUT, relaid), Ok(()));
    assert_eq!(verify(INPUT, INPUT), Ok(()));
}

#[test]
fn a_dropped_comment_is_caught() {
    for comment in ["  # the department", "# wages\n", "  # base", " # three"] {
        let changed = INPUT.replacen(comment, "", 1);
        assert!(matches!(verify(INPUT, &changed), Err(Difference::Comment { .. })), "{comment}");
    }
    let changed = INPUT.replace("# wages", "# wage");
    assert_eq!(verify(INPUT, &changed), Err(Difference::Comment { line: Some(4) }));
}

#[test]
fn a_dropped_line_is_caught() {
    for line in ["year 2024\n", "  公用 30201 办公费 10.00\n", "  amount 5.00 other 1.00\n", "sangong # three\n"] {
        let changed = INPUT.replacen(line, "", 1);
        assert!(matches!(verify(INPUT, &changed), Err(Difference::Fact { .. })), "{line}");
    }
    let everything_after_the_first_line = INPUT.lines().next().unwrap_or_default().to_owned() + "\n";
    assert!(verify(INPUT, &everything_after_the_first_line).is_err());
}

#[test]
fn a_changed_amount_or_term_is_caught() {
    for (from, to) in [
        ("10.00", "10.0"),
        ("1.00  #", "1.01  #"),
        ("other 1.00", ""),
        (">=1人", ">1人"),
        ("year 2024", "year 2025"),
        ("\"局\"", "\"局 \""),
        ("30201 办公费", "30201 邮电费"),
    ] {
        let changed = INPUT.replacen(from, to, 1);
        assert_ne!(changed, INPUT);
        assert!(matches!(verify(INPUT, &changed), Err(Difference::Fact { .. })), "{from} → {to}");
    }
}

#[test]
fn indicators_keep_their_order() {
    let a = "project P1 \"x\"\n  indicator 产出 数量 \"甲\" \"甲\" ≥1人\n  indicator 产出 数量 \"乙\" \"乙\" ≥1人\n";
    let b = "project P1 \"x\"\n  indicator 产出 数量 \"乙\" \"乙\" ≥1人\n  indicator 产出 数量 \"甲\" \"甲\" ≥1人\n";
    assert!(verify(a, b).is_err());
}

#[test]
fn a_changed_prose_line_is_caught() {
    for (from, to) in [
        ("> 第一段\n", ""),
        ("第二段", "第二 段"),
        ("第二段 # not a comment", "第二段"),
        ("> 第一段\n> 第二段", "> 第二段\n> 第一段"),
    ] {
        let changed = INPUT.replacen(from, to, 1);
        assert!(matches!(verify(INPUT, &changed), Err(Difference::Prose { .. })), "{from} → {to}");
    }
}

#[test]
fn an_unreadable_output_is_caught() {
    assert_eq!(verify(INPUT, "prior \"支出 总计\" 1.00\n"), Err(Difference::Unreadable));
    assert_eq!(verify("year 20x4 extra\n", "year 2024\n"), Err(Difference::InputUnreadable));
}
