//! The 项目编码 pattern of each template where it is known: today only hebei-2024.
//! (Issue 8 moves templates into data files; the pattern moves with its template.)
//!
//! hebei-2024 (河北省, as in the 唐山高新区人社局 2024 budget: `13021124P006PF0100061`):
//! 21 characters: a 6-digit 行政区划代码 of 河北省 (starting `13`), the last two digits
//! of the budget year, the letter `P` (项目), then 12 characters, each a digit or a
//! capital letter other than `I` and `O` (which read as 1 and 0).

/// A way a 项目编码 breaks its template's pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Flaw {
    /// Not 21 characters: (found).
    Length(usize),
    /// The 行政区划代码 is not 6 digits of 河北省: (character offset of the first wrong one).
    Region(usize),
    /// The year digits are not the budget year's: (written, expected).
    Year(String, String),
    /// No `P` after the year.
    Kind,
    /// A character that is not a digit or an allowed capital: (character offset, char).
    Char(usize, char),
}

/// The templates whose 项目编码 pattern is known.
pub(crate) fn known(template: &str) -> bool {
    template == "hebei-2024"
}

/// Checks `code` against the hebei-2024 pattern for a budget of `year`; the first flaw.
pub(crate) fn hebei_2024(code: &str, year: i32) -> Option<Flaw> {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 21 {
        return Some(Flaw::Length(chars.len()));
    }
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    if at(0) != '1' {
        return Some(Flaw::Region(0));
    }
    if at(1) != '3' {
        return Some(Flaw::Region(1));
    }
    if let Some(i) = (2..6).find(|i| !at(*i).is_ascii_digit()) {
        return Some(Flaw::Region(i));
    }
    let written: String = chars.get(6..8).map(|c| c.iter().collect()).unwrap_or_default();
    let expected = format!("{:02}", year.rem_euclid(100));
    if written != expected {
        return Some(Flaw::Year(written, expected));
    }
    if at(8) != 'P' {
        return Some(Flaw::Kind);
    }
    (9..21).map(|i| (i, at(i))).find(|(_, c)| !allowed(*c)).map(|(i, c)| Flaw::Char(i, c))
}

/// A digit or a capital letter other than I and O.
fn allowed(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_uppercase() && c != 'I' && c != 'O')
}

#[cfg(test)]
mod tests {
    use super::{hebei_2024, Flaw};

    #[test]
    fn every_code_of_the_example_fits_and_slips_do_not() {
        let example = include_str!("../../../examples/tangshan-hrss-2024/projects.budget");
        let codes: Vec<&str> = example.lines().filter_map(|l| l.strip_prefix("project ")?.split(' ').next()).collect();
        assert!(codes.len() > 10);
        for code in codes {
            assert_eq!(hebei_2024(code, 2024), None, "{code}");
        }
        assert_eq!(hebei_2024("13021124P006PF010006", 2024), Some(Flaw::Length(20)));
        assert_eq!(hebei_2024("13021124P006PF01OOO61", 2024), Some(Flaw::Char(16, 'O')));
        assert_eq!(hebei_2024("13021123P006PF0100061", 2024), Some(Flaw::Year("23".into(), "24".into())));
        assert_eq!(hebei_2024("12021124P006PF0100061", 2024), Some(Flaw::Region(1)));
        assert_eq!(hebei_2024("13021124X006PF0100061", 2024), Some(Flaw::Kind));
    }
}
