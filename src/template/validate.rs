//! Reads a template file and checks what serde cannot: every measure a column, cell or
//! filter names exists; every part has rows; values are among the accepted ones. Each
//! error points into the template file.

use std::collections::BTreeMap;

use toml::Spanned;

use super::spec::{Side, Spec, Style};
use super::Template;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::model::cube::Filter;
use crate::model::MoneyUnit;
use crate::msg;
use crate::span::{FileId, Span};

/// The row axes a part may name.
pub const AXES: &[&str] = &["function", "economic", "classes", "nonempty-classes", "purchases"];
/// How a zero may print.
pub const ZEROS: &[&str] = &["blank", "0", "0.00"];
/// Code layouts.
pub const LAYOUTS: &[&str] = &["one", "split"];
/// How a written-out row prints.
pub const ROW_KINDS: &[&str] = &["total", "class", "section", "plain"];
/// Positions of a total row.
pub const TOTALS: &[&str] = &["first", "last", "none"];

struct Checker<'a> {
    file: Option<FileId>,
    measures: &'a BTreeMap<String, Filter>,
    diags: &'a mut Diagnostics,
    errors: usize,
}

impl Checker<'_> {
    fn error(&mut self, d: Diagnostic, span: std::ops::Range<usize>, label: crate::diag::Message) {
        self.errors += 1;
        let d = match self.file {
            Some(f) => d.primary(Span::new(f, span.start, span.end), label),
            None => d,
        };
        self.diags.push(d);
    }

    /// `=a b` or `a b`: each name must be a measure.
    fn measures_of(&mut self, text: &Spanned<String>) {
        let names = text.get_ref().trim_start_matches('=');
        let plan = super::PLAN_WORDS;
        for name in names.split_whitespace().filter(|n| *n != "+" && !plan.contains(n)) {
            if !self.measures.contains_key(name) {
                let known: Vec<&str> = self.measures.keys().map(String::as_str).collect();
                let mut d = Diagnostic::error(Code::B4002, msg!("template-b4002", name = name));
                if let Some(best) = crate::check::suggest::closest(name, known.iter().copied()) {
                    d = d.help(msg!("template-b4002-help", best = best));
                }
                self.error(d, text.span(), msg!("template-b4002-label"));
            }
        }
    }

    fn one_of(&mut self, value: &Option<Spanned<String>>, accepted: &[&str]) {
        if let Some(v) = value {
            if !accepted.contains(&v.get_ref().as_str()) {
                let d = Diagnostic::error(Code::B4003, msg!("template-b4003", value = v.get_ref().as_str()))
                    .help(msg!("template-b4003-help", accepted = accepted.join("、")));
                self.error(d, v.span(), msg!("template-b4003-label"));
            }
        }
    }

    fn style(&mut self, s: &Style) {
        if let Some(u) = &s.unit {
            if MoneyUnit::parse(u.get_ref()).is_none() {
                let units: Vec<&str> = MoneyUnit::ALL.iter().map(|m| m.chinese()).collect();
                self.one_of(&s.unit, &units);
            }
        }
        self.one_of(&s.zero, ZEROS);
        self.one_of(&s.codes, LAYOUTS);
    }

    fn side(&mut self, side: &Spanned<Side>, nested: bool) {
        let s = side.get_ref();
        self.one_of(&s.axis, AXES);
        self.one_of(&s.total, TOTALS);
        self.one_of(&s.zero, ZEROS);
        if let Some(w) = &s.filter {
            self.measures_of(w);
        }
        for c in &s.columns {
            // `经营支出?`: blank when no fact matches (see `templates/README.md`).
            match c.get_ref().strip_suffix('?') {
                Some(m) => self.measures_of(&Spanned::new(c.span(), m.to_owned())),
                None => self.measures_of(c),
            }
        }
        for r in s.rows.iter().flatten() {
            if let Some(w) = r.get_ref().filter() {
                self.measures_of(w);
            }
            self.one_of(&r.get_ref().kind().cloned(), ROW_KINDS);
            for c in r.get_ref().cells().iter().filter(|c| c.get_ref().starts_with('=')) {
                self.measures_of(c);
            }
        }
        let sides = !s.sides().is_empty();
        let rows = s.axis.is_some() || s.rows.is_some();
        // Exactly one of: two sides (not inside a side), a row axis with columns, rows.
        let shape_ok = if sides { !nested && !rows } else { rows };
        let needs_columns = s.axis.as_ref().is_some_and(|a| a.get_ref() != "purchases");
        if !shape_ok || (needs_columns && s.columns.is_empty()) {
            let d = Diagnostic::error(Code::B4004, msg!("template-b4004")).help(msg!("template-b4004-help"));
            self.error(d, side.span(), msg!("template-b4004-label"));
        }
        for inner in s.sides() {
            self.side(inner, true);
        }
    }
}

/// The TOML reader's words in the reader's language where their form is known: an
/// unknown key, a missing key, a wrong type; the reader's own words otherwise.
fn reason(message: &str) -> crate::diag::Message {
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_owned();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let accepted: Vec<&str> = rest.split('`').skip(3).step_by(2).collect();
        msg!("template-b4001-unknown-key", key = quoted(rest), accepted = accepted.join("、"))
    } else if let Some(rest) = message.strip_prefix("missing field ") {
        msg!("template-b4001-missing-key", key = quoted(rest))
    } else if message.starts_with("invalid type") {
        msg!("template-b4001-type", reason = message.to_owned())
    } else {
        msg!("template-b4001", reason = message.to_owned())
    }
}

/// The placeholders of a narrative text that are not measures.
pub const PLACEHOLDERS: &[&str] = &[
    "年度",
    "上年度",
    "部门名称",
    "项目列表",
    "序号",
    "编码",
    "类",
    "款",
    "项",
    "类名",
    "款名",
    "项名",
    "上年数",
    "比上年",
    "原因",
    "用途",
    "平均得分",
    "截至日期",
];

/// The placeholders that take a key after a colon: `{上年数:支出总计}`, `{比上年:财政拨款}`,
/// `{原因:基本支出}` (last year's figure, its change, the reason given), `{用途}` (what a
/// function 项's money is used for: `purpose 2040601 "…"`).
pub const KEYED: &[&str] = &["上年数", "比上年", "原因", "用途"];

/// The placeholders `{…}` of a narrative text.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(name, _)| name))
}

/// Parses and checks a template file.
pub(super) fn read(
    text: &str,
    file: Option<FileId>,
    mut measures: BTreeMap<String, Filter>,
    diags: &mut Diagnostics,
) -> Option<Template> {
    let spec: Spec = match toml::from_str(text) {
        Ok(s) => s,
        Err(e) => {
            let d = Diagnostic::error(Code::B4001, reason(e.message()));
            let d = match (file, e.span()) {
                (Some(f), Some(r)) => d.primary(Span::new(f, r.start, r.end), msg!("template-b4001-label")),
                _ => d,
            };
            diags.push(d);
            return None;
        }
    };
    measures.extend(spec.measure.iter().map(|(k, v)| (k.clone(), v.clone())));
    let mut c = Checker { file, measures: &measures, diags, errors: 0 };
    let money = MoneyUnit::parse(&spec.money);
    if money.is_none() {
        let d = Diagnostic::error(Code::B4003, msg!("template-b4003", value = spec.money.as_str()));
        c.errors += 1;
        c.diags.push(d);
    }
    c.style(&spec.defaults);
    for spanned in &spec.table {
        let t = spanned.get_ref();
        c.style(&t.style());
        for p in &t.part {
            c.side(p, false);
        }
        if t.part.is_empty() {
            let d = Diagnostic::error(Code::B4004, msg!("template-b4004")).help(msg!("template-b4004-help"));
            c.error(d, spanned.span(), msg!("template-b4004-label"));
        }
    }
    if let Some(m) = &spec.narrative_money {
        if MoneyUnit::parse(m).is_none() {
            c.errors += 1;
            c.diags.push(Diagnostic::error(Code::B4003, msg!("template-b4003", value = m.as_str())));
        }
    }
    c.one_of(&spec.section_numbering, &["一、", "第一部分"]);
    c.one_of(&spec.percent, &["0.00", "trim"]);
    c.one_of(&spec.narrative_zero, &["0.00", "0"]);
    // The wordings of a change: {%} {金额} {上年数} and the names ({年度} {上年度} …).
    for w in [&spec.compare.item, &spec.compare.total].into_iter().flatten() {
        for text in [&w.up, &w.down, &w.same].into_iter().chain(w.from_zero.as_ref()) {
            for name in placeholders(text) {
                if !["%", "金额", "上年数"].contains(&name) && !PLACEHOLDERS.contains(&name) {
                    c.errors += 1;
                    let mut accepted = vec!["%", "金额", "上年数"];
                    accepted.extend(PLACEHOLDERS.iter().take(3));
                    c.diags.push(
                        Diagnostic::error(Code::B4003, msg!("template-b4003", value = name))
                            .help(msg!("template-b4003-help", accepted = accepted.join("、"))),
                    );
                }
            }
        }
    }
    // The wordings of a 决算数 against its budget: {预算} and {%} (a rate only where one exists).
    let w = &spec.completion;
    for (text, names) in [
        (&w.rate, &["预算", "%"][..]),
        (&w.zero, &["预算"][..]),
        (&w.less, &["预算"][..]),
        (&w.more, &["预算"][..]),
        (&w.same, &["预算"][..]),
    ] {
        for name in placeholders(text).filter(|n| !names.contains(n)) {
            c.errors += 1;
            c.diags.push(
                Diagnostic::error(Code::B4003, msg!("template-b4003", value = name))
                    .help(msg!("template-b4003-help", accepted = names.join("、"))),
            );
        }
    }
    for b in spec.section.iter().flat_map(|s| &s.blocks) {
        let block = b.get_ref();
        c.one_of(&block.numbering, &["1、", "一、"]);
        c.one_of(&block.each, &["function", "class"]);
        let with_each = [("join", &block.join), ("where", &block.filter)];
        for (key, join) in
            with_each.iter().filter_map(|(k, v)| v.as_ref().map(|v| (*k, v))).filter(|_| block.each.is_none())
        {
            let d = Diagnostic::error(Code::B4003, msg!("template-b4003", value = key))
                .help(msg!("template-b4003-join-help"));
            c.error(d, join.span(), msg!("template-b4003-label"));
        }
        for m in [&block.when, &block.unless, &block.filter].into_iter().flatten() {
            if !crate::render::narrative::STATED.contains(&m.get_ref().trim()) {
                c.measures_of(m);
            }
        }
        let kinds = [block.text.is_some(), block.prose.is_some(), block.generated.is_some(), block.list.is_some()];
        let n = kinds.iter().filter(|k| **k).count();
        if n > 1 || (n == 0 && block.heading.is_none()) {
            let d =
                Diagnostic::error(Code::B4004, msg!("template-b4004-block")).help(msg!("template-b4004-block-help"));
            c.error(d, b.span(), msg!("template-b4004-label"));
        }
        let slots: Vec<&str> = crate::model::Slot::ALL.iter().map(|s| s.chinese()).collect();
        for p in [&block.prose, &block.instead].into_iter().flatten() {
            c.one_of(&Some(p.clone()), &slots);
        }
        c.one_of(&block.generated, crate::render::narrative::GENERATED);
        for text in block.text.iter().chain(&block.lead) {
            for name in placeholders(text) {
                let keyed = name.split_once(':').is_some_and(|(p, _)| KEYED.contains(&p));
                if !PLACEHOLDERS.contains(&name) && !keyed {
                    let spanned = toml::Spanned::new(b.span(), name.to_owned());
                    let bare = name.split(':').next().unwrap_or_default().replace('/', " ");
                    // `{完成 全年预算 m}`, `{对比 全年预算 m}`, `{名称 m}`: a word, then measures.
                    if let Some(word) = name.strip_prefix("数量 ") {
                        if !crate::render::narrative::is_count_word(word) {
                            let accepted = crate::render::narrative::count_words();
                            let d = Diagnostic::error(Code::B4003, msg!("template-b4003", value = word.trim()))
                                .help(msg!("template-b4003-help", accepted = accepted));
                            c.error(d, b.span(), msg!("template-b4003-label"));
                        }
                        continue;
                    }
                    // `{涉及预算金额 自评}` names a step of 绩效管理, `{文字 slot}` a prose slot.
                    let word =
                        |prefix: &str| name.strip_prefix(prefix).map(|w| w.split(':').next().unwrap_or(w).trim());
                    let (step, slot) = (word("涉及预算金额 "), word("文字 "));
                    let accepted = match (step, slot) {
                        (Some(w), _) if crate::model::performance::EvaluationStage::parse(w).is_none() => {
                            Some((w, crate::model::performance::EvaluationStage::accepted()))
                        }
                        (_, Some(w)) if crate::model::Slot::parse(w).is_none() => {
                            Some((w, crate::model::Slot::accepted()))
                        }
                        _ => None,
                    };
                    if let Some((w, accepted)) = accepted {
                        let d = Diagnostic::error(Code::B4003, msg!("template-b4003", value = w))
                            .help(msg!("template-b4003-help", accepted = accepted));
                        c.error(d, b.span(), msg!("template-b4003-label"));
                    }
                    if step.is_some() || slot.is_some() {
                        continue;
                    }
                    let bare = ["完成 ", "对比 ", "名称 "]
                        .iter()
                        .find_map(|w| bare.strip_prefix(w))
                        .map_or(bare.clone(), str::to_owned);
                    c.measures_of(&toml::Spanned::new(spanned.span(), bare));
                }
            }
        }
    }
    if c.errors > 0 {
        return None;
    }
    let class_rows =
        spec.classes.iter().map(|[code, name]| (name.clone(), (!code.is_empty()).then(|| code.clone()))).collect();
    Some(Template {
        id: spec.id.clone(),
        money: money.unwrap_or(MoneyUnit::TenThousandYuan),
        spec,
        measures,
        class_rows,
    })
}
