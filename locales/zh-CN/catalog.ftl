# 诊断信息：文件头与分类科目编码（src/check/header.rs、codes.rs、src/catalog.rs）。
