//! Escaping of text that comes from the sources, per output: CSV (no formulas), Markdown
//! (literal text, not markup), terminals (no control sequences) and portable file names.

use std::borrow::Cow;

/// Whether a character must not reach a terminal raw: C0 controls except `\n` and `\t`,
/// DEL, C1 controls and the bidi embeddings, overrides and isolates.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every hidden character written visibly, as `\u{1b}`.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_visible(out: &mut String, c: char) {
    if is_hidden(c) {
        out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// A source text made visible for a snippet (`\r\n` line ends kept), with the map from
/// byte offsets of the original to offsets of the result.
pub fn visible_source(text: &str) -> Option<(String, OffsetMap)> {
    if !text.chars().any(is_hidden) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut shifts = vec![];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let before = out.len();
        if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
            out.push(c);
        } else {
            push_visible(&mut out, c);
        }
        let grown = out.len() - before - c.len_utf8();
        if grown > 0 {
            shifts.push((i + c.len_utf8(), out.len() - (i + c.len_utf8())));
        }
    }
    Some((out, OffsetMap { shifts }))
}

/// Byte offsets of a text before escaping → after escaping.
#[derive(Debug)]
pub struct OffsetMap {
    /// (offset in the original where a shift starts, total growth from there on).
    shifts: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The offset in the escaped text of `offset` in the original.
    pub fn map(&self, offset: usize) -> usize {
        let n = self.shifts.partition_point(|(at, _)| *at <= offset);
        offset + n.checked_sub(1).and_then(|i| self.shifts.get(i)).map_or(0, |(_, grown)| *grown)
    }
}

/// A CSV text cell that a spreadsheet cannot read as a formula: a text starting with
/// `=`, `+`, `-`, `@`, TAB or CR gets a leading `'` (OWASP). Numbers are not passed here.
pub fn csv_text(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Text inside a Markdown paragraph, heading or table cell, so that it renders as the
/// literal text: `<` and `&` are written as entities (no HTML, autolink or entity can
/// start; a lone `>` opens nothing inline and stays, as in `>90%`), emphasis, code, strike-through and table
/// characters are backslash-escaped, and so are `]` before `(`, `[` or `:` (links,
/// images, references). What GitHub links by itself is broken up: the `:` of `://`
/// (`https\://…`) and the `.` after `www` (`www\.…`) are escaped, and `@` is followed by
/// an invisible word joiner (`&#8288;`), so that neither an e-mail address nor an
/// `@user` mention (which GitHub finds in the rendered text) links or notifies anyone.
/// Line ends become spaces, and the characters of [`is_hidden`] are written visibly, as in
/// a terminal (a pull-request comment is read by a reviewer).
pub fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let rest = text.get(i + c.len_utf8()..).unwrap_or("");
        let www = || {
            text.get(..i)
                .and_then(|b| b.get(b.len().saturating_sub(3)..))
                .is_some_and(|w| w.eq_ignore_ascii_case("www"))
        };
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '\\' | '`' | '*' | '_' | '~' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            ']' if rest.starts_with(['(', '[', ':']) => out.push_str("\\]"),
            ':' if rest.starts_with("//") => out.push_str("\\:"),
            '.' if www() => out.push_str("\\."),
            '@' => out.push_str("@&#8288;"),
            '\r' | '\n' => out.push(' '),
            c if is_hidden(c) => push_visible(&mut out, c),
            _ => out.push(c),
        }
    }
    out
}

/// Text that starts a Markdown block (a paragraph, a note): [`md_inline`], plus what
/// would open a block at its start (indented code, a list, a heading, a quote `>`, a
/// reference definition) escaped.
pub fn md_block(text: &str) -> String {
    let inline = md_inline(text.trim_start_matches([' ', '\t']));
    let digits = inline.chars().take_while(char::is_ascii_digit).count();
    let mut rest = inline.chars().skip(digits);
    match (digits, rest.next(), rest.next()) {
        (0, Some('-' | '+' | '=' | '[' | '>'), _) => format!("\\{inline}"),
        (1..=9, Some(m @ ('.' | ')')), None | Some(' ' | '\t')) => {
            let (number, tail) = inline.split_at(digits);
            format!("{number}\\{m}{}", tail.get(1..).unwrap_or(""))
        }
        _ => inline,
    }
}

/// Text as a Markdown code span: fenced by more backticks than it contains in a row.
pub fn md_code(text: &str) -> String {
    let text = visible(&text.replace(['\r', '\n'], " ")).into_owned();
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Whether a file name is portable: short, no character Windows or POSIX forbids, no
/// trailing dot or space, not a reserved device name, not `.` or `..`.
pub fn is_portable_file_name(name: &str) -> bool {
    const RESERVED: [&str; 22] = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
        "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    let stem = name.split('.').next().unwrap_or("").trim_end_matches(' ');
    !name.is_empty()
        && name.len() <= 120
        && name != "."
        && name != ".."
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*'))
        && !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_written_visibly() {
        assert_eq!(
            visible("a\u{1b}[2Jb\u{7f}\u{9b}\u{202e}\u{2066}\n\t"),
            "a\\u{1b}[2Jb\\u{7f}\\u{9b}\\u{202e}\\u{2066}\n\t"
        );
        assert!(matches!(visible("唐山 局"), Cow::Borrowed(_)));
    }

    #[test]
    fn offsets_follow_the_escapes() {
        let (text, map) = visible_source("a\u{1b}bc\r\nd\re").expect("escaped");
        assert_eq!(text, "a\\u{1b}bc\r\nd\\u{d}e");
        assert_eq!(map.map(0), 0);
        assert_eq!(map.map(1), 1);
        assert_eq!(map.map(2), 7);
        assert_eq!(&text[map.map(2)..map.map(4)], "bc");
        assert_eq!(&text[map.map(8)..map.map(9)], "e");
    }

    #[test]
    fn csv_text_never_starts_a_formula() {
        for t in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            assert!(csv_text(t).starts_with('\''), "{t}");
        }
        assert_eq!(csv_text("档案完整"), "档案完整");
    }

    #[test]
    fn markdown_text_is_literal() {
        assert_eq!(md_inline("<b>&amp;</b>"), "&lt;b>&amp;amp;&lt;/b>");
        assert_eq!(md_block("> quote"), "\\> quote");
        assert_eq!(
            md_inline("[x](http://e) ![i][r] *a* _b_ `c` ~d~ |"),
            "[x\\](http\\://e) ![i\\][r] \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\|"
        );
        assert_eq!(md_inline("唐财行[2023]25号"), "唐财行[2023]25号");
        assert_eq!(md_inline("a\u{1b}[31mb\u{202e}c"), "a\\u{1b}[31mb\\u{202e}c");
        assert_eq!(md_code("x\u{1b}y"), "`x\\u{1b}y`");
        assert_eq!(md_block("# h"), "\\# h");
        assert_eq!(md_block("- a"), "\\- a");
        assert_eq!(md_block("[a]: http://e"), "\\[a\\]: http\\://e");
        assert_eq!(md_block("1. a"), "1\\. a");
        assert_eq!(md_block("1.负责"), "1.负责");
        assert_eq!(md_block("    code"), "code");
        assert_eq!(md_block("a\n# b"), "a \\# b");
        assert_eq!(md_code("a`b"), "``a`b``");
        assert_eq!(md_code("`a"), "`` `a ``");
    }

    #[test]
    fn markdown_text_links_and_notifies_nobody() {
        assert_eq!(md_inline("见 https://e.com/a 和 http://x"), "见 https\\://e.com/a 和 http\\://x");
        assert_eq!(md_inline("ftp://x HTTPS://Y"), "ftp\\://x HTTPS\\://Y");
        assert_eq!(md_inline("www.example.com WWW.E.CN"), "www\\.example.com WWW\\.E.CN");
        assert_eq!(md_inline("a@example.com"), "a@&#8288;example.com");
        assert_eq!(md_inline("@octocat 请审核"), "@&#8288;octocat 请审核");
        assert_eq!(md_inline("mailto:a@b.cn"), "mailto:a@&#8288;b.cn");
        // What only looks alike stays as it is.
        assert_eq!(md_inline("比例: 1:2 ww.x 10.5"), "比例: 1:2 ww.x 10.5");
        // A block starts with the same escapes.
        assert_eq!(md_block("www.e.cn"), "www\\.e.cn");
    }

    #[test]
    fn portable_names() {
        assert!(is_portable_file_name("01-部门预算收支总表.csv"));
        assert!(is_portable_file_name("09-部门预算财政拨款“三公”经费支出表.csv"));
        for bad in
            ["a|b", "a<b", "a>b", "a:b", "a*b", "a?b", "a\"b", "a/b", "a\\b", "a\0b", "a.", "a ", "CON", "nul.csv"]
        {
            assert!(!is_portable_file_name(bad), "{bad:?}");
        }
        assert!(!is_portable_file_name(&"名".repeat(50)));
    }
}
