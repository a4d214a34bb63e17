//! The template file format (`templates/ID/template.toml`), as serde reads it. The
//! format is documented in `templates/README.md`; [`super::validate`] checks what serde
//! cannot (measure names, row lists, placeholders).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::model::cube::Filter;
use crate::model::Document;

/// A whole template file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// The id a source names (`template hebei-2024`).
    pub id: String,
    /// The name `budgetc templates` shows.
    pub name: String,
    /// The budget years it applies to, first and last.
    pub years: [i32; 2],
    /// The kind of document: `预算` (the default) or `决算`.
    #[serde(default = "budget_kind", deserialize_with = "document")]
    pub kind: Document,
    /// The money unit tables print in unless a table says otherwise.
    pub money: String,
    /// The rounding of amounts converted to another unit: `half-up` (四舍五入).
    #[serde(default = "half_up")]
    pub rounding: String,
    /// Whether every project needs a 绩效目标表.
    #[serde(default)]
    pub performance_forms: bool,
    /// The 项目编码 pattern of the province, where it is known.
    pub project_code: Option<CodePattern>,
    /// The fixed 类 rows of summary tables: `[code, printed name]` (code `""` for none).
    #[serde(default)]
    pub classes: Vec<[String; 2]>,
    /// Measures of this template, added to the shared ones (`templates/measures.toml`).
    #[serde(default)]
    pub measure: BTreeMap<String, Filter>,
    /// The presentation every table has unless it says otherwise.
    #[serde(default)]
    pub defaults: Style,
    /// The tables, in order.
    #[serde(default)]
    pub table: Vec<Spanned<TableSpec>>,
    /// The money unit of the narrative's figures unless a citation names one (default:
    /// the template's `money`).
    pub narrative_money: Option<String>,
    /// The heading of the narrative ({部门名称}, {年度}).
    pub narrative_title: Option<String>,
    /// The paragraph under the heading.
    pub narrative_preamble: Option<String>,
    /// The narrative skeleton: its sections in order.
    #[serde(default)]
    pub section: Vec<SectionSpec>,
    /// How sections are numbered: `一、` (the default) or `第一部分`.
    pub section_numbering: Option<Spanned<String>>,
    /// How a percentage of the narrative prints: `0.00` (the default, two decimals) or
    /// `trim` (trailing zeros dropped: 28%, 12.5%, 0.97%).
    pub percent: Option<Spanned<String>>,
    /// How a zero amount of the narrative prints: `0.00` (the default) or `0` (0万元, as the
    /// Shanghai documents write it).
    pub narrative_zero: Option<Spanned<String>>,
    /// How a change from last year is worded: `{比上年}` in a list over the 项 (`item`),
    /// `{比上年:键}` for a total (`total`).
    #[serde(default)]
    pub compare: Compare,
    /// How a 决算数 is set against a budget: `{完成 全年预算 …}` and `{对比 全年预算 …}`.
    #[serde(default)]
    pub completion: Completion,
}

/// The wordings of a 决算数 against its budget (`{预算}` is 年初预算 or 全年预算, `{%}` the
/// completion rate, half-up to 2 decimals).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Completion {
    /// `{完成 …}` of a budget that is not 0.
    pub rate: String,
    /// `{完成 …}` of a budget of 0: no rate exists.
    pub zero: String,
    /// `{对比 …}`: the 决算数 is smaller, larger, the same.
    pub less: String,
    pub more: String,
    pub same: String,
}

impl Default for Completion {
    fn default() -> Self {
        Completion {
            rate: "完成{预算}的{%}".into(),
            zero: "{预算}为0，不计算完成率".into(),
            less: "决算数小于{预算}数".into(),
            more: "决算数大于{预算}数".into(),
            same: "决算数与{预算}数持平".into(),
        }
    }
}

/// The wordings of changes from last year.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    /// For a function 项 (`{比上年}` in `each = "function"`).
    pub item: Option<Wording>,
    /// For a total (`{比上年:支出总计}`).
    pub total: Option<Wording>,
}

/// The sentence of a change, in its four cases; `{%}` is the change in per cent of last
/// year's figure, `{金额}` the change in money (both without sign), `{上年数}` last year's
/// figure.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// The figure grew.
    pub up: String,
    /// The figure fell.
    pub down: String,
    /// The figure is last year's.
    pub same: String,
    /// Last year's figure is 0 and this year's is not: a per cent of 0 does not exist
    /// (default: `up`, which must then not use `{%}`).
    pub from_zero: Option<String>,
}

/// A section of the narrative: its heading and its blocks.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    /// The heading, without its number.
    pub heading: String,
    /// Left out (and not numbered) when none of its blocks prints anything.
    #[serde(default)]
    pub optional: bool,
    /// The blocks, in order.
    #[serde(default)]
    pub blocks: Vec<Spanned<BlockSpec>>,
}

/// A block of a section; exactly one of its kinds is given.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockSpec {
    /// A paragraph with placeholders: {年度}, {上年度}, {部门名称}, {项目列表} and
    /// {measure …} or {measure …:万元} for a figure.
    pub text: Option<String>,
    /// With `text`: one paragraph per function 项 with spending (`"function"`), whose
    /// placeholders {序号} {类} {款} {项} {类名} {款名} {项名} name the row and whose figures
    /// count the row's facts only.
    pub each: Option<Spanned<String>>,
    /// With `each`: only the 项 (or 类) with money of these measures (`"一般公共预算"`).
    #[serde(rename = "where")]
    pub filter: Option<Spanned<String>>,
    /// With `each`: the rows make one paragraph, separated by this text (`"；"`); a row's
    /// closing `。` is dropped before a separator.
    pub join: Option<Spanned<String>>,
    /// With `join`: the text the paragraph opens with (`"…主要用于以下方面："`).
    pub lead: Option<String>,
    /// The block is printed only when these measures sum to more than zero (`"三公经费 财政拨款"`;
    /// `"经营支出 + 上缴上级支出"`: when one of them does).
    pub when: Option<Spanned<String>>,
    /// The block is printed only when these measures sum to zero.
    pub unless: Option<Spanned<String>>,
    /// A sub-heading; with `generated`, printed only when the generated part is.
    pub heading: Option<String>,
    /// A prose slot the officer writes (部门职责, 总体情况 …).
    pub prose: Option<Spanned<String>>,
    /// Printed when the slot is not written.
    pub default: Option<String>,
    /// Printed when the slot is not written, and the check warns (W1003).
    pub required: Option<String>,
    /// A part generated by budgetc (see `GENERATED` in src/render/narrative.rs).
    pub generated: Option<Spanned<String>>,
    /// Paragraphs numbered 1、2、… (the 名词解释).
    pub list: Option<Vec<String>>,
    /// How a list is numbered: `1、` (the default) or `一、`.
    pub numbering: Option<Spanned<String>>,
    /// A prose slot that replaces this block: when the source writes it, the blocks that
    /// name it are left out and its paragraphs print in place of the first (the published
    /// text of a generated part, checked like all prose).
    pub instead: Option<Spanned<String>>,
}

/// A 项目编码 pattern: its description (printed as a note) and its segments in order.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodePattern {
    /// What the pattern is, in words, for the diagnostic's note.
    pub description: String,
    /// The segments.
    pub segments: Vec<Segment>,
}

/// A segment of a 项目编码.
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Segment {
    /// A 行政区划代码: `length` digits starting with `starts`.
    Region {
        /// Its digits.
        length: usize,
        /// The digits it starts with (the province).
        #[serde(default)]
        starts: String,
    },
    /// The last `length` digits of the budget year.
    Year {
        /// Its digits.
        length: usize,
    },
    /// A fixed text (`P` for 项目).
    Text {
        /// The text.
        text: String,
    },
    /// `length` characters, each one of `allowed`.
    Chars {
        /// Its characters.
        length: usize,
        /// The characters allowed.
        allowed: String,
    },
}

fn budget_kind() -> Document {
    Document::Budget
}

fn document<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Document, D::Error> {
    let w = String::deserialize(d)?;
    Document::parse(&w).ok_or_else(|| serde::de::Error::custom(format!("文件种类（预算或决算）：{w}")))
}

fn half_up() -> String {
    "half-up".into()
}

/// How a table prints; every field may be set per table or in `[defaults]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// The header block lines, with placeholders {单位编码} {部门名称} {年度} {单位}.
    pub header: Option<Vec<String>>,
    /// The money unit of the table (`元`, `万元`).
    pub unit: Option<Spanned<String>>,
    /// How a zero amount prints: `blank`, `0` or `0.00`.
    pub zero: Option<Spanned<String>>,
    /// Whether amounts print with thousands separators (1,234.00).
    pub thousands: Option<bool>,
    /// Whether rows carry a 序号 column.
    pub serial: Option<bool>,
    /// Whether a 栏次 row numbers the columns.
    pub column_numbers: Option<bool>,
    /// Codes in one column (`one`) or split into 类/款/项 columns (`split`).
    pub codes: Option<Spanned<String>>,
}

/// One table.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    /// A stable id, for file names and anchors.
    pub id: String,
    /// The title, with placeholder {年度}.
    pub title: String,
    /// A label printed above the title (`公开01表`).
    pub label: Option<String>,
    // The fields of [`Style`], written out rather than `#[serde(flatten)]`: serde cannot
    // combine flatten with `deny_unknown_fields`, and a misspelt key must be an error.
    /// The header block lines (see [`Style`]).
    pub header: Option<Vec<String>>,
    /// The money unit of the table.
    pub unit: Option<Spanned<String>>,
    /// How a zero amount prints.
    pub zero: Option<Spanned<String>>,
    /// Thousands separators.
    pub thousands: Option<bool>,
    /// A 序号 column.
    pub serial: Option<bool>,
    /// A 栏次 row.
    pub column_numbers: Option<bool>,
    /// Code layout.
    pub codes: Option<Spanned<String>>,
    /// Header rows: a cell is a text, or `{ text, cols, rows }`.
    #[serde(default)]
    pub head: Vec<Vec<HeadSpec>>,
    /// The parts of the table, one below the other.
    #[serde(default)]
    pub part: Vec<Spanned<Side>>,
    /// Notes printed under the table.
    #[serde(default)]
    pub notes: Vec<String>,
    /// What an empty table prints.
    pub empty: Option<Empty>,
    /// The template's instructions to whoever fills the table in, never printed: a
    /// published text that contains one left it in print (W3015).
    #[serde(default)]
    pub guidance: Vec<String>,
}

impl TableSpec {
    /// The title with its year filled in, as a reader names the table.
    pub fn title_in(&self, year: i32) -> String {
        self.title.replace("{年度}", &year.to_string())
    }

    /// The table's own presentation settings.
    pub fn style(&self) -> Style {
        Style {
            header: self.header.clone(),
            unit: self.unit.clone(),
            zero: self.zero.clone(),
            thousands: self.thousands,
            serial: self.serial,
            column_numbers: self.column_numbers,
            codes: self.codes.clone(),
        }
    }
}

/// A header cell.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum HeadSpec {
    /// One column, one row.
    Text(String),
    /// A spanning cell.
    Span {
        /// The text.
        text: String,
        /// Columns spanned (1).
        #[serde(default = "one")]
        cols: usize,
        /// Rows spanned (1).
        #[serde(default = "one")]
        rows: usize,
    },
}

fn one() -> usize {
    1
}

/// What an empty table prints: rows of literal cells, and a note.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Empty {
    /// Rows of literal cells.
    #[serde(default)]
    pub rows: Vec<Vec<String>>,
    /// The note, with placeholder {年度}.
    pub note: Option<String>,
}

/// A part of a table (or one side of a two-sided part): a row axis and its columns,
/// or two sides.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// `function` (功能分类 tree), `economic` (经济分类 tree of basic spending), `classes`
    /// (the template's fixed 类 rows), `nonempty-classes` (those with spending, renumbered).
    pub axis: Option<Spanned<String>>,
    /// The facts the axis is over (measure names separated by spaces).
    #[serde(rename = "where")]
    pub filter: Option<Spanned<String>>,
    /// Economic 类 to keep (an economic axis), e.g. `["302"]`.
    pub only: Option<Vec<String>>,
    /// The rows of a code axis as a fixed list, printed in this order with or without an
    /// amount (the 决算 基本支出决算表 prints every code of its form): a 类 row sums its 款.
    pub codes: Option<Vec<String>>,
    /// How a zero amount of this side prints, when not as the table says.
    pub zero: Option<Spanned<String>>,
    /// The measure of each amount column (`""` for a blank column).
    #[serde(default)]
    pub columns: Vec<Spanned<String>>,
    /// Where the axis's total row goes: `first`, `last` or `none`.
    pub total: Option<Spanned<String>>,
    /// The label of the total row (合计).
    pub total_label: Option<String>,
    /// Rows written out: each a list of cells (`"=measure …"`, a text, or `""`).
    pub rows: Option<Vec<Spanned<RowSpec>>>,
    /// The left side of a two-sided part.
    pub left: Option<Box<Spanned<Side>>>,
    /// The right side.
    pub right: Option<Box<Spanned<Side>>>,
    /// More than two sides, left to right (Jiangsu's 收支预算总表: 收入 | 功能分类 | 支出用途).
    pub sides: Option<Vec<Spanned<Side>>>,
}

impl Side {
    /// The sides of a part, left to right (empty for a part that is one side).
    pub fn sides(&self) -> Vec<&Spanned<Side>> {
        let mut out: Vec<&Spanned<Side>> = self.left.iter().map(|b| b.as_ref()).collect();
        out.extend(self.sides.iter().flatten());
        out.extend(self.right.iter().map(|b| b.as_ref()));
        out
    }
}

/// A row written out in the template: a list of cells, or a table with `cells`.
#[derive(Clone, Debug)]
pub enum RowSpec {
    /// Just its cells.
    Cells(Vec<Spanned<String>>),
    /// Cells with a filter for every `=measure` cell of the row, and how it prints.
    Full {
        /// The cells.
        cells: Vec<Spanned<String>>,
        /// A filter every measure of the row is combined with.
        filter: Option<Spanned<String>>,
        /// `total` (bold), `class` (a 类 row), `section` (a 款 row) or `plain`.
        kind: Option<Spanned<String>>,
    },
}

/// The table form of a row, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FullRow {
    cells: Vec<Spanned<String>>,
    #[serde(rename = "where")]
    filter: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
}

/// Reads either form without buffering, so that the spans of the cells survive (an
/// untagged enum would lose them).
impl<'de> Deserialize<'de> for RowSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RowSpec, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RowSpec;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("一行：单元格列表，或 { cells = [...], where = \"…\", kind = \"…\" }")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<RowSpec, A::Error> {
                let mut cells = vec![];
                while let Some(c) = seq.next_element::<Spanned<String>>()? {
                    cells.push(c);
                }
                Ok(RowSpec::Cells(cells))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RowSpec, A::Error> {
                let r = FullRow::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(RowSpec::Full { cells: r.cells, filter: r.filter, kind: r.kind })
            }
        }
        d.deserialize_any(Visit)
    }
}

impl RowSpec {
    /// The cells.
    pub fn cells(&self) -> &[Spanned<String>] {
        match self {
            RowSpec::Cells(c) | RowSpec::Full { cells: c, .. } => c,
        }
    }

    /// The row filter.
    pub fn filter(&self) -> Option<&Spanned<String>> {
        match self {
            RowSpec::Cells(_) => None,
            RowSpec::Full { filter, .. } => filter.as_ref(),
        }
    }

    /// How it prints: `total`, `class`, `section` or `plain`.
    pub fn kind(&self) -> Option<&Spanned<String>> {
        match self {
            RowSpec::Cells(_) => None,
            RowSpec::Full { kind, .. } => kind.as_ref(),
        }
    }
}
