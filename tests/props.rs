//! Property tests: the parser is total, `fmt` is a fixpoint that keeps the model, the
//! facts, the comments and the prose (whatever the line ends and separators), and the
//! tables do not depend on the order of lines.

use budgetc::diag::Diagnostics;
use proptest::prelude::*;

/// Lines a finance officer might write, valid or not, to build whole files from.
const LINES: &[&str] = &[
    "department 901 \"示例局\"",
    "year 2024",
    "money 万元",
    "template hebei-2024",
    "unit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款",
    "income 一般公共预算拨款 110.00",
    "income 一般公共预算 1",
    "basic 2080101 行政运行",
    "basic 2080101",
    "basic 2101101 fund 一般公共预算",
    "  人员 30101 基本工资 100.00",
    "人员 30102   5.5 # comment",
    "  公用 30201 办公费 10.00",
    "project P1 \"名称\"",
    "  function 2080104",
    "  amount 5.00 other 1.00",
    "  plan 20% - 80% 100%",
    "  indicator 产出 数量 人数 描述 >=10人 basis 经验",
    "  indicator 满意度 服务对象满意度 \"满意度\" \"描述\" ≥90% basis \"经验\"",
    "sangong",
    "  公务接待费 1.00",
    "assets 2023-12-31",
    "  车辆 1 14.58",
    "total 本年收入合计 110.00",
    "prose 部门职责",
    "> 职责 {本年收入合计}",
    "# a comment",
    "",
    "   ",
];

/// Valid lines with the characters the grammar and the printer could read differently: an
/// NBSP (part of a label), the ideographic space and tabs (separators), odd characters
/// that are no line end.
const ODD_LINES: &[&str] = &[
    "prior 支出\u{a0}总计 1.00",
    "  公务\u{a0}接待费 1.00",
    "total 本年\u{a0}收入合计 1.00",
    "year\u{3000}2024",
    "\u{3000}人员\u{3000}30101\u{3000}1.00\u{3000}# 注释",
    "\t公用\t30201 办公费\t10.00",
    "  \"公务\u{3000}接待费\" 2.00",
    "  \"人员\" 3.00",
    "  \"year\" 2024",
    "  \">注\" 1.00",
    "> 段落\u{a0}文字\u{3000}",
    ">\u{3000}缩进的段落 # 不是注释",
    "# 注释\u{a0}里\u{85}有\u{2028}怪字符",
    "money 万\u{a0}元",
    "\u{feff}",
    "\u{3000}",
    "\t",
];

/// Line ends the grammar knows, and none (at the end of a file).
const ENDS: &[&str] = &["\n", "\r\n", "\r"];

/// A file of valid lines, ordinary and odd, each ended by any line end.
fn odd_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![2 => prop::sample::select(LINES), 1 => prop::sample::select(ODD_LINES)];
    let ended = (line, prop::sample::select(ENDS));
    (prop::collection::vec(ended, 0..40), any::<bool>()).prop_map(|(lines, last_end)| {
        let mut text: String = lines.iter().map(|(l, e)| format!("{l}{e}")).collect();
        if !last_end {
            let _ = text.pop();
        }
        text.replace("\u{feff}", "") // a BOM only at the start
    })
}

/// A file of valid lines with a separator-like character put anywhere (it may not parse).
fn mutated_file() -> impl Strategy<Value = String> {
    let odd = prop::sample::select(&['\u{a0}', '\u{3000}', '\t', ' ', '\r', '\u{85}', '\u{feff}'][..]);
    (odd_file(), prop::collection::vec((odd, 0usize..2000), 1..4)).prop_map(|(text, inserts)| {
        let mut text = text;
        for (c, at) in inserts {
            let at = text.char_indices().map(|(i, _)| i).find(|i| *i >= at % (text.len() + 1)).unwrap_or(text.len());
            text.insert(at, c);
        }
        text
    })
}

/// Formats `text`: None if it has syntax errors, else the output, which must say the same
/// (facts, comments, prose), keep the model and be a fixpoint.
fn fmt_checked(text: &str) -> Result<Option<String>, TestCaseError> {
    let Some(once) = budgetc::fmt::format(text, &mut Diagnostics::new()) else { return Ok(None) };
    prop_assert_eq!(budgetc::fmt::verify(text, &once), Ok(()), "{:?} → {:?}", text, once);
    let twice = budgetc::fmt::format(&once, &mut Diagnostics::new());
    prop_assert_eq!(twice.as_deref(), Some(once.as_str()), "not idempotent on {:?}", text);
    prop_assert_eq!(model(text), model(&once));
    Ok(Some(once))
}

/// Lines that do not parse.
const BAD_LINES: &[&str] = &["@@@", "\"unterminated", "department", "  公用 30201 1O0.00", "basic", "year 20x4 extra"];

/// A file of lines that parse (the checks may still fail).
fn file() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(LINES), 0..40).prop_map(|lines| lines.join("\n") + "\n")
}

/// A file where some lines do not parse.
fn broken_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![4 => prop::sample::select(LINES), 1 => prop::sample::select(BAD_LINES)];
    prop::collection::vec(line, 0..40).prop_map(|lines| lines.join("\n") + "\n")
}

fn model(text: &str) -> (Option<String>, Vec<String>) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("prop.budget", text, &mut diags);
    let budget = budgetc::compile(&sources, &mut diags);
    // As a multiset: formatting may move lines, and diagnostics are sorted by place.
    let mut codes: Vec<String> = diags.as_slice().iter().map(|d| d.code.to_string()).collect();
    codes.sort();
    (budget.map(|b| budgetc::render::json(&b)), codes)
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parsing_and_checking_never_panic(text in any::<String>()) {
        let _ = model(&text);
    }

    #[test]
    fn parsing_never_panics_on_budget_like_text(text in broken_file(), cut in 0usize..400) {
        let _ = model(&text);
        let cut = text.char_indices().map(|(i, _)| i).find(|i| *i >= cut).unwrap_or(text.len());
        let _ = model(&text[..cut]);
    }

    #[test]
    fn fmt_is_a_fixpoint_and_keeps_the_model(text in file()) {
        let mut diags = Diagnostics::new();
        let once = budgetc::fmt::format(&text, &mut diags);
        prop_assert!(once.is_some(), "valid lines were refused: {:?}", diags.as_slice());
        let once = once.unwrap_or_default();
        let twice = budgetc::fmt::format(&once, &mut Diagnostics::new());
        prop_assert_eq!(twice.as_deref(), Some(once.as_str()));
        prop_assert_eq!(model(&text), model(&once));
        prop_assert_eq!(budgetc::fmt::verify(&text, &once), Ok(()));
    }

    #[test]
    fn fmt_keeps_facts_comments_and_prose_whatever_the_line_ends(text in odd_file()) {
        let once = fmt_checked(&text)?;
        prop_assert!(once.is_some(), "valid lines were refused: {:?}", text);
    }

    #[test]
    fn fmt_never_changes_meaning_of_what_it_accepts(text in mutated_file()) {
        let _ = fmt_checked(&text)?;
    }

    #[test]
    fn tables_do_not_depend_on_the_order_of_lines(order in Just((0..8).collect::<Vec<usize>>()).prop_shuffle()) {
        let items = [
            "  人员 30101 基本工资 100.00", "  人员 30102 津贴补贴 7.25", "  人员 30103 奖金 3.10",
            "  公用 30201 办公费 10.00", "  公用 30207 邮电费 0.35", "  公用 30211 差旅费 2.01",
            "  公用 30216 培训费 1.00", "  人员 30199 其他工资福利支出 0.29",
        ];
        let head = "department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"示例局（本级）\" kind 行政 level \"正处级\" funding 财政拨款\nincome 一般公共预算拨款 124.00\nbasic 2080101 行政运行\n";
        let tables = |lines: Vec<&str>| {
            let text = format!("{head}{}\n", lines.join("\n"));
            let mut diags = Diagnostics::new();
            let sources = budgetc::load_str("order.budget", &text, &mut diags);
            let budget = budgetc::compile(&sources, &mut diags).expect("valid");
            budgetc::render::tables(&budget).iter().map(budgetc::render::csv::table).collect::<Vec<_>>()
        };
        let shuffled = order.iter().map(|i| items[*i]).collect();
        prop_assert_eq!(tables(items.to_vec()), tables(shuffled));
    }
}
