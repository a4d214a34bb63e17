//! The narrative sections whose sentences are figures (情况说明 二、三、四), generated
//! from the model so that they cannot disagree with the tables.

use rust_decimal::Decimal;
use serde::Serialize;

use super::table::chinese_number;
use crate::model::{Budget, Fund, SangongItem, Staff};

/// A numbered section of the narrative.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// The heading with its generated number, e.g. 二、部门预算安排的总体情况.
    pub heading: String,
    /// Sub-headings (1、收入说明) with their paragraphs, or paragraphs alone.
    pub parts: Vec<Part>,
}

/// A paragraph, optionally under a numbered sub-heading.
#[derive(Clone, Debug, Serialize)]
pub struct Part {
    /// e.g. 1、收入说明.
    pub heading: Option<String>,
    /// The text.
    pub text: String,
}

/// An amount in the money unit with its unit: `9679.70万元`.
fn amount(budget: &Budget, v: Decimal) -> String {
    format!("{v:.2}{}", budget.department.money.chinese())
}

/// The generated sections, numbered by their place in the disclosure (二 to 四).
pub fn narrative(budget: &Budget) -> Vec<Section> {
    let numbered = |n: usize, title: &str| format!("{}、{title}", chinese_number(n));
    vec![
        Section { heading: numbered(2, "部门预算安排的总体情况"), parts: overview(budget) },
        Section { heading: numbered(3, "机关运行经费安排情况"), parts: vec![running_costs(budget)] },
        Section { heading: numbered(4, "财政拨款“三公”经费预算情况及增减变化原因"), parts: vec![sangong(budget)] },
    ]
}

fn overview(budget: &Budget) -> Vec<Part> {
    let d = &budget.department;
    let a = |v| amount(budget, v);
    let year = d.year;
    let carry = budget.income_of(Fund::Carryover);
    let intro = format!(
        "按照预算管理有关规定，目前部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。{}机关及所属事业单位的收支包含在部门预算中。",
        d.name
    );
    let income = format!(
        "反映本部门当年全部收入。{year}年预算收入{}，其中：一般公共预算收入{}，基金预算收入{}，国有资本经营预算收入{}，财政专户核拨收入{}，单位资金收入{}，上年结转结余{}。",
        a(budget.income_this_year() + carry),
        a(budget.income_of(Fund::GeneralPublic)),
        a(budget.income_of(Fund::GovernmentFund)),
        a(budget.income_of(Fund::StateCapital)),
        a(budget.income_of(Fund::FiscalSpecial)),
        a(budget.income_unit_funds()),
        a(carry),
    );
    let spent = budget.spending_total();
    let split = budget.staff_split();
    let projects: Vec<String> = budget.projects.iter().map(|p| format!("{}{}", p.name, a(p.amount()))).collect();
    let project_list = if projects.is_empty() { String::new() } else { format!("，主要为{}", projects.join("，")) };
    let spending = format!(
        "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映{}年度部门预算中支出预算的总体情况。{year}年支出预算{}，其中基本支出{}，包括人员经费{}和日常公用经费{}；项目支出{}{project_list}。",
        d.name,
        a(spent.total()),
        a(spent.basic_total()),
        a(split.personnel),
        a(split.public),
        a(spent.project_total()),
    );
    vec![
        Part { heading: None, text: intro },
        Part { heading: Some("1、收入说明".into()), text: income },
        Part { heading: Some("2、支出说明".into()), text: spending },
    ]
}

fn running_costs(budget: &Budget) -> Part {
    let mut uses: Vec<&str> = vec![];
    for l in budget.basic.iter().filter(|l| l.staff == Staff::Public && !l.amount.is_zero()) {
        if !uses.contains(&l.economic.name.as_str()) {
            uses.push(&l.economic.name);
        }
    }
    let uses = if uses.is_empty() { String::new() } else { format!("，主要用于{}等日常运行支出", uses.join("、")) };
    Part {
        heading: None,
        text: format!(
            "{}年，我部门机关运行经费共计安排{}{uses}。",
            budget.department.year,
            amount(budget, budget.running_costs())
        ),
    }
}

fn sangong(budget: &Budget) -> Part {
    use SangongItem::*;
    let s = |items: &[SangongItem]| amount(budget, budget.sangong_of(items, None));
    Part {
        heading: None,
        text: format!(
            "{}年，我部门财政拨款“三公”经费预算安排{}，其中因公出国（境）费{}；公务用车购置及运维费{}（其中：公务用车购置费为{}，公务用车运维费{}）；公务接待费{}。",
            budget.department.year,
            s(&[ResearchTravel, OtherTravel, CarPurchase, CarRunning, Reception]),
            s(&[ResearchTravel, OtherTravel]),
            s(&[CarPurchase, CarRunning]),
            s(&[CarPurchase]),
            s(&[CarRunning]),
            s(&[Reception]),
        ),
    }
}
