use super::*;

fn parse_str(src: &str) -> (ast::File, Diagnostics) {
    let mut diags = Diagnostics::new();
    let file = parse(0, src, &mut diags);
    (file, diags)
}

#[test]
fn every_statement_parses() {
    let src = "department 106 \"局\"\nyear 2024\nmoney 万元\ntemplate hebei-2024\ntolerance 0.01\n\
               unit \"局（本级）\" kind 行政 level \"副处（县）级\" funding 财政拨款\n\
               code function 2080198 新项\nincome 一般公共预算拨款 5679.70\n\
               basic 2080101 行政运行 fund 一般公共预算\n  人员 30101 基本工资 286.23\n  公用 30201 11.25 # c\n\
               project P1 \"名 称\"\n  function 2080104\n  fund 政府性基金\n  amount 50.00 other 1.00\n  purpose \"用途\"\n\
               sangong fund 一般公共预算\n  公务接待费 3.00\nassets 2023-12-31\n  车辆 1 14.58\ntotal 2080116 2840.00\n";
    let (file, diags) = parse_str(src);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(file.items.len(), 21);
    assert!(file.items.iter().all(|i| !matches!(i.kind, ast::ItemKind::Invalid(_))));
}

#[test]
fn each_bad_line_is_reported_and_the_rest_parsed() {
    let (file, diags) = parse_str("year 2024\nbasic\nfoo bar baz\n人员 30101 基本工资 1O0.00\n");
    let codes: Vec<_> = diags.as_slice().iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["B0001", "B0001", "B2001"]);
    assert_eq!(file.items.len(), 4);
}

#[test]
fn names_may_not_look_like_amounts() {
    let (file, diags) = parse_str("人员 30101 286.23\n");
    assert!(diags.is_empty());
    let ast::ItemKind::BasicItem { name, amount, .. } = &file.items[0].kind else { panic!("not a basic item") };
    assert!(name.is_none());
    assert_eq!(amount.text, "286.23");
}

#[test]
fn parsing_never_panics_on_odd_input() {
    for src in ["", "\n\n", "\"", "department", "人员", "#", "total", "\u{3000}", "a\r\nb", "assets\n  车辆 x y z"]
    {
        let _ = parse_str(src);
    }
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let (file, diags) = parse_str("\u{feff}year 2024\r\nmoney 万元 # c\r\n  人员 30101 1.00\r\n");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(file.items.len(), 3);
}

#[test]
fn an_amount_before_a_comment_is_no_function_code() {
    // `110  # …`: the code of an income or balance line is followed by its amount.
    for src in ["income 一般公共预算拨款 110  # 注释\n", "balance 年末结转和结余 一般公共预算 3 #注释\n"]
    {
        let (file, diags) = parse_str(src);
        assert!(diags.is_empty(), "{src}: {diags:?}");
        match &file.items[0].kind {
            ast::ItemKind::Income { function, .. } | ast::ItemKind::Balance { function, .. } => {
                assert!(function.is_none(), "{src}");
            }
            other => panic!("{src}: {other:?}"),
        }
    }
    let (file, diags) = parse_str("income 事业收入 2013950 30.00 # 注释\n");
    assert!(diags.is_empty(), "{diags:?}");
    let ast::ItemKind::Income { function, .. } = &file.items[0].kind else { panic!("not income") };
    assert_eq!(function.as_ref().map(|f| f.text.as_str()), Some("2013950"));
}

#[test]
fn evaluation_lines_parse_with_their_clauses() {
    let (file, diags) = parse_str("evaluation 目标\nevaluation 自评 score 95.50 rating 优 problems 1 # c\n");
    assert!(diags.is_empty(), "{diags:?}");
    let ast::ItemKind::Evaluation { stage, score, rating, problems } = &file.items[1].kind else {
        panic!("not an evaluation")
    };
    assert_eq!(stage.text, "自评");
    assert_eq!(score.as_ref().map(|a| a.text.as_str()), Some("95.50"));
    assert_eq!(rating.as_ref().map(|r| r.text.as_str()), Some("优"));
    assert_eq!(problems.as_ref().map(|a| a.text.as_str()), Some("1"));
    let (_, diags) = parse_str("evaluation 自评 rating 优 score 95\n");
    assert_eq!(diags.as_slice().iter().map(|d| d.code.as_str()).collect::<Vec<_>>(), ["B0001"]);
}

/// The help of each diagnostic of `src`, in Chinese.
fn helps(src: &str) -> Vec<String> {
    let (_, diags) = parse_str(src);
    crate::diag::with_lang(crate::diag::Lang::Zh, || {
        diags.as_slice().iter().map(|d| d.help.as_ref().map(ToString::to_string).unwrap_or_default()).collect()
    })
}

#[test]
fn a_mistyped_keyword_names_the_keyword_valid_where_it_stands() {
    let near = |src: &str| helps(src).into_iter().filter(|h| h.starts_with("是否应为")).collect::<Vec<_>>();
    assert_eq!(near("blance 年初结转和结余 10\n"), ["是否应为 `balance`？即写作 `balance 年初结转和结余 10`"]);
    assert_eq!(near("yera 2024  # 年度\n"), ["是否应为 `year`？即写作 `year 2024`"]);
    // A project's lines only in a project; 人员/公用 only in a basic block.
    assert!(near("fnd 一般公共预算\n").is_empty());
    assert_eq!(near("project P1 \"名\"\n  fnd 一般公共预算\n"), ["是否应为 `fund`？即写作 `fund 一般公共预算`"]);
    assert_eq!(near("projct P1 \"名\"\n  fnd 一般公共预算\n").len(), 2, "a mistyped header opens its block");
    assert_eq!(near("basic 2080101\n  人原 30101 1.00\n"), ["是否应为 `人员`？即写作 `人员 30101 1.00`"]);
    assert_eq!(near("project P1 \"名\"\n  purpse \"用途\"\n"), ["是否应为 `purpose`？即写作 `purpose \"用途\"`"]);
    assert!(near("人原 30101 1.00\n").is_empty());
    // Far words, words of the language that start no line, and entries that stay entries.
    assert!(near("in 一般公共预算拨款 10\nspending 经营支出 2080101 3.00\nbasis 经验\nxyzzy 1 2\n").is_empty());
    assert!(near("sangong\n  公务接待费 3.00\n\"yera\" 2024\n").is_empty());
}

#[test]
fn a_mistyped_header_drops_its_block() {
    let (file, _) = parse_str("basc fund 一般公共预算\n  人员 1.00\nyera 2024\n");
    let kinds: Vec<_> = file.items.iter().map(|i| &i.kind).collect();
    assert!(matches!(kinds.as_slice(), [ast::ItemKind::InvalidHeader, _, ast::ItemKind::Invalid(Some("year"))]));
}

#[test]
fn fmt_quotes_an_entry_label_that_would_read_as_a_mistyped_keyword() {
    // `"yera" 2024` is an entry; `yera 2024` is a mistyped `year 2024` (found by props).
    assert!(starts_statement("yera"));
    assert!(starts_statement("\u{feff}year"));
    assert!(!starts_statement("公务接待费"));
    assert!(!starts_statement("车辆"));
}
