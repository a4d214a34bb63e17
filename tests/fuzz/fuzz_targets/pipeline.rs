//! Fuzz target: the whole pipeline in process with the oracles of
//! `tests/support/pipeline.rs` (no panic, fmt idempotent and model-preserving, builds
//! deterministic, diff of equal budgets empty).
//!
//! `cargo +nightly fuzz run --fuzz-dir tests/fuzz pipeline tests/fuzz/corpus examples tests/fixtures tests/fuzz/seeds`
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../support/pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(property) = pipeline::check(text) {
        panic!("{property}");
    }
});
