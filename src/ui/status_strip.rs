//! The strip under the URL bar: status on a colour by class, type, sizes, time, address, TLS.

use egui::{Color32, RichText, Ui};

use crate::i18n::{self, I18n};
use crate::learn::explain::statuses;
use crate::wire::Exchange;

use super::explanation::full_text;
use super::format;

/// The colour of a status class: 1xx/2xx green, 3xx blue, 4xx orange, 5xx red, no response grey-red.
pub fn status_colour(code: Option<u16>) -> Color32 {
    match code {
        Some(100..=299) => Color32::from_rgb(46, 125, 50),
        Some(300..=399) => Color32::from_rgb(21, 101, 192),
        Some(400..=499) => Color32::from_rgb(230, 120, 0),
        Some(_) => Color32::from_rgb(198, 40, 40),
        None => Color32::from_rgb(120, 50, 50),
    }
}

/// Draw the strip for the final exchange of a fetch; `hops` is how many exchanges the chain had.
pub fn status_strip(ui: &mut Ui, i18n: I18n, exchange: &Exchange, hops: usize) {
    ui.horizontal_wrapped(|ui| {
        let code = exchange.status_code();
        let badge = match &exchange.head {
            Some(head) => format!("{} {}", head.code, head.reason),
            None => i18n.t("status-no-response").to_owned(),
        };
        egui::Frame::new()
            .fill(status_colour(code))
            .corner_radius(4)
            .inner_margin(egui::Margin::symmetric(8, 3))
            .show(ui, |ui| {
                let label = ui.label(
                    RichText::new(badge)
                        .color(Color32::WHITE)
                        .strong()
                        .size(15.0),
                );
                // Hovering the status says what it means.
                if let Some(explanation) = code.and_then(statuses::explain) {
                    label.on_hover_text(full_text(i18n, &explanation));
                }
            });
        let mut parts: Vec<String> = Vec::new();
        if let Some(content_type) = exchange.head.as_ref().and_then(|h| h.first("content-type")) {
            parts.push(content_type);
        }
        if exchange.body.is_some() {
            let wire = exchange.body_wire_bytes().len() as u64;
            let decoded = exchange.body_bytes().len() as u64;
            if wire == decoded {
                parts.push(format::labelled_bytes(i18n, "size-body", wire));
            } else {
                parts.push(format::labelled_bytes(i18n, "size-wire", wire));
                parts.push(format::labelled_bytes(i18n, "size-decoded", decoded));
            }
        }
        if let Some(done) = exchange.timing.done {
            parts.push(format::duration(done));
        }
        if let Some(connection) = &exchange.connection {
            parts.push(connection.remote.to_string());
        }
        if hops > 1 {
            parts.push(i18n.f("status-redirects", &[("count", &(hops - 1).to_string())]));
        }
        for part in parts {
            ui.label("·");
            ui.label(part);
        }
        if let Some(tls) = &exchange.tls {
            ui.label("·");
            let protocol = tls.protocol.clone().unwrap_or_else(|| "TLS".into());
            lock_icon(ui);
            ui.label(RichText::new(protocol).strong())
                .on_hover_text(i18n.f(
                    "status-tls-tooltip",
                    &[
                        ("cipher", tls.cipher_suite.as_deref().unwrap_or("-")),
                        (
                            "verification",
                            &i18n::verification_text(i18n, &tls.verification),
                        ),
                    ],
                ));
        }
    });
}

/// A small padlock drawn with shapes (egui's fonts have no emoji by default).
fn lock_icon(ui: &mut Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 14.0), egui::Sense::hover());
    let colour = ui.visuals().strong_text_color();
    let painter = ui.painter();
    let body = egui::Rect::from_min_max(
        egui::pos2(rect.left(), rect.top() + 6.0),
        rect.right_bottom(),
    );
    painter.rect_filled(body, 2.0, colour);
    let centre = egui::pos2(rect.center().x, rect.top() + 6.0);
    let shackle: Vec<egui::Pos2> = (0..=12)
        .map(|i| {
            let angle = std::f32::consts::PI * (1.0 + i as f32 / 12.0);
            centre + 4.0 * egui::vec2(angle.cos(), angle.sin())
        })
        .collect();
    painter.add(egui::Shape::line(shackle, egui::Stroke::new(1.8, colour)));
}
