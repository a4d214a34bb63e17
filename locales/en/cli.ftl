# Messages of the command line (budgetc check, build, fmt, diff, explain, new).

## Shared by every command

# A command-line failure (usage or I/O, exit status 2).
cli-error = budgetc: error: { $message }
cli-format-refused = `--format { $format }` does not apply to `budgetc { $command }`; its formats: { $formats }.
cli-root-refused = `--root` does not apply to `budgetc { $command }`; it is for check, build and diff only.
cli-color-refused = `--color` does not apply to `budgetc { $command }`, which prints no colours.
cli-cannot-write = cannot write { $path }: { $reason }
cli-cannot-read = cannot read { $path }: { $reason }
cli-tempdir = cannot create a temporary directory: { $reason }

## budgetc check

# The one-line summary without errors.
cli-check-clean = checked { $files ->
        [one] 1 file
       *[other] { $files } files
    }: { $units ->
        [one] 1 unit
       *[other] { $units } units
    }, { $projects ->
        [one] 1 project
       *[other] { $projects } projects
    }; no errors, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }.
# The one-line summary with errors.
cli-check-failed = checked { $files ->
        [one] 1 file
       *[other] { $files } files
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }.

## budgetc build

cli-build-failed = error: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; nothing written.
cli-build-wrote = wrote { $count ->
        [one] 1 file
       *[other] { $count } files
    } to { $dir } (budget.html, budget.md, narrative.md, budget.json, csv/).

## budgetc fmt

cli-fmt-would-reformat = would reformat { $path }
cli-fmt-syntax-errors = budgetc: { $path } has syntax errors; not formatted.
cli-fmt-not-regular = { $path } is not a regular file; not formatted.
cli-fmt-meaning = fmt found it would change the meaning of { $path } ({ $why }); the file is left unchanged.
cli-fmt-read-only = { $path } is read-only; not formatted.
cli-fmt-cannot-write = cannot write { $path }: { $reason }; the file is left unchanged.

## budgetc explain

cli-explain-unknown = unknown code `{ $code }`; `budgetc explain` lists every code.

## budgetc new and budgetc templates

cli-new-unknown-template = unknown template `{ $template }`; `budgetc templates` lists every template.
cli-new-not-empty = the directory { $dir } is not empty; `budgetc new` writes only into a new or empty directory: choose another one.
cli-new-wrote = wrote { $file } (template { $template }). Fill it in as its comments say, then run `budgetc check { $file }`.

## budgetc diff: the command line

cli-diff-dash = `{ $text }` is not a revision: a revision never starts with `-`.
cli-diff-not-rev = `{ $text }` is not a git revision (a commit) here.
cli-diff-give-new = give the new side: `budgetc diff OLD NEW` (final accounts given alone are compared with the budgets their `budget` lines name; this file names none).
cli-diff-not-regular = `{ $path }` is neither a regular file nor a directory.
cli-diff-new-missing = `{ $path }` is neither a file nor a directory (OLD is one: NEW must be too).
cli-diff-kinds = compare a file with a file, or a directory with a directory.
cli-diff-paths-with-files = `-- PATH` names budgets inside directories or revisions; here both sides are files.
cli-diff-range-and-new = give a range `{ $range }` or two sides, not both.
cli-diff-three-dots = `{ $range }`: give a range of two dots, `A..B`.
cli-diff-unknown = `{ $text }` is neither a file, a directory nor a git revision.
cli-diff-not-budget = `{ $name }` is not a budget file.
cli-diff-outside-repo = `{ $path }` is not inside the repository.
cli-diff-on-neither = `{ $path }` is on neither side.
cli-diff-nothing = no budget to compare: name one after `--`.

## budgetc diff: reading git revisions

cli-git-cannot-run = cannot run git: { $reason }
cli-git-cannot-list = cannot list the files of revision { $rev }.
cli-git-unexpected = unexpected output from git ls-tree: { $entry }
cli-git-unsafe-path = revision { $rev } holds an unsafe path { $path }: refused.
cli-git-wait = git cat-file: { $reason }
cli-git-cannot-read = cannot read the files of revision { $rev }.
cli-git-reading = reading a revision: { $reason }
cli-git-no-pipe = cannot talk to git cat-file.
cli-git-bad-object = git cat-file cannot read object { $oid }: { $header }
cli-git-cut-short = git cat-file: object { $oid } cut short.

## budgetc diff: the report

cli-diff-no-change = no change: the two budgets have the same facts, tables, narrative and checks
cli-diff-facts = Facts ({ $count })
cli-diff-cells = Table cells ({ $count })
cli-diff-figures = Narrative figures ({ $count })
cli-diff-checks = Checks ({ $count })
cli-diff-now-failing = now failing
cli-diff-now-passing = now passing
# The Markdown report (a pull-request comment).
cli-diff-md-no-change = No change: the two budgets have the same facts, tables, narrative and checks.
cli-diff-md-summary = { $facts ->
        [one] 1 fact
       *[other] { $facts } facts
    }, { $cells ->
        [one] 1 table cell
       *[other] { $cells } table cells
    }, { $figures ->
        [one] 1 narrative figure
       *[other] { $figures } narrative figures
    }, { $checks ->
        [one] 1 check
       *[other] { $checks } checks
    } changed.
cli-diff-md-facts = Facts
cli-diff-md-cells = Table cells
cli-diff-md-figures = Narrative figures
cli-diff-md-checks = Checks
cli-diff-md-fact = fact
cli-diff-md-field = field
cli-diff-md-old = old
cli-diff-md-new = new
cli-diff-md-delta = Δ
cli-diff-md-table = table
cli-diff-md-row = row
cli-diff-md-column = column
cli-diff-md-section = section

## budgetc diff: budget against actual (a 预算 and the 决算 of the same year)

cli-diff-acc-title = budget against actual ({ $year }, amounts in { $unit })
cli-diff-acc-budget-side = budget (预算): { $name }
cli-diff-acc-actual-side = actual (决算): { $name }
cli-diff-acc-rules = difference = actual − budget; completion = actual ÷ budget, half-up to 2 decimals; where the budget is 0 no completion is computed: "no budget".
cli-diff-acc-incomplete = note: { $name } has errors; the figures below are those of the facts that could be read (`budgetc check` shows the errors).
cli-diff-acc-totals = spending in total
cli-diff-acc-functions = by function classification (类, 款, 项)
cli-diff-acc-item = item
cli-diff-acc-code = code and name
cli-diff-acc-budget = budget
cli-diff-acc-actual = actual
cli-diff-acc-delta = difference
cli-diff-acc-rate = completion
cli-diff-acc-no-budget = no budget
cli-diff-acc-total = total spending (支出合计)
cli-diff-acc-basic = basic spending (基本支出)
cli-diff-acc-project = project spending (项目支出)
cli-diff-acc-reserve = reserve (单位预留机动经费)
cli-diff-acc-upper = remitted upward (上缴上级支出)
cli-diff-acc-operating = operating (经营支出)
cli-diff-acc-subsidy = subsidies to subordinate units (对附属单位补助支出)
cli-diff-acc-personnel = personnel (人员经费)
cli-diff-acc-public = public costs (公用经费)
cli-diff-acc-sangong = 三公经费
cli-diff-acc-running = running costs (机关运行经费)
cli-diff-acc-of-fund = of which { $fund }
cli-diff-acc-general-public = 一般公共预算财政拨款 spending by function classification
cli-diff-acc-general-public-same = All spending is 一般公共预算财政拨款: its comparison by function is the table above.
cli-diff-acc-years = the budget `{ $budget }` is of { $byear }, the final accounts `{ $actual }` of { $ayear }: budget and actual are compared within one year only. Compare the final accounts with the budget of { $ayear } (two budgets, or two final accounts, are compared fact by fact as usual).

## budgetc help

cli-help-unknown = no command `{ $command }`; `budgetc --help` lists every command.

## Errors of the command line itself (clap's words are English; these replace them).

cli-usage-subcommand = there is no command “{ $name }”
cli-usage-unknown = unknown argument “{ $name }”
cli-usage-value = the value “{ $value }” of { $name } is not valid; accepted: { $accepted }
cli-usage-missing = a required argument is missing: { $name }
cli-usage-no-subcommand = give a command, such as check, build, fmt, diff, explain, new
cli-usage-other = the command line cannot be parsed
cli-usage-did-you-mean = { $message }; did you mean “{ $suggestion }”?
cli-usage-help = See `budgetc --help`.
cli-templates-years = years: { $years }

## budgetc --help and budgetc man: the words of the help pages
## `cli-page-COMMAND` describes a command, `cli-page-COMMAND-ARG` an argument (looked up by
## the shape of the command line, see src/cli/help.rs); the attribute `.more` holds the
## paragraphs `--help` adds after the first, `.value` the name of the argument's value.

cli-help-usage = Usage: { $usage }
cli-help-options = [OPTIONS]
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-heading-commands = Commands
cli-help-command-value = COMMAND
cli-help-flag-help = Print help
cli-help-flag-version = Print version
# The section headings of the man page.
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-extra = EXTRA
cli-man-commands = COMMANDS
cli-man-version = VERSION
cli-man-authors = AUTHORS

cli-page-budgetc = Compiles a departmental budget written as text into the tables and narrative of its publication (部门预算信息公开).
cli-page-budgetc-format = Output format (default human); `--help` of each command lists the formats it has.
    .more =
        human (the default, with source snippets), short (one line each), json (to standard output), github (annotations that CI shows on the changed lines), markdown (a pull request comment).

        check and build have human, short, json, github; fmt has human, short; diff has human, json, markdown; the other commands only human. A format the command does not have is an error (exit status 2).
    .value = FORMAT
cli-page-budgetc-color = When to colour: auto (the default), always, never; for check, build, fmt, diff.
    .more = auto: colour when writing to a terminal; no colour when NO_COLOR is not empty, CLICOLOR=0 or TERM=dumb; always colour when CLICOLOR_FORCE is not empty (unless NO_COLOR is not empty).
    .value = WHEN
cli-page-budgetc-root = Workspace: the files of `include` and `prior` must be inside this directory; for check, build, diff.
    .more = The default is the directory of the file given on the command line.
    .value = DIR
cli-page-budgetc-lang = Language of the messages: zh (Chinese, the default) or en (English).
    .more = When not given, LC_ALL, LC_MESSAGES and LANG decide: English only when they name English.
    .value = LANG
cli-page-value-format-human = As rustc: source snippets, labels, notes, help.
cli-page-value-format-short = One line each: `file:line:column: severity[code]: message`.
cli-page-value-format-json = A JSON report, to standard output.
cli-page-value-format-markdown = diff only: a Markdown comment for a pull request.
cli-page-value-format-github = check and build only: annotations that CI shows on the changed lines (`::error file=…,line=…,col=…,title=CODE::message`).
cli-page-value-color-auto = When writing to a terminal, unless the environment asks for no colour.
cli-page-value-color-always = Always.
cli-page-value-color-never = Never.
cli-page-value-lang-zh = Simplified Chinese.
cli-page-value-lang-en = English.

cli-page-check = Checks budget files and reports every problem; writes no file.
cli-page-check-files = `.budget` files (each one a whole budget; the files it includes are read).
    .value = FILE
cli-page-build = Checks a budget and writes its tables and narrative (HTML, Markdown, CSV, JSON).
cli-page-build-file = The `.budget` file.
    .value = FILE
cli-page-build-out = Output directory (replaced whole; nothing is written when the budget has errors).
    .value = DIR
cli-page-fmt = Reformats files in the canonical layout (comments and blank lines are kept).
cli-page-fmt-check = Only list the files that need reformatting (exit status 1 if there are any).
cli-page-fmt-files = `.budget` files.
    .value = FILE
cli-page-diff = Compares two budgets fact by fact: the changed facts, and the table cells and narrative figures that change with them.
    .more =
        Each side is a file, a directory or a git revision: `budgetc diff old.budget new.budget`, `budgetc diff HEAD~1` (against the work tree), `budgetc diff main..feature -- examples/x.budget`.

        When one side is a budget (预算) and the other the final accounts (决算) of the same year (either order), the budget is compared with the actual instead: total, basic and project spending (and each funding source), personnel and public costs, 三公经费, running costs and every 类, 款 and 项, each with budget, actual, difference (actual − budget) and completion rate ("no budget" where the budget is 0); of different years they are refused. Final accounts given alone (`budgetc diff 决算.budget`) are compared with the 年初预算 and the 全年预算 their `budget` lines name, one after the other.

        A file or directory of that name is read as such, even when a revision has the same name; a revision does not start with `-`. Symbolic links are not followed when looking for budgets in a directory. Exit status 0 when equal, 1 when different, 2 on error.
cli-page-diff-old = The old side.
    .value = OLD
cli-page-diff-new = The new side (the work tree by default when the old side is a revision; the budgets it names when the old side is final accounts).
    .value = NEW
cli-page-diff-paths = The budgets to compare (default: every root budget file).
    .value = PATH
cli-page-textconv = Lists the facts of a file, sorted, for `git diff` (see the git integration in the README).
cli-page-textconv-file = The `.budget` file (git passes a temporary copy of one version).
    .value = FILE
cli-page-explain = Explains a diagnostic code, for example `budgetc explain B2104`.
cli-page-explain-code = The diagnostic code; without it, every code is listed in order.
    .value = CODE
cli-page-new = Writes the skeleton of a departmental budget (of final accounts, for a template of final accounts) into a new directory, ready to check and build, then to fill in as its comments say.
cli-page-new-dir = The new directory (absent or empty).
    .value = DIR
cli-page-new-template = The table template (`budgetc templates` lists them all).
    .value = TEMPLATE
cli-page-templates = Lists the templates that `budgetc new --template` can use.
cli-page-completions = Prints a shell completion script (bash, zsh, fish, powershell, elvish).
    .more = For example `budgetc completions bash > ~/.local/share/bash-completion/completions/budgetc`.
cli-page-completions-shell = The shell: bash, zsh, fish, powershell, elvish.
    .value = SHELL
cli-page-man = Prints the man page (roff).
    .more = For example `budgetc man > budgetc.1`, then `man ./budgetc.1`.
cli-page-help = Shows the help, or the help of one command.
cli-page-help-command = The command.
    .value = COMMAND
