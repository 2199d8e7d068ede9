//! What the window benches share: the tests' own window helpers (the window opened, a URL typed
//! and fetched, as the tests do it) and one timed frame.

// Each bench uses a different part of this module.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use wirepeek::WirepeekApp;

#[path = "../../tests/common/mod.rs"]
pub mod common;
#[path = "../../tests/common/window.rs"]
pub mod window;

/// One frame: egui's pass plus tessellation, as eframe does before painting; how long it took.
pub fn frame(harness: &mut Harness<'static, WirepeekApp>) -> Duration {
    let start = Instant::now();
    harness.step();
    let output = harness.output();
    let shapes = output.shapes.clone();
    let primitives = harness.ctx.tessellate(shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
    start.elapsed()
}
