//! Helpers shared by test targets.

pub mod mutate;
pub mod pipeline;
