//! The engine's notes about an exchange (a folded header joined, Content-Length overruled by
//! chunked, a body that may be truncated ...): allowed, but worth a learner's look.

use egui::{RichText, Ui};

use crate::i18n::{self, I18n};
use crate::wire;

/// Draw the first few notes, and how many more there are. A note about particular bytes has a
/// link to them; returns the received-byte offset of the one clicked.
pub fn engine_notes(ui: &mut Ui, i18n: I18n, warnings: &[wire::Warning]) -> Option<usize> {
    const SHOWN: usize = 5;
    let mut clicked = None;
    let colour = ui.visuals().warn_fg_color;
    for warning in warnings.iter().take(SHOWN) {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(i18n.f(
                    "engine-note",
                    &[("note", &i18n::note_message(i18n, warning))],
                ))
                .color(colour),
            );
            if let Some(offset) = warning.offset()
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
