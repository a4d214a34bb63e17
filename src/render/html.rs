//! HTML: the whole disclosure as one self-contained, printable page (A4, UTF-8).

use super::narrative::{Block, Lead, Section};
use super::table::{RowKind, Table};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
@page { size: A4; margin: 18mm 15mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; color: #000; max-width: 190mm; margin: 0 auto; }
h1 { text-align: center; font-size: 18pt; margin: 1em 0; }
h2.table-title { text-align: center; font-size: 14pt; margin: 0.6em 0 0.3em; }
section.table { page-break-before: always; break-before: page; }
section.table:first-of-type { page-break-before: auto; break-before: auto; }
.meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #000; padding: 2px 4px; }
th { font-weight: normal; text-align: center; background: #f2f2f2; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.seq, tr.cols td { text-align: center; }
tr.total td { font-weight: bold; }
tr.section td.name { padding-left: 1em; }
tr.plain td.name.tree { padding-left: 2em; }
p.note { font-size: 9pt; }
nav ol { line-height: 1.6; }
section.narrative { page-break-before: always; break-before: page; }
section.narrative > p { text-indent: 2em; line-height: 1.7; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
section.inline table { table-layout: fixed; }
section.inline { margin: 0.8em 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
section.inline h2.table-title { font-size: 11pt; text-align: left; }
nav ul { list-style: none; line-height: 1.6; }
@media print { nav a { color: #000; text-decoration: none; } }
"#;

fn table(t: &Table, class: &str) -> String {
    let mut out =
        format!("<section class=\"{class}\" id=\"{}\">\n<h2 class=\"table-title\">{}</h2>\n", t.id, escape(&t.title));
    out.push_str("<div class=\"meta\">");
    for m in &t.meta {
        out.push_str(&format!("<span>{}</span>", escape(m)));
    }
    out.push_str("</div>\n<table>\n<thead>\n");
    for (r, row) in t.head.iter().enumerate() {
        out.push_str("<tr>");
        if r == 0 && t.numbered {
            out.push_str(&format!("<th rowspan=\"{}\">序号</th>", t.head.len()));
        }
        for h in row {
            out.push_str(&format!("<th colspan=\"{}\" rowspan=\"{}\">{}</th>", h.colspan, h.rowspan, escape(&h.text)));
        }
        out.push_str("</tr>\n");
    }
    if let Some(numbers) = t.number_row() {
        out.push_str("<tr class=\"cols\">");
        for n in numbers {
            out.push_str(&format!("<td>{}</td>", escape(&n)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</thead>\n<tbody>\n");
    let is_tree = t.rows.iter().any(|r| r.kind == RowKind::Class || r.kind == RowKind::Section);
    for (i, row) in t.rows.iter().enumerate() {
        let class = match row.kind {
            RowKind::Total => "total",
            RowKind::Class => "class",
            RowKind::Section => "section",
            RowKind::Plain => "plain",
        };
        out.push_str(&format!("<tr class=\"{class}\">"));
        if t.numbered {
            out.push_str(&format!("<td class=\"seq\">{}</td>", i + 1));
        }
        for (c, cell) in row.cells.iter().enumerate() {
            if cell.span() > 1 {
                out.push_str(&format!("<td colspan=\"{}\">{}</td>", cell.span(), escape(&t.text(cell))));
                continue;
            }
            let mut classes = vec![];
            if cell.is_numeric() {
                classes.push("num");
            } else if c == 1 || (c == 0 && !is_tree) {
                classes.push("name");
                if is_tree {
                    classes.push("tree");
                }
            }
            out.push_str(&format!("<td class=\"{}\">{}</td>", classes.join(" "), escape(&t.text(cell))));
        }
        out.push_str("</tr>\n");
    }
    if t.rows.is_empty() {
        out.push_str(&format!("<tr>{}</tr>\n", "<td>&nbsp;</td>".repeat(t.columns + usize::from(t.numbered))));
    }
    out.push_str("</tbody>\n</table>\n");
    for note in &t.notes {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(note)));
    }
    out.push_str("</section>\n");
    out
}

fn narrative(lead: &Lead, sections: &[Section]) -> String {
    let mut out = String::from("<section class=\"narrative\" id=\"narrative\">\n");
    if let Some(t) = &lead.title {
        out.push_str(&format!("<h1>{}</h1>\n", escape(t)));
    }
    if let Some(p) = &lead.preamble {
        out.push_str(&format!("<p>{}</p>\n", escape(p)));
    }
    for (i, s) in sections.iter().enumerate() {
        out.push_str(&format!("<h2 id=\"n{}\">{}</h2>\n", i + 1, escape(&s.heading)));
        for b in &s.blocks {
            match b {
                Block::Heading(h) => out.push_str(&format!("<h3>{}</h3>\n", escape(h))),
                Block::Para(p) => out.push_str(&format!("<p>{}</p>\n", escape(p))),
                Block::Table(t) => out.push_str(&table(t, "inline")),
            }
        }
    }
    out.push_str("</section>\n");
    out
}

/// The whole page: contents, the nine tables, the 情况说明 with its tables in place.
pub fn document(name_year: &str, lead: &Lead, tables: &[Table], sections: &[Section]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{0}部门预算信息公开</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{0}部门预算信息公开目录</h1>\n<nav>\n<h2>部门预算公开表</h2>\n<ol>\n",
        escape(name_year)
    );
    for t in tables {
        out.push_str(&format!("<li><a href=\"#{}\">{}</a></li>\n", t.id, escape(&t.title)));
    }
    out.push_str("</ol>\n<h2>部门预算信息公开情况说明</h2>\n<ul>\n");
    for (i, s) in sections.iter().enumerate() {
        out.push_str(&format!("<li><a href=\"#n{}\">{}</a></li>\n", i + 1, escape(&s.heading)));
    }
    out.push_str("</ul>\n</nav>\n");
    for t in tables {
        out.push_str(&table(t, "table"));
    }
    out.push_str(&narrative(lead, sections));
    out.push_str("</body>\n</html>\n");
    out
}
