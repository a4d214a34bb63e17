//! Performance targets (C26–C28): indicator levels and values, spending plans, and the
//! plausibility checks a reviewer does by hand (cost × quantity, units, ceilings).

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::performance::{Comparator, Indicator, IndicatorValue, Level1, Level2, Plan, Unit, UNITS};
use crate::model::{money, Budget, MoneyUnit, Project};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Item, ItemKind, Token, Value};

/// Reads an `indicator` line; None (after reporting) if it cannot be used.
pub(crate) fn indicator(item: &Item, diags: &mut Diagnostics) -> Option<Indicator> {
    let ItemKind::Indicator { level1, level2, name, description, value, basis } = &item.kind else { return None };
    let span = item.span;
    let l1 = Level1::parse(&level1.text);
    if l1.is_none() {
        diags.push(
            Diagnostic::error(Code::B3001, msg!("perf-b3001-level1", name = &level1.text))
                .primary(level1.span, msg!("perf-b3001-level1-label"))
                .help(msg!("perf-b3001-level1-help", accepted = Level1::accepted())),
        );
    }
    let l2 = Level2::parse(&level2.text);
    match (l1, l2) {
        (_, None) => diags.push(
            Diagnostic::error(Code::B3001, msg!("perf-b3001-level2", name = &level2.text))
                .primary(level2.span, msg!("perf-b3001-level2-label"))
                .help(match l1 {
                    Some(l) => msg!("perf-b3001-level2-help-under", level1 = l.chinese(), accepted = under(l)),
                    None => msg!("perf-b3001-level2-help", accepted = Level2::accepted()),
                }),
        ),
        (Some(a), Some(b)) if b.level1() != a => diags.push(
            Diagnostic::error(Code::B3001, msg!("perf-b3001-mismatch", level2 = b.chinese(), level1 = a.chinese()))
                .primary(level2.span, msg!("perf-b3001-mismatch-label", level1 = b.level1().chinese()))
                .secondary(level1.span, msg!("perf-b3001-mismatch-level1"))
                .help(msg!(
                    "perf-b3001-mismatch-help",
                    level1 = a.chinese(),
                    accepted = under(a),
                    other = b.level1().chinese()
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

/// The 二级指标 allowed under `level1`, joined for a message.
fn under(level1: Level1) -> String {
    Level2::under(level1).iter().map(|x| x.chinese()).collect::<Vec<_>>().join("、")
}

fn indicator_value(value: &Value, diags: &mut Diagnostics) -> Option<IndicatorValue> {
    match value {
        Value::Text(t) => Some(IndicatorValue::Text { text: t.text.clone() }),
        Value::Measure { comparator: written, number, unit, .. } => {
            let comparator = written.as_ref().map(|c| Comparator::parse(&c.text).unwrap_or(Comparator::Equal));
            let unit = Unit(unit.as_ref().map(|u| u.text.clone()).unwrap_or_default());
            if let Some(bad) = unit.unknown_part() {
                let at = value_unit_span(value);
                let as_written =
                    format!("{}{}{}", written.as_ref().map_or("", |c| c.text.as_str()), number.text, unit.0);
                diags.push(
                    Diagnostic::error(Code::B3002, msg!("perf-b3002-unit", unit = bad, value = as_written))
                        .primary(at, msg!("perf-b3002-unit-label"))
                        .help(msg!("perf-b3002-unit-help", units = UNITS.join("、"))),
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
                Diagnostic::error(Code::B3003, msg!("perf-b3003-above", percent = v))
                    .primary(cell.span, msg!("perf-b3003-above-label"))
                    .help(msg!("perf-b3003-above-help")),
            );
            ok = false;
        }
        if let Some((prev, prev_span)) = last {
            if v < prev {
                diags.push(
                    Diagnostic::error(Code::B3003, msg!("perf-b3003-decreases", before = prev, after = v))
                        .primary(cell.span, msg!("perf-b3003-decreases-label"))
                        .secondary(prev_span, msg!("perf-b3003-decreases-before"))
                        .help(msg!("perf-b3003-decreases-help")),
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
                match out[3] {
                    Some(v) => msg!("perf-b3003-end", percent = v),
                    None => msg!("perf-b3003-end-blank"),
                },
            )
            .primary(at, msg!("perf-b3003-end-label"))
            .help(msg!("perf-b3003-end-help")),
        );
        ok = false;
    }
    ok.then_some(Plan(out))
}

/// The 绩效目标表 the template requires of every project (`performance_forms = true`): B3006 when a project has none
/// at all (no plan, goal or indicator), else B3007 when it lacks its plan or its goal (both
/// in one diagnostic) and B3004 for the 一级指标 it lacks, in one diagnostic. Skipped when a line of the budget was dropped (`all_read` false): the
/// dropped line may be the missing target, and it has its own error.
pub(crate) fn targets(budget: &Budget, all_read: bool, diags: &mut Diagnostics) {
    if !all_read || !budget.template.spec.performance_forms {
        return;
    }
    let template = budget.template.id.as_str();
    for p in &budget.projects {
        let name = p.name.as_str();
        if p.indicators.is_empty() && p.plan.is_none() && p.goal.is_none() {
            diags.push(
                Diagnostic::error(Code::B3006, msg!("perf-b3006", name = name, code = &p.code))
                    .primary(p.span, msg!("perf-b3006-label"))
                    .note(msg!("perf-b3006-note", template = template))
                    .help(msg!("perf-b3006-help")),
            );
            continue;
        }
        let part = match (p.plan.is_none(), p.goal.is_none()) {
            (true, true) => Some("both"),
            (true, false) => Some("plan"),
            (false, true) => Some("goal"),
            (false, false) => None,
        };
        if let Some(missing) = part {
            diags.push(
                Diagnostic::error(Code::B3007, msg!("perf-b3007", name = name, code = &p.code, missing = missing))
                    .primary(p.span, msg!("perf-b3007-label", missing = missing))
                    .note(msg!("perf-b3007-note", template = template))
                    .help(msg!("perf-b3007-help", missing = missing)),
            );
        }
        let missing: Vec<Level1> =
            Level1::ALL.iter().copied().filter(|l| !p.indicators.iter().any(|i| i.level1 == *l)).collect();
        if missing.is_empty() {
            continue;
        }
        let levels = missing.iter().map(|l| l.chinese()).collect::<Vec<_>>().join("、");
        let mut d = Diagnostic::error(Code::B3004, msg!("perf-b3004", name = name, code = &p.code, levels = &levels))
            .primary(p.span, msg!("perf-b3004-label", levels = &levels))
            .note(msg!("perf-b3004-note", template = template));
        for level in &missing {
            let level2 = Level2::under(*level).first().map_or("", |l| l.chinese());
            d = d.note(msg!("perf-b3004-example", level1 = level.chinese(), level2 = level2));
        }
        diags.push(d.help(msg!("perf-b3004-help", count = missing.len())));
    }
}

/// The checks over a whole project: units and plausibility of its indicators.
pub(crate) fn project(p: &Project, money: MoneyUnit, diags: &mut Diagnostics) {
    let Some(budget_yuan) = to_yuan(p.amount(), money) else { return };
    let quantities = quantities(p);
    for i in &p.indicators {
        let IndicatorValue::Measure { comparator, number, unit } = &i.value else { continue };
        if i.level1 == Level1::Satisfaction && unit.0 != "%" {
            diags.push(
                Diagnostic::error(Code::B3005, msg!("perf-b3005", value = i.value.display()))
                    .primary(i.span, msg!("perf-b3005-label"))
                    .help(msg!("perf-b3005-help")),
            );
        }
        let wan = money::div(*number, Decimal::from(10_000));
        if let Some(wan) =
            wan.filter(|_| money == MoneyUnit::TenThousandYuan && unit.0 == "元" && *number >= Decimal::from(10_000))
        {
            diags.push(
                Diagnostic::warning(Code::W3005, msg!("perf-w3005", value = i.value.display()))
                    .primary(i.span, msg!("perf-w3005-label", amount = wan.normalize()))
                    .help(msg!(
                        "perf-w3005-help",
                        value = format!("{}{}万元", comparator.map_or("", |c| c.chinese()), wan.normalize())
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
            Diagnostic::warning(Code::W3001, msg!("perf-w3001", value = i.value.display()))
                .primary(i.span, msg!("perf-w3001-label"))
                .help(msg!("perf-w3001-help", unit = &unit.0)),
        );
    }
    let Some(value) = money::mul(number, unit_yuan(money)) else {
        return out_of_range(i, None, diags);
    };
    if unit.parts().len() == 1 && value > budget {
        diags.push(
            Diagnostic::warning(Code::W3002, msg!("perf-w3002", value = i.value.display()))
                .primary(i.span, msg!("perf-w3002-label", cost = value.normalize(), budget = budget.normalize()))
                .help(msg!("perf-w3002-help")),
        );
    }
    let per = unit.per_counts();
    let [count_unit] = per.as_slice() else { return };
    let Some(&(n, q)) = quantities.get(*count_unit) else { return };
    let Some(total) = money::mul(value, n) else {
        return out_of_range(i, Some(q), diags);
    };
    if total > budget {
        diags.push(
            Diagnostic::warning(
                Code::W3003,
                msg!(
                    "perf-w3003",
                    cost = i.value.display(),
                    quantity = q.value.display(),
                    total = total.normalize(),
                    budget = budget.normalize()
                ),
            )
            .primary(i.span, msg!("perf-w3003-cost"))
            .secondary(q.span, msg!("perf-w3003-quantity"))
            .secondary(p.span, msg!("perf-w3003-budget", budget = budget.normalize()))
            .help(msg!("perf-w3003-help")),
        );
    }
}

/// B2005: a figure the checks compute from the indicator cannot be computed exactly: the
/// cost in 元, or (with the quantity) unit cost × quantity.
fn out_of_range(i: &Indicator, quantity: Option<&Indicator>, diags: &mut Diagnostics) {
    let value = i.value.display();
    let message: Message = match quantity {
        Some(q) => msg!("perf-b2005-product", cost = &value, quantity = q.value.display()),
        None => msg!("perf-b2005-cost", value = &value),
    };
    let mut d = Diagnostic::error(Code::B2005, message).primary(i.span, msg!("perf-b2005-label"));
    if let Some(q) = quantity {
        d = d.secondary(q.span, msg!("perf-b2005-quantity"));
    }
    diags.push(d.help(msg!("perf-b2005-help")));
}

/// A time unit in the name or description that contradicts the value's unit (月 vs 年).
fn time_units(i: &Indicator, unit: &Unit, diags: &mut Diagnostics) {
    let Some(per) = unit.per_time() else { return };
    let text = format!("{}{}", i.name, i.description);
    for word in ["月", "年", "日", "天"] {
        if word != per && text.contains(word) && !text.contains(per) {
            diags.push(
                Diagnostic::warning(Code::W3004, msg!("perf-w3004", word = word, value = i.value.display(), per = per))
                    .primary(i.span, msg!("perf-w3004-label", word = word, per = per))
                    .help(msg!("perf-w3004-help", word = word, per = per)),
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
                        msg!("perf-w3006", stated = format!("{stated}{}", unit.0), value = q.value.display()),
                    )
                    .primary(q.span, msg!("perf-w3006-label"))
                    .secondary(p.span, msg!("perf-w3006-purpose", purpose = purpose))
                    .help(msg!("perf-w3006-help")),
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
    use crate::diag::{with_lang, Code, Diagnostics, Lang};

    const HEAD: &str = "department 901 \"示例局\"\nyear 2024\nmoney 万元\nunit \"本级\" kind 行政 level \"正处级\" funding 财政拨款\nincome 一般公共预算拨款 110.00\nbasic 2080101 行政运行\n  人员 30101 基本工资 100.00\nproject P0001 \"档案管理经费\"\n  function 2080104 综合业务管理\n  amount 10.00\n";

    fn diagnostics(text: &str) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", text, &mut diags);
        let _ = crate::check::check_partial(&sources, &mut diags);
        diags
    }

    #[test]
    fn a_project_without_targets_is_one_error_in_each_language() {
        let diags = diagnostics(HEAD);
        let [d] = diags.as_slice() else { panic!("one diagnostic: {:?}", diags.as_slice()) };
        assert_eq!(d.code, Code::B3006);
        assert_eq!(
            d.message.render(Lang::Zh),
            "项目“档案管理经费”（P0001）没有填报绩效目标：没有用款计划、年度绩效目标，也没有绩效指标"
        );
        let en = with_lang(Lang::En, || d.message.to_string());
        assert_eq!(en, "the project “档案管理经费” (P0001) has no performance target: no spending plan, no annual goal and no indicator");
        let help = with_lang(Lang::En, || d.help.as_ref().map(ToString::to_string)).unwrap_or_default();
        assert!(help.contains("`plan <3月底>% <6月底>% <10月底>% 100%`"), "{help}");
    }

    #[test]
    fn a_project_with_a_goal_but_no_indicator_lacks_all_three_categories_in_one_error() {
        let diags = diagnostics(&format!("{HEAD}  goal \"完成。\"\n"));
        // The missing plan is another omission: its own error (B3007).
        let [plan, d] = diags.as_slice() else { panic!("two diagnostics: {:?}", diags.as_slice()) };
        assert_eq!(plan.code, Code::B3007);
        assert_eq!(d.code, Code::B3004);
        assert_eq!(d.message.render(Lang::Zh), "项目“档案管理经费”（P0001）缺少产出指标、效益指标、满意度指标");
        assert_eq!(d.notes.len(), 4, "the rule and one example per category");
    }

    #[test]
    fn indicators_without_plan_and_goal_are_one_error_naming_both() {
        let indicators = concat!(
            "  indicator 产出指标 数量指标 \"a\" \"d\" ≥10人 basis \"b\"\n",
            "  indicator 效益指标 社会效益指标 \"b\" \"d\" \"有效提升\" basis \"b\"\n",
            "  indicator 满意度指标 服务对象满意度指标 \"c\" \"d\" ≥90% basis \"b\"\n",
        );
        let diags = diagnostics(&format!("{HEAD}{indicators}"));
        let [d] = diags.as_slice() else { panic!("one diagnostic: {:?}", diags.as_slice()) };
        assert_eq!(d.code, Code::B3007);
        assert_eq!(d.message.render(Lang::Zh), "项目“档案管理经费”（P0001）的绩效目标表缺少资金支出计划和年度绩效目标");
        let diags = diagnostics(&format!("{HEAD}  goal \"完成。\"\n{indicators}"));
        let [d] = diags.as_slice() else { panic!("one diagnostic: {:?}", diags.as_slice()) };
        assert_eq!(d.message.render(Lang::Zh), "项目“档案管理经费”（P0001）的绩效目标表缺少资金支出计划");
        let en = with_lang(Lang::En, || d.message.to_string());
        assert_eq!(en, "the 绩效目标表 of the project “档案管理经费” (P0001) lacks its spending plan");
        let diags = diagnostics(&format!("{HEAD}  plan 25% 50% 75% 100%\n  goal \"完成。\"\n{indicators}"));
        assert!(diags.as_slice().is_empty(), "{:?}", diags.as_slice());
    }

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
