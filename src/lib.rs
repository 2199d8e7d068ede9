//! wirepeek: see HTTP. Fetch one URL over a raw socket and look at every byte, header and millisecond.
//!
//! Layers, each depending only on the ones after it: the window (`app`, `ui`, with its words in
//! `i18n`) -> `json` (the Exchange as JSON) and `pretty` (bodies indented) -> [`wire`] (the fetch itself, no egui).

pub mod app;
pub mod i18n;
pub mod json;
pub mod pretty;
pub mod ui;
pub mod wire;

pub use app::{Saved, Startup, WirepeekApp};
