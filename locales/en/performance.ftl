# Diagnostics of performance targets and identities (src/check/performance.rs, identities.rs).
