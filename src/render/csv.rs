//! CSV: one file per table, UTF-8 with a byte-order mark so that Excel opens it. Text
//! cells cannot become formulas (see [`super::escape::csv_text`]); numbers the table put
//! there (amounts, counts, 序号, 栏次) are written as they are.

use super::escape::csv_text;
use super::table::{Cell, Table};

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn line(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().map(|c| field(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn text(s: &str) -> String {
    csv_text(s).into_owned()
}

/// A data row as CSV fields: numbers as printed, texts neutralised, 序号 first.
fn row(t: &Table, index: usize) -> Vec<String> {
    let Some(row) = t.rows.get(index) else { return vec![] };
    let mut out = vec![];
    if t.numbered {
        out.push((index + 1).to_string());
    }
    for c in &row.cells {
        match c {
            Cell::Money(_) | Cell::Number(_) => out.push(t.text(c)),
            _ => out.push(text(&t.text(c))),
        }
        out.extend(std::iter::repeat_n(String::new(), c.span() - 1));
    }
    out
}

/// The table as CSV: title, header block, header rows, 栏次, numbered rows, note.
pub fn table(t: &Table) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, [text(&t.title)]);
    for m in &t.meta {
        line(&mut out, [text(m)]);
    }
    for r in t.head_grid() {
        line(&mut out, r.iter().map(|h| text(h)));
    }
    if let Some(numbers) = t.number_row() {
        line(&mut out, numbers);
    }
    for i in 0..t.rows.len() {
        line(&mut out, row(t, i));
    }
    for note in &t.notes {
        line(&mut out, [text(note)]);
    }
    out
}
