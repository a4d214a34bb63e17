//! The command line as clap sees it, in the reader's language: every text of the help pages
//! (what a command or an argument does, headings, usage lines, the help and version flags)
//! comes from `locales/*/cli.ftl`; shell completions (`clap_complete`) and the man page
//! (`clap_mangen`) are made from the same description.

use std::io::Write;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, Resettable, StyledStr, TypedValueParser};
use clap::{Arg, ArgAction, CommandFactory, ValueEnum};

use super::{Cli, Color, Format, LangArg};
use crate::diag::message::lookup;
use crate::msg;

/// The text of `cli-page-…` (the tests keep every one present in both languages).
fn page(id: &str, attr: Option<&str>) -> Option<String> {
    lookup(id, attr)
}

/// A text of the help page, or none.
fn styled(text: Option<String>) -> Resettable<StyledStr> {
    Resettable::from(text.map(StyledStr::from))
}

/// The command line in the reader's language ([`crate::diag::lang`]).
pub fn command() -> clap::Command {
    let cmd = Cli::command()
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(msg!("cli-help-flag-version").to_string())
                .display_order(1001),
        )
        .disable_help_subcommand(true)
        .subcommand_help_heading(msg!("cli-help-heading-commands").to_string())
        .subcommand_value_name(msg!("cli-help-command-value").to_string())
        .mut_arg("format", |a| a.value_parser(values::<Format>("format")))
        .mut_arg("color", |a| a.value_parser(values::<Color>("color")))
        .mut_arg("lang", |a| a.value_parser(values::<LangArg>("lang")));
    localise(cmd, "budgetc", "budgetc")
}

/// The values of a `--format`-like option, each with its text.
fn values<E: ValueEnum + Clone + Send + Sync + 'static>(arg: &str) -> impl TypedValueParser<Value = E> {
    let values = E::value_variants().iter().filter_map(ValueEnum::to_possible_value).map(|v| {
        let help = page(&format!("cli-page-value-{arg}-{}", v.get_name()), None);
        v.help(styled(help))
    });
    PossibleValuesParser::new(values).try_map(|s| E::from_str(&s, false))
}

/// Texts, headings, usage and `-h` for `cmd` (named `name` in the message ids, shown as
/// `path`) and its subcommands.
fn localise(cmd: clap::Command, name: &str, path: &str) -> clap::Command {
    let about = page(&format!("cli-page-{name}"), None);
    let long_about = page(&format!("cli-page-{name}"), Some("more"))
        .map(|more| format!("{}\n\n{more}", about.clone().unwrap_or_default()));
    let template =
        format!("{{about-with-newline}}\n{}\n\n{{all-args}}{{after-help}}", msg!("cli-help-usage", usage = "{usage}"));
    let options = msg!("cli-help-heading-options").to_string();
    let arguments = msg!("cli-help-heading-arguments").to_string();
    let mut cmd = cmd
        .about(styled(about))
        .long_about(styled(long_about))
        .help_template(template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(msg!("cli-help-flag-help").to_string())
                .display_order(1000),
        )
        .mut_args({
            // Positional arguments keep their order (a heading would sort them by name).
            let mut position = 0;
            let name = name.to_owned();
            move |a| {
                position += 1;
                let id = a.get_id().as_str().to_owned();
                let a = if matches!(id.as_str(), "help" | "version") {
                    a
                } else {
                    let key = format!("cli-page-{name}-{id}");
                    let help = page(&key, None);
                    let long =
                        page(&key, Some("more")).map(|more| format!("{}\n\n{more}", help.clone().unwrap_or_default()));
                    let a = a.help(styled(help)).long_help(styled(long));
                    match page(&key, Some("value")) {
                        Some(value) => a.value_name(value),
                        None => a,
                    }
                };
                let a = if a.is_positional() {
                    a.help_heading(arguments.clone()).display_order(position)
                } else {
                    a.help_heading(options.clone())
                };
                if a.get_action().takes_values() {
                    a.hide_possible_values(true).hide_default_value(true)
                } else {
                    a
                }
            }
        });
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in names {
        let sub_path = format!("{path} {sub}");
        cmd = cmd.mut_subcommand(&sub, |s| localise(s, &sub, &sub_path));
    }
    // The usage clap writes, with our words: `budgetc check [选项] <文件>…`.
    let mut built = cmd.clone();
    built.build();
    let usage = built.render_usage().to_string();
    let rest = usage.trim_start_matches("Usage:").trim();
    let rest = rest.split_once(' ').map_or("", |(_, r)| r).replace("[OPTIONS]", "").replace("...", "…");
    let options = msg!("cli-help-options");
    cmd.override_usage(format!("{path} {options} {}", rest.trim()).trim().to_owned())
}

/// `budgetc help [COMMAND]`: the long help of budgetc or of one command.
pub fn help(name: Option<&str>) -> Result<ExitCode, String> {
    let mut cmd = command();
    cmd.build();
    let page = match name {
        None => cmd.render_long_help(),
        Some(n) => match cmd.find_subcommand_mut(n) {
            Some(sub) => sub.render_long_help(),
            None => return Err(crate::msg!("cli-help-unknown", command = n).to_string()),
        },
    };
    let _ = writeln!(std::io::stdout(), "{}", page.to_string().trim_end());
    Ok(ExitCode::SUCCESS)
}

/// `budgetc completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode, String> {
    let mut cmd = command();
    clap_complete::generate(shell, &mut cmd, "budgetc", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}

/// `budgetc man`: the man page (roff) on stdout.
pub fn man() -> Result<ExitCode, String> {
    let mut page = vec![];
    clap_mangen::Man::new(command()).render(&mut page).map_err(|e| e.to_string())?;
    let _ = std::io::stdout().write_all(headings(&String::from_utf8_lossy(&page)).as_bytes());
    Ok(ExitCode::SUCCESS)
}

/// The man page with the section headings clap_mangen writes in English (`.SH NAME`) in
/// the reader's language; only those `.SH` lines change.
fn headings(roff: &str) -> String {
    let commands = format!(".SH {}", msg!("cli-help-heading-commands"));
    roff.split_inclusive('\n')
        .map(|line| {
            let heading = match line.trim_end() {
                l if l == commands => msg!("cli-man-commands"),
                ".SH NAME" => msg!("cli-man-name"),
                ".SH SYNOPSIS" => msg!("cli-man-synopsis"),
                ".SH DESCRIPTION" => msg!("cli-man-description"),
                ".SH OPTIONS" => msg!("cli-man-options"),
                ".SH EXTRA" => msg!("cli-man-extra"),
                ".SH VERSION" => msg!("cli-man-version"),
                ".SH AUTHORS" => msg!("cli-man-authors"),
                _ => return line.to_owned(),
            };
            format!(".SH {heading}\n")
        })
        .collect()
}

#[cfg(test)]
mod tests;
