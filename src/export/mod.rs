//! The exchange written out for other programs and people: JSON today, the request as code next.
//!
//! No egui in here: everything works headless, from `wirepeek --json` or a test.

pub mod json;
