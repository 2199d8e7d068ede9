//! The engine's notes about an exchange (a folded header joined, Content-Length overruled by
//! chunked, a body that may be truncated ...): allowed, but worth a learner's look.

use egui::{RichText, Ui};

use crate::i18n::{self, I18n};
use crate::learn::explain::underneath::for_note;
use crate::wire;

use super::explanation::full_text;

/// Draw the first few notes, and how many more there are. A note about particular bytes has a
/// link to them; returns the received-byte offset of the one clicked.
pub fn engine_notes(ui: &mut Ui, i18n: I18n, exchange: &wire::Exchange) -> Option<usize> {
    const SHOWN: usize = 5;
    let warnings = &exchange.warnings;
    let mut clicked = None;
    let colour = ui.visuals().warn_fg_color;
    for warning in warnings.iter().take(SHOWN) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(
                RichText::new(i18n.f(
                    "engine-note",
                    &[("note", &i18n::note_message(i18n, warning))],
                ))
                .color(colour),
            );
            // Hovering a note says what happened underneath and which standard says so.
            if let Some(explanation) = for_note(warning) {
                label.on_hover_text(full_text(i18n, &explanation));
            }
            if let Some(offset) = wire::note_place(exchange, warning)
                && ui.link(i18n.t("engine-note-show-bytes")).clicked()
            {
                clicked = Some(offset);
            }
        });
    }
    if warnings.len() > SHOWN {
        let more = (warnings.len() - SHOWN).to_string();
        ui.label(RichText::new(i18n.f("engine-notes-more", &[("count", &more)])).color(colour));
    }
    clicked
}
