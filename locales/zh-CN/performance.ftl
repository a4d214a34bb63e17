# 诊断信息：绩效目标与勾稽关系（src/check/performance.rs、identities.rs）。
