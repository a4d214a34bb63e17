//! `budgetc explain CODE`: the long explanation of a diagnostic code.

use std::io::Write;
use std::process::ExitCode;

use crate::diag::Code;

/// Prints the explanation, or the list of codes when none is given.
pub fn run(code: Option<&str>) -> Result<ExitCode, String> {
    let mut out = std::io::stdout();
    match code {
        None => {
            for c in Code::ALL {
                let _ = writeln!(out, "{c}  {}", c.title());
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(text) => {
            let c = Code::parse(text)
                .ok_or_else(|| format!("unknown code `{}`; `budgetc explain` lists every code", super::shown(text)))?;
            let _ = out.write_all(c.explain().as_bytes());
            Ok(ExitCode::SUCCESS)
        }
    }
}
