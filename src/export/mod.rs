//! The exchange written out for other programs and people: JSON, and the request
//! as code (a Python socket program, urllib, curl, the raw text, Rust).
//!
//! No egui in here: everything works headless, from `wirepeek --json` or a test.

pub mod code;
pub mod json;
