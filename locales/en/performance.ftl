# Diagnostics of performance targets and identities (src/check/performance.rs, identities.rs).

## Indicators (indicator lines)

perf-b3001-level1 = the 一级指标 “{ $name }” is not in the indicator framework
perf-b3001-level1-label = not a 一级指标
perf-b3001-level1-help = the 一级指标 are: { $accepted }
perf-b3001-level2 = the 二级指标 “{ $name }” is not in the indicator framework
perf-b3001-level2-label = not a 二级指标
perf-b3001-level2-help = the 二级指标 are: { $accepted }
perf-b3001-level2-help-under = the 二级指标 under { $level1 } are: { $accepted }
perf-b3001-mismatch = { $level2 } is not a 二级指标 of { $level1 }
perf-b3001-mismatch-label = belongs under { $level1 }
perf-b3001-mismatch-level1 = the 一级指标 written
perf-b3001-mismatch-help = under { $level1 } write { $accepted }; or put this indicator under { $other }
perf-b3002-unit = the unit “{ $unit }” of the indicator value “{ $value }” is not known
perf-b3002-unit-label = not a unit
perf-b3002-unit-help = the units are: { $units }, also combined with “/” (元/人/月); a qualitative value is quoted, e.g. "及时完成"
perf-b3005 = the 满意度 value “{ $value }” is not a percentage
perf-b3005-label = 满意度 is measured in %
perf-b3005-help = a 满意度 value is a percentage (e.g. ≥90%): rewrite it as the satisfaction survey measures it

## Spending plan (plan lines)

perf-b3003-above = { $percent }% in the spending plan is more than 100%
perf-b3003-above-label = above 100%
perf-b3003-above-help = the plan is cumulative: the share of the budget spent by each date, at most 100%
perf-b3003-decreases = the spending plan decreases from { $before }% to { $after }%
perf-b3003-decreases-label = less than the date before
perf-b3003-decreases-before = the date before
perf-b3003-decreases-help = the plan is cumulative, so each date is at least the one before
perf-b3003-end = the spending plan ends at { $percent }% by 12月底 instead of 100%
perf-b3003-end-blank = the 12月底 cell of the spending plan is blank; it must be 100%
perf-b3003-end-label = 12月底 must be 100%
perf-b3003-end-help = by the end of the year the whole budget is spent: write 100% in the last cell

## 绩效目标表 (every project)

perf-b3006 = the project “{ $name }” ({ $code }) has no performance target: no spending plan, no annual goal and no indicator
perf-b3006-label = no `plan`, `goal` or `indicator` line in this project
perf-b3006-note = the table set { $template } publishes a 绩效目标表 for every project; without these it would be empty
perf-b3006-help = add below the project the spending plan `plan <3月底>% <6月底>% <10月底>% 100%`, the annual goal `goal "……"`, and at least one `indicator` line of each of 产出指标, 效益指标 and 满意度指标
perf-b3007 = the 绩效目标表 of the project “{ $name }” ({ $code }) lacks { $missing ->
        [plan] its spending plan
        [goal] its annual goal
       *[both] its spending plan and its annual goal
    }
perf-b3007-label = { $missing ->
        [plan] the project has no `plan` line
        [goal] the project has no `goal` line
       *[both] the project has no `plan` line and no `goal` line
    }
perf-b3007-note = the 绩效目标表 of the table set { $template } shows the spending plan, the annual goal and the indicators; a missing part would be published blank
perf-b3007-help = { $missing ->
        [plan] add the spending plan to the project: `plan <3月底>% <6月底>% <10月底>% 100%` (the share of the budget spent by each date, cumulative)
        [goal] add the annual goal to the project: `goal "……"`
       *[both] add the spending plan `plan <3月底>% <6月底>% <10月底>% 100%` and the annual goal `goal "……"` to the project
    }
perf-b3004 = the project “{ $name }” ({ $code }) has no { $levels }
perf-b3004-label = no { $levels }
perf-b3004-note = the table set { $template } requires at least one 产出指标, one 效益指标 and one 满意度指标 in every project's 绩效目标表
perf-b3004-example = e.g. `indicator { $level1 } { $level2 } "<三级指标>" "<指标内容>" <指标值> basis "<指标值确定依据>"`
perf-b3004-help = { $count ->
        [one] add at least one `indicator` line of the missing category
       *[other] add at least one `indicator` line of each missing category
    }

## Plausibility of indicator values

perf-w3005 = the indicator value “{ $value }” is in 元, but the money unit of this document is 万元
perf-w3005-label = that is { $amount }万元
perf-w3005-help = write `{ $value }`, in the money unit of the tables
perf-w3001 = the 成本指标 “{ $value }” is written as a floor
perf-w3001-label = a cost indicator is a ceiling
perf-w3001-help = a 成本指标 states the most the output may cost, written `≤<number>{ $unit }`: check the comparator and the number
perf-w3002 = the 成本指标 “{ $value }” exceeds the project budget
perf-w3002-label = { $cost } 元 > { $budget } 元
perf-w3002-help = a cost indicator of the whole project cannot exceed the project's 预算数: check the value and its unit
perf-w3003 = unit cost × quantity exceeds the project budget: { $cost } × { $quantity } = { $total } 元 > { $budget } 元
perf-w3003-cost = unit cost
perf-w3003-quantity = quantity
perf-w3003-budget = the project's 预算数 is { $budget } 元
perf-w3003-help = one of the three is wrong: the unit cost, the quantity or the project's 预算数; check each
perf-b2005-cost = the 成本指标 “{ $value }” in 元 is out of the range that can be computed exactly
perf-b2005-product = unit cost × quantity ({ $cost } × { $quantity }) is out of the range that can be computed exactly
perf-b2005-label = cannot be computed exactly
perf-b2005-quantity = quantity
perf-b2005-help = the figure has more than 28 digits: check the unit cost, the quantity and their units
perf-w3004 = the indicator's name or description speaks of “{ $word }”, but its value “{ $value }” is per “{ $per }”
perf-w3004-label = “{ $word }” in the name or description, “/{ $per }” in the value
perf-w3004-help = make them agree: a value per { $word } (…/{ $word }), or a name that says { $per }
perf-w3006 = the purpose speaks of { $stated }, but the 数量指标 is “{ $value }”
perf-w3006-label = 数量指标
perf-w3006-purpose = 资金用途: { $purpose }
perf-w3006-help = check the purpose and the quantity indicator and make them agree

## Identities (DESIGN.md §5)

perf-b2005-total = the sum of the amounts is out of the range that can be computed exactly
perf-b2005-total-note = budgetc adds every amount exactly; this sum has more than 28 digits
perf-b2005-total-help = check the money unit (`money 万元`) and the digits of the largest amounts
perf-b2005-total-label = the sum goes out of range here
perf-b2104 = { $row ->
        [named] { $fund }
       *[fund] income from { $fund }
    } is { $income } { $unit }, but the expenditure of that fund is { $spending } { $unit } (基本支出 { $basic } + 项目支出 { $project })
perf-b2104-note = the income of each funding source must equal the expenditure it pays for (基本支出 + 项目支出)
perf-b2104-reserve = { $row ->
        [named] { $fund }
       *[fund] income from { $fund }
    } is { $income } { $unit }, but the expenditure of that fund is { $spending } { $unit } (基本支出 { $basic } + 项目支出 { $project } + 单位预留机动经费 { $reserve })
perf-b2104-reserve-note = the income of each funding source must equal the expenditure it pays for (基本支出 + 项目支出 + 单位预留机动经费)
perf-b2104-spend = { $row ->
        [named] { $fund }
       *[fund] income from { $fund }
    } is { $income } { $unit }, but the expenditure of that fund is { $spending } { $unit } ({ $parts })
perf-b2104-spend-note = the income of each funding source must equal the expenditure it pays for (基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出)
perf-b2104-label = income { $income }, expenditure { $spending }
perf-b2104-help = check the income and the expenditure of { $fund }: if the expenditure lines are right, the income is `income { $fund } { $spending }`
perf-b2104-no-income-label = expenditure paid from { $fund }, but no `income` line brings it in
perf-b2104-no-income-help = if this expenditure is right, add `income { $fund } { $spending }`; otherwise pay it from a fund that has income
perf-b2107-beside = { $item } is { $figure } { $unit }, below the { $basic } { $unit } of economic code { $code } in 基本支出
perf-b2107-beside-note = the { $item } figure covers { $code } of 基本支出 and the { $item } paid by projects, so it is at least { $code } in 基本支出 (its 财政拨款 part)
perf-b2107-beside-help = the { $item } stated in the `sangong` block is at least { $basic } { $unit }; if the { $item } figure is right, check the amounts of { $code } in 基本支出
perf-b2107 = the 三公 figure { $item } is { $figure } { $unit }, below the { $basic } { $unit } of economic code { $code } in 基本支出
perf-b2107-note = each 三公 figure is at least the economic code it matches in 基本支出 (its 财政拨款 part)
perf-b2107-label = { $figure } < { $basic }
perf-b2107-basic = { $code } { $name } in 基本支出
perf-b2107-help = the { $item } stated in the `sangong` block is at least { $basic } { $unit }; if the 三公 figure is right, check the amounts of { $code } in 基本支出
perf-b2109-offices = 办公用房 ({ $office_area } m², { $office_value } { $unit }) exceeds 房屋 ({ $building_area } m², { $building_value } { $unit })
perf-b2109-offices-label = 办公用房 larger than 房屋
perf-b2109-offices-buildings = 房屋 (includes 办公用房)
perf-b2109-offices-note = 办公用房 is a part of 房屋: its area and value are counted in 房屋
perf-b2109-offices-help = check the 房屋 line: it includes every building, offices too
perf-b2109-vehicles = the vehicles by use add up to { $uses }, but 车辆 says { $vehicles }
perf-b2109-vehicles-label = the uses add up to { $uses }
perf-b2109-vehicles-value = the vehicles by use are worth { $uses } { $unit } together, but 车辆 says { $vehicles } { $unit }
perf-b2109-vehicles-value-label = the uses add up to { $uses } { $unit }
perf-b2109-vehicles-first = the vehicles by use start here
perf-b2109-vehicles-note = 部级领导干部用车, 主要领导干部用车, 机要通信用车, 应急保障用车, 执法执勤用车, 特种专业技术用车, 离退休干部用车 and 其他用车 together are all the vehicles
perf-b2109-vehicles-help = check the 车辆 line and the quantities (and values) of the uses; write 0 for a use without vehicles

## Stated totals (total lines)

perf-total = { $kind ->
        [code] the total of code { $key }
       *[term] { $key }
    } is stated as { $stated } { $unit }, but the lines add up to { $computed } { $unit }
perf-w2001 = { $kind ->
        [code] the total of code { $key }
       *[term] { $key }
    } is stated as { $stated } { $unit }, the lines add up to { $computed } { $unit }: the difference is within the tolerance of { $tolerance } { $unit }
perf-total-label = the lines add up to { $computed }
perf-total-how = { $key } = { $how }
perf-total-note = difference { $difference } { $unit } (stated minus computed)
perf-total-help = if the lines are right, write `total { $key } { $computed }`; otherwise find the line that is off
perf-total-unknown-code = the code { $code } is not in the catalog, and this budget does not use it
perf-total-unknown-code-label = unknown classification code
perf-total-unknown-code-help = check the code: a total is stated for a function or an economic classification code

## How a total is computed (label of the key of a total line)

perf-how-income-this-year = the sum of the income lines
perf-how-spending-this-year = the sum of the expenditure by 类
perf-how-income-total = 本年收入合计 + 上年结转结余
perf-how-grand-total = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (in a budget, 收入总计)
perf-how-fiscal-grand-total = 财政拨款 income + its 年初结转和结余
perf-how-spending-total = 本年支出合计 + 年终结转结余
perf-how-basic = the sum of the 基本支出 lines
perf-how-project = the sum of the project amounts
perf-how-fiscal = 一般公共预算 + 政府性基金 + 国有资本经营
perf-how-personnel = economic codes 301 + 303
perf-how-public = economic code 302 (+ 310)
perf-how-reserve = the sum of the 单位预留机动经费 lines
perf-how-spend = the sum of the { $kind } lines (spend)
perf-how-purchases = the sum of the purchase lines
perf-how-purchases-of = the sum of the purchase lines of 品目大类 { $category }
perf-how-sangong = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费
perf-how-travel = 教学科研人员因公出国（境）费 + 其他因公出国（境）费
perf-how-cars = 公务用车购置费 + 公务用车运行维护费
perf-how-running = 公用经费 of 行政 and 参公 units
perf-how-assets = 房屋 + 车辆 + 单价在20万元以上的设备 + 其他固定资产
perf-how-sangong-item = the sum of the “{ $item }” lines
perf-how-fund = the expenditure paid from { $fund }
perf-how-function = the sum of the expenditure under function code { $code }
perf-how-economic = the sum of the 基本支出 under economic code { $code }
