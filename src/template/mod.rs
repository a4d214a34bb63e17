//! Templates as data: a province's table set (titles, header blocks, columns bound to
//! measures, row axes, units, how zeros print) is a TOML file, `templates/ID/template.toml`,
//! embedded at build time, or a file of the workspace named by `template "….toml"`.
//!
//! [`spec`] is the file format, [`validate`] checks a file and points into it, and
//! `render::tables` builds the tables from a [`Template`] and the budget's facts.

pub mod spec;
mod validate;

use std::collections::BTreeMap;

use crate::diag::Diagnostics;
use crate::model::cube::Filter;
use crate::model::MoneyUnit;
use crate::span::FileId;
pub use spec::Spec;
pub use validate::KEYED;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/templates.rs"));
}

/// The measures every template can use: `templates/measures.toml`.
const MEASURES: &str = include_str!("../../templates/measures.toml");

/// A template, read and checked.
#[derive(Clone, Debug)]
pub struct Template {
    /// The id as sources name it (`hebei-2024`).
    pub id: String,
    /// The file as read.
    pub spec: Spec,
    /// The money unit of its tables.
    pub money: MoneyUnit,
    /// The measures it may use: the shared ones and its own.
    pub measures: BTreeMap<String, Filter>,
    /// The printed names and codes of the fixed 类 rows (人行科目 has no code).
    pub class_rows: Vec<(String, Option<String>)>,
}

/// Whether a `template` line names a file of the workspace (`template "省级模板.toml"`)
/// rather than a built-in template.
pub fn is_file_name(text: &str) -> bool {
    text.ends_with(".toml")
}

/// The ids of the built-in templates, sorted.
pub fn ids() -> Vec<&'static str> {
    builtin::BUILTIN.iter().map(|(id, _)| *id).collect()
}

/// The words of a cell or a narrative figure that take it from the year's budget instead
/// of the facts (final accounts: `=全年预算 三公经费 财政拨款`).
pub const PLAN_WORDS: [&str; 2] = ["年初预算", "全年预算"];

/// The skeleton `budgetc new` writes for a built-in template.
pub fn skeleton(id: &str) -> Option<&'static str> {
    builtin::SKELETONS.iter().find(|(name, _)| *name == id).map(|(_, text)| *text)
}

/// The other files `budgetc new` writes beside the skeleton of template `id` (a 决算's
/// empty budget of its year): file name and text.
pub fn skeleton_files(id: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    builtin::SKELETON_FILES.iter().filter(move |(t, _, _)| *t == id).map(|(_, name, text)| (*name, *text))
}

/// The shared measures, parsed (they are checked by a test).
fn shared_measures() -> BTreeMap<String, Filter> {
    #[derive(serde::Deserialize)]
    struct File {
        measure: BTreeMap<String, Filter>,
    }
    toml::from_str::<File>(MEASURES).map(|f| f.measure).unwrap_or_default()
}

impl Template {
    /// A built-in template by id.
    pub fn find(id: &str) -> Option<Template> {
        let (_, text) = builtin::BUILTIN.iter().find(|(name, _)| *name == id)?;
        Template::parse(text, None, &mut Diagnostics::new())
    }

    /// Reads a template file; its errors point into `file` when it is in the source map
    /// (None for a built-in one). None if it cannot be used.
    pub fn parse(text: &str, file: Option<FileId>, diags: &mut Diagnostics) -> Option<Template> {
        validate::read(text, file, shared_measures(), diags)
    }

    /// The name `budgetc templates` shows.
    pub fn name(&self) -> &str {
        &self.spec.name
    }

    /// Whether the template applies to budgets of `year`.
    pub fn covers(&self, year: i32) -> bool {
        let [first, last] = self.spec.years;
        (first..=last).contains(&year)
    }

    /// The prose slots the narrative requires, with the text printed in their place when
    /// they are not written (the check warns of each, W1003).
    pub fn required_slots(&self) -> Vec<(crate::model::Slot, String)> {
        self.spec
            .section
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| {
                let b = b.get_ref();
                let slot = crate::model::Slot::parse(b.prose.as_ref()?.get_ref())?;
                Some((slot, b.required.clone()?))
            })
            .collect()
    }

    /// The filters a text of measure names stands for (`=收入 一般公共预算`, one term of
    /// `a + b`); the names were checked when the template was read.
    pub fn filters(&self, text: &str) -> Vec<&Filter> {
        text.trim_start_matches('=').split_whitespace().filter_map(|n| self.measures.get(n)).collect()
    }

    /// The keys whose reason the template's narrative prints (`{原因:支出总计}`).
    pub fn cited_reasons(&self) -> Vec<String> {
        self.spec
            .section
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| b.get_ref().text.as_deref())
            .flat_map(validate::placeholders)
            .filter_map(|p| p.strip_prefix("原因:"))
            .map(str::to_owned)
            .collect()
    }

    /// The money unit of the narrative's figures.
    pub fn narrative_money(&self) -> MoneyUnit {
        self.spec.narrative_money.as_deref().and_then(MoneyUnit::parse).unwrap_or(self.money)
    }

    /// A template with no tables, for a budget whose template could not be read.
    pub fn none() -> Template {
        Template {
            id: String::new(),
            spec: Spec {
                id: String::new(),
                name: String::new(),
                years: [0, 0],
                kind: crate::model::Document::Budget,
                money: "万元".into(),
                rounding: "half-up".into(),
                performance_forms: false,
                project_code: None,
                classes: vec![],
                measure: BTreeMap::new(),
                defaults: spec::Style::default(),
                table: vec![],
                narrative_money: None,
                narrative_title: None,
                narrative_preamble: None,
                section: vec![],
                section_numbering: None,
                percent: None,
                narrative_zero: None,
                compare: spec::Compare::default(),
                completion: spec::Completion::default(),
            },
            money: MoneyUnit::TenThousandYuan,
            measures: BTreeMap::new(),
            class_rows: vec![],
        }
    }
}

#[cfg(test)]
mod tests;
