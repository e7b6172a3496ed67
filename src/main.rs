//! The `toli` binary: parses the command line and runs it.

fn main() -> std::process::ExitCode {
    toli::cli::run(toli::cli::parse())
}
