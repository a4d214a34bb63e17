# 诊断信息：读取文件：include、prior、编码、限制（src/load.rs）。

## 命令行所指的文件无法读取（退出状态 2）。

load-root-error = 无法读取 { $path }：{ $reason }
load-root-outside = 在工作区之外
load-root-not-regular = 不是普通文件，而是{ $kind }
load-root-too-large = 文件超过 { $limit } MiB
load-root-not-utf8 = 不是 UTF-8 文本（第 { $line } 行第 { $column } 列有无效字节）；请把文件另存为 UTF-8 编码
load-root-gbk = 该文件以 GBK/GB18030 编码保存，budgetc 只读取 UTF-8 编码的文件，不会自动转换。请另存为 UTF-8：用记事本打开，“另存为”时在“编码”中选择 UTF-8；WPS 或 Excel 导出文本时选择 UTF-8 编码；或运行 `iconv -f GB18030 -t UTF-8 原文件 > 新文件`
load-io-not-found = 找不到该文件或目录
load-io-permission = 没有读取权限
load-io-is-a-directory = 这是一个目录，不是文件
load-io-not-a-directory = 路径中有一级不是目录
load-io-invalid-data = 读出的数据无效
load-io-unexpected-eof = 文件在读完之前意外结束
load-io-timed-out = 读取超时（网络盘或移动存储设备可能没有响应）
load-io-interrupted = 读取被中断，请重试
load-io-would-block = 暂时无法读取，请稍后重试
load-io-busy = 文件正被其他程序占用
load-io-storage-full = 磁盘空间已满
load-io-quota = 超出了磁盘配额
load-io-file-too-large = 文件过大，系统无法读取
load-io-out-of-memory = 内存不足
load-io-invalid-filename = 文件名无效（过长或含有不允许的字符）
load-io-stale = 网络文件已失效（网络盘上的文件可能已被移动或删除），请重新打开
load-io-other = 系统报告了读取错误：{ $os }
load-changed = 文件在打开时被替换了

## 不是普通文件时，它是什么。

load-kind-directory = 目录
load-kind-fifo = 命名管道（FIFO）
load-kind-socket = 套接字（socket）
load-kind-char-device = 字符设备
load-kind-block-device = 块设备
load-kind-special = 特殊文件

## include 与 prior 所指的文件。$naming 为 include（引入的文件）或 prior（上年预算文件）。

load-not-read = 该文件没有被读取
load-b0009-deep = 引入的文件嵌套超过 { $max } 层
load-b0009-deep-label = 引入链中的第 { $number } 层
load-b0009-deep-help = 请改由离命令行所指文件更近的文件引入此文件
load-b0005-cycle = “{ $name }”引入了它自身
load-b0005-cycle-label = 循环引入
load-b0005-cycle-help = 删去这一行 `include`：该文件正在读取中
load-b0005-twice = “{ $name }”被引入了两次
load-b0005-twice-label = 已经引入过
load-b0005-twice-help = 每个文件只引入一次，否则其中的数据会重复计算
load-b0003-prior-twice = 上年预算文件指定了两次
load-b0003-prior-twice-label = 此处再次指定
load-b0003-prior-first-label = 首次在此指定
load-b0003-prior-twice-help = 只保留一行 `prior`
load-b0006-outside = { $naming ->
    [prior] 上年预算文件
    [budget] 本年度预算文件
   *[include] 引入的文件
}“{ $name }”在工作区之外
load-b0006-outside-label = 已拒绝：在工作区之外
load-b0006-outside-note = 该文件没有被读取；工作区是命令行所指文件所在的目录，或 `--root DIR` 指定的目录
load-b0006-outside-help = 请指定工作区内的文件；如果该文件确属本预算，请用 `--root DIR` 指定同时包含两者的目录
load-b0007-not-regular = { $naming ->
    [prior] 上年预算文件
    [budget] 本年度预算文件
   *[include] 引入的文件
}“{ $name }”不是普通文件，而是{ $kind }
load-b0007-not-regular-label = 不是普通文件
load-b0007-not-regular-help = 请指定一个 `.budget` 文本文件
load-b0008-too-large = { $naming ->
    [prior] 上年预算文件
    [budget] 本年度预算文件
   *[include] 引入的文件
}“{ $name }”超过 { $limit } MiB
load-b0008-too-large-label = 文件过大
load-b0008-too-large-note = 该文件没有被读取；一个预算文件通常最多几百 KiB
load-b0008-too-large-help = 请核对路径是否指向要读取的 `.budget` 文件
load-b0005-not-utf8 = { $naming ->
    [prior] 上年预算文件
    [budget] 本年度预算文件
   *[include] 引入的文件
}“{ $name }”不是 UTF-8 文本（第 { $line } 行第 { $column } 列有无效字节）
load-b0005-not-utf8-label = 不是 UTF-8
load-b0005-not-utf8-help = 请把该文件另存为 UTF-8 编码
load-b0010-gbk = { $naming ->
    [prior] 上年预算文件
    [budget] 本年度预算文件
   *[include] 引入的文件
}“{ $name }”以 GBK/GB18030 编码保存，不是 UTF-8
load-b0010-gbk-label = 该文件是 GBK/GB18030 编码
load-b0010-gbk-note = 该文件没有被读取，也不会自动转换：budgetc 只读取 UTF-8 编码的文件
load-b0010-gbk-help = 请把该文件另存为 UTF-8：用记事本打开，“另存为”时在“编码”中选择 UTF-8；WPS 或 Excel 导出文本时选择 UTF-8 编码；或运行 `iconv -f GB18030 -t UTF-8 原文件 > 新文件`
load-b0005-io = { $naming ->
    [prior] 无法读取上年预算文件“{ $name }”：{ $reason }
    [budget] 无法读取本年度预算文件“{ $name }”：{ $reason }
   *[include] 无法引入“{ $name }”：{ $reason }
}
load-b0005-io-label = 无法读取
load-b0005-io-help = { $naming ->
    [prior] 路径相对于写有 `prior` 行的文件；也可以直接填写上年数，如 `prior 支出总计 12430.15`
    [budget] 路径相对于写有 `budget` 行的文件
   *[include] 路径相对于写有 `include` 行的文件，请核对文件名和所在目录
}
