//! Renderers of diagnostics: human (codespan-reporting), short (one line each), JSON and
//! GitHub annotations. Text from the sources reaches a terminal with its control and
//! bidi characters written visibly (`\u{1b}`), source snippets included.

use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, Config};
use serde::Serialize;

use super::{Diagnostic, Severity};
use crate::msg;
use crate::render::escape::{visible, visible_source, OffsetMap};
use crate::source::SourceMap;

/// How many diagnostics of one file are printed before "… and N more".
pub const PER_FILE_CAP: usize = 50;

/// The sources as a terminal may show them: hidden characters of paths and texts
/// written visibly, with the offset map of each changed text.
struct Shown<'a> {
    original: &'a SourceMap,
    escaped: Option<SourceMap>,
    offsets: Vec<Option<OffsetMap>>,
}

impl Shown<'_> {
    fn of(map: &SourceMap) -> Shown<'_> {
        let files = || (0..).map_while(|id| map.get(id));
        let clean = files().all(|f| visible(&f.path.to_string_lossy()).len() == f.path.as_os_str().len())
            && files().all(|f| !f.text.chars().any(crate::render::escape::is_hidden));
        if clean {
            return Shown { original: map, escaped: None, offsets: vec![] };
        }
        let mut shown = SourceMap::new();
        let mut offsets = vec![];
        for f in files() {
            let path = visible(&f.path.display().to_string()).into_owned();
            match visible_source(&f.text) {
                Some((text, o)) => {
                    let _ = shown.add(path, text);
                    offsets.push(Some(o));
                }
                None => {
                    let _ = shown.add(path, f.text.clone());
                    offsets.push(None);
                }
            }
        }
        Shown { original: map, escaped: Some(shown), offsets }
    }

    fn map(&self) -> &SourceMap {
        self.escaped.as_ref().unwrap_or(self.original)
    }

    fn range(&self, file: usize, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        match self.offsets.get(file) {
            Some(Some(o)) => o.map(r.start)..o.map(r.end),
            _ => r,
        }
    }
}

fn to_codespan(d: &Diagnostic, shown: &Shown<'_>) -> cs::Diagnostic<usize> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let labels = d
        .labels
        .iter()
        .map(|l| {
            let style = if l.primary { cs::LabelStyle::Primary } else { cs::LabelStyle::Secondary };
            cs::Label::new(style, l.span.file, shown.range(l.span.file, l.span.range()))
                .with_message(visible(&l.message.to_string()))
        })
        .collect();
    let mut notes: Vec<String> = d.notes.iter().map(|n| visible(&n.to_string()).into_owned()).collect();
    if let Some(help) = &d.help {
        notes.push(msg!("diag-help", help = visible(&help.to_string())).to_string());
    }
    cs::Diagnostic::new(severity)
        .with_code(d.code.as_str())
        .with_message(visible(&d.message.to_string()))
        .with_labels(labels)
        .with_notes(notes)
}

/// Applies the per-file cap and returns the kept diagnostics plus a count of the rest.
fn capped(diags: &[Diagnostic]) -> (Vec<&Diagnostic>, usize) {
    let mut per_file = std::collections::HashMap::new();
    let mut kept = vec![];
    let mut dropped = 0;
    for d in diags {
        let file = d.location().map(|s| s.file);
        let n = per_file.entry(file).or_insert(0usize);
        *n += 1;
        if *n > PER_FILE_CAP {
            dropped += 1;
        } else {
            kept.push(d);
        }
    }
    (kept, dropped)
}

/// codespan-reporting writes the severity in English (`error[B2104]: …`): the first
/// occurrence, in the header, is replaced by the word of the reader's language.
fn severity_in_language(text: &str, severity: Severity) -> String {
    let (english, word) = match severity {
        Severity::Error => ("error[", msg!("severity-error")),
        Severity::Warning => ("warning[", msg!("severity-warning")),
    };
    text.replacen(english, &format!("{word}["), 1)
}

/// Human output, as rustc prints it; `color` adds ANSI colours.
pub fn human(map: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    let config = Config::default();
    let (kept, dropped) = capped(diags);
    let shown = Shown::of(map);
    let map = shown.map();
    let mut out = String::new();
    for d in kept {
        let cs = to_codespan(d, &shown);
        let text = if color {
            let mut buf = Vec::new();
            let styles = term::Styles::default();
            let mut writer = term::StylesWriter::new(term::termcolor::Ansi::new(&mut buf), &styles);
            term::emit_to_write_style(&mut writer, &config, map, &cs)
                .is_ok()
                .then(|| String::from_utf8_lossy(&buf).into_owned())
        } else {
            term::emit_into_string(&config, map, &cs).ok()
        };
        if let Some(text) = text {
            out.push_str(&severity_in_language(&text, d.severity));
        }
    }
    if dropped > 0 {
        out.push_str(&format!("{}\n", msg!("diag-more", count = dropped)));
    }
    out
}

/// One line per diagnostic: `file:line:col: severity[CODE]: message`.
pub fn short(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let sev = match d.severity {
            Severity::Error => msg!("severity-error"),
            Severity::Warning => msg!("severity-warning"),
        };
        match JsonLocation::of(map, d) {
            Some(loc) => out.push_str(&format!("{}:{}:{}: ", visible(&loc.file), loc.line, loc.column)),
            None => out.push_str("budgetc: "),
        }
        out.push_str(&format!("{sev}[{}]: {}\n", d.code, visible(&d.message.to_string())));
    }
    out
}

#[derive(Serialize)]
struct JsonLocation {
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

impl JsonLocation {
    fn of(map: &SourceMap, d: &Diagnostic) -> Option<JsonLocation> {
        let span = d.location()?;
        let file = map.get(span.file)?.path.display().to_string();
        let (line, column) = map.line_col(span.file, span.start as usize);
        let (end_line, end_column) = map.line_col(span.file, span.end as usize);
        Some(JsonLocation { file, line, column, end_line, end_column })
    }
}

#[derive(Serialize)]
struct JsonLabel {
    #[serde(flatten)]
    location: Option<JsonLocation>,
    message: String,
    primary: bool,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    severity: Severity,
    message: String,
    location: Option<JsonLocation>,
    labels: Vec<JsonLabel>,
    notes: Vec<String>,
    help: Option<String>,
}

#[derive(Serialize)]
struct JsonReport {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic>,
}

/// The JSON report: `{errors, warnings, diagnostics: [{code, severity, message,
/// location: {file, line, column, end_line, end_column}, labels, notes, help}]}`.
pub fn json(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let diagnostics = diags
        .iter()
        .map(|d| JsonDiagnostic {
            code: d.code.as_str(),
            severity: d.severity,
            message: d.message.to_string(),
            location: JsonLocation::of(map, d),
            labels: d
                .labels
                .iter()
                .map(|l| JsonLabel {
                    location: JsonLocation::of(map, &Diagnostic { labels: vec![l.clone()], ..d.clone() }),
                    message: l.message.to_string(),
                    primary: l.primary,
                })
                .collect(),
            notes: d.notes.iter().map(ToString::to_string).collect(),
            help: d.help.as_ref().map(ToString::to_string),
        })
        .collect();
    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
    let report = JsonReport { errors, warnings: diags.len() - errors, diagnostics };
    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
}

/// A workflow command's data: `%`, CR and LF encoded, other hidden characters visible.
fn escape_data(s: &str) -> String {
    visible(&s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")).into_owned()
}

/// A workflow command's property value: as data, plus `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Workflow annotations (GitHub Actions and compatible runners), one per line:
/// `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`.
pub fn github(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.to_string();
        if let Some(help) = &d.help {
            message.push_str(&format!("\n{}", msg!("diag-help", help = help)));
        }
        let location = JsonLocation::of(map, d).map_or(String::new(), |l| {
            format!(
                "file={},line={},col={},endLine={},endColumn={},",
                escape_property(&l.file),
                l.line,
                l.column,
                l.end_line,
                l.end_column
            )
        });
        out.push_str(&format!(
            "::{level} {location}title={}::{}\n",
            escape_property(d.code.as_str()),
            escape_data(&message)
        ));
    }
    out
}
