# 命令行的提示（budgetc check、build、fmt、diff、explain、new）。

## 每条命令共用

# 命令行出错（用法错误或读写失败，退出状态 2）。
cli-error = budgetc：错误：{ $message }
cli-format-refused = `--format { $format }` 不适用于 `budgetc { $command }`；这条命令可用的格式：{ $formats }。
cli-root-refused = `--root` 不适用于 `budgetc { $command }`，它只用于 check、build 和 diff。
cli-color-refused = `--color` 不适用于 `budgetc { $command }`，这条命令不输出颜色。
cli-cannot-write = 无法写入 { $path }：{ $reason }
cli-cannot-read = 无法读取 { $path }：{ $reason }
cli-tempdir = 无法创建临时目录：{ $reason }

## budgetc check

# 没有错误时的一行小结。
cli-check-clean = 已检查 { $files } 个文件：{ $units } 个单位，{ $projects } 个项目；没有错误，{ $warnings } 个警告。
# 有错误时的一行小结。
cli-check-failed = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告。

## budgetc build

cli-build-failed = 错误：{ $errors } 个错误，{ $warnings } 个警告；未写出任何文件。
cli-build-wrote = 已写出 { $count } 个文件到 { $dir }（budget.html、budget.md、narrative.md、budget.json、csv/）。

## budgetc fmt

cli-fmt-would-reformat = 需要重新排版：{ $path }
cli-fmt-syntax-errors = budgetc：{ $path } 有语法错误，未排版。
cli-fmt-not-regular = { $path } 不是普通文件，未排版。
cli-fmt-meaning = 排版会改变 { $path } 的含义（{ $why }），文件未改动。
cli-fmt-read-only = { $path } 是只读文件，未排版。
cli-fmt-cannot-write = 无法写入 { $path }：{ $reason }；文件未改动。

## budgetc explain

cli-explain-unknown = 没有诊断代码 `{ $code }`；运行 `budgetc explain` 可列出全部代码。

## budgetc new 与 budgetc templates

cli-new-unknown-template = 没有模板 `{ $template }`；运行 `budgetc templates` 可列出全部模板。
cli-new-not-empty = 目录 { $dir } 不是空的；`budgetc new` 只写入新目录或空目录，请换一个目录。
cli-new-wrote = 已写出 { $file }（模板 { $template }）。请按其中的注释填写，然后运行 `budgetc check { $file }`。

## budgetc diff：命令行

cli-diff-dash = `{ $text }` 不是修订版本：修订版本不以 `-` 开头。
cli-diff-not-rev = `{ $text }` 在这里不是 git 修订版本（提交）。
cli-diff-give-new = 请给出新的一方：`budgetc diff 旧 新`（单独给出一份决算时，与其 `budget` 行指定的预算比较；这份文件没有指定预算）。
cli-diff-not-regular = `{ $path }` 既不是普通文件，也不是目录。
cli-diff-new-missing = `{ $path }` 既不是文件，也不是目录（旧的一方是文件或目录，新的一方也必须是）。
cli-diff-kinds = 请用文件比较文件、用目录比较目录。
cli-diff-paths-with-files = `-- PATH` 指定目录或修订版本中的预算文件；这里两方都是文件。
cli-diff-range-and-new = 请给出范围 `{ $range }` 或给出两方，不能同时给出。
cli-diff-three-dots = `{ $range }`：范围用两个点，写作 `A..B`。
cli-diff-unknown = `{ $text }` 既不是文件、目录，也不是 git 修订版本。
cli-diff-not-budget = `{ $name }` 不是预算文件。
cli-diff-outside-repo = `{ $path }` 不在仓库内。
cli-diff-on-neither = 两方都没有 `{ $path }`。
cli-diff-nothing = 没有可比较的预算：请在 `--` 后指定预算文件。

## budgetc diff：读取 git 修订版本

cli-git-cannot-run = 无法运行 git：{ $reason }
cli-git-cannot-list = 无法列出修订版本 { $rev } 的文件。
cli-git-unexpected = 无法识别 git ls-tree 的输出：{ $entry }
cli-git-unsafe-path = 修订版本 { $rev } 含有不安全的路径 { $path }，已拒绝。
cli-git-wait = 等待 git cat-file 时出错：{ $reason }
cli-git-cannot-read = 无法读取修订版本 { $rev } 的文件。
cli-git-reading = 读取修订版本时出错：{ $reason }
cli-git-no-pipe = 无法与 git cat-file 通信。
cli-git-bad-object = git cat-file 无法读取对象 { $oid }：{ $header }
cli-git-cut-short = git cat-file 读出的对象 { $oid } 不完整。

## budgetc diff：报告

cli-diff-no-change = 没有变化：两份预算的数据、表格、说明和检查结果都相同。
cli-diff-facts = 数据（{ $count } 项）
cli-diff-cells = 表格单元格（{ $count } 个）
cli-diff-figures = 说明中的数字（{ $count } 处）
cli-diff-checks = 检查结果（{ $count } 项）
cli-diff-now-failing = 现不通过
cli-diff-now-passing = 现已通过
# Markdown 报告（拉取请求的评论）。
cli-diff-md-no-change = 没有变化：两份预算的数据、表格、说明和检查结果都相同。
cli-diff-md-summary = 变化：{ $facts } 项数据，{ $cells } 个表格单元格，{ $figures } 处说明中的数字，{ $checks } 项检查结果。
cli-diff-md-facts = 数据
cli-diff-md-cells = 表格单元格
cli-diff-md-figures = 说明中的数字
cli-diff-md-checks = 检查结果
cli-diff-md-fact = 数据
cli-diff-md-field = 字段
cli-diff-md-old = 原值
cli-diff-md-new = 新值
cli-diff-md-delta = 增减
cli-diff-md-table = 表
cli-diff-md-row = 行
cli-diff-md-column = 列
cli-diff-md-section = 部分

## budgetc diff：预算与决算对比（一方是预算、另一方是同一年度的决算）

cli-diff-acc-title = 预算与决算对比（{ $year } 年度，单位：{ $unit }）
cli-diff-acc-budget-side = 预算：{ $name }
cli-diff-acc-actual-side = 决算：{ $name }
cli-diff-acc-rules = 差额 = 决算数 − 预算数；完成率 = 决算数 ÷ 预算数，四舍五入保留两位小数；预算数为 0 的不计算完成率，写“无预算”。
cli-diff-acc-incomplete = 注意：{ $name } 有错误，以下数字只按能读出的数据计算（用 `budgetc check` 查看错误）。
cli-diff-acc-totals = 支出总体情况
cli-diff-acc-functions = 按支出功能分类科目（类、款、项）
cli-diff-acc-item = 项目
cli-diff-acc-code = 科目编码及名称
cli-diff-acc-budget = 预算数
cli-diff-acc-actual = 决算数
cli-diff-acc-delta = 差额
cli-diff-acc-rate = 完成率
cli-diff-acc-no-budget = 无预算
cli-diff-acc-total = 支出合计
cli-diff-acc-basic = 基本支出
cli-diff-acc-project = 项目支出
cli-diff-acc-reserve = 单位预留机动经费
cli-diff-acc-upper = 上缴上级支出
cli-diff-acc-operating = 经营支出
cli-diff-acc-subsidy = 对附属单位补助支出
cli-diff-acc-personnel = 人员经费
cli-diff-acc-public = 公用经费
cli-diff-acc-sangong = 三公经费
cli-diff-acc-running = 机关运行经费
cli-diff-acc-of-fund = 其中：{ $fund }
cli-diff-acc-general-public = 一般公共预算财政拨款支出（按功能分类科目）
cli-diff-acc-general-public-same = 支出全部为一般公共预算财政拨款，一般公共预算财政拨款支出的对比与上表相同。
cli-diff-acc-years = 预算 `{ $budget }` 是 { $byear } 年度的，决算 `{ $actual }` 是 { $ayear } 年度的：预算数与决算数只能在同一年度内对比。请用 { $ayear } 年度的预算与该决算比较（两份预算或两份决算之间照常逐项比较）。

## budgetc help

cli-help-unknown = 没有命令 `{ $command }`；运行 `budgetc --help` 可列出全部命令。

## Errors of the command line itself (clap's words are English; these replace them).

cli-usage-subcommand = 没有“{ $name }”这条命令
cli-usage-unknown = 不认识的参数“{ $name }”
cli-usage-value = 参数 { $name } 的值“{ $value }”无效；可选：{ $accepted }
cli-usage-missing = 缺少必需的参数：{ $name }
cli-usage-no-subcommand = 请给出一条命令，如 check、build、fmt、diff、explain、new
cli-usage-other = 命令行无法解析
cli-usage-did-you-mean = { $message }；是否应为“{ $suggestion }”？
cli-usage-help = 用法见 `budgetc --help`。
cli-templates-years = 适用年度：{ $years }

## budgetc --help 与 budgetc man：帮助页的文字
## `cli-page-命令` 是命令的说明，`cli-page-命令-参数` 是参数的说明（按命令行的结构查找，
## 见 src/cli/help.rs）；属性 `.more` 是 `--help` 在第一段之后加上的段落，`.value` 是参数值的名称。

cli-help-usage = 用法：{ $usage }
cli-help-options = [选项]
cli-help-heading-options = 选项
cli-help-heading-arguments = 参数
cli-help-heading-commands = 命令
cli-help-command-value = 命令
cli-help-flag-help = 显示帮助
cli-help-flag-version = 显示版本
# man 手册页各节的标题。
cli-man-name = 名称
cli-man-synopsis = 概述
cli-man-description = 描述
cli-man-options = 选项
cli-man-extra = 附注
cli-man-commands = 命令
cli-man-version = 版本
cli-man-authors = 作者

cli-page-budgetc = 把以文本写成的部门预算编译成部门预算公开的表格和说明。
cli-page-budgetc-format = 输出格式（默认 human）；各命令可用的格式见 `--help`。
    .more =
        human（默认，带源代码片段）、short（每条一行）、json（输出到标准输出）、github（CI 在改动的行上显示的标注）、markdown（拉取请求的评论）。

        check、build 可用 human、short、json、github；fmt 可用 human、short；diff 可用 human、json、markdown；其余命令只有 human。给出命令不适用的格式即报错（退出状态 2）。
    .value = 格式
cli-page-budgetc-color = 何时着色：auto（默认）、always（总是）、never（从不）；用于 check、build、fmt、diff。
    .more = auto：输出到终端时着色；NO_COLOR 非空、CLICOLOR=0 或 TERM=dumb 时不着色；CLICOLOR_FORCE 非空时总是着色（NO_COLOR 非空时除外）。
    .value = 何时
cli-page-budgetc-root = 工作区：`include` 和 `prior` 的文件必须在这个目录内；用于 check、build、diff。
    .more = 默认为命令行上所给文件所在的目录。
    .value = 目录
cli-page-budgetc-lang = 提示的语言：zh（中文，默认）或 en（英文）。
    .more = 不给出时看 LC_ALL、LC_MESSAGES、LANG，只有它们指明英文时才用英文。
    .value = 语言
cli-page-value-format-human = 同 rustc：源代码片段、标注、附注、建议。
cli-page-value-format-short = 每条一行：`文件:行:列: 级别[代码]: 说明`。
cli-page-value-format-json = JSON 报告，输出到标准输出。
cli-page-value-format-markdown = 仅 diff：拉取请求的 Markdown 评论。
cli-page-value-format-github = 仅 check、build：CI 在改动的行上显示的标注（`::error file=…,line=…,col=…,title=CODE::message`）。
cli-page-value-color-auto = 输出到终端时，除非环境变量不要颜色。
cli-page-value-color-always = 总是。
cli-page-value-color-never = 从不。
cli-page-value-lang-zh = 简体中文。
cli-page-value-lang-en = 英文。

cli-page-check = 检查预算文件，报告所有问题；不写出任何文件。
cli-page-check-files = `.budget` 文件（每个都是一份完整的预算；会读取其中 include 的文件）。
    .value = 文件
cli-page-build = 检查预算，并写出其表格和说明（HTML、Markdown、CSV、JSON）。
cli-page-build-file = `.budget` 文件。
    .value = 文件
cli-page-build-out = 输出目录（整个替换；预算有错误时不写出任何文件）。
    .value = 目录
cli-page-fmt = 按统一格式重新排版文件（保留注释和空行）。
cli-page-fmt-check = 只列出需要重新排版的文件（有则退出状态为 1）。
cli-page-fmt-files = `.budget` 文件。
    .value = 文件
cli-page-diff = 逐项比较两份预算：变动的数据，以及随之变动的表格单元格和说明中的数字。
    .more =
        每一方是一个文件、一个目录或一个 git 修订版本：`budgetc diff old.budget new.budget`、`budgetc diff HEAD~1`（与工作区比较）、`budgetc diff main..feature -- examples/x.budget`。

        一方是预算、另一方是同一年度的决算时（顺序不限），不比较各条数据，而是对比预算与决算：支出合计（及各资金来源）、基本支出、项目支出、人员经费、公用经费、三公经费、机关运行经费和每个类、款、项的预算数、决算数、差额（决算数 − 预算数）和完成率（预算数为 0 时写“无预算”）；两者年度不同时报错。只给出一份决算（`budgetc diff 决算.budget`）时，与其 `budget` 行指定的年初预算和全年预算分别对比。

        存在同名的文件或目录时，按文件或目录读取，即使有同名的修订版本；修订版本不以 `-` 开头。在目录中查找预算时不跟随符号链接。相同时退出状态为 0，不同时为 1，出错时为 2。
cli-page-diff-old = 旧的一方。
    .value = 旧
cli-page-diff-new = 新的一方（“旧”是修订版本时，默认为工作区；“旧”是决算文件时，默认为其指定的预算）。
    .value = 新
cli-page-diff-paths = 要比较的预算（默认：所有根预算文件）。
    .value = 路径
cli-page-textconv = 按排序列出文件中的数据，供 `git diff` 使用（见 README 中的 git 集成）。
cli-page-textconv-file = `.budget` 文件（git 传入某一版本的临时副本）。
    .value = 文件
cli-page-explain = 解释一个诊断代码，例如 `budgetc explain B2104`。
cli-page-explain-code = 诊断代码；不给出时按顺序列出全部代码。
    .value = 代码
cli-page-new = 在新目录中写出一份部门预算（决算模板则为部门决算）的框架，可直接检查和生成，再按注释填写。
cli-page-new-dir = 新目录（不存在或为空）。
    .value = 目录
cli-page-new-template = 表格模板（`budgetc templates` 列出全部模板）。
    .value = 模板
cli-page-templates = 列出 `budgetc new --template` 可用的模板。
cli-page-completions = 输出命令行补全脚本（bash、zsh、fish、powershell、elvish）。
    .more = 例如 `budgetc completions bash > ~/.local/share/bash-completion/completions/budgetc`。
cli-page-completions-shell = shell：bash、zsh、fish、powershell、elvish。
    .value = SHELL
cli-page-man = 输出 man 手册页（roff 格式）。
    .more = 例如 `budgetc man > budgetc.1`，然后 `man ./budgetc.1`。
cli-page-help = 显示帮助，或某条命令的帮助。
cli-page-help-command = 命令。
    .value = 命令
