//! Input generation for the stable fuzzing harness: a corpus (the examples, every
//! fixture, and extreme values and odd line ends) and seeded mutations of it that a
//! careless user or an attacker would produce.

use std::path::Path;

use proptest::prelude::Rng as _;
use proptest::test_runner::{RngAlgorithm, TestRng};

/// Values that stress amounts, codes, names and line structure.
pub const EXTREMES: &[&str] = &[
    "79228162514264337593543950335",
    "79228162514264337593543950334.99",
    "7.9e28",
    "999999999999999.99",
    "1000000000000000",
    "0.0000000000000000000000000000001",
    "12345678901234567890123456789.5",
    "-0.00",
    "+1",
    "0",
    "1e5",
    "１２３．４５",
    "100％",
    "≥79228162514264337593543950335人",
    "≤0万元",
    "9999999999%",
    "\u{a0}",
    "\u{3000}",
    "\r",
    "\r\n",
    "\n",
    "\u{85}",
    "\u{2028}",
    "\u{feff}",
    "\0",
    "\u{1b}[2J",
    "\u{202e}",
    "\"",
    "“",
    "”",
    "#",
    "{本年收入合计}",
    "{",
    "}",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "|",
    "include \"fuzz.budget\"",
    "include \"/proc/self/environ\"",
    "prior \"../../etc/passwd\"",
    "2080101",
    "30101",
    "13021124P00B44910005T",
    "行政运行",
    "一般公共预算拨款",
    "2099-99-99",
    "",
];

/// Every `.budget` file under `dir`, recursively, in a fixed order.
fn budgets(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            budgets(&p, out);
        } else if p.extension().is_some_and(|e| e == "budget") {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(text);
            }
        }
    }
}

/// The seed corpus: examples and fixtures, each also with CRLF and lone-CR line ends.
pub fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    budgets(&root.join("examples"), &mut files);
    budgets(&root.join("tests/fixtures"), &mut files);
    budgets(&root.join("tests/fuzz/seeds"), &mut files);
    let mut out = vec![];
    for f in files {
        out.push(f.replace('\n', "\r\n"));
        out.push(f.replace('\n', "\r"));
        out.push(f);
    }
    out
}

/// A seeded random source (ChaCha, so a seed gives the same inputs on every machine).
pub struct Rng(TestRng);

impl Rng {
    /// The generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        let mut bytes = [0u8; 32];
        bytes[..8].copy_from_slice(&seed.to_le_bytes());
        Rng(TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
    }

    /// A number below `n` (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.0.next_u64() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Splits at the line ends the grammar uses, keeping them.
fn lines(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        cur.push(c);
        if c == '\r' && chars.peek() == Some(&'\n') {
            cur.push('\n');
            let _ = chars.next();
        }
        if c == '\n' || c == '\r' {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The char boundaries of `text` (0 and len included).
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

/// Replaces the `n`th whitespace-separated token of a line.
fn replace_token(line: &str, n: usize, with: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').collect();
    let n = n % tokens.len().max(1);
    tokens.iter().enumerate().map(|(i, t)| if i == n { with } else { t }).collect::<Vec<_>>().join(" ")
}

/// One input: a corpus file with 1 to 8 mutations.
pub fn input(rng: &mut Rng, corpus: &[String]) -> String {
    let mut text = rng.pick::<String>(corpus).clone();
    for _ in 0..1 + rng.below(8) {
        text = mutate(rng, corpus, &text);
    }
    text
}

fn mutate(rng: &mut Rng, corpus: &[String], text: &str) -> String {
    let mut ls = lines(text);
    let n = ls.len();
    match rng.below(12) {
        // delete, duplicate or swap lines
        0 if n > 0 => {
            let _ = ls.remove(rng.below(n));
        }
        1 if n > 0 => {
            let i = rng.below(n);
            let l = ls[i].clone();
            ls.insert(rng.below(n + 1), l);
        }
        2 if n > 1 => {
            let (i, j) = (rng.below(n), rng.below(n));
            ls.swap(i, j);
        }
        // a line from another file
        3 => {
            let other = lines(rng.pick::<String>(corpus));
            if !other.is_empty() {
                let l = other[rng.below(other.len())].clone();
                ls.insert(rng.below(n + 1), l);
            }
        }
        // a token replaced by an extreme value
        4 | 5 if n > 0 => {
            let i = rng.below(n);
            let t = rng.below(8);
            ls[i] = replace_token(&ls[i], t, rng.pick::<&str>(EXTREMES));
        }
        // a number replaced by an extreme value
        10 | 11 => {
            let numeric: Vec<(usize, usize)> = ls
                .iter()
                .enumerate()
                .flat_map(|(i, l)| {
                    l.split(' ')
                        .enumerate()
                        .filter(|(_, t)| t.trim_end().chars().next().is_some_and(|c| c.is_ascii_digit()))
                        .map(move |(j, _)| (i, j))
                })
                .collect();
            if !numeric.is_empty() {
                let (i, j) = numeric[rng.below(numeric.len())];
                let end = if ls[i].ends_with("\r\n") {
                    "\r\n"
                } else if ls[i].ends_with(['\n', '\r']) {
                    &ls[i][ls[i].len() - 1..]
                } else {
                    ""
                }
                .to_owned();
                let body = replace_token(ls[i].trim_end_matches(['\n', '\r']), j, rng.pick::<&str>(EXTREMES));
                ls[i] = body + &end;
            }
        }
        // an extreme value inserted at any character
        6 | 7 => {
            let b = boundaries(text);
            let at = b[rng.below(b.len())];
            return format!("{}{}{}", &text[..at], *rng.pick::<&str>(EXTREMES), &text[at..]);
        }
        // a character range deleted
        8 => {
            let b = boundaries(text);
            let i = rng.below(b.len());
            let j = (i + 1 + rng.below(4)).min(b.len() - 1);
            return format!("{}{}", &text[..b[i]], &text[b[j]..]);
        }
        // the file cut short, or line ends changed
        _ => {
            let b = boundaries(text);
            return match rng.below(3) {
                0 => text[..b[rng.below(b.len())]].to_owned(),
                1 => text.replace("\r\n", "\r"),
                _ => text.replace('\n', "\r"),
            };
        }
    }
    ls.concat()
}
