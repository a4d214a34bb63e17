//! Precise messages for invalid lines: each is re-read with the rule its first word
//! names, and the first token that does not fit is reported with what was expected.

use pest::error::{ErrorVariant, InputLocation};
use pest::Parser;

use super::parser::{BudgetParser, Rule};
use crate::diag::{Code, Diagnostic, Message};
use crate::msg;
use crate::span::{FileId, Span};

/// The statement a line most likely meant, from its first word, and the message id of
/// its form (`syntax-form-…`).
pub(super) fn intended(first: &str) -> Option<(Rule, Message)> {
    Some(match first {
        "department" => (Rule::department, msg!("syntax-form-department")),
        "year" => (Rule::year, msg!("syntax-form-year")),
        "money" => (Rule::money, msg!("syntax-form-money")),
        "template" => (Rule::template, msg!("syntax-form-template")),
        "tolerance" => (Rule::tolerance, msg!("syntax-form-tolerance")),
        "include" => (Rule::include, msg!("syntax-form-include")),
        "catalog" => (Rule::catalog_file, msg!("syntax-form-catalog")),
        "unit" => (Rule::unit, msg!("syntax-form-unit")),
        "code" => (Rule::code_decl, msg!("syntax-form-code")),
        "income" => (Rule::income, msg!("syntax-form-income")),
        "basic" => (Rule::basic, msg!("syntax-form-basic")),
        "人员" | "公用" => (Rule::basic_item, msg!("syntax-form-basic-item")),
        "project" => (Rule::project, msg!("syntax-form-project")),
        "function" => (Rule::function, msg!("syntax-form-function")),
        "fund" => (Rule::fund, msg!("syntax-form-fund")),
        "amount" => (Rule::project_amount, msg!("syntax-form-amount")),
        "purpose" => (Rule::purpose, msg!("syntax-form-purpose")),
        "short" => (Rule::short, msg!("syntax-form-short")),
        "sangong" => (Rule::sangong, msg!("syntax-form-sangong")),
        "assets" => (Rule::assets, msg!("syntax-form-assets")),
        "total" => (Rule::total, msg!("syntax-form-total")),
        "plan" => (Rule::plan, msg!("syntax-form-plan")),
        "goal" => (Rule::goal, msg!("syntax-form-goal")),
        "indicator" => (Rule::indicator, msg!("syntax-form-indicator")),
        "evaluation" => (Rule::evaluation, msg!("syntax-form-evaluation")),
        "prose" => (Rule::prose, msg!("syntax-form-prose")),
        "prior" => (Rule::prior, msg!("syntax-form-prior")),
        "reason" => (Rule::reason, msg!("syntax-form-reason")),
        "purchase" => (Rule::purchase, msg!("syntax-form-purchase")),
        "reserve" => (Rule::reserve, msg!("syntax-form-reserve")),
        "spend" => (Rule::spend, msg!("syntax-form-spend")),
        "balance" => (Rule::balance, msg!("syntax-form-balance")),
        "budget" => (Rule::budget_file, msg!("syntax-form-budget")),
        _ => return None,
    })
}

/// A name for a rule, for "expected …" messages.
fn describe(rule: Rule) -> Message {
    match rule {
        Rule::code => msg!("syntax-expected-code"),
        Rule::amount => msg!("syntax-expected-amount"),
        Rule::string => msg!("syntax-expected-string"),
        Rule::bare | Rule::text => msg!("syntax-expected-name"),
        Rule::staff => msg!("syntax-expected-staff"),
        Rule::fund_clause => msg!("syntax-expected-fund-clause"),
        Rule::unit_clause => msg!("syntax-expected-unit-clause"),
        Rule::other_clause => msg!("syntax-expected-other-clause"),
        Rule::attr | Rule::attr_key => msg!("syntax-expected-attr"),
        Rule::family => msg!("syntax-expected-family"),
        Rule::EOI => msg!("syntax-expected-end"),
        Rule::plan_cell => msg!("syntax-expected-plan-cell"),
        Rule::measure | Rule::number => msg!("syntax-expected-value"),
        Rule::basis => msg!("syntax-expected-basis"),
        Rule::date => msg!("syntax-expected-date"),
        Rule::keyword | Rule::kw_fund => msg!("syntax-expected-keyword"),
        _ => msg!("syntax-expected-token"),
    }
}

/// The byte length of the text of a line without a trailing comment and spaces: a `#`
/// outside "…" (and outside “…” or ‘…’ tokens, as the grammar reads them) starts a comment.
pub(crate) fn content_len(line: &str) -> usize {
    let mut in_string = false;
    let mut end = line.len();
    let mut skip_to = 0;
    let mut token_start = true;
    for (i, c) in line.char_indices() {
        if i < skip_to {
            continue;
        }
        let starts = token_start;
        token_start = c.is_whitespace();
        match c {
            '"' => in_string = !in_string,
            '“' | '‘' if starts && !in_string => {
                if let Some(len) = line.get(i..).and_then(super::habits::curly_len) {
                    skip_to = i + len;
                }
            }
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

/// The diagnostic for an invalid line starting at byte `start` of `file`, standing at
/// `place`; and the keyword the line meant (its first word, or the keyword that word is a
/// slip of), if any.
pub(crate) fn invalid_line(
    file: FileId,
    start: usize,
    line: &str,
    place: super::slips::Place,
) -> (Diagnostic, Option<&'static str>) {
    let first = line.split_whitespace().next().unwrap_or("");
    match intended(first) {
        Some((rule, form)) => (invalid_statement(file, start, line, first, rule, form), super::slips::keyword(first)),
        None => super::slips::unknown_keyword(file, start, line, first, place),
    }
}

/// A line whose first word names `rule` but that does not read as it: the first token
/// that does not fit, with what was expected.
fn invalid_statement(file: FileId, start: usize, line: &str, first: &str, rule: Rule, form: Message) -> Diagnostic {
    let whole = Span::new(file, start, start + content_len(line));
    let content = &line[..content_len(line)];
    let (offset, expected) = match BudgetParser::parse(rule, content) {
        Ok(pairs) => {
            let end = pairs.last().map_or(0, |p| p.as_span().end());
            (end + (content.len() - end - content[end..].trim_start().len()), msg!("syntax-expected-end").to_string())
        }
        Err(e) => {
            let pos = match e.location {
                InputLocation::Pos(p) | InputLocation::Span((p, _)) => p,
            };
            let expected = match &e.variant {
                ErrorVariant::ParsingError { positives, .. } if !positives.is_empty() => {
                    let mut names: Vec<String> = positives.iter().map(|r| describe(*r).to_string()).collect();
                    names.dedup();
                    names.join(&msg!("syntax-or").to_string())
                }
                _ => msg!("syntax-expected-other").to_string(),
            };
            (pos, expected)
        }
    };
    if let Some(habit) = super::habits::diagnose(file, start, content, offset) {
        return habit;
    }
    let found = word_at(content, offset);
    let at = if found.is_empty() {
        Span::new(file, start + offset, start + offset)
    } else {
        Span::new(file, start + offset, start + offset + found.len())
    };
    let message = if found.is_empty() {
        msg!("syntax-b0001-incomplete", keyword = first, expected = &expected)
    } else {
        msg!("syntax-b0001-invalid", keyword = first, expected = &expected, found = found)
    };
    Diagnostic::error(Code::B0001, message)
        .primary(at, msg!("syntax-b0001-expected-label", expected = &expected))
        .secondary(whole, msg!("syntax-b0001-line-label"))
        .help(msg!("syntax-b0001-form-help", form = form))
}
