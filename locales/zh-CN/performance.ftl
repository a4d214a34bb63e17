# 诊断信息：绩效目标与勾稽关系（src/check/performance.rs、identities.rs）。

## 绩效指标（indicator 行）

perf-b3001-level1 = 一级指标“{ $name }”不在规定的指标体系中
perf-b3001-level1-label = 不是一级指标
perf-b3001-level1-help = 一级指标应为：{ $accepted }
perf-b3001-level2 = 二级指标“{ $name }”不在规定的指标体系中
perf-b3001-level2-label = 不是二级指标
perf-b3001-level2-help = 二级指标应为：{ $accepted }
perf-b3001-level2-help-under = { $level1 }下的二级指标应为：{ $accepted }
perf-b3001-mismatch = { $level2 }不是{ $level1 }下的二级指标
perf-b3001-mismatch-label = 属于{ $level1 }
perf-b3001-mismatch-level1 = 所填的一级指标
perf-b3001-mismatch-help = { $level1 }下应填写{ $accepted }；或将该指标归入{ $other }
perf-b3002-unit = 指标值“{ $value }”中的计量单位“{ $unit }”无法识别
perf-b3002-unit-label = 不是可用的计量单位
perf-b3002-unit-help = 可用的计量单位有：{ $units }，也可以用“/”组合（如 元/人/月）；定性指标值请加引号，如 "及时完成"
perf-b3005 = 满意度指标值“{ $value }”不是百分比
perf-b3005-label = 满意度以 % 计量
perf-b3005-help = 满意度指标值应以百分比表示（如 ≥90%），请按满意度调查的口径改写

## 资金支出计划（plan 行）

perf-b3003-above = 用款计划中的 { $percent }% 超过了 100%
perf-b3003-above-label = 超过 100%
perf-b3003-above-help = 用款计划按累计填写：到各时点累计支出占预算的比例，最多为 100%
perf-b3003-decreases = 用款计划从 { $before }% 降到了 { $after }%
perf-b3003-decreases-label = 小于前一时点
perf-b3003-decreases-before = 前一时点
perf-b3003-decreases-help = 用款计划是累计数，每个时点应不小于前一时点
perf-b3003-end = 用款计划到 12月底为 { $percent }%，应为 100%
perf-b3003-end-blank = 用款计划 12月底一栏未填写，应为 100%
perf-b3003-end-label = 12月底应为 100%
perf-b3003-end-help = 到年底预算应全部支出：最后一栏填写 100%

## 绩效目标表（每个项目）

perf-b3006 = 项目“{ $name }”（{ $code }）没有填报绩效目标：没有用款计划、年度绩效目标，也没有绩效指标
perf-b3006-label = 该项目没有 `plan`、`goal` 和 `indicator` 行
perf-b3006-note = 预算公开模板 { $template } 要求每个项目公开一张绩效目标表，缺少这些内容只能公开一张空表
perf-b3006-help = 在项目下添加用款计划 `plan <3月底>% <6月底>% <10月底>% 100%`、年度绩效目标 `goal "……"`，以及产出指标、效益指标、满意度指标各至少一条 `indicator` 行
perf-b3007 = 项目“{ $name }”（{ $code }）的绩效目标表缺少{ $missing ->
        [plan] 资金支出计划
        [goal] 年度绩效目标
       *[both] 资金支出计划和年度绩效目标
    }
perf-b3007-label = { $missing ->
        [plan] 该项目没有 `plan` 行
        [goal] 该项目没有 `goal` 行
       *[both] 该项目没有 `plan` 行和 `goal` 行
    }
perf-b3007-note = 预算公开模板 { $template } 的绩效目标表包括资金支出计划、年度绩效目标和绩效指标，缺少的部分只能公开为空白
perf-b3007-help = { $missing ->
        [plan] 在项目下添加用款计划 `plan <3月底>% <6月底>% <10月底>% 100%`（到各时点累计支出占预算的比例）
        [goal] 在项目下添加年度绩效目标 `goal "……"`
       *[both] 在项目下添加用款计划 `plan <3月底>% <6月底>% <10月底>% 100%` 和年度绩效目标 `goal "……"`
    }
perf-b3004 = 项目“{ $name }”（{ $code }）缺少{ $levels }
perf-b3004-label = 缺少{ $levels }
perf-b3004-note = 预算公开模板 { $template } 要求每个项目的绩效目标表有产出指标、效益指标、满意度指标各至少一条
perf-b3004-example = 例如：`indicator { $level1 } { $level2 } "<三级指标>" "<指标内容>" <指标值> basis "<指标值确定依据>"`
perf-b3004-help = { $count ->
        [1] 为缺少的这类指标添加至少一条 `indicator` 行
       *[other] 为缺少的每一类指标各添加至少一条 `indicator` 行
    }

## 指标值的合理性

perf-w3005 = 指标值“{ $value }”以元为单位，而本文件的金额单位是万元
perf-w3005-label = 即 { $amount }万元
perf-w3005-help = 写作 `{ $value }`，与表格的金额单位一致
perf-w3001 = 成本指标“{ $value }”写成了下限
perf-w3001-label = 成本指标应为上限
perf-w3001-help = 成本指标是产出所需成本的最高限额，写作 `≤<数值>{ $unit }` 的形式：请核对比较符和数值
perf-w3002 = 成本指标“{ $value }”超过了项目预算
perf-w3002-label = { $cost } 元 > { $budget } 元
perf-w3002-help = 整个项目的成本指标不应超过项目预算数，请核对指标值及其单位
perf-w3003 = 单位成本 × 数量超过了项目预算：{ $cost } × { $quantity } = { $total } 元 > { $budget } 元
perf-w3003-cost = 单位成本
perf-w3003-quantity = 数量
perf-w3003-budget = 项目预算数折合 { $budget } 元
perf-w3003-help = 单位成本、数量、项目预算数三者中有一项有误，请逐项核对
perf-b2005-cost = 成本指标“{ $value }”折合成元后超出了可精确计算的范围
perf-b2005-product = 单位成本 × 数量（{ $cost } × { $quantity }）超出了可精确计算的范围
perf-b2005-label = 无法精确计算
perf-b2005-quantity = 数量
perf-b2005-help = 该数值超过 28 位数字，请核对单位成本、数量及其计量单位
perf-w3004 = 指标名称或内容按“{ $word }”表述，但指标值“{ $value }”是按“{ $per }”计
perf-w3004-label = 名称或内容中有“{ $word }”，指标值为“/{ $per }”
perf-w3004-help = 使两者一致：指标值按{ $word }计（…/{ $word }），或在名称中写明按{ $per }计
perf-w3006 = 资金用途中写的是 { $stated }，但数量指标为“{ $value }”
perf-w3006-label = 数量指标
perf-w3006-purpose = 资金用途：{ $purpose }
perf-w3006-help = 请核对资金用途与数量指标，使两者一致

## 勾稽关系（DESIGN.md 第 5 节）

perf-b2005-total = 各项金额之和超出了可精确计算的范围
perf-b2005-total-note = budgetc 对每一笔金额精确求和，此合计超过 28 位数字
perf-b2005-total-help = 请核对金额单位（`money 万元`）和最大几笔金额的位数
perf-b2005-total-label = 在此处超出范围
perf-b2104 = { $row ->
        [named] { $fund }
       *[fund] { $fund }收入
    } { $income } { $unit }，但该资金的支出为 { $spending } { $unit }（基本支出 { $basic } + 项目支出 { $project }）
perf-b2104-note = 每项资金来源的收入应等于用该资金安排的支出（基本支出 + 项目支出）
perf-b2104-reserve = { $row ->
        [named] { $fund }
       *[fund] { $fund }收入
    } { $income } { $unit }，但该资金的支出为 { $spending } { $unit }（基本支出 { $basic } + 项目支出 { $project } + 单位预留机动经费 { $reserve }）
perf-b2104-reserve-note = 每项资金来源的收入应等于用该资金安排的支出（基本支出 + 项目支出 + 单位预留机动经费）
perf-b2104-spend = { $row ->
        [named] { $fund }
       *[fund] { $fund }收入
    } { $income } { $unit }，但该资金的支出为 { $spending } { $unit }（{ $parts }）
perf-b2104-spend-note = 每项资金来源的收入应等于用该资金安排的支出（基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出）
perf-b2104-label = 收入 { $income }，支出 { $spending }
perf-b2104-help = 请核对{ $fund }的收入和支出：若各支出行无误，收入应写作 `income { $fund } { $spending }`
perf-b2104-no-income-label = 用{ $fund }安排了支出，但没有对应的 `income` 行
perf-b2104-no-income-help = 若这些支出无误，请添加 `income { $fund } { $spending }`；否则请将这些支出改由已有收入的资金安排
perf-b2107-beside = { $item }为 { $figure } { $unit }，低于基本支出中经济分类科目 { $code } 的 { $basic } { $unit }
perf-b2107-beside-note = 一般公共预算安排的{ $item }包括基本支出中的 { $code } 和项目支出中的{ $item }，故应不低于基本支出中的 { $code }（财政拨款部分）
perf-b2107-beside-help = 在 `sangong` 块中填报的{ $item }应不少于 { $basic } { $unit }；若{ $item }无误，请核对基本支出中 { $code } 的金额
perf-b2107 = “三公”经费中{ $item }为 { $figure } { $unit }，低于基本支出中经济分类科目 { $code } 的 { $basic } { $unit }
perf-b2107-note = “三公”经费各项应不低于基本支出中对应的经济分类科目（财政拨款部分）
perf-b2107-label = { $figure } < { $basic }
perf-b2107-basic = 基本支出中的 { $code } { $name }
perf-b2107-help = 在 `sangong` 块中填报的{ $item }应不少于 { $basic } { $unit }；若“三公”经费无误，请核对基本支出中 { $code } 的金额
perf-b2109-offices = 办公用房（{ $office_area } 平方米，{ $office_value } { $unit }）超过了房屋（{ $building_area } 平方米，{ $building_value } { $unit }）
perf-b2109-offices-label = 办公用房大于房屋
perf-b2109-offices-buildings = 房屋（应包括办公用房）
perf-b2109-offices-note = 办公用房是房屋的一部分，其面积和价值都计入房屋
perf-b2109-offices-help = 请核对房屋一行：房屋应包括全部房屋（含办公用房）
perf-b2109-vehicles = 各类用车合计 { $uses } 辆，与车辆 { $vehicles } 辆不符
perf-b2109-vehicles-label = 各类用车合计 { $uses } 辆
perf-b2109-vehicles-value = 各类用车价值合计 { $uses } { $unit }，与车辆价值 { $vehicles } { $unit } 不符
perf-b2109-vehicles-value-label = 各类用车合计 { $uses } { $unit }
perf-b2109-vehicles-first = 各类用车从这里开始
perf-b2109-vehicles-note = 部级领导干部用车、主要领导干部用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、离退休干部用车和其他用车合起来就是全部车辆
perf-b2109-vehicles-help = 请核对车辆一行和各类用车的数量（及价值）；没有的类别写 0

## 填报的合计（total 行）

perf-total = { $kind ->
        [code] 科目 { $key } 的合计
       *[term] { $key }
    }填报为 { $stated } { $unit }，但按明细计算为 { $computed } { $unit }
perf-w2001 = { $kind ->
        [code] 科目 { $key } 的合计
       *[term] { $key }
    }填报为 { $stated } { $unit }，按明细计算为 { $computed } { $unit }，差额在允许误差 { $tolerance } { $unit }之内
perf-total-label = 按明细计算为 { $computed }
perf-total-how = { $key } = { $how }
perf-total-note = 相差 { $difference } { $unit }（填报数减计算数）
perf-total-help = 若各明细行无误，应写作 `total { $key } { $computed }`；否则请找出与之不符的明细行
perf-total-unknown-code = 科目编码 { $code } 不在科目目录中，本预算也没有使用它
perf-total-unknown-code-label = 未知的科目编码
perf-total-unknown-code-help = 请核对科目编码：合计只能针对功能分类科目或经济分类科目

## 合计的计算方法（标注在 total 行的合计项上）

perf-how-income-this-year = 各项收入之和
perf-how-spending-this-year = 各类支出之和
perf-how-income-total = 本年收入合计 + 上年结转结余
perf-how-grand-total = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余（预算中为收入总计）
perf-how-fiscal-grand-total = 财政拨款收入 + 年初财政拨款结转和结余
perf-how-spending-total = 本年支出合计 + 年终结转结余
perf-how-basic = 各基本支出行之和
perf-how-project = 各项目预算数之和
perf-how-fiscal = 一般公共预算 + 政府性基金 + 国有资本经营
perf-how-personnel = 经济分类 301 + 303
perf-how-public = 经济分类 302（+ 310）
perf-how-reserve = 各单位预留机动经费行之和
perf-how-spend = 各{ $kind }行（spend）之和
perf-how-purchases = 各政府采购行金额之和
perf-how-purchases-of = 品目大类为{ $category }的政府采购行金额之和
perf-how-sangong = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费
perf-how-travel = 教学科研人员因公出国（境）费 + 其他因公出国（境）费
perf-how-cars = 公务用车购置费 + 公务用车运行维护费
perf-how-running = 行政单位和参照公务员法管理事业单位的公用经费
perf-how-assets = 房屋 + 车辆 + 单价在20万元以上的设备 + 其他固定资产
perf-how-sangong-item = 各“{ $item }”行之和
perf-how-fund = { $fund }安排的支出
perf-how-function = 功能分类科目 { $code } 下的支出之和
perf-how-economic = 基本支出中经济分类科目 { $code } 下的支出之和
