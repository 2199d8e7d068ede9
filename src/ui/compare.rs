//! Two exchanges side by side (picked in History): request, status, sizes, time and reads, then
//! every header marked added, removed or changed. E.g. the same URL over HTTP/1.0 and HTTP/1.1.

use egui::{Color32, RichText, Ui};

use crate::i18n::I18n;
use crate::ui::format;
use crate::wire::{Exchange, HeaderChange, compare_headers};

/// Draw the comparison window; returns `false` once the learner closed it.
pub fn compare_window(ctx: &egui::Context, i18n: I18n, left: &Exchange, right: &Exchange) -> bool {
    let mut open = true;
    egui::Window::new(i18n.t("compare-title"))
        .id(egui::Id::unique("compare-window"))
        .open(&mut open)
        .default_size([900.0, 520.0])
        .vscroll(true)
        .show(ctx, |ui| {
            summary(ui, i18n, left, right);
            ui.separator();
            headers(ui, i18n, left, right);
        });
    open
}

fn summary(ui: &mut Ui, i18n: I18n, left: &Exchange, right: &Exchange) {
    let request =
        |e: &Exchange| format!("{} {} {}", e.method, e.url_normalized, e.version.as_str());
    let status = |e: &Exchange| {
        e.head.as_ref().map_or_else(
            || i18n.t("status-no-response").to_owned(),
            |h| format!("{} {}", h.code, h.reason),
        )
    };
    let time = |e: &Exchange| e.timing.done.map(format::duration).unwrap_or_default();
    egui::Grid::new("compare-summary")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(i18n.t("compare-left")).strong());
            ui.label(RichText::new(i18n.t("compare-right")).strong());
            ui.end_row();
            let mut row = |name: &str, a: String, b: String| {
                ui.label(RichText::new(name).weak());
                let differs = a != b;
                for text in [a, b] {
                    let text = RichText::new(text).monospace();
                    ui.label(if differs { text.strong() } else { text });
                }
                ui.end_row();
            };
            row(i18n.t("compare-request"), request(left), request(right));
            row(i18n.t("compare-status"), status(left), status(right));
            row(
                i18n.t("compare-received"),
                format::bytes(left.received_total() as u64),
                format::bytes(right.received_total() as u64),
            );
            row(
                i18n.t("compare-body"),
                format::bytes(left.body_bytes().len() as u64),
                format::bytes(right.body_bytes().len() as u64),
            );
            row(i18n.t("compare-time"), time(left), time(right));
            row(
                i18n.t("compare-reads"),
                left.reads.len().to_string(),
                right.reads.len().to_string(),
            );
        });
}

fn headers(ui: &mut Ui, i18n: I18n, left: &Exchange, right: &Exchange) {
    ui.heading(i18n.t("headers-title"));
    let pairs = compare_headers(left.head.as_ref(), right.head.as_ref());
    // Each side gets half of what is left after the mark and the name, so a long value wraps
    // inside its own column instead of squeezing the other side to a few letters.
    let value_width = ((ui.available_width() - NAME_COLUMN_WIDTH) / 2.0).max(120.0);
    egui::Grid::new("compare-headers")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label("");
            ui.label(RichText::new(i18n.t("compare-left")).strong());
            ui.label(RichText::new(i18n.t("compare-right")).strong());
            ui.end_row();
            for pair in &pairs {
                let (mark, colour, key) = match pair.change() {
                    HeaderChange::Same => ("", ui.visuals().weak_text_color(), "compare-same"),
                    HeaderChange::Added => ("+", Color32::from_rgb(46, 125, 50), "compare-added"),
                    HeaderChange::Removed => {
                        ("-", Color32::from_rgb(198, 40, 40), "compare-removed")
                    }
                    HeaderChange::Changed => {
                        ("~", Color32::from_rgb(230, 120, 0), "compare-changed")
                    }
                };
                ui.label(RichText::new(mark).monospace().strong().color(colour))
                    .on_hover_text(i18n.t(key));
                ui.label(RichText::new(&pair.name).strong());
                for value in [&pair.left, &pair.right] {
                    let text = match value {
                        Some(value) => RichText::new(value).monospace(),
                        None => RichText::new(i18n.t("compare-not-sent")).weak(),
                    };
                    ui.allocate_ui(egui::vec2(value_width, 0.0), |ui| {
                        ui.add(egui::Label::new(text).wrap());
                    });
                }
                ui.end_row();
            }
        });
    let count = |change: HeaderChange| {
        pairs
            .iter()
            .filter(|p| p.change() == change)
            .count()
            .to_string()
    };
    ui.label(
        RichText::new(i18n.f(
            "compare-header-counts",
            &[
                ("added", &count(HeaderChange::Added)),
                ("removed", &count(HeaderChange::Removed)),
                ("changed", &count(HeaderChange::Changed)),
            ],
        ))
        .weak(),
    );
}

/// Room kept for the change mark and the header name beside the two values.
const NAME_COLUMN_WIDTH: f32 = 220.0;
