//! The stable fuzzing harness: seeded inputs (corpus + mutations, `support/mutate.rs`)
//! through the whole pipeline in process, with the oracles of `support/pipeline.rs`: no
//! panic, fmt idempotent and model-preserving, builds deterministic, diff of equal
//! budgets empty.
//!
//! `cargo test` runs a bounded run (`CASES` inputs, fixed seed). A long run:
//!
//! ```sh
//! BUDGETC_FUZZ_SECS=3600 BUDGETC_FUZZ_SEED=7 cargo test --release --test fuzz_pipeline -- --nocapture
//! ```
//!
//! keeps going after a failure and writes each failing input to `target/fuzz-findings/`.

mod support;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use support::{mutate, pipeline};

/// Inputs of the bounded run in `cargo test`.
const CASES: u64 = 3000;

fn env(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// The failure of one input, if any: a panic message or a broken property.
fn run_one(text: &str) -> Option<String> {
    match catch_unwind(AssertUnwindSafe(|| pipeline::check(text))) {
        Ok(Ok(())) => None,
        Ok(Err(property)) => Some(property),
        Err(panic) => Some(format!(
            "panic: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        )),
    }
}

#[test]
fn every_seed_passes_the_oracles() {
    let failures: Vec<(usize, String)> =
        mutate::corpus().iter().enumerate().filter_map(|(i, text)| run_one(text).map(|f| (i, f))).collect();
    assert!(failures.is_empty(), "seeds failing: {failures:?}");
}

/// `BUDGETC_FUZZ_FILE=a.budget,b.budget`: runs the oracles on these files only (to
/// reproduce a finding), printing each failure.
fn replay() -> bool {
    let Ok(files) = std::env::var("BUDGETC_FUZZ_FILE") else { return false };
    for f in files.split(',') {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        eprintln!("{f}: {}", run_one(&text).as_deref().unwrap_or("ok"));
    }
    true
}

#[test]
fn mutated_inputs_pass_the_oracles() {
    if replay() {
        return;
    }
    let seed = env("BUDGETC_FUZZ_SEED").unwrap_or(1);
    let deadline = env("BUDGETC_FUZZ_SECS").map(|s| Instant::now() + Duration::from_secs(s));
    let cases = if deadline.is_some() { u64::MAX } else { env("BUDGETC_FUZZ_CASES").unwrap_or(CASES) };
    let corpus = mutate::corpus();
    let mut rng = mutate::Rng::new(seed);
    let findings = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (mut n, mut failures) = (0u64, vec![]);
    let started = Instant::now();
    while n < cases && deadline.is_none_or(|d| Instant::now() < d) {
        let text = mutate::input(&mut rng, &corpus);
        n += 1;
        if let Some(failure) = run_one(&text) {
            if deadline.is_some() {
                let _ = std::fs::create_dir_all(&findings);
                let _ = std::fs::write(findings.join(format!("seed{seed}-case{n}.budget")), &text);
            }
            failures.push((n, failure, text));
        }
    }
    std::panic::set_hook(hook);
    // Failures by kind (the property, without the details after a colon).
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for (_, f, _) in &failures {
        *kinds.entry(f.split(": [").next().unwrap_or(f)).or_default() += 1;
    }
    eprintln!(
        "fuzz_pipeline: seed {seed}, {n} inputs in {:.0?}, {} failing, {} kinds: {kinds:#?}",
        started.elapsed(),
        failures.len(),
        kinds.len()
    );
    if let Some((case, failure, text)) = failures.first() {
        panic!("case {case} of seed {seed}: {failure}\ninput:\n{text:?}");
    }
}
