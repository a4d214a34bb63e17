//! Every text of the help pages is in the message files of both languages, and every
//! `cli-page-…` message of the files is one the command line asks for.

use std::collections::BTreeMap;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diag::{message::files, with_lang, Lang};

/// The `cli-page-…` messages of a language: id → its attributes.
fn pages(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (_, text) in files(lang) {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                if m.id.name.starts_with("cli-page-") {
                    let attrs = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
                    let _ = out.insert(m.id.name.to_owned(), attrs);
                }
            }
        }
    }
    out
}

/// The ids the command line looks up: each command and each of its arguments (but `-h`
/// and `-V`, which have fixed messages), and each value of the options that have them.
fn wanted() -> Vec<String> {
    let cmd = super::command();
    let mut out = vec!["cli-page-budgetc".to_owned()];
    let args = |name: &str, c: &clap::Command, out: &mut Vec<String>| {
        for a in c.get_arguments() {
            let id = a.get_id().as_str();
            if !matches!(id, "help" | "version") {
                out.push(format!("cli-page-{name}-{id}"));
            }
        }
    };
    args("budgetc", &cmd, &mut out);
    for sub in cmd.get_subcommands() {
        out.push(format!("cli-page-{}", sub.get_name()));
        args(sub.get_name(), sub, &mut out);
    }
    for (arg, values) in [
        ("format", &["human", "short", "json", "markdown", "github"][..]),
        ("color", &["auto", "always", "never"]),
        ("lang", &["zh", "en"]),
    ] {
        out.extend(values.iter().map(|v| format!("cli-page-value-{arg}-{v}")));
    }
    out
}

#[test]
fn every_text_of_the_help_pages_is_in_both_languages() {
    let zh = pages(Lang::Zh);
    assert_eq!(zh, pages(Lang::En), "zh-CN and en differ in their cli-page messages or attributes");
    let wanted = wanted();
    for id in &wanted {
        assert!(zh.contains_key(id), "`{id}` is not in the message files");
    }
    for id in zh.keys() {
        assert!(wanted.contains(id), "`{id}` is asked for by no command or argument");
    }
}

#[test]
fn the_help_pages_follow_the_language() {
    let render = |lang| {
        with_lang(lang, || {
            let mut cmd = super::command();
            cmd.build();
            let build = cmd.find_subcommand_mut("build").map(|b| b.render_long_help().to_string());
            (cmd.render_long_help().to_string(), build.unwrap_or_default())
        })
    };
    let (zh, zh_build) = render(Lang::Zh);
    let (en, en_build) = render(Lang::En);
    assert!(zh.contains("用法：budgetc [选项] <命令>") && zh.contains("检查预算文件"), "{zh}");
    assert!(en.contains("Usage: budgetc [OPTIONS] <COMMAND>") && en.contains("Checks budget files"), "{en}");
    assert!(en_build.contains("<FILE>") && en_build.contains("Output directory"), "{en_build}");
    assert!(zh_build.contains("<文件>") && zh_build.contains("输出目录"), "{zh_build}");
    // A long help keeps its paragraphs.
    assert!(en.contains("(exit status 2).") && en.contains("markdown (a pull request comment).\n"), "{en}");
    for text in [&en, &en_build] {
        assert!(
            !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !"部门预算信息公开".contains(c)),
            "{text}"
        );
    }
}

#[test]
fn the_man_page_headings_follow_the_language() {
    let roff = ".TH budgetc 1\n.SH NAME\nbudgetc\n.SH SYNOPSIS\n.SH DESCRIPTION\nNAME\n.SH 选项\n.SH VERSION\n";
    assert_eq!(
        with_lang(Lang::Zh, || super::headings(roff)),
        ".TH budgetc 1\n.SH 名称\nbudgetc\n.SH 概述\n.SH 描述\nNAME\n.SH 选项\n.SH 版本\n"
    );
    assert_eq!(with_lang(Lang::En, || super::headings(roff)), roff);
    let commands = ".SH Commands\n";
    assert_eq!(with_lang(Lang::En, || super::headings(commands)), ".SH COMMANDS\n");
}
