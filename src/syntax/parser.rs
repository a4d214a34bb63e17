//! The pest parser generated from `grammar/budget.pest`.

use pest_derive::Parser;

/// The generated parser; [`Rule`] names every grammar rule.
#[derive(Parser)]
#[grammar = "../grammar/budget.pest"]
pub(crate) struct BudgetParser;
