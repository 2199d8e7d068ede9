//! Bodies made easier to read: JSON and markup indented by nesting. Plain text in, text out; no
//! egui, so the window, the command line and tests can all use it.

pub mod json;
pub mod markup;

pub use json::pretty_json;
pub use markup::indent_markup;
