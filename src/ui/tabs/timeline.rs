//! The "Timeline" tab: each step of the fetch as a bar on one time axis (every hop of a redirect
//! chain on the same axis), then the read log, the textbook's `recv` loop made visible: every
//! `read()` with its number, time, size and running total, and a plot of bytes over time.

use std::time::Duration;

use egui::{Color32, FontId, RichText, Ui};
use egui_plot::{Line, Plot};

use crate::i18n::I18n;
use crate::learn::measures_id;
use crate::ui::format;
use crate::ui::rows::{RowScroll, show_rows};
use crate::wire::{Exchange, Phase, StepWhen, Warning};

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-timeline";

/// At most this many points are plotted; a longer read log is thinned out evenly.
const MAX_PLOT_POINTS: usize = 4000;

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let chain = input.chain;
    let Some(last) = chain.last() else {
        ui.label(RichText::new(i18n.t("request-none")).weak());
        return TabAction::None;
    };
    let total = chain
        .iter()
        .map(|e| e.started_at + e.timing.done.unwrap_or_default())
        .max()
        .unwrap_or_default()
        .max(input.time_axis.unwrap_or_default())
        .max(Duration::from_micros(1));
    egui::ScrollArea::vertical()
        .id_salt("timeline-bars")
        .max_height(ui.available_height() * 0.5)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, exchange) in chain.iter().enumerate() {
                if chain.len() > 1 {
                    let status = exchange
                        .head
                        .as_ref()
                        .map(|h| format!("{} {}", h.code, h.reason))
                        .unwrap_or_default();
                    ui.label(
                        RichText::new(format!(
                            "{}. {} {}  {status}",
                            index + 1,
                            exchange.method,
                            exchange.url_normalized
                        ))
                        .strong(),
                    );
                }
                hop_bars(ui, i18n, exchange, total, input.arriving);
            }
        });
    ui.separator();
    read_log(ui, i18n, last);
    TabAction::None
}

/// The bars of one exchange's steps, placed on the chain's time axis.
fn hop_bars(ui: &mut Ui, i18n: I18n, exchange: &Exchange, total: Duration, arriving: bool) {
    let steps = exchange.steps();
    let label_width = 190.0;
    let time_width = 90.0;
    let row_height = 18.0;
    for step in steps {
        ui.horizontal(|ui| {
            let measures = i18n.t(measures_id(step.phase));
            ui.add_sized(
                [label_width, row_height],
                egui::Label::new(i18n.t(step_key(step.phase))).truncate(),
            )
            .on_hover_text(measures);
            let (span, colour) = match &step.when {
                StepWhen::Ran(range) => (range.clone(), Color32::from_rgb(46, 125, 50)),
                // While the exchange is still arriving (live, or replayed), the step it stands
                // in is under way, not failed.
                StepWhen::Stopped(range) if arriving && exchange.error.is_none() => {
                    (range.clone(), ui.visuals().selection.bg_fill)
                }
                StepWhen::Stopped(range) => (range.clone(), Color32::from_rgb(198, 40, 40)),
                StepWhen::Skipped(reason) => {
                    let key = format!("timeline-skipped-{}", reason.key());
                    ui.label(RichText::new(i18n.t(&key)).weak());
                    return;
                }
                StepWhen::NotReached => {
                    ui.label(RichText::new(i18n.t("timeline-not-reached")).weak());
                    return;
                }
            };
            let bar_width = (ui.available_width() - time_width).max(40.0);
            let (rect, bar_response) =
                ui.allocate_exact_size(egui::vec2(bar_width, row_height), egui::Sense::hover());
            bar_response.on_hover_text(measures);
            ui.painter()
                .rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
            let x = |at: Duration| {
                let fraction = (exchange.started_at + at).as_secs_f64() / total.as_secs_f64();
                rect.left() + rect.width() * fraction.clamp(0.0, 1.0) as f32
            };
            // At least two pixels, so a step of a few microseconds is still seen.
            let left = x(span.start);
            let right = x(span.end).max(left + 2.0);
            let bar = egui::Rect::from_min_max(
                egui::pos2(left, rect.top() + 3.0),
                egui::pos2(right, rect.bottom() - 3.0),
            );
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(RichText::new(format::duration(span.end - span.start)).monospace());
        });
    }
}

/// The catalog key naming a step on the timeline.
fn step_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Resolving => "timeline-dns",
        Phase::Connecting => "timeline-connect",
        Phase::ProxyTunnel => "timeline-proxy-tunnel",
        Phase::TlsHandshake => "timeline-tls",
        Phase::Sending => "timeline-sending",
        Phase::Waiting => "timeline-waiting",
        _ => "timeline-receiving",
    }
}

/// The read log beside the plot of bytes received over time.
fn read_log(ui: &mut Ui, i18n: I18n, exchange: &Exchange) {
    let reads = &exchange.reads;
    let merged = exchange.warnings.iter().find_map(|w| match w {
        Warning::ReadsMerged { listed } => Some(*listed),
        _ => None,
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(i18n.f("timeline-reads", &[("count", &reads.len().to_string())]))
                .strong(),
        );
        ui.label(RichText::new(i18n.t("timeline-reads-help")).weak());
        if let Some(listed) = merged {
            ui.label(
                RichText::new(i18n.f(
                    "timeline-reads-merged",
                    &[("listed", &format::group_digits(listed as u64))],
                ))
                .color(ui.visuals().warn_fg_color),
            );
        }
    });
    if reads.is_empty() {
        return;
    }
    let id = egui::Id::unique("timeline-read-log");
    let mut scroll: RowScroll = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.columns(2, |columns| {
        if let [left, right] = columns {
            let font = FontId::monospace(12.0);
            let row_height = left.fonts_mut(|f| f.row_height(&font)) + 2.0;
            let weak = left.visuals().weak_text_color();
            show_rows(
                left,
                "read-log",
                Some(i18n.t("timeline-read-log-rows")),
                &mut scroll,
                reads.len(),
                row_height,
                |ui, index| {
                    let Some(read) = reads.get(index) else {
                        return;
                    };
                    let total = read.offset + read.len;
                    ui.label(
                        RichText::new(format!("#{:<6}", index + 1))
                            .font(font.clone())
                            .color(weak),
                    );
                    ui.label(
                        RichText::new(format!(
                            "{:>10}  {:>12}  {}",
                            format::duration(read.at),
                            format!("+{}", format::group_digits(read.len as u64)),
                            i18n.f(
                                "timeline-read-total",
                                &[("size", &format::group_digits(total as u64))]
                            ),
                        ))
                        .font(font.clone()),
                    );
                },
            );
            bytes_plot(right, i18n, exchange);
        }
    });
    ui.data_mut(|d| d.insert_temp(id, scroll));
}

/// Bytes received so far (y) against milliseconds since the fetch began (x), as steps: nothing
/// arrives between two reads.
fn bytes_plot(ui: &mut Ui, i18n: I18n, exchange: &Exchange) {
    let reads = &exchange.reads;
    let stride = reads.len().div_ceil(MAX_PLOT_POINTS).max(1);
    let mut points: Vec<[f64; 2]> = Vec::with_capacity(2 * (reads.len() / stride + 2));
    points.push([0.0, 0.0]);
    let mut previous = 0.0;
    for (index, read) in reads.iter().enumerate() {
        let last = index + 1 == reads.len();
        if index % stride != 0 && !last {
            continue;
        }
        let ms = read.at.as_secs_f64() * 1000.0;
        let total = (read.offset + read.len) as f64;
        points.push([ms, previous]);
        points.push([ms, total]);
        previous = total;
    }
    Plot::new("bytes-over-time")
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_label(i18n.t("timeline-plot-x"))
        .y_axis_label(i18n.t("timeline-plot-y"))
        // Sizes in the units used everywhere else ("9.5 MiB", not "10000000"), with room for
        // them beside the axis's own label.
        .y_axis_formatter(|mark, _| {
            if mark.value < 0.0 {
                String::new()
            } else {
                format::bytes(mark.value as u64)
            }
        })
        .y_axis_min_width(64.0)
        .show(ui, |plot| {
            plot.line(
                Line::new(i18n.t("timeline-plot-y"), points)
                    .color(Color32::from_rgb(66, 133, 244))
                    // Two points at one time are a step (a read), not a band to fill: drawn as
                    // a band, a reply that came in one read would look like a steady climb.
                    .allow_band(false),
            );
        });
}
