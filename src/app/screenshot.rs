//! The screenshot job (`--screenshot FILE.png`): once the exchange is shown and a few frames have
//! settled, save a picture of the window and close it.

use std::path::PathBuf;
use std::sync::Arc;

/// A pending `--screenshot`.
pub struct ScreenshotJob {
    path: PathBuf,
    /// Frames drawn since the exchange appeared (a few, so layout and images settle).
    frames: u32,
    requested: bool,
}

impl ScreenshotJob {
    /// A job that will save the window to `path`.
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
        }
    }

    /// Called once a frame; `ready` says the fetch is over and its result is on screen.
    pub fn step(&mut self, ctx: &egui::Context, ready: bool) {
        if !ready || self.requested {
            return;
        }
        self.frames += 1;
        if self.frames < 5 {
            ctx.request_repaint();
            return;
        }
        self.requested = true;
        let path = self.path.clone();
        let close_ctx = ctx.clone();
        ctx.request_screenshot(move |image: Arc<egui::ColorImage>| {
            let [width, height] = image.size;
            let rgba: Vec<u8> = image
                .pixels
                .iter()
                .flat_map(egui::Color32::to_array)
                .collect();
            let saved = u32::try_from(width)
                .ok()
                .zip(u32::try_from(height).ok())
                .ok_or_else(|| "the window is too large".to_owned())
                .and_then(|(w, h)| {
                    image::save_buffer(&path, &rgba, w, h, image::ExtendedColorType::Rgba8)
                        .map_err(|e| e.to_string())
                });
            match saved {
                Ok(()) => eprintln!("wirepeek: saved {} ({width}x{height})", path.display()),
                Err(e) => eprintln!("wirepeek: cannot save {}: {e}", path.display()),
            }
            close_ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            close_ctx.request_repaint();
        });
    }
}
