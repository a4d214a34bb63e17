//! Chinese typing habits: a budget typed with a Chinese input method (curly quotes,
//! full-width digits and signs, a space before a unit, ≧ and the like) compiles to the same
//! model as its ASCII spelling, `fmt` writes the ASCII/official spelling and verifies it,
//! and what has no single meaning is B0011 with what to type instead.

use budgetc::diag::{Code, Diagnostics, Lang};

/// A budget that compiles, in the ASCII spelling.
const ASCII: &str = r#"department 901 "示例局"
year 2024
money 万元
unit "示例局（本级）" kind 行政 level "正处级" funding 财政拨款
income 一般公共预算拨款 120.50
basic 2080101 行政运行
  人员 30101 基本工资 100.00
  公用 30201 办公费 10.00
project P0001 "档案 管理 经费"
  function 2080104 综合业务管理
  amount 10.50
  purpose "用于测试。"
  plan 25.5% 50% - 100%
  goal "完成测试。"
  indicator 产出指标 数量指标 "服务人数" "服务人数" ≥300人次 basis "工作经验"
  indicator 产出指标 成本指标 "成本" "单位成本" ≤740元/年 basis "工作经验"
  indicator 效益指标 社会效益指标 "效果" "效果良好" "良好" basis "工作经验"
  indicator 满意度指标 服务对象满意度指标 "满意度" "满意度" ≥90.5% basis "工作经验"
assets 2023-12-31
  车辆 1 14.58
total 本年收入合计 120.50
"#;

/// Each habit: the ASCII text and what a Chinese input method types instead.
const HABITS: &[(&str, &str)] = &[
    ("department 901 \"示例局\"", "department 901 “示例局”"),
    ("unit \"示例局（本级）\"", "unit ‘示例局（本级）’"),
    ("project P0001 \"档案 管理 经费\"", "project P0001 “档案 管理 经费”"),
    ("purpose \"用于测试。\"", "purpose “用于测试。”"),
    ("\"效果良好\" \"良好\"", "“效果良好” “良好”"),
    ("year 2024", "year ２０２４"),
    ("income 一般公共预算拨款 120.50", "income 一般公共预算拨款 １２０．５０"),
    ("人员 30101 基本工资 100.00", "人员 ３０１０１ 基本工资 １００.００"),
    ("plan 25.5% 50% - 100%", "plan ２５．５％ ５０％ － １００％"),
    ("≥300人次", "≥300 人次"),
    ("≥300人次", "≥ 300 人次"),
    ("≥300人次", "≧３００人次"),
    ("≥300人次", "＞＝300人次"),
    ("≤740元/年", "≦７４０元／年"),
    ("≥90.5%", "≥90.5％"),
    ("≥90.5%", "≥９０．５ ％"),
    ("assets 2023-12-31", "assets ２０２３－１２－３１"),
    ("车辆 1 14.58", "车辆 １ １４．５８"),
    ("total 本年收入合计 120.50", "total 本年收入合计 １２０．５０"),
];

fn compile(text: &str) -> (Option<String>, Vec<Code>) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("habits.budget", text, &mut diags);
    let budget = budgetc::compile(&sources, &mut diags);
    (budget.map(|b| budgetc::render::json(&b)), diags.as_slice().iter().map(|d| d.code).collect())
}

fn fmt(text: &str) -> Option<String> {
    budgetc::fmt::format(text, &mut Diagnostics::new())
}

#[test]
fn each_habit_compiles_to_the_model_of_the_ascii_spelling() {
    let (ascii, codes) = compile(ASCII);
    assert!(ascii.is_some(), "the ASCII budget must compile: {codes:?}");
    for (from, to) in HABITS {
        assert!(ASCII.contains(from), "{from}");
        let typed = ASCII.replacen(from, to, 1);
        let (model, codes) = compile(&typed);
        assert_eq!(model, ascii, "`{to}` compiles to another model than `{from}`: {codes:?}");
        assert!(codes.is_empty(), "`{to}`: {codes:?}");
    }
}

#[test]
fn all_habits_at_once_compile_to_the_same_model_and_fmt_writes_the_ascii_spelling() {
    let mut typed = ASCII.to_owned();
    for (from, to) in HABITS.iter().filter(|(from, _)| *from != "≥300人次" && *from != "≥90.5%") {
        typed = typed.replacen(from, to, 1);
    }
    typed = typed.replacen("≥300人次", "≧３００ 人次", 1).replacen("≥90.5%", "≥９０．５％", 1);
    assert_ne!(typed, ASCII);
    assert_eq!(compile(&typed).0, compile(ASCII).0);
    let canonical = fmt(ASCII).expect("fmt of the ASCII budget");
    let formatted = fmt(&typed).expect("fmt of the typed budget");
    assert_eq!(formatted, canonical, "fmt writes the ASCII spelling");
    assert_eq!(budgetc::fmt::verify(&typed, &formatted), Ok(()));
    assert!(!formatted.contains(['“', '”', '‘', '’', '％', '．', '－', '≧', '０', '５']), "{formatted}");
}

#[test]
fn a_quoted_text_keeps_its_chinese_quotes_where_they_are_not_around_a_token() {
    // Inside "…", and in a bare name (“三公”经费), Chinese quotes are text.
    let text = ASCII.replacen("purpose \"用于测试。\"", "purpose \"关于“三公”经费\"", 1);
    let formatted = fmt(&text).expect("fmt");
    assert!(formatted.contains("purpose \"关于“三公”经费\""), "{formatted}");
    assert_eq!(budgetc::fmt::verify(&text, &formatted), Ok(()));
    let text = ASCII.replacen("\"良好\" basis", "“三公”经费 basis", 1);
    let (model, codes) = compile(&text);
    assert!(model.is_some_and(|m| m.contains("“三公”经费")), "{codes:?}");
    // A whole token in Chinese quotes whose text is itself quoted is written back quoted.
    let text = ASCII.replacen("purpose \"用于测试。\"", "purpose \"“用于测试。”\"", 1);
    let formatted = fmt(&text).expect("fmt");
    assert!(formatted.contains("purpose \"“用于测试。”\""), "{formatted}");
    let text = ASCII.replacen("\"良好\" basis", "\"“良好”\" basis", 1);
    let formatted = fmt(&text).expect("fmt");
    assert!(formatted.contains("\"“良好”\" basis"), "{formatted}");
    assert_eq!(budgetc::fmt::verify(&text, &formatted), Ok(()));
}

#[test]
fn a_comment_after_a_chinese_quoted_text_stays_a_comment() {
    let text = ASCII.replacen("purpose \"用于测试。\"", "purpose “第#1号 用途” # 注释", 1);
    let (model, codes) = compile(&text);
    assert!(model.is_some_and(|m| m.contains("第#1号 用途")), "{codes:?}");
    let formatted = fmt(&text).expect("fmt");
    assert!(formatted.contains("purpose \"第#1号 用途\"  # 注释"), "{formatted}");
    assert_eq!(budgetc::fmt::verify(&text, &formatted), Ok(()));
}

/// The B0011 diagnostics of `text`, rendered in `lang`: (message, help).
fn b0011(text: &str, lang: Lang) -> Vec<(String, String)> {
    let (model, codes) = compile(text);
    assert!(model.is_none());
    assert_eq!(codes, [Code::B0011], "one cause, one diagnostic");
    budgetc::diag::with_lang(lang, || {
        let mut diags = Diagnostics::new();
        let _ = budgetc::load_str("habits.budget", text, &mut diags);
        diags
            .as_slice()
            .iter()
            .map(|d| (d.message.to_string(), d.help.as_ref().map(ToString::to_string).unwrap_or_default()))
            .collect()
    })
}

#[test]
fn mismatched_quotes_say_what_to_type() {
    let text = ASCII.replacen("purpose \"用于测试。\"", "purpose \"用于测试。”", 1);
    let found = b0011(&text, Lang::Zh);
    assert_eq!(found[0].0, "引号不配对：以 \" 开头，却以 ” 结尾");
    assert_eq!(found[0].1, "两端用同一种引号：把 `\"用于测试。”` 写作 `\"用于测试。\"`");
    let text = ASCII.replacen("\"服务人数\" \"服务人数\"", "“服务 人数\" \"服务人数\"", 1);
    let found = b0011(&text, Lang::Zh);
    assert!(found[0].1.contains("把 `“服务 人数\"` 写作 `\"服务 人数\"`"), "{found:?}");
}

#[test]
fn a_unit_after_an_amount_says_what_to_type() {
    let text = ASCII.replacen("income 一般公共预算拨款 120.50", "income 一般公共预算拨款 120.50万元", 1);
    let found = b0011(&text, Lang::Zh);
    assert_eq!(found[0].0, "金额后面不写单位“万元”");
    assert!(found[0].1.contains("如果是 `money 万元`，写作 `income 一般公共预算拨款 120.50`"), "{found:?}");
    let found = b0011(&text, Lang::En);
    assert_eq!(found[0].0, "no unit `万元` after an amount");
}

#[test]
fn a_syntax_error_in_english() {
    let text = ASCII.replacen("year 2024", "year 2024 决算 extra", 1);
    // The language is chosen before the diagnostics are made, as the command line does.
    let render = |lang| {
        budgetc::diag::with_lang(lang, || {
            let mut diags = Diagnostics::new();
            let sources = budgetc::load_str("habits.budget", &text, &mut diags);
            budgetc::diag::render::human(&sources.map, diags.as_slice(), false)
        })
    };
    let en = render(Lang::En);
    assert!(en.contains("error[B0001]: invalid `year` line: expected the end of the line, found `extra`"), "{en}");
    assert!(en.contains("help: the line has the form: year <YYYY> [决算]"), "{en}");
    let zh = render(Lang::Zh);
    assert!(zh.contains("错误[B0001]: `year` 行有误：此处应为行尾，写的是“extra”"), "{zh}");
    assert!(zh.contains("建议：这一行的格式是：year <年度，如 2024>"), "{zh}");
}
