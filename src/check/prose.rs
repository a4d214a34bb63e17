//! People-written prose: cited figures (`{本年收入合计}`) are filled in from the facts,
//! and literal amounts that match no fact, or carry the wrong unit, are flagged.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::facts::ProseDraft;
use super::identities::computed;
use super::Flat;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, Fund, MoneyUnit, Prose, SangongItem, Slot};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::ItemKind;

/// The totals prose can cite, which are also the figures a literal amount may match.
pub(crate) const TOTALS: [&str; 15] = [
    "本年收入合计",
    "收入总计",
    "支出总计",
    "基本支出",
    "项目支出",
    "单位预留机动经费",
    "财政拨款",
    "人员经费",
    "公用经费",
    "三公经费",
    "因公出国（境）费",
    "公务用车购置及运维费",
    "机关运行经费",
    "政府采购",
    "资产总额",
];

/// The citations that are not totals.
const WORDS: [&str; 5] = ["年度", "上年度", "部门名称", "项目个数", "本年支出合计"];

/// The citation closest to a key that cites nothing (`本年收入` → `本年收入合计`).
fn near_citation<'a>(budget: &'a Budget, key: &str) -> Option<&'a str> {
    let names = budget.projects.iter().flat_map(|p| [Some(p.name.as_str()), p.short.as_deref()]).flatten();
    let terms = Fund::ALL.iter().map(|f| f.chinese()).chain(SangongItem::ALL.iter().map(|s| s.chinese()));
    super::suggest::closest(key, TOTALS.into_iter().chain(WORDS).chain(terms).chain(names))
}

/// The required slots (of the template's narrative, `required = …`) that `lines` do not write,
/// when the header names a known template with a `template` line (the template requires
/// them; a mistyped template name has its own error).
pub(crate) fn missing_required<'a>(lines: &'a [Flat<'a>]) -> impl Iterator<Item = Slot> + 'a {
    let items = move || lines.iter().filter_map(|l| if let Flat::Line(item) = l { Some(&item.kind) } else { None });
    let required = required_slots(lines);
    required.into_iter().map(|(slot, _)| slot).filter(move |slot| {
        !items().any(|k| matches!(k, ItemKind::Prose { slot: t, .. } if Slot::parse(&t.text) == Some(*slot)))
    })
}

/// The prose slots the template named by a `template` line requires (none without one).
fn required_slots(lines: &[Flat<'_>]) -> Vec<(Slot, String)> {
    lines
        .iter()
        .find_map(|l| match l {
            Flat::Line(item) => match &item.kind {
                ItemKind::Template(t) => crate::catalog::Template::find(&t.text),
                _ => None,
            },
            Flat::Boundary => None,
        })
        .map(|t| t.required_slots())
        .unwrap_or_default()
}

/// W1003: a required prose slot is not written, or written without a line.
pub(crate) fn required(lines: &[Flat<'_>], drafts: &[ProseDraft], root: Span, diags: &mut Diagnostics) {
    let empty = drafts.iter().filter(|d| d.lines.is_empty()).map(|d| d.slot);
    let required = required_slots(lines);
    let missing: Vec<Slot> =
        missing_required(lines).chain(empty.filter(|s| required.iter().any(|(r, _)| r == s))).collect();
    for slot in missing {
        let placeholder = required.iter().find(|(s, _)| *s == slot).map_or("", |(_, p)| p.as_str());
        diags.push(
            Diagnostic::warning(Code::W1003, msg!("facts-w1003-slot", slot = slot.chinese()))
                .primary(root, msg!("facts-w1003-slot-label", slot = slot.chinese()))
                .note(msg!("facts-w1003-slot-note", placeholder = placeholder))
                .help(msg!("facts-w1003-slot-help", slot = slot.chinese())),
        );
    }
}

/// The value of a citation key, as printed: an amount with its unit, or a text.
pub(crate) fn cite(budget: &Budget, key: &str) -> Option<String> {
    // `{a/b:%}`: a's share of b in per cent, half-up to 2 decimals (占“三公”经费的16.92%).
    if let Some(pair) = key.strip_suffix(":%").or_else(|| key.strip_suffix("：%")) {
        let (part, whole) = pair.split_once('/')?;
        let share = money::share(figure(budget, part.trim())?, figure(budget, whole.trim())?)?;
        return Some(format!("{share:.2}%"));
    }
    // `{key:万元}`: the figure in the unit named (half-up to 2 decimals), else the source's.
    let (key, to) = match key.rsplit_once([':', '：']) {
        Some((k, u)) if MoneyUnit::parse(u.trim()).is_some() => (k.trim(), MoneyUnit::parse(u.trim())),
        _ => (key, None),
    };
    let from = budget.department.money;
    // Without a unit: the unit the template's narrative prints in (Shanghai: 万元 for a 元 source).
    let to = to.unwrap_or_else(|| budget.template.narrative_money());
    let unit = to.chinese();
    let shown = |v: Decimal| format!("{:.2}{unit}", money::convert(v, from, to));
    match key {
        "年度" => return Some(budget.department.year.to_string()),
        "上年度" => return Some(budget.department.year.saturating_sub(1).to_string()),
        "部门名称" => return Some(budget.department.name.clone()),
        "项目个数" => return Some(budget.projects.len().to_string()),
        _ => {}
    }
    figure(budget, key).map(shown)
}

/// The figure a citation key names: a project's amount (by name, code or short name), or
/// a computed figure.
fn figure(budget: &Budget, key: &str) -> Option<Decimal> {
    budget
        .projects
        .iter()
        .find(|p| p.name == key || p.code == key || p.short.as_deref() == Some(key))
        .map(|p| p.amount())
        .or_else(|| computed(budget, key).map(|(v, _, _)| v))
}

/// Every figure a reader may find in the document, in the money unit.
pub(crate) fn facts(budget: &Budget) -> BTreeSet<Decimal> {
    let mut all = BTreeSet::new();
    let mut add = |v: Decimal| {
        let _ = all.insert(v.normalize());
    };
    for key in TOTALS {
        if let Some((v, _, _)) = computed(budget, key) {
            add(v);
        }
    }
    for i in &budget.income {
        add(i.amount);
    }
    for p in &budget.projects {
        add(p.amount());
        add(p.fiscal);
    }
    for s in budget.spending_tree().values() {
        add(s.total());
        add(s.basic_total());
        add(s.project_total());
        add(s.reserve_total());
    }
    for r in &budget.reserve {
        add(r.amount);
    }
    for l in &budget.spend {
        add(l.amount);
    }
    if !budget.spend.is_empty() {
        let spent = std::iter::once(budget.spending_total()).chain(budget.spending_tree().into_values());
        for s in spent {
            let kinds = crate::model::SpendKind::ALL.iter().map(|k| s.other_of(*k));
            for v in kinds.chain(s.other.values().copied()).filter(|v| !v.is_zero()) {
                add(v);
            }
        }
    }
    for l in &budget.basic {
        add(l.amount);
    }
    for s in &budget.sangong {
        add(s.amount);
    }
    if let Some(a) = &budget.assets {
        for r in &a.rows {
            if let Some(v) = r.value {
                add(v);
            }
        }
    }
    if let Some(prior) = &budget.prior {
        for (k, v) in &prior.figures {
            add(*v);
            if let Some(d) = computed(budget, k).and_then(|(now, _, _)| money::sub(now, *v)) {
                add(d.abs());
            }
        }
    }
    // Stated totals within the tolerance, as the tables print them (302 = 10.23).
    for (_, stated) in budget.rounded.values() {
        add(*stated);
    }
    // A 决算 cites its budgets' figures (全年预算为52.00万元), in the same money unit.
    let plans = [budget.plans.initial.as_deref(), budget.plans.full.as_deref()];
    for plan in plans.into_iter().flatten().filter(|p| p.department.money == budget.department.money) {
        for v in facts(plan) {
            add(v);
        }
    }
    all
}

/// The figures a literal amount may match: exact, in the document's unit, and (in a 元
/// document) each in 万元 rounded half-up to 2 decimals, the rule the tables print by.
pub(crate) struct Known {
    exact: BTreeSet<Decimal>,
    wan: BTreeSet<Decimal>,
}

impl Known {
    fn new(budget: &Budget) -> Known {
        let exact = facts(budget);
        let wan = if budget.department.money == MoneyUnit::Yuan {
            let to_wan = |v: Decimal| money::convert(v, MoneyUnit::Yuan, MoneyUnit::TenThousandYuan);
            let mut wan: BTreeSet<Decimal> = exact.iter().map(|v| to_wan(*v).normalize()).collect();
            // The "三公" total as the tables print it: the sum of its printed items (Shanghai
            // 表9: 0.83 + 9.98 = 10.81万元, where the exact 10.8015 rounds to 10.80).
            let items = SangongItem::ALL.iter().map(|i| to_wan(budget.sangong_of(&[*i], None)));
            let _ = wan.insert(money::total(items).normalize());
            wan
        } else {
            BTreeSet::new()
        };
        Known { exact, wan }
    }

    fn contains(&self, v: &Decimal) -> bool {
        self.exact.contains(v)
    }
}

/// Fills in citations and checks literal amounts; `complete` says the facts are whole.
/// Then, slot by slot, what the prose claims (percentages, names, years: `claims`).
pub(crate) fn resolve(budget: &Budget, drafts: &[ProseDraft], complete: bool, diags: &mut Diagnostics) -> Vec<Prose> {
    let known = complete.then(|| Known::new(budget));
    let claims = complete.then(|| super::claims::Facts::new(budget));
    let tables: Vec<_> = drafts.iter().filter_map(|d| Some((d, table_of(budget, d, diags)?))).collect();
    tables
        .into_iter()
        .map(|(d, table)| {
            // W3007 of the slot are held back: a percentage check may add a note to one.
            let mut amounts = Diagnostics::new();
            let written: Vec<Written> = d
                .lines
                .iter()
                .map(|l| paragraph(budget, &l.text, l.span, known.as_ref(), &mut amounts, diags))
                .collect();
            let notes = match &claims {
                Some(facts) => facts.check(d.slot, &written, &amounts, diags),
                None => vec![],
            };
            for w in amounts.as_slice() {
                let note = notes.iter().find(|(at, _)| Some(*at) == w.location());
                diags.push(match note {
                    Some((_, n)) => w.clone().note(n.clone()),
                    None => w.clone(),
                });
            }
            Prose { slot: d.slot, table, paragraphs: written.into_iter().map(|w| w.text).collect() }
        })
        .collect()
}

/// The table whose notes a draft writes: `Some(Some(id))` for `prose 表注 "表名"` naming a
/// table of the template by its title or id, `Some(None)` for another slot without a table
/// name, None (with B4005) for 表注 without a known table or a table name after another slot.
fn table_of(budget: &Budget, d: &ProseDraft, diags: &mut Diagnostics) -> Option<Option<String>> {
    let year = budget.department.year;
    let tables = &budget.template.spec.table;
    let title = |t: &crate::template::spec::TableSpec| t.title_in(year);
    match (d.slot, &d.table) {
        (Slot::TableNotes, Some(name)) => {
            let found = tables.iter().map(|t| t.get_ref()).find(|t| {
                let written = crate::catalog::normalise_width(name.text.trim());
                [t.id.clone(), title(t), t.title.clone()].iter().any(|n| crate::catalog::normalise_width(n) == written)
            });
            if let Some(t) = found {
                return Some(Some(t.id.clone()));
            }
            let titles: Vec<String> = tables.iter().map(|t| title(t.get_ref())).collect();
            let near = super::suggest::closest(&name.text, titles.iter().map(String::as_str));
            let d = Diagnostic::error(Code::B4005, msg!("facts-b4005-unknown", table = &name.text))
                .primary(name.span, msg!("facts-b4005-unknown-label"))
                .note(msg!("facts-b4005-tables", tables = titles.join("、")));
            diags.push(match near {
                Some(n) => d.help(msg!("facts-did-you-mean", word = n)),
                None => d.help(msg!("facts-b4005-help")),
            });
            None
        }
        (Slot::TableNotes, None) => {
            diags.push(
                Diagnostic::error(Code::B4005, msg!("facts-b4005-missing"))
                    .primary(d.at, msg!("facts-b4005-missing-label"))
                    .help(msg!("facts-b4005-help")),
            );
            None
        }
        (_, Some(name)) => {
            diags.push(
                Diagnostic::error(Code::B4005, msg!("facts-b4005-other", slot = d.slot.chinese(), table = &name.text))
                    .primary(name.span, msg!("facts-b4005-other-label"))
                    .help(msg!("facts-b4005-other-help", slot = d.slot.chinese(), table = &name.text)),
            );
            None
        }
        (_, None) => Some(None),
    }
}

/// A paragraph as printed (citations filled in), with the runs of it that were written
/// literally: a check points into the source only there.
pub(crate) struct Written {
    /// The paragraph as printed.
    pub text: String,
    /// The literal runs: start and end in `text`, start in the source file.
    pieces: Vec<(usize, usize, usize)>,
    /// The source file.
    file: usize,
}

impl Written {
    /// The source span of `start..end` of the printed text, when it lies in one literal run.
    pub(crate) fn span(&self, start: usize, end: usize) -> Option<Span> {
        let &(s, _, src) = self.pieces.iter().find(|(s, e, _)| *s <= start && end <= *e)?;
        Some(Span::new(self.file, src + start - s, src + end - s))
    }
}

fn paragraph(
    budget: &Budget,
    text: &str,
    span: Span,
    known: Option<&Known>,
    amounts: &mut Diagnostics,
    diags: &mut Diagnostics,
) -> Written {
    let mut out = String::new();
    let mut pieces = vec![];
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let literal = &rest[..open];
        check_literals(budget, literal, span.file, at(span, offset), known, amounts);
        pieces.push((out.len(), out.len() + literal.len(), at(span, offset)));
        out.push_str(literal);
        let key = &rest[open + 1..close];
        match cite(budget, key.trim()) {
            Some(v) => out.push_str(&v),
            None => {
                let place =
                    Span::new(span.file, span.start as usize + offset + open, span.start as usize + offset + close + 1);
                let d = Diagnostic::error(Code::B1008, msg!("facts-b1008-citation", key = key))
                    .primary(place, msg!("facts-b1008-citation-label"));
                diags.push(match near_citation(budget, key.trim()) {
                    Some(near) => d.help(msg!("facts-b1008-citation-near", near = near)),
                    None => d.help(msg!("facts-b1008-citation-help")),
                });
                out.push_str(&rest[open..=close]);
            }
        }
        offset += close + 1;
        rest = &rest[close + 1..];
    }
    check_literals(budget, rest, span.file, at(span, offset), known, amounts);
    pieces.push((out.len(), out.len() + rest.len(), at(span, offset)));
    out.push_str(rest);
    Written { text: out, pieces, file: span.file }
}

fn at(span: Span, offset: usize) -> usize {
    span.start as usize + offset
}

/// Flags `4000元`, `12.34万元` written as literals that match no fact (W3007).
fn check_literals(
    budget: &Budget,
    text: &str,
    file: usize,
    start: usize,
    known: Option<&Known>,
    diags: &mut Diagnostics,
) {
    let Some(known) = known else { return };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let Some(&(b, c)) = chars.get(i) else { break };
        let prev_digit = i > 0 && chars.get(i - 1).is_some_and(|(_, p)| p.is_ascii_digit() || *p == '.');
        if !c.is_ascii_digit() || prev_digit {
            i += 1;
            continue;
        }
        let mut j = i;
        // Digits, a decimal point, and thousands separators between digit groups
        // (`3,121.42万元` is one figure).
        let digit = |k: usize| chars.get(k).is_some_and(|(_, d)| d.is_ascii_digit());
        loop {
            match chars.get(j).map(|(_, d)| *d) {
                Some(d) if d.is_ascii_digit() || d == '.' => j += 1,
                Some(',') if digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4) => j += 1,
                _ => break,
            }
        }
        let end = chars.get(j).map_or(text.len(), |(e, _)| *e);
        let tail = &text[end..];
        let unit = if tail.starts_with("万元") {
            Some("万元")
        } else if tail.starts_with('元') {
            Some("元")
        } else {
            None
        };
        // `单价20万元（含）以上的设备`: a threshold, no figure of the budget.
        let after = unit.map_or("", |u| tail.get(u.len()..).unwrap_or(""));
        let after = after.trim_start_matches("（含）").trim_start_matches("(含)");
        let threshold = ["以上", "以下", "及以上", "及以下"].iter().any(|w| after.starts_with(w));
        let number: String = text[b..end].chars().filter(|c| *c != ',').collect();
        if let (Some(unit), Ok(v), false) = (unit, money::read(&number), threshold) {
            let doc = budget.department.money;
            let in_doc = match (unit, doc) {
                ("元", MoneyUnit::TenThousandYuan) => money::div(v, Decimal::from(10_000)),
                ("万元", MoneyUnit::Yuan) => money::mul(v, Decimal::from(10_000)),
                _ => Some(v),
            };
            let rounded = unit == "万元" && doc == MoneyUnit::Yuan && known.wan.contains(&v.normalize());
            if !rounded && !in_doc.is_some_and(|d| known.contains(&d.normalize())) {
                let span = Span::new(file, start + b, start + end + unit.len());
                let written = &text[b..end];
                let d = if unit != doc.chinese() && known.contains(&v.normalize()) {
                    let fact = format!("{v:.2}");
                    Diagnostic::warning(
                        Code::W3007,
                        msg!(
                            "facts-w3007-unit",
                            written = written,
                            unit = unit,
                            fact = &fact,
                            doc_unit = doc.chinese()
                        ),
                    )
                    .primary(span, msg!("facts-w3007-unit-label", fact = &fact, doc_unit = doc.chinese()))
                } else {
                    Diagnostic::warning(Code::W3007, msg!("facts-w3007-none", written = written, unit = unit))
                        .primary(span, msg!("facts-w3007-none-label"))
                };
                diags.push(d.help(msg!("facts-w3007-help")));
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Code, Diagnostics};

    fn warnings(prose: &str) -> Vec<Code> {
        let text = format!("department 1 \"x\"\nyear 2019\nmoney 万元\nunit \"u\" kind 行政\nincome 一般公共预算拨款 10.00\nbasic 2080101 行政运行\n  人员 30101 基本工资 10.00\nprose 国有资产\n> {prose}\n");
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", &text, &mut diags);
        let _ = crate::check::check_partial(&sources, &mut diags);
        diags.as_slice().iter().map(|d| d.code).collect()
    }

    /// `单价20万元（含）以上的设备` states a threshold, not a figure of the budget (Jiangsu 说明 十三).
    #[test]
    fn a_threshold_in_prose_is_no_figure() {
        assert_eq!(warnings("单价20万元（含）以上的设备48台（套）。"), []);
        assert_eq!(warnings("单价在20万元以上的设备2台。"), []);
        assert_eq!(warnings("购置设备20万元。"), [Code::W3007]);
    }
}
