//! The command line as clap sees it, in Chinese: help headings, usage lines and the help
//! and version flags are our words; shell completions (`clap_complete`) and the man page
//! (`clap_mangen`) are made from the same description.

use std::io::Write;
use std::process::ExitCode;

use clap::{Arg, ArgAction, CommandFactory};

use super::Cli;

/// The help page of a command: about, usage, then the arguments under Chinese headings.
const TEMPLATE: &str = "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";

/// The command line with Chinese headings, usage lines and help and version flags.
pub fn command() -> clap::Command {
    let cmd = Cli::command()
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("显示版本")
                .help_heading("选项")
                .display_order(1001),
        )
        .disable_help_subcommand(true)
        .subcommand_help_heading("命令")
        .subcommand_value_name("命令");
    localise(cmd, "budgetc")
}

/// Headings, usage and `-h` for `cmd` and its subcommands.
fn localise(cmd: clap::Command, path: &str) -> clap::Command {
    let mut cmd = cmd
        .help_template(TEMPLATE)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("显示帮助")
                .help_heading("选项")
                .display_order(1000),
        )
        .mut_args({
            // Positional arguments keep their order (a heading would sort them by name).
            let mut position = 0;
            move |a| {
                position += 1;
                let a = if a.is_positional() {
                    a.help_heading("参数").display_order(position)
                } else {
                    a.help_heading("选项")
                };
                if a.get_action().takes_values() {
                    a.hide_possible_values(true).hide_default_value(true)
                } else {
                    a
                }
            }
        });
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in names {
        let sub_path = format!("{path} {name}");
        cmd = cmd.mut_subcommand(&name, |s| localise(s, &sub_path));
    }
    // The usage clap writes, with our words: `budgetc check [选项] <文件>…`.
    let mut built = cmd.clone();
    built.build();
    let usage = built.render_usage().to_string();
    let rest = usage.trim_start_matches("Usage:").trim();
    let rest = rest.split_once(' ').map_or("", |(_, r)| r).replace("[OPTIONS]", "").replace("...", "…");
    cmd.override_usage(format!("{path} [选项] {}", rest.trim()).trim().to_owned())
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
    let _ = std::io::stdout().write_all(&page);
    Ok(ExitCode::SUCCESS)
}
