//! The `toli` binary: parses the command line and runs it.

use clap::Parser;

fn main() -> std::process::ExitCode {
    toli::cli::run(toli::cli::Cli::parse())
}
