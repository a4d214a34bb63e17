//! Precise messages for invalid lines: each is re-read with the rule its first word
//! names, and the first token that does not fit is reported with what was expected.

use pest::error::{ErrorVariant, InputLocation};
use pest::Parser;

use super::parser::{BudgetParser, Rule};
use crate::diag::{Code, Diagnostic};
use crate::span::{FileId, Span};

/// The statement a line most likely meant, from its first word, and its form.
fn intended(first: &str) -> Option<(Rule, &'static str)> {
    Some(match first {
        "department" => (Rule::department, "department <单位编码> \"<name>\""),
        "year" => (Rule::year, "year <YYYY>"),
        "money" => (Rule::money, "money 万元"),
        "template" => (Rule::template, "template hebei-2024"),
        "tolerance" => (Rule::tolerance, "tolerance 0.01"),
        "include" => (Rule::include, "include \"<file>.budget\""),
        "catalog" => (Rule::catalog_file, "catalog \"<政府收支分类科目>.csv\""),
        "unit" => (Rule::unit, "unit \"<name>\" kind 行政 level \"<规格>\" funding <经费保障形式>"),
        "code" => (Rule::code_decl, "code function|economic <code> <name>"),
        "income" => (Rule::income, "income <funding source> <amount>"),
        "basic" => (Rule::basic, "basic <function 项> [<name>] [fund <source>] [unit \"<unit>\"]"),
        "人员" | "公用" => (Rule::basic_item, "人员|公用 <economic 款> [<name>] <amount>"),
        "project" => (Rule::project, "project <项目编码> \"<name>\""),
        "function" => (Rule::function, "function <function 项> [<name>]"),
        "fund" => (Rule::fund, "fund <funding source>"),
        "amount" => (Rule::project_amount, "amount <财政资金> [other <其他资金>]"),
        "purpose" => (Rule::purpose, "purpose \"<资金用途>\""),
        "short" => (Rule::short, "short \"<the name the narrative uses>\""),
        "sangong" => (Rule::sangong, "sangong [fund <source>]"),
        "assets" => (Rule::assets, "assets <YYYY-MM-DD>"),
        "total" => (Rule::total, "total <key or code> <amount>"),
        "plan" => (Rule::plan, "plan <3月底%> <6月底%> <10月底%> <12月底%> (`-` for a blank cell)"),
        "goal" => (Rule::goal, "goal \"<绩效目标>\""),
        "indicator" => (Rule::indicator, "indicator <一级> <二级> \"<三级指标>\" \"<描述>\" <指标值> basis \"<依据>\""),
        "prose" => (Rule::prose, "prose <slot>"),
        "prior" => (Rule::prior, "prior \"<last year>.budget\" or prior <key> <amount>"),
        "reason" => (Rule::reason, "reason <key> \"<text>\""),
        "purchase" => (Rule::purchase, "purchase <项目编码> \"<物品>\" <目录序号> <计量单位> <数量> <单价>"),
        _ => return None,
    })
}

/// A human name for a rule, for "expected …" messages.
fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::code => "a code",
        Rule::amount => "an amount",
        Rule::string => "a quoted text",
        Rule::bare | Rule::text => "a name",
        Rule::staff => "人员 or 公用",
        Rule::fund_clause => "`fund <source>`",
        Rule::unit_clause => "`unit \"<name>\"`",
        Rule::other_clause => "`other <amount>`",
        Rule::attr | Rule::attr_key => "an attribute (kind, level, funding)",
        Rule::family => "`function` or `economic`",
        Rule::EOI => "the end of the line",
        Rule::plan_cell => "a percentage or `-`",
        Rule::measure | Rule::number => "an indicator value",
        Rule::basis => "`basis <依据>`",
        Rule::date => "a date (YYYY-MM-DD)",
        Rule::keyword | Rule::kw_fund => "a keyword",
        _ => "a token",
    }
}

/// The byte length of the text of a line without a trailing comment and spaces.
pub(crate) fn content_len(line: &str) -> usize {
    let mut in_string = false;
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '#' if !in_string => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    line[..end].trim_end().len()
}

/// The word at `offset` of `line`, for "found …".
fn word_at(line: &str, offset: usize) -> &str {
    let rest = line.get(offset..).unwrap_or("");
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// The diagnostic for an invalid line starting at byte `start` of `file`.
pub(crate) fn invalid_line(file: FileId, start: usize, line: &str) -> Diagnostic {
    let whole = Span::new(file, start, start + content_len(line));
    let first = line.split_whitespace().next().unwrap_or("");
    let Some((rule, form)) = intended(first) else {
        return Diagnostic::error(Code::B0001, format!("`{first}` does not start a statement"))
            .primary(Span::new(file, start, start + first.len()), "unknown keyword")
            .help("a line starts with a keyword such as `basic`, `project`, `income` or `total`, or, inside a block, with 人员/公用, a 三公 item or an asset category");
    };
    let content = &line[..content_len(line)];
    let (offset, expected) = match BudgetParser::parse(rule, content) {
        Ok(pairs) => {
            let end = pairs.last().map_or(0, |p| p.as_span().end());
            (end + (content.len() - end - content[end..].trim_start().len()), "the end of the line".to_owned())
        }
        Err(e) => {
            let pos = match e.location {
                InputLocation::Pos(p) | InputLocation::Span((p, _)) => p,
            };
            let expected = match &e.variant {
                ErrorVariant::ParsingError { positives, .. } if !positives.is_empty() => {
                    let mut names: Vec<_> = positives.iter().map(|r| describe(*r)).collect();
                    names.dedup();
                    names.join(" or ")
                }
                _ => "something else".to_owned(),
            };
            (pos, expected)
        }
    };
    let found = word_at(content, offset);
    let at = if found.is_empty() {
        Span::new(file, start + offset, start + offset)
    } else {
        Span::new(file, start + offset, start + offset + found.len())
    };
    let message = if found.is_empty() {
        format!("incomplete `{first}` line: expected {expected}")
    } else {
        format!("invalid `{first}` line: expected {expected}, found `{found}`")
    };
    Diagnostic::error(Code::B0001, message)
        .primary(at, format!("expected {expected}"))
        .secondary(whole, "while reading this line")
        .help(format!("the line has the form: {form}"))
}
