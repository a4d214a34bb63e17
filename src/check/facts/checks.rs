//! Checks across the facts of the second pass that say what is wrong where a sum would
//! only disagree: `reason` keys, purchases within their project, copied projects, totals
//! stated twice or naming an unknown code, and the 项目编码 pattern of the template.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::project_code::{self, Flaw};
use super::{Facts, Stated};
use crate::catalog::Family;
use crate::check::prior::REASON_KEYS;
use crate::check::suggest::closest;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{money, Budget, Fund, Project, SangongItem};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::Token;

impl Facts<'_> {
    /// The checks over the projects, once they are read.
    pub(super) fn checks(&mut self, projects: &[Project], diags: &mut Diagnostics) {
        self.reason_keys(diags);
        self.purchases_within(projects, diags);
        if copies(projects, diags) {
            self.complete = false;
        }
    }

    /// B1013: a `reason` explains the change of one of [`REASON_KEYS`], of a function 项
    /// (`reason 2040601 "部分人员退休"`, printed by `{原因}` in a list over the 项), or of a
    /// key whose reason the template prints (`{原因:支出总计}`).
    fn reason_keys(&self, diags: &mut Diagnostics) {
        let cited = self.header.template.cited_reasons();
        for key in &self.reason_keys {
            if REASON_KEYS.contains(&key.text.as_str())
                || crate::check::prior::is_item_code(&key.text)
                || cited.contains(&key.text)
            {
                continue;
            }
            let keys = REASON_KEYS.join("、");
            let d = Diagnostic::error(Code::B1013, msg!("facts-b1013-reason", key = &key.text))
                .primary(key.span, msg!("facts-b1013-reason-label"));
            diags.push(match closest(&key.text, REASON_KEYS) {
                Some(near) => {
                    d.note(msg!("facts-b1013-reason-help", keys = &keys)).help(msg!("facts-did-you-mean", word = near))
                }
                None => d.help(msg!("facts-b1013-reason-help", keys = &keys)),
            });
        }
    }

    /// B2006: the purchases of a project (数量 × 单价) add up to at most its amount.
    fn purchases_within(&self, projects: &[Project], diags: &mut Diagnostics) {
        let mut sums: HashMap<&str, (Decimal, Option<Span>)> = HashMap::new();
        for p in &self.purchases {
            let Some(amount) = money::mul(p.quantity, p.price) else { continue };
            let entry = sums.entry(p.project.text.as_str()).or_insert((Decimal::ZERO, None));
            entry.0 = money::plus(entry.0, amount);
            let Some(project) = projects.iter().find(|x| x.code == p.project.text) else { continue };
            if entry.1.is_none() && entry.0 > project.amount() {
                entry.1 = Some(p.project.span);
                let unit = self.money.chinese();
                diags.push(
                    Diagnostic::error(
                        Code::B2006,
                        msg!(
                            "facts-b2006-purchase",
                            purchases = format!("{:.2}", entry.0),
                            name = &project.name,
                            amount = format!("{:.2}", project.amount()),
                            unit = unit
                        ),
                    )
                    .primary(p.project.span, msg!("facts-b2006-purchase-label", purchases = format!("{:.2}", entry.0)))
                    .secondary(
                        project.span,
                        msg!("facts-b2006-purchase-project", amount = format!("{:.2}", project.amount())),
                    )
                    .help(msg!("facts-b2006-purchase-help", unit = unit)),
                );
            }
        }
    }

    /// B1005: a 项目编码 breaks the pattern the template declares (`[project_code]`).
    pub(super) fn project_code(&self, code: &Token, diags: &mut Diagnostics) {
        let Some(pattern) = self.header.template.spec.project_code.as_ref().filter(|_| self.templated) else {
            return;
        };
        let Some(flaw) = project_code::check(pattern, &code.text, self.header.year) else { return };
        let char_span = |i: usize| {
            let start = code.text.char_indices().nth(i).map_or(0, |(b, _)| b);
            let len = code.text.get(start..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8);
            let at = code.span.start as usize + start;
            Span::new(code.span.file, at, at + len)
        };
        let (span, label, help) = match flaw {
            Flaw::Length(n, expected) => (
                code.span,
                msg!("facts-b1005-project-length", count = n, expected = expected),
                msg!("facts-b1005-project-length-help"),
            ),
            Flaw::Region(i, start, length, starts) => (
                char_span(i),
                msg!("facts-b1005-project-region", starts = &starts, length = length),
                msg!("facts-b1005-project-region-help", from = start + 1, to = start + length),
            ),
            Flaw::Year(written, expected, start) => (
                code.span,
                msg!("facts-b1005-project-year", written = written, expected = &expected),
                msg!(
                    "facts-b1005-project-year-help",
                    year = self.header.year.to_string(),
                    expected = &expected,
                    from = start + 1,
                    to = start + expected.chars().count()
                ),
            ),
            Flaw::Text(i, text) => (
                char_span(i),
                msg!("facts-b1005-project-kind", position = i + 1, text = &text),
                msg!("facts-b1005-project-kind-help", position = i + 1),
            ),
            Flaw::Char(i, c) if c == 'O' || c == 'o' => {
                (char_span(i), msg!("facts-b1005-project-letter-o"), msg!("facts-b1005-project-letter-o-help"))
            }
            Flaw::Char(i, c) => {
                (char_span(i), msg!("facts-b1005-project-char", char = c), msg!("facts-b1005-project-char-help"))
            }
        };
        diags.push(
            Diagnostic::error(
                Code::B1005,
                msg!("facts-b1005-project", code = &code.text, template = &self.header.template.id),
            )
            .primary(span, label)
            .note(crate::diag::Message::text(pattern.description.clone()))
            .help(help),
        );
    }

    /// The stated totals that can be checked: a key stated twice is B0003 (both dropped
    /// when the two values differ), a code that is in no catalog B1001, another key that
    /// names no figure B1008; each is reported here once, not as a difference of sums.
    pub(super) fn checked_totals(&mut self, budget: &Budget, diags: &mut Diagnostics) -> Vec<Stated> {
        let stated = std::mem::take(&mut self.totals);
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut conflicting = vec![];
        let mut keep = vec![true; stated.len()];
        for (i, s) in stated.iter().enumerate() {
            match first.get(&s.key.text) {
                Some(&j) => {
                    let Some(earlier) = stated.get(j) else { continue };
                    crate::check::stated_twice(
                        s.key.span.merge(s.span),
                        Some(earlier.key.span.merge(earlier.span)),
                        msg!("facts-subject-total", key = &s.key.text),
                        diags,
                    );
                    if let Some(k) = keep.get_mut(i) {
                        *k = false;
                    }
                    if earlier.amount != s.amount {
                        conflicting.push(s.key.text.clone());
                    }
                }
                None => {
                    let _ = first.insert(s.key.text.clone(), i);
                }
            }
        }
        stated
            .into_iter()
            .zip(keep)
            .filter(|(s, keep)| *keep && !conflicting.contains(&s.key.text))
            .map(|(s, _)| s)
            .filter(|s| self.known_total(budget, s, diags))
            .collect()
    }

    /// Whether a `total` key names a figure; reports it (with the closest key) if not.
    fn known_total(&self, budget: &Budget, stated: &Stated, diags: &mut Diagnostics) -> bool {
        let key = stated.key.text.as_str();
        if key.bytes().all(|b| b.is_ascii_digit()) && !key.is_empty() {
            let catalog = &self.header.catalog;
            if catalog.get(Family::Function, key).is_some() || catalog.get(Family::Economic, key).is_some() {
                return true;
            }
            let used = budget
                .basic
                .iter()
                .flat_map(|l| [l.function.code.as_str(), l.economic.code.as_str()])
                .chain(budget.projects.iter().map(|p| p.function.code.as_str()))
                .flat_map(|c| [c, c.get(..3).unwrap_or(c), c.get(..5).unwrap_or(c)]);
            let mut used: Vec<&str> = used.collect();
            used.sort_unstable();
            used.dedup();
            let d = Diagnostic::error(Code::B1001, msg!("facts-b1001-total", code = key))
                .primary(stated.key.span, msg!("facts-b1001-total-label"));
            // Codes of the same level only: a 项 is not a slip of its 款.
            diags.push(match closest(key, used.into_iter().filter(|c| c.len() == key.len())) {
                Some(near) => d.help(msg!("facts-did-you-mean", word = near)),
                None => d.help(msg!("facts-b1001-total-help")),
            });
            return false;
        }
        if crate::check::identities::computed(budget, key).is_some() {
            return true;
        }
        let names = crate::check::prose::TOTALS
            .into_iter()
            .chain(["本年支出合计"])
            .chain(Fund::ALL.iter().map(|f| f.chinese()))
            .chain(SangongItem::ALL.iter().map(|s| s.chinese()));
        let d = Diagnostic::error(Code::B1008, msg!("facts-b1008-total", key = key))
            .primary(stated.key.span, msg!("facts-b1008-total-label"));
        diags.push(match closest(key, names) {
            Some(near) => d.help(msg!("facts-did-you-mean", word = near)),
            None => d.help(msg!("facts-b1008-total-help")),
        });
        false
    }
}

/// B1014: a project that repeats another under another code (same name, function, fund,
/// amounts and indicators). True if one was found: its amounts would be counted twice.
fn copies(projects: &[Project], diags: &mut Diagnostics) -> bool {
    let mut found = false;
    for (i, p) in projects.iter().enumerate() {
        let same = projects.iter().take(i).find(|q| {
            q.code != p.code
                && q.name == p.name
                && q.function.code == p.function.code
                && q.fund == p.fund
                && q.fiscal == p.fiscal
                && q.other == p.other
                && serde_json::to_value(&q.indicators).ok() == serde_json::to_value(&p.indicators).ok()
        });
        let Some(q) = same else { continue };
        found = true;
        diags.push(
            Diagnostic::error(Code::B1014, msg!("facts-b1014-copy", code = &p.code, other = &q.code))
                .primary(p.span, msg!("facts-b1014-copy-label", other = &q.code))
                .secondary(q.span, msg!("facts-b1014-copy-first"))
                .note(msg!("facts-b1014-copy-note"))
                .help(msg!("facts-b1014-copy-help")),
        );
    }
    found
}
