//! The 项目编码 pattern a template declares (`[project_code]` in its template.toml), and
//! the first way a code breaks it. hebei-2024 declares the 河北省 pattern of the 唐山高新区
//! 人社局 2024 budget (`13021124P006PF0100061`): a 6-digit 行政区划代码 starting `13`, the
//! last two digits of the budget year, `P` (项目), then 12 digits or capitals but I and O.

use crate::template::spec::{CodePattern, Segment};

/// A way a 项目编码 breaks its template's pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Flaw {
    /// Not as long as the pattern: (found, expected).
    Length(usize, usize),
    /// The 行政区划代码 segment is wrong at a character: (offset, segment's start, length, prefix).
    Region(usize, usize, usize, String),
    /// The year digits are not the budget year's: (written, expected, offset).
    Year(String, String, usize),
    /// A fixed text is missing: (offset, text).
    Text(usize, String),
    /// A character that is not allowed: (character offset, char).
    Char(usize, char),
}

fn length(s: &Segment) -> usize {
    match s {
        Segment::Region { length, .. } | Segment::Year { length } | Segment::Chars { length, .. } => *length,
        Segment::Text { text } => text.chars().count(),
    }
}

/// Checks `code` against `pattern` for a budget of `year`; the first flaw.
pub(crate) fn check(pattern: &CodePattern, code: &str, year: i32) -> Option<Flaw> {
    let chars: Vec<char> = code.chars().collect();
    let expected: usize = pattern.segments.iter().map(length).sum();
    if chars.len() != expected {
        return Some(Flaw::Length(chars.len(), expected));
    }
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let mut start = 0;
    for s in &pattern.segments {
        let n = length(s);
        match s {
            Segment::Region { starts, .. } => {
                let prefix: Vec<char> = starts.chars().collect();
                let wrong = (start..start + n).find(|i| match prefix.get(i - start) {
                    Some(p) => at(*i) != *p,
                    None => !at(*i).is_ascii_digit(),
                });
                if let Some(i) = wrong {
                    return Some(Flaw::Region(i, start, n, starts.clone()));
                }
            }
            Segment::Year { .. } => {
                let written: String = chars.get(start..start + n).map(|c| c.iter().collect()).unwrap_or_default();
                let full = format!("{:04}", year.rem_euclid(10_000));
                let expected = full.get(full.len().saturating_sub(n)..).unwrap_or_default().to_owned();
                if written != expected {
                    return Some(Flaw::Year(written, expected, start));
                }
            }
            Segment::Text { text } => {
                let written: String = chars.get(start..start + n).map(|c| c.iter().collect()).unwrap_or_default();
                if written != *text {
                    return Some(Flaw::Text(start, text.clone()));
                }
            }
            Segment::Chars { allowed, .. } => {
                if let Some(i) = (start..start + n).find(|i| !allowed.contains(at(*i))) {
                    return Some(Flaw::Char(i, at(i)));
                }
            }
        }
        start += n;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{check, Flaw};
    use crate::template::Template;

    #[test]
    fn every_code_of_the_example_fits_and_slips_do_not() {
        let t = Template::find("hebei-2024").expect("template");
        let pattern = t.spec.project_code.as_ref().expect("hebei-2024 declares its 项目编码");
        let hebei = |code: &str| check(pattern, code, 2024);
        let example = include_str!("../../../examples/tangshan-hrss-2024/projects.budget");
        let codes: Vec<&str> = example.lines().filter_map(|l| l.strip_prefix("project ")?.split(' ').next()).collect();
        assert!(codes.len() > 10);
        for code in codes {
            assert_eq!(hebei(code), None, "{code}");
        }
        assert_eq!(hebei("13021124P006PF010006"), Some(Flaw::Length(20, 21)));
        assert_eq!(hebei("13021124P006PF01OOO61"), Some(Flaw::Char(16, 'O')));
        assert_eq!(hebei("13021123P006PF0100061"), Some(Flaw::Year("23".into(), "24".into(), 6)));
        assert_eq!(hebei("12021124P006PF0100061"), Some(Flaw::Region(1, 0, 6, "13".into())));
        assert_eq!(hebei("13021124X006PF0100061"), Some(Flaw::Text(8, "P".into())));
    }
}
