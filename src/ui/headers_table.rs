//! The header table: wire order, original case, duplicates kept, values wrapped, copyable.

use egui::{FontId, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::i18n::I18n;
use crate::learn::explain::headers;
use crate::learn::explain::values::{ValueContext, explain_value};
use crate::wire::{Header, ResponseHead};

use super::explanation::explanation_card;

/// Where the window remembers which header's explanation is open (its lowercase name).
fn explained_id() -> egui::Id {
    egui::Id::unique("header-explained")
}

/// All headers as they were received, one `Name: value` per line (for copying).
pub fn headers_text(head: &ResponseHead) -> String {
    head.headers
        .iter()
        .map(|h| format!("{}: {}\n", h.name, h.value_text()))
        .collect()
}

/// Draw the interim (1xx) responses that came before the final one, each with its headers,
/// in the order they arrived (e.g. `103 Early Hints` naming files to fetch early).
pub fn interim_heads(ui: &mut Ui, i18n: I18n, interim: &[ResponseHead]) {
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
    if !interim.is_empty() {
        ui.separator();
    }
}

/// Draw the headers of `head` (or a note that none arrived).
pub fn headers_table(ui: &mut Ui, i18n: I18n, head: Option<&ResponseHead>) {
    headers_table_in(ui, i18n, head, &ValueContext::default());
}

/// Draw the headers of `head`; a clicked header's explanation reads its value with what
/// `context` knows of the fetch (the body's sizes, the URL for a relative Location).
pub fn headers_table_in(
    ui: &mut Ui,
    i18n: I18n,
    head: Option<&ResponseHead>,
    context: &ValueContext,
) {
    ui.horizontal(|ui| {
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
    ui.label(
        RichText::new(format!("{} {} {}", head.version, head.code, head.reason))
            .monospace()
            .strong(),
    );
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
    let mut clicked: Option<String> = None;
    TableBuilder::new(ui)
        .id_salt("headers")
        .striped(true)
        // Clicks (for the copy menu) but no keyboard focus: a focused cell has no visible ring,
        // and Tab would stop on every cell before reaching the body.
        .sense(egui::Sense::CLICK)
        .auto_shrink([false, true])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Min))
        .column(Column::exact(30.0))
        .column(Column::exact(name_width))
        .column(Column::remainder().at_least(80.0))
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
        .body(|mut body| {
            let value_width = body.widths().get(2).copied().unwrap_or(200.0);
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
            body.heterogeneous_rows(heights.into_iter(), |mut row| {
                let index = row.index();
                let (Some(header), Some(value)) = (head.headers.get(index), values.get(index))
                else {
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
                // Right-click works on the row and on its (selectable) texts.
                let mut texts = Vec::new();
                let (_, number) = row.col(|ui| {
                    ui.label(RichText::new((index + 1).to_string()).weak());
                });
                let (_, name) = row.col(|ui| {
                    texts.push(ui.add(
                        egui::Label::new(RichText::new(&header.name).strong()).selectable(true),
                    ));
                });
                let (_, cell) = row.col(|ui| {
                    texts.push(ui.add(egui::Label::new(value.as_str()).selectable(true).wrap()));
                });
                // A click on a row opens (or closes) what the header means; hovering its name
                // shows the summary.
                let summary = i18n.render(&headers::explain(&header.name).summary);
                for response in [number, name, cell].into_iter().chain(texts) {
                    if response.clicked() {
                        clicked = Some(header.name.to_ascii_lowercase());
                    }
                    copy_menu(response.on_hover_text(&summary));
                }
            });
        });
    let opened_now = clicked.is_some();
    let explained = match clicked {
        Some(name) if explained.as_deref() == Some(name.as_str()) => None,
        Some(name) => Some(name),
        None => explained,
    };
    ui.data_mut(|d| match &explained {
        Some(name) => {
            d.insert_temp(explained_id(), name.clone());
        }
        None => d.remove::<String>(explained_id()),
    });
    // The explanation of a header this response does not have (after a new fetch) stays shut.
    let Some(header) = explained.and_then(|name| {
        head.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(&name))
    }) else {
        return;
    };
    ui.add_space(6.0);
    let value_lines = explain_value(&header.name, &header.value_text(), context);
    let card = explanation_card(ui, i18n, &headers::explain(&header.name), &value_lines);
    if opened_now {
        card.scroll_to_me(Some(egui::Align::Max));
    }
}
