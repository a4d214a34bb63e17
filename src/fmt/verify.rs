//! Verification of a formatting: the output must say what the input says (facts with their
//! values, every comment, every prose line), differing only in layout.
//!
//! Independent of the printer: both texts are parsed, each statement is reduced to its
//! syntax item without spans (official terms read as the term they stand for, a code's
//! missing name read as the catalog's), comments are cut out of the lines by the token
//! spans, and the two reductions are compared. Layout is what may differ: spacing,
//! indentation, quotes, blank lines, line ends, and the order of the lines of a block that
//! fmt puts in canonical order (indicators keep theirs).

use crate::catalog::{Catalog, Family};
use crate::diag::Diagnostics;
use crate::model::performance::{Comparator, EvaluationStage, Level1, Level2, Rating};
use crate::model::{Fund as FundTerm, Slot};
use crate::span::Span;
use crate::syntax::ast::{File, Item, ItemKind, Token, Value};

/// What differs between a file and its formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The output does not parse.
    Unreadable,
    /// The input does not parse (nothing can be verified).
    InputUnreadable,
    /// A statement (line `line` of the input, if it has one) is missing, added or changed.
    Fact { line: Option<usize> },
    /// A prose line is missing, added or changed.
    Prose { line: Option<usize> },
    /// A comment is missing, added or changed.
    Comment { line: Option<usize> },
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = |line: &Option<usize>| line.map_or_else(String::new, |l| format!(" at line {l}"));
        match self {
            Difference::Unreadable => write!(f, "the formatted text would not parse"),
            Difference::InputUnreadable => write!(f, "the file has syntax errors"),
            Difference::Fact { line } => write!(f, "a statement would be lost or changed{}", at(line)),
            Difference::Prose { line } => write!(f, "a prose line would be lost or changed{}", at(line)),
            Difference::Comment { line } => write!(f, "a comment would be lost or changed{}", at(line)),
        }
    }
}

/// Checks that `after` (the formatting of `before`) has the same facts, comments and prose.
pub fn verify(before: &str, after: &str) -> Result<(), Difference> {
    let old = Reduced::of(before).ok_or(Difference::InputUnreadable)?;
    let new = Reduced::of(after).ok_or(Difference::Unreadable)?;
    let len = old.facts.len().max(new.facts.len());
    for i in 0..len {
        let (a, b) = (old.facts.get(i), new.facts.get(i));
        if a.map(|f| &f.text) != b.map(|f| &f.text) {
            let line = a.map(|f| f.line);
            let prose = [a, b].into_iter().flatten().any(|f| f.prose);
            return Err(if prose { Difference::Prose { line } } else { Difference::Fact { line } });
        }
    }
    let len = old.comments.len().max(new.comments.len());
    for i in 0..len {
        let (a, b) = (old.comments.get(i), new.comments.get(i));
        if a.map(|c| &c.0) != b.map(|c| &c.0) {
            return Err(Difference::Comment { line: a.map(|c| c.1) });
        }
    }
    Ok(())
}

/// One statement reduced to what it says.
struct Fact {
    text: String,
    line: usize,
    prose: bool,
}

/// A file reduced to its facts (in canonical order) and its comments (sorted).
struct Reduced {
    facts: Vec<Fact>,
    comments: Vec<(String, usize)>,
}

impl Reduced {
    fn of(text: &str) -> Option<Reduced> {
        let mut diags = Diagnostics::new();
        let ast = crate::syntax::parse(0, text, &mut diags);
        if diags.has_errors() {
            return None;
        }
        let catalog = super::catalog(&ast);
        let starts: Vec<usize> =
            std::iter::once(0).chain(crate::source::line_breaks(text).map(|(_, next)| next)).collect();
        let line_of = |offset: usize| starts.partition_point(|&s| s <= offset);
        let mut facts = vec![];
        let mut run: Vec<(String, Fact)> = vec![];
        let flush = |run: &mut Vec<(String, Fact)>, facts: &mut Vec<Fact>| {
            run.sort_by(|a, b| a.0.cmp(&b.0));
            facts.extend(run.drain(..).map(|(_, f)| f));
        };
        for item in &ast.items {
            let fact = Fact {
                text: reduce(item, catalog.as_ref()),
                line: line_of(item.span.start as usize),
                prose: matches!(item.kind, ItemKind::ProseLine(_)),
            };
            match sort_key(item, &fact.text) {
                Some(key) => run.push((key, fact)),
                None => {
                    flush(&mut run, &mut facts);
                    facts.push(fact);
                }
            }
        }
        flush(&mut run, &mut facts);
        let mut comments = comments(text, &ast);
        for c in &mut comments {
            c.1 = line_of(c.1);
        }
        comments.sort();
        Some(Reduced { facts, comments })
    }
}

/// For a line that fmt may move inside its block: the key it is compared in. Lines of one
/// kind compare as a multiset, except indicators, which keep their order.
fn sort_key(item: &Item, reduced: &str) -> Option<String> {
    use ItemKind::*;
    let kind = match &item.kind {
        BasicItem { .. } => "BasicItem",
        Short(_) => "Short",
        Function { .. } => "Function",
        Fund(_) => "Fund",
        ProjectAmount { .. } => "ProjectAmount",
        Purpose(_) => "Purpose",
        Plan(_) => "Plan",
        Goal(_) => "Goal",
        Indicator { .. } => return Some("Indicator".into()),
        Evaluation { .. } => "Evaluation",
        _ => return None,
    };
    Some(format!("{kind}\u{0}{reduced}"))
}

/// The comments of a file with the byte offset of their line: the rest of a line after the
/// last token of its statement (a comment is the only thing there that holds `#`), or a line
/// without a statement. Prose lines have none.
fn comments(text: &str, ast: &File) -> Vec<(String, usize)> {
    let bom = super::bom_end(text);
    let mut items = ast.items.iter().peekable();
    let mut out = vec![];
    for (at, line) in crate::source::lines(text.get(bom..).unwrap_or("")) {
        let start = at + bom;
        let end = start + line.len();
        let mut from = None;
        while let Some(item) = items.next_if(|i| (i.span.start as usize) < end) {
            if matches!(item.kind, ItemKind::ProseLine(_)) {
                from = Some(end);
                continue;
            }
            let mut kind = item.kind.clone();
            let last = spans(&mut kind).iter().map(|s| s.end as usize).max().unwrap_or(0);
            from = Some(from.unwrap_or(0).max(last).max(item.span.start as usize));
        }
        let rest = match from {
            Some(from) => text.get(from.max(start)..end).and_then(|r| r.find('#').and_then(|h| r.get(h..))),
            None => Some(line),
        };
        if let Some(comment) = rest.map(str::trim).filter(|c| !c.is_empty()) {
            out.push((comment.to_owned(), start));
        }
    }
    out
}

/// What a statement says, as text: its syntax item without spans, official terms read as
/// the term they stand for, and a missing catalog name read as the catalog's.
fn reduce(item: &Item, catalog: Option<&Catalog>) -> String {
    use ItemKind::*;
    let mut kind = item.kind.clone();
    for span in spans(&mut kind) {
        *span = Span::default();
    }
    let fund = |t: &mut Token| {
        if let Some(f) = FundTerm::parse(&t.text) {
            t.text = f.chinese().to_owned();
        }
    };
    let named = |family: Family, code: &Token, name: &mut Option<Token>| {
        if name.is_none() {
            *name = catalog
                .and_then(|c| c.get(family, &code.text))
                .map(|e| Token { text: e.name.clone(), span: Span::default() });
        }
    };
    match &mut kind {
        Income { fund: f, .. } | Fund(f) | Sangong { fund: Some(f) } => fund(f),
        Basic { function, name, fund: f, .. } => {
            if let Some(function) = function {
                named(Family::Function, function, name);
            }
            if let Some(f) = f {
                fund(f);
            }
        }
        BasicItem { code: Some(code), name, .. } => named(Family::Economic, code, name),
        Reserve { function, name, fund: f, .. } => {
            named(Family::Function, function, name);
            if let Some(f) = f {
                fund(f);
            }
        }
        Spend { kind: k, function, name, fund: f, .. } => {
            if let Some(k2) = crate::model::SpendKind::parse(&k.text) {
                k.text = k2.chinese().to_owned();
            }
            named(Family::Function, function, name);
            if let Some(f) = f {
                fund(f);
            }
        }
        Balance { fund: Some(f), .. } => fund(f),
        PurchaseStated { category, form, .. } => {
            if let Some(c) = crate::model::PurchaseCategory::parse(&category.text) {
                category.text = c.chinese().to_owned();
            }
            if let Some(f) = form.as_mut().and_then(|f| crate::model::PurchaseForm::parse(&f.text).map(|k| (f, k))) {
                f.0.text = f.1.chinese().to_owned();
            }
        }
        Function { code, name } => named(Family::Function, code, name),
        Unit { attrs, .. } => attrs.sort_by(|a, b| a.0.text.cmp(&b.0.text)),
        CodeDecl { family, .. } => family.text = family.text.trim().to_owned(),
        Indicator { level1, level2, value, .. } => {
            if let Some(l) = Level1::parse(&level1.text) {
                level1.text = l.chinese().to_owned();
            }
            if let Some(l) = Level2::parse(&level2.text) {
                level2.text = l.chinese().to_owned();
            }
            if let Value::Measure { comparator: Some(c), .. } = value {
                if let Some(k) = Comparator::parse(&c.text) {
                    c.text = k.chinese().to_owned();
                }
            }
        }
        Prose { slot, .. } => {
            if let Some(s) = Slot::parse(&slot.text) {
                slot.text = s.chinese().to_owned();
            }
        }
        Evaluation { stage, rating, .. } => {
            if let Some(s) = EvaluationStage::parse(&stage.text) {
                stage.text = s.chinese().to_owned();
            }
            if let Some(r) = rating.as_mut().and_then(|r| Rating::parse(&r.text).map(|k| (r, k))) {
                r.0.text = r.1.chinese().to_owned();
            }
        }
        _ => {}
    }
    format!("{kind:?}")
}

/// Every span inside a statement (its tokens, amounts and values).
fn spans(kind: &mut ItemKind) -> Vec<&mut Span> {
    use ItemKind::*;
    let mut v: Vec<&mut Span> = vec![];
    match kind {
        Department { code, name } | Project { code, name } => v.extend([&mut code.span, &mut name.span]),
        Year { year, kind } => {
            v.push(&mut year.span);
            v.extend(kind.iter_mut().map(|t| &mut t.span));
        }
        Tolerance(a) => v.push(&mut a.span),
        BudgetFile { which, path } => {
            v.push(&mut path.span);
            v.extend(which.iter_mut().map(|t| &mut t.span));
        }
        Balance { key, fund, function, amount } => {
            v.extend([&mut key.span, &mut amount.span]);
            v.extend([fund, function].into_iter().flatten().map(|t| &mut t.span));
        }
        Money(t) | Template(t) | Include(t) | CatalogFile(t) | Fund(t) | Purpose(t) | Short(t) | Goal(t)
        | ProseLine(t) | PriorFile(t) => v.push(&mut t.span),
        Prose { slot, table } => {
            v.push(&mut slot.span);
            v.extend(table.iter_mut().map(|t| &mut t.span));
        }
        Unit { name, attrs } => {
            v.push(&mut name.span);
            for (k, x) in attrs {
                v.extend([&mut k.span, &mut x.span]);
            }
        }
        CodeDecl { family, code, name } => v.extend([&mut family.span, &mut code.span, &mut name.span]),
        Income { fund, function, amount } => {
            v.extend([&mut fund.span, &mut amount.span]);
            v.extend(function.iter_mut().map(|t| &mut t.span));
        }
        Basic { function, name, fund, unit } => {
            v.extend([function, name, fund, unit].into_iter().flatten().map(|t| &mut t.span));
        }
        BasicItem { staff, code, name, amount } => {
            v.extend([&mut staff.span, &mut amount.span]);
            v.extend([code, name].into_iter().flatten().map(|t| &mut t.span));
        }
        Function { code, name } => {
            v.push(&mut code.span);
            v.extend(name.iter_mut().map(|t| &mut t.span));
        }
        ProjectAmount { fiscal, other } => {
            v.push(&mut fiscal.span);
            v.extend(other.iter_mut().map(|a| &mut a.span));
        }
        Sangong { fund } => v.extend(fund.iter_mut().map(|t| &mut t.span)),
        Assets { date } => v.push(&mut date.span),
        Entry { label, amounts } => {
            v.push(&mut label.span);
            v.extend(amounts.iter_mut().map(|a| &mut a.span));
        }
        Total { key, amount } | PriorFigure { key, amount } => v.extend([&mut key.span, &mut amount.span]),
        Plan(cells) => v.extend(cells.iter_mut().map(|t| &mut t.span)),
        Indicator { level1, level2, name, description, value, basis } => {
            v.extend([&mut level1.span, &mut level2.span, &mut name.span, &mut description.span]);
            match value {
                Value::Measure { comparator, number, unit, span } => {
                    v.extend([span, &mut number.span]);
                    v.extend([comparator, unit].into_iter().flatten().map(|t| &mut t.span));
                }
                Value::Text(t) => v.push(&mut t.span),
            }
            v.extend(basis.iter_mut().map(|t| &mut t.span));
        }
        Evaluation { stage, score, rating, problems } => {
            v.push(&mut stage.span);
            v.extend(rating.iter_mut().map(|t| &mut t.span));
            v.extend([score, problems].into_iter().flatten().map(|a| &mut a.span));
        }
        Reason { key, text } | ItemPurpose { code: key, text } => v.extend([&mut key.span, &mut text.span]),
        Reserve { function, name, fund, unit, amount } => {
            v.extend([&mut function.span, &mut amount.span]);
            v.extend([name, fund, unit].into_iter().flatten().map(|t| &mut t.span));
        }
        Spend { kind, function, name, fund, unit, amount } => {
            v.extend([&mut kind.span, &mut function.span, &mut amount.span]);
            v.extend([name, fund, unit].into_iter().flatten().map(|t| &mut t.span));
        }
        PurchaseStated { category, item, special, economic, form, reserved, awarded, amount } => {
            v.extend([&mut category.span, &mut item.span, &mut amount.span]);
            v.extend([special, economic, form, reserved, awarded].into_iter().flatten().map(|t| &mut t.span));
        }
        Purchase { project, item, catalog, unit, quantity, price } => v.extend([
            &mut project.span,
            &mut item.span,
            &mut catalog.span,
            &mut unit.span,
            &mut quantity.span,
            &mut price.span,
        ]),
        Invalid(_) | InvalidHeader => {}
    }
    v
}

#[cfg(test)]
mod tests;
