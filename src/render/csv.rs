//! CSV: one file per table, UTF-8 with a byte-order mark so that Excel opens it.

use super::table::Table;

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

/// The table as CSV: title, header block, header rows, 栏次, numbered rows, note.
pub fn table(t: &Table) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, [t.title.clone()]);
    for m in &t.meta {
        line(&mut out, [m.clone()]);
    }
    for r in t.head_grid() {
        line(&mut out, r);
    }
    if let Some(numbers) = t.number_row() {
        line(&mut out, numbers);
    }
    for i in 0..t.rows.len() {
        line(&mut out, t.row_cells(i));
    }
    for note in &t.notes {
        line(&mut out, [note.clone()]);
    }
    out
}
