//! Checking: syntax trees to the validated [`Budget`], with every problem reported.
//!
//! Two passes over the lines in include order: the header (year, money, units, declared
//! codes) first, because the catalog depends on the year; then the facts, each line
//! checked on its own. Identities between facts ((`identities`)) run last, and only
//! when no fact was dropped, so that one bad line does not cause a cascade of sums.

mod accounts;
mod cascade;
mod codes;
mod facts;
mod header;
mod identities;
mod official;
mod performance;
mod prior;
pub use prior::{delta as prior_delta, is_item_code};
mod claims;
mod prose;
pub mod suggest;
mod views;

pub use cascade::{skipped, Skipped};

use rust_decimal::Decimal;

use crate::diag::message::Arg;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::load::MAX_DEPTH;
use crate::model::{money, Budget, MoneyUnit};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Amount, Item, ItemKind, Token};
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
                    Diagnostic::error(Code::B0009, msg!("facts-b0009-deep", depth = MAX_DEPTH))
                        .primary(item.span, msg!("facts-b0009-deep-label"))
                        .help(msg!("facts-b0009-deep-help")),
                );
            }
            out.push(Flat::Boundary);
        }
    }
}

/// Whether every `include` line of `lines` was read (a refused or missing file has its
/// own error; sums over the facts without it would only repeat that error).
fn every_include_read(sources: &Sources, lines: &[Flat<'_>]) -> bool {
    lines.iter().all(|l| match l {
        Flat::Line(item) => !matches!(item.kind, ItemKind::Include(_)) || sources.includes.contains_key(&item.span),
        Flat::Boundary => true,
    })
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
    let root = Span::new(sources.root, 0, 0);
    let unread = cascade::unread(sources, &lines);
    if unread == 0 && cascade::headerless(&lines) {
        // A part of a budget checked on its own: one diagnostic, not one per missing fact.
        cascade::part_of_budget(sources, root, diags);
        return read_quietly(&lines, root, sources);
    }
    let header = if unread == 0 {
        header::read(&lines, root, &sources.data, diags)
    } else {
        // The missing header facts may stand in the file that could not be read.
        let mut own = Diagnostics::new();
        let header = header::read(&lines, root, &sources.data, &mut own);
        for d in own.as_slice() {
            if !(d.code == Code::B0004 && d.location() == Some(root)) {
                diags.push(d.clone());
            }
        }
        header
    };
    let mut facts = facts::Facts::new(&header);
    facts.read(&lines, diags);
    let (mut budget, totals, complete) = facts.finish(diags);
    let complete = identities::bounded(&budget, diags) && complete && unread == 0;
    budget.prior = prior::resolve(sources, &budget, &facts.prior, diags);
    budget.plans = accounts::plans(sources, &budget, diags);
    accounts::indicators(&budget, diags);
    accounts::sangong(&budget, diags);
    for project in &budget.projects {
        performance::project(project, budget.department.money, diags);
    }
    performance::targets(&budget, complete, diags);
    if complete {
        budget.rounded = identities::check(&budget, &totals, diags);
    }
    budget.prose = prose::resolve(&budget, &facts.prose, complete, diags);
    if unread == 0 {
        prose::required(&lines, &facts.prose, root, diags);
    }
    budget
}

/// The budget of `lines` with its diagnostics dropped (for `diff`, of a file checked on
/// its own that is part of a budget).
fn read_quietly(lines: &[Flat<'_>], root: Span, sources: &Sources) -> Budget {
    let mut quiet = Diagnostics::new();
    let header = header::read(lines, root, &sources.data, &mut quiet);
    let mut facts = facts::Facts::new(&header);
    facts.read(lines, &mut quiet);
    facts.finish(&mut quiet).0
}

/// Checks a budget that is only read for its figures (last year's, or the budget of final
/// accounts): its own diagnostics are reported, but for W4001 (no table is built from
/// it, so its template's years do not matter); its prose and prior year are not read.
pub(crate) fn figures_only(sources: &Sources, root: usize, diags: &mut Diagnostics) -> Option<Budget> {
    let budget = figures_partial(sources, root, diags);
    (!diags.has_errors()).then_some(budget)
}

/// A budget read for its figures, as [`figures_only`] reads it, from every fact that could
/// be read, errors or not (for `diff` of a 预算 against its 决算: the same reading as
/// `check` of the 决算, so that the two agree on whether the budget has errors).
pub fn figures_partial(sources: &Sources, root: usize, diags: &mut Diagnostics) -> Budget {
    let mut lines = vec![];
    flatten(sources, root, &mut lines, 0, diags);
    let mut own = Diagnostics::new();
    let header = header::read(&lines, Span::new(root, 0, 0), &sources.data, &mut own);
    for d in own.as_slice().iter().filter(|d| d.code != Code::W4001) {
        diags.push(d.clone());
    }
    let mut facts = facts::Facts::new(&header);
    facts.read(&lines, diags);
    let (budget, totals, complete) = facts.finish(diags);
    if identities::bounded(&budget, diags) && complete && every_include_read(sources, &lines) {
        let _ = identities::check(&budget, &totals, diags);
    }
    budget
}

/// A fact that can have one value, stated again (B0003). `subject` names it: "年度".
pub(crate) fn stated_twice(span: Span, first: Option<Span>, subject: impl Into<Arg>, diags: &mut Diagnostics) {
    let mut d = Diagnostic::error(Code::B0003, msg!("facts-b0003-twice", subject = subject))
        .primary(span, msg!("facts-b0003-twice-label"));
    if let Some(first) = first {
        d = d.secondary(first, msg!("facts-b0003-twice-first"));
    }
    diags.push(d.help(msg!("facts-b0003-twice-help")));
}

/// A word outside a closed vocabulary (money unit, 三公 item, asset category …): B1008.
/// `accepted` lists the words, separated by `、` or `, `; the closest is proposed.
pub(crate) fn unknown(token: &Token, what: impl Into<Arg>, accepted: &str, diags: &mut Diagnostics) {
    let what = what.into();
    let words = accepted.split(['、', ',']).map(str::trim).filter(|w| !w.is_empty());
    let near = suggest::closest(&token.text, words);
    let d = Diagnostic::error(Code::B1008, msg!("facts-b1008-unknown", what = what.clone(), word = &token.text))
        .primary(token.span, msg!("facts-b1008-unknown-label", what = what));
    diags.push(match near {
        Some(near) => {
            d.note(msg!("facts-b1008-unknown-help", accepted = accepted)).help(msg!("facts-did-you-mean", word = near))
        }
        None => d.help(msg!("facts-b1008-unknown-help", accepted = accepted)),
    });
}

/// Checks a money amount: a number, not negative, below 10^15 (B2004), within the unit's
/// decimals.
pub(crate) fn money(amount: &Amount, unit: MoneyUnit, diags: &mut Diagnostics) -> Option<Decimal> {
    let value = amount.value?;
    if value.is_sign_negative() && !value.is_zero() {
        diags.push(
            Diagnostic::error(Code::B2003, msg!("facts-b2003-negative", amount = &amount.text))
                .primary(amount.span, msg!("facts-b2003-negative-label"))
                .help(msg!("facts-b2003-negative-help")),
        );
        return None;
    }
    if value >= money::amount_limit() {
        diags.push(
            Diagnostic::error(Code::B2004, msg!("facts-b2004-amount", amount = &amount.text))
                .primary(amount.span, msg!("facts-b2004-amount-label", unit = unit.chinese()))
                .help(msg!("facts-b2004-amount-help")),
        );
        return None;
    }
    let scale = value.normalize().scale();
    if scale > unit.scale() {
        diags.push(
            Diagnostic::error(
                Code::B2002,
                msg!(
                    "facts-b2002-decimals",
                    amount = &amount.text,
                    scale = scale,
                    unit = unit.chinese(),
                    allowed = unit.scale()
                ),
            )
            .primary(amount.span, msg!("facts-b2002-decimals-label", scale = scale))
            .help(msg!("facts-b2002-decimals-help", allowed = unit.scale())),
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
    /// What the number is, for messages: 数量.
    pub what: fn() -> crate::diag::Message,
    /// The number is below 10^digits.
    pub digits: u32,
    /// At most this many decimal places.
    pub decimals: u32,
}

fn quantity() -> crate::diag::Message {
    msg!("facts-what-quantity")
}
fn indicator_value() -> crate::diag::Message {
    msg!("facts-what-indicator-value")
}
fn plan_percentage() -> crate::diag::Message {
    msg!("facts-what-plan-percentage")
}

/// An asset's quantity (m², vehicles, items): below 10^15, 2 decimals.
pub(crate) const ASSET_QUANTITY: Range = Range { what: quantity, digits: 15, decimals: 2 };
/// A purchase's quantity: below 10^9, 2 decimals (so that 数量 × 单价 is exact).
pub(crate) const PURCHASE_QUANTITY: Range = Range { what: quantity, digits: 9, decimals: 2 };
/// A count of the "三公" 说明 (出国团组 2): a whole number below 10^9.
pub(crate) const COUNT: Range = Range { what: quantity, digits: 9, decimals: 0 };
/// The number of an indicator value (≥300人次): below 10^12, 4 decimals.
pub(crate) const INDICATOR: Range = Range { what: indicator_value, digits: 12, decimals: 4 };
/// A spending-plan cell (50%): at most 100 (B3003), 2 decimals.
pub(crate) const PLAN: Range = Range { what: plan_percentage, digits: 3, decimals: 2 };

/// Checks a number that is not money against its range: B2003, B2004, B2002.
pub(crate) fn number(
    value: Decimal,
    text: &str,
    span: Span,
    range: &Range,
    diags: &mut Diagnostics,
) -> Option<Decimal> {
    let what = (range.what)();
    if value.is_sign_negative() && !value.is_zero() {
        diags.push(
            Diagnostic::error(Code::B2003, msg!("facts-b2003-number", what = &what, number = text))
                .primary(span, msg!("facts-b2003-number-label"))
                .help(msg!("facts-b2003-number-help", what = &what)),
        );
        return None;
    }
    let limit = Decimal::from(10_i64.pow(range.digits));
    if value >= limit {
        diags.push(
            Diagnostic::error(Code::B2004, msg!("facts-b2004-number", what = &what, number = text))
                .primary(span, msg!("facts-b2004-number-label", limit = limit))
                .help(msg!("facts-b2004-number-help")),
        );
        return None;
    }
    let scale = value.normalize().scale();
    if scale > range.decimals {
        diags.push(
            Diagnostic::error(Code::B2002, msg!("facts-b2002-number", what = &what, number = text, scale = scale))
                .primary(span, msg!("facts-b2002-number-label", allowed = range.decimals))
                .help(msg!("facts-b2002-number-help", what = &what, allowed = range.decimals)),
        );
        return None;
    }
    Some(value)
}
