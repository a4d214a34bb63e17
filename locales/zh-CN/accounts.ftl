# 部门决算：文件种类、结转和结余、决算恒等式。

catalog-b1008-document = 未知的文件种类“{ $word }”
accounts-b5001 = 本文件是{ $kind }，但模板“{ $template }”用于{ $template_kind }
accounts-b5001-none = 本文件是决算，但没有指定决算模板
accounts-b5001-label = 此处指定的模板是{ $template_kind }模板
accounts-b5001-none-label = 这一行写明本文件是决算
accounts-b5001-help = 请改用{ $kind }模板：{ $ids }
accounts-b5002-budget = 预算中不能写结转和结余行
accounts-b5002-budget-label = balance 行只用于决算
accounts-b5002-budget-help = 本文件是决算时，请在 year 行写明：`year 2024 决算`；预算的上年结转请写作 `income 上年结转 金额`
accounts-b5002-fiscal = { $item }是非财政拨款资金，不能属于{ $fund }
accounts-b5002-fiscal-label = 这里是财政拨款资金
accounts-b5002-fiscal-help = 请删去资金来源（即为非财政拨款资金），或写明事业收入、经营收入、其他收入等非财政拨款资金
accounts-b5002-code = { $item }不按功能分类科目填报
accounts-b5002-code-label = 此处不应有科目编码
accounts-b5002-code-help = 只有年初结转和结余、年末结转和结余可以写明功能分类科目；请删去{ $item }行的科目编码
accounts-what-balance = 结转结余项目
accounts-what-balance-of = { $fund }的{ $item }
accounts-what-balance-of-item = { $fund }{ $code }的{ $item }
accounts-b5003 = 收入总计 { $sources } { $unit }（本年收入 { $income } + 使用非财政拨款结余 { $used } + 年初结转和结余 { $opening }）不等于支出总计 { $uses } { $unit }（本年支出 { $spending } + 结余分配 { $distributed } + 年末结转和结余 { $closing }）
accounts-b5003-label = 相差 { $gap }
accounts-b5003-note = 决算中本年收入不必等于本年支出，但本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余
accounts-b5003-help = 请核对收入行、支出行和 balance 行：多数情况是漏写了某项年初或年末结转和结余
accounts-b5004 = { $fund }：年初结转和结余 { $opening } + 本年收入 { $income } − 本年支出 { $spending } = { $expected } { $unit }，但年末结转和结余为 { $closing } { $unit }
accounts-b5004-closing-label = 按收支应为 { $expected }
accounts-b5004-income-label = 该资金的收入
accounts-b5004-note = 每项财政拨款资金都须衔接：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余（财政拨款收入支出决算总表）
accounts-b5004-help = 若收入和支出行无误，{ $fund }的年末结转和结余应为 { $expected }：`balance 年末结转和结余 { $fund } { $expected }`
accounts-w5001-note = 差额在声明的容差 { $tolerance } 之内（由元折算为万元的尾差），作为提示而非错误
accounts-b5005-in-budget = 预算中不能用 `budget` 行指定预算文件
accounts-b5005-in-budget-label = `budget` 行只用于决算
accounts-b5005-in-budget-help = 决算用 `budget "预算文件"` 指定同年度的年初预算；若本文件是决算，请在 year 行写明：`year 2024 决算`
accounts-b5005-not-the-budget = 所指文件是 { $year } 年度的{ $kind }，不是本决算（{ $expected } 年度）的预算
accounts-b5005-not-the-budget-label = 此处指定的文件
accounts-b5005-not-the-budget-help = 请指定 { $year } 年度的部门预算文件（其 year 行为 `year { $year }`）
accounts-b1008-plan = 未知的预算种类“{ $word }”
accounts-b1008-plan-help = 可写：`budget "年初预算文件"`（年初预算），`budget 全年 "全年预算文件"`（调整后的全年预算）
accounts-b0003-plan = { $role }文件指定了两次
accounts-w5003 = 对为 0 的{ $budget }写了完成率
accounts-w5003-label = 本决算的{ $budget }为 0，没有完成率
accounts-w5003-help = 预算数为 0 时不能计算完成率：请写“{ $budget }为0，不计算完成率”，或改为与另一预算数（如全年预算）比较；budgetc 生成的说明即如此
accounts-w5004 = 项目“{ $project }”的绩效指标“{ $indicator }”完成值 { $actual }，未达到预算中的目标值 { $target }
accounts-w5004-label = 预算目标值为 { $target }
accounts-w5004-help = 请在绩效自评中说明未完成的原因；若完成值填错，请改正（决算中项目的指标值是完成值，目标值取自本年度预算文件中同一项目编码的同名指标）
