//! The header table: wire order, original case, duplicates kept, values wrapped, copyable.

use egui::{FontId, RichText, Ui};
use egui_extras::{Column, TableBody, TableBuilder, TableRow};

use crate::i18n::I18n;
use crate::learn::explain::headers;
use crate::learn::explain::values::{ValueContext, explain_value};
use crate::wire::{Header, ResponseHead};

use super::explanation::explanation_card;
use super::focus_ring::reveal_when_focused;

/// Where the window remembers which header's explanation is open (its lowercase name).
fn explained_id() -> egui::Id {
    egui::Id::unique("header-explained")
}

/// Where the window remembers a row to bring into view in the next frame: the row whose
/// explanation just opened, since the table may have less room once the explanation shows.
fn reveal_id() -> egui::Id {
    egui::Id::unique("header-reveal")
}

/// The Tab stop of row `index`.
fn row_id(index: usize) -> egui::Id {
    egui::Id::unique("header-row").with(index)
}

/// The longest value (in characters) an accessible row name repeats; a screen reader need not
/// read a whole cookie to say which row it is on.
const VALUE_IN_ROW_NAME: usize = 120;

/// All headers as they were received, one `Name: value` per line (for copying).
pub fn headers_text(head: &ResponseHead) -> String {
    head.headers
        .iter()
        .map(|h| format!("{}: {}\n", h.name, h.value_text()))
        .collect()
}

/// Draw the interim (1xx) responses that came before the final one, each with its headers,
/// in the order they arrived (e.g. `103 Early Hints` naming files to fetch early). They scroll
/// on their own within part of the height, so the final response's table keeps the rest.
pub fn interim_heads(ui: &mut Ui, i18n: I18n, interim: &[ResponseHead]) {
    if interim.is_empty() {
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("interim-heads")
        .max_height(ui.available_height() * 0.4)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, head) in interim.iter().enumerate() {
                let title = i18n.f(
                    "headers-interim",
                    &[
                        ("status", &format!("{} {}", head.code, head.reason)),
                        ("count", &head.headers.len().to_string()),
                    ],
                );
                egui::CollapsingHeader::new(RichText::new(title).strong())
                    .id_salt(("interim-head", index))
                    .default_open(true)
                    .show(ui, |ui| {
                        for header in &head.headers {
                            ui.label(
                                RichText::new(format!("{}: {}", header.name, header.value_text()))
                                    .monospace(),
                            );
                        }
                    });
            }
        });
    ui.separator();
}

/// Draw the headers of `head` (or a note that none arrived). A click on a row (or Enter on it)
/// opens its explanation, which the caller draws with [`header_explanation`] where it has room.
pub fn headers_table(ui: &mut Ui, i18n: I18n, head: Option<&ResponseHead>) {
    // Wrapped, so a narrow area (the table beside an explanation) keeps the title line in it.
    ui.horizontal_wrapped(|ui| {
        ui.heading(i18n.t("headers-title"));
        if let Some(head) = head {
            ui.label(
                RichText::new(i18n.f(
                    "headers-count",
                    &[("count", &head.headers.len().to_string())],
                ))
                .weak(),
            );
            if ui.button(i18n.t("headers-copy-all")).clicked() {
                ui.ctx().copy_text(headers_text(head));
            }
        }
    });
    let Some(head) = head else {
        ui.label(RichText::new(i18n.t("headers-none")).weak());
        return;
    };
    // In a short area (an explanation under the table, a stacked window) the rows need the
    // room more than the status line (which the status strip above also shows) and the
    // column names.
    let short = ui.available_height() < SHORT_AREA;
    if !short {
        ui.label(
            RichText::new(format!("{} {} {}", head.version, head.code, head.reason))
                .monospace()
                .strong(),
        );
    }
    let font = FontId::proportional(14.0);
    let name_width = head
        .headers
        .iter()
        .map(|h| {
            ui.fonts_mut(|f| {
                f.layout_no_wrap(h.name.clone(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(60.0_f32, f32::max)
        .min(220.0)
        + 12.0;
    let text_color = ui.visuals().text_color();
    let row_gap = 6.0;
    let explained: Option<String> = ui.data(|d| d.get_temp(explained_id()));
    let reveal: Option<usize> = ui.data_mut(|d| d.remove_temp(reveal_id()));
    let mut clicked: Option<(usize, String)> = None;
    let mut table = TableBuilder::new(ui)
        .id_salt("headers")
        .striped(true)
        // The cells take clicks (for the copy menu) but not the keyboard focus: Tab stops once
        // on each row (see `row_stop`), not on every cell.
        .sense(egui::Sense::CLICK)
        .auto_shrink([false, true])
        // The table scrolls its rows itself (so a row reached with Tab, or the row whose
        // explanation opened, can be scrolled into view); in a short panel it may be small.
        .min_scrolled_height(MIN_ROWS_HEIGHT)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Min))
        // Not clipped: the row's Tab stop, added in this column, spans the whole row.
        .column(Column::exact(30.0).clip(false))
        .column(Column::exact(name_width))
        .column(Column::remainder().at_least(80.0));
    if let Some(row) = reveal {
        table = table.scroll_to_row(row, None);
    }
    let rows = |mut body: TableBody<'_>| {
        let widths = body.widths().to_vec();
        let value_width = widths.get(2).copied().unwrap_or(200.0);
        let spacing = body.ui_mut().spacing().item_spacing.x;
        let row_width = widths.iter().sum::<f32>() + spacing * (widths.len() as f32 - 1.0);
        let values: Vec<String> = head.headers.iter().map(Header::value_text).collect();
        let heights: Vec<f32> = values
            .iter()
            .map(|value| {
                body.ui_mut().fonts_mut(|f| {
                    f.layout(value.clone(), font.clone(), text_color, value_width - 4.0)
                        .size()
                        .y
                }) + row_gap
            })
            .collect();
        let mut draw_row = |mut row: TableRow<'_, '_>| {
            let index = row.index();
            let (Some(header), Some(value)) = (head.headers.get(index), values.get(index)) else {
                return;
            };
            let copy_menu = |response: egui::Response| {
                response.context_menu(|ui| {
                    if ui.button(i18n.t("headers-copy-one")).clicked() {
                        ui.ctx().copy_text(format!("{}: {value}", header.name));
                        ui.close();
                    }
                    if ui.button(i18n.t("headers-copy-all")).clicked() {
                        ui.ctx().copy_text(headers_text(head));
                        ui.close();
                    }
                });
            };
            // The row whose explanation is open stays marked, to tie the two together.
            row.set_selected(
                explained
                    .as_deref()
                    .is_some_and(|name| header.name.eq_ignore_ascii_case(name)),
            );
            // Right-click works on the row and on its (selectable) texts.
            let mut texts = Vec::new();
            let (_, number) = row.col(|ui| {
                texts.push(row_stop(ui, i18n, index, header, value, row_width));
                ui.label(RichText::new((index + 1).to_string()).weak());
            });
            let (_, name) = row.col(|ui| {
                texts.push(
                    ui.add(egui::Label::new(RichText::new(&header.name).strong()).selectable(true)),
                );
            });
            let (_, cell) = row.col(|ui| {
                texts.push(ui.add(egui::Label::new(value.as_str()).selectable(true).wrap()));
            });
            // A click on a row (or Enter on it) opens or closes what the header means;
            // hovering it shows the summary.
            let summary = i18n.render(&headers::explain(&header.name).summary);
            for response in [number, name, cell].into_iter().chain(texts) {
                if response.clicked() {
                    clicked = Some((index, header.name.to_ascii_lowercase()));
                }
                copy_menu(response.on_hover_text(&summary));
            }
        };
        // Every row is drawn (and so has its Tab stop) unless there are very many; then
        // only the rows in view are, and Tab goes through those.
        if head.headers.len() <= ALL_ROWS_UP_TO {
            for height in heights {
                body.row(height, &mut draw_row);
            }
        } else {
            body.heterogeneous_rows(heights.into_iter(), draw_row);
        }
    };
    if short {
        table.body(rows);
    } else {
        table
            .header(22.0, |mut row| {
                row.col(|ui| {
                    ui.strong("#");
                });
                row.col(|ui| {
                    ui.strong(i18n.t("headers-name"));
                });
                row.col(|ui| {
                    ui.strong(i18n.t("headers-value"));
                });
            })
            .body(rows);
    }
    let Some((index, name)) = clicked else {
        return;
    };
    let ctx = ui.ctx();
    if explained.as_deref() == Some(name.as_str()) {
        close_explanation(ctx);
    } else {
        ctx.data_mut(|d| {
            d.insert_temp(explained_id(), name);
            d.insert_temp(reveal_id(), index);
        });
        ctx.request_repaint();
    }
}

/// Under this height (below the title line), the table leaves out its status line and its
/// column names.
const SHORT_AREA: f32 = 120.0;

/// Up to this many headers, the table draws every row in every frame (a few labels each), so
/// Tab reaches each row even when it is scrolled out of view.
const ALL_ROWS_UP_TO: usize = 100;

/// The least height the table's rows keep (one row) when the panel is short: with an
/// explanation under the table, the row it explains stays in sight and the rest is for it.
const MIN_ROWS_HEIGHT: f32 = 26.0;

/// The one stop Tab makes on a header row: a strip over the whole row (`row_width` wide, from
/// the first cell), named for screen readers, that Enter or Space "clicks" and that the focus
/// ring outlines. The name and value cells come after it, on top, so a pointer still selects
/// their texts.
fn row_stop(
    ui: &mut Ui,
    i18n: I18n,
    index: usize,
    header: &Header,
    value: &str,
    row_width: f32,
) -> egui::Response {
    let cell = ui.max_rect();
    let rect = egui::Rect::from_min_size(cell.min, egui::vec2(row_width, cell.height()));
    let response = ui.interact(rect, row_id(index), egui::Sense::click());
    response.widget_info(|| {
        let mut shown: String = value.chars().take(VALUE_IN_ROW_NAME).collect();
        if shown.len() < value.len() {
            shown.push('…');
        }
        let name = i18n.f(
            "headers-row",
            &[
                ("number", &(index + 1).to_string()),
                ("name", &header.name),
                ("value", &shown),
            ],
        );
        egui::WidgetInfo::labeled(egui::Role::Button, true, name)
    });
    reveal_when_focused(&response);
    response
}

/// The header of `head` whose explanation is open, if any (a header this response does not
/// have, after a new fetch, stays shut).
pub fn explained_header<'h>(
    ctx: &egui::Context,
    head: Option<&'h ResponseHead>,
) -> Option<&'h Header> {
    let name: String = ctx.data(|d| d.get_temp(explained_id()))?;
    head?
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(&name))
}

/// Close the open explanation.
fn close_explanation(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<String>(explained_id()));
    ctx.request_repaint();
}

/// Draw the explanation of `header` (name, what its value says, the paragraph, the standard)
/// filling `ui`, scrolling when it is longer, with a button that closes it. `context` is what
/// the fetch knows for reading the value (the body's sizes, the URL).
pub fn header_explanation(ui: &mut Ui, i18n: I18n, header: &Header, context: &ValueContext) {
    let value_lines = explain_value(&header.name, &header.value_text(), context);
    // Each header has a scroll position of its own, so a newly opened one starts at its top.
    egui::ScrollArea::vertical()
        .id_salt(("header-explanation", header.name.to_ascii_lowercase()))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if explanation_card(ui, i18n, &headers::explain(&header.name), &value_lines) {
                close_explanation(ui.ctx());
            }
        });
}
