//! The message files: they parse, both languages have the same messages with the same
//! arguments, and every message the sources use exists with the arguments they pass.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::{files, Lang, Message};

/// The variables a pattern uses.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            let _ = out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

/// Every message of a language: id → the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (name, text) in files(lang) {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}/{name} does not parse: {errors:?}", lang.tag()),
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let fresh = out.insert(m.id.name.to_owned(), vars).is_none();
                assert!(fresh, "{}/{name}: `{}` is defined twice", lang.tag(), m.id.name);
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let zh = messages(Lang::Zh);
    let en = messages(Lang::En);
    let ids = |m: &BTreeMap<String, BTreeSet<String>>| m.keys().cloned().collect::<BTreeSet<_>>();
    let only_zh: Vec<_> = ids(&zh).difference(&ids(&en)).cloned().collect();
    let only_en: Vec<_> = ids(&en).difference(&ids(&zh)).cloned().collect();
    assert!(only_zh.is_empty() && only_en.is_empty(), "only in zh-CN: {only_zh:?}; only in en: {only_en:?}");
    for (id, vars) in &zh {
        assert_eq!(Some(vars), en.get(id), "`{id}` uses other arguments in zh-CN and en");
    }
}

/// Every `msg!("id", a = …, b = …)` of the sources: (file, id, argument names).
fn uses() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = vec![];
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs")
                || path.ends_with("diag/message.rs")
                || path.ends_with("message/tests.rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for (at, _) in text.match_indices("msg!(") {
                let Some(rest) = text[at + 5..].trim_start().strip_prefix('"') else { continue };
                let Some(end) = rest.find('"') else { continue };
                let id = rest[..end].to_owned();
                // The arguments: `name =` at depth 0 up to the closing parenthesis.
                let mut depth = 0i32;
                let mut args = BTreeSet::new();
                let mut word = String::new();
                let mut chars = rest[end + 1..].chars().peekable();
                let mut in_str = false;
                while let Some(c) = chars.next() {
                    if in_str {
                        if c == '\\' {
                            let _ = chars.next();
                        } else if c == '"' {
                            in_str = false;
                        }
                        continue;
                    }
                    match c {
                        '"' => in_str = true,
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' if depth == 0 => break,
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 0 => word.clear(),
                        '=' if depth == 0 && chars.peek() != Some(&'=') && !word.trim().is_empty() => {
                            let _ = args.insert(word.trim().to_owned());
                            word.clear();
                        }
                        c if depth == 0 && (c.is_alphanumeric() || c == '_' || c.is_whitespace()) => word.push(c),
                        _ => word.clear(),
                    }
                }
                let file = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&path).display().to_string();
                out.push((file, id, args));
            }
        }
    }
    out
}

#[test]
fn every_message_the_sources_use_exists_with_the_arguments_they_pass() {
    let uses = uses();
    assert!(uses.len() > 3, "the scan found no msg! uses");
    for lang in Lang::ALL {
        let messages = messages(lang);
        for (file, id, args) in &uses {
            let vars = messages.get(id).unwrap_or_else(|| panic!("{file}: `{id}` is not in {}", lang.tag()));
            assert!(vars.is_subset(args), "{file}: `{id}` in {} uses {vars:?}, the source passes {args:?}", lang.tag());
        }
    }
}

#[test]
fn arguments_are_inserted_without_isolation_marks_and_counts_choose_plurals() {
    let m = Message::new("diag-more").arg("count", 1usize);
    assert_eq!(m.render(Lang::En), "… and 1 more diagnostic");
    assert_eq!(Message::new("diag-more").arg("count", 3usize).render(Lang::En), "… and 3 more diagnostics");
    assert_eq!(m.render(Lang::Zh), "…… 另有 1 条诊断未列出");
    let help = Message::new("diag-help").arg("help", "x");
    assert!(!help.render(Lang::Zh).contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn the_language_comes_from_the_environment_chinese_first() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned())
    };
    assert_eq!(Lang::from_env(env(&[])), Lang::Zh);
    assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::Zh);
    assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])), Lang::Zh);
    assert_eq!(Lang::from_env(env(&[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "")])), Lang::Zh);
    assert_eq!(Lang::from_env(env(&[("LC_MESSAGES", "en"), ("LANG", "zh_CN")])), Lang::En);
}

#[test]
fn with_lang_switches_this_thread_only() {
    let m = Message::new("severity-error");
    assert_eq!(super::with_lang(Lang::En, || m.to_string()), "error");
    assert_eq!(super::with_lang(Lang::Zh, || m.to_string()), "错误");
}

#[test]
fn every_message_of_the_files_is_used_by_the_sources() {
    let used: BTreeSet<String> = uses().into_iter().map(|(_, id, _)| id).collect();
    let unused: Vec<String> = messages(Lang::Zh)
        .into_keys()
        // Code titles are looked up by code (`Code::title`), tested in diag::code.
        // The help pages' texts (`cli-page-…`) are looked up by the shape of the command
        // line, tested in cli::help.
        .filter(|id| !id.starts_with("code-") && !id.starts_with("cli-page-") && !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "messages no source uses: {unused:?}");
}
