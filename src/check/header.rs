//! The first pass: department header, units (机构设置) and declared catalog codes.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{stated_twice, unknown, Flat};
use crate::catalog::{Catalog, DeclareError, Family, Template};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::{MoneyUnit, OrgUnit, UnitKind};
use crate::span::Span;
use crate::syntax::ast::{ItemKind, Token};

/// What the first pass learns.
pub(crate) struct Header {
    pub code: String,
    pub name: String,
    pub year: i32,
    pub money: MoneyUnit,
    pub template: Template,
    pub tolerance: Decimal,
    pub catalog: Catalog,
    pub units: Vec<OrgUnit>,
    pub unit_index: HashMap<String, usize>,
}

fn once<T>(slot: &mut Option<(T, Span)>, value: T, span: Span, what: &str, diags: &mut Diagnostics) {
    if let Some((_, first)) = slot {
        stated_twice(span, Some(*first), &format!("the {what}"), diags);
    } else {
        *slot = Some((value, span));
    }
}

/// Reads the header facts, the units and the `code` declarations.
pub(crate) fn read(lines: &[Flat<'_>], root: Span, diags: &mut Diagnostics) -> Header {
    let mut department = None;
    let mut year = None;
    let mut money = None;
    let mut template = None;
    let mut tolerance = None;
    let mut declared = vec![];
    let mut units: Vec<(OrgUnit, Span)> = vec![];
    // The span of each unit in `units`, by name.
    let mut unit_spans: HashMap<String, Span> = HashMap::new();
    let mut written = std::collections::HashSet::new();
    for line in lines {
        let Flat::Line(item) = line else { continue };
        let _ = written.insert(std::mem::discriminant(&item.kind));
        match &item.kind {
            ItemKind::Department { code, name } => {
                if let Some((i, c)) = code.text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
                    let s = code.span.start as usize + i;
                    diags.push(
                        Diagnostic::error(Code::B1005, format!("malformed 单位编码 `{}`", code.text))
                            .primary(Span::new(code.span.file, s, s + c.len_utf8()), "not a digit")
                            .help("a 单位编码 is made of digits, e.g. 106"),
                    );
                }
                once(&mut department, (code.text.clone(), name.text.clone()), item.span, "department", diags);
            }
            ItemKind::Year(a) => {
                match a.value.and_then(|v| i32::try_from(v.trunc().mantissa()).ok().filter(|_| v.scale() == 0)) {
                    Some(y) if (1990..=2100).contains(&y) => once(&mut year, y, item.span, "year", diags),
                    _ if a.value.is_none() => {}
                    _ => diags.push(
                        Diagnostic::error(Code::B1008, format!("`{}` is not a budget year", a.text))
                            .primary(a.span, "not a year")
                            .help("write the year in four digits, e.g. `year 2024`"),
                    ),
                }
            }
            ItemKind::Money(t) => match MoneyUnit::parse(&t.text) {
                Some(m) => once(&mut money, m, item.span, "money unit", diags),
                None => unknown(t, "money unit", &MoneyUnit::accepted(), diags),
            },
            ItemKind::Template(t) => match Template::find(&t.text) {
                Some(tpl) => once(&mut template, tpl, item.span, "template", diags),
                None => {
                    let ids: Vec<_> = crate::catalog::TEMPLATES.iter().map(|(id, _)| *id).collect();
                    unknown(t, "template", &ids.join(", "), diags);
                }
            },
            ItemKind::Tolerance(a) => {
                if let Some(v) = super::money(a, MoneyUnit::TenThousandYuan, diags) {
                    once(&mut tolerance, v, item.span, "tolerance", diags);
                }
            }
            ItemKind::CodeDecl { family, code, name } => declared.push((family, code, name)),
            ItemKind::Unit { name, attrs } => {
                if let Some(first) = unit_spans.get(&name.text) {
                    diags.push(
                        Diagnostic::error(Code::B1007, format!("the unit `{}` is declared twice", name.text))
                            .primary(item.span, "declared again here")
                            .secondary(*first, "first declared here")
                            .help("declare each unit once"),
                    );
                    continue;
                }
                let mut kind = None;
                let mut level = String::new();
                let mut funding = String::new();
                for (key, value) in attrs {
                    match key.text.as_str() {
                        "kind" => match UnitKind::parse(&value.text) {
                            Some(k) => kind = Some(k),
                            None => unknown(value, "unit kind", &UnitKind::accepted(), diags),
                        },
                        "level" => level = value.text.clone(),
                        _ => funding = value.text.clone(),
                    }
                }
                match kind {
                    Some(kind) => {
                        let _ = unit_spans.insert(name.text.clone(), item.span);
                        units.push((OrgUnit { name: name.text.clone(), kind, level, funding }, item.span));
                    }
                    None if attrs.iter().any(|(k, _)| k.text == "kind") => {}
                    None => diags.push(
                        Diagnostic::error(Code::B0004, format!("the unit `{}` has no kind", name.text))
                            .primary(item.span, "no `kind`")
                            .help("add `kind 行政`, `kind 参公事业` or `kind 事业`: 机关运行经费 depends on it"),
                    ),
                }
            }
            _ => {}
        }
    }
    let missing = |what: &str, example: &str, diags: &mut Diagnostics| {
        diags.push(
            Diagnostic::error(Code::B0004, format!("the budget has no {what}"))
                .primary(root, format!("no `{example}` line in this file or its includes"))
                .help(format!("add a line such as `{example}`")),
        );
    };
    let has = |kind: &ItemKind| written.contains(&std::mem::discriminant(kind));
    let dummy = Token { text: String::new(), span: root };
    if department.is_none() && !has(&ItemKind::Department { code: dummy.clone(), name: dummy.clone() }) {
        missing("department", "department 106 \"部门名称\"", diags);
    }
    let no_amount = crate::syntax::ast::Amount { text: String::new(), value: None, span: root };
    if year.is_none() && !has(&ItemKind::Year(no_amount)) {
        missing("budget year", "year 2024", diags);
    }
    if money.is_none() && !has(&ItemKind::Money(dummy.clone())) {
        missing("money unit", "money 万元", diags);
    }
    if units.is_empty() && !has(&ItemKind::Unit { name: dummy.clone(), attrs: vec![] }) {
        missing("unit (机构设置)", "unit \"部门名称（本级）\" kind 行政 level \"正处级\" funding 财政拨款", diags);
    }
    let year = year.map_or(2024, |(y, _)| y);
    let mut catalog = Catalog::builtin(year);
    for (family, code, name) in declared {
        let fam = if family.text.trim() == "function" { Family::Function } else { Family::Economic };
        match catalog.declare(fam, &code.text, &name.text) {
            Ok(()) => {}
            Err(DeclareError::Malformed) => diags.push(
                Diagnostic::error(Code::B1009, format!("`{}` is not a {} code", code.text, fam.chinese()))
                    .primary(code.span, "wrong length or not digits")
                    .help("function codes have 3, 5 or 7 digits; economic codes 3 or 5"),
            ),
            Err(DeclareError::Renamed(known)) => diags.push(
                Diagnostic::error(Code::B1009, format!("`{}` is already in the catalog as {known}", code.text))
                    .primary(name.span, format!("the catalog names it {known}"))
                    .help(format!("remove the declaration, or write `{known}`")),
            ),
            Err(DeclareError::NoParent(p)) => diags.push(
                Diagnostic::error(Code::B1009, format!("the parent `{p}` of `{}` is not in the catalog", code.text))
                    .primary(code.span, format!("{p} is unknown"))
                    .help(format!("declare {p} first: `code {} {p} <official name>`", family.text.trim())),
            ),
        }
    }
    let (code, name) = department.map(|(d, _)| d).unwrap_or_default();
    let unit_index = units.iter().enumerate().map(|(i, (u, _))| (u.name.clone(), i)).collect();
    Header {
        code,
        name,
        year,
        money: money.map_or(MoneyUnit::TenThousandYuan, |(m, _)| m),
        template: template
            .map(|(t, _)| t)
            .or_else(|| Template::find("hebei-2024"))
            .unwrap_or(Template { id: String::new(), class_rows: vec![] }),
        tolerance: tolerance.map_or(Decimal::new(0, 2), |(t, _)| t),
        catalog,
        units: units.into_iter().map(|(u, _)| u).collect(),
        unit_index,
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Code, Diagnostics};

    #[test]
    fn a_unit_declared_again_points_at_its_first_declaration() {
        // `b` without a kind is not declared, so its second line is its first declaration.
        let text = "unit \"a\" kind 行政\nunit \"b\"\nunit \"a\" kind 事业\nunit \"b\" kind 行政\nunit \"b\" kind 行政\nunit \"a\" kind 行政\n";
        let mut diags = Diagnostics::new();
        let sources = crate::load_str("t.budget", text, &mut diags);
        let budget = crate::check::check_partial(&sources, &mut diags);
        assert_eq!(budget.units.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        let line = |offset: u32| text.get(..offset as usize).map(|t| t.matches('\n').count() + 1);
        let twice: Vec<_> = diags
            .as_slice()
            .iter()
            .filter(|d| d.code == Code::B1007)
            .map(|d| d.labels.iter().map(|l| line(l.span.start)).collect::<Vec<_>>())
            .collect();
        assert_eq!(twice, [[Some(3), Some(1)], [Some(5), Some(4)], [Some(6), Some(1)]]);
    }
}
