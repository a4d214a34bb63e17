# 诊断信息：读取文件：include、prior、编码、限制（src/load.rs）。
