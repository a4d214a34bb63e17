# 诊断信息：每个问题的说明、标注、附注和修改建议。

## How every diagnostic is printed.

severity-error = 错误
severity-warning = 警告
# The help line under a diagnostic.
diag-help = 建议：{ $help }
# After the first 50 diagnostics of one file.
diag-more = …… 另有 { $count } 条诊断未列出
