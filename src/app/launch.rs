//! How eframe opens the window for one run: what it may remember (window geometry and egui's
//! memory only; our own state has its own file) and the promise that a screenshot run reads and
//! writes no state at all.

use std::path::{Path, PathBuf};

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

/// The file in the state folder that keeps why the window last failed to open. A double-clicked
/// program has no terminal for stderr (a Windows release build has no console at all), so the
/// reason is kept where a teacher can find it; a window that opens removes an old one.
pub const START_ERROR_FILE: &str = "start-error.txt";

/// Write `message` to [`START_ERROR_FILE`] in `dir` and return the file's path. Best effort:
/// where even this fails, stderr (and on Windows and macOS a message box) is all there is.
pub fn keep_start_error(dir: &Path, message: &str) -> Option<PathBuf> {
    let path = dir.join(START_ERROR_FILE);
    std::fs::create_dir_all(dir).ok()?;
    let text = format!("wirepeek {}: {message}\n", env!("CARGO_PKG_VERSION"));
    std::fs::write(&path, text).ok()?;
    Some(path)
}

/// Remove the [`START_ERROR_FILE`] of an earlier failed start, if any: it no longer applies.
pub fn forget_start_error(dir: &Path) {
    // Nothing to do when there is none; any other failure only leaves an old note behind.
    let _ = std::fs::remove_file(dir.join(START_ERROR_FILE));
}

/// Only for measuring start-up (`tools/measure_start.sh`, README "Start-up time and size"):
/// when the environment has `WIREPEEK_EXIT_AFTER_FIRST_FRAME=1`, print
/// `first-frame-unix-us N` (the wall-clock time, in microseconds since 1970) as soon as the
/// first frame is on screen, and exit without saving anything. Otherwise does nothing.
///
/// eframe shows the window once its first frame is painted, so the start of the second frame is
/// the first moment the learner can see it; the first frame asks for that second one at once.
pub fn exit_after_first_frame_if_asked(ctx: &egui::Context) {
    if std::env::var_os("WIREPEEK_EXIT_AFTER_FIRST_FRAME").is_none_or(|value| value != "1") {
        return;
    }
    ctx.on_begin_pass(
        "exit after the first frame",
        std::sync::Arc::new(|ui| {
            let ctx = ui.ctx();
            if ctx.cumulative_frame_nr() == 0 {
                ctx.request_repaint();
                return;
            }
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            println!("first-frame-unix-us {}", now.as_micros());
            std::process::exit(0);
        }),
    );
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
    fn a_failed_start_is_kept_in_the_state_folder_until_a_window_opens() {
        let dir = std::env::temp_dir().join(format!("wirepeek-start-error-{}", std::process::id()));
        let path = keep_start_error(&dir, "no OpenGL").expect("the note is written");
        let text = std::fs::read_to_string(&path).expect("the note reads back");
        assert!(text.contains("no OpenGL"), "{text}");
        assert_eq!(path, dir.join(START_ERROR_FILE));
        forget_start_error(&dir);
        assert!(!path.exists());
        std::fs::remove_dir(&dir).expect("the folder is empty again");
    }

    #[test]
    fn a_normal_run_keeps_the_window_geometry_where_eframe_keeps_it() {
        let options = native_options(egui::ViewportBuilder::default(), false);
        assert!(options.persist_window);
        assert_eq!(options.persistence_path, None);
    }
}
