//! The area under the URL bar: what happened to the fetch on screen (the error and what to try,
//! the status strip, the engine's notes, the URL as it was sent when it differs from the typed one).

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::wire::Exchange;

use super::engine_notes::engine_notes;
use super::error_panel::error_panel;
use super::status_strip::status_strip;

/// What the window has to show: nothing yet, a fetch as far as it has got, or a finished one.
#[derive(Clone, Copy, Debug)]
pub enum OnScreen<'a> {
    /// Before the first fetch.
    Nothing,
    /// A fetch that is running: the exchange so far (no error, no timing yet).
    Arriving(&'a Exchange),
    /// A finished fetch: every exchange of it, the final one last.
    Finished(&'a [Exchange]),
}

/// Draw the status area for what is on screen. `internal_error` is a fetch that failed to
/// report (a bug), shown instead. Returns the received-byte offset a note's "show the bytes"
/// link asked for, if one was clicked.
pub fn status_area(
    ui: &mut Ui,
    i18n: I18n,
    shown: OnScreen<'_>,
    internal_error: Option<&str>,
) -> Option<usize> {
    if let Some(message) = internal_error {
        ui.colored_label(egui::Color32::RED, message);
        return None;
    }
    let chain = match shown {
        OnScreen::Nothing => {
            ui.label(RichText::new(i18n.t("welcome")).weak());
            return None;
        }
        OnScreen::Arriving(exchange) => {
            // The URL bar shows the phase; here only what has really arrived.
            if exchange.has_response() {
                status_strip(ui, i18n, exchange, 1);
            }
            return None;
        }
        OnScreen::Finished(chain) => chain,
    };
    let last = chain.last()?;
    if let Some(error) = &last.error {
        error_panel(ui, i18n, last, error);
        ui.add_space(4.0);
    }
    if last.has_response() || last.error.is_none() {
        status_strip(ui, i18n, last, chain.len());
    }
    let show_bytes = engine_notes(ui, i18n, last);
    let typed = chain.first().map_or("", |first| first.url_typed.trim());
    if !last.url_normalized.is_empty() && last.url_normalized != typed {
        ui.label(
            RichText::new(i18n.f("status-normalized", &[("url", &last.url_normalized)])).weak(),
        );
    }
    show_bytes
}
