//! `budgetc explain CODE`: the long explanation of a diagnostic code; without one, every
//! code with its title, sorted.

use std::io::Write;
use std::process::ExitCode;

use crate::diag::Code;
use crate::msg;

/// Prints the explanation, or the list of codes when none is given.
pub fn run(code: Option<&str>) -> Result<ExitCode, String> {
    let mut out = std::io::stdout();
    match code {
        None => {
            let mut codes: Vec<_> = Code::ALL.iter().collect();
            codes.sort_by_key(|c| c.to_string());
            for c in codes {
                let _ = writeln!(out, "{c}  {}", c.title());
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(text) => {
            let c =
                Code::parse(text).ok_or_else(|| msg!("cli-explain-unknown", code = super::shown(text)).to_string())?;
            let _ = out.write_all(c.explain().as_bytes());
            Ok(ExitCode::SUCCESS)
        }
    }
}
