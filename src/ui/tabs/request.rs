//! The "Request sent" tab: the request bytes exactly as written to the socket.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::format;
use crate::ui::raw_view::raw_lines;

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-request";

/// Draw the tab: how big the request was, whether it went out, and its bytes.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    match input.chain.last() {
        Some(last) if !last.request_bytes.is_empty() => {
            let size = format::bytes(last.request_bytes.len() as u64);
            let key = if last.timing.request_written.is_some() {
                "request-sent"
            } else if input.arriving {
                "request-writing"
            } else {
                "request-not-sent"
            };
            ui.label(RichText::new(i18n.f(key, &[("size", &size)])).weak());
            raw_lines(ui, "request-bytes", &last.request_bytes);
        }
        _ => {
            let key = if input.arriving {
                "request-building"
            } else {
                "request-none"
            };
            ui.label(RichText::new(i18n.t(key)).weak());
        }
    }
    TabAction::None
}
