//! How eframe opens the window for one run: what it may remember (window geometry and egui's
//! memory only; our own state has its own file) and the promise that a screenshot run reads and
//! writes no state at all.

use std::path::PathBuf;

/// eframe's options for a window built from `viewport`. With `screenshot`, eframe is pointed at
/// a state file that does not exist and is never written (nothing marks it changed: the window
/// geometry is not kept, the app keeps no egui memory and saves nothing), so a remembered size
/// cannot change the picture and the picture cannot change what is remembered.
pub fn native_options(viewport: egui::ViewportBuilder, screenshot: bool) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport,
        persist_window: !screenshot,
        persistence_path: screenshot.then(no_state_file),
        ..eframe::NativeOptions::default()
    }
}

/// Where eframe looks for its state in a screenshot run: a file in a folder that does not exist.
fn no_state_file() -> PathBuf {
    std::env::temp_dir()
        .join(format!(
            "wirepeek-screenshot-keeps-no-state-{}",
            std::process::id()
        ))
        .join("none.ron")
}

/// The folder of our own state file for a run: none for a screenshot, otherwise
/// `WIREPEEK_STATE_DIR` or the platform's data folder.
pub fn state_dir(screenshot: bool) -> Option<PathBuf> {
    if screenshot {
        None
    } else {
        super::state_file::default_dir()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screenshot_run_keeps_no_window_state_and_no_state_file() {
        let options = native_options(egui::ViewportBuilder::default(), true);
        assert!(!options.persist_window);
        let path = options
            .persistence_path
            .expect("eframe's file is moved away");
        assert!(!path.exists());
        assert!(path.parent().is_some_and(|dir| !dir.exists()));
        assert_eq!(state_dir(true), None);
    }

    #[test]
    fn a_normal_run_keeps_the_window_geometry_where_eframe_keeps_it() {
        let options = native_options(egui::ViewportBuilder::default(), false);
        assert!(options.persist_window);
        assert_eq!(options.persistence_path, None);
    }
}
