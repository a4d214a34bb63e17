# 诊断信息：语法错误（src/syntax）。

## 无法识别的行（B0001）。

syntax-b0001-file = 无法把该文件读作预算文件
syntax-b0001-file-label = 此处
syntax-b0001-unknown-keyword = “{ $word }”不能作为一行的开头
syntax-b0001-unknown-keyword-label = 未知的关键字
syntax-b0001-unknown-keyword-help = 每行以关键字开头，如 `basic`、`project`、`income` 或 `total`；在块内也可以人员/公用、“三公”经费项目或资产类别开头
syntax-b0001-unknown-keyword-near = 是否应为 `{ $keyword }`？即写作 `{ $fixed }`
syntax-b0001-unknown-keyword-near-form = 是否应为 `{ $keyword }`？这一行的格式是：{ $form }
syntax-b0001-incomplete = `{ $keyword }` 行不完整：此处缺少{ $expected }
syntax-b0001-invalid = `{ $keyword }` 行有误：此处应为{ $expected }，写的是“{ $found }”
syntax-b0001-expected-label = 此处应为{ $expected }
syntax-b0001-line-label = 出错的行
syntax-b0001-form-help = 这一行的格式是：{ $form }

## 此处应为……（多项之间用 syntax-or 连接）。

syntax-or = 或
syntax-expected-code = 编码
syntax-expected-amount = 金额
syntax-expected-string = 用引号括起的文字
syntax-expected-name = 名称
syntax-expected-staff = 人员或公用
syntax-expected-fund-clause = `fund <资金来源>`
syntax-expected-unit-clause = `unit "<单位名称>"`
syntax-expected-other-clause = `other <其他资金>`
syntax-expected-attr = 单位属性（kind、level、funding）
syntax-expected-family = `function` 或 `economic`
syntax-expected-end = 行尾
syntax-expected-plan-cell = 百分比或 `-`
syntax-expected-value = 指标值
syntax-expected-basis = `basis <指标值确定依据>`
syntax-expected-date = 日期（YYYY-MM-DD）
syntax-expected-keyword = 关键字
syntax-expected-token = 其他内容
syntax-expected-other = 其他内容

## 各语句的格式（关键字不翻译）。

syntax-form-department = department <单位编码> "<部门名称>"
syntax-form-year = year <年度，如 2024> [决算]
syntax-form-money = money 万元
syntax-form-template = template hebei-2024
syntax-form-tolerance = tolerance 0.01
syntax-form-include = include "<文件名>.budget"
syntax-form-catalog = catalog "<政府收支分类科目>.csv"
syntax-form-unit = unit "<单位名称>" kind 行政 level "<机构规格>" funding <经费保障形式>
syntax-form-code = code function|economic <科目编码> <科目名称>
syntax-form-income = income <资金来源> [<功能分类科目（项）>] <金额>
syntax-form-basic = basic <功能分类科目（项）> [<科目名称>] [fund <资金来源>] [unit "<单位名称>"]，或 basic fund <资金来源> [unit "<单位名称>"]
syntax-form-basic-item = 人员|公用 [<经济分类科目（款）> [<科目名称>]] <金额>
syntax-form-project = project <项目编码> "<项目名称>"
syntax-form-function = function <功能分类科目（项）> [<科目名称>]
syntax-form-fund = fund <资金来源>
syntax-form-amount = amount <财政资金> [other <其他资金>]
syntax-form-purpose = purpose "<资金用途>"
syntax-form-short = short "<文字说明中使用的项目简称>"
syntax-form-sangong = sangong [fund <资金来源>]
syntax-form-assets = assets <YYYY-MM-DD>
syntax-form-total = total <合计项或科目编码> <金额>
syntax-form-plan = plan <3月底%> <6月底%> <10月底%> <12月底%>（空白格写 `-`）
syntax-form-goal = goal "<绩效目标>"
syntax-form-indicator = indicator <一级指标> <二级指标> "<三级指标>" "<绩效指标描述>" <指标值> basis "<指标值确定依据>"
syntax-form-evaluation = evaluation <目标|跟踪|自评> [score <自评得分>] [rating <优|良|合格|不合格>] [problems <发现问题个数>]
syntax-form-prose = prose <文字说明栏目>
syntax-form-prior = prior "<上年预算文件>.budget" 或 prior <合计项> <金额>
syntax-form-reason = reason <合计项> "<增减原因>"
syntax-form-reserve = reserve <功能分类科目（项）> [<科目名称>] [fund <资金来源>] [unit "<单位名称>"] <金额>
syntax-form-spend = spend <支出种类> <功能分类科目（项）> [<科目名称>] [fund <资金来源>] [unit "<单位名称>"] <金额>
syntax-form-purchase = purchase <项目编码> "<采购品目>" <目录序号> <计量单位> <数量> <单价> 或 purchase <品目大类> "<采购物品名称>" [special <专项名称>] [economic <经济科目>] [form <采购组织形式>] <金额>

## 金额与数值（src/model/money.rs）：B2001、B2002、B2004。

syntax-b2001-invalid = 金额“{ $text }”无效：{ $reason }
syntax-b2001-second-point = 多了一个小数点
syntax-b2001-separator = “{ $char }”：金额不用千位分隔符
syntax-b2001-not-digit = “{ $char }”不是数字
syntax-b2001-no-digits = 没有数字
syntax-b2001-invalid-help = 金额只写十进制数字，如 286.23，不带单位和分隔符
syntax-b2004-too-large = 数值“{ $text }”超出范围
syntax-b2004-too-large-label = 达到或超过 10^15
syntax-b2004-too-large-help = 预算中的数值都小于 10^15：金额最大为 999999999999999.99；各类数值的范围见 `budgetc explain B2004`
syntax-b2002-too-precise = “{ $text }”超过 { $max } 位数字，最后几位小数会被舍入
syntax-b2002-too-precise-label = 数字位数过多
syntax-b2002-too-precise-help = 数字总共最多写 { $max } 位；金额最多两位小数

## 无法确定含义的中文输入习惯（B0011）。

syntax-b0011-quotes = 引号不配对：以 { $open } 开头，却以 { $close } 结尾
syntax-b0011-quotes-label = 以 { $open } 开头、以 { $close } 结尾
syntax-b0011-quotes-help = 两端用同一种引号：把 `{ $token }` 写作 `{ $fixed }`
syntax-b0011-unit = 金额后面不写单位“{ $unit }”
syntax-b0011-unit-label = 金额只写数字
syntax-b0011-unit-help = 金额的单位由文件开头的 `money` 行统一规定：如果是 `money { $unit }`，写作 `{ $fixed }`；如果不是，请先把金额换算为 `money` 行的单位
syntax-form-balance = balance <年初结转和结余|年末结转和结余|使用非财政拨款结余|结余分配> [<资金来源>] [<功能分类科目（项）>] <金额>
syntax-form-budget = budget [全年] "<预算文件>.budget"
