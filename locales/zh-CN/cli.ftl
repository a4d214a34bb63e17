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
cli-diff-give-new = 请给出新的一方：`budgetc diff 旧 新`。
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
