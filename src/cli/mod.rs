//! The command line: `check`, `build` and `explain`, with exit status 0 (success,
//! warnings allowed), 1 (errors in the sources) and 2 (usage or I/O failure).

mod build;
mod check;
mod diff;
mod explain;
mod fmt;

use std::ffi::OsStr;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diag::{self, Diagnostics};
use crate::source::SourceMap;

/// budgetc: compile a departmental budget written as text into its disclosure tables.
#[derive(Parser, Debug)]
#[command(name = "budgetc", version, about, long_about = None)]
pub struct Cli {
    /// How diagnostics are printed.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    pub format: Format,
    /// Colours in human diagnostics.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub color: Color,
    /// The workspace: `include` and `prior` files must lie inside DIR (default: the
    /// directory of the file named on the command line).
    #[arg(long, value_name = "DIR", global = true)]
    pub root: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check budget files and report every problem; write nothing.
    Check {
        /// The `.budget` files (each a whole budget; includes are followed).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check a budget and write its tables and narrative (HTML, Markdown, CSV, JSON).
    Build {
        /// The `.budget` file.
        file: PathBuf,
        /// The output directory (replaced whole; nothing is written if the budget has errors).
        #[arg(short, long, default_value = "out")]
        out: PathBuf,
    },
    /// Rewrite files in the canonical layout (comments and blank lines kept).
    Fmt {
        /// Only report the files that would change (exit status 1 if any).
        #[arg(long)]
        check: bool,
        /// The `.budget` files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Compare two budgets fact by fact, with the table cells and narrative figures that move.
    ///
    /// Each side is a file, a directory or a git revision: `budgetc diff old.budget
    /// new.budget`, `budgetc diff HEAD~1` (against the working tree), `budgetc diff
    /// main..feature -- examples/x.budget`. A name that exists as a file or a directory is
    /// read as one, even when a revision has the same name; a revision never starts with `-`.
    /// Symbolic links are not followed when a directory is searched for budgets. Exit status
    /// 0 when equal, 1 when different, 2 on an error.
    Diff {
        /// The old side.
        old: String,
        /// The new side (default: the working tree, when OLD is a revision).
        new: Option<String>,
        /// The budgets to compare (default: every root budget).
        #[arg(last = true)]
        paths: Vec<PathBuf>,
    },
    /// Print a file's facts sorted, for `git diff` (see the README's git integration).
    Textconv {
        /// The `.budget` file (git passes a temporary copy of one version).
        file: PathBuf,
    },
    /// Explain a diagnostic code, e.g. `budgetc explain B2104`.
    Explain {
        /// The code; without one, list every code.
        code: Option<String>,
    },
}

/// Diagnostic output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// As rustc: source snippet, labels, notes, help.
    Human,
    /// One line each: `file:line:col: severity[CODE]: message`.
    Short,
    /// A JSON report on stdout.
    Json,
    /// `diff` only: a Markdown comment for a pull request.
    Markdown,
    /// `check` only: workflow annotations a CI runner shows on the changed line
    /// (`::error file=…,line=…,col=…,title=CODE::message`).
    Github,
}

/// When to colour human output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// When stderr is a terminal and NO_COLOR is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    run(cli)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Check { files } => check::run(&cli, files),
        Command::Build { file, out } => build::run(&cli, file, out),
        Command::Explain { code } => explain::run(code.as_deref()),
        Command::Fmt { check, files } => fmt::run(&cli, files, *check),
        Command::Diff { old, new, paths } => diff::run(&cli, old, new.as_deref(), paths),
        Command::Textconv { file } => {
            let text = crate::load::read_root(file).map_err(|e| shown(e.to_string()));
            text.map(|t| {
                let _ = std::io::stdout().write_all(crate::fmt::textconv(&t).as_bytes());
                ExitCode::SUCCESS
            })
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            // Paths and arguments are made visible where they are put in; once more here,
            // for any message from below the command line.
            let _ = writeln!(std::io::stderr(), "budgetc: error: {}", shown(&message));
            ExitCode::from(2)
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
            let color = match cli.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal(),
            };
            let mut text = diag::render::human(map, list, color);
            let errors = diags.error_count();
            let warnings = list.len() - errors;
            if errors > 0 {
                text.push_str(&format!(
                    "error: {errors} error{}{}; nothing written\n",
                    if errors == 1 { "" } else { "s" },
                    if warnings > 0 {
                        format!(", {warnings} warning{}", if warnings == 1 { "" } else { "s" })
                    } else {
                        String::new()
                    }
                ));
            }
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
}
