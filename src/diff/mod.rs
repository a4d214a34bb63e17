//! The semantic diff of two budgets: facts matched by identity (so reordering is no
//! change), then every table cell and narrative figure that moves as a result, and the
//! checks that start or stop failing. A 预算 and the 决算 of its year are compared as
//! budget against actual instead ([`accounts`]).

pub mod accounts;
mod accounts_render;
mod facts;
pub mod render;

use std::collections::BTreeMap;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::diag::{Diagnostic, Severity};
use crate::model::Budget;
use crate::render::narrative::Block;
use crate::render::table::Table;
pub use facts::facts;

/// One side of a diff: the budget (possibly with errors) and its diagnostics.
pub struct Side {
    /// What the side is called in the output (a path or `rev:path`).
    pub name: String,
    /// The budget built from every fact that could be read.
    pub budget: Budget,
    /// Its diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// A changed value: old and new as printed, and the difference when both are amounts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// Before (None: absent).
    pub old: Option<String>,
    /// After (None: absent).
    pub new: Option<String>,
    /// new − old, when both are numbers (absent counts as zero).
    pub delta: Option<String>,
}

fn change(old: Option<&str>, new: Option<&str>) -> Change {
    let num = |s: Option<&str>| match s {
        None | Some("") => Some(Decimal::ZERO),
        Some(t) => Decimal::from_str(t.trim_end_matches(['%', '元', '万'])).ok(),
    };
    let delta = match (num(old), num(new), old.or(new).is_some_and(|s| Decimal::from_str(s).is_ok())) {
        (Some(a), Some(b), true) => crate::model::money::sub(b, a).map(|d| {
            if d.is_sign_negative() {
                format!("{d:.2}")
            } else {
                format!("+{d:.2}")
            }
        }),
        _ => None,
    };
    Change { old: old.map(str::to_owned), new: new.map(str::to_owned), delta }
}

/// A fact added, removed or changed.
#[derive(Clone, Debug, Serialize)]
pub struct FactChange {
    /// The fact's identity, e.g. `项目 13021124P00499610005J 高新区区级人才发展资金`.
    pub fact: String,
    /// added, removed or changed.
    pub kind: &'static str,
    /// The fields that differ (all fields for added and removed facts).
    pub fields: BTreeMap<String, Change>,
}

/// A table cell that changes.
#[derive(Clone, Debug, Serialize)]
pub struct CellChange {
    /// The table's title.
    pub table: String,
    /// The row, by its labels (code and name).
    pub row: String,
    /// The column, by its header.
    pub column: String,
    /// The values.
    pub change: Change,
}

/// A figure of the narrative that changes.
#[derive(Clone, Debug, Serialize)]
pub struct FigureChange {
    /// The section heading.
    pub section: String,
    /// The phrase around the figure, figures replaced by `…`.
    pub phrase: String,
    /// The phrase before and after.
    pub change: Change,
}

/// A diagnostic that appears or disappears.
#[derive(Clone, Debug, Serialize)]
pub struct CheckChange {
    /// now-failing or now-passing.
    pub kind: &'static str,
    /// error or warning.
    pub severity: Severity,
    /// The code.
    pub code: String,
    /// The message.
    pub message: String,
}

/// The whole diff.
#[derive(Clone, Debug, Default, Serialize)]
pub struct BudgetDiff {
    /// The old side's name.
    pub old: String,
    /// The new side's name.
    pub new: String,
    /// Facts added, removed and changed.
    pub facts: Vec<FactChange>,
    /// Table cells that change.
    pub cells: Vec<CellChange>,
    /// Narrative figures that change.
    pub figures: Vec<FigureChange>,
    /// Checks that start or stop failing.
    pub checks: Vec<CheckChange>,
    /// Budget against actual, when one side is a 预算 and the other the 决算 of its year
    /// (then facts, cells, figures and checks are left empty: the two documents have
    /// different tables and identities).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<accounts::Accounts>,
}

impl BudgetDiff {
    /// Whether the two budgets are the same.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
            && self.cells.is_empty()
            && self.figures.is_empty()
            && self.checks.is_empty()
            && self.accounts.as_ref().is_none_or(accounts::Accounts::is_balanced)
    }
}

/// Compares two budgets: fact by fact, or, for a 预算 and the 决算 of its year (either
/// order), budget against actual. A 预算 and a 决算 of different years get the ordinary
/// diff here; `budgetc diff` refuses them ([`accounts::pairing`]).
pub fn diff(old: &Side, new: &Side) -> BudgetDiff {
    if let accounts::Pairing::BudgetActual { budget_is_old } = accounts::pairing(&old.budget, &new.budget) {
        let (budget, actual) = if budget_is_old { (old, new) } else { (new, old) };
        return BudgetDiff {
            old: old.name.clone(),
            new: new.name.clone(),
            accounts: Some(accounts::compare(budget, actual)),
            ..BudgetDiff::default()
        };
    }
    BudgetDiff {
        old: old.name.clone(),
        new: new.name.clone(),
        facts: fact_changes(&facts(&old.budget), &facts(&new.budget)),
        cells: cell_changes(&all_tables(&old.budget), &all_tables(&new.budget)),
        figures: figure_changes(&old.budget, &new.budget),
        checks: check_changes(&old.diagnostics, &new.diagnostics),
        accounts: None,
    }
}

fn fact_changes(old: &facts::Facts, new: &facts::Facts) -> Vec<FactChange> {
    let mut out = vec![];
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let (a, b) = (old.get(key), new.get(key));
        let kind = match (a, b) {
            (None, Some(_)) => "added",
            (Some(_), None) => "removed",
            _ => "changed",
        };
        let empty = BTreeMap::new();
        let (a_fields, b_fields) = (a.unwrap_or(&empty), b.unwrap_or(&empty));
        let names: std::collections::BTreeSet<&String> = a_fields.keys().chain(b_fields.keys()).collect();
        let fields: BTreeMap<String, Change> = names
            .into_iter()
            // An empty field and an absent one are the same (an added project's 简称 …).
            .filter(|n| a_fields.get(*n).map_or("", String::as_str) != b_fields.get(*n).map_or("", String::as_str))
            .map(|n| {
                let c = change(a.and(a_fields.get(n)).map(String::as_str), b.and(b_fields.get(n)).map(String::as_str));
                (n.clone(), c)
            })
            .collect();
        if !fields.is_empty() {
            out.push(FactChange { fact: key.clone(), kind, fields });
        }
    }
    out
}

/// T1–T9 and the tables of the narrative.
fn all_tables(b: &Budget) -> Vec<Table> {
    let mut tables = crate::render::tables(b);
    for s in crate::render::narrative(b) {
        for block in s.blocks {
            if let Block::Table(t) = block {
                tables.push(t);
            }
        }
    }
    tables
}

/// A table as row label → column name → printed value (numbers only).
fn cells(t: &Table) -> BTreeMap<(String, String), String> {
    let first = usize::from(t.numbered);
    let column_names = t.column_names();
    let mut out = BTreeMap::new();
    for r in &t.rows {
        let labels: Vec<String> =
            r.cells.iter().filter(|c| !c.is_numeric()).map(|c| c.display()).filter(|s| !s.is_empty()).collect();
        let row = labels.join(" ");
        let mut col = first;
        let mut label = String::new();
        for c in &r.cells {
            if c.is_numeric() {
                // Forms have no header: a number is named by the label before it (预算数).
                let name = column_names.get(col).filter(|n| !n.is_empty()).cloned().unwrap_or_else(|| label.clone());
                let _ = out.insert((row.clone(), name), c.display());
            } else if !c.display().is_empty() {
                label = c.display();
            }
            col += c.span();
        }
    }
    out
}

fn cell_changes(old: &[Table], new: &[Table]) -> Vec<CellChange> {
    let mut out = vec![];
    let titles: Vec<&String> = {
        let mut seen = vec![];
        for t in old.iter().chain(new) {
            if !seen.contains(&&t.title) {
                seen.push(&t.title);
            }
        }
        seen
    };
    let empty = BTreeMap::new();
    for title in titles {
        let a = old.iter().find(|t| &t.title == title).map(cells);
        let b = new.iter().find(|t| &t.title == title).map(cells);
        let (a, b) = (a.as_ref().unwrap_or(&empty), b.as_ref().unwrap_or(&empty));
        let keys: std::collections::BTreeSet<&(String, String)> = a.keys().chain(b.keys()).collect();
        for key in keys {
            let (x, y) = (a.get(key).filter(|s| !s.is_empty()), b.get(key).filter(|s| !s.is_empty()));
            if x != y {
                out.push(CellChange {
                    table: title.clone(),
                    row: key.0.clone(),
                    column: key.1.clone(),
                    change: change(x.map(String::as_str), y.map(String::as_str)),
                });
            }
        }
    }
    out
}

/// Splits a paragraph into clauses and keeps those with figures, keyed by the clause
/// with its figures replaced by `…`.
fn figures(text: &str) -> Vec<(String, String)> {
    text.split(['，', '；', '。', '（', '）', '：', '、'])
        .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        .map(|c| {
            let mut phrase = String::new();
            let mut in_number = false;
            for ch in c.chars() {
                let digit = ch.is_ascii_digit() || (in_number && ch == '.');
                if digit && !in_number {
                    phrase.push('…');
                }
                if !digit {
                    phrase.push(ch);
                }
                in_number = digit;
            }
            (phrase, c.to_owned())
        })
        .collect()
}

fn figure_changes(old: &Budget, new: &Budget) -> Vec<FigureChange> {
    let (a, b) = (crate::render::narrative(old), crate::render::narrative(new));
    let mut out = vec![];
    for (sa, sb) in a.iter().zip(&b) {
        let paragraphs = |s: &crate::render::narrative::Section| -> Vec<(String, String)> {
            s.blocks
                .iter()
                .filter_map(|bl| match bl {
                    Block::Para(t) | Block::Heading(t) => Some(t.as_str()),
                    Block::Table(_) => None,
                })
                .flat_map(figures)
                .collect()
        };
        let (fa, fb) = (paragraphs(sa), paragraphs(sb));
        let mut used = vec![false; fb.len()];
        for (phrase, text) in &fa {
            let matched =
                fb.iter().enumerate().find(|(i, (p, _))| p == phrase && !used.get(*i).copied().unwrap_or(true));
            match matched {
                Some((i, (_, t))) => {
                    if let Some(u) = used.get_mut(i) {
                        *u = true;
                    }
                    if t != text {
                        out.push(FigureChange {
                            section: sb.heading.clone(),
                            phrase: phrase.clone(),
                            change: Change { old: Some(text.clone()), new: Some(t.clone()), delta: None },
                        });
                    }
                }
                None => out.push(FigureChange {
                    section: sa.heading.clone(),
                    phrase: phrase.clone(),
                    change: Change { old: Some(text.clone()), new: None, delta: None },
                }),
            }
        }
        for (i, (phrase, text)) in fb.iter().enumerate() {
            if !used.get(i).copied().unwrap_or(true) {
                out.push(FigureChange {
                    section: sb.heading.clone(),
                    phrase: phrase.clone(),
                    change: Change { old: None, new: Some(text.clone()), delta: None },
                });
            }
        }
    }
    out
}

fn check_changes(old: &[Diagnostic], new: &[Diagnostic]) -> Vec<CheckChange> {
    let key = |d: &Diagnostic| (d.code.to_string(), d.message.to_string(), d.severity);
    let a: Vec<_> = old.iter().map(key).collect();
    let b: Vec<_> = new.iter().map(key).collect();
    let mut out = vec![];
    for (code, message, severity) in b.iter().filter(|k| !a.contains(k)) {
        out.push(CheckChange {
            kind: "now-failing",
            severity: *severity,
            code: code.clone(),
            message: message.clone(),
        });
    }
    for (code, message, severity) in a.iter().filter(|k| !b.contains(k)) {
        out.push(CheckChange {
            kind: "now-passing",
            severity: *severity,
            code: code.clone(),
            message: message.clone(),
        });
    }
    out
}
