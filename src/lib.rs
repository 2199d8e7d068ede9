//! wirepeek: see HTTP. Fetch one URL over a raw socket and look at every byte, header and millisecond.
//!
//! Layers, each depending only on the ones after it: the window (`app`, `ui`) ->
//! `json` (the Exchange as JSON) -> [`wire`] (the fetch itself, no egui).

pub mod json;
pub mod wire;
