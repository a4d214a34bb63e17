# Diagnostics of facts, totals, prior year, prose, amounts (src/check/facts*, prior.rs, prose.rs, mod.rs, src/model/money.rs).
