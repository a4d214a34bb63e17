//! Every fact of a budget under its identity (codes, 项目编码, names), so that two
//! budgets can be compared fact by fact whatever the order of their lines.

use std::collections::BTreeMap;

use crate::model::performance::IndicatorValue;
use crate::model::Budget;

/// Identity → field → value as printed.
pub type Facts = BTreeMap<String, BTreeMap<String, String>>;

fn put(facts: &mut Facts, key: String, field: &str, value: impl ToString) {
    let _ = facts.entry(key).or_default().insert(field.to_owned(), value.to_string());
}

/// The facts of a budget, keyed by identity.
pub fn facts(b: &Budget) -> Facts {
    let mut f = Facts::new();
    let d = &b.department;
    let dept = "单位".to_owned();
    put(&mut f, dept.clone(), "单位编码", &d.code);
    put(&mut f, dept.clone(), "单位名称", &d.name);
    put(&mut f, dept.clone(), "预算年度", d.year);
    put(&mut f, dept.clone(), "金额单位", d.money.chinese());
    put(&mut f, dept, "template", &b.template.id);
    for u in &b.units {
        let key = format!("机构 {}", u.name);
        put(&mut f, key.clone(), "单位性质", u.kind.chinese());
        put(&mut f, key.clone(), "单位规格", &u.level);
        put(&mut f, key, "经费保障形式", &u.funding);
    }
    for i in &b.income {
        let key = match &i.function {
            Some(c) => format!("收入 {} {} {}", i.fund.chinese(), c.code, c.name),
            None => format!("收入 {}", i.fund.chinese()),
        };
        put(&mut f, key, "金额", format!("{:.2}", i.amount));
    }
    for l in &b.balances {
        let key = match &l.function {
            Some(c) => format!("{} {} {} {}", l.kind.chinese(), l.fund.chinese(), c.code, c.name),
            None => format!("{} {}", l.kind.chinese(), l.fund.chinese()),
        };
        put(&mut f, key, "金额", format!("{:.2}", l.amount));
    }
    for l in &b.basic {
        let unit = b.units.get(l.unit).map_or("", |u| u.name.as_str());
        // A line written in one view only is named by the code it has.
        let codes = match (l.function.code.is_empty(), l.economic.code.is_empty()) {
            (false, false) => {
                format!("{} {} × {} {}", l.function.code, l.function.name, l.economic.code, l.economic.name)
            }
            (false, true) => format!("{} {}", l.function.code, l.function.name),
            (true, _) => format!("{} {}", l.economic.code, l.economic.name),
        };
        let key = format!(
            "基本支出 {} ({}, {}{})",
            codes,
            l.staff.chinese(),
            l.fund.chinese(),
            if l.unit == 0 { String::new() } else { format!(", {unit}") }
        );
        put(&mut f, key, "金额", format!("{:.2}", l.amount));
    }
    for p in &b.projects {
        let key = format!("项目 {} {}", p.code, p.name);
        put(&mut f, key.clone(), "功能分类", format!("{} {}", p.function.code, p.function.name));
        put(&mut f, key.clone(), "资金来源", p.fund.chinese());
        put(&mut f, key.clone(), "财政资金", format!("{:.2}", p.fiscal));
        put(&mut f, key.clone(), "其他资金", format!("{:.2}", p.other));
        put(&mut f, key.clone(), "资金用途", p.purpose.clone().unwrap_or_default());
        put(&mut f, key.clone(), "简称", p.short.clone().unwrap_or_default());
        put(&mut f, key.clone(), "绩效目标", p.goal.clone().unwrap_or_default());
        if let Some(plan) = &p.plan {
            let cells: Vec<String> =
                plan.0.iter().map(|c| c.map_or("-".into(), |v| format!("{}%", v.normalize()))).collect();
            put(&mut f, key.clone(), "资金支出计划", cells.join(" "));
        }
        let e = &p.evaluation;
        if !e.is_empty() {
            let steps: Vec<&str> = crate::model::performance::EvaluationStage::ALL
                .iter()
                .filter(|s| e.has(**s))
                .map(|s| s.chinese())
                .collect();
            put(&mut f, key.clone(), "绩效管理", steps.join("、"));
        }
        if let Some(s) = &e.evaluated {
            put(&mut f, key.clone(), "自评得分", format!("{:.2}", s.score));
            put(&mut f, key.clone(), "绩效评级", s.rating.chinese());
            put(&mut f, key.clone(), "发现问题", s.problems.normalize());
        }
        for i in &p.indicators {
            let ikey = format!("{key} · {}/{}/{}", i.level1.chinese(), i.level2.chinese(), i.name);
            let value = match &i.value {
                IndicatorValue::Measure { .. } | IndicatorValue::Text { .. } => i.value.display(),
            };
            put(&mut f, ikey.clone(), "指标值", value);
            put(&mut f, ikey.clone(), "绩效指标描述", &i.description);
            put(&mut f, ikey, "指标值确定依据", &i.basis);
        }
    }
    for r in &b.reserve {
        let unit = b.units.get(r.unit).map_or("", |u| u.name.as_str());
        let key = format!(
            "单位预留机动经费 {} {} ({}{})",
            r.function.code,
            r.function.name,
            r.fund.chinese(),
            if r.unit == 0 { String::new() } else { format!(", {unit}") }
        );
        put(&mut f, key, "金额", format!("{:.2}", r.amount));
    }
    for l in &b.spend {
        let unit = b.units.get(l.unit).map_or("", |u| u.name.as_str());
        let key = format!(
            "{} {} {} ({}{})",
            l.kind.chinese(),
            l.function.code,
            l.function.name,
            l.fund.chinese(),
            if l.unit == 0 { String::new() } else { format!(", {unit}") }
        );
        put(&mut f, key, "金额", format!("{:.2}", l.amount));
    }
    for s in &b.sangong {
        put(&mut f, format!("三公 {} ({})", s.item.chinese(), s.fund.chinese()), "金额", format!("{:.2}", s.amount));
    }
    for (c, n) in &b.counts {
        put(&mut f, format!("三公 {}", c.chinese()), "数量", n.normalize());
    }
    if let Some(a) = &b.assets {
        put(&mut f, "固定资产".into(), "截止时间", &a.as_of);
        for r in &a.rows {
            let key = format!("固定资产 {}", r.category.chinese());
            put(&mut f, key.clone(), "数量", r.quantity.normalize());
            if let Some(v) = r.value {
                put(&mut f, key, "价值", format!("{v:.2}"));
            }
        }
    }
    for p in b.purchases.iter().filter(|p| p.stated.is_some()) {
        let key = format!(
            "政府采购 {} {} {} {} {}",
            p.category.map_or("", |c| c.chinese()),
            p.special.as_deref().unwrap_or(""),
            p.economic.as_deref().unwrap_or(""),
            p.item,
            p.form.as_deref().unwrap_or("")
        );
        put(&mut f, key, "金额", format!("{:.2}", p.amount()));
    }
    for p in b.purchases.iter().filter(|p| p.stated.is_none()) {
        let key = format!("政府采购 {} {}", p.project, p.item);
        put(&mut f, key.clone(), "目录序号", &p.catalog);
        put(&mut f, key.clone(), "计量单位", &p.unit);
        put(&mut f, key.clone(), "数量", p.quantity.normalize());
        put(&mut f, key, "单价", format!("{:.2}", p.price));
    }
    for p in &b.prose {
        // The notes of two tables are two facts: 说明 表注 t8 ¶1, 说明 表注 t9 ¶1.
        let slot = match &p.table {
            Some(t) => format!("{} {t}", p.slot.chinese()),
            None => p.slot.chinese().to_owned(),
        };
        for (i, para) in p.paragraphs.iter().enumerate() {
            put(&mut f, format!("说明 {slot} ¶{}", i + 1), "文字", para);
        }
    }
    if let Some(prior) = &b.prior {
        for (k, v) in &prior.figures {
            put(&mut f, format!("上年 {k}"), "金额", format!("{v:.2}"));
        }
    }
    for (k, r) in &b.reasons {
        put(&mut f, format!("增减原因 {k}"), "文字", r);
    }
    for (k, r) in &b.uses {
        put(&mut f, format!("主要用于 {k}"), "文字", r);
    }
    f
}
