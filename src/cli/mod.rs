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

/// 把以文本写成的部门预算编译成部门预算公开的表格和说明。
#[derive(Parser, Debug)]
#[command(name = "budgetc", version, long_about = None)]
pub struct Cli {
    /// 输出格式（默认 human）；各命令可用的格式见 `--help`。
    ///
    /// human（默认，带源代码片段）、short（每条一行）、json（输出到标准输出）、github（CI 在改动的行上显示的标注）、markdown（拉取请求的评论）。
    ///
    /// check、build 可用 human、short、json、github；fmt 可用 human、short；diff 可用 human、json、markdown；其余命令只有 human。给出命令不适用的格式即报错（退出状态 2）。
    #[arg(long, value_enum, default_value_t = Format::Human, global = true, value_name = "格式")]
    pub format: Format,
    /// 何时着色：auto（默认）、always（总是）、never（从不）；用于 check、build、fmt、diff。
    ///
    /// auto：输出到终端时着色；NO_COLOR 非空、CLICOLOR=0 或 TERM=dumb 时不着色；CLICOLOR_FORCE 非空时总是着色（NO_COLOR 非空时除外）。
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true, value_name = "何时")]
    pub color: Color,
    /// 工作区：`include` 和 `prior` 的文件必须在这个目录内；用于 check、build、diff。
    ///
    /// 默认为命令行上所给文件所在的目录。
    #[arg(long, value_name = "目录", global = true)]
    pub root: Option<PathBuf>,
    /// 提示的语言：zh（中文，默认）或 en（英文）。
    ///
    /// 不给出时看 LC_ALL、LC_MESSAGES、LANG，只有它们指明英文时才用英文。
    #[arg(long, value_enum, global = true, value_name = "语言")]
    pub lang: Option<LangArg>,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// 检查预算文件，报告所有问题；不写出任何文件。
    Check {
        /// `.budget` 文件（每个都是一份完整的预算；会读取其中 include 的文件）。
        #[arg(required = true, value_name = "文件")]
        files: Vec<PathBuf>,
    },
    /// 检查预算，并写出其表格和说明（HTML、Markdown、CSV、JSON）。
    Build {
        /// `.budget` 文件。
        #[arg(value_name = "文件")]
        file: PathBuf,
        /// 输出目录（整个替换；预算有错误时不写出任何文件）。
        #[arg(short, long, default_value = "out", value_name = "目录")]
        out: PathBuf,
    },
    /// 按统一格式重新排版文件（保留注释和空行）。
    Fmt {
        /// 只列出需要重新排版的文件（有则退出状态为 1）。
        #[arg(long)]
        check: bool,
        /// `.budget` 文件。
        #[arg(required = true, value_name = "文件")]
        files: Vec<PathBuf>,
    },
    /// 逐项比较两份预算：变动的数据，以及随之变动的表格单元格和说明中的数字。
    ///
    /// 每一方是一个文件、一个目录或一个 git 修订版本：`budgetc diff old.budget new.budget`、`budgetc diff HEAD~1`（与工作区比较）、`budgetc diff main..feature -- examples/x.budget`。
    ///
    /// 存在同名的文件或目录时，按文件或目录读取，即使有同名的修订版本；修订版本不以 `-` 开头。在目录中查找预算时不跟随符号链接。相同时退出状态为 0，不同时为 1，出错时为 2。
    Diff {
        /// 旧的一方。
        #[arg(value_name = "旧")]
        old: String,
        /// 新的一方（“旧”是修订版本时，默认为工作区）。
        #[arg(value_name = "新")]
        new: Option<String>,
        /// 要比较的预算（默认：所有根预算文件）。
        #[arg(last = true, value_name = "路径")]
        paths: Vec<PathBuf>,
    },
    /// 按排序列出文件中的数据，供 `git diff` 使用（见 README 中的 git 集成）。
    Textconv {
        /// `.budget` 文件（git 传入某一版本的临时副本）。
        #[arg(value_name = "文件")]
        file: PathBuf,
    },
    /// 解释一个诊断代码，例如 `budgetc explain B2104`。
    Explain {
        /// 诊断代码；不给出时按顺序列出全部代码。
        #[arg(value_name = "代码")]
        code: Option<String>,
    },
    /// 在新目录中写出一份部门预算框架，可直接检查和生成，再按注释填写。
    New {
        /// 新目录（不存在或为空）。
        #[arg(value_name = "目录")]
        dir: PathBuf,
        /// 表格模板（`budgetc templates` 列出全部模板）。
        #[arg(long, default_value = new::DEFAULT, value_name = "模板")]
        template: String,
    },
    /// 列出 `budgetc new --template` 可用的模板。
    Templates,
    /// 输出命令行补全脚本（bash、zsh、fish、powershell、elvish）。
    ///
    /// 例如 `budgetc completions bash > ~/.local/share/bash-completion/completions/budgetc`。
    Completions {
        /// shell：bash、zsh、fish、powershell、elvish。
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// 输出 man 手册页（roff 格式）。
    ///
    /// 例如 `budgetc man > budgetc.1`，然后 `man ./budgetc.1`。
    Man,
    /// 显示帮助，或某条命令的帮助。
    Help {
        /// 命令。
        #[arg(value_name = "命令")]
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
    /// 同 rustc：源代码片段、标注、附注、建议。
    Human,
    /// 每条一行：`文件:行:列: 级别[代码]: 说明`。
    Short,
    /// JSON 报告，输出到标准输出。
    Json,
    /// 仅 diff：拉取请求的 Markdown 评论。
    Markdown,
    /// 仅 check、build：CI 在改动的行上显示的标注（`::error file=…,line=…,col=…,title=CODE::message`）。
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
    /// 简体中文。
    Zh,
    /// 英文。
    En,
}

/// When to colour human output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// 输出到终端时，除非环境变量不要颜色。
    Auto,
    /// 总是。
    Always,
    /// 从不。
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
