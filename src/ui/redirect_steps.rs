//! The steps of a redirect chain: each request, what came back and where it pointed, and what
//! was left out on the way (credentials not sent to another host, https to http). Clicking a
//! step opens that exchange in every view.

use egui::{RichText, Ui};

use crate::i18n::{self, I18n};
use crate::wire::{Exchange, Warning};

/// Draw one button per exchange of `chain` (with the one on screen, `open`, selected); returns
/// the step the learner clicked.
pub fn redirect_steps(ui: &mut Ui, i18n: I18n, chain: &[Exchange], open: usize) -> Option<usize> {
    let mut clicked = None;
    let last = chain.len().saturating_sub(1);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(i18n.t("redirect-steps")).strong());
        for (index, hop) in chain.iter().enumerate() {
            let status = hop
                .head
                .as_ref()
                .map(|h| format!("{} {}", h.code, h.reason))
                .unwrap_or_default();
            let location = hop
                .head
                .as_ref()
                .filter(|_| index < last)
                .and_then(|h| h.first("location"))
                .map(|l| format!(" → {l}"))
                .unwrap_or_default();
            let text = i18n.f(
                "redirect-hop",
                &[
                    ("number", &(index + 1).to_string()),
                    ("request", &format!("{} {}", hop.method, hop.url_normalized)),
                    ("status", &format!("{status}{location}")),
                ],
            );
            let selected = index == open.min(last);
            let response = ui.add(egui::Button::selectable(selected, text));
            // What the step after this one left out, and why.
            let dropped: Vec<String> = chain
                .get(index + 1)
                .map(|next| {
                    next.warnings
                        .iter()
                        .filter(|w| {
                            matches!(
                                w,
                                Warning::CredentialsDropped { .. }
                                    | Warning::BecameGet { .. }
                                    | Warning::HttpsToHttp
                            )
                        })
                        .map(|w| i18n::note_message(i18n, w))
                        .collect()
                })
                .unwrap_or_default();
            let response = response.on_hover_text(i18n.t("redirect-step-open"));
            for note in dropped {
                ui.label(RichText::new(note).color(ui.visuals().warn_fg_color));
            }
            if response.clicked() {
                clicked = Some(index);
            }
        }
    });
    clicked
}
