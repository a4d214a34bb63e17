//! The template's tables as views of the budget's facts: each part of a table is a row
//! axis (function tree, economic tree, fixed 类 rows, rows written out) and each amount
//! cell the sum of the facts matching its row and its column's measures.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::table::{chinese_number, head, Cell, Format, Head, Row, RowKind, Table, Zero};
use crate::catalog::{Catalog, Family};
use crate::model::cube::{sum_of, Cube, Fact, Filter};
use crate::model::{Budget, MoneyUnit};
use crate::template::spec::{HeadSpec, RowSpec, Side, Style, TableSpec};
use crate::template::Template;

/// Builds the template's tables in order.
pub fn tables(budget: &Budget) -> Vec<Table> {
    let catalog = Catalog::builtin(budget.department.year);
    let ctx = Ctx {
        budget,
        template: &budget.template,
        cube: Cube::new(budget),
        names: Names::new(budget, &catalog),
        initial: budget.plans.initial.as_deref().map(|b| (Cube::new(b), b.department.money)),
        full: budget.plans.full_year().map(|b| (Cube::new(b), b.department.money)),
    };
    budget.template.spec.table.iter().map(|t| ctx.table(t.get_ref())).collect()
}

/// The titles of the template's tables, as printed (for the narrative's 表目录).
pub fn titles(budget: &Budget) -> Vec<String> {
    budget
        .template
        .spec
        .table
        .iter()
        .map(|t| {
            let t = t.get_ref();
            fill(&t.title, budget, look(&budget.template, &t.style()).unit)
        })
        .collect()
}

/// Names of the codes a budget uses, from the catalog and the codes resolved in it.
struct Names<'c> {
    catalog: &'c Catalog,
    resolved: BTreeMap<(Family, String), String>,
}

impl<'c> Names<'c> {
    fn new(budget: &Budget, catalog: &'c Catalog) -> Names<'c> {
        let mut resolved = BTreeMap::new();
        for l in &budget.basic {
            let _ = resolved.insert((Family::Function, l.function.code.clone()), l.function.name.clone());
            let _ = resolved.insert((Family::Economic, l.economic.code.clone()), l.economic.name.clone());
        }
        for p in &budget.projects {
            let _ = resolved.insert((Family::Function, p.function.code.clone()), p.function.name.clone());
        }
        for l in &budget.spend {
            let _ = resolved.insert((Family::Function, l.function.code.clone()), l.function.name.clone());
        }
        Names { catalog, resolved }
    }

    fn get(&self, family: Family, code: &str) -> String {
        self.resolved
            .get(&(family, code.to_owned()))
            .cloned()
            .unwrap_or_else(|| self.catalog.name(family, code).to_owned())
    }
}

struct Ctx<'a> {
    budget: &'a Budget,
    template: &'a Template,
    cube: Cube<'a>,
    names: Names<'a>,
    /// The facts of the year's 年初预算 and 全年预算 (final accounts).
    initial: Option<(Cube<'a>, MoneyUnit)>,
    full: Option<(Cube<'a>, MoneyUnit)>,
}

/// The presentation of one table, its own settings over the template's defaults.
struct Look {
    unit: MoneyUnit,
    format: Format,
    serial: bool,
    column_numbers: bool,
    split: bool,
    header: Vec<String>,
}

fn look(template: &Template, own: &Style) -> Look {
    let d = &template.spec.defaults;
    let pick = |a: &Option<toml::Spanned<String>>, b: &Option<toml::Spanned<String>>| {
        a.as_ref().or(b.as_ref()).map(|s| s.get_ref().clone())
    };
    let unit = pick(&own.unit, &d.unit).and_then(|u| MoneyUnit::parse(&u)).unwrap_or(template.money);
    let zero = match pick(&own.zero, &d.zero).as_deref() {
        Some("0") => Zero::Digit,
        Some("0.00") => Zero::Decimals,
        _ => Zero::Blank,
    };
    Look {
        unit,
        format: Format { zero, thousands: own.thousands.or(d.thousands).unwrap_or(false) },
        serial: own.serial.or(d.serial).unwrap_or(false),
        column_numbers: own.column_numbers.or(d.column_numbers).unwrap_or(false),
        split: pick(&own.codes, &d.codes).as_deref() == Some("split"),
        header: own.header.clone().or_else(|| d.header.clone()).unwrap_or_default(),
    }
}

pub(super) use crate::model::money::convert;

fn tree_kind(code: &str) -> RowKind {
    match code.len() {
        3 => RowKind::Class,
        5 => RowKind::Section,
        _ => RowKind::Plain,
    }
}

fn fill(text: &str, budget: &Budget, unit: MoneyUnit) -> String {
    let d = &budget.department;
    text.replace("{单位编码}", &d.code)
        .replace("{部门名称}", &d.name)
        .replace("{年度}", &d.year.to_string())
        .replace("{单位}", unit.chinese())
}

impl<'a> Ctx<'a> {
    /// The filters a text of measure names stands for (`=收入 一般公共预算`); names were
    /// checked when the template was read.
    fn filters(&self, text: &str) -> Vec<&'a Filter> {
        self.template.filters(text)
    }

    fn table(&self, spec: &TableSpec) -> Table {
        let look = look(self.template, &spec.style());
        let mut rows = vec![];
        for part in &spec.part {
            rows.extend(self.part(&look, part.get_ref()));
        }
        let mut notes: Vec<String> = spec.notes.iter().map(|n| fill(n, self.budget, look.unit)).collect();
        // A table with nothing to show: no row, or (a form of written rows, like the 决算
        // 三公 table) no amount but zeros.
        let nothing = rows.iter().flat_map(|r| &r.cells).all(|c| !matches!(c, Cell::Money(d) if !d.is_zero()));
        // `prose 表注 "…"` writes the notes under the table, in place of the template's.
        let written: Vec<&String> = self
            .budget
            .prose
            .iter()
            .filter(|p| p.table.as_deref() == Some(spec.id.as_str()))
            .flat_map(|p| &p.paragraphs)
            .collect();
        let written_notes = !written.is_empty();
        if written_notes {
            notes = written.into_iter().cloned().collect();
        }
        if nothing {
            if let Some(empty) = &spec.empty {
                rows = empty
                    .rows
                    .iter()
                    .map(|r| Row {
                        cells: r.iter().map(|c| if c.is_empty() { Cell::Blank } else { Cell::text(c) }).collect(),
                        kind: RowKind::Plain,
                    })
                    .collect();
                if !written_notes {
                    notes.extend(empty.note.iter().map(|n| fill(n, self.budget, look.unit)));
                }
            }
        }
        let head: Vec<Vec<Head>> = spec
            .head
            .iter()
            .map(|r| {
                r.iter()
                    .map(|h| match h {
                        HeadSpec::Text(t) => head(t, 1, 1),
                        HeadSpec::Span { text, cols, rows } => head(text, *cols, *rows),
                    })
                    .collect()
            })
            .collect();
        let columns = head.first().map_or(0, |r| r.iter().map(|h| h.colspan).sum());
        let mut meta: Vec<String> = look.header.iter().map(|h| fill(h, self.budget, look.unit)).collect();
        if let Some(label) = &spec.label {
            meta.insert(0, label.clone());
        }
        Table {
            id: spec.id.clone(),
            title: fill(&spec.title, self.budget, look.unit),
            meta,
            head,
            columns,
            column_numbers: look.column_numbers,
            rows,
            notes,
            numbered: look.serial,
            format: look.format,
        }
    }

    fn part(&self, look: &Look, part: &Side) -> Vec<Row> {
        let sides = part.sides();
        if sides.is_empty() {
            return self.side(look, part);
        }
        let built: Vec<(Vec<Row>, usize)> =
            sides.iter().map(|s| (self.side(look, s.get_ref()), width(s.get_ref(), look))).collect();
        let height = built.iter().map(|(rows, _)| rows.len()).max().unwrap_or(0);
        (0..height)
            .map(|i| {
                let mut cells = vec![];
                for (rows, w) in &built {
                    cells.extend(rows.get(i).map_or_else(|| vec![Cell::Blank; *w], |row| row.cells.clone()));
                }
                Row { cells, kind: RowKind::Plain }
            })
            .collect()
    }

    fn side(&self, look: &Look, side: &Side) -> Vec<Row> {
        let mut rows = self.side_rows(look, side);
        if let Some(zero) = &side.zero {
            let shown = match zero.get_ref().as_str() {
                "0" => Cell::text("0"),
                "0.00" => Cell::text("0.00"),
                _ => Cell::Blank,
            };
            for c in rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                if matches!(c, Cell::Money(d) if d.is_zero()) {
                    *c = shown.clone();
                }
            }
        }
        rows
    }

    fn side_rows(&self, look: &Look, side: &Side) -> Vec<Row> {
        let base = side.filter.as_ref().map(|w| self.filters(w.get_ref())).unwrap_or_default();
        match side.axis.as_ref().map(|a| a.get_ref().as_str()) {
            Some("function") => self.tree(look, side, &base, false),
            Some("economic") => self.tree(look, side, &base, true),
            Some("purchases") => self.purchases(look, side),
            Some(which @ ("classes" | "nonempty-classes")) => self.classes(look, side, &base, which == "classes"),
            _ => side.rows.iter().flatten().map(|r| self.written(look, r.get_ref(), &base)).collect(),
        }
    }

    /// The amount cells of `columns` over `facts`.
    fn amounts(&self, look: &Look, side: &Side, facts: &[&Fact<'_>], base: &[&Filter]) -> Vec<Cell> {
        self.amounts_of(look, side, facts, base, None)
    }

    /// [`Self::amounts`] of the row of a code.
    fn amounts_of(
        &self,
        look: &Look,
        side: &Side,
        facts: &[&Fact<'_>],
        base: &[&Filter],
        code: Option<&str>,
    ) -> Vec<Cell> {
        side.columns
            .iter()
            .map(|c| {
                let text = c.get_ref().trim();
                if text.is_empty() {
                    return Cell::Blank;
                }
                // `经营支出?`: a column of facts a budget may not have, blank (as `""`) when
                // no fact of the budget matches it.
                let text = match text.strip_suffix('?') {
                    Some(measure) => {
                        let mut filters = base.to_vec();
                        filters.extend(self.filters(measure));
                        if !self.cube.any(&filters) {
                            return Cell::Blank;
                        }
                        measure
                    }
                    None => text,
                };
                self.value_of(look, text, base, code, |filters| sum_of(facts.iter().copied(), filters))
            })
            .collect()
    }

    /// The cell of a measure text: `a b` is the sum of the facts matching both, in the
    /// table's unit; `a + b + c` is the sum of the three printed (converted and rounded)
    /// amounts, as tables whose 合计 adds its printed parts have it.
    fn value(&self, look: &Look, text: &str, base: &[&Filter], sum: impl Fn(&[&Filter]) -> Decimal) -> Cell {
        self.value_of(look, text, base, None, sum)
    }

    /// [`Self::value`] of a row of `code` (a code axis), which prints a stated total of
    /// the code (or of a measure of the cell) where the cell is the whole of it.
    fn value_of(
        &self,
        look: &Look,
        text: &str,
        base: &[&Filter],
        code: Option<&str>,
        sum: impl Fn(&[&Filter]) -> Decimal,
    ) -> Cell {
        let mut total = Decimal::ZERO;
        for term in text.trim_start_matches('=').split('+') {
            let mut filters = base.to_vec();
            filters.extend(self.filters(term));
            // `年初预算 …` / `全年预算 …`: the figure of the year's budget; blank without one.
            let plan = term.split_whitespace().find(|w| crate::template::PLAN_WORDS.contains(w));
            if let Some(word) = plan {
                let cube = if word == "年初预算" { self.initial.as_ref() } else { self.full.as_ref() };
                let Some((cube, money)) = cube else { return Cell::Blank };
                total = crate::model::money::plus(total, convert(cube.sum(&filters), *money, look.unit));
                continue;
            }
            let exact = sum(&filters);
            let shown = self.budget.printed(code.into_iter().chain(term.split_whitespace()), exact);
            let part = convert(shown, self.budget.department.money, look.unit);
            total = crate::model::money::plus(total, part);
        }
        Cell::Money(total)
    }

    /// 政府采购 by 品目大类 → 专项 + 经济科目 → 物品 + 组织形式 (Jiangsu 公开12), in the
    /// order the lines are written; a label repeated from the row above is left blank.
    fn purchases(&self, look: &Look, side: &Side) -> Vec<Row> {
        use crate::model::PurchaseCategory;
        let lines: Vec<&crate::model::Purchase> =
            self.budget.purchases.iter().filter(|p| p.category.is_some()).collect();
        if lines.is_empty() {
            return vec![];
        }
        let amount = |ps: &[&crate::model::Purchase]| {
            let total = crate::model::money::total(ps.iter().map(|p| p.amount()));
            Cell::Money(convert(total, self.budget.department.money, look.unit))
        };
        let blank = || Cell::Blank;
        let label = side.total_label.clone().unwrap_or_else(|| "合计".to_owned());
        let mut rows = vec![Row {
            cells: vec![Cell::text(label), blank(), blank(), blank(), blank(), amount(&lines)],
            kind: RowKind::Total,
        }];
        let mut n = 0;
        for category in PurchaseCategory::ALL {
            let of: Vec<&crate::model::Purchase> =
                lines.iter().copied().filter(|p| p.category == Some(*category)).collect();
            if of.is_empty() {
                continue;
            }
            n += 1;
            let head = format!("{}、{} {}", chinese_number(n), category.chinese(), category.letter());
            rows.push(Row {
                cells: vec![Cell::text(head), blank(), blank(), blank(), blank(), amount(&of)],
                kind: RowKind::Class,
            });
            let mut groups: Vec<((String, String), Vec<&crate::model::Purchase>)> = vec![];
            for p in &of {
                let key = (p.special.clone().unwrap_or_default(), p.economic.clone().unwrap_or_default());
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, g)) => g.push(p),
                    None => groups.push((key, vec![p])),
                }
            }
            let mut last_special = None;
            for ((special, economic), group) in &groups {
                let shown = if last_special.as_ref() == Some(special) { blank() } else { Cell::text(special.clone()) };
                last_special = Some(special.clone());
                rows.push(Row {
                    cells: vec![blank(), shown, Cell::text(economic.clone()), blank(), blank(), amount(group)],
                    kind: RowKind::Section,
                });
                let mut last_item: Option<&str> = None;
                for p in group {
                    let item = if last_item == Some(p.item.as_str()) { blank() } else { Cell::text(p.item.clone()) };
                    last_item = Some(p.item.as_str());
                    let form = Cell::text(p.form.clone().unwrap_or_default());
                    rows.push(Row {
                        cells: vec![blank(), blank(), blank(), item, form, amount(&[p])],
                        kind: RowKind::Plain,
                    });
                }
            }
        }
        rows
    }

    fn tree(&self, look: &Look, side: &Side, base: &[&Filter], economic: bool) -> Vec<Row> {
        let by = self.cube.by_code(economic, base);
        if let Some(codes) = &side.codes {
            return self.fixed_codes(look, side, base, economic, codes, &by);
        }
        let mut leaves: BTreeMap<&str, Vec<&Fact<'_>>> = by;
        if !economic {
            leaves.retain(|_, facts| !sum_of(facts.iter().copied(), &[]).is_zero());
        }
        if let Some(only) = &side.only {
            leaves.retain(|code, _| only.iter().any(|o| code.starts_with(o.as_str())));
        }
        if leaves.is_empty() {
            return vec![];
        }
        let mut tree: BTreeMap<String, Vec<&Fact<'_>>> = BTreeMap::new();
        for (code, facts) in &leaves {
            for len in [3, 5, 7] {
                if let Some(prefix) = code.get(..len) {
                    tree.entry(prefix.to_owned()).or_default().extend(facts.iter().copied());
                }
            }
        }
        let all: Vec<&Fact<'_>> = leaves.values().flatten().copied().collect();
        let family = if economic { Family::Economic } else { Family::Function };
        let label = side.total_label.clone().unwrap_or_else(|| "合计".to_owned());
        let code_columns = if !look.split {
            1
        } else if economic {
            2
        } else {
            3
        };
        let mut total_cells = vec![Cell::Blank; code_columns];
        total_cells.push(Cell::text(label));
        total_cells.extend(self.amounts(look, side, &all, base));
        let total = Row { cells: total_cells, kind: RowKind::Total };
        let mut rows = vec![];
        let position = side.total.as_ref().map_or("first", |t| t.get_ref().as_str());
        if position == "first" {
            rows.push(total.clone());
        }
        for (code, facts) in &tree {
            let mut cells = if look.split {
                let part = |r: std::ops::Range<usize>| code.get(r).map_or(Cell::Blank, Cell::text);
                let mut c = vec![part(0..3), part(3..5)];
                if !economic {
                    c.push(part(5..7));
                }
                c
            } else {
                vec![Cell::text(code.clone())]
            };
            cells.push(Cell::text(self.names.get(family, code)));
            cells.extend(self.amounts_of(look, side, facts, base, Some(code)));
            rows.push(Row { cells, kind: tree_kind(code) });
        }
        if position == "last" {
            rows.push(total);
        }
        rows
    }

    /// The rows of a fixed code list (`codes = [...]`), each the sum of the facts under it.
    fn fixed_codes(
        &self,
        look: &Look,
        side: &Side,
        base: &[&Filter],
        economic: bool,
        codes: &[String],
        by: &BTreeMap<&str, Vec<&Fact<'_>>>,
    ) -> Vec<Row> {
        let family = if economic { Family::Economic } else { Family::Function };
        codes
            .iter()
            .map(|code| {
                let facts: Vec<&Fact<'_>> = by
                    .iter()
                    .filter(|(c, _)| c.starts_with(code.as_str()))
                    .flat_map(|(_, f)| f.iter().copied())
                    .collect();
                let mut cells = vec![Cell::text(code.clone()), Cell::text(self.names.get(family, code))];
                cells.extend(self.amounts_of(look, side, &facts, base, Some(code)));
                Row { cells, kind: tree_kind(code) }
            })
            .collect()
    }

    fn classes(&self, look: &Look, side: &Side, base: &[&Filter], all: bool) -> Vec<Row> {
        let by = self.cube.by_code(false, base);
        let mut rows = vec![];
        for (name, code) in &self.template.class_rows {
            let facts: Vec<&Fact<'_>> = code
                .as_ref()
                .map(|c| {
                    by.iter().filter(|(k, _)| k.starts_with(c.as_str())).flat_map(|(_, f)| f.iter().copied()).collect()
                })
                .unwrap_or_default();
            let amounts = self.amounts(look, side, &facts, base);
            if !all && sum_of(facts.iter().copied(), base).is_zero() {
                continue;
            }
            let mut cells = vec![Cell::text(format!("{}、{name}", chinese_number(rows.len() + 1)))];
            cells.extend(amounts);
            rows.push(Row { cells, kind: RowKind::Plain });
        }
        rows
    }

    fn written(&self, look: &Look, row: &RowSpec, base: &[&Filter]) -> Row {
        let mut filters = base.to_vec();
        if let Some(w) = row.filter() {
            filters.extend(self.filters(w.get_ref()));
        }
        let cells = row
            .cells()
            .iter()
            .map(|c| {
                let c = c.get_ref();
                if c.starts_with('=') {
                    self.value(look, c, &filters, |all| self.cube.sum(all))
                } else if c.is_empty() {
                    Cell::Blank
                } else {
                    Cell::text(c.clone())
                }
            })
            .collect();
        let kind = match row.kind().map(|k| k.get_ref().as_str()) {
            Some("total") => RowKind::Total,
            Some("class") => RowKind::Class,
            Some("section") => RowKind::Section,
            _ => RowKind::Plain,
        };
        Row { cells, kind }
    }
}

/// The number of cells a side's rows have.
fn width(side: &Side, look: &Look) -> usize {
    match side.axis.as_ref().map(|a| a.get_ref().as_str()) {
        Some("function") => usize::from(look.split) * 2 + 2 + side.columns.len(),
        Some("economic") => usize::from(look.split) + 2 + side.columns.len(),
        Some("purchases") => 6,
        Some(_) => 1 + side.columns.len(),
        None => side.rows.iter().flatten().map(|r| r.get_ref().cells().len()).max().unwrap_or(0),
    }
}
