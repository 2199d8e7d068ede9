//! `wirepeek-cli`: wirepeek built as a console program. On Windows the release `wirepeek.exe`
//! is a window program, so a terminal shows nothing it prints; this one prints `--dump`,
//! `--json`, `--story`, `--export` and `--help` there (and still opens the window without
//! those). On Linux and macOS the two are the same.

fn main() -> std::process::ExitCode {
    wirepeek::entry::main()
}
