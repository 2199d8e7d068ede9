//! The error box: the plain message, what to try, and what got through before it happened.

use egui::{Color32, RichText, Ui};

use crate::i18n::{self, I18n};
use crate::learn::Surface;
use crate::learn::explain::services::recognize;
use crate::learn::explain::underneath::for_error;
use crate::wire::{Exchange, FetchError};

use super::explanation::{full_text, standard_line};
use super::format;

/// Draw the error of `exchange` (in the learner's language) with a summary of what still arrived.
pub fn error_panel(ui: &mut Ui, i18n: I18n, exchange: &Exchange, error: &FetchError) {
    let cancelled = matches!(error, FetchError::Cancelled { .. });
    let (fill, stroke) = if cancelled || exchange.has_response() {
        (
            Color32::from_rgb(255, 243, 205),
            Color32::from_rgb(230, 160, 0),
        )
    } else {
        (
            Color32::from_rgb(253, 226, 226),
            Color32::from_rgb(198, 40, 40),
        )
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, stroke))
        .corner_radius(6)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let dark = Color32::from_rgb(40, 20, 20);
            let underneath = for_error(error);
            let message = ui.add(
                egui::Label::new(
                    RichText::new(i18n::error_message(i18n, error))
                        .color(dark)
                        .strong()
                        .size(15.0),
                )
                .wrap(),
            );
            if let Some(explanation) = &underneath {
                message.on_hover_text(full_text(i18n, explanation));
            }
            ui.add(
                egui::Label::new(
                    RichText::new(format!(
                        "{} {}",
                        i18n.t("error-what-to-try"),
                        i18n::error_hint(i18n, error, Surface::Window)
                    ))
                    .color(dark),
                )
                .wrap(),
            );
            let mut got: Vec<String> = Vec::new();
            // An IP address needs no lookup: saying "DNS: 127.0.0.1" would claim one happened.
            let looked_up = exchange.target.as_ref().is_some_and(|t| !t.host_is_ip);
            if let Some(dns) = &exchange.dns
                && looked_up
                && !dns.addresses.is_empty()
            {
                let addresses: Vec<String> =
                    dns.addresses.iter().map(ToString::to_string).collect();
                got.push(i18n.f("partial-dns", &[("addresses", &addresses.join(", "))]));
            }
            if let Some(connection) = &exchange.connection {
                got.push(i18n.f(
                    "partial-connected",
                    &[("address", &connection.remote.to_string())],
                ));
            } else if let Some(target) = &exchange.target {
                got.push(i18n.f(
                    "partial-target",
                    &[
                        ("host", &target.host_ascii),
                        ("port", &target.port.to_string()),
                    ],
                ));
            }
            // The request is built before anything else, but only counts as sent once written.
            if exchange.timing.request_written.is_some() {
                got.push(i18n.f(
                    "partial-request",
                    &[("size", &format::bytes(exchange.request_bytes.len() as u64))],
                ));
            }
            // Before a connection there was nothing that could have been received.
            if exchange.connection.is_some() || !exchange.received.is_empty() {
                got.push(i18n.f(
                    "partial-received",
                    &[("size", &format::bytes(exchange.received.len() as u64))],
                ));
            }
            if !got.is_empty() {
                ui.label(RichText::new(got.join("  ·  ")).color(dark));
            }
            // A server (or a proxy setting's port) that is not HTTP, named from its greeting or
            // its port.
            let not_http = match error {
                FetchError::NotHttp { first_bytes } => {
                    exchange.target.as_ref().map(|t| (first_bytes, t.port))
                }
                FetchError::ProxyNotHttp { first_bytes, .. } => {
                    exchange.proxy.as_ref().map(|s| (first_bytes, s.proxy.port))
                }
                _ => None,
            };
            if let Some((first_bytes, port)) = not_http
                && let Some(service) = recognize(first_bytes, port)
            {
                let (line, explanation) = service.explained(port);
                let text = format!(
                    "{} {}",
                    i18n.render(&line),
                    i18n.render(&explanation.summary)
                );
                ui.add(egui::Label::new(RichText::new(text).color(dark)).wrap())
                    .on_hover_text(full_text(i18n, &explanation));
            }
            // What happened underneath (the TCP reset behind "refused", the DNS answer behind
            // "host not found"), with the standard that describes it.
            if let Some(explanation) = &underneath {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!(
                            "{} {} ({})",
                            i18n.t("explain-underneath"),
                            i18n.render(&explanation.paragraph),
                            standard_line(i18n, explanation)
                        ))
                        .color(dark),
                    )
                    .wrap(),
                );
            }
        });
}
