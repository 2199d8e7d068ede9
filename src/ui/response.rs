//! The middle of the window: the header table beside the body (stacked when the window is
//! narrow), and the explanation of a clicked header beside the table.

use egui::{RichText, Ui};

use crate::i18n::I18n;

use super::body::{BodyPanel, ShownBody, body_panel};
use super::headers_table::{explained_header, header_explanation, headers_table, interim_heads};
use super::live_body::LiveBody;
use crate::learn::explain::values::ValueContext;
use crate::wire::{LiveCopy, ResponseHead};

/// Under this width the header table and the body are stacked instead of side by side.
const NARROW: f32 = 760.0;

/// From this width on, a header's explanation gets a column of its own between the table and
/// the body; below it, the explanation shares the header area with the table.
const EXPLANATION_BESIDE: f32 = 1000.0;

/// The least width of the explanation's column.
const EXPLANATION_MIN: f32 = 260.0;

/// The least width the body keeps while an explanation has a column of its own.
const BODY_MIN: f32 = 360.0;

/// Inside the header area, the explanation sits beside the table from this width on, and
/// under it (each scrolling on its own) in a narrower one.
const SPLIT_BESIDE: f32 = 2.0 * EXPLANATION_MIN;

/// The share of the header area's height the table keeps when the explanation is under it
/// (at least its column names and one row: the table scrolls that row into view).
const TABLE_SHARE_ABOVE: f32 = 0.3;

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
    let head = body.exchange.head.as_ref();
    let context = ValueContext::from_exchange(body.exchange);
    side_by_side(
        ui,
        |ui| {
            interim_heads(ui, i18n, &body.exchange.interim);
            headers_table(ui, i18n, head);
        },
        explanation_of(ui, i18n, head, &context),
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
    let context = ValueContext::default();
    side_by_side(
        ui,
        |ui| {
            interim_heads(ui, i18n, &exchange.interim);
            if exchange.head.is_some() || exchange.interim.is_empty() {
                headers_table(ui, i18n, exchange.head.as_ref());
            }
        },
        explanation_of(ui, i18n, exchange.head.as_ref(), &context),
        |ui| body.show(ui, i18n, copy),
    );
}

/// The open explanation of one of `head`'s headers, ready to draw; `None` when none is open.
fn explanation_of<'a>(
    ui: &Ui,
    i18n: I18n,
    head: Option<&'a ResponseHead>,
    context: &'a ValueContext,
) -> Option<impl FnOnce(&mut Ui) + 'a> {
    let header = explained_header(ui.ctx(), head)?;
    Some(move |ui: &mut Ui| header_explanation(ui, i18n, header, context))
}

/// The header table beside the body, or above it when the window is narrow; an open
/// `explanation` beside the table when there is room, else under it.
fn side_by_side(
    ui: &mut Ui,
    headers: impl FnOnce(&mut Ui),
    explanation: Option<impl FnOnce(&mut Ui)>,
    body: impl FnOnce(&mut Ui),
) {
    let width = ui.available_width();
    let narrow = width < NARROW;
    let explaining = explanation.is_some();
    // An explanation in a column of its own keeps the table as it was, so the clicked row
    // stays where the pointer left it.
    let own_column = explaining && !narrow && width >= EXPLANATION_BESIDE;
    // egui keeps a panel's size in points. After zooming in (a projector, a 4K screen) the
    // size from before would squeeze the body, so each zoom level has its split of its own,
    // starting from the default proportion.
    let zoom = (ui.ctx().zoom_factor() * 100.0).round() as i32;
    let headers_panel = if narrow {
        let height = ui.available_height();
        egui::Panel::top(("headers-stacked", zoom))
            .resizable(true)
            .default_size(height * 0.35)
            // Room for a few rows and the start of the explanation.
            .min_size(if explaining { height * 0.5 } else { 60.0 })
            .max_size(height * 0.7)
    } else {
        // A window made narrower keeps the body at least a quarter of the width, and the
        // explanation's column its least width beside it.
        let widest = if own_column {
            (width * 0.75).min(width - EXPLANATION_MIN - BODY_MIN)
        } else {
            width * 0.75
        };
        // With the explanation under the table, half the width keeps both from wrapping
        // into lines the short panel has no room for.
        let narrowest = if explaining && !own_column {
            width * 0.5
        } else {
            200.0
        };
        egui::Panel::left(("headers-side", zoom))
            .resizable(true)
            .default_size(width * 0.4)
            .min_size(narrowest)
            .max_size(widest)
    };
    let (inside, beside) = if own_column {
        (None, explanation)
    } else {
        (explanation, None)
    };
    headers_panel.show(ui, |ui| match inside {
        Some(explanation) => table_and_explanation(ui, headers, explanation),
        None => table_area(ui, None, headers),
    });
    if let Some(explanation) = beside {
        let room = ui.available_width();
        egui::Panel::left(("header-explanation", zoom))
            .resizable(true)
            .default_size((width * 0.27).max(EXPLANATION_MIN))
            .min_size(EXPLANATION_MIN)
            .max_size(room - BODY_MIN)
            .show(ui, explanation);
    }
    egui::CentralPanel::default().show(ui, body);
}

/// The table and the explanation sharing the header area: side by side when it is wide
/// enough, else the table above (keeping part of the height) and the explanation under it.
/// The table comes first either way, so Tab reaches its rows before the close button.
fn table_and_explanation(
    ui: &mut Ui,
    headers: impl FnOnce(&mut Ui),
    explanation: impl FnOnce(&mut Ui),
) {
    if ui.available_width() >= SPLIT_BESIDE {
        ui.columns_const(|[table, beside]| {
            table_area(table, None, headers);
            explanation(beside);
        });
        return;
    }
    let height = ui.available_height() * TABLE_SHARE_ABOVE;
    table_area(ui, Some(height), headers);
    ui.separator();
    explanation(ui);
}

/// The header table in `ui` (at most `height` tall, when given), always under one id wherever
/// it is placed, so the focused row, the scroll position and the column widths stay as they
/// were when an explanation opens beside or under the table.
fn table_area(ui: &mut Ui, height: Option<f32>, headers: impl FnOnce(&mut Ui)) {
    let mut room = ui.available_rect_before_wrap();
    if let Some(height) = height {
        room.set_height(height.min(room.height()));
    }
    ui.scope_builder(
        egui::UiBuilder::new()
            .scope_id(egui::Id::unique("header-table-area"))
            .max_rect(room),
        |ui| {
            // What does not fit (a long value that cannot wrap) stays out of the explanation.
            ui.shrink_clip_rect(room);
            headers(ui);
        },
    );
}
