//! `wirepeek`: the program a learner double-clicks (all of it is in `wirepeek::entry`).

// A Windows release build is a window program: double-clicking it opens no console next to the
// window. A start that fails is still told: a message box, and `start-error.txt` in the state
// folder (`launch::keep_start_error`). For a terminal, the same program is built as
// `wirepeek-cli` (src/bin/wirepeek-cli.rs); debug builds keep the console.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    wirepeek::entry::main()
}
