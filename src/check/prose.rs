//! People-written prose: cited figures (`{本年收入合计}`) are filled in from the facts,
//! and literal amounts that match no fact, or carry the wrong unit, are flagged.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::facts::ProseDraft;
use super::identities::computed;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, MoneyUnit, Prose};
use crate::span::Span;

/// The value of a citation key, as printed: an amount with its unit, or a text.
pub(crate) fn cite(budget: &Budget, key: &str) -> Option<String> {
    let unit = budget.department.money.chinese();
    match key {
        "年度" => return Some(budget.department.year.to_string()),
        "上年度" => return Some(budget.department.year.saturating_sub(1).to_string()),
        "部门名称" => return Some(budget.department.name.clone()),
        "项目个数" => return Some(budget.projects.len().to_string()),
        _ => {}
    }
    if let Some(p) = budget.projects.iter().find(|p| p.name == key || p.code == key || p.short.as_deref() == Some(key))
    {
        return Some(format!("{:.2}{unit}", p.amount()));
    }
    computed(budget, key).map(|(v, _, _)| format!("{v:.2}{unit}"))
}

/// Every figure a reader may find in the document, in the money unit.
fn facts(budget: &Budget) -> BTreeSet<Decimal> {
    let mut all = BTreeSet::new();
    let mut add = |v: Decimal| {
        let _ = all.insert(v.normalize());
    };
    for key in [
        "本年收入合计",
        "收入总计",
        "支出总计",
        "基本支出",
        "项目支出",
        "财政拨款",
        "人员经费",
        "公用经费",
        "三公经费",
        "因公出国（境）费",
        "公务用车购置及运维费",
        "机关运行经费",
        "资产总额",
    ] {
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
    }
    for l in &budget.basic {
        add(l.amount);
    }
    for s in &budget.sangong {
        add(s.amount);
    }
    if let Some(a) = &budget.assets {
        for r in &a.rows {
            add(r.value);
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
    all
}

/// Fills in citations and checks literal amounts; `complete` says the facts are whole.
pub(crate) fn resolve(budget: &Budget, drafts: &[ProseDraft], complete: bool, diags: &mut Diagnostics) -> Vec<Prose> {
    let known = complete.then(|| facts(budget));
    drafts
        .iter()
        .map(|d| Prose {
            slot: d.slot,
            paragraphs: d.lines.iter().map(|l| paragraph(budget, &l.text, l.span, known.as_ref(), diags)).collect(),
        })
        .collect()
}

fn paragraph(
    budget: &Budget,
    text: &str,
    span: Span,
    known: Option<&BTreeSet<Decimal>>,
    diags: &mut Diagnostics,
) -> String {
    let mut out = String::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let literal = &rest[..open];
        check_literals(budget, literal, span.file, at(span, offset), known, diags);
        out.push_str(literal);
        let key = &rest[open + 1..close];
        match cite(budget, key.trim()) {
            Some(v) => out.push_str(&v),
            None => {
                diags.push(
                    Diagnostic::error(Code::B1008, format!("`{{{key}}}` cites no figure"))
                        .primary(Span::new(span.file, span.start as usize + offset + open, span.start as usize + offset + close + 1), "unknown figure")
                        .help("cite a total (本年收入合计, 基本支出, 机关运行经费, 三公经费 …), a classification code, a project name, 年度 or 部门名称"),
                );
                out.push_str(&rest[open..=close]);
            }
        }
        offset += close + 1;
        rest = &rest[close + 1..];
    }
    check_literals(budget, rest, span.file, at(span, offset), known, diags);
    out.push_str(rest);
    out
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
    known: Option<&BTreeSet<Decimal>>,
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
        while chars.get(j).is_some_and(|(_, d)| d.is_ascii_digit() || *d == '.') {
            j += 1;
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
        if let (Some(unit), Ok(v)) = (unit, money::read(&text[b..end])) {
            let doc = budget.department.money;
            let in_doc = match (unit, doc) {
                ("元", MoneyUnit::TenThousandYuan) => money::div(v, Decimal::from(10_000)),
                ("万元", MoneyUnit::Yuan) => money::mul(v, Decimal::from(10_000)),
                _ => Some(v),
            };
            if !in_doc.is_some_and(|d| known.contains(&d.normalize())) {
                let span = Span::new(file, start + b, start + end + unit.len());
                let d = if unit != doc.chinese() && known.contains(&v.normalize()) {
                    Diagnostic::warning(
                        Code::W3007,
                        format!(
                            "`{}{unit}` carries the wrong unit: the fact is {v:.2}{}",
                            &text[b..end],
                            doc.chinese()
                        ),
                    )
                    .primary(span, format!("{v:.2}{} in the tables", doc.chinese()))
                } else {
                    Diagnostic::warning(
                        Code::W3007,
                        format!("`{}{unit}` matches no figure of the budget", &text[b..end]),
                    )
                    .primary(span, "no such figure")
                };
                diags.push(
                    d.help("cite the figure instead, e.g. `{机关运行经费}` or `{<项目名称>}`, so that it cannot drift"),
                );
            }
        }
        i = j;
    }
}
