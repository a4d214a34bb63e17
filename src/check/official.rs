//! The `catalog "…"` line: the official year's code list merged into the catalog, or why
//! it could not be (B1012); where it disagrees with the built-in names (W1002, once).

use std::collections::HashMap;

use crate::catalog::official::{parse, Format, Malformed};
use crate::catalog::Catalog;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::load::{DataFile, DataRefusal, MAX_FILE_BYTES};
use crate::msg;
use crate::span::Span;
use crate::syntax::ast::Token;

/// The most differences listed one by one under W1002.
const LISTED: usize = 5;

/// Merges the list named by `file` on the line `line` (read by the loader into `data`).
pub(crate) fn merge(
    catalog: &mut Catalog,
    file: &Token,
    line: Span,
    data: &HashMap<Span, DataFile>,
    diags: &mut Diagnostics,
) {
    let path = file.text.as_str();
    let refused = |reason, help| {
        Diagnostic::error(Code::B1012, msg!("catalog-b1012", path = path, reason = reason))
            .primary(file.span, msg!("catalog-b1012-label"))
            .note(msg!("catalog-b1012-note"))
            .help(help)
    };
    let bytes = match data.get(&line).map(|d| &d.bytes) {
        Some(Ok(bytes)) => bytes,
        Some(Err(refusal)) => {
            let (reason, help) = match refusal {
                DataRefusal::Outside => (msg!("catalog-b1012-outside"), msg!("catalog-b1012-outside-help")),
                DataRefusal::NotRegular => (msg!("catalog-b1012-not-regular"), msg!("catalog-b1012-path-help")),
                DataRefusal::TooLarge => (
                    msg!("catalog-b1012-too-large", limit = MAX_FILE_BYTES / (1024 * 1024)),
                    msg!("catalog-b1012-path-help"),
                ),
                DataRefusal::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    (msg!("catalog-b1012-not-found"), msg!("catalog-b1012-path-help"))
                }
                DataRefusal::Io(e) => {
                    (msg!("catalog-b1012-unreadable", error = e.to_string()), msg!("catalog-b1012-path-help"))
                }
            };
            diags.push(refused(reason, help));
            return;
        }
        None => {
            diags.push(refused(msg!("catalog-b1012-not-read"), msg!("catalog-b1012-path-help")));
            return;
        }
    };
    let rows = match parse(Format::of(path), bytes) {
        Ok(rows) => rows,
        Err(malformed) => {
            let (reason, help) = match malformed {
                Malformed::NotUtf8(l) => {
                    (msg!("catalog-b1012-not-utf8", line = l), msg!("catalog-b1012-not-utf8-help"))
                }
                Malformed::Csv(l) => (msg!("catalog-b1012-csv", line = l), msg!("catalog-b1012-columns-help")),
                Malformed::Xlsx => (msg!("catalog-b1012-xlsx"), msg!("catalog-b1012-xlsx-help")),
                Malformed::NoColumns => (msg!("catalog-b1012-no-columns"), msg!("catalog-b1012-columns-help")),
            };
            diags.push(refused(reason, help));
            return;
        }
    };
    let conflicts = catalog.merge_official(&rows);
    if conflicts.is_empty() {
        return;
    }
    let mut d = Diagnostic::warning(Code::W1002, msg!("catalog-w1002", path = path, count = conflicts.len()))
        .primary(file.span, msg!("catalog-w1002-label"));
    for c in conflicts.iter().take(LISTED) {
        d = d.note(msg!("catalog-w1002-note", code = &c.code, official = &c.official, builtin = &c.builtin));
    }
    if conflicts.len() > LISTED {
        d = d.note(msg!("catalog-w1002-more", count = conflicts.len() - LISTED));
    }
    diags.push(d.help(msg!("catalog-w1002-help")));
}
