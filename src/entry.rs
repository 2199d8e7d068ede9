//! wirepeek's entry point, shared by its two programs: parse the command line, then open the
//! window or run headless (`crate::cli`). `src/main.rs` is `wirepeek`, which on Windows is a
//! window program (no console opens on a double-click); `src/bin/wirepeek-cli.rs` is the same
//! program built for terminals, whose output a Windows console shows.

use std::process::ExitCode;

use crate::app::launch;
use crate::cli::{self, Args};
use crate::cli_help;
use crate::i18n::I18n;

/// Run wirepeek: headless when the command line asks for it, otherwise the window.
pub fn main() -> ExitCode {
    let args = cli_help::parse_args();
    if args.headless() {
        return cli::run(&args);
    }
    let state_dir = launch::state_dir(args.screenshot.is_some());
    if let Some(dir) = &state_dir {
        launch::forget_start_error(dir);
    }
    match window(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            cli::say(&message);
            if let Some(dir) = &state_dir {
                launch::keep_start_error(dir, &message);
            }
            show_start_error(&message);
            ExitCode::FAILURE
        }
    }
}

/// Where a double-clicked program has no terminal at all, say why it did not start in a box.
#[cfg(any(windows, target_os = "macos"))]
fn show_start_error(message: &str) {
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("wirepeek")
        .set_description(message)
        .show();
}

/// On Linux the desktop keeps stderr (e.g. in the session's journal) and the file above is kept.
#[cfg(not(any(windows, target_os = "macos")))]
fn show_start_error(_message: &str) {}

/// `1200x760` as a size in points.
fn parse_size(text: &str, i18n: I18n) -> Result<[f32; 2], String> {
    let bad = || i18n.f("cli-bad-size", &[("given", text)]);
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: f32 = w.trim().parse().map_err(|_| bad())?;
    let h: f32 = h.trim().parse().map_err(|_| bad())?;
    if !(200.0..=10_000.0).contains(&w) || !(150.0..=10_000.0).contains(&h) {
        return Err(bad());
    }
    Ok([w, h])
}

/// Open the window (fetching `args.url` at once when given).
fn window(args: &Args) -> Result<(), String> {
    let i18n = args.language()?;
    let size = args
        .size
        .as_deref()
        .map(|text| parse_size(text, i18n))
        .transpose()?;
    let request = args
        .url
        .as_deref()
        .map(|url| cli::request_from(args, url, i18n))
        .transpose()?;
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-256.png"))
        .map_err(|e| i18n.f("cli-icon", &[("detail", &e.to_string())]))?;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("wirepeek")
        .with_app_id("wirepeek")
        .with_icon(std::sync::Arc::new(icon))
        .with_inner_size(size.unwrap_or([1180.0, 760.0]))
        .with_min_inner_size([420.0, 320.0]);
    if args.screenshot.is_some() {
        viewport = viewport.with_resizable(false);
    }
    // Screenshots start from the same place every time and leave the saved state alone.
    let screenshot = args.screenshot.is_some();
    let options = launch::native_options(viewport, screenshot);
    let view = args
        .view
        .as_deref()
        .map(|name| cli::view_from(name, i18n))
        .transpose()?;
    let compare = match (view, &request) {
        (Some(crate::StartView::Compare), Some(first)) => {
            Some(cli::compared_requests(args, first, i18n)?)
        }
        (Some(crate::StartView::Compare), None) => {
            return Err(i18n.t("cli-compare-needs-url").to_owned());
        }
        _ => None,
    };
    let startup = crate::Startup {
        language: args.lang.clone(),
        request: if compare.is_some() { None } else { request },
        compare,
        options: cli::options_from(args, i18n)?,
        screenshot: args.screenshot.clone(),
        remember: !screenshot,
        state_dir: launch::state_dir(screenshot),
        size,
        view,
        dialogs: crate::ui::file_dialogs::Dialogs::system(),
        examples: crate::ui::welcome::Examples::default(),
        proxy: cli::proxy_from(args, i18n)?,
    };
    eframe::run_native(
        "wirepeek",
        options,
        Box::new(move |cc| {
            launch::exit_after_first_frame_if_asked(&cc.egui_ctx);
            Ok(Box::new(crate::WirepeekApp::new(cc, startup)))
        }),
    )
    .map_err(|e| i18n.f("cli-window", &[("detail", &e.to_string())]))
}
