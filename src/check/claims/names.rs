//! W3010: a classification name written next to its code or level marker
//! (`医疗卫生与计划生育支出（210类）`, `法院（款）一般行政事务管理（项）`) that is not the
//! name the catalog gives it in the budget year. Without a code, the 款 and 项 are read
//! under the 类 and 款 named before them; a name is flagged there only when one of the
//! level's names is evidently meant (the same characters, or a slip).

use crate::catalog::{normalise_width, Catalog, Family};
use crate::check::prose::Written;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::Budget;
use crate::msg;

/// A level marker and the name before it.
struct Marker {
    name: (usize, usize),
    code: Option<String>,
    /// 0 类, 1 款, 2 项.
    level: usize,
}

const LEVELS: [char; 3] = ['类', '款', '项'];

/// The markers `（204类）`, `（06款）`, `（项）` (full- or half-width brackets) of a text.
fn markers(text: &str) -> Vec<Marker> {
    let mut out = vec![];
    for (open, c) in text.char_indices().filter(|(_, c)| matches!(c, '（' | '(')) {
        let inner = &text[open + c.len_utf8()..];
        let digits: String = inner.chars().take_while(|d| d.is_ascii_digit()).collect();
        let mut rest = inner[digits.len()..].chars();
        let (Some(level), Some(close)) = (rest.next(), rest.next()) else { continue };
        let Some(level) = LEVELS.iter().position(|l| *l == level) else { continue };
        if !matches!(close, '）' | ')') {
            continue;
        }
        let head = &text[..open];
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_ascii_digit() || c.is_whitespace() || "，。、；：！？）)”“（(．.:;,".contains(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        out.push(Marker { name: (start, open), code: (!digits.is_empty()).then_some(digits), level });
    }
    out
}

/// Whether `written` is the name or a short form of it (`公共安全` for 公共安全支出).
fn accepts(written: &str, name: &str) -> bool {
    let (w, n) = (normalise_width(written).replace(' ', ""), normalise_width(name).replace(' ', ""));
    w == n || (w.chars().count() >= 2 && n.starts_with(&w))
}

/// Whether `written` evidently means `name`: the same characters in another order, or one
/// slip in four characters.
fn meant(written: &str, name: &str) -> bool {
    let (w, n) = (normalise_width(written), normalise_width(name));
    let sorted = |s: &str| {
        let mut c: Vec<char> = s.chars().collect();
        c.sort_unstable();
        c
    };
    sorted(&w) == sorted(&n) || strsim::levenshtein(&w, &n) <= (n.chars().count() / 4).max(1)
}

pub(super) fn check(budget: &Budget, slot: &[Written], diags: &mut Diagnostics) {
    let year = budget.department.year;
    let catalog = Catalog::builtin(year);
    let own = |code: &str| budget.function_name(code).map(str::to_owned);
    // The 类 and 款 named last.
    let mut context: [String; 2] = [String::new(), String::new()];
    for w in slot {
        for m in markers(&w.text) {
            // `其中卫生健康支出（210类）`: the name after the word that introduces it.
            let lead = ["其中", "包括", "主要为", "主要是", "用于"]
                .iter()
                .find(|l| w.text[m.name.0..m.name.1].starts_with(*l))
                .map_or(0, |l| l.len());
            let name = (m.name.0 + lead, m.name.1);
            let written = &w.text[name.0..name.1];
            if written.is_empty() {
                continue;
            }
            let parent = match m.level {
                0 => String::new(),
                l => context.get(l - 1).cloned().unwrap_or_default(),
            };
            let code = match &m.code {
                Some(c) if c.len() == 3 + 2 * m.level => Some(c.clone()),
                Some(c) if c.len() == 2 && !parent.is_empty() => Some(format!("{parent}{c}")),
                Some(_) => None,
                None if m.level > 0 && parent.is_empty() => None,
                None => {
                    let children = catalog.children(Family::Function, &parent);
                    let fits = children.iter().find(|e| accepts(written, &e.name));
                    match fits.or_else(|| children.iter().find(|e| meant(written, &e.name))) {
                        Some(e) => Some(e.code.clone()),
                        None => {
                            // Unknown here: what follows is read without a parent.
                            for c in context.iter_mut().skip(m.level) {
                                c.clear();
                            }
                            continue;
                        }
                    }
                }
            };
            let Some(code) = code else { continue };
            if let Some(c) = context.get_mut(m.level) {
                c.clone_from(&code);
            }
            for c in context.iter_mut().skip(m.level + 1) {
                c.clear();
            }
            let Some(entry) = catalog.get(Family::Function, &code) else { continue };
            if accepts(written, &entry.name) || own(&code).is_some_and(|n| accepts(written, &n)) {
                continue;
            }
            let Some(span) = w.span(name.0, name.1) else { continue };
            let level = ["类", "款", "项"].get(m.level).copied().unwrap_or_default();
            let d = Diagnostic::warning(
                Code::W3010,
                msg!("facts-w3010", written = written, code = &code, level = level, year = year, name = &entry.name),
            )
            .primary(span, msg!("facts-w3010-label", year = year, name = &entry.name));
            let d = if entry.other_names.iter().any(|n| accepts(written, n)) {
                d.note(msg!("facts-w3010-other-year", written = written))
            } else {
                d
            };
            diags.push(d.help(msg!("facts-w3010-help", year = year)));
        }
    }
}
