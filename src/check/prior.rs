//! Last year's figures for 比上年增减: from last year's `.budget` file, or stated.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::facts::Stated;
use super::identities::computed;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, Prior};
use crate::msg;
use crate::Sources;

/// The figures the narrative compares with last year.
pub const KEYS: [&str; 8] =
    ["支出总计", "基本支出", "项目支出", "单位预留机动经费", "人员经费", "公用经费", "机关运行经费", "三公经费"];

/// Whether `key` names a figure last year's may be stated for: one of [`KEYS`], 财政拨款, a
/// funding source (`政府性基金预算`: its spending), 上缴上级支出, 经营支出 or 对附属单位补助支出,
/// a "三公" item (and 会议费, 培训费,
/// 因公出国（境）费, 公务用车购置及运维费), or a function 项 by its 7-digit code (the 编制说明
/// compares each 项 with last year's, Shanghai).
pub fn is_prior_key(key: &str) -> bool {
    KEYS.contains(&key)
        || ["财政拨款", "因公出国（境）费", "公务用车购置及运维费", "收入支出总计", "财政拨款收入支出总计"]
            .contains(&key)
        || crate::model::Fund::parse(key).is_some()
        || crate::model::SangongItem::parse(key).is_some()
        || crate::model::SpendKind::parse(key).is_some()
        || is_item_code(key)
}

/// A function 项 code: seven digits.
pub fn is_item_code(key: &str) -> bool {
    key.len() == 7 && key.bytes().all(|b| b.is_ascii_digit())
}

/// The figures whose change from last year a `reason` line explains: the narrative prints
/// the reason after the change of each (render/narrative.rs; a test there keeps the two
/// in step).
pub const REASON_KEYS: [&str; 4] = ["基本支出", "项目支出", "机关运行经费", "三公经费"];

/// Builds last year's figures; None when the source gives none.
pub(crate) fn resolve(sources: &Sources, budget: &Budget, stated: &[Stated], diags: &mut Diagnostics) -> Option<Prior> {
    if let Some((root, span)) = sources.prior {
        if let Some(first) = stated.first() {
            diags.push(
                Diagnostic::error(Code::B0003, msg!("facts-b0003-prior-both"))
                    .primary(first.span, msg!("facts-b0003-prior-both-label"))
                    .secondary(span, msg!("facts-b0003-prior-both-file"))
                    .help(msg!("facts-b0003-prior-both-help")),
            );
        }
        let before = diags.error_count();
        let last = super::figures_only(sources, root, diags)?;
        if diags.error_count() > before {
            return None;
        }
        // 单位预留机动经费 only where last year had some: a budget without it keeps the figures
        // it always had.
        // Likewise 上缴上级支出, 经营支出 and 对附属单位补助支出 where last year had some.
        let spend = crate::model::SpendKind::ALL
            .iter()
            .filter(|k| last.spend.iter().any(|l| l.kind == **k))
            .map(|k| k.chinese());
        let figures = KEYS
            .iter()
            .copied()
            .filter(|k| *k != "单位预留机动经费" || !last.reserve.is_empty())
            .chain(spend)
            .filter_map(|k| computed(&last, k).map(|(v, _, _)| (k.to_owned(), v)))
            .collect();
        let source = sources.map.get(root).map(|f| f.path.display().to_string()).unwrap_or_default();
        return Some(Prior { year: last.department.year, source, figures });
    }
    if stated.is_empty() {
        return None;
    }
    let mut figures = BTreeMap::new();
    for s in stated {
        if !is_prior_key(&s.key.text) {
            let d = Diagnostic::error(Code::B1008, msg!("facts-b1008-prior", key = &s.key.text))
                .primary(s.key.span, msg!("facts-b1008-prior-label"));
            diags.push(match super::suggest::closest(&s.key.text, KEYS) {
                Some(near) => d
                    .note(msg!("facts-b1008-prior-help", keys = KEYS.join("、")))
                    .help(msg!("facts-did-you-mean", word = near)),
                None => d.help(msg!("facts-b1008-prior-help", keys = KEYS.join("、"))),
            });
            continue;
        }
        if figures.insert(s.key.text.clone(), s.amount).is_some() {
            super::stated_twice(s.span, None, msg!("facts-subject-prior", key = &s.key.text), diags);
        }
    }
    let get = |k: &str| figures.get(k).copied();
    if let (Some(total), Some(basic), Some(project)) = (get("支出总计"), get("基本支出"), get("项目支出")) {
        // Each figure is below 10^15 (B2004): the sum is exact. 单位预留机动经费 is part of
        // 支出总计 when it is stated.
        let reserve = get("单位预留机动经费");
        let sum = money::plus(money::plus(basic, project), reserve.unwrap_or_default());
        // 上缴上级支出, 经营支出 and 对附属单位补助支出 stated for last year are part of it too.
        let spend: Vec<(&str, Decimal)> =
            crate::model::SpendKind::ALL.iter().filter_map(|k| get(k.chinese()).map(|v| (k.chinese(), v))).collect();
        let sum = spend.iter().fold(sum, |acc, (_, v)| money::plus(acc, *v));
        if sum != total && !spend.is_empty() {
            let mut parts = vec![format!("基本支出 {basic:.2}"), format!("项目支出 {project:.2}")];
            parts.extend(reserve.map(|r| format!("单位预留机动经费 {r:.2}")));
            parts.extend(spend.iter().map(|(k, v)| format!("{k} {v:.2}")));
            let span = stated.iter().find(|s| s.key.text == "支出总计").map(|s| s.span);
            let message = msg!(
                "facts-b2201-prior-parts",
                parts = parts.join(" + "),
                sum = format!("{sum:.2}"),
                total = format!("{total:.2}")
            );
            let mut d = Diagnostic::error(Code::B2201, message);
            if let Some(span) = span {
                d = d.primary(span, msg!("facts-b2201-prior-label"));
            }
            diags.push(d.help(msg!("facts-b2201-prior-help")));
        } else if sum != total {
            let span = stated.iter().find(|s| s.key.text == "支出总计").map(|s| s.span);
            let (basic, project, sum, total) =
                (format!("{basic:.2}"), format!("{project:.2}"), format!("{sum:.2}"), format!("{total:.2}"));
            let mut d = Diagnostic::error(
                Code::B2201,
                match reserve {
                    None => msg!("facts-b2201-prior", basic = basic, project = project, sum = sum, total = total),
                    Some(r) => msg!(
                        "facts-b2201-prior-reserve",
                        basic = basic,
                        project = project,
                        reserve = format!("{r:.2}"),
                        sum = sum,
                        total = total
                    ),
                },
            );
            if let Some(span) = span {
                d = d.primary(span, msg!("facts-b2201-prior-label"));
            }
            diags.push(d.help(msg!("facts-b2201-prior-help")));
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::diag::Diagnostics;

    /// Every key B1013 accepts is printed by the narrative (and so a `reason` is never lost).
    #[test]
    fn the_narrative_prints_a_reason_for_every_reason_key() {
        let mut diags = Diagnostics::new();
        let sources = crate::load(Path::new("examples/tangshan-hrss-2024.budget"), &mut diags).expect("load");
        let mut budget = crate::compile(&sources, &mut diags).expect("the example checks");
        budget.reasons = super::REASON_KEYS.iter().map(|k| ((*k).to_owned(), format!("原因标记{k}"))).collect();
        let text: String = crate::render::narrative::narrative(&budget)
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| format!("{b:?}"))
            .collect();
        for key in super::REASON_KEYS {
            assert!(text.contains(&format!("原因标记{key}")), "the reason for {key} is not printed");
        }
    }

    fn prior_codes(prior: &str) -> Vec<crate::diag::Code> {
        let text = format!("department 1 \"x\"\nyear 2019\nmoney 万元\nunit \"u\" kind 行政\nincome 一般公共预算拨款 15.00\nbasic 2040501 行政运行\n  人员 30101 基本工资 10.00\nreserve 2040501 行政运行 5.00\n{prior}");
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", &text, &mut diags);
        let _ = crate::check::check_partial(&sources, &mut diags);
        diags.as_slice().iter().map(|d| d.code).collect()
    }

    /// Last year's 支出总计 = 基本支出 + 项目支出 + 单位预留机动经费 when the reserve is stated (C25).
    #[test]
    fn last_years_reserve_counts_in_last_years_total() {
        let figures = "prior 支出总计 12.00\nprior 基本支出 8.00\nprior 项目支出 1.00\n";
        assert_eq!(prior_codes(&format!("{figures}prior 单位预留机动经费 3.00\n")), []);
        assert_eq!(prior_codes(figures), [crate::diag::Code::B2201]);
    }
}
