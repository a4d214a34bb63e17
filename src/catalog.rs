//! The built-in, year-versioned classification catalog and the templates' fixed rows.
//!
//! Seeded from `catalog/*.csv` (compiled in); a workspace may add the official year's
//! list (`catalog "…"`, read by [`official`]) and a source extends it with `code` lines.

pub mod official;

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::Serialize;

const OBSERVED: &str = include_str!("../catalog/observed-codes.csv");
const NAMES_BY_YEAR: &str = include_str!("../catalog/names-by-year.csv");
const CLASSES: &str = include_str!("../catalog/classes.csv");

/// The two classifications, which never mix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// 支出功能分类: 类 3 digits, 款 5, 项 7.
    Function,
    /// 部门预算支出经济分类: 类 3 digits, 款 5.
    Economic,
}

impl Family {
    /// The Chinese name of the classification.
    pub fn chinese(self) -> &'static str {
        match self {
            Family::Function => "支出功能分类",
            Family::Economic => "部门预算支出经济分类",
        }
    }

    /// The keyword of the family in sources (`code function …`), also the selector of
    /// the messages that name it.
    pub fn keyword(self) -> &'static str {
        match self {
            Family::Function => "function",
            Family::Economic => "economic",
        }
    }

    /// The level of a code of this family by its length, if valid.
    pub fn level(self, code: &str) -> Option<Level> {
        if !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match (self, code.len()) {
            (_, 3) => Some(Level::Class),
            (_, 5) => Some(Level::Section),
            (Family::Function, 7) => Some(Level::Item),
            _ => None,
        }
    }
}

/// A level of a classification tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Level {
    /// 类.
    Class,
    /// 款.
    Section,
    /// 项.
    Item,
}

impl Level {
    /// 类, 款 or 项.
    pub fn chinese(self) -> &'static str {
        match self {
            Level::Class => "类",
            Level::Section => "款",
            Level::Item => "项",
        }
    }

    /// The selector of the messages that name the level.
    pub fn key(self) -> &'static str {
        match self {
            Level::Class => "class",
            Level::Section => "section",
            Level::Item => "item",
        }
    }

    /// The number of digits of a code of this level.
    pub fn digits(self) -> usize {
        match self {
            Level::Class => 3,
            Level::Section => 5,
            Level::Item => 7,
        }
    }
}

/// The parent code: the 款 of a 项, the 类 of a 款.
pub fn parent(code: &str) -> Option<&str> {
    match code.len() {
        7 => code.get(..5),
        5 => code.get(..3),
        _ => None,
    }
}

/// Where a catalog entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The built-in data.
    Builtin,
    /// The official list named by a `catalog` line.
    Official,
    /// A `code` line of the source.
    Declared,
}

/// One code of the catalog.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    /// The code.
    pub code: String,
    /// Its classification.
    pub family: Family,
    /// Its official name in the budget year.
    pub name: String,
    /// Names seen in other years or documents.
    pub other_names: Vec<String>,
    /// Built in or declared.
    pub origin: Origin,
}

/// The catalog of one budget year.
#[derive(Clone, Debug)]
pub struct Catalog {
    entries: BTreeMap<(Family, String), Entry>,
    /// The families the official list covers: there an unknown code is an error.
    official: Vec<Family>,
    /// Codes outside the catalog accepted with a warning (W1001), with the name written
    /// where they were first used: reported once, and later uses must agree.
    provisional: RefCell<BTreeMap<(Family, String), String>>,
}

/// A code of the official list whose name differs from the built-in one (W1002).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The code.
    pub code: String,
    /// The built-in name.
    pub builtin: String,
    /// The official list's name, which is used.
    pub official: String,
}

/// Why a `code` declaration was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum DeclareError {
    /// Not a code of that family (wrong length or not digits).
    Malformed,
    /// A code of the other family (function codes start with 2, economic codes with 3).
    WrongFamily,
    /// The code exists with another name.
    Renamed(String),
    /// The parent code is not in the catalog.
    NoParent(String),
}

fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![];
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

fn family_of(kind: &str) -> Option<Family> {
    match kind {
        "function" => Some(Family::Function),
        "economic_dept" | "economic" => Some(Family::Economic),
        _ => None,
    }
}

impl Catalog {
    /// The built-in catalog with the names of `year`.
    pub fn builtin(year: i32) -> Catalog {
        let mut entries = BTreeMap::new();
        for line in OBSERVED.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let f = csv_fields(line);
            let (Some(code), Some(family), Some(name)) = (f.first(), f.get(1).and_then(|k| family_of(k)), f.get(3))
            else {
                continue;
            };
            let other_names = f
                .get(4)
                .map(|a| a.split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect())
                .unwrap_or_default();
            let entry = Entry { code: code.clone(), family, name: name.clone(), other_names, origin: Origin::Builtin };
            let _ = entries.insert((family, code.clone()), entry);
        }
        for line in CLASSES.lines().skip(1) {
            let f = csv_fields(line);
            let (Some(code), Some(family), Some(name)) = (f.first(), f.get(1).and_then(|k| family_of(k)), f.get(2))
            else {
                continue;
            };
            let _ = entries.entry((family, code.clone())).or_insert_with(|| Entry {
                code: code.clone(),
                family,
                name: name.clone(),
                other_names: vec![],
                origin: Origin::Builtin,
            });
        }
        for line in NAMES_BY_YEAR.lines().skip(1) {
            let f = csv_fields(line);
            let (Some(code), Some(family), Some(y), Some(name)) =
                (f.first(), f.get(1).and_then(|k| family_of(k)), f.get(2), f.get(3))
            else {
                continue;
            };
            if y.parse::<i32>().ok() != Some(year) {
                continue;
            }
            if let Some(e) = entries.get_mut(&(family, code.clone())) {
                let main = std::mem::replace(&mut e.name, name.clone());
                e.other_names.retain(|n| n != name);
                e.other_names.push(main);
            }
        }
        Catalog { entries, official: vec![], provisional: RefCell::default() }
    }

    /// Merges the official list: its codes are added, and its name wins where the built-in
    /// one differs (other than in width); those differences are returned. Each family the
    /// list has codes of becomes closed: an unknown code of it is an error.
    pub fn merge_official(&mut self, list: &[(Family, String, String)]) -> Vec<Conflict> {
        let mut conflicts = vec![];
        for (family, code, name) in list {
            if !self.official.contains(family) {
                self.official.push(*family);
            }
            match self.entries.get_mut(&(*family, code.clone())) {
                Some(e) if same_name(&e.name, name) => {}
                Some(e) => {
                    let builtin = std::mem::replace(&mut e.name, name.clone());
                    conflicts.push(Conflict { code: code.clone(), builtin: builtin.clone(), official: name.clone() });
                    e.other_names.retain(|n| n != name);
                    e.other_names.push(builtin);
                    e.origin = Origin::Official;
                }
                None => {
                    let entry = Entry {
                        code: code.clone(),
                        family: *family,
                        name: name.clone(),
                        other_names: vec![],
                        origin: Origin::Official,
                    };
                    let _ = self.entries.insert((*family, code.clone()), entry);
                }
            }
        }
        conflicts
    }

    /// Whether an official list with codes of `family` was merged.
    pub fn is_official(&self, family: Family) -> bool {
        self.official.contains(&family)
    }

    /// Whether the 类 of `code` (its first three digits) is in the catalog.
    pub fn has_class(&self, family: Family, code: &str) -> bool {
        code.get(..3).is_some_and(|c| self.get(family, c).is_some())
    }

    /// The other codes of `family` under the parent of `code` (of its level, for a 类)
    /// whose name is `name`, ignoring width: `行政运行` under 20801 is 2080101.
    pub fn named(&self, family: Family, code: &str, name: &str) -> Vec<&Entry> {
        let prefix = parent(code).unwrap_or("");
        self.entries
            .values()
            .filter(|e| e.family == family && e.code.len() == code.len() && e.code != code)
            .filter(|e| e.code.starts_with(prefix) && same_name(&e.name, name))
            .take(3)
            .collect()
    }

    /// The name a code outside the catalog was first accepted with (W1001), if any.
    pub fn provisional(&self, family: Family, code: &str) -> Option<String> {
        self.provisional.borrow().get(&(family, code.to_owned())).cloned()
    }

    /// Records a code outside the catalog accepted with a warning, named `name`.
    pub fn accept_provisional(&self, family: Family, code: &str, name: &str) {
        let _ = self.provisional.borrow_mut().insert((family, code.to_owned()), name.to_owned());
    }

    /// The entry of `code` in `family`.
    pub fn get(&self, family: Family, code: &str) -> Option<&Entry> {
        self.entries.get(&(family, code.to_owned()))
    }

    /// The name of `code` in `family`, or an empty string.
    pub fn name(&self, family: Family, code: &str) -> &str {
        self.get(family, code).map_or("", |e| e.name.as_str())
    }

    /// Adds a code declared by the source.
    pub fn declare(&mut self, family: Family, code: &str, name: &str) -> Result<(), DeclareError> {
        if family.level(code).is_none() {
            return Err(DeclareError::Malformed);
        }
        let first = match family {
            Family::Function => "2",
            Family::Economic => "3",
        };
        if !code.starts_with(first) {
            return Err(DeclareError::WrongFamily);
        }
        if let Some(e) = self.get(family, code) {
            return if same_name(&e.name, name) { Ok(()) } else { Err(DeclareError::Renamed(e.name.clone())) };
        }
        if let Some(p) = parent(code) {
            if self.get(family, p).is_none() {
                return Err(DeclareError::NoParent(p.to_owned()));
            }
        }
        let entry = Entry {
            code: code.to_owned(),
            family,
            name: name.to_owned(),
            other_names: vec![],
            origin: Origin::Declared,
        };
        let _ = self.entries.insert((family, code.to_owned()), entry);
        Ok(())
    }

    /// The codes one level below `parent` (the 类 when `parent` is empty).
    pub fn children(&self, family: Family, parent: &str) -> Vec<&Entry> {
        let len = if parent.is_empty() { 3 } else { parent.len() + 2 };
        self.entries
            .values()
            .filter(|e| e.family == family && e.code.len() == len && e.code.starts_with(parent))
            .collect()
    }

    /// The codes of `family` that differ from `code` in one character, for "did you mean".
    pub fn near(&self, family: Family, code: &str) -> Vec<&Entry> {
        self.entries
            .values()
            .filter(|e| e.family == family && e.code.len() == code.len())
            .filter(|e| e.code.chars().zip(code.chars()).filter(|(a, b)| a != b).count() == 1)
            .take(3)
            .collect()
    }
}

pub use crate::template::Template;

/// Whether two names are the same name: equal but for full-width/half-width forms.
pub fn same_name(a: &str, b: &str) -> bool {
    a == b || normalise_width(a) == normalise_width(b)
}

/// A name with its full-width forms made half-width (`维修（护）费` → `维修(护)费`,
/// `１２` → `12`, the ideographic space → a space), so that names that differ only in
/// width compare equal.
pub fn normalise_width(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_has_both_families_and_year_names() {
        let c = Catalog::builtin(2024);
        assert_eq!(c.name(Family::Function, "2080101"), "行政运行");
        assert_eq!(c.name(Family::Economic, "30101"), "基本工资");
        assert!(c.get(Family::Economic, "2080101").is_none());
        assert_eq!(c.name(Family::Economic, "30213"), "维修(护)费");
        assert_eq!(Catalog::builtin(2025).name(Family::Economic, "30213"), "维修（护）费");
    }

    #[test]
    fn declarations_need_a_parent_and_keep_names() {
        let mut c = Catalog::builtin(2024);
        assert_eq!(c.declare(Family::Function, "2080198", "新项"), Ok(()));
        assert_eq!(c.declare(Family::Function, "2990101", "x"), Err(DeclareError::NoParent("29901".into())));
        assert!(matches!(c.declare(Family::Function, "2080101", "别名"), Err(DeclareError::Renamed(_))));
        assert_eq!(c.declare(Family::Economic, "3010101", "x"), Err(DeclareError::Malformed));
        assert_eq!(c.declare(Family::Economic, "30213", "维修（护）费"), Ok(()));
        assert_eq!(c.declare(Family::Function, "30999", "x"), Err(DeclareError::WrongFamily));
        assert_eq!(c.declare(Family::Economic, "30902", "办公设备购置"), Ok(()));
    }

    #[test]
    fn every_class_is_built_in() {
        let c = Catalog::builtin(2024);
        assert_eq!(c.name(Family::Function, "224"), "灾害防治及应急管理支出");
        assert_eq!(c.name(Family::Economic, "309"), "资本性支出（基本建设）");
        assert!(c.has_class(Family::Function, "2240101"));
    }

    #[test]
    fn the_official_list_wins_and_its_differences_are_returned() {
        let mut c = Catalog::builtin(2024);
        let list = vec![
            (Family::Function, "2080101".to_owned(), "行政运行".to_owned()),
            (Family::Function, "2080150".to_owned(), "事业运行".to_owned()),
            (Family::Function, "2080104".to_owned(), "综合业务".to_owned()),
            (Family::Economic, "30213".to_owned(), "维修（护）费".to_owned()),
        ];
        let conflicts = c.merge_official(&list);
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(c.name(Family::Function, "2080104"), "综合业务");
        assert_eq!(c.name(Family::Function, "2080150"), "事业运行");
        assert!(c.is_official(Family::Function) && c.is_official(Family::Economic));
        assert_eq!(c.named(Family::Function, "2080110", "行政运行").first().map(|e| e.code.as_str()), Some("2080101"));
    }

    #[test]
    fn every_builtin_code_has_its_parent() {
        let c = Catalog::builtin(2024);
        for e in c.entries.values() {
            if let Some(p) = parent(&e.code) {
                assert!(c.get(e.family, p).is_some(), "{} has no parent {p}", e.code);
            }
        }
    }
}
