//! A format-neutral table: header block, header rows with spans, the 栏次 row, data
//! rows and a note. Built once from the model, printed by every renderer.

use rust_decimal::Decimal;
use serde::Serialize;

/// A header cell that may span columns or rows.
#[derive(Clone, Debug, Serialize)]
pub struct Head {
    /// The text.
    pub text: String,
    /// Columns spanned.
    pub colspan: usize,
    /// Rows spanned.
    pub rowspan: usize,
}

/// A header cell spanning `cols` columns and `rows` rows.
pub fn head(text: &str, cols: usize, rows: usize) -> Head {
    Head { text: text.to_owned(), colspan: cols, rowspan: rows }
}

/// A header row of single cells.
pub fn heads(texts: &[&str]) -> Vec<Head> {
    texts.iter().map(|t| head(t, 1, 1)).collect()
}

/// A data cell.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    /// A label or code.
    Text(String),
    /// An amount; zero prints blank, as in the published tables.
    Money(Decimal),
    /// A count or quantity, printed as is; zero prints blank.
    Number(Decimal),
    /// Nothing.
    Blank,
    /// A text spanning several columns (forms such as the 绩效目标表).
    Wide(String, usize),
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// The text printed in the cell.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Money(d) if d.is_zero() => String::new(),
            Cell::Money(d) => format!("{d:.2}"),
            Cell::Number(d) if d.is_zero() => String::new(),
            Cell::Number(d) => d.normalize().to_string(),
            Cell::Blank => String::new(),
            Cell::Wide(s, _) => s.clone(),
        }
    }

    /// The columns the cell spans.
    pub fn span(&self) -> usize {
        match self {
            Cell::Wide(_, n) => (*n).max(1),
            _ => 1,
        }
    }

    /// Whether the cell holds a number (right-aligned in print).
    pub fn is_numeric(&self) -> bool {
        matches!(self, Cell::Money(_) | Cell::Number(_))
    }
}

/// How a zero amount prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Zero {
    /// An empty cell (Hebei).
    #[default]
    Blank,
    /// `0` (Shanghai's 三公 table, Jiangsu's empty 合计).
    Digit,
    /// `0.00` (Shanghai's tables 1–8).
    Decimals,
}

/// How a table prints its amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Format {
    /// How a zero prints.
    pub zero: Zero,
    /// Whether thousands are separated (96,282,213.44).
    pub thousands: bool,
}

impl Format {
    /// An amount as this table prints it.
    pub fn money(self, d: Decimal) -> String {
        if d.is_zero() {
            return match self.zero {
                Zero::Blank => String::new(),
                Zero::Digit => "0".into(),
                Zero::Decimals => "0.00".into(),
            };
        }
        let plain = format!("{d:.2}");
        if !self.thousands {
            return plain;
        }
        let (sign, digits) = plain.strip_prefix('-').map_or(("", plain.as_str()), |rest| ("-", rest));
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if frac.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}.{frac}")
        }
    }
}

/// How a row stands in its tree, for indentation and bold totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// A total row (合计, 本年收入合计 …).
    Total,
    /// A 类 row of a classification tree.
    Class,
    /// A 款 row.
    Section,
    /// A 项 row or a plain row.
    Plain,
}

/// A data row; the 序号 is added when printing.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// The cells, without 序号.
    pub cells: Vec<Cell>,
    /// Its role.
    pub kind: RowKind,
}

/// One table of the disclosure.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    /// A stable id (`t1` … `t9`), used in file names and anchors.
    pub id: String,
    /// The title, e.g. 部门预算收支总表.
    pub title: String,
    /// The header block: `106唐山…局`, `预算年度：2024`, `单位：万元`.
    pub meta: Vec<String>,
    /// Header rows (without the 序号 column, which every table has).
    pub head: Vec<Vec<Head>>,
    /// The number of data columns.
    pub columns: usize,
    /// Whether a 栏次 row numbers the columns.
    pub column_numbers: bool,
    /// The rows.
    pub rows: Vec<Row>,
    /// Notes printed under the table (注：…).
    pub notes: Vec<String>,
    /// Whether rows carry a 序号 column.
    pub numbered: bool,
    /// How amounts print.
    pub format: Format,
}

impl Table {
    /// The text of a cell as this table prints it.
    pub fn text(&self, cell: &Cell) -> String {
        match cell {
            Cell::Money(d) => self.format.money(*d),
            c => c.display(),
        }
    }

    /// The header rows as plain text rows (spans expanded with blanks), 序号 first.
    pub fn head_grid(&self) -> Vec<Vec<String>> {
        let first = usize::from(self.numbered);
        let width = self.columns + first;
        let mut grid: Vec<Vec<Option<String>>> = vec![vec![None; width]; self.head.len()];
        for (r, row) in self.head.iter().enumerate() {
            let mut c = first;
            if r == 0 && self.numbered {
                set(&mut grid, 0, 0, "序号");
            }
            for cell in row {
                while grid.get(r).and_then(|g| g.get(c)).is_some_and(Option::is_some) {
                    c += 1;
                }
                for dr in 0..cell.rowspan {
                    for dc in 0..cell.colspan {
                        let text = if dr == 0 && dc == 0 { cell.text.as_str() } else { "" };
                        set(&mut grid, r + dr, c + dc, text);
                    }
                }
                c += cell.colspan;
            }
        }
        grid.into_iter().map(|r| r.into_iter().map(Option::unwrap_or_default).collect()).collect()
    }

    /// The name of each column (序号 first when numbered): the header texts above it,
    /// spanning headers included, joined by `/` (收入/预算数, 支出/预算数).
    pub fn column_names(&self) -> Vec<String> {
        let first = usize::from(self.numbered);
        let width = self.columns + first;
        let mut names: Vec<Vec<String>> = vec![vec![]; width];
        let mut taken: Vec<Vec<bool>> = vec![vec![false; width]; self.head.len()];
        if self.numbered {
            if let Some(n) = names.first_mut() {
                n.push("序号".into());
            }
        }
        for (r, row) in self.head.iter().enumerate() {
            let mut c = first;
            for h in row {
                while taken.get(r).and_then(|t| t.get(c)).copied().unwrap_or(false) {
                    c += 1;
                }
                for dr in 0..h.rowspan {
                    for dc in 0..h.colspan {
                        if let Some(t) = taken.get_mut(r + dr).and_then(|t| t.get_mut(c + dc)) {
                            *t = true;
                        }
                    }
                }
                for dc in 0..h.colspan {
                    let text = h.text.split_whitespace().collect::<String>();
                    if let Some(n) = names.get_mut(c + dc) {
                        if !text.is_empty() && !n.contains(&text) {
                            n.push(text);
                        }
                    }
                }
                c += h.colspan;
            }
        }
        names.into_iter().map(|n| n.join("/")).collect()
    }

    /// A data row as printed cells (wide cells expanded with blanks), 序号 first.
    pub fn row_cells(&self, index: usize) -> Vec<String> {
        let Some(row) = self.rows.get(index) else { return vec![] };
        let mut out = vec![];
        if self.numbered {
            out.push((index + 1).to_string());
        }
        for c in &row.cells {
            out.push(self.text(c));
            out.extend(std::iter::repeat_n(String::new(), c.span() - 1));
        }
        out
    }

    /// The 栏次 row, 序号 column first.
    pub fn number_row(&self) -> Option<Vec<String>> {
        self.column_numbers
            .then(|| std::iter::once("栏次".to_owned()).chain((1..=self.columns).map(|i| i.to_string())).collect())
    }
}

fn set(grid: &mut [Vec<Option<String>>], r: usize, c: usize, text: &str) {
    if let Some(cell) = grid.get_mut(r).and_then(|row| row.get_mut(c)) {
        *cell = Some(text.to_owned());
    }
}

/// Chinese numerals for the 一、二、… prefixes of summary rows (1 to 99).
pub fn chinese_number(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let d = |i: usize| DIGITS.get(i).copied().unwrap_or("");
    match n {
        0 => "零".into(),
        1..=9 => d(n).into(),
        10..=19 => format!("十{}", d(n - 10)),
        20..=99 => format!("{}十{}", d(n / 10), d(n % 10)),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::chinese_number;

    #[test]
    fn chinese_numerals() {
        let got: Vec<_> = [1, 10, 11, 20, 21, 31].iter().map(|n| chinese_number(*n)).collect();
        assert_eq!(got, ["一", "十", "十一", "二十", "二十一", "三十一"]);
    }
}
