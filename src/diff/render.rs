//! The diff as a terminal report (coloured on a tty), a Markdown pull-request comment,
//! or JSON. Names and paths come from the sources: the terminal shows their control and
//! bidi characters visibly (`\u{1b}`), the Markdown renders them as literal text.

use crate::msg;
use crate::render::escape::{md_code, md_inline, visible};

use super::{BudgetDiff, Change};

fn value(v: &Option<String>) -> &str {
    v.as_deref().filter(|s| !s.is_empty()).unwrap_or("—")
}

fn arrow(c: &Change) -> String {
    let delta = c.delta.as_ref().map_or(String::new(), |d| format!(" ({})", visible(d)));
    format!("{} → {}{delta}", visible(value(&c.old)), visible(value(&c.new)))
}

/// ANSI colours, or none.
struct Paint(bool);

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// The terminal report.
pub fn terminal(d: &BudgetDiff, color: bool) -> String {
    let p = Paint(color);
    let mut out = format!("{} {} → {}\n", p.paint("1", "budgetc diff"), visible(&d.old), visible(&d.new));
    if let Some(a) = &d.accounts {
        out.push_str(&super::accounts_render::terminal(a, &|t| p.paint("1", t)));
        return out;
    }
    if d.is_empty() {
        out.push_str(&format!("{}\n", msg!("cli-diff-no-change")));
        return out;
    }
    if !d.facts.is_empty() {
        out.push_str(&format!("\n{}\n", p.paint("1", &msg!("cli-diff-facts", count = d.facts.len()).to_string())));
        for f in &d.facts {
            let (mark, colour) = match f.kind {
                "added" => ("+", "32"),
                "removed" => ("-", "31"),
                _ => ("~", "33"),
            };
            out.push_str(&format!("  {} {}\n", p.paint(colour, mark), visible(&f.fact)));
            for (field, c) in &f.fields {
                out.push_str(&format!("      {}: {}\n", visible(field), arrow(c)));
            }
        }
    }
    if !d.cells.is_empty() {
        out.push_str(&format!("\n{}\n", p.paint("1", &msg!("cli-diff-cells", count = d.cells.len()).to_string())));
        for c in &d.cells {
            out.push_str(&format!(
                "  {} · {} · {}: {}\n",
                visible(&c.table),
                visible(&c.row),
                visible(&c.column),
                arrow(&c.change)
            ));
        }
    }
    if !d.figures.is_empty() {
        out.push_str(&format!("\n{}\n", p.paint("1", &msg!("cli-diff-figures", count = d.figures.len()).to_string())));
        for f in &d.figures {
            out.push_str(&format!(
                "  {} · {} → {}\n",
                visible(&f.section),
                visible(value(&f.change.old)),
                visible(value(&f.change.new))
            ));
        }
    }
    if !d.checks.is_empty() {
        out.push_str(&format!("\n{}\n", p.paint("1", &msg!("cli-diff-checks", count = d.checks.len()).to_string())));
        for c in &d.checks {
            let label = if c.kind == "now-failing" {
                p.paint("31", &msg!("cli-diff-now-failing").to_string())
            } else {
                p.paint("32", &msg!("cli-diff-now-passing").to_string())
            };
            out.push_str(&format!("  {label} [{}] {}\n", c.code, visible(&c.message)));
        }
    }
    out
}

fn cell(text: &str) -> String {
    md_inline(text)
}

/// A Markdown comment for a pull request.
pub fn markdown(d: &BudgetDiff) -> String {
    let mut out = format!("### budgetc diff: {} → {}\n\n", md_code(&d.old), md_code(&d.new));
    if let Some(a) = &d.accounts {
        out.push_str(&super::accounts_render::markdown(a));
        return out;
    }
    if d.is_empty() {
        out.push_str(&format!("{}\n", msg!("cli-diff-md-no-change")));
        return out;
    }
    let summary = msg!(
        "cli-diff-md-summary",
        facts = d.facts.len(),
        cells = d.cells.len(),
        figures = d.figures.len(),
        checks = d.checks.len()
    );
    out.push_str(&format!("{summary}\n\n"));
    let (old, new, delta) = (msg!("cli-diff-md-old"), msg!("cli-diff-md-new"), msg!("cli-diff-md-delta"));
    if !d.facts.is_empty() {
        out.push_str(&format!(
            "#### {}\n\n| | {} | {} | {old} | {new} | {delta} |\n|---|---|---|---|---|---|\n",
            msg!("cli-diff-md-facts"),
            msg!("cli-diff-md-fact"),
            msg!("cli-diff-md-field")
        ));
        for f in &d.facts {
            let mark = match f.kind {
                "added" => "➕",
                "removed" => "➖",
                _ => "✏️",
            };
            for (field, c) in &f.fields {
                out.push_str(&format!(
                    "| {mark} | {} | {} | {} | {} | {} |\n",
                    cell(&f.fact),
                    cell(field),
                    cell(value(&c.old)),
                    cell(value(&c.new)),
                    cell(c.delta.as_deref().unwrap_or(""))
                ));
            }
        }
        out.push('\n');
    }
    if !d.cells.is_empty() {
        out.push_str(&format!(
            "#### {}\n\n| {} | {} | {} | {old} | {new} | {delta} |\n|---|---|---|---:|---:|---:|\n",
            msg!("cli-diff-md-cells"),
            msg!("cli-diff-md-table"),
            msg!("cli-diff-md-row"),
            msg!("cli-diff-md-column")
        ));
        for c in &d.cells {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                cell(&c.table),
                cell(&c.row),
                cell(&c.column),
                cell(value(&c.change.old)),
                cell(value(&c.change.new)),
                cell(c.change.delta.as_deref().unwrap_or(""))
            ));
        }
        out.push('\n');
    }
    if !d.figures.is_empty() {
        out.push_str(&format!(
            "#### {}\n\n| {} | {old} | {new} |\n|---|---|---|\n",
            msg!("cli-diff-md-figures"),
            msg!("cli-diff-md-section")
        ));
        for f in &d.figures {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cell(&f.section),
                cell(value(&f.change.old)),
                cell(value(&f.change.new))
            ));
        }
        out.push('\n');
    }
    if !d.checks.is_empty() {
        out.push_str(&format!("#### {}\n\n", msg!("cli-diff-md-checks")));
        for c in &d.checks {
            let mark = if c.kind == "now-failing" {
                format!("❌ {}", msg!("cli-diff-now-failing"))
            } else {
                format!("✅ {}", msg!("cli-diff-now-passing"))
            };
            out.push_str(&format!("- {mark}: `{}` {}\n", c.code, md_inline(&c.message)));
        }
    }
    out
}

/// JSON: `{old, new, facts: [{fact, kind, fields: {name: {old, new, delta}}}], cells:
/// [{table, row, column, change}], figures: [{section, phrase, change}], checks: [{kind,
/// severity, code, message}]}`; for a 预算 and its 决算 also `accounts: {budget, actual,
/// year, unit, totals: [row], functions: [row], general_public: [row], incomplete}`, a
/// row `{level, code, name, budget, actual, delta, rate, rate_text}`.
pub fn json(d: &BudgetDiff) -> String {
    serde_json::to_string_pretty(d).unwrap_or_default() + "\n"
}
