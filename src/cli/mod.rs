//! The command line: `check`, `build`, `fmt`, `diff`, `explain`, `new` and the rest, with
//! exit status 0 (success, warnings allowed), 1 (errors in the sources) and 2 (usage or I/O
//! failure, or an option that does not apply to the subcommand).

mod build;
mod check;
mod colour;
mod diff;
mod explain;
mod fmt;
mod help;
mod new;
mod usage;

use std::ffi::OsStr;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostics, Lang};
use crate::msg;
use crate::source::SourceMap;

/// The command line. Its help texts are not written here: they are the `cli-page-…` messages
/// of `locales/*/cli.ftl`, found by command and argument name (see `help::command`).
#[derive(Parser, Debug)]
#[command(name = "budgetc", version, long_about = None)]
pub struct Cli {
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    pub format: Format,
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub color: Color,
    #[arg(long, global = true)]
    pub root: Option<PathBuf>,
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    Build {
        file: PathBuf,
        #[arg(short, long, default_value = "out")]
        out: PathBuf,
    },
    Fmt {
        #[arg(long)]
        check: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    Diff {
        old: String,
        new: Option<String>,
        #[arg(last = true)]
        paths: Vec<PathBuf>,
    },
    Textconv {
        file: PathBuf,
    },
    Explain {
        code: Option<String>,
    },
    New {
        dir: PathBuf,
        #[arg(long, default_value = new::DEFAULT)]
        template: String,
    },
    Templates,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    Help {
        command: Option<String>,
    },
}

impl Command {
    /// The subcommand's name, as typed.
    fn name(&self) -> &'static str {
        match self {
            Command::Check { .. } => "check",
            Command::Build { .. } => "build",
            Command::Fmt { .. } => "fmt",
            Command::Diff { .. } => "diff",
            Command::Textconv { .. } => "textconv",
            Command::Explain { .. } => "explain",
            Command::New { .. } => "new",
            Command::Templates => "templates",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
            Command::Help { .. } => "help",
        }
    }

    /// The output formats the subcommand has (`--format` help says the same).
    fn formats(&self) -> &'static [Format] {
        use Format::*;
        match self {
            Command::Check { .. } | Command::Build { .. } => &[Human, Short, Json, Github],
            Command::Fmt { .. } => &[Human, Short],
            Command::Diff { .. } => &[Human, Json, Markdown],
            _ => &[Human],
        }
    }

    /// Whether `--root` applies (the subcommand loads a budget with its includes).
    fn has_root(&self) -> bool {
        matches!(self, Command::Check { .. } | Command::Build { .. } | Command::Diff { .. })
    }

    /// Whether `--color` applies (the subcommand prints diagnostics or a diff).
    fn has_colour(&self) -> bool {
        self.has_root() || matches!(self, Command::Fmt { .. })
    }
}

/// Diagnostic output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Short,
    Json,
    Markdown,
    Github,
}

impl Format {
    /// The name typed after `--format`.
    fn name(self) -> String {
        self.to_possible_value().map(|v| v.get_name().to_owned()).unwrap_or_default()
    }
}

/// The languages of `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

/// When to colour human output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Items of a list joined as the reader's language writes them (`、` or `, `).
pub(crate) fn join(items: impl IntoIterator<Item = String>) -> String {
    let sep = if diag::lang() == Lang::Zh { "、" } else { ", " };
    items.into_iter().collect::<Vec<_>>().join(sep)
}

/// The options given that do not apply to the subcommand: refused rather than ignored.
fn refuse_options(cli: &Cli) -> Result<(), String> {
    let command = cli.command.name();
    let formats = cli.command.formats();
    if !formats.contains(&cli.format) {
        let list = join(formats.iter().map(|f| f.name()));
        return Err(
            msg!("cli-format-refused", format = cli.format.name(), command = command, formats = list).to_string()
        );
    }
    if cli.root.is_some() && !cli.command.has_root() {
        return Err(msg!("cli-root-refused", command = command).to_string());
    }
    if cli.color != Color::Auto && !cli.command.has_colour() {
        return Err(msg!("cli-color-refused", command = command).to_string());
    }
    Ok(())
}

/// Runs the command line.
pub fn main() -> ExitCode {
    // The help pages are in the language asked for, so it is chosen before parsing.
    diag::set_lang(usage::language(&usage::args()));
    let cli = match help::command().try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => return usage::fail(&e),
    };
    run(cli)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    diag::set_lang(match cli.lang {
        Some(LangArg::Zh) => Lang::Zh,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(|name| std::env::var(name).ok()),
    });
    let result = refuse_options(&cli).and_then(|()| dispatch(&cli));
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "{}", msg!("cli-error", message = shown(&message)));
            ExitCode::from(2)
        }
    }
}

/// Runs the subcommand.
fn dispatch(cli: &Cli) -> Result<ExitCode, String> {
    match &cli.command {
        Command::Check { files } => check::run(cli, files),
        Command::Build { file, out } => build::run(cli, file, out),
        Command::Explain { code } => explain::run(code.as_deref()),
        Command::Fmt { check, files } => fmt::run(cli, files, *check),
        Command::Diff { old, new, paths } => diff::run(cli, old, new.as_deref(), paths),
        Command::New { dir, template } => new::run(dir, template),
        Command::Templates => new::list(),
        Command::Completions { shell } => help::completions(*shell),
        Command::Man => help::man(),
        Command::Help { command } => help::help(command.as_deref()),
        Command::Textconv { file } => {
            let text = crate::load::read_root(file).map_err(|e| shown(e.to_string()));
            text.map(|t| {
                // Shown in a terminal by `git diff`: hidden characters written visibly.
                let facts = crate::fmt::textconv(&t);
                let _ = std::io::stdout().write_all(crate::render::escape::visible(&facts).as_bytes());
                ExitCode::SUCCESS
            })
        }
    }
}

/// Loads a budget named on the command line, inside the workspace `--root` if given.
pub(crate) fn load(cli: &Cli, file: &Path, diags: &mut Diagnostics) -> Result<crate::Sources, String> {
    match &cli.root {
        Some(root) => crate::load::load_in(file, root, diags),
        None => crate::load::load(file, diags),
    }
    .map_err(|e| shown(e.to_string()))
}

/// A path or an argument from the command line as it is echoed to a terminal or a log: its
/// control and bidi characters written visibly (`\u{1b}`), never raw.
pub(crate) fn shown(text: impl AsRef<OsStr>) -> String {
    crate::render::escape::visible(&Path::new(text.as_ref()).display().to_string()).into_owned()
}

/// Prints diagnostics in the chosen format: JSON to stdout, the others to stderr.
pub(crate) fn report(cli: &Cli, map: &SourceMap, diags: &Diagnostics) {
    let list = diags.as_slice();
    match cli.format {
        Format::Json => {
            let _ = std::io::stdout().write_all(diag::render::json(map, list).as_bytes());
        }
        Format::Short => {
            let _ = std::io::stderr().write_all(diag::render::short(map, list).as_bytes());
        }
        Format::Github => {
            let _ = std::io::stdout().write_all(diag::render::github(map, list).as_bytes());
        }
        Format::Human | Format::Markdown => {
            let color = colour::enabled(cli.color, std::io::stderr().is_terminal());
            let _ = std::io::stderr().write_all(diag::render::human(map, list, color).as_bytes());
        }
    }
}

/// A one-line summary on stderr after human diagnostics (the other formats are read by
/// programs and carry their own counts).
pub(crate) fn summary(cli: &Cli, line: diag::Message) {
    if cli.format == Format::Human {
        let _ = writeln!(std::io::stderr(), "{line}");
    }
}

/// The number of warnings among `diags`.
pub(crate) fn warnings(diags: &Diagnostics) -> usize {
    diags.as_slice().len() - diags.error_count()
}
