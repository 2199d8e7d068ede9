//! The middle of the window: the header table beside the body (stacked when the window is narrow).

use egui::{RichText, Ui};

use crate::i18n::I18n;

use super::body::{BodyPanel, ShownBody, body_panel};
use super::headers_table::{headers_table, headers_table_in, interim_heads};
use super::live_body::LiveBody;
use crate::learn::explain::values::ValueContext;
use crate::wire::LiveCopy;

/// Under this width the header table and the body are stacked instead of side by side.
const NARROW: f32 = 760.0;

/// Draw the headers and the body of `body` (the final exchange); `None` before the first fetch.
pub fn response_panel(
    ui: &mut Ui,
    i18n: I18n,
    panel: &mut BodyPanel,
    body: Option<&ShownBody<'_>>,
) {
    let Some(body) = body else {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new(i18n.t("empty-hint")).weak().size(16.0));
        });
        return;
    };
    side_by_side(
        ui,
        |ui| {
            interim_heads(ui, i18n, &body.exchange.interim);
            let context = ValueContext::from_exchange(body.exchange);
            headers_table_in(ui, i18n, body.exchange.head.as_ref(), &context);
        },
        |ui| body_panel(ui, i18n, panel, body),
    );
}

/// Draw a fetch that is still running: the head once it arrived, and the body as it arrives.
pub fn arriving_panel(ui: &mut Ui, i18n: I18n, copy: &LiveCopy, body: &mut LiveBody) {
    let exchange = &copy.exchange;
    if exchange.head.is_none() && exchange.interim.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new(i18n.t("live-no-head")).weak().size(16.0));
        });
        return;
    }
    side_by_side(
        ui,
        |ui| {
            interim_heads(ui, i18n, &exchange.interim);
            if exchange.head.is_some() || exchange.interim.is_empty() {
                headers_table(ui, i18n, exchange.head.as_ref());
            }
        },
        |ui| body.show(ui, i18n, copy),
    );
}

/// The header table beside the body, or above it when the window is narrow.
fn side_by_side(ui: &mut Ui, headers: impl FnOnce(&mut Ui), body: impl FnOnce(&mut Ui)) {
    let narrow = ui.available_width() < NARROW;
    // egui keeps a panel's size in points. After zooming in (a projector, a 4K screen) the
    // size from before would squeeze the body, so each zoom level has its split of its own,
    // starting from the default proportion.
    let zoom = (ui.ctx().zoom_factor() * 100.0).round() as i32;
    let headers_panel = if narrow {
        egui::Panel::top(("headers-stacked", zoom))
            .resizable(true)
            .default_size(ui.available_height() * 0.35)
            .min_size(60.0)
            .max_size(ui.available_height() * 0.7)
    } else {
        egui::Panel::left(("headers-side", zoom))
            .resizable(true)
            .default_size(ui.available_width() * 0.4)
            .min_size(200.0)
            // A window made narrower keeps the body at least a quarter of the width.
            .max_size(ui.available_width() * 0.75)
    };
    headers_panel.show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("headers-scroll")
            .auto_shrink([false, false])
            .show(ui, headers);
    });
    egui::CentralPanel::default().show(ui, body);
}
