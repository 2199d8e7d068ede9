//! The yardstick for wirepeek's start-up time and size: the smallest eframe window, built with
//! the same eframe features and release profile as wirepeek (it is an example of this package,
//! so it shares both). `tools/measure_start.sh` starts it and wirepeek the same way.
//!
//! With `WIREPEEK_EXIT_AFTER_FIRST_FRAME=1` it prints when its first frame was on screen and
//! exits, exactly like wirepeek (`wirepeek::app::launch::exit_after_first_frame_if_asked`; the
//! few lines are repeated here so this window links nothing of wirepeek).

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare window")
            .with_app_id("bare_window")
            .with_inner_size([1180.0, 760.0]),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "bare window",
        options,
        Box::new(|cc| {
            exit_after_first_frame_if_asked(&cc.egui_ctx);
            Ok(Box::new(Hello))
        }),
    )
}

/// The whole app: one line of text.
struct Hello;

impl eframe::App for Hello {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("hello");
        });
    }
}

/// See `wirepeek::app::launch::exit_after_first_frame_if_asked`.
fn exit_after_first_frame_if_asked(ctx: &egui::Context) {
    if std::env::var_os("WIREPEEK_EXIT_AFTER_FIRST_FRAME").is_none_or(|value| value != "1") {
        return;
    }
    ctx.on_begin_pass(
        "exit after the first frame",
        Arc::new(|ui| {
            let ctx = ui.ctx();
            if ctx.cumulative_frame_nr() == 0 {
                ctx.request_repaint();
                return;
            }
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            println!("first-frame-unix-us {}", now.as_micros());
            std::process::exit(0);
        }),
    );
}
