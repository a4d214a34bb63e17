//! Markdown: the tables as pipe tables and the narrative as headed paragraphs.

use super::narrative::Section;
use super::table::Table;

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// One table as a Markdown section.
pub fn table(t: &Table) -> String {
    let mut out = format!("## {}\n\n", t.title);
    out.push_str(&t.meta.join("　"));
    out.push_str("\n\n");
    let grid = t.head_grid();
    let width = t.columns + 1;
    let header: Vec<String> = (0..width)
        .map(|c| {
            let parts: Vec<&str> =
                grid.iter().filter_map(|r| r.get(c)).map(String::as_str).filter(|s| !s.is_empty()).collect();
            cell(&parts.join(" / "))
        })
        .collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let align: Vec<&str> = (0..width).map(|c| if c == 0 { "---:" } else { "---" }).collect();
    out.push_str(&format!("|{}|\n", align.join("|")));
    if let Some(numbers) = t.number_row() {
        out.push_str(&format!("| {} |\n", numbers.join(" | ")));
    }
    for (i, r) in t.rows.iter().enumerate() {
        let cells: Vec<String> = r.cells.iter().map(|c| cell(&c.display())).collect();
        out.push_str(&format!("| {} | {} |\n", i + 1, cells.join(" | ")));
    }
    if let Some(note) = &t.note {
        out.push_str(&format!("\n{note}\n"));
    }
    out.push('\n');
    out
}

/// The narrative sections.
pub fn narrative(sections: &[Section]) -> String {
    let mut out = String::new();
    for s in sections {
        out.push_str(&format!("## {}\n\n", s.heading));
        for p in &s.parts {
            if let Some(h) = &p.heading {
                out.push_str(&format!("### {h}\n\n"));
            }
            out.push_str(&p.text);
            out.push_str("\n\n");
        }
    }
    out
}

/// The whole document: tables, then the narrative.
pub fn document(title: &str, tables: &[Table], sections: &[Section]) -> String {
    let mut out = format!("# {title}\n\n");
    for t in tables {
        out.push_str(&table(t));
    }
    out.push_str("# 部门预算信息公开情况说明\n\n");
    out.push_str(&narrative(sections));
    out
}
