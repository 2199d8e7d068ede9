//! The panels of the window, one file each; each is a plain function drawing into a `Ui`.
//! The bottom tabs live in `tabs/`, the body views in `body/`.

pub mod about;
pub mod appearance;
pub mod body;
pub mod compare;
pub mod engine_notes;
pub mod error_panel;
pub mod explanation;
pub mod file_dialogs;
pub mod focus_ring;
pub mod fonts;
pub mod format;
pub mod headers_table;
pub mod lessons;
pub mod live_body;
pub mod redirect_steps;
pub mod replay_bar;
pub mod request_editor;
pub mod response;
pub mod rows;
pub mod shortcuts;
pub mod state_notice;
pub mod status_area;
pub mod status_strip;
pub mod tabs;
pub mod title_bar;
pub mod url_bar;
pub mod welcome;
