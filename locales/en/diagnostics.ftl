# Diagnostics: the message, labels, notes and help of each finding.

## How every diagnostic is printed.

severity-error = error
severity-warning = warning
# The help line under a diagnostic.
diag-help = help: { $help }
# After the first 50 diagnostics of one file.
diag-more = … and { $count ->
    [one] { $count } more diagnostic
   *[other] { $count } more diagnostics
}
