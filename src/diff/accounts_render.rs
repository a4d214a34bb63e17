//! Budget against actual as a terminal table (columns aligned by display width) and as
//! Markdown tables; the JSON is [`super::accounts::Accounts`] as it is.

use unicode_width::UnicodeWidthStr;

use crate::msg;
use crate::render::escape::{md_inline, visible};

use super::accounts::{Accounts, Row};

/// A row's label: a total's name, or code and name indented by its level.
fn label(r: &Row, indent: bool) -> String {
    match r.level {
        "合计" => return r.name.clone(),
        "资金来源" => return format!("{}{}", if indent { "  " } else { "" }, r.name),
        _ => {}
    }
    let depth = if indent {
        match r.level {
            "类" => 0,
            "款" => 1,
            _ => 2,
        }
    } else {
        0
    };
    let text = if r.name.is_empty() { r.code.clone() } else { format!("{} {}", r.code, r.name) };
    format!("{}{text}", "  ".repeat(depth))
}

fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// The sections: heading, header of the first column, rows. The 一般公共预算财政拨款 tree is
/// left out when it is the whole tree (all spending is 一般公共预算): [`same_note`] says so.
fn sections(a: &Accounts) -> Vec<(String, String, &Vec<Row>)> {
    let code = msg!("cli-diff-acc-code").to_string();
    let mut out = vec![
        (msg!("cli-diff-acc-totals").to_string(), msg!("cli-diff-acc-item").to_string(), &a.totals),
        (msg!("cli-diff-acc-functions").to_string(), code.clone(), &a.functions),
    ];
    if same_note(a).is_none() {
        out.push((msg!("cli-diff-acc-general-public").to_string(), code, &a.general_public));
    }
    out
}

/// The note that replaces the 一般公共预算财政拨款 tree when it is the whole tree.
fn same_note(a: &Accounts) -> Option<String> {
    let same = a
        .general_public
        .iter()
        .map(|r| (&r.code, &r.budget, &r.actual))
        .eq(a.functions.iter().map(|r| (&r.code, &r.budget, &r.actual)));
    (same && !a.functions.is_empty()).then(|| msg!("cli-diff-acc-general-public-same").to_string())
}

/// The heading lines: what is compared with what, the year and unit, and the rules.
fn preamble(a: &Accounts) -> Vec<String> {
    let mut lines = vec![
        msg!("cli-diff-acc-title", year = a.year.to_string(), unit = a.unit).to_string(),
        msg!("cli-diff-acc-budget-side", name = visible(&a.budget).into_owned()).to_string(),
        msg!("cli-diff-acc-actual-side", name = visible(&a.actual).into_owned()).to_string(),
        msg!("cli-diff-acc-rules").to_string(),
    ];
    for name in &a.incomplete {
        lines.push(msg!("cli-diff-acc-incomplete", name = visible(name).into_owned()).to_string());
    }
    lines
}

/// The terminal report; `bold` paints headings.
pub fn terminal(a: &Accounts, bold: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut lines = preamble(a).into_iter();
    if let Some(title) = lines.next() {
        out.push_str(&format!("\n{}\n", bold(&title)));
    }
    for l in lines {
        out.push_str(&format!("  {l}\n"));
    }
    let headers = [
        msg!("cli-diff-acc-budget").to_string(),
        msg!("cli-diff-acc-actual").to_string(),
        msg!("cli-diff-acc-delta").to_string(),
        msg!("cli-diff-acc-rate").to_string(),
    ];
    let sections = sections(a);
    // One set of column widths for both sections, so their figures line up.
    let labels: Vec<String> = sections
        .iter()
        .flat_map(|(_, h, rows)| std::iter::once(h.clone()).chain(rows.iter().map(|r| label(r, true))))
        .collect();
    let first = labels.iter().map(|l| visible(l).width()).max().unwrap_or(0) + 2;
    let cells = |r: &Row| [r.budget.clone(), r.actual.clone(), r.delta.clone(), r.rate_text.clone()];
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for (_, _, rows) in &sections {
        for r in rows.iter() {
            for (w, c) in widths.iter_mut().zip(cells(r)) {
                *w = (*w).max(c.width());
            }
        }
    }
    for (heading, first_header, rows) in sections {
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", bold(&heading)));
        let mut line = format!("  {}", pad_right(&first_header, first));
        for (h, w) in headers.iter().zip(&widths) {
            line.push_str(&format!("  {}", pad_left(h, *w)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        for r in rows {
            let mut line = format!("  {}", pad_right(&visible(&label(r, true)), first));
            for (c, w) in cells(r).iter().zip(&widths) {
                line.push_str(&format!("  {}", pad_left(c, *w)));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if let Some(note) = same_note(a) {
        out.push_str(&format!("\n{note}\n"));
    }
    out
}

/// The Markdown report: the heading lines, then a table of totals and one of the
/// function tree.
pub fn markdown(a: &Accounts) -> String {
    let mut lines = preamble(a).into_iter();
    let mut out = String::new();
    if let Some(title) = lines.next() {
        out.push_str(&format!("#### {}\n\n", md_inline(&title)));
    }
    for l in lines {
        out.push_str(&format!("- {}\n", md_inline(&l)));
    }
    out.push('\n');
    let (b, x, d, r) = (
        msg!("cli-diff-acc-budget"),
        msg!("cli-diff-acc-actual"),
        msg!("cli-diff-acc-delta"),
        msg!("cli-diff-acc-rate"),
    );
    for (heading, first, rows) in sections(a) {
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("##### {heading}\n\n| {first} | {b} | {x} | {d} | {r} |\n|---|---:|---:|---:|---:|\n"));
        for row in rows {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                md_inline(&label(row, false)),
                row.budget,
                row.actual,
                row.delta,
                md_inline(&row.rate_text)
            ));
        }
        out.push('\n');
    }
    if let Some(note) = same_note(a) {
        out.push_str(&format!("{}\n", md_inline(&note)));
    }
    out
}
