//! Last year's figures for 比上年增减: from last year's `.budget` file, or stated.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::facts::Stated;
use super::identities::computed;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, Prior};
use crate::Sources;

/// The figures the narrative compares with last year.
pub const KEYS: [&str; 7] = ["支出总计", "基本支出", "项目支出", "人员经费", "公用经费", "机关运行经费", "三公经费"];

/// Builds last year's figures; None when the source gives none.
pub(crate) fn resolve(sources: &Sources, budget: &Budget, stated: &[Stated], diags: &mut Diagnostics) -> Option<Prior> {
    if let Some((root, span)) = sources.prior {
        if let Some(first) = stated.first() {
            diags.push(
                Diagnostic::error(Code::B0003, "last year's figures are given twice: by a file and by `prior` lines")
                    .primary(first.span, "stated here")
                    .secondary(span, "and read from this file")
                    .help("keep the `prior \"file\"` line or the `prior <key> <amount>` lines, not both"),
            );
        }
        let before = diags.error_count();
        let last = super::figures_only(sources, root, diags)?;
        if diags.error_count() > before {
            return None;
        }
        let figures = KEYS.iter().filter_map(|k| computed(&last, k).map(|(v, _, _)| ((*k).to_owned(), v))).collect();
        let source = sources.map.get(root).map(|f| f.path.display().to_string()).unwrap_or_default();
        return Some(Prior { year: last.department.year, source, figures });
    }
    if stated.is_empty() {
        return None;
    }
    let mut figures = BTreeMap::new();
    for s in stated {
        if !KEYS.contains(&s.key.text.as_str()) {
            diags.push(
                Diagnostic::error(Code::B1008, format!("unknown prior-year figure `{}`", s.key.text))
                    .primary(s.key.span, "not compared with last year")
                    .help(format!("write one of: {}", KEYS.join(", "))),
            );
            continue;
        }
        if figures.insert(s.key.text.clone(), s.amount).is_some() {
            super::stated_twice(s.span, None, &format!("last year's {}", s.key.text), diags);
        }
    }
    let get = |k: &str| figures.get(k).copied();
    if let (Some(total), Some(basic), Some(project)) = (get("支出总计"), get("基本支出"), get("项目支出")) {
        // Each figure is below 10^15 (B2004): the sum is exact.
        let sum = money::plus(basic, project);
        if sum != total {
            let span = stated.iter().find(|s| s.key.text == "支出总计").map(|s| s.span);
            let mut d = Diagnostic::error(
                Code::B2201,
                format!("last year's 基本支出 {basic:.2} + 项目支出 {project:.2} = {sum:.2}, not 支出总计 {total:.2}"),
            );
            if let Some(span) = span {
                d = d.primary(span, "Δ总额 = Δ基本 + Δ项目 would not hold");
            }
            diags.push(d.help("correct one of last year's figures, or point `prior` at last year's .budget file"));
        }
    }
    Some(Prior { year: budget.department.year.saturating_sub(1), source: "stated".into(), figures })
}

/// The change of a figure from last year: this year − last year.
pub fn delta(budget: &Budget, key: &str) -> Option<(Decimal, Decimal)> {
    let before = *budget.prior.as_ref()?.figures.get(key)?;
    let now = computed(budget, key)?.0;
    Some((now, money::sub(now, before)?))
}
