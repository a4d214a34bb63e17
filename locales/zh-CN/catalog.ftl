# 诊断信息：文件头与分类科目编码（src/check/header.rs、codes.rs、src/catalog.rs）。

## 分类科目的写法：选择符 family 为 function（功能分类）或 economic（经济分类），
## level 为 class（类）、section（款）或 item（项）。

catalog-code-lengths = 功能分类科目编码为 3 位（类）、5 位（款）或 7 位（项）；经济分类科目编码为 3 位（类）或 5 位（款）

catalog-b1005-not-digit = 科目编码“{ $code }”格式错误：“{ $char }”不是数字
catalog-b1005-not-digit-label = 不是数字
catalog-b1005-not-digit-help = { $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }的{ $level ->
    [class] 类
    [section] 款
   *[item] 项
  }编码只由数字组成
catalog-b1005-length = 科目编码“{ $code }”格式错误：共 { $digits } 位
catalog-b1005-length-label = { $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }的{ $level ->
    [class] 类
    [section] 款
   *[item] 项
  }为 { $digits } 位
catalog-b1005-department = 单位编码“{ $code }”格式错误
catalog-b1005-department-help = 单位编码由数字组成，例如 106

catalog-b1003 = “{ $code }”是{ $other ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }，此处应填{ $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }的{ $level ->
    [class] 类
    [section] 款
   *[item] 项
  }
catalog-b1003-label = { $other ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  } { $code } { $name }
catalog-b1003-help-function = `basic` 行、项目的 `function` 行和支出的 `total` 填功能分类科目的项（7 位，例如 2080101）
catalog-b1003-help-economic = `人员`、`公用` 行填经济分类科目的款（5 位，例如 30101）

catalog-b1004 = “{ $code }”是{ $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }的{ $found ->
    [class] 类
    [section] 款
   *[item] 项
  }，金额应填在{ $level ->
    [class] 类
    [section] 款
   *[item] 项
  }上
catalog-b1004-label = { $found ->
    [class] 类
    [section] 款
   *[item] 项
  } { $name }
catalog-b1004-help = 请填写{ $level ->
    [class] 类
    [section] 款
   *[item] 项
  }级科目（{ $digits } 位）；{ $found ->
    [class] 类
    [section] 款
   *[item] 项
  }级合计由系统计算

catalog-b1001 = 未知的{ $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }编码“{ $code }”
catalog-b1001-label = 内置科目目录中没有此编码
catalog-b1001-label-official = 官方科目表中没有此编码
catalog-b1001-named = “{ $name }”的编码是 { $codes }
catalog-b1001-similar = 相近的编码：{ $codes }
catalog-b1001-help = 请核对编码；如果它确是本年度《政府收支分类科目》中的科目，请在行上写出科目名称，或声明 `code { $family } { $code } <科目名称>`，或用 `catalog "政府收支分类科目.csv"` 指定财政局下发的科目表
catalog-b1001-help-official = 请核对编码：官方科目表中没有此科目
catalog-b1001-help-slip = 请核对编码与科目名称：此名称属于另一个编码
catalog-b1001-help-no-class = 请核对编码：科目目录中没有“{ $class }”类

catalog-w1001 = { $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }编码“{ $code }”不在内置科目目录中，暂按“{ $name }”使用
catalog-w1001-label = 内置科目目录中没有此编码
catalog-w1001-help = 如果它是本年度《政府收支分类科目》中的科目，请声明 `code { $family } { $code } { $name }`，或用 `catalog "政府收支分类科目.csv"` 指定财政局下发的科目表

catalog-w1001-no-kuan = 它的款“{ $kuan }”也不在内置科目目录中，也没有用 `code` 声明
catalog-w1001-help-kuan = 如果它是本年度《政府收支分类科目》中的科目，请同时声明它的款和它本身：`code function { $kuan } <款名称>`、`code function { $code } { $name }`，或用 `catalog "政府收支分类科目.csv"` 指定财政局下发的科目表

catalog-b1002 = “{ $name }”不是 { $code } 的科目名称
catalog-b1002-other-year = “{ $name }”是 { $code } 在其他年度的科目名称
catalog-b1002-label = 科目目录中的名称为“{ $known }”
catalog-b1002-code-label = 此编码
catalog-b1002-help = 写作“{ $known }”，或省略名称
catalog-b1002-provisional = “{ $name }”与前面为 { $code } 写的科目名称“{ $known }”不同
catalog-b1002-provisional-label = 前面写的是“{ $known }”
catalog-b1002-provisional-help = 请核对两处的科目名称，同一编码只用一个名称

catalog-b1009-malformed = “{ $code }”不是{ $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }编码
catalog-b1009-malformed-label = 位数不对或含有非数字字符
catalog-b1009-wrong-family = “{ $code }”不是{ $family ->
    [function] 功能分类科目
   *[economic] 经济分类科目
  }编码：功能分类科目以 2 开头，经济分类科目以 3 开头
catalog-b1009-wrong-family-label = 科目类别不对
catalog-b1009-wrong-family-help = 请核对编码，以及应写 `code function` 还是 `code economic`
catalog-b1009-renamed = 科目 { $code } 在科目目录中的名称是“{ $known }”
catalog-b1009-renamed-label = 目录中的名称为“{ $known }”
catalog-b1009-renamed-help = 删去这行声明，或把名称写作“{ $known }”
catalog-b1009-no-parent = “{ $code }”的上级科目“{ $parent }”不在科目目录中
catalog-b1009-no-parent-label = 上级科目 { $parent } 未知
catalog-b1009-no-parent-help = 先声明上级科目：`code { $family } { $parent } <科目名称>`

## 官方科目表：catalog "…" 行。

catalog-b1012 = 无法使用官方科目表“{ $path }”：{ $reason }
catalog-b1012-label = 未读取此科目表
catalog-b1012-note = 科目编码仍按内置科目目录检查
catalog-b1012-outside = 文件不在工作区内
catalog-b1012-not-regular = 不是普通文件
catalog-b1012-too-large = 文件超过 { $limit } MiB
catalog-b1012-unreadable = 无法读取（{ $error }）
catalog-b1012-not-found = 文件不存在
catalog-b1012-not-read = 文件未被读取
catalog-b1012-not-utf8 = 第 { $line } 行起既不是 UTF-8 编码，也不是 GBK/GB18030 编码
catalog-b1012-csv = 第 { $line } 行无法按 CSV 读取
catalog-b1012-xlsx = 不是可读取的 XLSX 工作簿
catalog-b1012-no-columns = 没有找到科目编码列和科目名称列
catalog-b1012-outside-help = 把科目表放在工作区内（命令行所指文件所在的目录，或用 `--root DIR` 指定的目录）
catalog-b1012-path-help = 请核对文件名和路径（相对于写有 `catalog` 行的文件）
catalog-b1012-not-utf8-help = 用 Excel 或 WPS 把文件另存为“CSV UTF-8（逗号分隔）”，或直接使用 XLSX 文件
catalog-b1012-xlsx-help = 请用 Excel 或 WPS 打开文件核对，并另存为 .xlsx 或 CSV UTF-8
catalog-b1012-columns-help = 科目表应有“科目编码”和“科目名称”两列

catalog-w1002 = 官方科目表“{ $path }”中有 { $count } 个科目的名称与内置科目目录不同，以官方科目表为准
catalog-w1002-label = 此科目表
catalog-w1002-note = { $code }：官方科目表为“{ $official }”，内置目录为“{ $builtin }”
catalog-w1002-more = 另有 { $count } 处不同
catalog-w1002-help = 请核对科目表的年度是否与 `year` 一致；年度一致时无需修改

## 文件头。

catalog-b0003-department = 部门写了两次
catalog-b0003-year = 预算年度写了两次
catalog-b0003-money = 金额单位写了两次
catalog-b0003-template = 报表模板写了两次
catalog-b0003-tolerance = 容差写了两次
catalog-b0003-catalog = 官方科目表指定了两次
catalog-b0003-again-label = 此处再次写出
catalog-b0003-first-label = 第一次写在这里
catalog-b0003-help = 保留其中一行

catalog-b1008-year = “{ $year }”不是预算年度
catalog-b1008-year-label = 不是年份
catalog-b1008-year-help = 年份写四位数字，例如 `year 2024`
catalog-b1008-money = 未知的金额单位“{ $word }”
catalog-b1008-kind = 未知的单位性质“{ $word }”
catalog-b1008-template = 未知的报表模板“{ $word }”
catalog-b1008-label = 不在可选范围内

catalog-b1007-unit = 单位“{ $unit }”声明了两次
catalog-b1007-unit-again-label = 此处再次声明
catalog-b1007-unit-first-label = 第一次声明在这里
catalog-b1007-unit-help = 每个单位只声明一次

catalog-b0004-no-kind = 单位“{ $unit }”没有写单位性质
catalog-b0004-no-kind-label = 缺少 `kind`
catalog-b0004-no-kind-help = 加上 `kind 行政`、`kind 参公事业` 或 `kind 事业`：机关运行经费的口径取决于单位性质
catalog-b0004-no-department = 预算中没有部门（`department` 行）
catalog-b0004-no-year = 预算中没有预算年度（`year` 行）
catalog-b0004-no-money = 预算中没有金额单位（`money` 行）
catalog-b0004-no-unit = 预算中没有机构设置（`unit` 行）
catalog-b0004-missing-label = 本文件及其引入的文件中没有 `{ $example }` 这样的行
catalog-b0004-missing-help = 加一行，例如 `{ $example }`

## 资金来源与术语的“是否应为”。

catalog-did-you-mean = 是否应为“{ $word }”？
catalog-accepted = 可写：{ $accepted }
