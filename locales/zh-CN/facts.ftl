# 诊断信息：各项数据、合计、上年数、文字说明、金额（src/check/facts*、prior.rs、prose.rs、mod.rs、src/model/money.rs）。

## 通用

facts-did-you-mean = 是否应为“{ $word }”？请核对后改正。
facts-out-of-range = 超出范围

## 跳过的检查（src/check/cascade.rs）

facts-skipped-summary = 有 { $files } 个文件未能读取，依赖其内容的 { $checks } 项检查（勾稽关系、合计、必填项）未执行。
facts-b0004-part = “{ $file }”没有文件头（department、year、money、unit），不能作为一个完整的预算单独检查
facts-b0004-part-label = 此文件中没有文件头
facts-b0004-part-help-parent = 此文件由“{ $parent }”引入，是该预算的一部分：请检查 `budgetc check { $parent }`。
facts-b0004-part-note = 在同一目录和上一级目录中没有找到引入（include）此文件的预算文件。
facts-b0004-part-help = 请检查引入此文件的预算文件；如果这是一个新的预算，请在开头写上 department、year、money 和 unit 行。
facts-b0009-deep = 文件引入（include）嵌套超过 { $depth } 层
facts-b0009-deep-label = 此处引入的文件内容未读取
facts-b0009-deep-help = 请改由更靠近命令行所给文件的文件引入此文件。

## 填报两次、重复、位置不对

facts-b0003-twice = { $subject }填报了两次
facts-b0003-twice-label = 此处再次填报
facts-b0003-twice-first = 第一次在此填报
facts-b0003-twice-help = 请核对后保留其中一行。
facts-b0003-prior-both = 上年数既由文件给出，又由 `prior` 行填报
facts-b0003-prior-both-label = 在此填报
facts-b0003-prior-both-file = 又从此文件读取
facts-b0003-prior-both-help = 请只保留 `prior "文件"` 行或 `prior <键> <金额>` 行中的一种。
facts-subject-prior = 上年{ $key }
facts-subject-total = 合计“{ $key }”
facts-subject-assets = 资产（`assets`）部分
facts-subject-of-project = 项目 { $code } 的{ $what }
facts-subject-function = 功能分类科目（`function`）
facts-subject-fund = 资金来源（`fund`）
facts-subject-amount = 金额（`amount`）
facts-subject-purpose = 项目用途（`purpose`）
facts-subject-short = 简称（`short`）
facts-subject-plan = 资金支出计划（`plan`）
facts-subject-goal = 绩效目标（`goal`）
facts-b1007-duplicate = { $what }填报了两次
facts-b1007-duplicate-label = 此处再次填报
facts-b1007-duplicate-first = 第一次在此填报
facts-b1007-duplicate-help = 请删除其中一行，或把两行的金额合并为一行。
facts-what-income = 收入“{ $fund }”
facts-what-basic = 基本支出 { $function } × { $economic }（{ $staff }）
facts-what-basic-function = 基本支出 { $function }（{ $staff }，按功能分类）
facts-what-basic-economic = 基本支出 { $economic }（{ $staff }，按经济分类）
facts-what-project = 项目 { $code }
facts-what-reserve = 单位预留机动经费 { $function }（{ $fund }）
facts-what-spend-kind = 支出种类
facts-what-spend = { $function }的{ $kind }（{ $fund }）
facts-b5007-fiscal = { $kind }不能由{ $fund }安排
facts-b5007-operating = { $kind }只能由事业单位经营收入安排，不能由{ $fund }安排
facts-b5007-label = 资金来源为{ $fund }
facts-b5007-note = 上缴上级支出、对附属单位补助支出用财政拨款以外的资金安排，经营支出用经营收入安排；财政拨款安排的支出只有基本支出和项目支出
facts-b5007-fiscal-help = 请为{ $kind }写明财政拨款以外的资金来源，如 `fund 事业收入`（不写 fund 时为其他收入）；财政拨款安排的支出请写作基本支出（basic）或项目支出（project）
facts-b5007-operating-help = 请删去 fund 子句（{ $kind }默认由事业单位经营收入安排），或写作 `fund 事业单位经营收入`
facts-b5006 = 行政单位“{ $unit }”不能有{ $kind }
facts-b5006-label = 此行属于行政单位“{ $unit }”
facts-b5006-note = 按《行政单位财务规则》，行政单位的支出只有基本支出和项目支出；上缴上级支出、经营支出、对附属单位补助支出是事业单位的支出
facts-b5006-help = 请用 unit 子句写明发生该支出的事业单位，例如 `unit "{ $unit }"`（不写 unit 时为第一个 unit 行的单位）
facts-b5006-help-none = 请用 unit 行声明发生该支出的事业单位（`unit "…" kind 事业`），并在此行写明 `unit "…"`
facts-what-purchase-category = 采购品目大类
facts-what-purchase-form = 采购组织形式
facts-what-sangong = “三公”经费 { $item }（{ $fund }）
facts-what-asset = 资产类别“{ $category }”
facts-b0002-outside = 此行应写在 `{ $block }` 部分之内
facts-b0002-outside-label = 上方没有 `{ $block }` 行
facts-b0002-outside-help = 请在此行上方加上一行，例如 `{ $example }`。
facts-b0002-entry = “{ $label }”应写在 `sangong` 或 `assets` 部分之内
facts-b0002-entry-label = 上方没有 `sangong` 或 `assets` 行
facts-b0002-entry-help = “三公”经费写在 `sangong` 下，资产类别写在 `assets <日期>` 下；其他行以关键字开头。
facts-b0001-shape = 金额个数不对
facts-b0001-shape-label = 此行
facts-b0001-shape-sangong = “三公”经费行只有一个金额：`公务接待费 3.00`
facts-b0001-shape-assets = 资产行写数量和价值两个数，或只写数量：`车辆 1 14.58`、`执法执勤用车 1`
facts-b0004-project = 项目 { $code } 没有 `{ $what }` 行
facts-b0004-project-label = 此项目中没有 `{ $what }` 行
facts-b0004-project-help = 请在项目行下方加上一行，例如 `{ $example }`。

## 未知的词

facts-b1008-unknown = 未知的{ $what }“{ $word }”
facts-b1008-unknown-label = 不是{ $what }
facts-b1008-unknown-help = 可填写：{ $accepted }
facts-what-sangong-item = “三公”经费项目
facts-what-asset-category = 资产类别
facts-what-prose-slot = 文字说明栏目
facts-b1006-fund = 未知的资金来源“{ $fund }”
facts-b1006-fund-label = 不是资金来源
facts-b1006-fund-help = 可填写：{ $accepted }
facts-b1010-unit = 没有名为“{ $unit }”的单位
facts-b1010-unit-label = 没有用 `unit` 行列出
facts-b1010-unit-help = 已列出的单位：{ $units }
facts-b1011-project = 没有项目编码为“{ $code }”的项目
facts-b1011-project-label = 不是已填报的项目编码
facts-b1011-project-help = 政府采购行写明支付它的项目：`purchase <项目编码> …`；请核对项目编码。
facts-b1013-reason = 未知的 reason 键“{ $key }”：这条原因不会印在公开说明中
facts-b1013-reason-label = 不是可说明增减原因的项目
facts-b1013-reason-help = 可说明增减原因的项目：{ $keys }
facts-b1008-prior = 未知的上年数“{ $key }”
facts-b1008-prior-label = 不与上年比较
facts-b1008-prior-help = 可填写：{ $keys }
facts-b1008-citation = 引用“{"{"}{ $key }{"}"}”不对应任何数字
facts-b1008-citation-label = 未知的引用
facts-b1008-citation-near = 是否应为“{"{"}{ $near }{"}"}”？请核对后改正。
facts-b1008-citation-help = 可引用合计（本年收入合计、基本支出、机关运行经费、三公经费等）、科目编码、项目名称、年度或部门名称。
facts-b1008-total = 未知的合计“{ $key }”
facts-b1008-total-label = 不是 budgetc 计算的合计
facts-b1008-total-help = 可填写：本年收入合计、本年支出合计、收入总计、支出总计、基本支出、项目支出、财政拨款、人员经费、公用经费、三公经费、资金来源、“三公”经费项目、机关运行经费、资产总额或科目编码。
facts-b1001-total = 合计中的科目编码“{ $code }”不在本年度的科目目录中
facts-b1001-total-label = 未知的科目编码
facts-b1001-total-help = 请核对科目编码；如果内置目录中缺少该科目，请用 `code` 行声明。

## 项目编码（模板 hebei-2024）

facts-b1005-project = 项目编码“{ $code }”不符合模板 { $template } 的编码格式
facts-b1005-project-length = 共 { $count } 位，应为 { $expected } 位
facts-b1005-project-length-help = 请对照预算管理一体化系统中的项目编码核对，是否漏写或多写了字符。
facts-b1005-project-region = 行政区划代码应为以 { $starts } 开头的 { $length } 位数字
facts-b1005-project-region-help = 请核对项目编码的第 { $from }—{ $to } 位。
facts-b1005-project-year = 年度写作“{ $written }”，本预算应为“{ $expected }”
facts-b1005-project-year-help = 本预算年度为 { $year } 年，项目编码第 { $from }—{ $to } 位应为“{ $expected }”；请核对项目编码。
facts-b1005-project-kind = 第 { $position } 位应为“{ $text }”
facts-b1005-project-kind-help = 请核对项目编码第 { $position } 位。
facts-b1005-project-letter-o = 字母 O：项目编码中不使用字母 O
facts-b1005-project-letter-o-help = 字母 O 容易与数字 0 混淆；请核对此处是否应为数字 0。
facts-b1005-project-char = “{ $char }”不是数字或可用的大写字母
facts-b1005-project-char-help = 项目编码此处只能用数字和模板允许的大写字母；请核对此字符。

## 金额与数字

facts-b2003-negative = 金额“{ $amount }”为负数
facts-b2003-negative-label = 金额不能为负数
facts-b2003-negative-help = 请去掉负号；减少应体现为较小的金额，而不是负数行。
facts-b2004-amount = 金额“{ $amount }”超出范围
facts-b2004-amount-label = 金额须小于 10^15 { $unit }
facts-b2004-amount-help = 最大金额为 999999999999999.99；请核对金额单位（`money 万元`）和数字位数。
facts-b2002-decimals = “{ $amount }”有 { $scale } 位小数，{ $unit }最多 { $allowed } 位
facts-b2002-decimals-label = { $scale } 位小数
facts-b2002-decimals-help = 请在源文件中保留 { $allowed } 位小数，使印出的表格仍然能够合计。
facts-what-score = 自评得分
facts-what-quantity = 数量
facts-what-indicator-value = 指标值
facts-what-plan-percentage = 支出计划百分比
facts-b2003-number = { $what }“{ $number }”为负数
facts-b2003-number-label = 不能为负数
facts-b2003-number-help = 请去掉{ $what }的负号。
facts-b2004-number = { $what }“{ $number }”超出范围
facts-b2004-number-label = 须小于 { $limit }
facts-b2004-number-help = 请核对数字位数和单位；各项范围见 `budgetc explain B2004`。
facts-b2002-number = { $what }“{ $number }”的小数位数过多
facts-b2002-number-label = 最多 { $allowed } 位小数
facts-b2002-number-help = { $what }最多写 { $allowed } 位小数。
facts-b2002-purchase = 数量 × 单价 = { $quantity } × { $price } = { $product }：小数位数超过{ $unit }允许的位数
facts-b2002-purchase-price = 单价
facts-b2002-purchase-quantity = 数量
facts-b2002-purchase-help = 政府采购金额印出 { $allowed } 位小数：请填写乘积不超过 { $allowed } 位小数的数量和单价。
## 勾稽与分类

facts-b2105-staff = { $code } { $name } 不属于{ $staff }经费
facts-b2105-staff-label = 类 { $class } 属于{ $right }经费
facts-b2105-staff-note = 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助；公用经费 = 302 商品和服务支出（+ 310 资本性支出）
facts-b2105-staff-help = 请在行首写“{ $right }”，或改正经济分类科目编码。
facts-b2106-nonfiscal = “三公”经费只填报财政拨款，不包括{ $fund }
facts-b2106-nonfiscal-label = 不是财政拨款资金来源
facts-b2106-nonfiscal-help = 请写一般公共预算、政府性基金或国有资本经营。
facts-b2006-purchase = 政府采购金额合计 { $purchases }{ $unit } 超过项目“{ $name }”的金额 { $amount }{ $unit }
facts-b2006-purchase-label = 采购金额累计 { $purchases }
facts-b2006-purchase-project = 项目金额 { $amount }
facts-b2006-purchase-help = 请核对采购行的数量、单价（单位为{ $unit }）和所写的项目编码。
facts-b1014-copy = 项目 { $code } 与项目 { $other } 相同
facts-b1014-copy-label = 名称、功能分类科目、资金来源、金额和绩效指标都与 { $other } 相同
facts-b1014-copy-first = 原项目
facts-b1014-copy-note = 两个项目的金额会被计算两次，因此不再逐项检查合计。
facts-b1014-copy-help = 如果是同一个项目，请删除其中一个；如果确是两个项目，请改正复制后项目的名称、金额和绩效指标。

## 上年数

facts-b2201-prior = 上年基本支出 { $basic } + 项目支出 { $project } = { $sum }，不等于支出总计 { $total }
facts-b2201-prior-reserve = 上年基本支出 { $basic } + 项目支出 { $project } + 单位预留机动经费 { $reserve } = { $sum }，不等于支出总计 { $total }
facts-b2201-prior-parts = 上年{ $parts } = { $sum }，不等于支出总计 { $total }
facts-b2201-prior-label = Δ总额 = Δ基本 + Δ项目 将不成立
facts-b2201-prior-help = 请核对上年数中的一项，或用 `prior` 指向上年的 .budget 文件。

## 文字说明

facts-w1003-slot = 缺少必填的文字说明“{ $slot }”
facts-w1003-slot-label = 本预算没有 `prose { $slot }`
facts-w1003-slot-note = 公开说明在此处将印出“{ $placeholder }”。
facts-w1003-slot-help = 请加上 `prose { $slot }`，并在其下以 `>` 开头写出该段文字。
facts-w3007-unit = “{ $written }{ $unit }”单位不对：该数字为 { $fact }{ $doc_unit }
facts-w3007-unit-label = 表中为 { $fact }{ $doc_unit }
facts-w3007-none = “{ $written }{ $unit }”与本预算的任何数字都不符
facts-w3007-none-label = 没有这个数字
facts-w3007-help = 请改为引用该数字，例如 `{"{"}机关运行经费{"}"}` 或 `{"{"}<项目名称>{"}"}`，使其不会与表格不一致。

facts-b2111-no-code = 基本支出行既无功能分类科目也无经济分类科目
facts-b2111-no-code-label = 此行未写经济分类科目（款），上方的 `basic` 行也未写功能分类科目（项）
facts-b2111-no-code-note = 基本支出可按功能分类科目（项）填报人员经费、公用经费，或按经济分类科目（款）填报，每行至少要有其中一种科目。
facts-b2111-no-code-help = 请在此行写上经济分类科目（款），例如 `人员 30101 基本工资 …`，或在上方的 `basic` 行写上功能分类科目（项）。

facts-b2110-views = { $fund }安排的基本支出按功能分类科目与按经济分类科目填报的数额不一致：按功能分类科目合计 { $function_total }{ $unit }（人员经费 { $function_personnel }，公用经费 { $function_public }），按经济分类科目合计 { $economic_total }{ $unit }（人员经费 { $economic_personnel }，公用经费 { $economic_public }）
facts-b2110-economic-label = 按经济分类科目填报的基本支出由此开始，合计 { $total }{ $unit }
facts-b2110-function-label = 按功能分类科目填报的基本支出由此开始，合计 { $total }{ $unit }
facts-b2110-views-note = 两种口径是同一笔基本支出，同一资金来源的合计、人员经费、公用经费必须分别相等；同时写有两种科目的行两种口径都计入。
facts-b2110-views-help = 请核对两种口径的各行数额，补上漏填的科目或改正填错的金额。
facts-w3009 = “{ $written }”不能由本段的数字算出
facts-w3009-label = 本段没有哪两个数字（或其上年数、合计）算得出这个百分比
facts-w3009-near-label = 按本句的数字应为 { $value }
facts-w3009-near = 本句的数字：{ $how }（四舍五入到两位小数）
facts-w3009-help = 百分比应由说明中写出的数字算出：占比为甲 ÷ 乙，增减为（今年 − 上年）÷ 上年，四舍五入；也可以改为引用 `{"{"}甲/乙:%{"}"}`。
facts-w3007-percent = 按本句所写的数字，{ $how }，与“{ $written }”不符；“{ $written }”是 { $matched } 的结果，这个数字可能写错了
facts-w3010 = “{ $written }”不是 { $code }（{ $level }）的名称：{ $year }年科目名称为“{ $name }”
facts-w3010-label = { $year }年为“{ $name }”
facts-w3010-other-year = “{ $written }”是该科目在其他年度使用的名称
facts-w3010-help = 请按{ $year }年政府收支分类科目的名称填写（全角、半角括号均可）。
facts-w3011-same = 以{ $year }年与{ $year }年本身比较：本预算的年度就是{ $year }年
facts-w3011-same-label = 与本年比较
facts-w3011-same-again = 同样的比较
facts-w3011-same-help = 与上年比较应写{ $prior }年。
facts-w3011-period = 实施周期“{ $written }”不在预算年度{ $year }年内
facts-w3011-period-label = 不含{ $year }年
facts-w3011-period-help = 请写本预算年度（{ $year }年）的实施周期，或核对该项目是否属于本年预算。
facts-w3012 = “{ $written }”是从 0 算起的增长：上年数为 0 时没有增长百分比
facts-w3012-label = 上年数为 0
facts-w3012-help = 请写增加的金额，例如“比上年增加 10.00万元”。
facts-how-share = { $a }占{ $b }的{ $value }%
facts-how-up = { $a }比{ $b }增加{ $value }%
facts-how-down = { $a }比{ $b }减少{ $value }%
facts-what-enterprise = 中小企业类别
facts-w3013 = { $item }的用途“{ $text }”与{ $other }的用途一字不差，而两者属于不同的类：像是照抄了另一项的文字
facts-w3013-label = 与{ $other }的用途相同
facts-w3013-first = { $item }的用途
facts-w3013-help = 请写明本项资金的实际用途：不同类的科目（如医疗与住房）用途不会相同。
facts-w3014 = 原文写“{ $written }”，按数据生成的同一句话为“{ $expected }”
facts-w3014-label = 按数据应为 { $expected }
facts-w3014-help = 这句话与模板按数据生成的句子用词相同、数字不同：请改正原文，或核对数据是否填错。
facts-b4005-unknown = 模板中没有名为“{ $table }”的表，`prose 表注` 写的表注无处可印
facts-b4005-unknown-label = 模板中没有这张表
facts-b4005-tables = 本模板的表：{ $tables }
facts-b4005-help = 写法：`prose 表注 "政府性基金预算财政拨款收入支出决算表"`，表名照模板的表名（或表的编号）写，其下各行 `> …` 为印在该表下方的注和说明。
facts-b4005-missing = `prose 表注` 没有写明是哪张表的表注
facts-b4005-missing-label = 缺表名
facts-b4005-other = `prose { $slot }` 后写了表名“{ $table }”：只有表注写表名
facts-b4005-other-label = 此处不应写表名
facts-b4005-other-help = 删去表名，写作 `prose { $slot }`；若要写某张表下方的注，请写 `prose 表注 "{ $table }"`。
facts-w3015 = 文字中留有模板的填写说明（“{ $title }”的填表要求），不应印在公开文本中
facts-w3015-label = 这是模板给填表人的说明，不是公开内容
facts-w3015-help = 删去这句填写说明，只保留按要求写出的说明（如“说明：……本年度没有……故本表无数据。”）。
