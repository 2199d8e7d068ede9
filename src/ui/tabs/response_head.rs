//! The "Response head" tab: every response head as received (interim 1xx heads first, then the
//! final one), after one line per redirect that was followed; or what arrived of a response
//! that never completed its head.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::raw_view::raw_lines;
use crate::wire::Exchange;

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-response-head";

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let chain = input.chain;
    match chain.last() {
        Some(last) if last.has_response() => {
            if chain.len() > 1 {
                redirect_hops(ui, i18n, chain);
            }
            if !last.interim.is_empty() {
                let statuses: Vec<String> = last
                    .interim
                    .iter()
                    .chain(&last.head)
                    .map(|head| format!("{} {}", head.code, head.reason))
                    .collect();
                ui.label(
                    RichText::new(i18n.f("response-heads", &[("statuses", &statuses.join(" → "))]))
                        .weak(),
                );
            }
            raw_lines(ui, "head-bytes", last.heads_bytes());
        }
        Some(last) if !last.received.is_empty() => {
            let key = if input.arriving {
                "response-arriving"
            } else {
                "response-partial"
            };
            ui.label(RichText::new(i18n.t(key)).weak());
            raw_lines(ui, "received-bytes", &last.received);
        }
        _ => {
            let key = if input.arriving {
                "response-waiting"
            } else {
                "response-none"
            };
            ui.label(RichText::new(i18n.t(key)).weak());
        }
    }
    TabAction::None
}

/// One line per redirect that was followed: where it went and what came back.
fn redirect_hops(ui: &mut Ui, i18n: I18n, chain: &[Exchange]) {
    for (index, hop) in chain.iter().enumerate() {
        let status = hop
            .head
            .as_ref()
            .map(|h| format!("{} {}", h.code, h.reason))
            .unwrap_or_default();
        let location = hop
            .head
            .as_ref()
            .and_then(|h| h.first("location"))
            .map(|l| format!(" -> {l}"))
            .unwrap_or_default();
        ui.label(
            RichText::new(i18n.f(
                "redirect-hop",
                &[
                    ("number", &(index + 1).to_string()),
                    ("request", &format!("{} {}", hop.method, hop.url_normalized)),
                    ("status", &format!("{status}{location}")),
                ],
            ))
            .monospace(),
        );
    }
    ui.separator();
}
