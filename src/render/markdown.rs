//! Markdown: the tables as pipe tables and the narrative as headed paragraphs. Every
//! text from the sources is escaped (see [`super::escape`]) so that it renders as
//! itself: no HTML, link, image or table break can come from a name or prose.

use super::escape::{md_block, md_inline};
use super::narrative::{Block, Lead, Section};
use super::table::Table;

fn cell(text: &str) -> String {
    md_inline(text)
}

/// One table as a Markdown section.
pub fn table(t: &Table) -> String {
    table_at(t, "##")
}

/// One table under a heading of the given level (`##`, `####` …).
pub fn table_at(t: &Table, level: &str) -> String {
    let mut out = format!("{level} {}\n\n", md_inline(&t.title));
    if !t.meta.is_empty() {
        out.push_str(&md_block(&t.meta.join("　")));
        out.push_str("\n\n");
    }
    let grid = t.head_grid();
    let width = t.columns + usize::from(t.numbered);
    let header: Vec<String> = (0..width)
        .map(|c| {
            let parts: Vec<&str> =
                grid.iter().filter_map(|r| r.get(c)).map(String::as_str).filter(|s| !s.is_empty()).collect();
            cell(&parts.join(" / "))
        })
        .collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let align: Vec<&str> = (0..width).map(|c| if c == 0 && t.numbered { "---:" } else { "---" }).collect();
    out.push_str(&format!("|{}|\n", align.join("|")));
    if let Some(numbers) = t.number_row() {
        out.push_str(&format!("| {} |\n", numbers.join(" | ")));
    }
    for i in 0..t.rows.len() {
        let cells: Vec<String> = t.row_cells(i).iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    for note in &t.notes {
        out.push_str(&format!("\n{}\n", md_block(note)));
    }
    out.push('\n');
    out
}

/// The narrative sections.
pub fn narrative(sections: &[Section]) -> String {
    let mut out = String::new();
    for s in sections {
        out.push_str(&format!("## {}\n\n", md_inline(&s.heading)));
        for b in &s.blocks {
            match b {
                Block::Heading(h) => out.push_str(&format!("### {}\n\n", md_inline(h))),
                Block::Para(p) => out.push_str(&format!("{}\n\n", md_block(p))),
                Block::Table(t) => out.push_str(&table_at(t, "####")),
            }
        }
    }
    out
}

/// The whole document: the nine tables, then the 情况说明.
pub fn document(name_year: &str, lead: &Lead, tables: &[Table], sections: &[Section]) -> String {
    let name_year = md_inline(name_year);
    let mut out = format!("# {name_year}部门预算信息公开\n\n");
    for t in tables {
        out.push_str(&table(t));
    }
    if let Some(t) = &lead.title {
        out.push_str(&format!("# {}\n\n", md_inline(t)));
    }
    out.push_str(&narrative(sections));
    out
}
