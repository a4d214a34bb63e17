//! What people-written prose claims beyond its amounts, checked slot by slot: percentages
//! that its figures must give (W3009, W3012, [`percent`]), classification names next to
//! their codes or level markers (W3010, [`names`]), and years that must agree with the
//! budget year (W3011, [`years`]); in final accounts, no completion rate of a budget of 0
//! (W5003, [`completion`]); the same 主要用于 for 项 of two 类 (W3013, [`uses`]); and a
//! published text in place of a generated part, whose sentences with the generated words
//! must have the generated numbers (W3014, [`wording`]); a template's instruction left in
//! print (W3015, [`guidance`]).

mod completion;
mod guidance;
mod names;
mod percent;
pub(crate) mod uses;
mod wording;
mod years;

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::identities::computed;
use super::prose::{Written, TOTALS};
use crate::diag::{Diagnostics, Message};
use crate::model::{money, Budget, MoneyUnit, Slot};
use crate::span::Span;

/// The figures the claims of prose are checked against, gathered once per budget.
pub(crate) struct Facts<'a> {
    budget: &'a Budget,
    /// Every figure a reader may find (as W3007 knows them), exact, in the source's unit.
    exact: BTreeSet<Decimal>,
    /// The totals prose can cite.
    totals: Vec<Decimal>,
    /// This year's and last year's figure of each `prior` key.
    prior: Vec<(Decimal, Decimal)>,
}

impl Facts<'_> {
    pub(crate) fn new(budget: &Budget) -> Facts<'_> {
        let (doc, unit) = (budget.department.money, budget.template.narrative_money());
        let printed = |v: Decimal| money::convert(money::convert(v, doc, unit), unit, doc);
        let totals = TOTALS.iter().filter_map(|k| computed(budget, k).map(|(v, _, _)| printed(v))).collect();
        let prior = budget
            .prior
            .iter()
            .flat_map(|p| &p.figures)
            .filter_map(|(k, before)| computed(budget, k).map(|(now, _, _)| (now, *before)))
            .collect();
        Facts { budget, exact: super::prose::facts(budget), totals, prior }
    }

    /// Checks the paragraphs of one slot; returns notes for the W3007 warnings of
    /// `amounts` (by their span) that a percentage explains.
    pub(crate) fn check(
        &self,
        id: Slot,
        slot: &[Written],
        amounts: &Diagnostics,
        diags: &mut Diagnostics,
    ) -> Vec<(Span, Message)> {
        let flagged: Vec<Span> = amounts.as_slice().iter().filter_map(|d| d.location()).collect();
        let before = diags.as_slice().len();
        let mut notes = vec![];
        for w in slot {
            percent::check(self, w, &flagged, &mut notes, diags);
        }
        names::check(self.budget, slot, diags);
        years::check(self.budget, slot, diags);
        completion::check(self.budget, slot, diags);
        uses::check(slot, diags);
        guidance::check(self.budget, slot, diags);
        // What the other checks found is not reported again as a departure from the words.
        let found = diags.as_slice().iter().skip(before).flat_map(|d| d.labels.iter().map(|l| l.span));
        let flagged: Vec<Span> = flagged.iter().copied().chain(found).collect();
        wording::check(self.budget, id, slot, &flagged, diags);
        notes
    }

    /// The exact facts a printed figure stands for: itself, or (a 万元 figure in a 元
    /// budget) every fact that rounds to it.
    fn matches(&self, f: &Figure) -> Vec<Decimal> {
        let doc = self.budget.department.money;
        if f.unit == doc {
            return self.exact.iter().filter(|e| **e == f.value).copied().collect();
        }
        let shown = money::convert(f.value, doc, f.unit);
        self.exact.iter().filter(|e| money::convert(**e, doc, f.unit) == shown).copied().collect()
    }

    /// `v` as printed in `unit` (half-up to 2 decimals), in the source's unit again.
    fn printed(&self, v: Decimal, unit: MoneyUnit) -> Decimal {
        let doc = self.budget.department.money;
        money::convert(money::convert(v, doc, unit), unit, doc)
    }

    /// A figure in the narrative's unit, as the document prints it: `91.97万元`.
    fn shown(&self, v: Decimal) -> String {
        let unit = self.budget.template.narrative_money();
        format!("{:.2}{}", money::convert(v, self.budget.department.money, unit), unit.chinese())
    }
}

/// A money figure written in a text: where, its value in the source's unit, the unit written.
#[derive(Clone, Copy, Debug)]
struct Figure {
    start: usize,
    end: usize,
    value: Decimal,
    unit: MoneyUnit,
}

/// The money figures of `text` (`3,121.42万元`, `4000元`), thresholds (`20万元以上`) left out.
fn figures(text: &str, doc: MoneyUnit) -> Vec<Figure> {
    let mut out = vec![];
    for (start, end, number) in numbers(text) {
        let tail = &text[end..];
        let (unit, len) = if tail.starts_with("万元") {
            (MoneyUnit::TenThousandYuan, "万元".len())
        } else if tail.starts_with('元') {
            (MoneyUnit::Yuan, '元'.len_utf8())
        } else {
            continue;
        };
        let after = tail[len..].trim_start_matches("（含）").trim_start_matches("(含)");
        if ["以上", "以下", "及以上", "及以下"].iter().any(|w| after.starts_with(w)) {
            continue;
        }
        let Ok(v) = money::read(&number) else { continue };
        let value = match (unit, doc) {
            (MoneyUnit::TenThousandYuan, MoneyUnit::Yuan) => money::mul(v, Decimal::from(10_000)),
            (MoneyUnit::Yuan, MoneyUnit::TenThousandYuan) => money::div(v, Decimal::from(10_000)),
            _ => Some(v),
        };
        if let Some(value) = value {
            out.push(Figure { start, end: end + len, value, unit });
        }
    }
    out
}

/// The runs of digits of `text` (with a decimal point, and thousands separators between
/// digit groups): start, end, and the number without separators.
fn numbers(text: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let digit = |k: usize| chars.get(k).is_some_and(|(_, d)| d.is_ascii_digit());
    let mut out = vec![];
    let mut i = 0;
    while let Some(&(b, c)) = chars.get(i) {
        let prev = i > 0 && chars.get(i - 1).is_some_and(|(_, p)| p.is_ascii_digit() || *p == '.');
        if !c.is_ascii_digit() || prev {
            i += 1;
            continue;
        }
        let mut j = i;
        loop {
            match chars.get(j).map(|(_, d)| *d) {
                Some(d) if d.is_ascii_digit() => j += 1,
                Some('.') if digit(j + 1) => j += 1,
                Some(',') if digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4) => j += 1,
                _ => break,
            }
        }
        let end = chars.get(j).map_or(text.len(), |(e, _)| *e);
        out.push((b, end, text[b..end].chars().filter(|c| *c != ',').collect()));
        i = j;
    }
    out
}

/// The sentences of a paragraph: byte ranges ended by 。；！？ (the mark included).
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '；' | ';' | '！' | '？') {
            out.push((start, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::diag::{Code, Diagnostics};

    /// The codes a paragraph raises in a small 万元 budget (行政运行 110.00 this year, 88.00
    /// last year; 三公 10.00 of which 公务接待费 3.00).
    fn codes(prose: &str) -> Vec<Code> {
        let text = format!(
            "department 1 \"x\"\nyear 2024\nmoney 万元\nunit \"u\" kind 行政\nincome 一般公共预算拨款 110.00\n\
             basic 2080101 行政运行\n  人员 30101 基本工资 100.00\n  公用 30217 公务接待费 3.00\n  公用 30231 公务用车运行维护费 7.00\n\
             sangong fund 一般公共预算拨款\n  公务接待费 3.00\n  公务用车运行维护费 7.00\n\
             prior 2080101 88.00\nprose 总体情况\n> {prose}\n"
        );
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", &text, &mut diags);
        let _ = crate::check::check_partial(&sources, &mut diags);
        diags.as_slice().iter().map(|d| d.code).collect()
    }

    #[test]
    fn percentages_its_figures_give_are_no_warning() {
        // A change with last year's figure stated, in either order of the figures.
        assert_eq!(codes("行政运行110.00万元，比上年增长25%。"), []);
        assert_eq!(codes("上年88.00万元，本年110.00万元，增长25.00%。"), []);
        // 增加 D, 增长 p%: D against this year − D.
        assert_eq!(codes("行政运行110.00万元，与上年相比增加22.00万元，增长25.00%。"), []);
        // A share of a total the prose can cite; trailing zeros dropped.
        assert_eq!(codes("公务接待费3.00万元，占“三公”经费的30%。"), []);
        // Targets and bounds without figures, a bound with one.
        assert_eq!(codes("满意度达到95%，完成率100%。"), []);
        assert_eq!(codes("行政运行110.00万元，执行率95%以上。"), []);
        assert_eq!(codes("安排行政运行110.00万元，绩效目标完成率达到95%。"), []);
    }

    #[test]
    fn percentages_its_figures_do_not_give_are_flagged() {
        assert_eq!(codes("行政运行110.00万元，比上年增长20%。"), [Code::W3009]);
        assert_eq!(codes("公务接待费3.00万元，占“三公”经费的30.01%。"), [Code::W3009]);
        // A decrease stated where the figures rise is no match of the reverse change.
        assert_eq!(codes("上年88.00万元，本年110.00万元，减少20.00%。"), [Code::W3009]);
        assert_eq!(codes("上年0万元，本年110.00万元，增长100%。"), [Code::W3012]);
    }

    #[test]
    fn a_use_copied_from_an_item_of_another_class() {
        let item = |n: &str, class: &str, name: &str, text: &str| {
            format!("{n}、{class}（类）某款（款）{name}（项）。主要用于：{text}。")
        };
        let two = |a: String, b: String| codes(&format!("{a}{b}"));
        // 医疗 and 住房 with one text: the second is copied.
        let health = item("7", "卫生健康支出", "事业单位医疗", "事业单位医疗保险支出");
        let housing = item("8", "住房保障支出", "住房公积金", "事业单位医疗保险支出");
        assert_eq!(two(health.clone(), housing), [Code::W3013]);
        // Two items of one 类 may share a use; items with their own uses are fine.
        let same_class = item("8", "卫生健康支出", "其他行政事业单位医疗支出", "事业单位医疗保险支出");
        assert_eq!(two(health.clone(), same_class), []);
        let own = item("8", "住房保障支出", "住房公积金", "行政事业单位为职工缴纳的住房公积金");
        assert_eq!(two(health, own), []);
    }

    #[test]
    fn names_and_years() {
        assert_eq!(codes("社会保障和就业支出（208类）行政事业单位养老支出（05款）。"), []);
        assert_eq!(codes("社会保障和就业（类）行政事业单位养老支出（款）。"), []);
        assert_eq!(codes("社会保障和就业支出（208类）行政事业单位养老（05款）。"), []);
        assert_eq!(codes("社会保障和就业支出（208类）事业单位行政养老支出（05款）。"), [Code::W3010]);
        assert_eq!(codes("社会保障和就业（类）行政事业单位养老支持（款）。"), [Code::W3010]);
        assert_eq!(codes("与2023年预算持平；2024年预算安排如下。"), []);
        assert_eq!(codes("比2024年预算增加0万元，与2024年相比持平。"), [Code::W3011]);
        assert_eq!(codes("项目实施周期：2024年1月1日至2024年12月31日。"), []);
        assert_eq!(codes("项目实施周期：2023年1月1日至2026年12月31日。"), []);
        assert_eq!(codes("项目实施周期：2023年1月1日-2023年12月31日。"), [Code::W3011]);
        assert_eq!(codes("2020年至2022年，我局完成了改革。"), []);
        // Final accounts compare with the same year's budget.
        let accounts = "department 1 \"x\"\nyear 2024 决算\ntemplate shanghai-2024-final\nmoney 万元\nunit \"u\" kind 行政\nincome 一般公共预算拨款 10.00\nbasic 2080101 行政运行\n  人员 30101 基本工资 10.00\nprose 总体情况\n> 与2024年预算相比持平。\n";
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", accounts, &mut diags);
        let _ = crate::check::check_partial(&sources, &mut diags);
        assert!(!diags.as_slice().iter().any(|d| d.code == Code::W3011), "{:?}", diags.as_slice());
    }
}
