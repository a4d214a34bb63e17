//! Checking: syntax trees to the validated [`Budget`], with every problem reported.
//!
//! Two passes over the lines in include order: the header (year, money, units, declared
//! codes) first, because the catalog depends on the year; then the facts, each line
//! checked on its own. Identities between facts ((`identities`)) run last, and only
//! when no fact was dropped, so that one bad line does not cause a cascade of sums.

mod codes;
mod facts;
mod header;
mod identities;
mod official;
mod performance;
mod prior;
pub use prior::delta as prior_delta;
mod prose;
pub mod suggest;

use rust_decimal::Decimal;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::load::MAX_DEPTH;
use crate::model::{money, Budget, MoneyUnit};
use crate::span::Span;
use crate::syntax::ast::{Amount, Item, Token};
use crate::Sources;

/// A line in include order, or the boundary where an included file starts or ends
/// (blocks never continue across it).
pub(crate) enum Flat<'a> {
    Line(&'a Item),
    Boundary,
}

/// The lines of `file` and of the files it includes, in order. The loader bounds the depth
/// ([`MAX_DEPTH`]); the guard here only protects hand-made [`Sources`] from a cycle, and
/// reports what it leaves out.
fn flatten<'a>(sources: &'a Sources, file: usize, out: &mut Vec<Flat<'a>>, depth: usize, diags: &mut Diagnostics) {
    let Some(ast) = sources.files.get(file).and_then(|f| f.as_ref()) else { return };
    out.push(Flat::Boundary);
    for item in &ast.items {
        out.push(Flat::Line(item));
        if let Some(&inner) = sources.includes.get(&item.span) {
            if depth < MAX_DEPTH {
                flatten(sources, inner, out, depth + 1, diags);
            } else {
                diags.push(
                    Diagnostic::error(Code::B0009, format!("includes are nested more than {MAX_DEPTH} deep"))
                        .primary(item.span, "its facts were not read")
                        .help("include this file from a file nearer the file named on the command line"),
                );
            }
            out.push(Flat::Boundary);
        }
    }
}

/// Checks the parsed sources and builds the budget; None if any error was reported.
pub fn check(sources: &Sources, diags: &mut Diagnostics) -> Option<Budget> {
    let budget = check_partial(sources, diags);
    (!diags.has_errors()).then_some(budget)
}

/// Checks and builds the budget from every fact that could be read, errors or not (for
/// `diff`, which compares budgets that may have errors).
pub fn check_partial(sources: &Sources, diags: &mut Diagnostics) -> Budget {
    let mut lines = vec![];
    flatten(sources, sources.root, &mut lines, 0, diags);
    let header = header::read(&lines, Span::new(sources.root, 0, 0), &sources.data, diags);
    let mut facts = facts::Facts::new(&header);
    facts.read(&lines, diags);
    let (mut budget, totals, complete) = facts.finish(diags);
    let complete = identities::bounded(&budget, diags) && complete;
    budget.prior = prior::resolve(sources, &budget, &facts.prior, diags);
    for project in &budget.projects {
        performance::project(project, budget.department.money, diags);
    }
    if complete {
        identities::check(&budget, &totals, diags);
    }
    budget.prose = prose::resolve(&budget, &facts.prose, complete, diags);
    budget
}

/// Checks a budget that is only read for its figures (last year's): its own
/// diagnostics are reported; its prose and prior year are not read.
pub(crate) fn figures_only(sources: &Sources, root: usize, diags: &mut Diagnostics) -> Option<Budget> {
    let mut lines = vec![];
    flatten(sources, root, &mut lines, 0, diags);
    let header = header::read(&lines, Span::new(root, 0, 0), &sources.data, diags);
    let mut facts = facts::Facts::new(&header);
    facts.read(&lines, diags);
    let (budget, totals, complete) = facts.finish(diags);
    if identities::bounded(&budget, diags) && complete {
        identities::check(&budget, &totals, diags);
    }
    (!diags.has_errors()).then_some(budget)
}

/// A fact that can have one value, stated again (B0003). `subject` names it: "the year".
pub(crate) fn stated_twice(span: Span, first: Option<Span>, subject: &str, diags: &mut Diagnostics) {
    let mut d = Diagnostic::error(Code::B0003, format!("{subject} is stated twice")).primary(span, "stated again here");
    if let Some(first) = first {
        d = d.secondary(first, "first stated here");
    }
    diags.push(d.help("keep one of the two lines"));
}

/// A word outside a closed vocabulary (money unit, 三公 item, asset category …): B1008.
pub(crate) fn unknown(token: &Token, what: &str, accepted: &str, diags: &mut Diagnostics) {
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    diags.push(
        Diagnostic::error(Code::B1008, format!("unknown {what} `{}`", token.text))
            .primary(token.span, format!("not {article} {what}"))
            .help(format!("write one of: {accepted}")),
    );
}

/// Checks a money amount: a number, not negative, below 10^15 (B2004), within the unit's
/// decimals.
pub(crate) fn money(amount: &Amount, unit: MoneyUnit, diags: &mut Diagnostics) -> Option<Decimal> {
    let value = amount.value?;
    if value.is_sign_negative() && !value.is_zero() {
        diags.push(
            Diagnostic::error(Code::B2003, format!("negative amount `{}`", amount.text))
                .primary(amount.span, "amounts are never negative")
                .help("write the amount without a sign; a reduction is a smaller amount, not a negative line"),
        );
        return None;
    }
    if value >= money::amount_limit() {
        diags.push(
            Diagnostic::error(Code::B2004, format!("the amount `{}` is out of range", amount.text))
                .primary(amount.span, format!("amounts are below 10^15 {}", unit.chinese()))
                .help("the largest amount is 999999999999999.99; check the money unit (`money 万元`) and the digits"),
        );
        return None;
    }
    let scale = value.normalize().scale();
    if scale > unit.scale() {
        diags.push(
            Diagnostic::error(
                Code::B2002,
                format!("`{}` has {scale} decimal places; {} allows {}", amount.text, unit.chinese(), unit.scale()),
            )
            .primary(amount.span, format!("{scale} decimal places"))
            .help(format!("round to {} decimals in the source, so that the printed tables still add up", unit.scale())),
        );
        return None;
    }
    let mut value = value;
    value.rescale(unit.scale());
    Some(value)
}

/// The range of a number that is not money: below `limit` (10^`digits`), at most
/// `decimals` decimal places, never negative.
pub(crate) struct Range {
    /// What the number is, for messages: "asset quantity".
    pub what: &'static str,
    /// The number is below 10^digits.
    pub digits: u32,
    /// At most this many decimal places.
    pub decimals: u32,
}

/// An asset's quantity (m², vehicles, items): below 10^15, 2 decimals.
pub(crate) const ASSET_QUANTITY: Range = Range { what: "quantity", digits: 15, decimals: 2 };
/// A purchase's quantity: below 10^9, 2 decimals (so that 数量 × 单价 is exact).
pub(crate) const PURCHASE_QUANTITY: Range = Range { what: "quantity", digits: 9, decimals: 2 };
/// The number of an indicator value (≥300人次): below 10^12, 4 decimals.
pub(crate) const INDICATOR: Range = Range { what: "indicator value", digits: 12, decimals: 4 };
/// A spending-plan cell (50%): at most 100 (B3003), 2 decimals.
pub(crate) const PLAN: Range = Range { what: "plan percentage", digits: 3, decimals: 2 };

/// Checks a number that is not money against its range: B2003, B2004, B2002.
pub(crate) fn number(
    value: Decimal,
    text: &str,
    span: Span,
    range: &Range,
    diags: &mut Diagnostics,
) -> Option<Decimal> {
    let what = range.what;
    if value.is_sign_negative() && !value.is_zero() {
        diags.push(
            Diagnostic::error(Code::B2003, format!("negative {what} `{text}`"))
                .primary(span, "never negative")
                .help(format!("write the {what} without a sign")),
        );
        return None;
    }
    let limit = Decimal::from(10_i64.pow(range.digits));
    if value >= limit {
        diags.push(
            Diagnostic::error(Code::B2004, format!("the {what} `{text}` is out of range"))
                .primary(span, format!("must be below {limit}"))
                .help("check the digits and the unit; see `budgetc explain B2004` for the ranges"),
        );
        return None;
    }
    let scale = value.normalize().scale();
    if scale > range.decimals {
        diags.push(
            Diagnostic::error(Code::B2002, format!("the {what} `{text}` has {scale} decimal places"))
                .primary(span, format!("at most {} decimal places", range.decimals))
                .help(format!("write the {what} with at most {} decimals", range.decimals)),
        );
        return None;
    }
    Some(value)
}
