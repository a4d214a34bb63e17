# 诊断信息：模板文件（src/template/）。

template-b4001 = 模板文件格式错误：{ $reason }
template-b4001-label = 此处无法读取
template-b4002 = 模板引用了不存在的度量“{ $name }”
template-b4002-label = 未定义的度量
template-b4002-help = 是否应为“{ $best }”？度量定义在 templates/measures.toml 或模板的 [measure] 表中
template-b4003 = 模板中的取值“{ $value }”不被接受
template-b4003-label = 不被接受的取值
template-b4003-join-help = `join`、`lead` 和 `where` 只能与 `each` 同用（把逐项列出的各段连成一段；只列出有某项资金的项）
template-b4003-help = 可用的取值：{ $accepted }
template-b4004 = 模板表格的这一部分没有行定义
template-b4004-label = 缺少行定义
template-b4004-help = 每一部分须写明行轴（axis = "function"、"economic"、"classes" 或 "nonempty-classes"，并写 columns），或逐行写出 rows，或分 left 和 right 两侧
template-w4001 = 模板“{ $template }”适用于 { $years } 年度，本预算为 { $year } 年度
template-w4001-label = 模板
template-w4001-help = 请核对模板是否适用于本年度：表格的科目和格式可能已经调整
template-b4001-unread = 无法读取模板文件“{ $file }”
template-b4001-unread-label = 模板文件
template-b4001-unread-help = 模板文件须在工作目录内，是 UTF-8 编码的普通文件，且不超过 16 MiB
template-b4001-unknown-key = 模板文件中有不认识的键“{ $key }”；此处可用的键：{ $accepted }
template-b4001-missing-key = 模板文件缺少必填的键“{ $key }”
template-b4001-type = 模板文件中的取值类型不对（{ $reason }）
template-b4004-block = 说明的这一块没有内容，或同时写了几种内容
template-b4004-block-help = 每一块只写一种：text（文字）、prose（由部门填写的段落）、generated（由 budgetc 生成）或 list（编号段落），可另加 heading
