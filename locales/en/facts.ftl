# Diagnostics of facts, totals, prior year, prose, amounts (src/check/facts*, prior.rs, prose.rs, mod.rs, src/model/money.rs).

## General

facts-did-you-mean = Did you mean “{ $word }”? Check and correct it.
facts-out-of-range = out of range

## Skipped checks (src/check/cascade.rs)

facts-skipped-summary = { $files ->
    [one] 1 file could not be read
   *[other] { $files } files could not be read
}: { $checks ->
    [one] 1 check that depends on its facts (identities, totals, required facts) was
   *[other] { $checks } checks that depend on their facts (identities, totals, required facts) were
} not run.
facts-b0004-part = “{ $file }” has no header (department, year, money, unit): it cannot be checked on its own as a whole budget
facts-b0004-part-label = no header in this file
facts-b0004-part-help-parent = this file is included by “{ $parent }” and is a part of that budget: run `budgetc check { $parent }`.
facts-b0004-part-note = no budget file in this directory or the one above includes this file.
facts-b0004-part-help = check the budget file that includes this file; if this is a new budget, start it with department, year, money and unit lines.
facts-b0009-deep = includes are nested more than { $depth } deep
facts-b0009-deep-label = the facts of the file included here were not read
facts-b0009-deep-help = include this file from a file nearer the file named on the command line.

## Stated twice, duplicates, misplaced lines

facts-b0003-twice = { $subject } is stated twice
facts-b0003-twice-label = stated again here
facts-b0003-twice-first = first stated here
facts-b0003-twice-help = check the two and keep one of the lines.
facts-b0003-prior-both = last year's figures are given twice: by a file and by `prior` lines
facts-b0003-prior-both-label = stated here
facts-b0003-prior-both-file = and read from this file
facts-b0003-prior-both-help = keep the `prior "file"` line or the `prior <key> <amount>` lines, not both.
facts-subject-prior = last year's { $key }
facts-subject-total = the total “{ $key }”
facts-subject-assets = the assets (`assets`) block
facts-subject-of-project = the { $what } of project { $code }
facts-subject-function = function (`function`)
facts-subject-fund = fund (`fund`)
facts-subject-amount = amount (`amount`)
facts-subject-purpose = purpose (`purpose`)
facts-subject-short = short name (`short`)
facts-subject-plan = spending plan (`plan`)
facts-subject-goal = goal (`goal`)
facts-b1007-duplicate = { $what } is stated twice
facts-b1007-duplicate-label = stated again here
facts-b1007-duplicate-first = first stated here
facts-b1007-duplicate-help = remove one line, or add the two amounts into one line.
facts-what-income = income from { $fund }
facts-what-basic = basic expenditure { $function } × { $economic } ({ $staff })
facts-what-basic-function = basic expenditure { $function } ({ $staff }, function view)
facts-what-basic-economic = basic expenditure { $economic } ({ $staff }, economic view)
facts-what-project = the project { $code }
facts-what-reserve = 单位预留机动经费 of { $function } ({ $fund })
facts-what-spend-kind = kind of spending
facts-what-spend = { $kind } of { $function } ({ $fund })
facts-b5007-fiscal = { $kind } cannot be paid from { $fund }
facts-b5007-operating = { $kind } is paid from 事业单位经营收入 only, not from { $fund }
facts-b5007-label = the fund is { $fund }
facts-b5007-note = 上缴上级支出 and 对附属单位补助支出 are paid from funds other than 财政拨款, 经营支出 from 经营收入; spending of 财政拨款 is 基本支出 or 项目支出 only
facts-b5007-fiscal-help = name a fund other than 财政拨款 for { $kind }, e.g. `fund 事业收入` (without `fund` it is 其他收入); spending of 财政拨款 is written as basic (基本支出) or project (项目支出)
facts-b5007-operating-help = leave out the fund clause ({ $kind } is paid from 事业单位经营收入 by default), or write `fund 事业单位经营收入`
facts-b5006 = the 行政 unit “{ $unit }” cannot have { $kind }
facts-b5006-label = this line belongs to the 行政 unit “{ $unit }”
facts-b5006-note = under the 行政单位财务规则 the spending of a 行政 unit is 基本支出 and 项目支出 only; 上缴上级支出, 经营支出 and 对附属单位补助支出 are spending of 事业 units
facts-b5006-help = name the 事业 unit that spends it with a unit clause, e.g. `unit "{ $unit }"` (without one the line belongs to the first unit)
facts-b5006-help-none = declare the 事业 unit that spends it (`unit "…" kind 事业`) and name it on this line with `unit "…"`
facts-what-purchase-category = 采购品目大类 (purchase category)
facts-what-purchase-form = 采购组织形式 (organisation form of the purchase)
facts-what-sangong = 三公 { $item } ({ $fund })
facts-what-asset = the asset category { $category }
facts-b0002-outside = this line belongs in a `{ $block }` block
facts-b0002-outside-label = no `{ $block }` line above it
facts-b0002-outside-help = add a header such as `{ $example }` above this line.
facts-b0002-entry = `{ $label }` belongs in a `sangong` or `assets` block
facts-b0002-entry-label = no `sangong` or `assets` line above it
facts-b0002-entry-help = put 三公 figures under `sangong`, asset categories under `assets <date>`; other lines start with a keyword.
facts-b0001-shape = wrong number of amounts
facts-b0001-shape-label = here
facts-b0001-shape-sangong = a 三公 line has one amount: `公务接待费 3.00`
facts-b0001-shape-assets = an asset line has a quantity and a value, or the quantity alone: `车辆 1 14.58`, `执法执勤用车 1`
facts-b0004-project = the project { $code } has no `{ $what }` line
facts-b0004-project-label = no `{ $what }` line in this project
facts-b0004-project-help = add a line such as `{ $example }` below the project header.

## Unknown words

facts-b1008-unknown = unknown { $what } “{ $word }”
facts-b1008-unknown-label = not a { $what }
facts-b1008-unknown-help = accepted: { $accepted }
facts-what-sangong-item = 三公 item
facts-what-asset-category = asset category
facts-what-prose-slot = prose slot
facts-b1006-fund = unknown funding source “{ $fund }”
facts-b1006-fund-label = not a funding source
facts-b1006-fund-help = accepted: { $accepted }
facts-b1010-unit = no unit is named “{ $unit }”
facts-b1010-unit-label = not declared with a `unit` line
facts-b1010-unit-help = declared units: { $units }
facts-b1011-project = no project has the code “{ $code }”
facts-b1011-project-label = not a declared 项目编码
facts-b1011-project-help = a purchase names the project that pays for it: `purchase <项目编码> …`; check the 项目编码.
facts-b1013-reason = unknown reason key “{ $key }”: this reason would be printed nowhere
facts-b1013-reason-label = not a figure whose change takes a reason
facts-b1013-reason-help = the figures that take a reason: { $keys }
facts-b1008-prior = unknown prior-year figure “{ $key }”
facts-b1008-prior-label = not compared with last year
facts-b1008-prior-help = accepted: { $keys }
facts-b1008-citation = the citation “{"{"}{ $key }{"}"}” cites no figure
facts-b1008-citation-label = unknown citation
facts-b1008-citation-near = did you mean “{"{"}{ $near }{"}"}”? Check and correct it.
facts-b1008-citation-help = cite a total (本年收入合计, 基本支出, 机关运行经费, 三公经费 …), a classification code, a project name, 年度 or 部门名称.
facts-b1008-total = unknown total “{ $key }”
facts-b1008-total-label = not a total budgetc computes
facts-b1008-total-help = write one of: 本年收入合计, 本年支出合计, 收入总计, 支出总计, 基本支出, 项目支出, 财政拨款, a funding source, 人员经费, 公用经费, 三公经费, a 三公 item, 机关运行经费, 资产总额, or a classification code.
facts-b1001-total = the classification code “{ $code }” of a total is not in the catalog of the budget year
facts-b1001-total-label = unknown classification code
facts-b1001-total-help = check the code; if the built-in catalog lacks it, declare it with a `code` line.

## 项目编码 (template hebei-2024)

facts-b1005-project = the 项目编码 “{ $code }” does not follow the pattern of the template { $template }
facts-b1005-project-length = { $count } characters, not { $expected }
facts-b1005-project-length-help = check the code against the budget system: a character is missing or extra.
facts-b1005-project-region = the 行政区划代码 is { $length } digits starting with { $starts }
facts-b1005-project-region-help = check characters { $from }–{ $to } of the code.
facts-b1005-project-year = the year is written “{ $written }”; this budget's is “{ $expected }”
facts-b1005-project-year-help = the budget year is { $year }: characters { $from }–{ $to } of the code are “{ $expected }”; check the code.
facts-b1005-project-kind = character { $position } is “{ $text }”
facts-b1005-project-kind-help = check character { $position } of the code.
facts-b1005-project-letter-o = the letter O: 项目编码 never use the letter O
facts-b1005-project-letter-o-help = the letter O reads like the digit 0; check whether the digit 0 is meant here.
facts-b1005-project-char = “{ $char }” is not a digit or an allowed capital letter
facts-b1005-project-char-help = here a 项目编码 has only digits and the capital letters the template allows; check this character.

## Amounts and numbers

facts-b2003-negative = negative amount “{ $amount }”
facts-b2003-negative-label = amounts are never negative
facts-b2003-negative-help = write the amount without a sign; a reduction is a smaller amount, not a negative line.
facts-b2004-amount = the amount “{ $amount }” is out of range
facts-b2004-amount-label = amounts are below 10^15 { $unit }
facts-b2004-amount-help = the largest amount is 999999999999999.99; check the money unit (`money 万元`) and the digits.
facts-b2002-decimals = “{ $amount }” has { $scale } decimal places; { $unit } allows { $allowed }
facts-b2002-decimals-label = { $scale } decimal places
facts-b2002-decimals-help = round to { $allowed } decimals in the source, so that the printed tables still add up.
facts-what-score = self-evaluation score
facts-what-quantity = quantity
facts-what-indicator-value = indicator value
facts-what-plan-percentage = plan percentage
facts-b2003-number = negative { $what } “{ $number }”
facts-b2003-number-label = never negative
facts-b2003-number-help = write the { $what } without a sign.
facts-b2004-number = the { $what } “{ $number }” is out of range
facts-b2004-number-label = must be below { $limit }
facts-b2004-number-help = check the digits and the unit; see `budgetc explain B2004` for the ranges.
facts-b2002-number = the { $what } “{ $number }” has too many decimal places
facts-b2002-number-label = at most { $allowed } decimal places
facts-b2002-number-help = write the { $what } with at most { $allowed } decimals.
facts-b2002-purchase = 数量 × 单价 = { $quantity } × { $price } = { $product }: more decimal places than { $unit } allows
facts-b2002-purchase-price = 单价
facts-b2002-purchase-quantity = 数量
facts-b2002-purchase-help = the 政府采购金额 is printed with { $allowed } decimals: state a quantity and a unit price whose product has at most { $allowed }.
## Identities and classification

facts-b2105-staff = { $code } { $name } is not { $staff }经费
facts-b2105-staff-label = 类 { $class } counts as { $right }经费
facts-b2105-staff-note = 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费 = 302 商品和服务支出 (+ 310 资本性支出)
facts-b2105-staff-help = write “{ $right }” at the start of the line, or correct the economic code.
facts-b2106-nonfiscal = 三公 figures are 财政拨款 only, not { $fund }
facts-b2106-nonfiscal-label = not a 财政拨款 source
facts-b2106-nonfiscal-help = use 一般公共预算, 政府性基金 or 国有资本经营.
facts-b2006-purchase = the purchases total { $purchases }{ $unit }, more than the { $amount }{ $unit } of the project “{ $name }”
facts-b2006-purchase-label = purchases { $purchases } up to here
facts-b2006-purchase-project = project amount { $amount }
facts-b2006-purchase-help = check the quantities, the unit prices (in { $unit }) and the 项目编码 of the purchases.
facts-b1014-copy = the project { $code } is the same as the project { $other }
facts-b1014-copy-label = name, function, fund, amounts and indicators are those of { $other }
facts-b1014-copy-first = the original
facts-b1014-copy-note = the amounts of both would be counted, so the totals are not checked one by one.
facts-b1014-copy-help = if it is one project, remove one of the two; if they are two, correct the name, amounts and indicators of the copy.

## Last year's figures

facts-b2201-prior = last year's 基本支出 { $basic } + 项目支出 { $project } = { $sum }, not 支出总计 { $total }
facts-b2201-prior-reserve = last year's 基本支出 { $basic } + 项目支出 { $project } + 单位预留机动经费 { $reserve } = { $sum }, not 支出总计 { $total }
facts-b2201-prior-parts = last year's { $parts } = { $sum }, not 支出总计 { $total }
facts-b2201-prior-label = Δ总额 = Δ基本 + Δ项目 would not hold
facts-b2201-prior-help = check last year's figures, or point `prior` at last year's .budget file.

## Prose

facts-w1003-slot = the required prose slot “{ $slot }” is missing
facts-w1003-slot-label = no `prose { $slot }` in this budget
facts-w1003-slot-note = the narrative will print “{ $placeholder }” there.
facts-w1003-slot-help = add `prose { $slot }` with its text below it in lines starting with `>`.
facts-w3007-unit = “{ $written }{ $unit }” carries the wrong unit: the fact is { $fact }{ $doc_unit }
facts-w3007-unit-label = { $fact }{ $doc_unit } in the tables
facts-w3007-none = “{ $written }{ $unit }” matches no figure of the budget
facts-w3007-none-label = no such figure
facts-w3007-help = cite the figure instead, e.g. `{"{"}机关运行经费{"}"}` or `{"{"}<项目名称>{"}"}`, so that it cannot drift.

facts-b2111-no-code = basic expenditure line with neither a function nor an economic code
facts-b2111-no-code-label = this line has no economic 款, and the `basic` line above has no function 项
facts-b2111-no-code-note = basic expenditure may be written by function 项 (人员/公用 amounts) or by economic 款; each line needs one of the two codes.
facts-b2111-no-code-help = write the economic 款 on this line, e.g. `人员 30101 基本工资 …`, or the function 项 on the `basic` line above.

facts-b2110-views = { $fund }: basic expenditure by function 项 and by economic 款 disagree: the function view gives { $function_total } { $unit } (人员经费 { $function_personnel }, 公用经费 { $function_public }), the economic view { $economic_total } { $unit } (人员经费 { $economic_personnel }, 公用经费 { $economic_public })
facts-b2110-economic-label = basic expenditure by economic 款 starts here, in total { $total } { $unit }
facts-b2110-function-label = basic expenditure by function 项 starts here, in total { $total } { $unit }
facts-b2110-views-note = both views are the same money: for each funding source the total, the 人员经费 and the 公用经费 must be equal; lines with both codes count in both views.
facts-b2110-views-help = check the lines of both views; add the missing code or correct the wrong amount.
facts-w3009 = “{ $written }” cannot be computed from the figures of its paragraph
facts-w3009-label = no two figures of the paragraph (or their last-year figures, or a total) give this percentage
facts-w3009-near-label = the sentence's figures give { $value }
facts-w3009-near = the sentence's figures: { $how } (half-up to 2 decimals)
facts-w3009-help = a percentage must follow from the figures written: a share is a ÷ b, a change (this year − last year) ÷ last year, rounded half-up; or cite it as `{"{"}a/b:%{"}"}`.
facts-w3007-percent = with the figures as written, { $how }, not “{ $written }”; “{ $written }” holds where { $matched }: this figure may be mistyped
facts-w3010 = “{ $written }” is not the name of { $code } ({ $level }): in { $year } it is “{ $name }”
facts-w3010-label = “{ $name }” in { $year }
facts-w3010-other-year = “{ $written }” is the name of this code in another year
facts-w3010-help = write the name of the { $year } classification of government revenue and expenditure (full- or half-width brackets alike).
facts-w3011-same = { $year } compared with { $year } itself: the budget year is { $year }
facts-w3011-same-label = compared with the budget year
facts-w3011-same-again = the same comparison
facts-w3011-same-help = a comparison with last year names { $prior }.
facts-w3011-period = the 实施周期 “{ $written }” lies outside the budget year { $year }
facts-w3011-period-label = does not include { $year }
facts-w3011-period-help = write the project's period in the budget year ({ $year }), or check that the project belongs to this budget.
facts-w3012 = “{ $written }” is an increase from 0: there is no percentage of a zero base
facts-w3012-label = last year's figure is 0
facts-w3012-help = state the increase in money, e.g. “比上年增加 10.00万元”.
facts-how-share = { $a } is { $value }% of { $b }
facts-how-up = { $a } is { $value }% more than { $b }
facts-how-down = { $a } is { $value }% less than { $b }
facts-what-enterprise = kind of enterprise
facts-w3013 = the use of { $item }, “{ $text }”, is word for word that of { $other }, a 项 of another 类: it looks copied from the other item
facts-w3013-label = the same as the use of { $other }
facts-w3013-first = the use of { $item }
facts-w3013-help = write what this item's money is actually used for: items of different 类 (health and housing, say) do not share a use.
facts-w3014 = the text writes “{ $written }” where the same sentence generated from the facts has “{ $expected }”
facts-w3014-label = the facts give { $expected }
facts-w3014-help = this sentence has the words of a sentence the template generates from the facts but other numbers: correct the text, or check the facts.
facts-b4005-unknown = the template has no table named “{ $table }”: the notes of `prose 表注` have no table to print under
facts-b4005-unknown-label = no such table in the template
facts-b4005-tables = the tables of this template: { $tables }
facts-b4005-help = write `prose 表注 "TABLE TITLE"` with a table title (or id) of the template; the `> …` lines below it are the notes printed under that table.
facts-b4005-missing = `prose 表注` does not say which table the notes are of
facts-b4005-missing-label = table name missing
facts-b4005-other = `prose { $slot }` is followed by a table name “{ $table }”: only table notes (表注) name a table
facts-b4005-other-label = no table name here
facts-b4005-other-help = remove the table name and write `prose { $slot }`; for the notes under a table write `prose 表注 "{ $table }"`.
facts-w3015 = the text keeps an instruction of the template (how to fill in “{ $title }”), which is not meant to be published
facts-w3015-label = an instruction to whoever fills the table in, not published content
facts-w3015-help = remove the instruction and keep only the note it asks for (such as 说明：……本年度没有……故本表无数据。).
