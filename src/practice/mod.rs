//! The practice server: a scripted HTTP server on loopback that sends exact bytes, including
//! broken and hostile ones, so a fetch can be watched against a server whose every move is known.
//!
//! It only ever listens on 127.0.0.1 or ::1. The project's own tests use it, and a future
//! `--practice` command will too. No egui in here.

mod read;
mod script;
mod server;

pub use read::read_request;
pub use script::{Step, pause, send};
pub use server::{Listener, Server, serve_every};
