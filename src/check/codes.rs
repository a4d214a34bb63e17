//! Classification codes in the source: format, family, level, catalog and name; and the
//! "did you mean" of the closed vocabularies (funds, terms).

use crate::catalog::{same_name, Catalog, Family, Level};
use crate::diag::{Code, Diagnostic, Diagnostics, Message};
use crate::model::ClassCode;
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::Token;

use super::suggest::closest;

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
    let (fam, lvl) = (family.keyword(), level.key());
    if let Some((i, c)) = text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        let at = Span::new(code.span.file, code.span.start as usize + i, code.span.start as usize + i + c.len_utf8());
        diags.push(
            Diagnostic::error(Code::B1005, msg!("catalog-b1005-not-digit", code = text, char = c))
                .primary(at, msg!("catalog-b1005-not-digit-label"))
                .help(msg!("catalog-b1005-not-digit-help", family = fam, level = lvl)),
        );
        return None;
    }
    let other = match family {
        Family::Function => Family::Economic,
        Family::Economic => Family::Function,
    };
    if catalog.get(family, text).is_none() {
        if let Some(e) = catalog.get(other, text) {
            let help = match family {
                Family::Function => msg!("catalog-b1003-help-function"),
                Family::Economic => msg!("catalog-b1003-help-economic"),
            };
            diags.push(
                Diagnostic::error(
                    Code::B1003,
                    msg!("catalog-b1003", code = text, other = other.keyword(), family = fam, level = lvl),
                )
                .primary(
                    code.span,
                    msg!("catalog-b1003-label", other = other.keyword(), code = &e.code, name = &e.name),
                )
                .help(help),
            );
            return None;
        }
    }
    match family.level(text) {
        Some(l) if l == level => {}
        Some(l) => {
            let found = catalog.get(family, text).map_or(String::new(), |e| e.name.clone());
            diags.push(
                Diagnostic::error(
                    Code::B1004,
                    msg!("catalog-b1004", code = text, family = fam, found = l.key(), level = lvl),
                )
                .primary(code.span, msg!("catalog-b1004-label", found = l.key(), name = found))
                .help(msg!(
                    "catalog-b1004-help",
                    level = lvl,
                    digits = level.digits(),
                    found = l.key()
                )),
            );
            return None;
        }
        None => {
            diags.push(
                Diagnostic::error(Code::B1005, msg!("catalog-b1005-length", code = text, digits = text.len()))
                    .primary(
                        code.span,
                        msg!("catalog-b1005-length-label", family = fam, level = lvl, digits = level.digits()),
                    )
                    .help(msg!("catalog-code-lengths")),
            );
            return None;
        }
    }
    let Some(entry) = catalog.get(family, text) else {
        return outside(catalog, family, code, name, diags);
    };
    if let Some(name) = name {
        if !same_name(&name.text, &entry.name) {
            let message = if entry.other_names.iter().any(|n| same_name(n, &name.text)) {
                msg!("catalog-b1002-other-year", name = &name.text, code = text)
            } else {
                msg!("catalog-b1002", name = &name.text, code = text)
            };
            diags.push(
                Diagnostic::error(Code::B1002, message)
                    .primary(name.span, msg!("catalog-b1002-label", known = &entry.name))
                    .secondary(code.span, msg!("catalog-b1002-code-label"))
                    .help(msg!("catalog-b1002-help", known = &entry.name)),
            );
        }
    }
    // A name written as the catalog's up to the width of its characters prints as written
    // (a document that prints 维修（护）费 keeps its full-width brackets).
    let name = name.filter(|n| same_name(&n.text, &entry.name)).map_or_else(|| entry.name.clone(), |n| n.text.clone());
    Some(ClassCode { code: entry.code.clone(), name })
}

/// A well-formed code of the right level that is not in the catalog: accepted with a
/// warning (W1001) when no official list covers its family, its 类 is known, its name is
/// written and is not the name of a neighbouring code; else unknown (B1001).
fn outside(
    catalog: &Catalog,
    family: Family,
    code: &Token,
    name: Option<&Token>,
    diags: &mut Diagnostics,
) -> Option<ClassCode> {
    let text = code.text.as_str();
    let fam = family.keyword();
    if let Some(first) = catalog.provisional(family, text) {
        match name {
            Some(n) if !same_name(&n.text, &first) => diags.push(
                Diagnostic::error(
                    Code::B1002,
                    msg!("catalog-b1002-provisional", name = &n.text, code = text, known = &first),
                )
                .primary(n.span, msg!("catalog-b1002-provisional-label", known = &first))
                .help(msg!("catalog-b1002-provisional-help")),
            ),
            _ => {}
        }
        return Some(ClassCode { code: text.to_owned(), name: first });
    }
    let named = name.map(|n| catalog.named(family, text, &n.text)).unwrap_or_default();
    let official = catalog.is_official(family);
    if let (Some(n), false, true, true) = (name, official, catalog.has_class(family, text), named.is_empty()) {
        catalog.accept_provisional(family, text, &n.text);
        let d = Diagnostic::warning(Code::W1001, msg!("catalog-w1001", family = fam, code = text, name = &n.text))
            .primary(code.span, msg!("catalog-w1001-label"));
        // A 项 of the function classification under a 款 that is not known either: the
        // same warning says so (the tables would show that 款 without a name).
        let kuan =
            text.get(..5).filter(|k| family == Family::Function && text.len() == 7 && catalog.get(family, k).is_none());
        diags.push(match kuan {
            Some(kuan) => d.note(msg!("catalog-w1001-no-kuan", kuan = kuan)).help(msg!(
                "catalog-w1001-help-kuan",
                kuan = kuan,
                code = text,
                name = &n.text
            )),
            None => d.help(msg!("catalog-w1001-help", family = fam, code = text, name = &n.text)),
        });
        return Some(ClassCode { code: text.to_owned(), name: n.text.clone() });
    }
    let label = if official { msg!("catalog-b1001-label-official") } else { msg!("catalog-b1001-label") };
    let mut d =
        Diagnostic::error(Code::B1001, msg!("catalog-b1001", family = fam, code = text)).primary(code.span, label);
    if let (Some(n), false) = (name, named.is_empty()) {
        let codes: Vec<&str> = named.iter().map(|e| e.code.as_str()).collect();
        d = d.note(msg!("catalog-b1001-named", name = &n.text, codes = codes.join("、")));
    }
    let near: Vec<String> = catalog
        .near(family, text)
        .iter()
        .filter(|e| !named.iter().any(|m| m.code == e.code))
        .map(|e| format!("{} {}", e.code, e.name))
        .collect();
    if !near.is_empty() && named.is_empty() {
        d = d.note(msg!("catalog-b1001-similar", codes = near.join("；")));
    }
    let help = if official {
        msg!("catalog-b1001-help-official")
    } else if !named.is_empty() {
        msg!("catalog-b1001-help-slip")
    } else if !catalog.has_class(family, text) {
        msg!("catalog-b1001-help-no-class", class = text.get(..3).unwrap_or(text))
    } else {
        msg!("catalog-b1001-help", family = fam, code = text)
    };
    diags.push(d.help(help));
    None
}

/// The help line of a word outside a closed vocabulary: the one close word, if there is
/// one (`一般公共预算拔款` → 一般公共预算拨款), else every accepted word.
pub(crate) fn did_you_mean<'a>(word: &str, accepted: impl IntoIterator<Item = &'a str> + Clone) -> Message {
    match closest(word, accepted.clone()) {
        Some(c) => msg!("catalog-did-you-mean", word = c),
        None => msg!("catalog-accepted", accepted = accepted.into_iter().collect::<Vec<_>>().join("、")),
    }
}
