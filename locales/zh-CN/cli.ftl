# 命令行的提示（budgetc check、build、fmt、diff、explain、new）。
