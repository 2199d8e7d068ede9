//! The panels of the window, one file each; each is a plain function drawing into a `Ui`.

pub mod body_model;
pub mod body_view;
pub mod error_panel;
pub mod find;
pub mod fonts;
pub mod format;
pub mod headers_table;
pub mod hex_view;
pub mod history;
pub mod raw_view;
pub mod rows;
pub mod settings;
pub mod status_strip;
pub mod text_view;
pub mod url_bar;
