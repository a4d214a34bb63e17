//! The first pass: department header, units (机构设置) and declared catalog codes.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::codes::did_you_mean;
use super::Flat;
use crate::catalog::{Catalog, DeclareError, Family, Template};
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::load::DataFile;
use crate::model::{Document, MoneyUnit, OrgUnit, UnitKind};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::{Item, ItemKind, Token};

/// What the first pass learns.
pub(crate) struct Header {
    pub code: String,
    pub name: String,
    pub year: i32,
    pub kind: Document,
    pub money: MoneyUnit,
    pub template: Template,
    pub tolerance: Decimal,
    pub catalog: Catalog,
    pub units: Vec<OrgUnit>,
    pub unit_index: HashMap<String, usize>,
}

/// A header fact that may be stated once, by the message id of its B0003.
fn once<T>(slot: &mut Option<(T, Span)>, value: T, span: Span, twice: Message, diags: &mut Diagnostics) {
    if let Some((_, first)) = slot {
        diags.push(
            Diagnostic::error(Code::B0003, twice)
                .primary(span, msg!("catalog-b0003-again-label"))
                .secondary(*first, msg!("catalog-b0003-first-label"))
                .help(msg!("catalog-b0003-help")),
        );
    } else {
        *slot = Some((value, span));
    }
}

/// A word outside a closed vocabulary of the header (B1008), with the one word it most
/// likely means, else every accepted word.
fn unknown_term(token: &Token, message: Message, accepted: &[&str], diags: &mut Diagnostics) {
    diags.push(
        Diagnostic::error(Code::B1008, message)
            .primary(token.span, msg!("catalog-b1008-label"))
            .help(did_you_mean(&token.text, accepted.iter().copied())),
    );
}

/// Reads the header facts, the units and the `code` declarations.
pub(crate) fn read(lines: &[Flat<'_>], root: Span, data: &HashMap<Span, DataFile>, diags: &mut Diagnostics) -> Header {
    let mut department = None;
    let mut year = None;
    let mut kind: Option<(Document, Span)> = None;
    let mut money = None;
    let mut template = None;
    // A template line that names no usable template: its own error, and no other
    // template's rules (no cascade from the default).
    let template_named = lines.iter().any(|l| matches!(l, Flat::Line(i) if matches!(i.kind, ItemKind::Template(_))));
    let mut tolerance = None;
    let mut official = None;
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
                        Diagnostic::error(Code::B1005, msg!("catalog-b1005-department", code = &code.text))
                            .primary(
                                Span::new(code.span.file, s, s + c.len_utf8()),
                                msg!("catalog-b1005-not-digit-label"),
                            )
                            .help(msg!("catalog-b1005-department-help")),
                    );
                }
                let value = (code.text.clone(), name.text.clone());
                once(&mut department, value, item.span, msg!("catalog-b0003-department"), diags);
            }
            ItemKind::Year { year: a, kind: stated } => {
                if let Some(k) = stated {
                    match Document::parse(&k.text) {
                        Some(d) => kind = Some((d, k.span)),
                        None => {
                            let kinds: Vec<_> = Document::ALL.iter().map(|d| d.chinese()).collect();
                            unknown_term(k, msg!("catalog-b1008-document", word = &k.text), &kinds, diags);
                        }
                    }
                }
                match a.value.and_then(|v| i32::try_from(v.trunc().mantissa()).ok().filter(|_| v.scale() == 0)) {
                    Some(y) if (1990..=2100).contains(&y) => {
                        once(&mut year, y, item.span, msg!("catalog-b0003-year"), diags)
                    }
                    _ if a.value.is_none() => {}
                    _ => diags.push(
                        Diagnostic::error(Code::B1008, msg!("catalog-b1008-year", year = &a.text))
                            .primary(a.span, msg!("catalog-b1008-year-label"))
                            .help(msg!("catalog-b1008-year-help")),
                    ),
                }
            }
            ItemKind::Money(t) => match MoneyUnit::parse(&t.text) {
                Some(m) => once(&mut money, m, item.span, msg!("catalog-b0003-money"), diags),
                None => {
                    let units: Vec<_> = MoneyUnit::ALL.iter().map(|m| m.chinese()).collect();
                    unknown_term(t, msg!("catalog-b1008-money", word = &t.text), &units, diags);
                }
            },
            ItemKind::Template(t) if crate::template::is_file_name(&t.text) => {
                if let Some(tpl) = workspace_template(t, item.span, data, diags) {
                    once(&mut template, tpl, item.span, msg!("catalog-b0003-template"), diags);
                }
            }
            ItemKind::Template(t) => match Template::find(&t.text) {
                Some(tpl) => once(&mut template, tpl, item.span, msg!("catalog-b0003-template"), diags),
                None => {
                    let ids = crate::template::ids();
                    unknown_term(t, msg!("catalog-b1008-template", word = &t.text), &ids, diags);
                }
            },
            ItemKind::Tolerance(a) => {
                if let Some(v) = super::money(a, MoneyUnit::TenThousandYuan, diags) {
                    once(&mut tolerance, v, item.span, msg!("catalog-b0003-tolerance"), diags);
                }
            }
            ItemKind::CatalogFile(t) => {
                once(&mut official, (t.clone(), item.span), item.span, msg!("catalog-b0003-catalog"), diags);
            }
            ItemKind::CodeDecl { family, code, name } => declared.push((family, code, name)),
            ItemKind::Unit { name, attrs } => {
                if let Some(first) = unit_spans.get(&name.text) {
                    diags.push(
                        Diagnostic::error(Code::B1007, msg!("catalog-b1007-unit", unit = &name.text))
                            .primary(item.span, msg!("catalog-b1007-unit-again-label"))
                            .secondary(*first, msg!("catalog-b1007-unit-first-label"))
                            .help(msg!("catalog-b1007-unit-help")),
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
                            None => {
                                let kinds: Vec<_> = UnitKind::ALL.iter().map(|k| k.chinese()).collect();
                                let message = msg!("catalog-b1008-kind", word = &value.text);
                                unknown_term(value, message, &kinds, diags);
                            }
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
                        Diagnostic::error(Code::B0004, msg!("catalog-b0004-no-kind", unit = &name.text))
                            .primary(item.span, msg!("catalog-b0004-no-kind-label"))
                            .help(msg!("catalog-b0004-no-kind-help")),
                    ),
                }
            }
            _ => {}
        }
    }
    let missing = |what: Message, example: &str, diags: &mut Diagnostics| {
        diags.push(
            Diagnostic::error(Code::B0004, what)
                .primary(root, msg!("catalog-b0004-missing-label", example = example))
                .help(msg!("catalog-b0004-missing-help", example = example)),
        );
    };
    // A line written but unreadable (`yera 2024`, `year 2024 x y`) has its B0001: not missing.
    let unreadable: Vec<&str> = lines
        .iter()
        .filter_map(|l| match l {
            Flat::Line(Item { kind: ItemKind::Invalid(meant), .. }) => *meant,
            _ => None,
        })
        .collect();
    let has = |kind: &ItemKind| {
        written.contains(&std::mem::discriminant(kind))
            || unreadable.iter().any(|k| match kind {
                ItemKind::Department { .. } => *k == "department",
                ItemKind::Year { .. } => *k == "year",
                ItemKind::Money(_) => *k == "money",
                ItemKind::Unit { .. } => *k == "unit",
                _ => false,
            })
    };
    let dummy = Token { text: String::new(), span: root };
    if department.is_none() && !has(&ItemKind::Department { code: dummy.clone(), name: dummy.clone() }) {
        missing(msg!("catalog-b0004-no-department"), "department 106 \"部门名称\"", diags);
    }
    let no_amount = crate::syntax::ast::Amount { text: String::new(), value: None, span: root };
    if year.is_none() && !has(&ItemKind::Year { year: no_amount, kind: None }) {
        missing(msg!("catalog-b0004-no-year"), "year 2024", diags);
    }
    if money.is_none() && !has(&ItemKind::Money(dummy.clone())) {
        missing(msg!("catalog-b0004-no-money"), "money 万元", diags);
    }
    if units.is_empty() && !has(&ItemKind::Unit { name: dummy.clone(), attrs: vec![] }) {
        missing(
            msg!("catalog-b0004-no-unit"),
            "unit \"部门名称（本级）\" kind 行政 level \"正处级\" funding 财政拨款",
            diags,
        );
    }
    if let (Some((t, span)), Some((y, _))) = (&template, &year) {
        if !t.covers(*y) {
            let [first, last] = t.spec.years;
            let years = if first == last { first.to_string() } else { format!("{first}—{last}") };
            diags.push(
                Diagnostic::warning(Code::W4001, msg!("template-w4001", template = &t.id, years = years, year = *y))
                    .primary(*span, msg!("template-w4001-label"))
                    .help(msg!("template-w4001-help")),
            );
        }
    }
    if let Some((t, span)) = &template {
        super::accounts::template_kind(t, kind.map_or(Document::Budget, |(k, _)| k), *span, diags);
    } else if let Some((Document::Accounts, span)) = kind {
        if !template_named {
            super::accounts::template_kind(&Template::none(), Document::Accounts, span, diags);
        }
    }
    let year = year.map_or(2024, |(y, _)| y);
    let mut catalog = Catalog::builtin(year);
    if let Some(((file, line), _)) = official {
        super::official::merge(&mut catalog, &file, line, data, diags);
    }
    for (family, code, name) in declared {
        declare(&mut catalog, family, code, name, diags);
    }
    let (code, name) = department.map(|(d, _)| d).unwrap_or_default();
    let unit_index = units.iter().enumerate().map(|(i, (u, _))| (u.name.clone(), i)).collect();
    Header {
        code,
        name,
        year,
        kind: kind.map_or(Document::Budget, |(k, _)| k),
        money: money.map_or(MoneyUnit::TenThousandYuan, |(m, _)| m),
        template: template
            .map(|(t, _)| t)
            .or_else(|| if template_named { None } else { Template::find("hebei-2024") })
            .unwrap_or_else(Template::none),
        tolerance: tolerance.map_or(Decimal::new(0, 2), |(t, _)| t),
        catalog,
        units: units.into_iter().map(|(u, _)| u).collect(),
        unit_index,
    }
}

/// A `code function|economic CODE NAME` line: checked and added to the catalog (B1009).
/// A template file of the workspace, read and checked; its errors point into it.
fn workspace_template(
    t: &Token,
    span: Span,
    data: &HashMap<Span, DataFile>,
    diags: &mut Diagnostics,
) -> Option<Template> {
    let file = data.get(&span)?;
    match (&file.bytes, file.text) {
        (Ok(bytes), Some(id)) => Template::parse(std::str::from_utf8(bytes).ok()?, Some(id), diags),
        _ => {
            diags.push(
                Diagnostic::error(Code::B4001, msg!("template-b4001-unread", file = &t.text))
                    .primary(t.span, msg!("template-b4001-unread-label"))
                    .help(msg!("template-b4001-unread-help")),
            );
            None
        }
    }
}

fn declare(catalog: &mut Catalog, family: &Token, code: &Token, name: &Token, diags: &mut Diagnostics) {
    let fam = if family.text.trim() == "function" { Family::Function } else { Family::Economic };
    let (f, c) = (fam.keyword(), code.text.as_str());
    let d = match catalog.declare(fam, c, &name.text) {
        Ok(()) => return,
        Err(DeclareError::Malformed) => {
            Diagnostic::error(Code::B1009, msg!("catalog-b1009-malformed", code = c, family = f))
                .primary(code.span, msg!("catalog-b1009-malformed-label"))
                .help(msg!("catalog-code-lengths"))
        }
        Err(DeclareError::WrongFamily) => {
            Diagnostic::error(Code::B1009, msg!("catalog-b1009-wrong-family", code = c, family = f))
                .primary(code.span, msg!("catalog-b1009-wrong-family-label"))
                .help(msg!("catalog-b1009-wrong-family-help"))
        }
        Err(DeclareError::Renamed(known)) => {
            Diagnostic::error(Code::B1009, msg!("catalog-b1009-renamed", code = c, known = &known))
                .primary(name.span, msg!("catalog-b1009-renamed-label", known = &known))
                .help(msg!("catalog-b1009-renamed-help", known = &known))
        }
        Err(DeclareError::NoParent(p)) => {
            Diagnostic::error(Code::B1009, msg!("catalog-b1009-no-parent", code = c, parent = &p))
                .primary(code.span, msg!("catalog-b1009-no-parent-label", parent = &p))
                .help(msg!("catalog-b1009-no-parent-help", family = f, parent = &p))
        }
    };
    diags.push(d);
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
