//! wirepeek: see HTTP. Fetch one URL over a raw socket and look at every byte, header and millisecond.
//!
//! Layers, each depending only on the ones after it: the window (`app`, `ui`) and the command
//! line (`cli`) -> [`export`] (the Exchange written out as JSON), [`practice`] (a scripted
//! loopback server) and [`pretty`] (bodies indented) -> [`learn`] (what outcomes mean, as
//! message ids) with [`i18n`] (the catalog that renders them) -> [`wire`] (the fetch itself,
//! no egui).

pub mod app;
pub mod cli;
pub mod cli_help;
pub mod entry;
pub mod explain_cli;
pub mod export;
pub mod i18n;
pub mod learn;
pub mod licences;
pub mod page;
pub mod practice;
pub mod pretty;
pub mod story_cli;
pub mod ui;
pub mod wire;

pub use app::{Saved, StartView, Startup, WirepeekApp};
