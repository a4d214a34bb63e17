//! The validated budget: facts with resolved codes and exact amounts.
//!
//! Built by [`crate::check::check`]; every table and narrative figure is a view of it
//! (see [`ledger`]). Serialised as the JSON output, amounts as strings with their scale.

pub mod cube;
pub mod ledger;
pub mod money;
pub mod performance;
pub mod terms;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalog::Template;
use crate::span::Span;
use performance::{Evaluation, Indicator, Plan};
pub use terms::{
    AssetCategory, BalanceKind, Count, Document, Enterprise, Fund, MoneyUnit, PurchaseCategory, PurchaseForm,
    SangongItem, Slot, SpendKind, Staff, UnitKind,
};

/// A classification code with its official name for the budget year. The empty code
/// (the default) is a basic line's missing view: `economic` of a function-view line,
/// `function` of an economic-view line.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ClassCode {
    /// The digits.
    pub code: String,
    /// The catalog name.
    pub name: String,
}

/// The whole budget of one department.
#[derive(Clone, Debug, Serialize)]
pub struct Budget {
    /// Header facts.
    pub department: Department,
    /// The template the tables follow (serialised as its id).
    #[serde(serialize_with = "template_id")]
    pub template: Template,
    /// 机构设置: the units of the department.
    pub units: Vec<OrgUnit>,
    /// Income by funding source.
    pub income: Vec<Income>,
    /// 基本支出 lines.
    pub basic: Vec<BasicLine>,
    /// 项目支出: the projects.
    pub projects: Vec<Project>,
    /// 单位预留机动经费 lines (left out of the JSON when there are none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reserve: Vec<ReserveLine>,
    /// 上缴上级支出, 经营支出 and 对附属单位补助支出 lines (left out of the JSON when there are
    /// none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spend: Vec<SpendLine>,
    /// The balance items of final accounts: carry-overs, 使用非财政拨款结余, 结余分配 (left
    /// out of the JSON when there are none: a budget has none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub balances: Vec<BalanceLine>,
    /// "三公" figures (and 会议费, 培训费).
    pub sangong: Vec<SangongLine>,
    /// The counts of the "三公" 说明 (出国团组, 车辆保有量 …), written in a `sangong` block.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<(Count, Decimal)>,
    /// 固定资产占用情况.
    pub assets: Option<Assets>,
    /// 政府采购 items.
    pub purchases: Vec<Purchase>,
    /// People-written paragraphs by narrative slot, with cited figures filled in.
    pub prose: Vec<Prose>,
    /// Last year's figures, for 比上年增减.
    pub prior: Option<Prior>,
    /// Stated totals that differ from the facts within the declared tolerance (W2001):
    /// key → (computed, stated). Tables print the stated figure for a cell that is the
    /// whole of the key (a 决算 copies 302 = 10.23 from accounts kept in 元, where its 款
    /// rounded one by one add to 10.22).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub rounded: std::collections::BTreeMap<String, (Decimal, Decimal)>,
    /// The budgets a 决算 compares with (年初预算, 全年预算), read for their figures.
    #[serde(skip)]
    pub plans: Plans,
    /// Why figures changed from last year, by key (基本支出, 项目支出, 机关运行经费, 三公经费 …).
    pub reasons: Vec<(String, String)>,
    /// What a function 项's money is used for, by its code (`purpose 2040601 "…"`); left
    /// out of budget.json when none is written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<(String, String)>,
}

impl Budget {
    /// A figure as the tables print it: the stated total of one of `keys` where it differs
    /// from the facts within the tolerance (W2001: a 决算 copies 公用经费 10.23 where its 款
    /// add to 10.22) and `figure` is the whole of that key, else `figure`.
    pub fn printed<'k>(&self, keys: impl IntoIterator<Item = &'k str>, figure: Decimal) -> Decimal {
        keys.into_iter()
            .filter_map(|k| self.rounded.get(k))
            .find(|(computed, _)| *computed == figure)
            .map_or(figure, |(_, stated)| *stated)
    }

    /// The name a function code has in the budget's own basic and project lines.
    pub fn function_name(&self, code: &str) -> Option<&str> {
        self.basic
            .iter()
            .map(|l| &l.function)
            .chain(self.projects.iter().map(|p| &p.function))
            .chain(self.spend.iter().map(|s| &s.function))
            .find(|c| c.code == code)
            .map(|c| c.name.as_str())
    }
}

/// The budgets of the year that final accounts compare with: 年初预算 and the adjusted
/// 全年预算 (the 年初预算 when no adjustment is named).
#[derive(Clone, Debug, Default)]
pub struct Plans {
    /// 年初预算.
    pub initial: Option<Box<Budget>>,
    /// 全年预算.
    pub full: Option<Box<Budget>>,
}

impl Plans {
    /// 全年预算, or 年初预算 when no adjusted budget was named.
    pub fn full_year(&self) -> Option<&Budget> {
        self.full.as_deref().or(self.initial.as_deref())
    }
}

/// The paragraphs of one narrative slot.
#[derive(Clone, Debug, Serialize)]
pub struct Prose {
    /// The slot.
    pub slot: Slot,
    /// The id of the table whose notes a `prose 表注 "…"` writes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// The paragraphs, figures filled in.
    pub paragraphs: Vec<String>,
}

/// Last year's budget figures.
#[derive(Clone, Debug, Serialize)]
pub struct Prior {
    /// The year they are of.
    pub year: i32,
    /// Where they come from: a file path, or `stated`.
    pub source: String,
    /// Figures by key (支出总计, 基本支出, 项目支出, 机关运行经费, 三公经费).
    pub figures: std::collections::BTreeMap<String, Decimal>,
}

/// One 政府采购 item: 数量 × 单价 of a project (Hebei), or a stated amount with its
/// 品目大类, 专项 and 组织形式 (Jiangsu).
#[derive(Clone, Debug, Serialize)]
pub struct Purchase {
    /// The 项目编码 of the project that pays for it (empty when the stated form names a
    /// 专项 that is no project of the budget).
    pub project: String,
    /// 采购物品名称.
    pub item: String,
    /// 政府采购目录序号.
    pub catalog: String,
    /// 计量单位.
    pub unit: String,
    /// 数量 (0 when the amount is stated).
    pub quantity: Decimal,
    /// 单价 (0 when the amount is stated).
    pub price: Decimal,
    /// The funding source (the project's).
    pub fund: Fund,
    /// 采购品目大类 (货物 A, 工程 B, 服务 C).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<PurchaseCategory>,
    /// 专项名称: the project or 专项 that pays, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special: Option<String>,
    /// 经济科目: the economic 款 that pays, its code or name as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub economic: Option<String>,
    /// 采购组织形式 (the official term).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// The amount as stated (no 数量 × 单价).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stated: Option<Decimal>,
    /// 面向中小企业/小微企业预留 (final accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reserved: Option<Enterprise>,
    /// Won by a 中小企业/小微企业 supplier (final accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awarded: Option<Enterprise>,
}

impl Purchase {
    /// 政府采购金额: the stated amount, or 数量 × 单价.
    /// Exact when `check` accepted it (B2002 otherwise); Decimal::MAX if out of range.
    pub fn amount(&self) -> Decimal {
        if let Some(a) = self.stated {
            return a;
        }
        let mut a = money::mul(self.quantity, self.price).unwrap_or(Decimal::MAX);
        if a.scale() < 2 {
            a.rescale(2);
        }
        a
    }
}

/// The department header.
#[derive(Clone, Debug, Serialize)]
pub struct Department {
    /// 单位编码.
    pub code: String,
    /// 单位名称.
    pub name: String,
    /// 预算年度 (of a 决算: the year it accounts for).
    pub year: i32,
    /// 预算 or 决算 (in the JSON only for a 决算).
    #[serde(skip_serializing_if = "Document::is_budget")]
    pub kind: Document,
    /// The money unit of the tables.
    pub money: MoneyUnit,
    /// Rounding gap allowed in stated totals.
    pub tolerance: Decimal,
}

/// A unit of the department (机构设置).
#[derive(Clone, Debug, Serialize)]
pub struct OrgUnit {
    /// 单位名称.
    pub name: String,
    /// 单位性质.
    pub kind: UnitKind,
    /// 单位规格.
    pub level: String,
    /// 经费保障形式.
    pub funding: String,
}

/// Income from one funding source.
#[derive(Clone, Debug, Serialize)]
pub struct Income {
    /// The source.
    pub fund: Fund,
    /// The function 项, when the income is stated by 项 (final accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<ClassCode>,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// One basic-expenditure amount: function 项 × economic 款 × 人员/公用 × fund.
#[derive(Clone, Debug, Serialize)]
pub struct BasicLine {
    /// The function 项.
    pub function: ClassCode,
    /// The economic 款.
    pub economic: ClassCode,
    /// 人员经费 or 公用经费.
    pub staff: Staff,
    /// The funding source.
    pub fund: Fund,
    /// Index into [`Budget::units`].
    pub unit: usize,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// 单位预留机动经费 of one function 项, fund and unit.
#[derive(Clone, Debug, Serialize)]
pub struct ReserveLine {
    /// The function 项.
    pub function: ClassCode,
    /// The funding source.
    pub fund: Fund,
    /// Index into [`Budget::units`].
    pub unit: usize,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// 上缴上级支出, 经营支出 or 对附属单位补助支出 of one function 项, fund and unit: spending
/// that counts in 本年支出合计 and in its 项, but is neither 基本支出 nor 项目支出.
#[derive(Clone, Debug, Serialize)]
pub struct SpendLine {
    /// Which kind.
    pub kind: SpendKind,
    /// The function 项.
    pub function: ClassCode,
    /// The funding source (never 财政拨款).
    pub fund: Fund,
    /// Index into [`Budget::units`].
    pub unit: usize,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// A project (项目支出).
#[derive(Clone, Debug, Serialize)]
pub struct Project {
    /// 项目编码.
    pub code: String,
    /// 项目名称.
    pub name: String,
    /// The name the narrative uses, when shorter than 项目名称.
    pub short: Option<String>,
    /// The function 项.
    pub function: ClassCode,
    /// The funding source.
    pub fund: Fund,
    /// 财政资金.
    pub fiscal: Decimal,
    /// 其他资金.
    pub other: Decimal,
    /// 资金用途.
    pub purpose: Option<String>,
    /// 资金支出计划.
    pub plan: Option<Plan>,
    /// 绩效目标.
    pub goal: Option<String>,
    /// 绩效指标.
    pub indicators: Vec<Indicator>,
    /// 绩效目标编报, 绩效跟踪 and 绩效自评 of a 决算's project (left out of the JSON when none
    /// is stated).
    #[serde(skip_serializing_if = "Evaluation::is_empty")]
    pub evaluation: Evaluation,
    /// Where the project header was written.
    #[serde(skip)]
    pub span: Span,
}

impl Project {
    /// The name the narrative uses: the short name, or 项目名称.
    pub fn narrative_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }

    /// 预算数 = 财政资金 + 其他资金.
    pub fn amount(&self) -> Decimal {
        money::plus(self.fiscal, self.other)
    }
}

/// A balance item of final accounts: 年初/年末结转和结余 of a fund (and of a function 项
/// when stated), 使用非财政拨款结余 or 结余分配 (of 非财政拨款 money: fund 其他收入 unless named).
#[derive(Clone, Debug, Serialize)]
pub struct BalanceLine {
    /// Which item.
    pub kind: BalanceKind,
    /// The funding source.
    pub fund: Fund,
    /// The function 项, when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<ClassCode>,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// One "三公" figure of one fund.
#[derive(Clone, Debug, Serialize)]
pub struct SangongLine {
    /// Which item.
    pub item: SangongItem,
    /// The funding source (财政拨款 only).
    pub fund: Fund,
    /// The amount.
    pub amount: Decimal,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// Fixed assets held at a date.
#[derive(Clone, Debug, Serialize)]
pub struct Assets {
    /// 截止时间.
    pub as_of: String,
    /// One row per category.
    pub rows: Vec<AssetRow>,
}

/// Quantity and value of one asset category.
#[derive(Clone, Debug, Serialize)]
pub struct AssetRow {
    /// The category.
    pub category: AssetCategory,
    /// 数量 (square metres, vehicles, items).
    pub quantity: Decimal,
    /// 价值 in the money unit (None where the source gives the quantity only, as a 决算's
    /// 国有资产占有使用情况说明 does for vehicles by use).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

impl Assets {
    /// 资产总额: the sum of the categories' values (办公用房, the vehicle uses and 单价100万元（含）
    /// 以上设备 are parts of other rows and not added).
    pub fn total(&self) -> Decimal {
        money::total(self.rows.iter().filter(|r| r.category.in_total()).filter_map(|r| r.value))
    }

    /// The row of a category, if stated.
    pub fn row(&self, category: AssetCategory) -> Option<&AssetRow> {
        self.rows.iter().find(|r| r.category == category)
    }
}

fn template_id<S: serde::Serializer>(t: &Template, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.id)
}
