# Messages of the command line (budgetc check, build, fmt, diff, explain, new).
