//! W3009: a percentage that no share a/b or change (a−b)/b of the figures its paragraph
//! prints (with the last-year or this-year figure of each, and the totals prose can cite,
//! all as printed: in the unit written, half-up to 2 decimals) gives, half-up at the
//! decimals written; W3012: an increase in per cent from 0.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{figures, numbers, sentences, Facts, Figure};
use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::money;
use crate::msg;
use crate::span::Span;

/// A percentage written in a sentence.
struct Percent {
    start: usize,
    end: usize,
    value: Decimal,
    decimals: u32,
}

/// What a percentage is of.
#[derive(Clone, Copy)]
enum Kind {
    /// a's share of b.
    Share,
    /// The change from b to a.
    Change,
}

/// A computation: its kind, a, b and the result (unrounded).
#[derive(Clone, Copy)]
struct Computed {
    kind: Kind,
    a: Decimal,
    b: Decimal,
    value: Decimal,
}

fn compute(kind: Kind, a: Decimal, b: Decimal) -> Option<Computed> {
    if b.is_zero() {
        return None;
    }
    let top = match kind {
        Kind::Share => a,
        Kind::Change => money::sub(a, b)?.abs(),
    };
    let value = money::div(money::mul(top, Decimal::ONE_HUNDRED)?, b)?;
    Some(Computed { kind, a, b, value })
}

fn round(v: Decimal, dp: u32) -> Decimal {
    v.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Whether `c` gives the percentage as written: half-up at its decimals, directly or
/// from the value at 2 decimals.
fn gives(c: &Computed, p: &Percent) -> bool {
    round(c.value, p.decimals) == p.value || round(round(c.value, 2), p.decimals) == p.value
}

/// The percentages of a sentence, `start`/`end` in the paragraph; thresholds
/// (`95%以上`, `≥90%`) left out.
fn percents(text: &str, from: usize) -> Vec<Percent> {
    numbers(text)
        .into_iter()
        .filter_map(|(start, end, number)| {
            let tail = &text[end..];
            let sign = tail.chars().next().filter(|c| matches!(c, '%' | '％'))?;
            let after = &tail[sign.len_utf8()..];
            let before = text[..start].chars().next_back();
            if ["以上", "以下", "左右"].iter().any(|w| after.starts_with(w))
                || before.is_some_and(|c| "≥≤><＞＜≧≦".contains(c))
            {
                return None;
            }
            let value: Decimal = number.parse().ok()?;
            let decimals = number.split_once('.').map_or(0, |(_, f)| f.len() as u32);
            Some(Percent { start: from + start, end: from + end + sign.len_utf8(), value, decimals })
        })
        .collect()
}

/// The most money figures a paragraph may have for its percentages to be checked.
const MOST_FIGURES: usize = 48;

/// The words of a share or a comparison before a percentage.
const COMPARING: [&str; 2] = ["占", "比"];

const RISE: [&str; 4] = ["增加", "增长", "上升", "提高"];
const FALL: [&str; 4] = ["减少", "下降", "降低", "压减"];

/// W3009 and W3012 over one paragraph; notes for W3007 of a figure whose sentence's
/// percentage is computed from another figure (Shanghai item 6).
pub(super) fn check(
    facts: &Facts<'_>,
    w: &Written,
    flagged: &[Span],
    notes: &mut Vec<(Span, Message)>,
    diags: &mut Diagnostics,
) {
    let all = figures(&w.text, facts.budget.department.money);
    // A paragraph of a few figures is what a sentence compares; past that (a pasted table)
    // the pairs would be too many to mean anything.
    if all.is_empty() || all.len() > MOST_FIGURES {
        return;
    }
    // The operands: each printed figure, the facts it stands for, and their figure of the
    // other year.
    let mut operands: Vec<Decimal> = vec![];
    let mut prior_of = vec![];
    for f in &all {
        operands.push(f.value);
        for e in facts.matches(f) {
            for (now, before) in &facts.prior {
                // As printed in the figure's unit: the text's reader computes from those.
                let (now_p, before_p) = (facts.printed(*now, f.unit), facts.printed(*before, f.unit));
                if *now == e {
                    operands.push(before_p);
                    prior_of.push((f.start, now_p, before_p));
                }
                if *before == e {
                    operands.push(now_p);
                }
            }
        }
    }
    for (s, e) in sentences(&w.text) {
        let figs: Vec<Figure> = all.iter().filter(|f| f.start >= s && f.end <= e).copied().collect();
        if figs.is_empty() {
            continue;
        }
        // `A，增加 D`: the change of A from A − D (A + D after 减少).
        let mut changes = vec![];
        for pair in figs.windows(2) {
            if let [a, d] = pair {
                for base in [money::sub(a.value, d.value), money::add(a.value, d.value)].into_iter().flatten() {
                    changes.extend(compute(Kind::Change, a.value, base));
                }
            }
        }
        let ops = &operands;
        for p in percents(&w.text[s..e], s) {
            let Some(span) = w.span(p.start, p.end) else { continue };
            let before: Vec<&Figure> = figs.iter().filter(|f| f.end <= p.start).collect();
            let words = &w.text[before.last().map_or(s, |f| f.end)..p.start];
            // Only a share or a change: a rate beside a figure (完成率达到95%) is no computation.
            if !COMPARING.iter().chain(&RISE).chain(&FALL).any(|c| words.contains(c)) {
                continue;
            }
            let rising = RISE.iter().any(|r| words.contains(r));
            let meant = evident(facts, w, &before, &p, ops, &prior_of);
            let written = &w.text[p.start..p.end];
            if rising && meant.as_ref().is_some_and(|m| m.base_zero) {
                diags.push(
                    Diagnostic::warning(Code::W3012, msg!("facts-w3012", written = written))
                        .primary(span, msg!("facts-w3012-label"))
                        .help(msg!("facts-w3012-help")),
                );
                continue;
            }
            let falling = FALL.iter().any(|f| words.contains(f));
            let way = (rising != falling).then_some(rising);
            let along = |c: &&Computed| way.is_none_or(|r| (c.a > c.b) == r) && gives(c, &p);
            let found = changes.iter().find(along).copied().or_else(|| find(ops, &facts.totals, &p, way));
            // The figures the sentence compares go the other way than it says (上年88，本年110，
            // 减少20%), and neither is a figure W3007 already doubts.
            let against = meant.as_ref().and_then(|m| {
                let c = m.computed.filter(|c| matches!(c.kind, Kind::Change))?;
                let doubted = m.figures.iter().any(|f| w.span(f.start, f.end).is_some_and(|a| flagged.contains(&a)));
                (way.is_some_and(|r| (c.a > c.b) != r) && !doubted).then_some(())
            });
            let found = found.filter(|_| against.is_none());
            match (found, meant) {
                (Some(right), Some(m)) => {
                    let Some(c) = m.computed.filter(|c| !gives(c, &p)) else { continue };
                    for f in &m.figures {
                        let Some(at) = w.span(f.start, f.end).filter(|a| flagged.contains(a)) else { continue };
                        let note = msg!(
                            "facts-w3007-percent",
                            how = describe(facts, &c),
                            written = written,
                            matched = describe(facts, &right)
                        );
                        notes.push((at, note));
                    }
                }
                (Some(_), None) => {}
                (None, meant) => {
                    let d = Diagnostic::warning(Code::W3009, msg!("facts-w3009", written = written));
                    let d = match meant.and_then(|m| m.computed) {
                        Some(c) => d
                            .primary(span, msg!("facts-w3009-near-label", value = format!("{:.2}%", round(c.value, 2))))
                            .note(msg!("facts-w3009-near", how = describe(facts, &c))),
                        None => d.primary(span, msg!("facts-w3009-label")),
                    };
                    diags.push(d.help(msg!("facts-w3009-help")));
                }
            }
        }
    }
}

/// The computation a sentence evidently means, and the printed figures it uses.
struct Meant<'a> {
    computed: Option<Computed>,
    base_zero: bool,
    figures: Vec<&'a Figure>,
}

/// `…A，占…的p%`: A's share of the operand or total closest to p (within one point);
/// `上年X…今年Y…增加p%`: Y against X; `A…增加D，增长p%`: D against A − D; one figure with
/// a last-year figure: its change.
fn evident<'a>(
    facts: &Facts<'_>,
    w: &Written,
    before: &[&'a Figure],
    p: &Percent,
    ops: &[Decimal],
    prior_of: &[(usize, Decimal, Decimal)],
) -> Option<Meant<'a>> {
    let last = *before.last()?;
    let words = &w.text[last.end..p.start];
    if words.contains('占') {
        let best = ops
            .iter()
            .chain(&facts.totals)
            .filter_map(|b| compute(Kind::Share, last.value, *b))
            .filter(|c| money::sub(c.value, p.value).is_some_and(|d| d.abs() <= Decimal::ONE))
            .min_by_key(|c| money::sub(c.value, p.value).unwrap_or_default().abs())?;
        return Some(Meant { computed: Some(best), base_zero: false, figures: vec![last] });
    }
    if !RISE.iter().chain(&FALL).any(|r| words.contains(r)) {
        return None;
    }
    if let [.., prev, last] = before {
        let between = w.text[prev.end..last.start].trim_end();
        let (now, base) = if RISE.iter().any(|r| between.ends_with(r)) {
            (prev.value, money::sub(prev.value, last.value)?)
        } else if FALL.iter().any(|r| between.ends_with(r)) {
            (prev.value, money::add(prev.value, last.value)?)
        } else {
            // The base is the figure its words call last year's (上年, 2025年 in 2026),
            // else the first.
            let year = facts.budget.department.year.saturating_sub(1);
            let last_years = |words: &str| words.contains("上年") || words.contains(&format!("{year}年"));
            let start = before.len().checked_sub(3).and_then(|i| before.get(i)).map_or(0, |f| f.end);
            if last_years(between) && !last_years(&w.text[start..prev.start]) {
                (prev.value, last.value)
            } else {
                (last.value, prev.value)
            }
        };
        let computed = compute(Kind::Change, now, base);
        return Some(Meant { computed, base_zero: base.is_zero(), figures: vec![*prev, *last] });
    }
    let &(_, now, base) = prior_of.iter().find(|(at, _, _)| *at == last.start)?;
    Some(Meant { computed: compute(Kind::Change, now, base), base_zero: base.is_zero(), figures: vec![last] })
}

/// A computation of the operands (and totals) that gives the percentage; a change goes
/// the way the sentence says (`rising`: 增长, or not: 减少) when it says one.
fn find(ops: &[Decimal], totals: &[Decimal], p: &Percent, rising: Option<bool>) -> Option<Computed> {
    let wide: Vec<Decimal> = ops.iter().chain(totals).copied().collect();
    for a in ops {
        for b in &wide {
            for (x, y) in [(*a, *b), (*b, *a)] {
                for kind in [Kind::Share, Kind::Change] {
                    let along = matches!(kind, Kind::Share) || rising.is_none_or(|r| (x > y) == r);
                    if let Some(c) = compute(kind, x, y).filter(|c| along && gives(c, p)) {
                        return Some(c);
                    }
                }
            }
        }
    }
    None
}

/// `91.97万元比77.99万元增加17.93%` or `86.95万元占513.75万元的16.92%`.
fn describe(facts: &Facts<'_>, c: &Computed) -> Message {
    let value = format!("{:.2}", round(c.value, 2));
    let (a, b) = (facts.shown(c.a), facts.shown(c.b));
    match c.kind {
        Kind::Share => msg!("facts-how-share", a = a, b = b, value = value),
        Kind::Change if c.a < c.b => msg!("facts-how-down", a = a, b = b, value = value),
        Kind::Change => msg!("facts-how-up", a = a, b = b, value = value),
    }
}
