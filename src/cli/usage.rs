//! Errors of the command line itself (an unknown subcommand or option, a bad value, a
//! missing argument), in the reader's language: clap's own words are English.

use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::diag::{self, Lang, Message};
use crate::msg;

/// The language asked for on the command line (`--lang en`, `--lang=en`), else the
/// environment's: a command line that cannot be parsed still chooses its language.
pub(super) fn language(args: &[String]) -> Lang {
    let mut named = None;
    for (i, a) in args.iter().enumerate() {
        if let Some(v) = a.strip_prefix("--lang=") {
            named = Lang::from_tag(v);
        } else if a == "--lang" {
            named = args.get(i + 1).and_then(|v| Lang::from_tag(v));
        }
    }
    named.unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok()))
}

/// The command line's words (an argument that is not UTF-8 is read lossily: it only
/// matters here if it is `--lang`).
pub(super) fn args() -> Vec<String> {
    std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect()
}

fn context(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(if diag::lang() == Lang::Zh { "、" } else { ", " }),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// What is wrong with the command line, as a message.
pub fn message(e: &clap::Error) -> Message {
    let arg = || crate::cli::shown(context(e, ContextKind::InvalidArg));
    let value = || crate::cli::shown(context(e, ContextKind::InvalidValue));
    let suggestion = context(e, ContextKind::SuggestedSubcommand) + &context(e, ContextKind::SuggestedArg);
    let base = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            msg!("cli-usage-subcommand", name = crate::cli::shown(context(e, ContextKind::InvalidSubcommand)))
        }
        ErrorKind::UnknownArgument => msg!("cli-usage-unknown", name = arg()),
        ErrorKind::InvalidValue => {
            msg!("cli-usage-value", name = arg(), value = value(), accepted = context(e, ContextKind::ValidValue))
        }
        ErrorKind::MissingRequiredArgument => msg!("cli-usage-missing", name = arg()),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            msg!("cli-usage-no-subcommand")
        }
        ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => {
            msg!("cli-usage-unknown", name = arg())
        }
        _ => msg!("cli-usage-other"),
    };
    if suggestion.is_empty() {
        base
    } else {
        msg!("cli-usage-did-you-mean", message = base, suggestion = crate::cli::shown(suggestion))
    }
}

/// Reports a command line clap could not parse and returns the exit status (help and
/// version are printed as clap prints them).
pub fn fail(e: &clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    diag::set_lang(language(&args()));
    let text = msg!("cli-error", message = message(e));
    let _ = writeln!(std::io::stderr(), "{text}\n{}", msg!("cli-usage-help"));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::language;
    use crate::diag::Lang;

    #[test]
    fn the_language_of_a_command_line_that_does_not_parse() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(language(&args(&["budgetc", "--lang", "en", "chekc"])), Lang::En);
        assert_eq!(language(&args(&["budgetc", "--lang=en", "chekc"])), Lang::En);
        assert_eq!(language(&args(&["budgetc", "--lang", "zh", "chekc"])), Lang::Zh);
    }
}
