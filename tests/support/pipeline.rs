//! The fuzzing oracle: one input through the whole pipeline in process (parse → check →
//! render every output → diagnostics in every format → fmt → textconv → diff), with the
//! properties every input must have. Shared by `tests/fuzz_pipeline.rs` (a bounded,
//! seeded run in `cargo test`, or a long run) and the cargo-fuzz target in `tests/fuzz`.

use budgetc::diag::{render, Diagnostics};
use budgetc::diff::{diff, Side};

/// The compiled model of a text as JSON (spans are not serialised), with its diagnostic
/// codes as a sorted multiset.
fn model(text: &str) -> (String, Vec<String>, Side) {
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("fuzz.budget", text, &mut diags);
    let budget = budgetc::check::check_partial(&sources, &mut diags);
    diags.sort();
    let mut codes: Vec<String> = diags.as_slice().iter().map(|d| d.code.to_string()).collect();
    codes.sort();
    let json = budgetc::render::json(&budget);
    let side = Side { name: "fuzz.budget".into(), budget, diagnostics: diags.as_slice().to_vec() };
    (json, codes, side)
}

/// The comments of a text, sorted (fmt moves a comment with its line), split at the
/// line ends the grammar uses.
fn comments(text: &str) -> Vec<String> {
    let mut out = vec![];
    for line in text.split("\r\n").flat_map(|l| l.split(['\n', '\r'])) {
        if let Some(c) = budgetc::syntax::trailing_comment(line) {
            out.push(c.trim_end().to_owned());
        }
    }
    out.sort();
    out
}

/// Runs every stage on `text`; Err names the first property that does not hold.
/// A panic anywhere is left to the caller (which catches it).
pub fn check(text: &str) -> Result<(), String> {
    // parse → check → every diagnostic format.
    let mut diags = Diagnostics::new();
    let sources = budgetc::load_str("fuzz.budget", text, &mut diags);
    let compiled = budgetc::compile(&sources, &mut diags);
    let list = diags.as_slice();
    let _ = render::human(&sources.map, list, false);
    let _ = render::human(&sources.map, list, true);
    let _ = render::short(&sources.map, list);
    let _ = render::github(&sources.map, list);
    let json = render::json(&sources.map, list);
    if serde_json::from_str::<serde_json::Value>(&json).is_err() {
        return Err("the JSON diagnostics are not valid JSON".into());
    }
    // render every output, twice: builds are deterministic.
    if let Some(budget) = &compiled {
        let first = budgetc::render::outputs(budget);
        if first != budgetc::render::outputs(budget) {
            return Err("two builds of the same budget differ".into());
        }
    }
    let (json_in, codes_in, side_in) = model(text);
    let partial = budgetc::render::outputs(&side_in.budget);
    if partial != budgetc::render::outputs(&side_in.budget) {
        return Err("two renderings of the same partial budget differ".into());
    }
    let _ = budgetc::fmt::textconv(text);
    // diff of a budget with itself is empty.
    if !diff(&side_in, &model(text).2).is_empty() {
        return Err("diff of a budget with itself is not empty".into());
    }
    // fmt: idempotent, keeps the model, the diagnostics, the facts and the comments.
    let Some(once) = budgetc::fmt::format(text, &mut Diagnostics::new()) else { return Ok(()) };
    match budgetc::fmt::format(&once, &mut Diagnostics::new()) {
        Some(twice) if twice == once => {}
        Some(_) => return Err("fmt is not idempotent".into()),
        None => return Err("fmt wrote a file it cannot parse again".into()),
    }
    let (json_out, codes_out, side_out) = model(&once);
    if json_in != json_out {
        return Err("fmt changed the compiled model".into());
    }
    if codes_in != codes_out {
        return Err(format!("fmt changed the diagnostics: {codes_in:?} → {codes_out:?}"));
    }
    if budgetc::fmt::textconv(text) != budgetc::fmt::textconv(&once) {
        return Err("fmt changed the facts (textconv differs)".into());
    }
    if comments(text) != comments(&once) {
        return Err("fmt changed the comments".into());
    }
    if !diff(&side_in, &side_out).is_empty() {
        return Err("diff of a budget with its formatted self is not empty".into());
    }
    Ok(())
}
