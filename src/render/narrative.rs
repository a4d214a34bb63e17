//! The 情况说明: sections 一 to 十一, numbered by the compiler. Sentences with figures are
//! generated from the model; people-written prose comes from `prose` blocks (its cited
//! figures already filled in); the 绩效目标表 and the other tables stand in place.

use rust_decimal::Decimal;
use serde::Serialize;

use super::forms;
use super::table::{chinese_number, Table};
use crate::check::prior_delta;
use crate::model::{money, Budget, Fund, SangongItem, Slot, Staff};

const GLOSSARY: &str = include_str!("../../catalog/glossary-hebei-2024.txt");

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
    format!("{v:.2}{}", budget.department.money.chinese())
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

/// The prose slots the narrative cannot do without, with the text printed in their place
/// when they are not written (the check warns of each, W1003).
pub const REQUIRED_SLOTS: &[(Slot, &str)] = &[(Slot::Duties, "（未填写部门职责）")];

fn required(budget: &Budget, slot: Slot) -> Vec<Block> {
    let placeholder = REQUIRED_SLOTS.iter().find(|(s, _)| *s == slot).map_or("", |(_, p)| p);
    prose_or(budget, slot, placeholder)
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

/// The eleven sections, numbered 一 to 十一.
pub fn narrative(budget: &Budget) -> Vec<Section> {
    let sections: [(&str, Vec<Block>); 11] = [
        ("部门职责及机构设置情况", duties(budget)),
        ("部门预算安排的总体情况", overview(budget)),
        ("机关运行经费安排情况", running_costs(budget)),
        ("财政拨款“三公”经费预算情况及增减变化原因", sangong(budget)),
        ("部门整体绩效目标", prose_or(budget, Slot::Goals, "备注：无相关内容。")),
        ("部门主管专项资金预算安排情况及绩效目标", prose_or(budget, Slot::SpecialFunds, "备注：无相关内容。")),
        ("部门项目预算安排情况及绩效目标", projects(budget)),
        ("政府采购预算情况", procurement(budget)),
        ("国有资产信息", assets(budget)),
        ("名词解释", glossary()),
        ("其他需要说明的事项", prose_or(budget, Slot::Other, "我部门无其他需要说明的事项。")),
    ];
    sections
        .into_iter()
        .enumerate()
        .map(|(i, (title, blocks))| Section { heading: format!("{}、{title}", chinese_number(i + 1)), blocks })
        .collect()
}

fn duties(budget: &Budget) -> Vec<Block> {
    let mut blocks = vec![Block::Para("部门职责：".into())];
    blocks.extend(required(budget, Slot::Duties));
    blocks.push(Block::Para("机构设置：".into()));
    blocks.push(Block::Table(forms::organisation(budget)));
    blocks
}

fn overview(budget: &Budget) -> Vec<Block> {
    let d = &budget.department;
    let a = |v| amount(budget, v);
    let year = d.year;
    let carry = budget.income_of(Fund::Carryover);
    let mut blocks = vec![Block::Para(format!(
        "按照预算管理有关规定，目前部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。{}机关及所属事业单位的收支包含在部门预算中。",
        d.name
    ))];
    blocks.extend(prose(budget, Slot::Overview));
    blocks.push(Block::Heading("1、收入说明".into()));
    blocks.push(Block::Para(format!(
        "反映本部门当年全部收入。{year}年预算收入{}，其中：一般公共预算收入{}，基金预算收入{}，国有资本经营预算收入{}，财政专户核拨收入{}，单位资金收入{}，上年结转结余{}。",
        a(money::plus(budget.income_this_year(), carry)),
        a(budget.income_of(Fund::GeneralPublic)),
        a(budget.income_of(Fund::GovernmentFund)),
        a(budget.income_of(Fund::StateCapital)),
        a(budget.income_of(Fund::FiscalSpecial)),
        a(budget.income_unit_funds()),
        a(carry),
    )));
    let spent = budget.spending_total();
    let split = budget.staff_split();
    let projects: Vec<String> =
        budget.projects.iter().map(|p| format!("{}{}", p.narrative_name(), a(p.amount()))).collect();
    let project_list =
        if projects.is_empty() { String::new() } else { format!("，主要为{}", projects.join("，")) };
    blocks.push(Block::Heading("2、支出说明".into()));
    blocks.push(Block::Para(format!(
        "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映{}年度部门预算中支出预算的总体情况。{year}年支出预算{}，其中基本支出{}，包括人员经费{}和日常公用经费{}；项目支出{}{project_list}。",
        d.name,
        a(spent.total()),
        a(spent.basic_total()),
        a(split.personnel),
        a(split.public),
        a(spent.project_total()),
    )));
    if let (Some(prior), Some((total, dt))) = (&budget.prior, prior_delta(budget, "支出总计")) {
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
        blocks.push(Block::Heading("3、比上年增减情况".into()));
        blocks.push(Block::Para(text));
    }
    blocks
}

fn running_costs(budget: &Budget) -> Vec<Block> {
    let mut uses: Vec<&str> = vec![];
    for l in budget.basic.iter().filter(|l| l.staff == Staff::Public && !l.amount.is_zero()) {
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
    budget.projects.iter().enumerate().map(|(i, p)| Block::Table(forms::performance(budget, i + 1, p))).collect()
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

fn glossary() -> Vec<Block> {
    GLOSSARY
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| Block::Para(format!("{}、{l}", i + 1)))
        .collect()
}
