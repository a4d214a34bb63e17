# 诊断信息：各项数据、合计、上年数、文字说明、金额（src/check/facts*、prior.rs、prose.rs、mod.rs、src/model/money.rs）。
