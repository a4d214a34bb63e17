//! Performance targets (C26–C28): indicator levels and values, spending plans, and the
//! plausibility checks a reviewer does by hand (cost × quantity, units, ceilings).

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::performance::{Comparator, Indicator, IndicatorValue, Level1, Level2, Plan, Unit, UNITS};
use crate::model::{money, MoneyUnit, Project};
use crate::span::Span;
use crate::syntax::ast::{Item, ItemKind, Token, Value};

/// Reads an `indicator` line; None (after reporting) if it cannot be used.
pub(crate) fn indicator(item: &Item, diags: &mut Diagnostics) -> Option<Indicator> {
    let ItemKind::Indicator { level1, level2, name, description, value, basis } = &item.kind else { return None };
    let span = item.span;
    let l1 = Level1::parse(&level1.text);
    if l1.is_none() {
        diags.push(
            Diagnostic::error(Code::B3001, format!("unknown 一级指标 `{}`", level1.text))
                .primary(level1.span, "not a 一级指标")
                .help(format!("write one of: {}", Level1::accepted())),
        );
    }
    let l2 = Level2::parse(&level2.text);
    match (l1, l2) {
        (_, None) => diags.push(
            Diagnostic::error(Code::B3001, format!("unknown 二级指标 `{}`", level2.text))
                .primary(level2.span, "not a 二级指标")
                .help(format!(
                    "write one of: {}",
                    l1.map_or_else(Level2::accepted, |l| Level2::under(l)
                        .iter()
                        .map(|x| x.chinese())
                        .collect::<Vec<_>>()
                        .join("、"))
                )),
        ),
        (Some(a), Some(b)) if b.level1() != a => diags.push(
            Diagnostic::error(Code::B3001, format!("{} is not a 二级指标 of {}", b.chinese(), a.chinese()))
                .primary(level2.span, format!("belongs under {}", b.level1().chinese()))
                .secondary(level1.span, "this 一级指标")
                .help(format!(
                    "under {} write {}; or put this indicator under {}",
                    a.chinese(),
                    Level2::under(a).iter().map(|x| x.chinese()).collect::<Vec<_>>().join("、"),
                    b.level1().chinese()
                )),
        ),
        _ => {}
    }
    let value = indicator_value(value, diags)?;
    Some(Indicator {
        level1: l1?,
        level2: l2.filter(|b| Some(b.level1()) == l1)?,
        name: name.text.clone(),
        description: description.text.clone(),
        value,
        basis: basis.as_ref().map(|b| b.text.clone()).unwrap_or_default(),
        span,
    })
}

fn indicator_value(value: &Value, diags: &mut Diagnostics) -> Option<IndicatorValue> {
    match value {
        Value::Text(t) => Some(IndicatorValue::Text { text: t.text.clone() }),
        Value::Measure { comparator, number, unit, .. } => {
            let comparator = comparator.as_ref().map(|c| Comparator::parse(&c.text).unwrap_or(Comparator::Equal));
            let unit = Unit(unit.as_ref().map(|u| u.text.clone()).unwrap_or_default());
            if let Some(bad) = unit.unknown_part() {
                let at = value_unit_span(value);
                diags.push(
                    Diagnostic::error(Code::B3002, format!("unknown unit `{bad}` in indicator value `{}`", unit.0))
                        .primary(at, "not a unit")
                        .help(format!(
                            "units are {} and their combinations with `/` (元/人/月); a qualitative value is quoted: \"及时完成\"",
                            UNITS.join(" ")
                        )),
                );
                return None;
            }
            let value = super::number(number.value?, &number.text, number.span, &super::INDICATOR, diags)?;
            Some(IndicatorValue::Measure { comparator, number: value, unit })
        }
    }
}

fn value_unit_span(value: &Value) -> Span {
    match value {
        Value::Measure { unit: Some(u), .. } => u.span,
        Value::Measure { span, .. } => *span,
        Value::Text(t) => t.span,
    }
}

/// Reads a `plan` line: four cumulative percentages, non-decreasing, ending at 100%.
pub(crate) fn plan(cells: &[Token], span: Span, diags: &mut Diagnostics) -> Option<Plan> {
    let mut out = [None; 4];
    let mut ok = true;
    let mut last: Option<(Decimal, Span)> = None;
    for (slot, cell) in out.iter_mut().zip(cells) {
        if cell.text == "-" {
            continue;
        }
        let digits = cell.text.trim_end_matches('%');
        let v = match money::read(digits) {
            Ok(v) => v,
            Err(e) => {
                diags.push(e.diagnostic(digits, cell.span));
                ok = false;
                continue;
            }
        };
        if v <= Decimal::ONE_HUNDRED && super::number(v, &cell.text, cell.span, &super::PLAN, diags).is_none() {
            ok = false;
            continue;
        }
        if v > Decimal::ONE_HUNDRED {
            diags.push(
                Diagnostic::error(Code::B3003, format!("{}% is more than 100%", v))
                    .primary(cell.span, "above 100%")
                    .help("the plan is cumulative: the share of the budget spent by the end of each period"),
            );
            ok = false;
        }
        if let Some((prev, prev_span)) = last {
            if v < prev {
                diags.push(
                    Diagnostic::error(Code::B3003, format!("the spending plan decreases from {prev}% to {v}%"))
                        .primary(cell.span, "less than before")
                        .secondary(prev_span, "earlier period")
                        .help("the plan is cumulative, so each period is at least the one before"),
                );
                ok = false;
            }
        }
        last = Some((v, cell.span));
        *slot = Some(v);
    }
    if out[3] != Some(Decimal::ONE_HUNDRED) {
        let at = cells.get(3).map_or(span, |c| c.span);
        diags.push(
            Diagnostic::error(
                Code::B3003,
                format!(
                    "the spending plan ends at {} instead of 100%",
                    out[3].map_or("a blank".into(), |v| format!("{v}%"))
                ),
            )
            .primary(at, "12月底 must be 100%")
            .help("by the end of the year the whole budget is spent: write 100% in the last cell"),
        );
        ok = false;
    }
    ok.then_some(Plan(out))
}

/// The checks over a whole project: indicator categories, units and plausibility.
pub(crate) fn project(p: &Project, money: MoneyUnit, diags: &mut Diagnostics) {
    if p.indicators.is_empty() {
        diags.push(
            Diagnostic::warning(Code::W3008, format!("the project {} has no performance indicators", p.code))
                .primary(p.span, "no `indicator` line")
                .help("add at least one 产出, one 效益 and one 满意度 indicator: its 绩效目标表 would be empty"),
        );
        return;
    }
    for level in Level1::ALL {
        if !p.indicators.iter().any(|i| i.level1 == *level) {
            diags.push(
                Diagnostic::error(Code::B3004, format!("the project {} has no {}", p.code, level.chinese()))
                    .primary(p.span, format!("no {} indicator", level.chinese()))
                    .help(format!(
                        "add e.g. `indicator {} {} \"<三级指标>\" \"<描述>\" <值> basis \"<依据>\"`",
                        level.chinese(),
                        Level2::under(*level).first().map_or("", |l| l.chinese())
                    )),
            );
        }
    }
    let Some(budget_yuan) = to_yuan(p.amount(), money) else { return };
    let quantities = quantities(p);
    for i in &p.indicators {
        let IndicatorValue::Measure { comparator, number, unit } = &i.value else { continue };
        if i.level1 == Level1::Satisfaction && unit.0 != "%" {
            diags.push(
                Diagnostic::error(Code::B3005, format!("满意度 value `{}` is not a percentage", i.value.display()))
                    .primary(i.span, "满意度 is measured in %")
                    .help(format!("write `{}{}%`", comparator.map_or("", |c| c.chinese()), number)),
            );
        }
        let wan = money::div(*number, Decimal::from(10_000));
        if let Some(wan) =
            wan.filter(|_| money == MoneyUnit::TenThousandYuan && unit.0 == "元" && *number >= Decimal::from(10_000))
        {
            diags.push(
                Diagnostic::warning(
                    Code::W3005,
                    format!("`{}` is an amount in 元 in a document in 万元", i.value.display()),
                )
                .primary(i.span, format!("= {}万元", wan.normalize()))
                .help(format!(
                    "write `{}{}万元`, in the unit of the tables",
                    comparator.map_or("", |c| c.chinese()),
                    wan.normalize()
                )),
            );
        }
        if i.level2 == Level2::Cost {
            cost(p, i, (*comparator, *number, unit), &quantities, budget_yuan, diags);
        }
        time_units(i, unit, diags);
    }
    purpose_counts(p, diags);
}

fn to_yuan(amount: Decimal, unit: MoneyUnit) -> Option<Decimal> {
    match unit {
        MoneyUnit::TenThousandYuan => money::mul(amount, Decimal::from(10_000)),
        MoneyUnit::Yuan => Some(amount),
    }
}

fn unit_yuan(unit: &str) -> Decimal {
    if unit == "万元" {
        Decimal::from(10_000)
    } else {
        Decimal::ONE
    }
}

/// The quantity a unit cost per `count unit` is multiplied by: for each unit, the first
/// 数量指标 in it stated as a floor or an exact number. Built once per project, so that the
/// cost indicators of a project cost N, not N².
fn quantities(p: &Project) -> HashMap<&str, (Decimal, &Indicator)> {
    let mut map = HashMap::new();
    for q in &p.indicators {
        if let IndicatorValue::Measure { comparator, number, unit } = &q.value {
            if q.level2 == Level2::Quantity && comparator.is_none_or(Comparator::is_floor) {
                let _ = map.entry(unit.0.as_str()).or_insert((*number, q));
            }
        }
    }
    map
}

/// 成本指标: a ceiling written as a floor, a cost above the budget, cost × quantity.
fn cost(
    p: &Project,
    i: &Indicator,
    (cmp, number, unit): (Option<Comparator>, Decimal, &Unit),
    quantities: &HashMap<&str, (Decimal, &Indicator)>,
    budget: Decimal,
    diags: &mut Diagnostics,
) {
    let Some(money) = unit.money() else { return };
    if matches!(cmp, Some(Comparator::AtLeast | Comparator::Above))
        && unit.per_counts().is_empty()
        && unit.per_time().is_none()
    {
        diags.push(
            Diagnostic::warning(Code::W3001, format!("成本指标 `{}` is written as a floor", i.value.display()))
                .primary(i.span, "a cost is a ceiling")
                .help(format!("write `≤{number}{}`: a 成本指标 states the most the output may cost", unit.0)),
        );
    }
    let Some(value) = money::mul(number, unit_yuan(money)) else {
        return out_of_range(i, None, "the cost in 元", diags);
    };
    if unit.parts().len() == 1 && value > budget {
        diags.push(
            Diagnostic::warning(Code::W3002, format!("成本指标 `{}` exceeds the project budget", i.value.display()))
                .primary(i.span, format!("{} 元 > {} 元", value.normalize(), budget.normalize()))
                .help("a cost indicator of the whole project cannot exceed its 预算数"),
        );
    }
    let per = unit.per_counts();
    let [count_unit] = per.as_slice() else { return };
    let Some(&(n, q)) = quantities.get(*count_unit) else { return };
    let Some(total) = money::mul(value, n) else {
        return out_of_range(i, Some(q), "unit cost × quantity", diags);
    };
    if total > budget {
        diags.push(
            Diagnostic::warning(
                Code::W3003,
                format!(
                    "unit cost × quantity exceeds the budget: {} × {} = {} 元 > {} 元",
                    i.value.display(),
                    q.value.display(),
                    total.normalize(),
                    budget.normalize()
                ),
            )
            .primary(i.span, "unit cost")
            .secondary(q.span, "quantity")
            .secondary(p.span, format!("预算数 {}", p.amount()))
            .help("one of the three is wrong: the unit cost, the quantity, or the project amount"),
        );
    }
}

/// B2005: a figure the checks compute from the indicator cannot be computed exactly.
fn out_of_range(i: &Indicator, quantity: Option<&Indicator>, what: &str, diags: &mut Diagnostics) {
    let mut d = Diagnostic::error(Code::B2005, format!("{what} of `{}` is out of range", i.value.display()))
        .primary(i.span, "cannot be computed exactly");
    if let Some(q) = quantity {
        d = d.secondary(q.span, "quantity");
    }
    diags.push(d.help("the figure has more than 28 digits: check the unit cost, the quantity and their units"));
}

/// A time unit in the name or description that contradicts the value's unit (月 vs 年).
fn time_units(i: &Indicator, unit: &Unit, diags: &mut Diagnostics) {
    let Some(per) = unit.per_time() else { return };
    let text = format!("{}{}", i.name, i.description);
    for word in ["月", "年", "日", "天"] {
        if word != per && text.contains(word) && !text.contains(per) {
            diags.push(
                Diagnostic::warning(
                    Code::W3004,
                    format!("the indicator speaks of {word} but its value `{}` is per {per}", i.value.display()),
                )
                .primary(i.span, format!("{word} in the name or description, /{per} in the value"))
                .help(format!("make them agree: a value per {word} (…/{word}), or a name that says {per}")),
            );
            return;
        }
    }
}

/// A count in the purpose (为5人补助) far from the 数量指标 in the same unit (>20000人).
fn purpose_counts(p: &Project, diags: &mut Diagnostics) {
    let Some(purpose) = &p.purpose else { return };
    // The numbers of the purpose, read once per unit.
    let mut stated_in: HashMap<&str, Vec<Decimal>> = HashMap::new();
    for q in &p.indicators {
        let IndicatorValue::Measure { number, unit, .. } = &q.value else { continue };
        if q.level2 != Level2::Quantity || unit.0.is_empty() || unit.0 == "%" {
            continue;
        }
        let numbers = stated_in.entry(unit.0.as_str()).or_insert_with(|| numbers_before(purpose, &unit.0));
        for &stated in numbers.iter() {
            if stated.is_zero() || number.is_zero() {
                continue;
            }
            let ratio = if stated > *number { money::div(stated, *number) } else { money::div(*number, stated) };
            if ratio.is_some_and(|r| r >= Decimal::TEN) {
                diags.push(
                    Diagnostic::warning(
                        Code::W3006,
                        format!("the purpose speaks of {stated}{} but the 数量指标 is `{}`", unit.0, q.value.display()),
                    )
                    .primary(q.span, "quantity")
                    .secondary(p.span, format!("资金用途: {purpose}"))
                    .help("make the purpose and the quantity indicator agree"),
                );
            }
        }
    }
}

/// The numbers written directly before `unit` in `text` (为5人补助 → 5).
fn numbers_before(text: &str, unit: &str) -> Vec<Decimal> {
    let mut out = vec![];
    for (at, _) in text.match_indices(unit) {
        let head = &text[..at];
        let digits: String = head.chars().rev().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
        let digits: String = digits.chars().rev().collect();
        if let Ok(v) = money::read(&digits) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::diag::Diagnostics;

    fn project(indicators: &str) -> crate::model::Project {
        let text = format!(
            "department 1 \"x\"\nyear 2024\nmoney 万元\nunit \"u\" kind 行政\nproject P1 \"n\"\n  function 2080104\n  amount 1.00\n{indicators}"
        );
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", &text, &mut diags);
        crate::check::check_partial(&sources, &mut diags).projects.into_iter().next().expect("a project")
    }

    #[test]
    fn the_quantity_of_a_unit_is_its_first_floor_or_exact_quantity_indicator() {
        let p = project(concat!(
            "  indicator 产出 数量 \"a\" \"d\" ≤100人 basis \"b\"\n",
            "  indicator 产出 数量 \"b\" \"d\" ≥200人 basis \"b\"\n",
            "  indicator 产出 数量 \"c\" \"d\" 300人 basis \"b\"\n",
            "  indicator 产出 质量 \"e\" \"d\" 50人次 basis \"b\"\n",
            "  indicator 产出 数量 \"f\" \"d\" 9人次 basis \"b\"\n",
        ));
        let q = super::quantities(&p);
        let found = |unit: &str| q.get(unit).map(|(n, i)| (n.to_string(), i.name.clone()));
        assert_eq!(found("人"), Some(("200".into(), "b".into())));
        assert_eq!(found("人次"), Some(("9".into(), "f".into())));
        assert_eq!(q.len(), 2);
    }
}
