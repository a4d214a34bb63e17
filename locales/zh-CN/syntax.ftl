# 诊断信息：语法错误（src/syntax）。
