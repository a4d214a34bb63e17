//! The 情况说明 as the template's `[[section]]` skeleton says: sections numbered by the
//! compiler, texts whose figures are measures of the facts, people-written prose from
//! `prose` blocks (cited figures already filled in), and the parts budgetc generates
//! ([`GENERATED`]: the 绩效目标表, 三公 and 机关运行经费 sentences, the other tables).

use rust_decimal::Decimal;
use serde::Serialize;

use super::forms;
use super::table::{chinese_number, Table};
use crate::check::prior_delta;
use crate::model::cube::{Cube, Filter};
use crate::model::{money, Budget, MoneyUnit, SangongItem, Slot, Staff};
use crate::template::spec::BlockSpec;

/// A numbered section of the narrative.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// The heading with its generated number, e.g. 二、部门预算安排的总体情况.
    pub heading: String,
    /// Its content, in order.
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", content = "content", rename_all = "lowercase")]
pub enum Block {
    /// A sub-heading (1、收入说明).
    Heading(String),
    /// A paragraph.
    Para(String),
    /// A table in place (机构设置, 绩效目标表 …).
    Table(Table),
}

impl Section {
    /// The text of the heading and every paragraph, for searching figures.
    pub fn text(&self) -> String {
        let mut out = self.heading.clone();
        for b in &self.blocks {
            if let Block::Heading(t) | Block::Para(t) = b {
                out.push('\n');
                out.push_str(t);
            }
        }
        out
    }
}

/// An amount in the money unit with its unit: `9679.70万元`.
fn amount(budget: &Budget, v: Decimal) -> String {
    let unit = budget.template.narrative_money();
    money_text(budget, super::tables::convert(v, budget.department.money, unit), unit)
}

/// An amount of the narrative, already in `unit`: two decimals, or a bare `0` where the
/// template says so (`narrative_zero = "0"`).
fn money_text(budget: &Budget, v: Decimal, unit: MoneyUnit) -> String {
    let bare = budget.template.spec.narrative_zero.as_ref().is_some_and(|z| z.get_ref() == "0");
    if bare && v.is_zero() {
        format!("0{}", unit.chinese())
    } else {
        format!("{v:.2}{}", unit.chinese())
    }
}

fn prose(budget: &Budget, slot: Slot) -> Vec<Block> {
    budget
        .prose
        .iter()
        .filter(|p| p.slot == slot)
        .flat_map(|p| p.paragraphs.iter().map(|t| Block::Para(t.clone())))
        .collect()
}

fn prose_or(budget: &Budget, slot: Slot, default: &str) -> Vec<Block> {
    let blocks = prose(budget, slot);
    if blocks.is_empty() {
        vec![Block::Para(default.to_owned())]
    } else {
        blocks
    }
}

/// The parts of the narrative budgetc generates, by the name a template gives them.
pub const GENERATED: &[&str] =
    &["机构设置", "比上年增减", "机关运行经费", "三公经费", "项目绩效目标表", "政府采购", "国有资产", "表目录"];

fn generated(budget: &Budget, name: &str) -> Vec<Block> {
    match name {
        "机构设置" => vec![Block::Table(forms::organisation(budget))],
        "比上年增减" => prior_change(budget),
        "机关运行经费" => running_costs(budget),
        "三公经费" => sangong(budget),
        "项目绩效目标表" => projects(budget),
        "政府采购" => procurement(budget),
        "国有资产" => assets(budget),
        "表目录" => super::tables::titles(budget)
            .iter()
            .enumerate()
            .map(|(i, t)| Block::Para(format!("{}．{t}", i + 1)))
            .collect(),
        _ => vec![],
    }
}

fn reason(budget: &Budget, key: &str) -> Option<String> {
    budget.reasons.iter().find(|(k, _)| k == key).map(|(_, r)| r.clone())
}

fn change(v: Decimal) -> &'static str {
    if v.is_sign_negative() && !v.is_zero() {
        "减少"
    } else {
        "增加"
    }
}

/// The heading and opening paragraph of the narrative, as the template words them.
#[derive(Clone, Debug, Default)]
pub struct Lead {
    /// The heading (第一部分　…情况说明), if the template has one.
    pub title: Option<String>,
    /// The paragraph under it.
    pub preamble: Option<String>,
}

/// The template's `narrative_title` and `narrative_preamble`, filled in.
pub fn lead(budget: &Budget) -> Lead {
    let cube = Cube::new(budget);
    let spec = &budget.template.spec;
    Lead {
        title: spec.narrative_title.as_ref().map(|t| fill(budget, &cube, t)),
        preamble: spec.narrative_preamble.as_ref().map(|t| fill(budget, &cube, t)),
    }
}

/// The template's sections, numbered 一、二、…: a section marked `optional` is left out
/// (and not numbered) when it prints nothing; a block with `instead = "slot"` gives way to
/// that prose slot when the source writes it (its paragraphs print once, at the first such
/// block).
pub fn narrative(budget: &Budget) -> Vec<Section> {
    let cube = Cube::new(budget);
    let spec = &budget.template.spec;
    let mut replaced: Vec<Slot> = vec![];
    let mut sections = vec![];
    for s in &spec.section {
        let mut blocks = vec![];
        for b in s.blocks.iter().map(|b| b.get_ref()) {
            if let Some(slot) = b.instead.as_ref().and_then(|i| Slot::parse(i.get_ref())) {
                let written = prose(budget, slot);
                if !written.is_empty() {
                    if !replaced.contains(&slot) {
                        replaced.push(slot);
                        blocks.extend(written);
                    }
                    continue;
                }
            }
            blocks.extend(block(budget, &cube, b));
        }
        if s.optional && blocks.is_empty() {
            continue;
        }
        let n = chinese_number(sections.len() + 1);
        let heading = match spec.section_numbering.as_ref().map(|n| n.get_ref().as_str()) {
            Some("第一部分") => format!("第{n}部分　{}", fill(budget, &cube, &s.heading)),
            _ => format!("{n}、{}", fill(budget, &cube, &s.heading)),
        };
        sections.push(Section { heading, blocks });
    }
    sections
}

/// The headings and paragraphs the blocks with `instead = slot` print from the facts: what
/// a text written in that slot stands in place of (checked against it, W3014).
pub fn generated_for(budget: &Budget, slot: Slot) -> Vec<String> {
    let blocks = budget.template.spec.section.iter().flat_map(|s| &s.blocks).map(|b| b.get_ref());
    let blocks: Vec<&BlockSpec> =
        blocks.filter(|b| b.instead.as_ref().and_then(|i| Slot::parse(i.get_ref())) == Some(slot)).collect();
    if blocks.is_empty() {
        return vec![];
    }
    let cube = Cube::new(budget);
    blocks
        .into_iter()
        .flat_map(|b| block(budget, &cube, b))
        .filter_map(|b| match b {
            Block::Heading(t) | Block::Para(t) => Some(t),
            Block::Table(_) => None,
        })
        .collect()
}

fn block(budget: &Budget, cube: &Cube<'_>, b: &BlockSpec) -> Vec<Block> {
    let mut out = vec![];
    let nonzero = |m: &toml::Spanned<String>| match stated(budget, m.get_ref()) {
        Some(written) => written,
        // `a + b`: some of the measures has money.
        None => m.get_ref().split('+').any(|part| !cube.sum(&budget.template.filters(part)).is_zero()),
    };
    if b.when.as_ref().is_some_and(|m| !nonzero(m)) || b.unless.as_ref().is_some_and(nonzero) {
        return out;
    }
    if let Some(g) = &b.generated {
        let parts = generated(budget, g.get_ref());
        if let (Some(h), false) = (&b.heading, parts.is_empty()) {
            out.push(Block::Heading(h.clone()));
        }
        out.extend(parts);
        return out;
    }
    if let Some(h) = &b.heading {
        out.push(Block::Heading(fill(budget, cube, h)));
    }
    match (&b.text, b.each.as_ref().map(|e| e.get_ref().as_str())) {
        (Some(t), Some(each @ ("function" | "class"))) => {
            let only = b.filter.as_ref().map(|w| budget.template.filters(w.get_ref())).unwrap_or_default();
            let rows = item_rows(budget, cube, &only);
            let rows = if each == "class" { class_rows(budget, cube, &rows) } else { rows };
            let paras = rows.iter().enumerate().map(|(i, row)| fill_row(budget, cube, t, Some((i, row))));
            match &b.join {
                Some(sep) => {
                    let lead = b.lead.as_ref().map(|l| fill(budget, cube, l));
                    out.push(Block::Para(joined(lead, paras, sep.get_ref())));
                }
                None => out.extend(paras.map(Block::Para)),
            }
        }
        (Some(t), _) => out.push(Block::Para(fill(budget, cube, t))),
        (None, _) => {}
    }
    if let Some(slot) = b.prose.as_ref().and_then(|p| Slot::parse(p.get_ref())) {
        let written = prose(budget, slot);
        match (&b.required, &b.default) {
            _ if !written.is_empty() => out.extend(written),
            (Some(text), _) | (None, Some(text)) => out.push(Block::Para(text.clone())),
            (None, None) => {}
        }
    }
    let chinese = b.numbering.as_ref().is_some_and(|n| n.get_ref() == "一、");
    for (i, l) in b.list.iter().flatten().enumerate() {
        let n = if chinese { chinese_number(i + 1) } else { (i + 1).to_string() };
        out.push(Block::Para(format!("{n}、{l}")));
    }
    out
}

/// The rows of a list as one paragraph (`join`): after `lead`, separated by `sep`, each
/// row but the last without its closing `。`.
fn joined(lead: Option<String>, rows: impl Iterator<Item = String>, sep: &str) -> String {
    let rows: Vec<String> = rows.collect();
    let last = rows.len().saturating_sub(1);
    let mut out = lead.unwrap_or_default();
    for (i, row) in rows.iter().enumerate() {
        if i < last {
            out.push_str(row.strip_suffix('。').unwrap_or(row));
            out.push_str(sep);
        } else {
            out.push_str(row);
        }
    }
    out
}

/// A text with its placeholders filled: names, the project list, and figures (`{measure …}`
/// in the narrative's unit, `{measure …:万元}` in the unit named).
fn fill(budget: &Budget, cube: &Cube<'_>, text: &str) -> String {
    fill_row(budget, cube, text, None)
}

/// One row of a list over the function 项 (`each = "function"`): its code, the filter
/// that keeps its facts, and the names of its 类, 款 and 项.
struct ItemRow {
    code: String,
    filter: Filter,
    names: [String; 3],
}

/// [`fill`] for a row of a list: {类} {款} {项} {类名} {款名} {项名} {序号} name the row, and
/// every figure counts only the row's facts. A part in `[+…]` prints only when its first
/// figure is not 0. A part in `[…]` prints only when each of its
/// placeholders has a value ({上年数}, {比上年} and {原因} have none without a `prior` or
/// `reason` line for the row or key, {用途} none without a `purpose CODE` line).
fn fill_row(budget: &Budget, cube: &Cube<'_>, text: &str, row: Option<(usize, &ItemRow)>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('[') {
        let Some((inner, tail)) = after.split_once(']') else { break };
        out.push_str(&fill_part(budget, cube, before, row).0);
        // `[+…]`: only when its first figure is not 0 (a source of income the department has).
        let (inner, money) = inner.strip_prefix('+').map_or((inner, false), |i| (i, true));
        let shown = !money || first_figure(budget, cube, inner, row).is_some_and(|v| !v.is_zero());
        if let (part, true) = fill_part(budget, cube, inner, row) {
            if shown {
                out.push_str(&part);
            }
        }
        rest = tail;
    }
    out.push_str(&fill_part(budget, cube, rest, row).0);
    out
}

/// The sum of the measures of the first placeholder of `text` (`{收入 事业收入}`, unit or
/// share suffix ignored), of the row's facts in a list.
fn first_figure(budget: &Budget, cube: &Cube<'_>, text: &str, row: Option<(usize, &ItemRow)>) -> Option<Decimal> {
    let (_, after) = text.split_once('{')?;
    let (key, _) = after.split_once('}')?;
    let key = key.split(':').next().unwrap_or_default();
    let key = key.split('/').next().unwrap_or_default();
    let filters = budget.template.filters(key);
    (!filters.is_empty()).then(|| scoped_sum(cube, &filters, row.map(|(_, r)| r)))
}

/// A percentage as the template prints it: two decimals, or (`percent = "trim"`) without
/// trailing zeros (28%, 12.5%).
fn percent(budget: &Budget, v: Decimal) -> String {
    let text = format!("{v:.2}");
    match budget.template.spec.percent.as_ref().map(|p| p.get_ref().as_str()) {
        Some("trim") => text.trim_end_matches('0').trim_end_matches('.').to_owned(),
        _ => text,
    }
}

/// Last year's figure of `key` (a prior key or a function 项 code), in the source's unit.
fn prior_of(budget: &Budget, key: &str) -> Option<Decimal> {
    budget.prior.as_ref()?.figures.get(key).copied()
}

/// The change of `key` from last year in the template's words (`[compare]`): computed from
/// the two figures as the narrative prints them (its unit, half-up to 2 decimals), so that
/// a reader who re-computes from the text finds the same; a change from 0 is stated in
/// money (`from_zero`), never as a percentage.
fn change_words(
    budget: &Budget,
    cube: &Cube<'_>,
    key: &str,
    wording: Option<&crate::template::spec::Wording>,
    row: Option<(usize, &ItemRow)>,
) -> Option<String> {
    let before = prior_of(budget, key)?;
    let (now, _) = prior_delta(budget, key)?;
    // A total stated within the tolerance is compared as printed (机关运行经费 10.23, not 10.22).
    let now = if row.is_none() { budget.printed([key], now) } else { now };
    let (from, unit) = (budget.department.money, budget.template.narrative_money());
    let (now, before) = (money::convert(now, from, unit), money::convert(before, from, unit));
    let delta = money::sub(now, before)?;
    let (up, down, same, zero) = match wording {
        Some(w) => (w.up.as_str(), w.down.as_str(), w.same.as_str(), w.from_zero.as_deref()),
        None => ("比上年增加{金额}", "比上年减少{金额}", "与上年持平", None),
    };
    let shown = |v: Decimal| money_text(budget, v, unit);
    let text = if delta.is_zero() {
        same.to_owned()
    } else if before.is_zero() {
        zero.unwrap_or(up).replace("{%}", &shown(delta.abs()))
    } else if delta.is_sign_negative() {
        down.to_owned()
    } else {
        up.to_owned()
    };
    let pct = money::share(delta.abs(), before).map(|p| percent(budget, p)).unwrap_or_default();
    let text = text.replace("{%}", &format!("{pct}%")).replace("{金额}", &shown(delta.abs()));
    let text = text.replace("{上年数}", &shown(before));
    Some(fill_part(budget, cube, &text, row).0)
}

/// Fills one part of a text; false when a placeholder of it has no value.
fn fill_part(budget: &Budget, cube: &Cube<'_>, text: &str, row: Option<(usize, &ItemRow)>) -> (String, bool) {
    let d = &budget.department;
    let mut out = String::new();
    let mut whole = true;
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        let part = |r: std::ops::Range<usize>| row.and_then(|(_, x)| x.code.get(r).map(str::to_owned));
        let code = row.map(|(_, x)| x.code.as_str());
        // `{上年数}` of the row, `{上年数:支出总计}` of a key; likewise 比上年 and 原因.
        let (head, key) = match name.split_once(':') {
            Some((h, k)) if crate::template::KEYED.contains(&h) => (h, Some(k)),
            _ => (name, code.filter(|_| crate::template::KEYED.contains(&name))),
        };
        let compare = &budget.template.spec.compare;
        let keyed = match (head, key) {
            ("上年数", Some(k)) => Some(prior_of(budget, k).map(|v| amount(budget, v))),
            ("比上年", Some(k)) => {
                let wording = if row.is_some() && name == "比上年" { &compare.item } else { &compare.total };
                Some(change_words(budget, cube, k, wording.as_ref(), row))
            }
            ("原因", Some(k)) => Some(reason(budget, k)),
            ("用途", Some(k)) => Some(budget.uses.iter().find(|(c, _)| c == k).map(|(_, u)| u.clone())),
            ("上年数" | "比上年" | "原因" | "用途", None) => Some(None),
            _ => None,
        };
        if let Some(v) = keyed {
            match v {
                Some(v) => out.push_str(&v),
                None => whole = false,
            }
            rest = tail;
            continue;
        }
        let named = match name {
            "序号" => row.map(|(i, _)| (i + 1).to_string()),
            "编码" => row.map(|(_, x)| x.code.clone()),
            "类" => part(0..3),
            "款" => part(3..5),
            "项" => part(5..7),
            "类名" => row.map(|(_, x)| x.names[0].clone()),
            "款名" => row.map(|(_, x)| x.names[1].clone()),
            "项名" => row.map(|(_, x)| x.names[2].clone()),
            _ => None,
        };
        if let Some(v) = named {
            out.push_str(&v);
            rest = tail;
            continue;
        }
        if let Some(v) = fact_figure(budget, name) {
            match v {
                Some(v) => out.push_str(&v),
                None => whole = false,
            }
            rest = tail;
            continue;
        }
        let scoped = |filters: Vec<&Filter>| scoped_sum(cube, &filters, row.map(|(_, r)| r));
        match name {
            "年度" => out.push_str(&d.year.to_string()),
            "上年度" => out.push_str(&d.year.saturating_sub(1).to_string()),
            "部门名称" => out.push_str(&d.name),
            "项目列表" => {
                let projects: Vec<String> = budget
                    .projects
                    .iter()
                    .map(|p| format!("{}{}", p.narrative_name(), amount(budget, p.amount())))
                    .collect();
                if !projects.is_empty() {
                    out.push_str(&format!("，主要为{}", projects.join("，")));
                }
            }
            // `{完成 全年预算 m…}`: 完成全年预算的 x% (决算 over budget; a budget of 0 has no rate);
            // `{对比 全年预算 m…}`: 决算数小于/大于全年预算数, or 与全年预算数持平.
            _ if (name.starts_with("完成 ") || name.starts_with("对比 ")) && is_plan(name) => {
                let (how, words) = name.split_once(' ').unwrap_or_default();
                let plan = words.split_whitespace().find(|w| crate::template::PLAN_WORDS.contains(w)).unwrap_or("");
                let actual = scoped(budget.template.filters(words));
                let budgeted = plan_in(budget, words, row.map(|(_, r)| r));
                let words = &budget.template.spec.completion;
                let (wording, rate) = if how == "完成" {
                    match money::share(actual, budgeted) {
                        Some(v) if !budgeted.is_zero() => (&words.rate, format!("{v:.2}%")),
                        _ => (&words.zero, String::new()),
                    }
                } else {
                    let wording = match actual.cmp(&budgeted) {
                        std::cmp::Ordering::Less => &words.less,
                        std::cmp::Ordering::Greater => &words.more,
                        std::cmp::Ordering::Equal => &words.same,
                    };
                    (wording, String::new())
                };
                out.push_str(&wording.replace("{预算}", plan).replace("{%}", &rate));
            }
            // `{名称 m…}`: the names of the economic 款 the facts state, 、-separated. A 款
            // stated as 0.00 is named too: it was spent, less than the unit prints (the
            // reference names 邮电费 whose 决算数 prints 0.00).
            _ if name.starts_with("名称 ") => {
                let filters = budget.template.filters(name.trim_start_matches("名称 "));
                let names: Vec<String> = cube
                    .by_code(true, &filters)
                    .into_iter()
                    .filter(|(code, facts)| code.len() == 5 && !facts.is_empty())
                    .filter_map(|(code, _)| {
                        budget.basic.iter().find(|l| l.economic.code == code).map(|l| l.economic.name.clone())
                    })
                    .collect();
                out.push_str(&names.join("、"));
            }
            // `{a/b:%}`: a's share of b, half-up to 2 decimals; in a list, a of the row's
            // facts and b of all.
            _ if name.ends_with(":%") && name.contains('/') => {
                let sum = |text: &str| scoped(budget.template.filters(text));
                let (part, whole) = name.trim_end_matches(":%").split_once('/').unwrap_or_default();
                let whole = cube.sum(&budget.template.filters(whole));
                match money::share(sum(part), whole) {
                    Some(v) => out.push_str(&format!("{}%", percent(budget, v))),
                    None => out.push('—'),
                }
            }
            _ => {
                let (measures, unit) = match name.split_once(':') {
                    Some((m, u)) => (m, MoneyUnit::parse(u)),
                    None => (name, None),
                };
                let unit = unit.unwrap_or_else(|| budget.template.narrative_money());
                // `a + b`: the sum of the printed parts, as the tables print it.
                let v = measures.split('+').fold(Decimal::ZERO, |total, term| {
                    if is_plan(term) {
                        let (v, from) =
                            plan_figure(budget, term, row.map(|(_, r)| r)).unwrap_or((Decimal::ZERO, d.money));
                        return money::plus(total, super::tables::convert(v, from, unit));
                    }
                    let filters = budget.template.filters(term);
                    let exact = scoped(filters);
                    // A stated total within the tolerance prints as stated, as in the tables.
                    let stated = if row.is_none() { budget.printed(term.split_whitespace(), exact) } else { exact };
                    money::plus(total, super::tables::convert(stated, d.money, unit))
                });
                out.push_str(&money_text(budget, v, unit));
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    (out, whole)
}

/// The sum of the facts matching `filters` and, in a list, the row's filter.
fn scoped_sum(cube: &Cube<'_>, filters: &[&Filter], row: Option<&ItemRow>) -> Decimal {
    let mut all: Vec<&Filter> = filters.to_vec();
    if let Some(r) = row {
        all.push(&r.filter);
    }
    cube.sum(&all)
}

/// The function 项 with spending, in code order, with the names of their 类, 款 and 项.
fn item_rows(budget: &Budget, cube: &Cube<'_>, only: &[&Filter]) -> Vec<ItemRow> {
    let catalog = crate::catalog::Catalog::builtin(budget.department.year);
    let name = |code: &str| {
        budget.function_name(code).unwrap_or_else(|| catalog.name(crate::catalog::Family::Function, code)).to_owned()
    };
    let spending = budget.template.measures.get("支出合计");
    cube.by_code(false, &spending.into_iter().chain(only.iter().copied()).collect::<Vec<_>>())
        .into_iter()
        .filter(|(code, facts)| code.len() == 7 && !crate::model::cube::sum_of(facts.iter().copied(), &[]).is_zero())
        .map(|(code, _)| ItemRow {
            code: code.to_owned(),
            filter: Filter::code(false, code),
            names: [name(code.get(..3).unwrap_or_default()), name(code.get(..5).unwrap_or_default()), name(code)],
        })
        .collect()
}

/// The 类 of `items` (`each = "class"`), in code order: {类} {类名} name the row.
fn class_rows(budget: &Budget, cube: &Cube<'_>, items: &[ItemRow]) -> Vec<ItemRow> {
    let _ = (budget, cube);
    let mut out: Vec<ItemRow> = vec![];
    for item in items {
        let class = item.code.get(..3).unwrap_or_default();
        if out.last().is_some_and(|r| r.code == class) {
            continue;
        }
        out.push(ItemRow {
            code: class.to_owned(),
            filter: Filter::code(false, class),
            names: [item.names[0].clone(), String::new(), String::new()],
        });
    }
    out
}

/// A figure of the year's budget (final accounts): `words` names 年初预算 or 全年预算 and
/// the measures; None without that budget.
fn plan_figure(budget: &Budget, words: &str, row: Option<&ItemRow>) -> Option<(Decimal, MoneyUnit)> {
    let plan = if words.split_whitespace().any(|w| w == "年初预算") {
        budget.plans.initial.as_deref()
    } else {
        budget.plans.full_year()
    }?;
    let cube = Cube::new(plan);
    Some((scoped_sum(&cube, &budget.template.filters(words), row), plan.department.money))
}

/// [`plan_figure`] in the source's money unit, exactly (0 without that budget).
fn plan_in(budget: &Budget, words: &str, row: Option<&ItemRow>) -> Decimal {
    let Some((v, from)) = plan_figure(budget, words, row) else { return Decimal::ZERO };
    match (from, budget.department.money) {
        (MoneyUnit::Yuan, MoneyUnit::TenThousandYuan) => money::div(v, Decimal::from(10_000)).unwrap_or(v),
        (MoneyUnit::TenThousandYuan, MoneyUnit::Yuan) => money::mul(v, Decimal::from(10_000)).unwrap_or(v),
        _ => v,
    }
}

/// Whether a placeholder's words take its figure from the year's budget.
fn is_plan(words: &str) -> bool {
    words.split_whitespace().any(|w| crate::template::PLAN_WORDS.contains(&w))
}

/// 3、比上年增减情况: the change from last year's budget, with the reasons given.
fn prior_change(budget: &Budget) -> Vec<Block> {
    let a = |v| amount(budget, v);
    let year = budget.department.year;
    let (Some(prior), Some((total, dt))) = (&budget.prior, prior_delta(budget, "支出总计")) else { return vec![] };
    let mut text = format!("{year}年预算收支安排{}，较{}年预算{}{}", a(total), prior.year, change(dt), a(dt.abs()));
    let parts: Vec<String> = ["基本支出", "项目支出"]
        .iter()
        .filter_map(|k| {
            let (_, dk) = prior_delta(budget, k)?;
            let why = reason(budget, k).map_or(String::new(), |r| format!("，主要为{r}"));
            Some(format!("{k}{}{}{why}", change(dk), a(dk.abs())))
        })
        .collect();
    if parts.is_empty() {
        text.push('。');
    } else {
        text.push_str(&format!("，其中：{}。", parts.join("。")));
    }
    vec![Block::Para(text)]
}

fn running_costs(budget: &Budget) -> Vec<Block> {
    let mut uses: Vec<&str> = vec![];
    for l in budget.basic_by_economic().filter(|l| l.staff == Staff::Public && !l.amount.is_zero()) {
        if !uses.contains(&l.economic.name.as_str()) {
            uses.push(&l.economic.name);
        }
    }
    let uses = if uses.is_empty() {
        String::new()
    } else {
        format!("，主要用于{}等日常运行支出", uses.join("、"))
    };
    let mut text = format!(
        "{}年，我部门机关运行经费共计安排{}{uses}。",
        budget.department.year,
        amount(budget, budget.running_costs())
    );
    if let (Some(prior), Some((now, d))) = (&budget.prior, prior_delta(budget, "机关运行经费")) {
        let before = money::sub(now, d).filter(|b| !b.is_zero());
        let pct = before.and_then(|b| money::div(money::mul(d.abs(), Decimal::ONE_HUNDRED)?, b));
        if let Some(pct) = pct.map(|p| p.round_dp(1)) {
            text.push_str(&format!("对比{}年{}{pct:.1}%", prior.year, change(d)));
            text.push_str(&reason(budget, "机关运行经费").map_or("。".into(), |r| format!("，主要原因：{r}。")));
        }
    }
    let mut blocks = vec![Block::Para(text)];
    blocks.extend(prose(budget, Slot::RunningCosts));
    blocks
}

fn sangong(budget: &Budget) -> Vec<Block> {
    use SangongItem::*;
    let s = |items: &[SangongItem]| amount(budget, budget.sangong_of(items, None));
    let mut text = format!(
        "{}年，我部门财政拨款“三公”经费预算安排{}，其中因公出国（境）费{}；公务用车购置及运维费{}（其中：公务用车购置费为{}，公务用车运维费{}）；公务接待费{}。",
        budget.department.year,
        s(&[ResearchTravel, OtherTravel, CarPurchase, CarRunning, Reception]),
        s(&[ResearchTravel, OtherTravel]),
        s(&[CarPurchase, CarRunning]),
        s(&[CarPurchase]),
        s(&[CarRunning]),
        s(&[Reception]),
    );
    if let (Some(prior), Some((_, d))) = (&budget.prior, prior_delta(budget, "三公经费")) {
        text.push_str(&format!("与{}年相比{}{}", prior.year, change(d), amount(budget, d.abs())));
        text.push_str(&reason(budget, "三公经费").map_or("。".into(), |r| format!("，主要原因：{r}。")));
    }
    let mut blocks = vec![Block::Para(text)];
    blocks.extend(prose(budget, Slot::Sangong));
    blocks
}

fn projects(budget: &Budget) -> Vec<Block> {
    if budget.projects.is_empty() {
        return vec![Block::Para("备注：无项目支出。".into())];
    }
    // Where the template does not require a 绩效目标表 of every project, only the projects
    // that have targets get one (no empty forms).
    let required = budget.template.spec.performance_forms;
    let has_targets = |p: &&crate::model::Project| p.plan.is_some() || p.goal.is_some() || !p.indicators.is_empty();
    budget
        .projects
        .iter()
        .filter(|p| required || has_targets(p))
        .enumerate()
        .map(|(i, p)| Block::Table(forms::performance(budget, i + 1, p)))
        .collect()
}

fn procurement(budget: &Budget) -> Vec<Block> {
    let mut blocks = prose(budget, Slot::Procurement);
    blocks.push(Block::Table(forms::procurement(budget)));
    blocks
}

fn assets(budget: &Budget) -> Vec<Block> {
    let Some(a) = &budget.assets else {
        return prose_or(budget, Slot::Assets, "备注：无固定资产。");
    };
    let purchases = money::total(budget.purchases.iter().map(|p| p.amount()));
    let mut blocks = vec![Block::Para(format!(
        "{}（含所属单位）上年末固定资产金额为{}（详见下表）。本年度拟购置固定资产总额为{}，已按要求列入政府采购预算，详见政府采购预算表。",
        budget.department.name,
        amount(budget, a.total()),
        amount(budget, purchases),
    ))];
    blocks.extend(prose(budget, Slot::Assets));
    blocks.extend(forms::assets(budget).map(Block::Table));
    blocks
}

/// The facts a block's `when`/`unless` may name besides measures: 资产占用 (the source has
/// an `assets` block), 绩效评价 (a project states an `evaluation` line).
pub const STATED: &[&str] = &["资产占用", "绩效评价"];

/// Whether the source states the facts `word` names (None: `word` is no such name).
fn stated(budget: &Budget, word: &str) -> Option<bool> {
    match word.trim() {
        "资产占用" => Some(budget.assets.is_some()),
        "绩效评价" => Some(budget.projects.iter().any(|p| !p.evaluation.is_empty())),
        _ => None,
    }
}

/// The words `{数量 …}` counts, besides the "三公" counts ([`Count`](crate::model::Count)):
/// the projects of a step of 绩效管理 (目标, 跟踪, 自评), those self-evaluated with a rating
/// (`评级 优`), the problems their 自评 found (发现问题), and an asset's quantity (车辆, 执法执勤用车,
/// 单价100万元（含）以上设备 …).
pub fn is_count_word(word: &str) -> bool {
    count(None, word).is_some()
}

/// The accepted words of `{数量 …}`, for the template's error message.
pub fn count_words() -> String {
    use crate::model::performance::{EvaluationStage, Rating};
    let ratings: Vec<String> = Rating::ALL.iter().map(|r| format!("评级 {}", r.chinese())).collect();
    [
        crate::model::Count::accepted(),
        EvaluationStage::accepted(),
        ratings.join("、"),
        "发现问题".to_owned(),
        crate::model::AssetCategory::accepted(),
    ]
    .join("、")
}

/// `{数量 word}` of `budget` (with None: whether the word is known). A count not written is 0;
/// 车辆 not written is the sum of the vehicles by use.
fn count(budget: Option<&Budget>, word: &str) -> Option<Decimal> {
    use crate::model::performance::{EvaluationStage, Rating};
    use crate::model::{AssetCategory, Count};
    let word = word.trim();
    let projects = budget.map_or(&[][..], |b| b.projects.as_slice());
    let asset = |c: AssetCategory| {
        let rows = budget.and_then(|b| b.assets.as_ref()).map_or(&[][..], |a| a.rows.as_slice());
        match rows.iter().find(|r| r.category == c) {
            Some(r) => r.quantity,
            None if c == AssetCategory::Vehicles => {
                money::total(rows.iter().filter(|r| r.category.is_vehicle_use()).map(|r| r.quantity))
            }
            None => Decimal::ZERO,
        }
    };
    let n = |k: usize| Decimal::from(k);
    if let Some(c) = Count::parse(word) {
        let counts = budget.map_or(&[][..], |b| b.counts.as_slice());
        Some(money::total(counts.iter().filter(|(k, _)| *k == c).map(|(_, n)| *n)))
    } else if let Some(stage) = EvaluationStage::parse(word) {
        Some(n(projects.iter().filter(|p| p.evaluation.has(stage)).count()))
    } else if let Some(r) = word.strip_prefix("评级").map(str::trim).and_then(Rating::parse) {
        let rated = |p: &&crate::model::Project| p.evaluation.evaluated.as_ref().is_some_and(|e| e.rating == r);
        Some(n(projects.iter().filter(rated).count()))
    } else if word == "发现问题" {
        Some(money::total(projects.iter().filter_map(|p| p.evaluation.evaluated.as_ref()).map(|e| e.problems)))
    } else {
        AssetCategory::parse(word).map(asset)
    }
}

/// A placeholder of facts other than the cube's: `{数量 …}`, `{涉及预算金额 自评}` (the
/// budget amounts of the projects of a step), `{平均得分}` (of the 自评, half-up to 2
/// decimals), `{截至日期}` (of the `assets` block, 2024年12月31日) and `{文字 slot}` (a prose
/// slot within a sentence). None: not such a placeholder; Some(None): no value (no 自评, no
/// `assets` block, the slot not written).
fn fact_figure(budget: &Budget, name: &str) -> Option<Option<String>> {
    use crate::model::performance::EvaluationStage;
    if let Some(word) = name.strip_prefix("数量 ") {
        return count(Some(budget), word).map(|n| Some(n.normalize().to_string()));
    }
    if let Some(words) = name.strip_prefix("涉及预算金额 ") {
        let (word, unit) = match words.split_once(':') {
            Some((w, u)) => (w, MoneyUnit::parse(u)),
            None => (words, None),
        };
        let stage = EvaluationStage::parse(word.trim())?;
        let unit = unit.unwrap_or_else(|| budget.template.narrative_money());
        let v = money::total(
            budget.projects.iter().filter(|p| p.evaluation.has(stage)).map(|p| budgeted_amount(budget, p)),
        );
        return Some(Some(money_text(budget, super::tables::convert(v, budget.department.money, unit), unit)));
    }
    if let Some(slot) = name.strip_prefix("文字 ") {
        let slot = Slot::parse(slot.trim())?;
        let text: String =
            budget.prose.iter().filter(|p| p.slot == slot).flat_map(|p| p.paragraphs.iter()).cloned().collect();
        let text = text.strip_suffix('。').unwrap_or(&text);
        return Some((!text.is_empty()).then(|| text.to_owned()));
    }
    match name {
        "平均得分" => {
            let scores: Vec<Decimal> =
                budget.projects.iter().filter_map(|p| p.evaluation.evaluated.as_ref()).map(|e| e.score).collect();
            let mean = money::div(money::total(scores.iter().copied()), Decimal::from(scores.len()));
            Some(mean.map(|m| {
                let mut m = m.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
                m.rescale(2);
                m.to_string()
            }))
        }
        "截至日期" => Some(budget.assets.as_ref().map(|a| date_words(&a.as_of))),
        _ => None,
    }
}

/// The 涉及预算金额 of a project of final accounts: its amount in the year's 全年预算 (the
/// project of the same code), in the 决算's money unit; its 决算 amount where no budget file
/// is named or the budget has no project of that code.
fn budgeted_amount(budget: &Budget, p: &crate::model::Project) -> Decimal {
    let planned = budget.plans.full_year().and_then(|plan| {
        let q = plan.projects.iter().find(|q| q.code == p.code)?;
        Some(money::convert_exact(q.amount(), plan.department.money, budget.department.money))
    });
    planned.unwrap_or_else(|| p.amount())
}

/// A date as the narrative writes it: 2024-12-31 → 2024年12月31日 (as written when it is not
/// year, month and day).
fn date_words(date: &str) -> String {
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [y, m, d] if parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) => {
            let n = |t: &str| t.trim_start_matches('0').to_owned();
            format!("{y}年{}月{}日", n(m), n(d))
        }
        _ => date.to_owned(),
    }
}
