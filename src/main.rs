//! The `trust-garden` command: the command line, and with no command (or
//! `play`) the garden app.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
