//! A first start, and help for the eyes and the keys: the welcome shows until the first fetch
//! and comes back from the Help menu; the Help menu opens the shortcut list and the About window
//! (with every crate's licence, filterable); zoom and colours are remembered; the window stays
//! usable at 800x600. Every fetch goes to a loopback server the test starts: the welcome's real
//! internet addresses are replaced through `Startup::examples`, never clicked.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wirepeek::app::state_file::{self, Loaded};
use wirepeek::ui::appearance::Theme;
use wirepeek::ui::fonts;
use wirepeek::ui::welcome::{Examples, PLAIN_EXAMPLE, SECURE_EXAMPLE};
use wirepeek::{Startup, WirepeekApp};

use common::{Server, response_with};
use window::{click_tab, shows, state_folder, wait_until, window_from, window_in};

const WELCOME: &str = "Welcome to wirepeek";

/// The English window with nothing remembered, its welcome offering `examples`.
fn first_start(examples: Examples) -> Harness<'static, WirepeekApp> {
    window_from(
        Startup {
            language: Some("en".into()),
            examples,
            ..Startup::default()
        },
        None,
    )
}

/// Click `label` once it stands still (a window or list that just opened may still be moving
/// to its place, and a click at its old place would miss).
fn click_when_still(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    click_tab(harness, label);
    harness.step();
}

/// Open the Help menu and choose `item`.
fn help(harness: &mut Harness<'static, WirepeekApp>, item: &str) {
    click_when_still(harness, "Help");
    click_when_still(harness, item);
}

#[test]
fn the_welcome_offers_the_real_addresses_without_fetching_them() {
    assert_eq!(
        Startup::default().examples,
        Examples {
            plain: PLAIN_EXAMPLE.into(),
            secure: SECURE_EXAMPLE.into()
        }
    );
    assert_eq!(PLAIN_EXAMPLE, "http://data.pr4e.org/romeo.txt");
    assert!(SECURE_EXAMPLE.starts_with("https://"));
    // Shown, never clicked: this test touches no network at all.
    let mut harness = first_start(Examples::default());
    harness.step();
    assert!(shows(&harness, WELCOME));
    harness.get_by_label("Fetch http://data.pr4e.org/romeo.txt");
    harness.get_by_label("Fetch https://example.com/");
    harness.get_by_label("Open the lessons");
    assert!(!harness.state().is_fetching());
}

#[test]
fn the_welcome_shows_until_the_first_fetch_and_comes_back_from_help() {
    let server = Server::reply(response_with(
        "Content-Type: text/plain\r\n",
        b"But soft what light\n",
    ));
    let plain = server.url("/romeo.txt");
    let mut harness = first_start(Examples {
        plain: plain.clone(),
        // Never fetched here; a closed loopback port, so a slip could not leave this computer.
        secure: "https://127.0.0.1:1/".into(),
    });
    harness.step();
    assert!(harness.state().shows_welcome());
    assert!(shows(&harness, WELCOME));

    harness.get_by_label(&format!("Fetch {plain}")).click();
    harness.step();
    assert_eq!(harness.state().saved().draft.url, plain);
    wait_until(&mut harness, "the example fetched", |h| {
        h.state()
            .shown_chain()
            .last()
            .is_some_and(|exchange| exchange.status_code() == Some(200))
    });
    harness.step();
    assert!(!harness.state().shows_welcome());
    assert!(!shows(&harness, WELCOME));
    assert!(
        server
            .request_text()
            .starts_with("GET /romeo.txt HTTP/1.1\r\n")
    );

    help(&mut harness, "Welcome: things to try");
    assert!(shows(&harness, WELCOME));
    click_when_still(&mut harness, "Back to the response");
    assert!(!shows(&harness, WELCOME));
}

#[test]
fn the_lessons_choice_opens_the_lessons_window() {
    let mut harness = first_start(Examples::default());
    harness.step();
    harness.get_by_label("Open the lessons").click();
    harness.step();
    harness.step();
    assert!(shows(&harness, "The textbook's romeo.txt"));
}

#[test]
fn the_welcome_speaks_korean() {
    let mut harness = window_from(
        Startup {
            language: Some("ko".into()),
            ..Startup::default()
        },
        None,
    );
    harness.step();
    assert!(shows(&harness, "wirepeek에 오신 것을 환영합니다"));
    harness.get_by_label("http://data.pr4e.org/romeo.txt 가져오기");
    harness.get_by_label("도움말");
}

#[test]
fn help_lists_every_shortcut_and_opens_about_with_the_licences() {
    let mut harness = first_start(Examples::default());
    harness.step();
    help(&mut harness, "Keyboard shortcuts (F1)");
    for keys in ["Ctrl+L", "F1", "Ctrl++ / Ctrl+-", "Ctrl+0"] {
        assert!(shows(&harness, keys), "{keys}");
    }
    click_when_still(&mut harness, "Close");
    assert!(!shows(&harness, "Ctrl+0"));

    help(&mut harness, "About wirepeek");
    assert!(shows(
        &harness,
        &format!("wirepeek {}", env!("CARGO_PKG_VERSION"))
    ));
    assert!(shows(&harness, "https://github.com/wirepeek/wirepeek"));
    assert!(shows(&harness, "NanumGothic"));
    assert!(
        shows(&harness, "accesskit 0."),
        "the list starts with the first crates"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("rustls");
    harness.step();
    harness.step();
    assert!(shows(&harness, "rustls 0."));
    assert!(!shows(&harness, "eframe 0."));
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("-no-such-crate");
    harness.step();
    harness.step();
    assert!(shows(&harness, "No crate matches."));
}

#[test]
fn about_shows_the_licence_text_of_a_chosen_crate() {
    let mut harness = first_start(Examples::default());
    harness.step();
    help(&mut harness, "About wirepeek");
    assert!(!shows(&harness, "Permission is hereby granted"));
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("egui");
    harness.step();
    harness.step();
    // egui ships no licence file: About shows its authors and the standard MIT and Apache texts.
    let egui = wirepeek::licences::dependencies()
        .into_iter()
        .find(|c| c.name == "egui")
        .expect("egui is in the list");
    click_when_still(&mut harness, &format!("egui {}", egui.version));
    assert!(shows(&harness, "Copyright (c) Emil Ernerfeldt"));
    assert!(shows(&harness, "Permission is hereby granted"));
    assert!(shows(&harness, "Apache License"));
    assert!(shows(&harness, "the standard text of MIT"));
    click_when_still(&mut harness, "Hide the text");
    assert!(!shows(&harness, "Permission is hereby granted"));

    // A crate that ships its own files: their names say where each text comes from.
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("rustls");
    harness.step();
    harness.step();
    let rustls = wirepeek::licences::dependencies()
        .into_iter()
        .find(|c| c.name == "rustls")
        .expect("rustls is in the list");
    click_when_still(&mut harness, &format!("rustls {}", rustls.version));
    assert!(shows(
        &harness,
        "From the crate's source, the file LICENSE-"
    ));
    assert!(shows(&harness, "Permission is hereby granted"));
}

#[test]
fn zoom_and_colours_are_remembered() {
    let dir = state_folder("appearance");
    let mut harness = window_in(&dir);
    harness.step();
    harness.step();
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 0.001);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.step();
    harness.step();
    assert!((harness.state().saved().settings.appearance.zoom - 1.1).abs() < 0.001);
    harness.state_mut().settings_mut().appearance.theme = Theme::Dark;
    wait_until(&mut harness, "the state file to hold the zoom", |_| {
        matches!(state_file::load(&dir), Loaded::Found(saved)
            if (saved.settings.appearance.zoom - 1.1).abs() < 0.001
                && saved.settings.appearance.theme == Theme::Dark)
    });
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
    drop(harness);

    let mut again = window_in(&dir);
    again.step();
    again.step();
    assert!((again.ctx.zoom_factor() - 1.1).abs() < 0.001);
    assert_eq!(
        again.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
    again.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    again.step();
    again.step();
    assert!((again.state().saved().settings.appearance.zoom - 1.0).abs() < 0.001);
}

#[test]
fn the_settings_tab_changes_the_colours() {
    let mut harness = first_start(Examples::default());
    harness.step();
    window::click_tab(&mut harness, "Settings");
    harness.get_by_label("Light").scroll_to_me();
    harness.step();
    harness.get_by_label("Light").click();
    harness.step();
    harness.step();
    assert_eq!(
        harness.state().saved().settings.appearance.theme,
        Theme::Light
    );
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
}

#[test]
fn the_url_bar_fetch_help_and_every_tab_fit_in_800_by_600() {
    for zoom in [1.0, 1.5] {
        let mut harness = Harness::builder()
            .with_size([800.0, 600.0])
            .with_context_setup(fonts::install)
            .build_eframe(move |cc| {
                let mut app = WirepeekApp::with_storage(
                    &cc.egui_ctx,
                    None,
                    Startup {
                        language: Some("en".into()),
                        ..Startup::default()
                    },
                );
                app.settings_mut().appearance.zoom = zoom;
                app
            });
        harness.step();
        harness.step();
        harness.step();
        assert!((harness.ctx.zoom_factor() - zoom).abs() < 0.001);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0) / zoom);
        for (role, label) in [
            (Some(Role::TextInput), "URL"),
            (None, "Fetch"),
            (None, "Help"),
            (None, "Fetch http://data.pr4e.org/romeo.txt"),
            (None, "Settings"),
            (None, "Wire"),
        ] {
            let rect = match role {
                Some(role) => harness.get_by_role_and_label(role, label).rect(),
                None => harness.get_by_label(label).rect(),
            };
            assert!(
                rect.width() > 10.0 && screen.contains_rect(rect),
                "{label} at zoom {zoom}: {rect:?} is not inside {screen:?}"
            );
        }
    }
}
