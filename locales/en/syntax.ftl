# Diagnostics of syntax errors (src/syntax).

## Invalid lines (B0001).

syntax-b0001-file = the file cannot be read as a budget
syntax-b0001-file-label = here
syntax-b0001-unknown-keyword = `{ $word }` does not start a statement
syntax-b0001-unknown-keyword-label = unknown keyword
syntax-b0001-unknown-keyword-help = a line starts with a keyword such as `basic`, `project`, `income` or `total`, or, inside a block, with 人员/公用, a 三公 item or an asset category
syntax-b0001-unknown-keyword-near = did you mean `{ $keyword }`? that is, `{ $fixed }`
syntax-b0001-unknown-keyword-near-form = did you mean `{ $keyword }`? the line has the form: { $form }
syntax-b0001-incomplete = incomplete `{ $keyword }` line: expected { $expected }
syntax-b0001-invalid = invalid `{ $keyword }` line: expected { $expected }, found `{ $found }`
syntax-b0001-expected-label = expected { $expected }
syntax-b0001-line-label = while reading this line
syntax-b0001-form-help = the line has the form: { $form }

## What was expected (several joined by syntax-or).

syntax-or = {" "}or{" "}
syntax-expected-code = a code
syntax-expected-amount = an amount
syntax-expected-string = a quoted text
syntax-expected-name = a name
syntax-expected-staff = 人员 or 公用
syntax-expected-fund-clause = `fund <source>`
syntax-expected-unit-clause = `unit "<name>"`
syntax-expected-other-clause = `other <amount>`
syntax-expected-attr = an attribute (kind, level, funding)
syntax-expected-family = `function` or `economic`
syntax-expected-end = the end of the line
syntax-expected-plan-cell = a percentage or `-`
syntax-expected-value = an indicator value
syntax-expected-basis = `basis <依据>`
syntax-expected-date = a date (YYYY-MM-DD)
syntax-expected-keyword = a keyword
syntax-expected-token = a token
syntax-expected-other = something else

## The form of each statement (keywords are not translated).

syntax-form-department = department <单位编码> "<name>"
syntax-form-year = year <YYYY> [决算]
syntax-form-money = money 万元
syntax-form-template = template hebei-2024
syntax-form-tolerance = tolerance 0.01
syntax-form-include = include "<file>.budget"
syntax-form-catalog = catalog "<official code list>.csv"
syntax-form-unit = unit "<name>" kind 行政 level "<规格>" funding <经费保障形式>
syntax-form-code = code function|economic <code> <name>
syntax-form-income = income <funding source> [<function 项>] <amount>
syntax-form-basic = basic <function 项> [<name>] [fund <source>] [unit "<unit>"], or basic fund <source> [unit "<unit>"]
syntax-form-basic-item = 人员|公用 [<economic 款> [<name>]] <amount>
syntax-form-project = project <项目编码> "<name>"
syntax-form-function = function <function 项> [<name>]
syntax-form-fund = fund <funding source>
syntax-form-amount = amount <财政资金> [other <其他资金>]
syntax-form-purpose = purpose "<资金用途>"
syntax-form-short = short "<the name the narrative uses>"
syntax-form-sangong = sangong [fund <source>]
syntax-form-assets = assets <YYYY-MM-DD>
syntax-form-total = total <key or code> <amount>
syntax-form-plan = plan <3月底%> <6月底%> <10月底%> <12月底%> (`-` for a blank cell)
syntax-form-goal = goal "<绩效目标>"
syntax-form-indicator = indicator <一级> <二级> "<三级指标>" "<描述>" <指标值> basis "<依据>"
syntax-form-evaluation = evaluation <目标|跟踪|自评> [score <score 0–100>] [rating <优|良|合格|不合格>] [problems <problems found>]
syntax-form-prose = prose <slot>
syntax-form-prior = prior "<last year>.budget" or prior <key> <amount>
syntax-form-reason = reason <key> "<text>"
syntax-form-reserve = reserve <function 项> [<name>] [fund <source>] [unit "<unit>"] <amount>
syntax-form-spend = spend <kind> <function 项> [<name>] [fund <source>] [unit "<unit>"] <amount>
syntax-form-purchase = purchase <项目编码> "<物品>" <目录序号> <计量单位> <数量> <单价> or purchase <品目大类> "<物品>" [special <专项名称>] [economic <经济科目>] [form <组织形式>] <amount>

## Amounts and numbers (src/model/money.rs): B2001, B2002, B2004.

syntax-b2001-invalid = invalid amount `{ $text }`: { $reason }
syntax-b2001-second-point = a second decimal point
syntax-b2001-separator = `{ $char }`: write amounts without separators
syntax-b2001-not-digit = `{ $char }` is not a digit
syntax-b2001-no-digits = no digits
syntax-b2001-invalid-help = write a decimal number such as 286.23, without units or separators
syntax-b2004-too-large = the number `{ $text }` is out of range
syntax-b2004-too-large-label = 10^15 or more
syntax-b2004-too-large-help = no number in a budget reaches 10^15: the largest amount is 999999999999999.99; `budgetc explain B2004` gives each range
syntax-b2002-too-precise = `{ $text }` has more than { $max } digits: its last decimals would be rounded
syntax-b2002-too-precise-label = too many digits
syntax-b2002-too-precise-help = write at most { $max } digits in all; amounts have at most 2 decimals

## Chinese typing habits that cannot be read unambiguously (B0011).

syntax-b0011-quotes = quotes do not match: opened with { $open }, closed with { $close }
syntax-b0011-quotes-label = opened with { $open }, closed with { $close }
syntax-b0011-quotes-help = use the same kind of quote at both ends: write `{ $token }` as `{ $fixed }`
syntax-b0011-unit = no unit `{ $unit }` after an amount
syntax-b0011-unit-label = an amount is a number only
syntax-b0011-unit-help = the `money` line at the top of the file states the unit of every amount: if it is `money { $unit }`, write `{ $fixed }`; if not, convert the amount to the unit of the `money` line first
syntax-form-balance = balance <年初结转和结余|年末结转和结余|使用非财政拨款结余|结余分配> [<funding source>] [<function 项>] <amount>
syntax-form-budget = budget [全年] "<file>.budget"
