//! Stable, append-only diagnostic codes, each with a Markdown explanation.
//!
//! `B0xxx` syntax, `B1xxx` names and classification codes, `B2xxx` amounts and the
//! identities of DESIGN.md §5, `W…` warnings. A retired code keeps its explanation.

use serde::Serialize;

use super::{Lang, Message};

macro_rules! codes {
    ($($name:ident => $title:literal,)*) => {
        /// A stable diagnostic code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum Code { $(#[doc = $title] $name,)* }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The code as printed, e.g. `B2001`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => stringify!($name),)* }
            }

            /// The name of the code in the source (English, for developers).
            pub fn name(self) -> &'static str {
                match self { $(Code::$name => $title,)* }
            }

            /// The long explanation in Markdown (`budgetc explain CODE`), in `lang`.
            pub fn explain_in(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::Zh => match self { $(Code::$name => include_str!(concat!("explain/zh-CN/", stringify!($name), ".md")),)* },
                    Lang::En => match self { $(Code::$name => include_str!(concat!("explain/en/", stringify!($name), ".md")),)* },
                }
            }
        }
    };
}

codes! {
    B0001 => "invalid line",
    B0002 => "line outside its block",
    B0003 => "fact stated twice",
    B0004 => "required fact missing",
    B0005 => "include failed",
    B1001 => "unknown classification code",
    B1002 => "name does not match the catalog",
    B1003 => "function code and economic code mixed up",
    B1004 => "amount on the wrong level of the classification",
    B1005 => "malformed code",
    B1006 => "unknown funding source",
    B1007 => "duplicate fact",
    B1008 => "unknown term",
    B1009 => "catalog declaration conflicts",
    B1010 => "unknown unit",
    B2001 => "invalid amount",
    B2002 => "too many decimal places",
    B2003 => "negative amount",
    B2101 => "income and expenditure totals disagree (C1–C3)",
    B2102 => "classification total disagrees (C4–C5)",
    B2103 => "basic/project split disagrees (C6–C8)",
    B2104 => "funding sources disagree (C10–C12)",
    B2105 => "人员经费/公用经费 disagree (C13–C16)",
    B2106 => "三公 figures disagree (C18–C19)",
    B2107 => "三公 figure below its economic 款 (C20)",
    B2108 => "机关运行经费 disagrees (C22)",
    B2109 => "fixed assets disagree (C29)",
    W2001 => "stated total within the declared tolerance",
    B1011 => "unknown project",
    B2201 => "last year's figures disagree (C25)",
    B3001 => "indicator level not allowed",
    B3002 => "invalid indicator value",
    B3003 => "invalid spending plan",
    B3004 => "project lacks an indicator category",
    B3005 => "满意度 value not a percentage",
    W3001 => "cost indicator written as a floor",
    W3002 => "cost indicator above the project budget",
    W3003 => "unit cost × quantity above the project budget",
    W3004 => "time unit of an indicator contradicts its value",
    W3005 => "amount in 元 in a document in 万元",
    W3006 => "purpose and quantity indicator disagree",
    W3007 => "amount in prose matches no fact",
    W3008 => "project without performance indicators",
    B0006 => "included file outside the workspace",
    B0007 => "included file not a regular file",
    B0008 => "included file too large",
    B0009 => "includes nested too deep",
    B2004 => "number out of range",
    B2005 => "computed figure out of range",
    B1013 => "unknown reason key",
    B2006 => "purchases larger than their project",
    B1014 => "project copied under another code",
    W1003 => "required prose slot missing",
    B3006 => "project without any performance target",
    W1001 => "code not in the built-in catalog",
    B1012 => "official code list unreadable or malformed",
    W1002 => "official code list and built-in catalog disagree",
    B0010 => "file saved as GBK/GB18030, not UTF-8",
    B0011 => "a Chinese typing habit the language cannot read",
    B4001 => "template file cannot be read",
    B4002 => "unknown measure in a template",
    B4003 => "value not accepted in a template",
    B4004 => "template table part without rows",
    W4001 => "budget year outside the template's years",
    B3007 => "project's performance table lacks its plan or goal",
    B2110 => "function and economic views of basic expenditure disagree",
    B2111 => "basic expenditure line without any code",
    B2007 => "政府采购 total disagrees with its lines",
    B5001 => "document kind and template kind disagree",
    B5002 => "balance line not accepted",
    B5003 => "final accounts do not balance",
    B5004 => "a fund's carry-overs do not balance",
    W5001 => "final accounts identity within the tolerance",
    B5005 => "budget file of final accounts not accepted",
    W3009 => "percentage in prose its figures do not give",
    W3010 => "classification name in prose not the catalog's",
    W3011 => "year in prose contradicts the budget year",
    W3012 => "increase in per cent from a zero base",
    W5003 => "completion rate of a budget of 0",
    W5004 => "indicator short of its budget target",
    W3013 => "the same use written for 项 of two 类",
    W3014 => "published text departs from the generated numbers",
    B5006 => "spending a 行政 unit cannot have",
    B5007 => "fund not accepted for the kind of spending",
    B5008 => "self-evaluation score outside 0–100",
    B5009 => "evaluation line in a budget",
    W5006 => "rating disagrees with the self-evaluation score",
    B5010 => "三公 item of final accounts above its budget",
    W5007 => "三公 item above its budget, with a reason",
    W5008 => "final accounts name no budget of their year",
    B4005 => "table notes that name no table of the template",
    W3015 => "a template's instruction left in the published text",
    W5009 => "more official cars held than vehicles among the assets",
}

/// Codes no longer reported; each keeps its explanation, which says so and names the
/// code that replaced it. W3008 (a project without indicators, a warning) became B3004
/// and B3006: the template requires a 绩效目标表 for every project.
pub const RETIRED: &[Code] = &[Code::W3008];

impl Code {
    /// A short title, in the reader's language (`code-B2104` in `locales/*/codes.ftl`).
    pub fn title(self) -> Message {
        Message::new(format!("code-{}", self.as_str()))
    }

    /// The long explanation in the reader's language.
    pub fn explain(self) -> &'static str {
        self.explain_in(super::lang())
    }

    /// Whether the code is no longer reported (see [`RETIRED`]).
    pub fn is_retired(self) -> bool {
        RETIRED.contains(&self)
    }

    /// Looks a code up by its printed form, ignoring ASCII case.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Lang};

    #[test]
    fn every_code_has_an_explanation_in_each_language_and_every_explanation_a_code() {
        for lang in Lang::ALL {
            for code in Code::ALL {
                let doc = code.explain_in(lang);
                let tag = lang.tag();
                assert!(doc.starts_with(&format!("# {code}")), "{tag}/{code}.md must start with `# {code}`");
                assert!(doc.contains("```"), "{tag}/{code}.md must show an example");
            }
            let dir = format!("{}/src/diag/explain/{}", env!("CARGO_MANIFEST_DIR"), lang.tag());
            for entry in std::fs::read_dir(dir).expect("explain dir") {
                let name = entry.expect("entry").file_name().to_string_lossy().to_string();
                let stem = name.trim_end_matches(".md");
                assert!(Code::parse(stem).is_some(), "{}/{name} has no Code variant", lang.tag());
            }
        }
    }

    #[test]
    fn a_retired_code_keeps_an_explanation_that_says_so() {
        for code in super::RETIRED {
            assert!(code.explain_in(Lang::Zh).contains("已停用"), "zh-CN/{code}.md must say 已停用");
            assert!(code.explain_in(Lang::En).contains("retired"), "en/{code}.md must say retired");
        }
    }

    #[test]
    fn every_code_has_a_title_in_each_language() {
        for lang in Lang::ALL {
            let titles: String = crate::diag::message::files(lang).map(|(_, t)| t).collect();
            for code in Code::ALL {
                assert!(titles.contains(&format!("\ncode-{code} = ")), "{}: no `code-{code}` title", lang.tag());
            }
        }
    }
}
