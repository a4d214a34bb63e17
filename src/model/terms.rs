//! The closed vocabularies of the model: funding sources, 人员/公用, unit kinds, money
//! units, "三公" items and asset categories, each with its official Chinese terms.

use serde::Serialize;

/// Declares a closed vocabulary: an enum with its official terms and accepted short forms.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => [$($word:literal),+],)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $(#[doc = $crate::model::terms::vocabulary!(@first $($word),+)] $variant,)* }

        /// Serialised as the official term.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.chinese())
            }
        }

        impl $name {
            /// Every value, in official order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// Reads an official term (or an accepted short form).
            pub fn parse(text: &str) -> Option<$name> {
                match text { $($($word)|+ => Some($name::$variant),)* _ => None }
            }

            /// The official term.
            pub fn chinese(self) -> &'static str {
                match self { $($name::$variant => $crate::model::terms::vocabulary!(@first $($word),+),)* }
            }

            /// The accepted terms, for help lines.
            pub fn accepted() -> String {
                $name::ALL.iter().map(|v| v.chinese()).collect::<Vec<_>>().join("、")
            }
        }
    };
    (@first $first:literal $(, $rest:literal)*) => { $first };
}

vocabulary! {
    /// A funding source (资金来源).
    Fund {
        GeneralPublic => ["一般公共预算拨款", "一般公共预算", "一般公共预算财政拨款"],
        GovernmentFund => ["政府性基金预算拨款", "政府性基金", "政府性基金预算", "政府性基金预算财政拨款"],
        StateCapital => ["国有资本经营预算拨款", "国有资本经营", "国有资本经营预算", "国有资本经营预算财政拨款"],
        FiscalSpecial => ["财政专户管理资金", "财政专户", "财政专户管理资金收入"],
        Business => ["事业收入"],
        Operating => ["事业单位经营收入", "经营收入"],
        UpperSubsidy => ["上级补助收入"],
        SubordinateRemit => ["附属单位上缴收入"],
        Other => ["其他收入"],
        Carryover => ["上年结转结余", "上年结转"],
    }
}

impl Fund {
    /// Whether the source is 财政拨款 (the three budget appropriations).
    pub fn is_fiscal(self) -> bool {
        matches!(self, Fund::GeneralPublic | Fund::GovernmentFund | Fund::StateCapital)
    }

    /// Whether the source is part of 单位资金.
    pub fn is_unit_funds(self) -> bool {
        matches!(self, Fund::Business | Fund::Operating | Fund::UpperSubsidy | Fund::SubordinateRemit | Fund::Other)
    }

    /// The three 财政拨款 sources in table order.
    pub const FISCAL: [Fund; 3] = [Fund::GeneralPublic, Fund::GovernmentFund, Fund::StateCapital];
}

vocabulary! {
    /// The kind of document: the budget of a year (部门预算) or its final accounts (部门决算).
    Document {
        Budget => ["预算", "部门预算"],
        Accounts => ["决算", "部门决算"],
    }
}

impl Document {
    /// Whether the document is a budget (for serde's `skip_serializing_if`).
    pub fn is_budget(&self) -> bool {
        *self == Document::Budget
    }
}

vocabulary! {
    /// A balance item of final accounts (部门决算), besides the year's income and spending.
    BalanceKind {
        Opening => ["年初结转和结余", "年初结转结余"],
        Closing => ["年末结转和结余", "年末结转结余"],
        UseOfBalance => ["使用非财政拨款结余"],
        Distribution => ["结余分配"],
    }
}

vocabulary! {
    /// A kind of spending besides 基本支出 and 项目支出 (the 支出决算表's and the 支出总表's
    /// other columns): written by function 项 on a `spend` line.
    SpendKind {
        UpperRemit => ["上缴上级支出", "上缴上级", "上解上级支出", "上解上级"],
        Operating => ["经营支出", "事业单位经营支出"],
        Subsidy => ["对附属单位补助支出", "对附属单位补助", "附属单位补助支出"],
    }
}

impl SpendKind {
    /// The fund of a line that names none: 经营支出 is paid from 事业单位经营收入, the others
    /// from 其他收入 (非财政拨款 money, as a `balance` line's 结余分配).
    pub fn default_fund(self) -> Fund {
        match self {
            SpendKind::Operating => Fund::Operating,
            SpendKind::UpperRemit | SpendKind::Subsidy => Fund::Other,
        }
    }

    /// Whether the kind may be paid from `fund`: never from 财政拨款 (the 财政拨款 tables have
    /// only 基本支出 and 项目支出); 经营支出 only from 事业单位经营收入 (or its 上年结转).
    pub fn accepts(self, fund: Fund) -> bool {
        match self {
            SpendKind::Operating => matches!(fund, Fund::Operating | Fund::Carryover),
            SpendKind::UpperRemit | SpendKind::Subsidy => !fund.is_fiscal(),
        }
    }
}

vocabulary! {
    /// 人员经费 or 公用经费, the split of basic expenditure.
    Staff {
        Personnel => ["人员"],
        Public => ["公用"],
    }
}

vocabulary! {
    /// 单位性质.
    UnitKind {
        Administrative => ["行政", "行政单位"],
        CivilServiceManaged => ["参公事业", "参公", "参照公务员法管理事业单位"],
        Institution => ["事业", "事业单位"],
    }
}

impl UnitKind {
    /// Whether 机关运行经费 covers the unit (行政 and 参公 units).
    pub fn counts_for_running_costs(self) -> bool {
        matches!(self, UnitKind::Administrative | UnitKind::CivilServiceManaged)
    }
}

vocabulary! {
    /// The money unit of the tables.
    MoneyUnit {
        TenThousandYuan => ["万元"],
        Yuan => ["元"],
    }
}

impl MoneyUnit {
    /// The decimals printed and allowed.
    pub fn scale(self) -> u32 {
        2
    }
}

vocabulary! {
    /// A leaf of the "三公" table.
    SangongItem {
        ResearchTravel => ["教学科研人员因公出国（境）费", "教学科研人员因公出国(境)费"],
        OtherTravel => ["其他因公出国（境）费", "其他因公出国(境)费"],
        CarPurchase => ["公务用车购置费"],
        CarRunning => ["公务用车运行维护费"],
        Reception => ["公务接待费"],
        Meeting => ["会议费"],
        Training => ["培训费"],
    }
}

impl SangongItem {
    /// The economic 款 of basic expenditure that the figure must cover (C20).
    pub fn economic_code(self) -> &'static str {
        match self {
            SangongItem::ResearchTravel | SangongItem::OtherTravel => "30212",
            SangongItem::CarPurchase => "31013",
            SangongItem::CarRunning => "30231",
            SangongItem::Reception => "30217",
            SangongItem::Meeting => "30215",
            SangongItem::Training => "30216",
        }
    }

    /// Whether the item is one of the "三公" (会议费 and 培训费 are printed beside them, as in
    /// the Jiangsu 公开09 table, but are no part of 三公经费).
    pub fn is_sangong(self) -> bool {
        !matches!(self, SangongItem::Meeting | SangongItem::Training)
    }

    /// The "三公" items proper, in official order.
    pub const THREE: [SangongItem; 5] = [
        SangongItem::ResearchTravel,
        SangongItem::OtherTravel,
        SangongItem::CarPurchase,
        SangongItem::CarRunning,
        SangongItem::Reception,
    ];
}

vocabulary! {
    /// 采购品目大类 of a 政府采购 line (《政府采购品目分类目录》: A 货物, B 工程, C 服务).
    PurchaseCategory {
        Goods => ["货物", "A", "货物A", "A货物", "货物类"],
        Works => ["工程", "B", "工程B", "B工程", "工程类"],
        Services => ["服务", "C", "服务C", "C服务", "服务类"],
    }
}

impl PurchaseCategory {
    /// The letter of the category in the 品目分类目录.
    pub fn letter(self) -> &'static str {
        match self {
            PurchaseCategory::Goods => "A",
            PurchaseCategory::Works => "B",
            PurchaseCategory::Services => "C",
        }
    }
}

vocabulary! {
    /// 采购组织形式 of a 政府采购 line.
    PurchaseForm {
        GovernmentCentral => ["政府集中采购", "集中采购"],
        DepartmentCentral => ["部门集中采购"],
        SelfOrganised => ["分散自行组织", "分散采购", "分散自行采购"],
    }
}

vocabulary! {
    /// A count the "三公" 说明 of final accounts gives beside the amounts.
    Count {
        Groups => ["出国团组", "因公出国团组"],
        Travellers => ["出国人次", "因公出国人次"],
        CarsBought => ["购置车辆", "公务用车购置数"],
        CarsHeld => ["车辆保有量", "公务用车保有量"],
        DomesticBatches => ["国内公务接待批次"],
        DomesticGuests => ["国内公务接待人次"],
        ForeignBatches => ["外事接待批次"],
        ForeignGuests => ["外事接待人次"],
    }
}

vocabulary! {
    /// The enterprises a 政府采购 was reserved for, or that won it (小微企业 are 中小企业 too).
    Enterprise {
        Small => ["中小企业"],
        Micro => ["小微企业"],
    }
}

impl Enterprise {
    /// Whether a purchase of `self` counts under `of` (a 小微企业 one counts as 中小企业).
    pub fn within(self, of: Enterprise) -> bool {
        self == of || (self == Enterprise::Micro && of == Enterprise::Small)
    }
}

vocabulary! {
    /// A row of the 固定资产占用情况表.
    AssetCategory {
        Buildings => ["房屋"],
        Office => ["办公用房"],
        Vehicles => ["车辆"],
        Equipment => ["单价在20万元以上的设备", "大型设备"],
        Other => ["其他固定资产"],
        MinisterialCars => ["部级领导干部用车"],
        LeaderCars => ["主要领导干部用车"],
        ConfidentialCars => ["机要通信用车"],
        EmergencyCars => ["应急保障用车"],
        EnforcementCars => ["执法执勤用车"],
        SpecialistCars => ["特种专业技术用车"],
        RetiredCadreCars => ["离退休干部用车"],
        OtherCars => ["其他用车"],
        MillionEquipment => ["单价100万元（含）以上设备", "单价100万元(含)以上设备", "单价100万元以上设备"],
    }
}

impl AssetCategory {
    /// The vehicles by use that a 决算's 国有资产占有使用情况说明 lists (they add up to 车辆).
    pub const VEHICLE_USES: [AssetCategory; 8] = [
        AssetCategory::MinisterialCars,
        AssetCategory::LeaderCars,
        AssetCategory::ConfidentialCars,
        AssetCategory::EmergencyCars,
        AssetCategory::EnforcementCars,
        AssetCategory::SpecialistCars,
        AssetCategory::RetiredCadreCars,
        AssetCategory::OtherCars,
    ];

    /// Whether the category is a vehicle use (a part of 车辆).
    pub fn is_vehicle_use(self) -> bool {
        AssetCategory::VEHICLE_USES.contains(&self)
    }

    /// Whether the category counts in 资产总额: 房屋, 车辆, 单价在20万元以上的设备 and 其他固定资产
    /// (办公用房 is part of 房屋, the vehicle uses part of 车辆, 单价100万元（含）以上设备 part of
    /// the equipment).
    pub fn in_total(self) -> bool {
        matches!(
            self,
            AssetCategory::Buildings | AssetCategory::Vehicles | AssetCategory::Equipment | AssetCategory::Other
        )
    }
}

vocabulary! {
    /// A slot of the narrative that people write (prose blocks).
    Slot {
        Duties => ["部门职责"],
        Organisation => ["机构设置"],
        Overview => ["总体情况"],
        RunningCosts => ["机关运行经费"],
        Sangong => ["三公经费"],
        Goals => ["整体绩效目标"],
        SpecialFunds => ["专项资金"],
        Procurement => ["政府采购"],
        Assets => ["国有资产"],
        Other => ["其他事项"],
        Explanation => ["编制说明"],
        FiscalSpending => ["财政拨款支出说明"],
        SangongNotes => ["三公经费说明"],
        ProjectNotes => ["项目经费情况说明"],
        AccountsNotes => ["决算情况说明"],
        TableNotes => ["表注"],
    }
}

pub(crate) use vocabulary;
