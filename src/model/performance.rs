//! Performance targets (绩效目标): spending plan, goal and typed indicators.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::span::Span;

crate::model::terms::vocabulary! {
    /// 一级指标.
    Level1 {
        Output => ["产出指标", "产出"],
        Benefit => ["效益指标", "效益"],
        Satisfaction => ["满意度指标", "满意度"],
    }
}

crate::model::terms::vocabulary! {
    /// 二级指标.
    Level2 {
        Quantity => ["数量指标", "数量"],
        Quality => ["质量指标", "质量"],
        Timeliness => ["时效指标", "时效"],
        Cost => ["成本指标", "成本"],
        Economic => ["经济效益指标", "经济效益"],
        Social => ["社会效益指标", "社会效益"],
        Ecological => ["生态效益指标", "生态效益"],
        Sustainable => ["可持续影响指标", "可持续影响"],
        ServiceSatisfaction => ["服务对象满意度指标", "服务对象满意度"],
    }
}

impl Level2 {
    /// The 一级指标 this 二级指标 belongs to (DESIGN.md §6).
    pub fn level1(self) -> Level1 {
        match self {
            Level2::Quantity | Level2::Quality | Level2::Timeliness | Level2::Cost => Level1::Output,
            Level2::Economic | Level2::Social | Level2::Ecological | Level2::Sustainable => Level1::Benefit,
            Level2::ServiceSatisfaction => Level1::Satisfaction,
        }
    }

    /// The 二级指标 allowed under `level1`.
    pub fn under(level1: Level1) -> Vec<Level2> {
        Level2::ALL.iter().copied().filter(|l| l.level1() == level1).collect()
    }
}

crate::model::terms::vocabulary! {
    /// The comparator of a measured value.
    Comparator {
        AtLeast => ["≥", ">="],
        AtMost => ["≤", "<="],
        Above => [">", "＞"],
        Below => ["<", "＜"],
        Equal => ["="],
    }
}

impl Comparator {
    /// Whether the value is a floor (the quantity is at least the number).
    pub fn is_floor(self) -> bool {
        matches!(self, Comparator::AtLeast | Comparator::Above | Comparator::Equal)
    }
}

/// The base units an indicator value may combine with `/` (元/人/月).
pub const UNITS: &[&str] = &[
    "%",
    "万元",
    "元",
    "人",
    "人次",
    "次",
    "个",
    "块",
    "份",
    "件",
    "年",
    "月",
    "日",
    "天",
    "户",
    "项",
    "场",
    "期",
    "家",
    "名",
    "平方米",
    "台",
    "辆",
    "本",
    "套",
    "所",
    "批",
    "篇",
    "课时",
    "小时",
    "岗",
    "村",
    "站",
    "周",
    "季度",
    "册",
    "条",
    "宗",
    "起",
    "门",
    "处",
    "座",
    "亩",
    "公里",
    "吨",
    "万人",
    "万人次",
];

/// A unit: base units joined by `/`, e.g. 元/人/月.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unit(pub String);

impl Unit {
    /// The base units.
    pub fn parts(&self) -> Vec<&str> {
        if self.0.is_empty() {
            vec![]
        } else {
            self.0.split('/').collect()
        }
    }

    /// The base unit that is not known, if any.
    pub fn unknown_part(&self) -> Option<&str> {
        self.parts().into_iter().find(|p| !UNITS.contains(p))
    }

    /// The money unit it starts with: 元 or 万元.
    pub fn money(&self) -> Option<&str> {
        self.parts().first().copied().filter(|p| *p == "元" || *p == "万元")
    }

    /// The time unit it is per (年, 月, 日, 天, 周, 季度), if any.
    pub fn per_time(&self) -> Option<&str> {
        self.parts().into_iter().skip(1).find(|p| matches!(*p, "年" | "月" | "日" | "天" | "周" | "季度"))
    }

    /// The count units it is per (人, 个 …), time units excluded.
    pub fn per_counts(&self) -> Vec<&str> {
        self.parts().into_iter().skip(1).filter(|p| !matches!(*p, "年" | "月" | "日" | "天" | "周" | "季度")).collect()
    }
}

/// An indicator value.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum IndicatorValue {
    /// `≥300人次`: comparator, exact number, unit.
    Measure {
        /// ≥ ≤ > < = or none.
        comparator: Option<Comparator>,
        /// The number.
        number: Decimal,
        /// The unit (empty: a pure number).
        unit: Unit,
    },
    /// A qualitative value (是, 及时完成 …).
    Text {
        /// The text.
        text: String,
    },
}

impl IndicatorValue {
    /// As printed in the 绩效目标表.
    pub fn display(&self) -> String {
        match self {
            IndicatorValue::Measure { comparator, number, unit } => {
                format!("{}{}{}", comparator.map_or("", |c| c.chinese()), number, unit.0)
            }
            IndicatorValue::Text { text } => text.clone(),
        }
    }
}

/// One performance indicator.
#[derive(Clone, Debug, Serialize)]
pub struct Indicator {
    /// 一级指标.
    pub level1: Level1,
    /// 二级指标.
    pub level2: Level2,
    /// 三级指标.
    pub name: String,
    /// 绩效指标描述.
    pub description: String,
    /// 指标值.
    pub value: IndicatorValue,
    /// 指标值确定依据.
    pub basis: String,
    /// Where it was written.
    #[serde(skip)]
    pub span: Span,
}

/// 资金支出计划: cumulative % at the end of 3月, 6月, 10月 and 12月 (None: blank).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Plan(pub [Option<Decimal>; 4]);

/// The months the plan cells stand for.
pub const PLAN_MONTHS: [&str; 4] = ["3月底", "6月底", "10月底", "12月底"];

crate::model::terms::vocabulary! {
    /// A step of 全过程绩效管理 that a 决算's project went through (预算绩效管理情况).
    EvaluationStage {
        Targets => ["目标", "绩效目标", "编报绩效目标"],
        Tracking => ["跟踪", "绩效跟踪", "绩效跟踪评价"],
        SelfEvaluation => ["自评", "绩效自评"],
    }
}

crate::model::terms::vocabulary! {
    /// 绩效评级 of a 绩效自评.
    Rating {
        Excellent => ["优"],
        Good => ["良"],
        Pass => ["合格"],
        Fail => ["不合格"],
    }
}

impl Rating {
    /// The rating a score gives in the usual bands (90 分（含）以上优, 80（含）至 90 良, 60（含）至
    /// 80 合格, 60 以下不合格).
    pub fn of_score(score: Decimal) -> Rating {
        if score >= Decimal::from(90) {
            Rating::Excellent
        } else if score >= Decimal::from(80) {
            Rating::Good
        } else if score >= Decimal::from(60) {
            Rating::Pass
        } else {
            Rating::Fail
        }
    }
}

/// A 绩效自评: score (0–100), rating and the number of problems found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SelfEvaluation {
    /// 自评得分.
    pub score: Decimal,
    /// 绩效评级.
    pub rating: Rating,
    /// 发现问题 (a whole number).
    pub problems: Decimal,
}

/// The 全过程绩效管理 of a project of final accounts (`evaluation` lines).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// 编报了绩效目标 (`evaluation 目标`).
    pub targets: bool,
    /// 开展了绩效跟踪评价 (`evaluation 跟踪`).
    pub tracked: bool,
    /// The 绩效自评 (`evaluation 自评 score … rating …`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluated: Option<SelfEvaluation>,
}

impl Evaluation {
    /// Whether nothing is stated (for serde's `skip_serializing_if`).
    pub fn is_empty(&self) -> bool {
        *self == Evaluation::default()
    }

    /// Whether the project went through `stage`.
    pub fn has(&self, stage: EvaluationStage) -> bool {
        match stage {
            EvaluationStage::Targets => self.targets,
            EvaluationStage::Tracking => self.tracked,
            EvaluationStage::SelfEvaluation => self.evaluated.is_some(),
        }
    }
}
