# Diagnostics of reading files: include, prior, encodings, limits (src/load.rs).
