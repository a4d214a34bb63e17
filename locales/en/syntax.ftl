# Diagnostics of syntax errors (src/syntax).
