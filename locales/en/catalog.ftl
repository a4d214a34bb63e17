# Diagnostics of the header and classification codes (src/check/header.rs, codes.rs, src/catalog.rs).
