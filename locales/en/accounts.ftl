# Final accounts (部门决算): the kind of document, carry-overs, the identities of final accounts.

catalog-b1008-document = unknown kind of document `{ $word }`
accounts-b5001 = this file is a { $kind }, but template `{ $template }` is for a { $template_kind }
accounts-b5001-none = this file is final accounts (决算), but names no template for final accounts
accounts-b5001-label = this template is for a { $template_kind }
accounts-b5001-none-label = this line says the file is final accounts
accounts-b5001-help = use a template for a { $kind }: { $ids }
accounts-b5002-budget = a budget has no balance lines
accounts-b5002-budget-label = `balance` lines are for final accounts only
accounts-b5002-budget-help = if this file is final accounts, say so on the year line: `year 2024 决算`; a budget's carry-over from last year is written `income 上年结转 AMOUNT`
accounts-b5002-fiscal = { $item } is non-fiscal money and cannot be of { $fund }
accounts-b5002-fiscal-label = this is a fiscal fund
accounts-b5002-fiscal-help = remove the fund (non-fiscal money is meant), or name a non-fiscal fund such as 事业收入, 经营收入 or 其他收入
accounts-b5002-code = { $item } is not stated by function code
accounts-b5002-code-label = no classification code here
accounts-b5002-code-help = only 年初结转和结余 and 年末结转和结余 may name a function code; remove the code from the { $item } line
accounts-what-balance = balance item
accounts-what-balance-of = { $item } of { $fund }
accounts-what-balance-of-item = { $item } of { $fund } { $code }
accounts-b5003 = total sources { $sources } { $unit } (income { $income } + 使用非财政拨款结余 { $used } + 年初结转和结余 { $opening }) differ from total uses { $uses } { $unit } (spending { $spending } + 结余分配 { $distributed } + 年末结转和结余 { $closing })
accounts-b5003-label = a gap of { $gap }
accounts-b5003-note = in final accounts income need not equal spending, but income + 使用非财政拨款结余 + 年初结转和结余 = spending + 结余分配 + 年末结转和结余
accounts-b5003-help = check the income, spending and `balance` lines: most often an opening or closing carry-over is missing
accounts-b5004 = { $fund }: opening { $opening } + income { $income } − spending { $spending } = { $expected } { $unit }, but the closing carry-over is { $closing } { $unit }
accounts-b5004-closing-label = income and spending give { $expected }
accounts-b5004-income-label = the income of this fund
accounts-b5004-note = each fiscal fund must carry over: 年初结转和结余 + income − spending = 年末结转和结余 (财政拨款收入支出决算总表)
accounts-b5004-help = if the income and spending lines are right, the closing carry-over of { $fund } is { $expected }: `balance 年末结转和结余 { $fund } { $expected }`
accounts-w5001-note = the gap is within the declared tolerance { $tolerance } (rounding from 元 to 万元): a note, not an error
accounts-b5005-in-budget = a budget cannot name a budget file with a `budget` line
accounts-b5005-in-budget-label = `budget` lines are for final accounts only
accounts-b5005-in-budget-help = final accounts name the year's budget with `budget "FILE"`; if this file is final accounts, say so on the year line: `year 2024 决算`
accounts-b5005-not-the-budget = the file named is a { $kind } of { $year }, not the budget of these final accounts ({ $expected })
accounts-b5005-not-the-budget-label = the file named here
accounts-b5005-not-the-budget-help = name the department's budget of { $year } (its year line is `year { $year }`)
accounts-b1008-plan = unknown kind of budget `{ $word }`
accounts-b1008-plan-help = write `budget "FILE"` (年初预算, the budget at the start of the year) or `budget 全年 "FILE"` (全年预算, the adjusted full-year budget)
accounts-b0003-plan = the { $role } file is named twice
accounts-w5003 = a completion rate of a { $budget } of 0
accounts-w5003-label = the { $budget } of these final accounts is 0: there is no rate
accounts-w5003-help = no rate exists of a budget of 0: write “{ $budget }为0，不计算完成率”, or compare with another budget figure (such as the 全年预算), as the narrative budgetc generates does
accounts-w5004 = indicator “{ $indicator }” of project “{ $project }” reached { $actual }, short of the budget's target { $target }
accounts-w5004-label = the budget's target is { $target }
accounts-w5004-help = explain the shortfall in the self-evaluation, or correct the value if it is wrong (in final accounts a project's indicator value is what was achieved; the target is the same indicator of the project with the same code in the year's budget)
