//! The canonical layout of a `.budget` file (`budgetc fmt`).
//!
//! Lossless and idempotent: every comment and every group of blank lines is kept (runs of
//! blank lines become one), amounts keep their text, and formatting twice is formatting
//! once. Canonical means: the lines of a block in a fixed order (basic amounts by 人员/公用
//! and economic code; project lines short, function, fund, amount, purpose, plan, goal, then the
//! indicators in their own order), block lines indented by two spaces, single spaces between
//! tokens, names quoted where the language quotes them, official terms in full
//! (一般公共预算 → 一般公共预算拨款, 产出 → 产出指标, >= → ≥), missing catalog names filled in
//! after codes, and the amounts of consecutive lines aligned by display width (CJK
//! characters count two columns). Names are filled in only in a file with its own `year`
//! line: an included file's names are those of the year of the budget that includes it, so
//! they are left as written. A file with syntax errors is refused. Lines end where the
//! grammar ends them (`\n`, `\r\n`, a lone `\r`); the output ends every line with `\n`. [`verify`]
//! checks that a formatting says what its input says.

use unicode_width::UnicodeWidthStr;

use crate::catalog::{Catalog, Family};
use crate::diag::Diagnostics;
use crate::model::performance::{Comparator, EvaluationStage, Level1, Level2, Rating};
use crate::model::{Fund, PurchaseCategory, PurchaseForm, Slot, SpendKind};
use crate::syntax::ast::{Amount, File, Item, ItemKind, Token, Value};
use crate::syntax::parse;

mod verify;
pub use verify::{verify, Difference};

/// Formats `text`; None (with the diagnostics in `diags`) if it has syntax errors.
pub fn format(text: &str, diags: &mut Diagnostics) -> Option<String> {
    let ast = parse(0, text, diags);
    if diags.has_errors() {
        return None;
    }
    Some(Printer::new(&ast).print(text, &ast))
}

/// The facts of one file as text for `git diff` (a textconv driver): each statement in
/// canonical form, prefixed by the header of its block, sorted, so that reordering lines
/// is no change and a changed amount is one changed line. Comments are left out. A file
/// with syntax errors is returned as it is.
pub fn textconv(text: &str) -> String {
    let mut diags = Diagnostics::new();
    let ast = parse(0, text, &mut diags);
    if diags.has_errors() {
        return text.to_owned();
    }
    let printer = Printer::new(&ast);
    let mut context = String::new();
    let mut paragraph = 0;
    let mut lines = vec![];
    for item in &ast.items {
        let (indent, prefix, amounts, _) = printer.statement(item);
        let statement = if amounts.is_empty() { prefix } else { format!("{prefix} {}", amounts.join(" ")) };
        match &item.kind {
            ItemKind::Basic { .. }
            | ItemKind::Project { .. }
            | ItemKind::Sangong { .. }
            | ItemKind::Assets { .. }
            | ItemKind::Prose { .. } => {
                context = statement.clone();
                paragraph = 0;
                lines.push(statement);
            }
            ItemKind::ProseLine(_) => {
                paragraph += 1;
                lines.push(format!("{context} ¶{paragraph:04} {statement}"));
            }
            _ if indent => lines.push(format!("{context} · {statement}")),
            _ => {
                context.clear();
                lines.push(statement);
            }
        }
    }
    lines.sort();
    lines.join("\n") + "\n"
}

/// What a line of the output is.
enum Out {
    Blank,
    Comment {
        text: String,
    },
    Stmt {
        indent: bool,
        prefix: String,
        amounts: Vec<String>,
        comment: Option<String>,
        align: Option<u8>,
        order: Option<String>,
    },
}

/// Where a block line goes when its block is put in canonical order: basic amounts by
/// 人员/公用 and economic code, project lines short, function, fund, amount, purpose, plan, goal,
/// then the indicators in their own order. None: the line keeps its place.
fn order_key(item: &Item) -> Option<String> {
    use ItemKind::*;
    Some(match &item.kind {
        BasicItem { staff, code, .. } => {
            format!("b{}{}", u8::from(staff.text != "人员"), code.as_ref().map_or("", |c| c.text.as_str()))
        }
        Short(_) => "p0".into(),
        Function { .. } => "p0f".into(),
        Fund(_) => "p1".into(),
        ProjectAmount { .. } => "p2".into(),
        Purpose(_) => "p3".into(),
        Plan(_) => "p4".into(),
        Goal(_) => "p5".into(),
        Indicator { .. } => "p6".into(),
        Evaluation { stage, .. } => {
            format!("p7{}", EvaluationStage::parse(&stage.text).map_or(9, |s| s as u8))
        }
        _ => return None,
    })
}

/// Sorts each run of ordered block lines (a blank line or another line ends a run); a
/// comment moves with the line after it.
fn reorder(lines: Vec<Out>) -> Vec<Out> {
    let mut out = Vec::with_capacity(lines.len());
    let mut run: Vec<(String, Vec<Out>)> = vec![];
    let mut pending: Vec<Out> = vec![];
    let flush = |run: &mut Vec<(String, Vec<Out>)>, out: &mut Vec<Out>| {
        run.sort_by(|a, b| a.0.cmp(&b.0));
        out.extend(run.drain(..).flat_map(|(_, unit)| unit));
    };
    for line in lines {
        match line {
            Out::Comment { .. } => pending.push(line),
            Out::Stmt { order: Some(ref key), .. } => {
                let key = key.clone();
                let mut unit = std::mem::take(&mut pending);
                unit.push(line);
                run.push((key, unit));
            }
            other => {
                flush(&mut run, &mut out);
                out.append(&mut pending);
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out.append(&mut pending);
    out
}

/// The byte-order mark some Windows editors put at the start of a UTF-8 file.
const BOM: char = '\u{feff}';

/// Where the text after a byte-order mark starts (0 without one). The grammar reads a mark
/// at the start of the file, also after separators (`SOI ~ bom?` skips them).
pub(crate) fn bom_end(text: &str) -> usize {
    let lead = text.len() - text.trim_start_matches([' ', '\t', '\u{3000}']).len();
    text.get(lead..).filter(|rest| rest.starts_with(BOM)).map_or(0, |_| lead + BOM.len_utf8())
}

struct Printer {
    catalog: Option<Catalog>,
}

/// The catalog of a file: the built-in one of its year and its own `code` lines. None for a
/// file without a `year` line (an included file): the year of the budget that includes it
/// decides the names, so none is filled in.
pub(crate) fn catalog(ast: &File) -> Option<Catalog> {
    let year = ast.items.iter().find_map(|i| match &i.kind {
        ItemKind::Year { year: a, .. } => a.value.and_then(|v| i32::try_from(v.trunc().mantissa()).ok()),
        _ => None,
    })?;
    let mut catalog = Catalog::builtin(year);
    for i in &ast.items {
        if let ItemKind::CodeDecl { family, code, name } = &i.kind {
            let fam = if family.text.trim() == "function" { Family::Function } else { Family::Economic };
            let _ = catalog.declare(fam, &code.text, &name.text);
        }
    }
    Some(catalog)
}

fn quote(text: &str) -> String {
    format!("\"{text}\"")
}

/// A bare word when the grammar reads it back as one bare label, else a quoted text.
fn word(text: &str) -> String {
    if crate::syntax::is_bare(text) {
        text.to_owned()
    } else {
        quote(text)
    }
}

/// A value the grammar reads as a label or a code (purchase clauses): a
/// code as it is, anything else as [`word`].
fn code_or_word(text: &str) -> String {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        text.to_owned()
    } else {
        word(text)
    }
}

/// The label that starts an entry line: quoted also when, bare, it would start another
/// statement (`"人员" 1.00` is an entry, `人员 1.00` is not).
fn entry_label(text: &str) -> String {
    if crate::syntax::starts_statement(text) {
        quote(text)
    } else {
        word(text)
    }
}

fn fund(t: &Token) -> String {
    Fund::parse(&t.text).map_or_else(|| word(&t.text), |f| f.chinese().to_owned())
}

fn amount(a: &Amount) -> String {
    a.text.clone()
}

impl Printer {
    fn new(ast: &File) -> Printer {
        Printer { catalog: catalog(ast) }
    }

    /// `code name`, the name filled in from the catalog when missing.
    fn coded(&self, family: Family, code: &Token, name: Option<&Token>) -> String {
        match name {
            Some(n) => format!("{} {}", code.text, word(&n.text)),
            None => match self.catalog.as_ref().and_then(|c| c.get(family, &code.text)) {
                Some(e) => format!("{} {}", code.text, word(&e.name)),
                None => code.text.clone(),
            },
        }
    }

    /// The statement as printed: indented or not, the text before the aligned amounts,
    /// the amounts, and which alignment group it joins.
    fn statement(&self, item: &Item) -> (bool, String, Vec<String>, Option<u8>) {
        use ItemKind::*;
        let top = |s: String| (false, s, vec![], None);
        let inner = |s: String| (true, s, vec![], None);
        match &item.kind {
            Department { code, name } => top(format!("department {} {}", code.text, quote(&name.text))),
            Year { year, kind: None } => top(format!("year {}", amount(year))),
            Year { year, kind: Some(k) } => top(format!("year {} {}", amount(year), word(&k.text))),
            Money(t) => top(format!("money {}", word(&t.text))),
            Template(t) => top(format!("template {}", word(&t.text))),
            Tolerance(a) => top(format!("tolerance {}", amount(a))),
            Include(t) => top(format!("include {}", quote(&t.text))),
            CatalogFile(t) => top(format!("catalog {}", quote(&t.text))),
            Unit { name, attrs } => {
                let mut s = format!("unit {}", quote(&name.text));
                for key in ["kind", "level", "funding"] {
                    for (k, v) in attrs.iter().filter(|(k, _)| k.text == key) {
                        let value = if key == "level" { quote(&v.text) } else { word(&v.text) };
                        s.push_str(&format!(" {} {value}", k.text));
                    }
                }
                top(s)
            }
            CodeDecl { family, code, name } => {
                top(format!("code {} {} {}", family.text.trim(), code.text, word(&name.text)))
            }
            Income { fund: f, function: None, amount: a } => {
                (false, format!("income {}", fund(f)), vec![amount(a)], Some(1))
            }
            Income { fund: f, function: Some(c), amount: a } => {
                (false, format!("income {} {}", fund(f), c.text), vec![amount(a)], Some(1))
            }
            Basic { function, name, fund: f, unit } => {
                let mut s = match function {
                    Some(c) => format!("basic {}", self.coded(Family::Function, c, name.as_ref())),
                    None => "basic".to_owned(),
                };
                if let Some(f) = f {
                    s.push_str(&format!(" fund {}", fund(f)));
                }
                if let Some(u) = unit {
                    s.push_str(&format!(" unit {}", quote(&u.text)));
                }
                top(s)
            }
            BasicItem { staff, code, name, amount: a } => (
                true,
                match code {
                    Some(c) => format!("{} {}", staff.text, self.coded(Family::Economic, c, name.as_ref())),
                    None => staff.text.clone(),
                },
                vec![amount(a)],
                Some(2),
            ),
            Project { code, name } => top(format!("project {} {}", code.text, quote(&name.text))),
            Function { code, name } => inner(format!("function {}", self.coded(Family::Function, code, name.as_ref()))),
            Fund(f) => inner(format!("fund {}", fund(f))),
            ProjectAmount { fiscal, other } => inner(match other {
                Some(o) => format!("amount {} other {}", amount(fiscal), amount(o)),
                None => format!("amount {}", amount(fiscal)),
            }),
            Purpose(t) => inner(format!("purpose {}", quote(&t.text))),
            Short(t) => inner(format!("short {}", quote(&t.text))),
            Plan(cells) => {
                inner(format!("plan {}", cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" ")))
            }
            Goal(t) => inner(format!("goal {}", quote(&t.text))),
            Indicator { level1, level2, name, description, value, basis } => {
                let l1 = Level1::parse(&level1.text).map_or_else(|| word(&level1.text), |l| l.chinese().to_owned());
                let l2 = Level2::parse(&level2.text).map_or_else(|| word(&level2.text), |l| l.chinese().to_owned());
                let v = match value {
                    Value::Measure { comparator, number, unit, .. } => format!(
                        "{}{}{}",
                        comparator.as_ref().map_or(String::new(), |c| Comparator::parse(&c.text)
                            .map_or(c.text.clone(), |c| c.chinese().to_owned())),
                        number.text,
                        unit.as_ref().map_or("", |u| u.text.as_str())
                    ),
                    Value::Text(t) => quote(&t.text),
                };
                let mut s = format!("indicator {l1} {l2} {} {} {v}", quote(&name.text), quote(&description.text));
                if let Some(b) = basis {
                    s.push_str(&format!(" basis {}", quote(&b.text)));
                }
                inner(s)
            }
            Evaluation { stage, score, rating, problems } => {
                let stage =
                    EvaluationStage::parse(&stage.text).map_or_else(|| word(&stage.text), |s| s.chinese().to_owned());
                let mut s = format!("evaluation {stage}");
                if let Some(a) = score {
                    s.push_str(&format!(" score {}", amount(a)));
                }
                if let Some(r) = rating {
                    let r = Rating::parse(&r.text).map_or_else(|| word(&r.text), |r| r.chinese().to_owned());
                    s.push_str(&format!(" rating {r}"));
                }
                if let Some(a) = problems {
                    s.push_str(&format!(" problems {}", amount(a)));
                }
                inner(s)
            }
            Sangong { fund: f } => top(match f {
                Some(f) => format!("sangong fund {}", fund(f)),
                None => "sangong".into(),
            }),
            Assets { date } => top(format!("assets {}", date.text)),
            Entry { label, amounts } => (true, entry_label(&label.text), amounts.iter().map(amount).collect(), Some(3)),
            Total { key, amount: a } => (false, format!("total {}", word(&key.text)), vec![amount(a)], Some(4)),
            Prose { slot, table } => {
                let name = Slot::parse(&slot.text).map_or_else(|| word(&slot.text), |s| s.chinese().to_owned());
                top(match table {
                    Some(t) => format!("prose {name} {}", quote(&t.text)),
                    None => format!("prose {name}"),
                })
            }
            ProseLine(t) => top(if t.text.is_empty() { ">".into() } else { format!("> {}", t.text) }),
            PriorFile(t) => top(format!("prior {}", quote(&t.text))),
            PriorFigure { key, amount: a } => {
                (false, format!("prior {}", code_or_word(&key.text)), vec![amount(a)], Some(5))
            }
            Reason { key, text } => top(format!("reason {} {}", code_or_word(&key.text), quote(&text.text))),
            ItemPurpose { code, text } => top(format!("purpose {} {}", code.text, quote(&text.text))),
            Purchase { project, item: what, catalog, unit, quantity, price } => top(format!(
                "purchase {} {} {} {} {} {}",
                project.text,
                quote(&what.text),
                catalog.text,
                word(&unit.text),
                amount(quantity),
                amount(price)
            )),
            PurchaseStated { category, item: what, special, economic, form, reserved, awarded, amount: a } => {
                let category = PurchaseCategory::parse(&category.text)
                    .map_or_else(|| word(&category.text), |c| c.chinese().to_owned());
                let mut s = format!("purchase {category} {}", quote(&what.text));
                for (key, value) in [("special", special), ("economic", economic)] {
                    if let Some(v) = value {
                        s.push_str(&format!(" {key} {}", code_or_word(&v.text)));
                    }
                }
                if let Some(f) = form {
                    let f = PurchaseForm::parse(&f.text).map_or_else(|| word(&f.text), |f| f.chinese().to_owned());
                    s.push_str(&format!(" form {f}"));
                }
                for (key, value) in [("reserved", reserved), ("awarded", awarded)] {
                    if let Some(v) = value {
                        s.push_str(&format!(" {key} {}", word(&v.text)));
                    }
                }
                (false, s, vec![amount(a)], Some(7))
            }
            Reserve { function, name, fund: f, unit, amount: a } => {
                let mut s = format!("reserve {}", self.coded(Family::Function, function, name.as_ref()));
                if let Some(f) = f {
                    s.push_str(&format!(" fund {}", fund(f)));
                }
                if let Some(u) = unit {
                    s.push_str(&format!(" unit {}", quote(&u.text)));
                }
                (false, s, vec![amount(a)], Some(6))
            }
            Spend { kind, function, name, fund: f, unit, amount: a } => {
                let kind = SpendKind::parse(&kind.text).map_or_else(|| word(&kind.text), |k| k.chinese().to_owned());
                let mut s = format!("spend {kind} {}", self.coded(Family::Function, function, name.as_ref()));
                if let Some(f) = f {
                    s.push_str(&format!(" fund {}", fund(f)));
                }
                if let Some(u) = unit {
                    s.push_str(&format!(" unit {}", quote(&u.text)));
                }
                (false, s, vec![amount(a)], Some(9))
            }
            Balance { key, fund: f, function, amount: a } => {
                let mut s = format!("balance {}", word(&key.text));
                if let Some(f) = f {
                    s.push_str(&format!(" {}", fund(f)));
                }
                if let Some(c) = function {
                    s.push_str(&format!(" {}", c.text));
                }
                (false, s, vec![amount(a)], Some(8))
            }
            BudgetFile { which: None, path } => top(format!("budget {}", quote(&path.text))),
            BudgetFile { which: Some(w), path } => top(format!("budget {} {}", word(&w.text), quote(&path.text))),
            Invalid(_) | InvalidHeader => top(String::new()),
        }
    }

    fn print(&self, text: &str, ast: &File) -> String {
        let mut items = ast.items.iter().peekable();
        let mut out: Vec<Out> = vec![];
        // A byte-order mark is kept in front of the output, outside every line.
        let bom = bom_end(text);
        for (at, line) in crate::source::lines(text.get(bom..).unwrap_or("")) {
            let start = at + bom;
            let trimmed = line.trim();
            if trimmed.is_empty() {
                if !matches!(out.last(), None | Some(Out::Blank)) {
                    out.push(Out::Blank);
                }
                continue;
            }
            let item =
                items.next_if(|i| (i.span.start as usize) < start + line.len() && i.span.start as usize >= start);
            match item {
                None => out.push(Out::Comment { text: trimmed.to_owned() }),
                Some(item) => {
                    let comment = match item.kind {
                        ItemKind::ProseLine(_) => None,
                        _ => crate::syntax::trailing_comment(line).map(str::to_owned),
                    };
                    let (indent, prefix, amounts, align) = self.statement(item);
                    out.push(Out::Stmt { indent, prefix, amounts, comment, align, order: order_key(item) });
                }
            }
        }
        while matches!(out.last(), Some(Out::Blank)) {
            let _ = out.pop();
        }
        let body = render(&reorder(out));
        if bom > 0 {
            format!("{BOM}{body}")
        } else {
            body
        }
    }
}

/// Prints the lines: comments take the indentation of the statement after them, and the
/// amounts of consecutive statements of one alignment group line up.
fn render(lines: &[Out]) -> String {
    let mut widths = vec![(0usize, 0usize); lines.len()];
    // (prefix width, first-amount width) per line: amounts are right-aligned in a group.
    let mut i = 0;
    while i < lines.len() {
        let Some(Out::Stmt { align: Some(group), .. }) = lines.get(i) else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut members = vec![];
        while let Some(line) = lines.get(j) {
            match line {
                Out::Stmt { align: Some(g), .. } if g == group => members.push(j),
                Out::Comment { .. } => {}
                _ => break,
            }
            j += 1;
        }
        let measure = |f: &dyn Fn(&String, &Vec<String>) -> usize| {
            members
                .iter()
                .filter_map(|m| match lines.get(*m) {
                    Some(Out::Stmt { prefix, amounts, .. }) => Some(f(prefix, amounts)),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
        };
        let width = measure(&|p, _| p.width());
        let amount_width = measure(&|_, a| a.first().map_or(0, |x| x.width()));
        for m in members {
            if let Some(w) = widths.get_mut(m) {
                *w = (width, amount_width);
            }
        }
        i = j.max(i + 1);
    }
    let indents = comment_indents(lines);
    let mut out = String::new();
    for (n, line) in lines.iter().enumerate() {
        match line {
            Out::Blank => out.push('\n'),
            Out::Comment { text } => {
                if indents.get(n).copied().flatten() == Some(true) {
                    out.push_str("  ");
                }
                out.push_str(text);
                out.push('\n');
            }
            Out::Stmt { indent, prefix, amounts, comment, .. } => {
                if *indent {
                    out.push_str("  ");
                }
                out.push_str(prefix);
                if let Some((first, rest)) = amounts.split_first() {
                    let (width, amount_width) = widths.get(n).copied().unwrap_or((0, 0));
                    let pad = width.saturating_sub(prefix.width()) + amount_width.saturating_sub(first.width());
                    out.push_str(&" ".repeat(pad + 1));
                    out.push_str(first);
                    for a in rest {
                        out.push(' ');
                        out.push_str(a);
                    }
                }
                if let Some(c) = comment {
                    out.push_str("  ");
                    out.push_str(c);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// For each line, the indentation a comment there takes: that of the first statement after
/// it (a blank line first: none; nothing after it: None). One backward pass, so that a
/// block of N comments costs N, not N².
fn comment_indents(lines: &[Out]) -> Vec<Option<bool>> {
    let mut next = None;
    let mut out: Vec<Option<bool>> = lines
        .iter()
        .rev()
        .map(|l| {
            match l {
                Out::Stmt { indent, .. } => next = Some(*indent),
                Out::Blank => next = Some(false),
                Out::Comment { .. } => {}
            }
            next
        })
        .collect();
    out.reverse();
    out
}

#[cfg(test)]
mod tests;
