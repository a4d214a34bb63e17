//! Sums over the facts: the pivots every table, narrative figure and identity check
//! reads. Nothing here is stored; everything is computed from [`Budget`]. Sums go
//! through [`money`]: exact for every budget `check` accepts, saturating otherwise.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{money, BasicLine, Budget, Fund, SangongItem, SpendKind, Staff};

/// Expenditure of one function 项 by kind and fund.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spend {
    /// 基本支出 by fund.
    pub basic: BTreeMap<Fund, Decimal>,
    /// 项目支出 by fund.
    pub project: BTreeMap<Fund, Decimal>,
    /// 单位预留机动经费 by fund.
    pub reserve: BTreeMap<Fund, Decimal>,
    /// 上缴上级支出, 经营支出 and 对附属单位补助支出 by kind and fund.
    pub other: BTreeMap<(SpendKind, Fund), Decimal>,
}

impl Spend {
    /// 基本支出 of all funds.
    pub fn basic_total(&self) -> Decimal {
        money::total(self.basic.values().copied())
    }

    /// 项目支出 of all funds.
    pub fn project_total(&self) -> Decimal {
        money::total(self.project.values().copied())
    }

    /// 单位预留机动经费 of all funds.
    pub fn reserve_total(&self) -> Decimal {
        money::total(self.reserve.values().copied())
    }

    /// 上缴上级支出, 经营支出 or 对附属单位补助支出 of all funds.
    pub fn other_of(&self, kind: SpendKind) -> Decimal {
        money::total(self.other.iter().filter(|((k, _), _)| *k == kind).map(|(_, v)| *v))
    }

    /// 上缴上级支出 + 经营支出 + 对附属单位补助支出 of one fund.
    pub fn other_of_fund(&self, fund: Fund) -> Decimal {
        money::total(self.other.iter().filter(|((_, f), _)| *f == fund).map(|(_, v)| *v))
    }

    /// 合计: 基本 + 项目 + 单位预留机动经费 + 上缴上级 + 经营 + 对附属单位补助.
    pub fn total(&self) -> Decimal {
        let other = money::total(self.other.values().copied());
        money::plus(money::plus(money::plus(self.basic_total(), self.project_total()), self.reserve_total()), other)
    }

    /// 基本 + 项目 + 单位预留机动经费 (+ the other kinds) of one fund.
    pub fn of_fund(&self, fund: Fund) -> Decimal {
        let get = |m: &BTreeMap<Fund, Decimal>| m.get(&fund).copied().unwrap_or_default();
        let own = money::plus(money::plus(get(&self.basic), get(&self.project)), get(&self.reserve));
        money::plus(own, self.other_of_fund(fund))
    }

    /// Only the spending of `fund`.
    pub fn only(&self, fund: Fund) -> Spend {
        let pick = |m: &BTreeMap<Fund, Decimal>| m.iter().filter(|(f, _)| **f == fund).map(|(f, v)| (*f, *v)).collect();
        let other = self.other.iter().filter(|((_, f), _)| *f == fund).map(|(k, v)| (*k, *v)).collect();
        Spend { basic: pick(&self.basic), project: pick(&self.project), reserve: pick(&self.reserve), other }
    }

    fn add(&mut self, other: &Spend) {
        for (mine, theirs) in
            [(&mut self.basic, &other.basic), (&mut self.project, &other.project), (&mut self.reserve, &other.reserve)]
        {
            for (f, v) in theirs {
                add(mine.entry(*f).or_default(), *v);
            }
        }
        for (k, v) in &other.other {
            add(self.other.entry(*k).or_default(), *v);
        }
    }

    fn is_zero(&self) -> bool {
        self.total().is_zero()
    }
}

/// 人员经费 and 公用经费 of one economic code.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StaffSplit {
    /// 人员经费.
    pub personnel: Decimal,
    /// 公用经费.
    pub public: Decimal,
}

impl StaffSplit {
    /// Adds another split into this one (saturating, see [`money::total`]).
    pub fn add(&mut self, other: &StaffSplit) {
        add(&mut self.personnel, other.personnel);
        add(&mut self.public, other.public);
    }

    /// 合计.
    pub fn total(&self) -> Decimal {
        money::plus(self.personnel, self.public)
    }
}

/// `*to += v`, saturating (see [`money::total`]): exact for every budget `check` accepts.
fn add(to: &mut Decimal, v: Decimal) {
    *to = money::plus(*to, v);
}

/// Adds each leaf into its 类 and 款 ancestors; the map's order (by code text) is then
/// the tree's pre-order: 208, 20801, 2080101, 2080102, 20805, …
pub fn rollup<V: Clone + Default>(leaves: &BTreeMap<String, V>, add: impl Fn(&mut V, &V)) -> BTreeMap<String, V> {
    let mut all: BTreeMap<String, V> = BTreeMap::new();
    for (code, v) in leaves {
        for len in [3, 5, 7] {
            if let Some(prefix) = code.get(..len) {
                if len <= code.len() {
                    add(all.entry(prefix.to_owned()).or_default(), v);
                }
            }
        }
    }
    all
}

impl Budget {
    /// Income of one source.
    pub fn income_of(&self, fund: Fund) -> Decimal {
        money::total(self.income.iter().filter(|i| i.fund == fund).map(|i| i.amount))
    }

    /// The sum of the balance lines of a kind, of one fund or of all.
    pub fn balance_of(&self, kind: super::BalanceKind, fund: Option<Fund>) -> Decimal {
        money::total(
            self.balances.iter().filter(|b| b.kind == kind && fund.is_none_or(|f| b.fund == f)).map(|b| b.amount),
        )
    }

    /// 本年收入合计: all income but 上年结转结余.
    pub fn income_this_year(&self) -> Decimal {
        money::total(self.income.iter().filter(|i| i.fund != Fund::Carryover).map(|i| i.amount))
    }

    /// 财政拨款 income.
    pub fn income_fiscal(&self) -> Decimal {
        money::total(Fund::FISCAL.iter().map(|f| self.income_of(*f)))
    }

    /// 单位资金 income.
    pub fn income_unit_funds(&self) -> Decimal {
        money::total(self.income.iter().filter(|i| i.fund.is_unit_funds()).map(|i| i.amount))
    }

    /// The basic lines of the function view: those with a function 项 (cross lines and
    /// lines written by function 项 only). Function sums read these.
    pub fn basic_by_function(&self) -> impl Iterator<Item = &BasicLine> + '_ {
        self.basic.iter().filter(|l| !l.function.code.is_empty())
    }

    /// The basic lines of the economic view: those with an economic 款 (cross lines and
    /// lines written by economic 款 only). Economic and 人员/公用 sums read these.
    pub fn basic_by_economic(&self) -> impl Iterator<Item = &BasicLine> + '_ {
        self.basic.iter().filter(|l| !l.economic.code.is_empty())
    }

    /// Whether some basic line is written in one view only (no cross).
    pub fn has_view_only_basic(&self) -> bool {
        self.basic.iter().any(|l| l.function.code.is_empty() || l.economic.code.is_empty())
    }

    /// Expenditure by function 项.
    pub fn spending(&self) -> BTreeMap<String, Spend> {
        let mut by: BTreeMap<String, Spend> = BTreeMap::new();
        for l in self.basic_by_function() {
            add(by.entry(l.function.code.clone()).or_default().basic.entry(l.fund).or_default(), l.amount);
        }
        for p in &self.projects {
            add(by.entry(p.function.code.clone()).or_default().project.entry(p.fund).or_default(), p.amount());
        }
        for r in &self.reserve {
            add(by.entry(r.function.code.clone()).or_default().reserve.entry(r.fund).or_default(), r.amount);
        }
        for l in &self.spend {
            add(by.entry(l.function.code.clone()).or_default().other.entry((l.kind, l.fund)).or_default(), l.amount);
        }
        by.retain(|_, s| !s.is_zero());
        by
    }

    /// Expenditure by function 类, 款 and 项 (tree pre-order).
    pub fn spending_tree(&self) -> BTreeMap<String, Spend> {
        rollup(&self.spending(), Spend::add)
    }

    /// Expenditure tree of one fund only, without empty rows.
    pub fn spending_tree_of(&self, fund: Fund) -> BTreeMap<String, Spend> {
        let leaves =
            self.spending().into_iter().map(|(c, s)| (c, s.only(fund))).filter(|(_, s)| !s.is_zero()).collect();
        rollup(&leaves, Spend::add)
    }

    /// The total of all expenditure.
    pub fn spending_total(&self) -> Spend {
        let mut total = Spend::default();
        for s in self.spending().values() {
            total.add(s);
        }
        total
    }

    /// Expenditure of one fund.
    pub fn spending_of(&self, fund: Fund) -> Decimal {
        self.spending_total().of_fund(fund)
    }

    /// Basic expenditure of one fund by economic 类 and 款 (tree pre-order).
    pub fn economic_tree(&self, fund: Fund) -> BTreeMap<String, StaffSplit> {
        let mut leaves: BTreeMap<String, StaffSplit> = BTreeMap::new();
        for l in self.basic_by_economic().filter(|l| l.fund == fund) {
            let e = leaves.entry(l.economic.code.clone()).or_default();
            match l.staff {
                Staff::Personnel => add(&mut e.personnel, l.amount),
                Staff::Public => add(&mut e.public, l.amount),
            }
        }
        rollup(&leaves, StaffSplit::add)
    }

    /// 人员经费 and 公用经费 of all basic expenditure.
    pub fn staff_split(&self) -> StaffSplit {
        let mut s = StaffSplit::default();
        for l in self.basic_by_economic() {
            match l.staff {
                Staff::Personnel => add(&mut s.personnel, l.amount),
                Staff::Public => add(&mut s.public, l.amount),
            }
        }
        s
    }

    /// 机关运行经费: the 公用经费 of 行政 and 参公 units.
    pub fn running_costs(&self) -> Decimal {
        money::total(
            self.basic_by_economic()
                .filter(|l| l.staff == Staff::Public)
                .filter(|l| self.units.get(l.unit).is_some_and(|u| u.kind.counts_for_running_costs()))
                .map(|l| l.amount),
        )
    }

    /// 单位预留机动经费 in total.
    pub fn reserve_total(&self) -> Decimal {
        money::total(self.reserve.iter().map(|r| r.amount))
    }

    /// 三公经费: the three items proper (not 会议费 or 培训费) of all funds.
    pub fn sangong_total(&self) -> Decimal {
        self.sangong_of(&SangongItem::THREE, None)
    }

    /// A "三公" figure of one fund (None: all fiscal funds).
    pub fn sangong_of(&self, items: &[SangongItem], fund: Option<Fund>) -> Decimal {
        money::total(
            self.sangong
                .iter()
                .filter(|s| items.contains(&s.item) && fund.is_none_or(|f| f == s.fund))
                .map(|s| s.amount),
        )
    }

    /// Basic expenditure of all funds under an economic code (类 or 款).
    pub fn basic_economic(&self, code: &str) -> Decimal {
        money::total(self.basic_by_economic().filter(|l| l.economic.code.starts_with(code)).map(|l| l.amount))
    }

    /// Project amounts in total.
    pub fn project_total(&self) -> Decimal {
        money::total(self.projects.iter().map(|p| p.amount()))
    }
}
