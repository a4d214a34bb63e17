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
cli-diff-give-new = give the new side: `budgetc diff OLD NEW`.
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
