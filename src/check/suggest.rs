//! "Did you mean": the closest of the words the language knows to a word it does not
//! (a fund, a key, a term, a citation, a name, a keyword), by edit distance in characters
//! (two neighbours swapped count as one edit), so that a one-character slip such as 拔 for
//! 拨, or `yera` for `year`, finds its word.

/// The candidate closest to `word`, if it is close enough to be a slip and no other
/// candidate is as close: at most one edit for words of up to five characters, else up
/// to a third of the word's length; or a candidate that contains the word or is contained
/// in it (`本年收入` → `本年收入合计`). Comparison ignores full-width/half-width forms.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(word, candidates, true)
}

/// The candidate closest to `word` by edits alone, under the same limit as [`closest`] but
/// without its containment rule: for keywords, where `in` is no slip for `income`.
pub fn closest_slip<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(word, candidates, false)
}

/// [`closest`], with or without the containment rule.
fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>, contains: bool) -> Option<&'a str> {
    let word = crate::catalog::normalise_width(word);
    let limit = (word.chars().count() / 3).max(1);
    let mut best: Option<(usize, &'a str)> = None;
    let mut tie = false;
    for c in candidates {
        let normal = crate::catalog::normalise_width(c);
        let d = strsim::osa_distance(&word, &normal);
        let part = contains && !word.is_empty() && (normal.contains(&word) || word.contains(&normal));
        if d == 0 || (d > limit && !part) {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, c));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn one_character_slips_find_their_word() {
        let funds = ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"];
        assert_eq!(closest("一般公共预算拔款", funds), Some("一般公共预算拨款"));
        assert_eq!(closest("本年收入", ["本年收入合计", "本年支出合计"]), Some("本年收入合计"));
        assert_eq!(closest("本年收入合", ["本年收入合计", "本年支出合计"]), Some("本年收入合计"));
        assert_eq!(closest("维修（护）费", ["维修(护)费x"]), Some("维修(护)费x"));
    }

    #[test]
    fn nothing_when_far_or_ambiguous() {
        assert_eq!(closest("完全不同", ["一般公共预算拨款"]), None);
        assert_eq!(closest("ab", ["ac", "ad"]), None);
        assert_eq!(closest("同一", ["同一"]), None);
    }

    #[test]
    fn slips_are_edits_only() {
        let keywords = ["include", "income", "indicator", "balance", "basic", "basis"];
        assert_eq!(super::closest_slip("incom", keywords), Some("income"));
        assert_eq!(super::closest_slip("blance", keywords), Some("balance"));
        assert_eq!(super::closest_slip("yera", ["year", "money"]), Some("year"));
        assert_eq!(super::closest_slip("in", keywords), None);
        assert_eq!(super::closest_slip("basi", keywords), None);
    }
}
