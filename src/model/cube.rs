//! The budget as a flat list of facts with dimensions, and filters over them: what a
//! template's measures, row axes and cells are made of (see `templates/measures.toml`).
//!
//! A cell is the sum of the facts matching its row filter and its column's filters
//! (XBRL's table linkbase, in small). Basic expenditure can be written in two views
//! (function 项 with economic 款, or each alone): a query that looks at economic codes or
//! at 人员/公用 reads the economic view, any other the function view.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{
    money, BalanceKind, Budget, Document, Enterprise, Fund, PurchaseCategory, SangongItem, SpendKind, Staff, UnitKind,
};

/// What a fact is an amount of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Kind {
    /// Income by funding source.
    #[serde(rename = "收入")]
    Income,
    /// 基本支出.
    #[serde(rename = "基本支出")]
    Basic,
    /// 项目支出.
    #[serde(rename = "项目支出")]
    Project,
    /// A "三公" figure.
    #[serde(rename = "三公经费")]
    Sangong,
    /// 单位预留机动经费 (Jiangsu): spending by function 项 that is neither 基本 nor 项目.
    #[serde(rename = "单位预留机动经费")]
    Reserve,
    /// 上缴上级支出: spending by function 项, neither 基本 nor 项目 (`spend` lines).
    #[serde(rename = "上缴上级支出")]
    UpperRemit,
    /// 经营支出 (`spend` lines).
    #[serde(rename = "经营支出")]
    Operating,
    /// 对附属单位补助支出 (`spend` lines).
    #[serde(rename = "对附属单位补助支出")]
    Subsidy,
    /// A 政府采购 line (its amount; the fund of the project that pays).
    #[serde(rename = "政府采购")]
    Purchase,
    /// 结转下年资金 / 年终结转结余 (none is stated yet: the budgets budgetc reads spend
    /// all their income).
    #[serde(rename = "结转下年")]
    CarryForward,
    /// 年初结转和结余 (final accounts).
    #[serde(rename = "年初结转和结余")]
    Opening,
    /// 年末结转和结余 (final accounts).
    #[serde(rename = "年末结转和结余")]
    Closing,
    /// 使用非财政拨款结余 (final accounts).
    #[serde(rename = "使用非财政拨款结余")]
    UseOfBalance,
    /// 结余分配 (final accounts).
    #[serde(rename = "结余分配")]
    Distribution,
}

impl Kind {
    /// The fact kind of a balance line.
    fn of_balance(kind: BalanceKind) -> Kind {
        match kind {
            BalanceKind::Opening => Kind::Opening,
            BalanceKind::Closing => Kind::Closing,
            BalanceKind::UseOfBalance => Kind::UseOfBalance,
            BalanceKind::Distribution => Kind::Distribution,
        }
    }

    /// The fact kind of a spend line.
    fn of_spend(kind: SpendKind) -> Kind {
        match kind {
            SpendKind::UpperRemit => Kind::UpperRemit,
            SpendKind::Operating => Kind::Operating,
            SpendKind::Subsidy => Kind::Subsidy,
        }
    }
}

/// One amount with its dimensions.
#[derive(Clone, Debug)]
pub struct Fact<'a> {
    /// What it is an amount of.
    pub kind: Kind,
    /// The funding source.
    pub fund: Fund,
    /// The function 项 (spending in the function view).
    pub function: Option<&'a str>,
    /// The economic 款 (basic spending in the economic view).
    pub economic: Option<&'a str>,
    /// 人员 or 公用 (basic spending).
    pub staff: Option<Staff>,
    /// The kind of the unit that spends it (basic spending).
    pub unit: Option<UnitKind>,
    /// The "三公" item.
    pub item: Option<SangongItem>,
    /// 采购品目大类 (a 政府采购 line of the stated form).
    pub category: Option<PurchaseCategory>,
    /// 面向中小企业/小微企业预留 (a 政府采购 line of final accounts).
    pub reserved: Option<Enterprise>,
    /// Won by a 中小企业/小微企业 (a 政府采购 line of final accounts).
    pub awarded: Option<Enterprise>,
    /// The amount, in the source's money unit.
    pub amount: Decimal,
}

/// A filter over facts; every dimension it names must match. Written in template data as
/// `{ kind = ["基本支出"], staff = "人员" }`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    /// Fact kinds.
    #[serde(default)]
    pub kind: Option<Vec<Kind>>,
    /// Funding sources.
    #[serde(default, deserialize_with = "funds")]
    pub fund: Option<Vec<Fund>>,
    /// Funding sources excluded.
    #[serde(default, deserialize_with = "funds")]
    pub fund_not: Option<Vec<Fund>>,
    /// 人员 or 公用.
    #[serde(default, deserialize_with = "staff")]
    pub staff: Option<Staff>,
    /// Economic code prefixes (`302`, `30201`).
    #[serde(default)]
    pub economic: Option<Vec<String>>,
    /// Function code prefixes.
    #[serde(default)]
    pub function: Option<Vec<String>>,
    /// "三公" items.
    #[serde(default, deserialize_with = "items")]
    pub item: Option<Vec<SangongItem>>,
    /// Unit kinds (行政, 参公, 事业).
    #[serde(default, deserialize_with = "units")]
    pub unit: Option<Vec<UnitKind>>,
    /// 采购品目大类 (货物, 工程, 服务).
    #[serde(default, deserialize_with = "categories")]
    pub category: Option<Vec<PurchaseCategory>>,
    /// Purchases reserved for these enterprises (中小企业 includes 小微企业).
    #[serde(default, deserialize_with = "enterprises")]
    pub reserved: Option<Vec<Enterprise>>,
    /// `true`: purchases reserved for no enterprise.
    #[serde(default)]
    pub unreserved: Option<bool>,
    /// Purchases won by these enterprises (中小企业 includes 小微企业).
    #[serde(default, deserialize_with = "enterprises")]
    pub awarded: Option<Vec<Enterprise>>,
}

impl Filter {
    /// A filter on one code prefix of a family.
    pub fn code(economic: bool, code: &str) -> Filter {
        if economic {
            Filter { economic: Some(vec![code.to_owned()]), ..Filter::default() }
        } else {
            Filter { function: Some(vec![code.to_owned()]), ..Filter::default() }
        }
    }

    /// Whether the filter reads the economic view of basic spending.
    pub fn economic_view(&self) -> bool {
        self.economic.is_some() || self.staff.is_some()
    }

    /// Whether a fact matches.
    pub fn matches(&self, f: &Fact<'_>) -> bool {
        fn has<T: PartialEq>(list: &Option<Vec<T>>, v: T) -> bool {
            list.as_ref().is_none_or(|l| l.contains(&v))
        }
        fn prefix(list: &Option<Vec<String>>, code: Option<&str>) -> bool {
            list.as_ref().is_none_or(|l| code.is_some_and(|c| l.iter().any(|p| c.starts_with(p.as_str()))))
        }
        fn opt<T: PartialEq + Copy>(list: &Option<Vec<T>>, v: Option<T>) -> bool {
            list.as_ref().is_none_or(|l| v.is_some_and(|v| l.contains(&v)))
        }
        fn within(list: &Option<Vec<Enterprise>>, v: Option<Enterprise>) -> bool {
            list.as_ref().is_none_or(|l| v.is_some_and(|v| l.iter().any(|of| v.within(*of))))
        }
        has(&self.kind, f.kind)
            && has(&self.fund, f.fund)
            && self.fund_not.as_ref().is_none_or(|l| !l.contains(&f.fund))
            && self.staff.is_none_or(|s| f.staff == Some(s))
            && prefix(&self.economic, f.economic)
            && prefix(&self.function, f.function)
            && opt(&self.item, f.item)
            && opt(&self.unit, f.unit)
            && opt(&self.category, f.category)
            && within(&self.reserved, f.reserved)
            && within(&self.awarded, f.awarded)
            && self.unreserved.is_none_or(|u| u == f.reserved.is_none())
    }
}

fn vocabulary<'de, D, T>(d: D, parse: fn(&str) -> Option<T>, what: &str) -> Result<Option<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let words: Vec<String> = Vec::deserialize(d)?;
    words
        .iter()
        .map(|w| parse(w).ok_or_else(|| serde::de::Error::custom(format!("{what}：{w}"))))
        .collect::<Result<Vec<T>, _>>()
        .map(Some)
}

fn funds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<Fund>>, D::Error> {
    vocabulary(d, Fund::parse, "资金来源")
}

fn items<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<SangongItem>>, D::Error> {
    vocabulary(d, SangongItem::parse, "“三公”经费项目")
}

fn categories<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<PurchaseCategory>>, D::Error> {
    vocabulary(d, PurchaseCategory::parse, "采购品目大类")
}

fn enterprises<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<Enterprise>>, D::Error> {
    vocabulary(d, Enterprise::parse, "中小企业类别")
}

fn units<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<UnitKind>>, D::Error> {
    vocabulary(d, UnitKind::parse, "单位性质")
}

fn staff<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Staff>, D::Error> {
    let w = String::deserialize(d)?;
    Staff::parse(&w).map(Some).ok_or_else(|| serde::de::Error::custom(format!("人员/公用：{w}")))
}

/// The facts of a budget, built once per build.
#[derive(Clone, Debug)]
pub struct Cube<'a> {
    facts: Vec<Fact<'a>>,
}

impl<'a> Cube<'a> {
    /// Flattens the budget into facts.
    pub fn new(b: &'a Budget) -> Cube<'a> {
        let fact = |kind, fund, amount| Fact {
            kind,
            fund,
            function: None,
            economic: None,
            staff: None,
            unit: None,
            item: None,
            category: None,
            reserved: None,
            awarded: None,
            amount,
        };
        let code = |c: &'a str| (!c.is_empty()).then_some(c);
        let unit = |i: usize| b.units.get(i).map(|u| u.kind);
        let mut facts = vec![];
        let by_function = if b.department.kind == Document::Accounts { income_by_function(b) } else { vec![] };
        facts.extend(b.income.iter().filter(|i| !by_function.iter().any(|(f, _, _)| *f == i.fund)).map(|i| Fact {
            function: i.function.as_ref().map(|c| c.code.as_str()),
            ..fact(Kind::Income, i.fund, i.amount)
        }));
        facts.extend(
            by_function.into_iter().map(|(f, code, v)| Fact { function: Some(code), ..fact(Kind::Income, f, v) }),
        );
        facts.extend(b.balances.iter().map(|l| Fact {
            function: l.function.as_ref().map(|c| c.code.as_str()),
            ..fact(Kind::of_balance(l.kind), l.fund, l.amount)
        }));
        facts.extend(b.basic.iter().map(|l| Fact {
            function: code(&l.function.code),
            economic: code(&l.economic.code),
            staff: Some(l.staff),
            unit: unit(l.unit),
            ..fact(Kind::Basic, l.fund, l.amount)
        }));
        facts.extend(
            b.projects
                .iter()
                .map(|p| Fact { function: Some(&p.function.code), ..fact(Kind::Project, p.fund, p.amount()) }),
        );
        facts.extend(b.reserve.iter().map(|r| Fact {
            function: Some(&r.function.code),
            unit: unit(r.unit),
            ..fact(Kind::Reserve, r.fund, r.amount)
        }));
        facts.extend(b.spend.iter().map(|l| Fact {
            function: Some(&l.function.code),
            unit: unit(l.unit),
            ..fact(Kind::of_spend(l.kind), l.fund, l.amount)
        }));
        facts.extend(b.sangong.iter().map(|s| Fact { item: Some(s.item), ..fact(Kind::Sangong, s.fund, s.amount) }));
        facts.extend(b.purchases.iter().map(|p| Fact {
            category: p.category,
            reserved: p.reserved,
            awarded: p.awarded,
            ..fact(Kind::Purchase, p.fund, p.amount())
        }));
        Cube { facts }
    }

    /// The facts of one view: basic spending with an economic code (`economic`) or
    /// with a function code; every other fact in both.
    pub fn view(&self, economic: bool) -> impl Iterator<Item = &Fact<'a>> + '_ {
        self.facts.iter().filter(move |f| {
            f.kind != Kind::Basic || if economic { f.economic.is_some() } else { f.function.is_some() }
        })
    }

    /// The sum of the facts matching every filter, in the view the filters need.
    pub fn sum(&self, filters: &[&Filter]) -> Decimal {
        let economic = filters.iter().any(|f| f.economic_view());
        sum_of(self.view(economic), filters)
    }

    /// Whether some fact matches every filter, in the view the filters need.
    pub fn any(&self, filters: &[&Filter]) -> bool {
        let economic = filters.iter().any(|f| f.economic_view());
        self.view(economic).any(|f| filters.iter().all(|x| x.matches(f)))
    }

    /// The facts of a code tree's view matching the filters, grouped by their code.
    pub fn by_code(&self, economic: bool, filters: &[&Filter]) -> BTreeMap<&'a str, Vec<&Fact<'a>>> {
        let mut by: BTreeMap<&'a str, Vec<&Fact<'a>>> = BTreeMap::new();
        for f in self.view(economic).filter(|f| filters.iter().all(|x| x.matches(f))) {
            if let Some(code) = if economic { f.economic } else { f.function } {
                by.entry(code).or_default().push(f);
            }
        }
        by
    }
}

/// The income of final accounts by function 项, where the facts determine it: of each fund
/// whose carry-overs all name their 项 (or that has none), and for non-fiscal funds only
/// without 使用非财政拨款结余 or 结余分配, 本年收入 of a 项 = its spending + 年末 − 年初
/// (what the 收入决算表 prints). A fund whose 项 figures do not add up to its stated
/// income keeps its income as one figure without 项.
fn income_by_function<'a>(b: &'a Budget) -> Vec<(Fund, &'a str, Decimal)> {
    let mut out = vec![];
    let others = b.balances.iter().any(|l| matches!(l.kind, BalanceKind::UseOfBalance | BalanceKind::Distribution));
    for i in &b.income {
        if b.income.iter().any(|j| j.fund == i.fund && j.function.is_some()) {
            // Stated by 项: as stated.
            continue;
        }
        let carries = b.balances.iter().filter(|l| l.fund == i.fund);
        if carries.clone().any(|l| l.function.is_none()) || (others && !i.fund.is_fiscal()) {
            continue;
        }
        let mut by: BTreeMap<&str, Decimal> = BTreeMap::new();
        let mut add = |code: &'a str, v: Decimal| {
            let e = by.entry(code).or_default();
            *e = money::plus(*e, v);
        };
        for l in b.basic.iter().filter(|l| l.fund == i.fund && !l.function.code.is_empty()) {
            add(&l.function.code, l.amount);
        }
        for p in b.projects.iter().filter(|p| p.fund == i.fund) {
            add(&p.function.code, p.amount());
        }
        for r in b.reserve.iter().filter(|r| r.fund == i.fund) {
            add(&r.function.code, r.amount);
        }
        for l in b.spend.iter().filter(|l| l.fund == i.fund) {
            add(&l.function.code, l.amount);
        }
        for l in carries {
            if let Some(c) = &l.function {
                match l.kind {
                    BalanceKind::Closing => add(&c.code, l.amount),
                    BalanceKind::Opening => add(&c.code, -l.amount),
                    _ => {}
                }
            }
        }
        if money::total(by.values().copied()) == i.amount {
            out.extend(by.into_iter().filter(|(_, v)| !v.is_zero()).map(|(c, v)| (i.fund, c, v)));
        }
    }
    out
}

/// The sum of the facts matching every filter (saturating, see [`money::total`]).
pub fn sum_of<'f, 'a: 'f>(facts: impl Iterator<Item = &'f Fact<'a>>, filters: &[&Filter]) -> Decimal {
    money::total(facts.filter(|f| filters.iter().all(|x| x.matches(f))).map(|f| f.amount))
}
