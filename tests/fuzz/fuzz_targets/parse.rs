//! Fuzz target: no input makes parsing, checking, rendering or formatting panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut diags = budgetc::diag::Diagnostics::new();
    let sources = budgetc::load_str("fuzz.budget", text, &mut diags);
    let budget = budgetc::check::check_partial(&sources, &mut diags);
    let _ = budgetc::render::outputs(&budget);
    let _ = budgetc::diag::render::human(&sources.map, diags.as_slice(), false);
    let _ = budgetc::fmt::format(text, &mut budgetc::diag::Diagnostics::new());
    let _ = budgetc::fmt::textconv(text);
});
