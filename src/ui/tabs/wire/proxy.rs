//! The proxy step at the top of the Wire tab: for https through a proxy, the `CONNECT` request
//! and the proxy's answer, which crossed the socket before everything below them; for plain
//! http, one line saying the request went to the proxy in absolute form.

use egui::{FontId, RichText, Ui};

use crate::i18n::I18n;
use crate::wire::{Exchange, ProxyMode, ProxyStep};

use super::shown_text;

/// Draw the proxy step, if the exchange went through a proxy.
pub fn proxy_step(ui: &mut Ui, i18n: I18n, exchange: &Exchange) {
    let Some(step) = &exchange.proxy else { return };
    let proxy = step.proxy.text.as_str();
    match step.mode {
        ProxyMode::AbsoluteForm => {
            ui.label(RichText::new(i18n.f("wire-proxy-absolute", &[("proxy", proxy)])).weak());
        }
        ProxyMode::Tunnel => tunnel(ui, i18n, step),
    }
    ui.separator();
}

fn tunnel(ui: &mut Ui, i18n: I18n, step: &ProxyStep) {
    ui.label(RichText::new(i18n.f("wire-proxy-tunnel", &[("proxy", &step.proxy.text)])).strong());
    egui::Grid::new("wire-proxy-grid")
        .num_columns(2)
        .spacing([16.0, 2.0])
        .show(ui, |ui| {
            ui.label(RichText::new(i18n.t("wire-proxy-connect")).weak());
            lines(ui, &step.connect_request);
            ui.end_row();
            ui.label(RichText::new(i18n.t("wire-proxy-reply")).weak());
            if step.reply.is_empty() {
                ui.label(RichText::new(i18n.t("wire-proxy-no-reply")).weak());
            } else {
                lines(ui, &step.reply);
            }
            ui.end_row();
        });
}

/// The bytes line by line, each line end drawn as a mark.
fn lines(ui: &mut Ui, bytes: &[u8]) {
    let font = FontId::monospace(13.0);
    let weak = ui.visuals().weak_text_color();
    ui.vertical(|ui| {
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let (content, ending) = shown_text(line);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.label(RichText::new(content).font(font.clone()));
                ui.label(RichText::new(ending).font(font.clone()).color(weak));
            });
        }
    });
}
