//! The `budgetc` command.

fn main() -> std::process::ExitCode {
    budgetc::cli::main()
}
