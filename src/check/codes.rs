//! Classification codes in the source: format, family, level, catalog and name.

use crate::catalog::{Catalog, Family, Level};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::ClassCode;
use crate::span::Span;
use crate::syntax::ast::Token;

/// Resolves `code` (with its optional written `name`) as a code of `family` at `level`.
/// Reports every problem and returns None if the code cannot be used.
pub fn resolve(
    catalog: &Catalog,
    family: Family,
    level: Level,
    code: &Token,
    name: Option<&Token>,
    diags: &mut Diagnostics,
) -> Option<ClassCode> {
    let text = code.text.as_str();
    let wanted = format!("{} {}", family.chinese(), level.chinese());
    if let Some((i, c)) = text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        let at = Span::new(code.span.file, code.span.start as usize + i, code.span.start as usize + i + c.len_utf8());
        diags.push(
            Diagnostic::error(Code::B1005, format!("malformed code `{text}`: `{c}` is not a digit"))
                .primary(at, "not a digit")
                .help(format!("a {wanted} code is made of digits only")),
        );
        return None;
    }
    let other = match family {
        Family::Function => Family::Economic,
        Family::Economic => Family::Function,
    };
    if catalog.get(family, text).is_none() {
        if let Some(e) = catalog.get(other, text) {
            diags.push(
                Diagnostic::error(
                    Code::B1003,
                    format!("`{text}` is a {} code, but a {wanted} is expected here", other.chinese()),
                )
                .primary(code.span, format!("{} code {} {}", other.chinese(), e.code, e.name))
                .help(match family {
                    Family::Function => "a `basic` header, a project's `function` line and a `total` of expenditure take a function 项 (7 digits, e.g. 2080101)",
                    Family::Economic => "`人员`/`公用` lines take an economic 款 (5 digits, e.g. 30101)",
                }),
            );
            return None;
        }
    }
    match family.level(text) {
        Some(l) if l == level => {}
        Some(l) => {
            let found = catalog.get(family, text).map_or(String::new(), |e| format!(" {}", e.name));
            diags.push(
                Diagnostic::error(
                    Code::B1004,
                    format!(
                        "`{text}` is a {} {}; amounts attach to a {}",
                        family.chinese(),
                        l.chinese(),
                        level.chinese()
                    ),
                )
                .primary(code.span, format!("{}{found}", l.chinese()))
                .help(format!(
                    "name the {} ({} digits); totals of a {} are computed",
                    level.chinese(),
                    if level == Level::Item { 7 } else { 5 },
                    l.chinese()
                )),
            );
            return None;
        }
        None => {
            diags.push(
                Diagnostic::error(Code::B1005, format!("malformed code `{text}`: {} digits", text.len()))
                    .primary(code.span, format!("a {wanted} has {} digits", if level == Level::Item { 7 } else { 5 }))
                    .help("function codes have 3 (类), 5 (款) or 7 (项) digits; economic codes 3 (类) or 5 (款)"),
            );
            return None;
        }
    }
    let Some(entry) = catalog.get(family, text) else {
        let near: Vec<_> = catalog.near(family, text).iter().map(|e| format!("{} {}", e.code, e.name)).collect();
        let mut d = Diagnostic::error(Code::B1001, format!("unknown {} code `{text}`", family.chinese()))
            .primary(code.span, "not in the catalog of the budget year");
        if !near.is_empty() {
            d = d.note(format!("similar codes: {}", near.join("; ")));
        }
        let family_word = if family == Family::Function { "function" } else { "economic" };
        diags.push(d.help(format!(
            "correct the code, or, if it is missing from the built-in catalog, declare it: `code {family_word} {text} <official name>`"
        )));
        return None;
    };
    if let Some(name) = name {
        if name.text != entry.name {
            let other = if entry.other_names.contains(&name.text) { " (a name used in another year)" } else { "" };
            diags.push(
                Diagnostic::error(Code::B1002, format!("`{}` is not the name of {text}{other}", name.text))
                    .primary(name.span, format!("the catalog names it {}", entry.name))
                    .secondary(code.span, "this code")
                    .help(format!("write `{}` or leave the name out", entry.name)),
            );
        }
    }
    Some(ClassCode { code: entry.code.clone(), name: entry.name.clone() })
}
