//! The window from the keyboard: Tab order, focus ring, Ctrl+L, page keys, F1.

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
use egui_kittest::kittest::{NodeT as _, Queryable};
use window::window_from;
use wirepeek::{Startup, WirepeekApp};

fn window(language: &str) -> Harness<'static, WirepeekApp> {
    window_from(
        Startup {
            language: Some(language.to_owned()),
            ..Startup::default()
        },
        None,
    )
}

fn window_showing_numbered_lines(count: usize) -> Harness<'static, WirepeekApp> {
    let mut text = String::new();
    for i in 1..=count {
        text.push_str(&format!("line number {i}\n"));
    }
    let mut recorded = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        text.len()
    )
    .into_bytes();
    recorded.extend_from_slice(text.as_bytes());
    let exchange =
        wirepeek::wire::read_recorded(recorded, false, &wirepeek::wire::Limits::default());
    let mut harness = window("en");
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    // The Wire tab, open first, has the same lines; these tests are about the body.
    harness.get_by_label("History").click();
    harness.step();
    harness
}

/// The role and accessible name of the widget with the keyboard focus.
fn focused(harness: &Harness<'static, WirepeekApp>) -> Option<(Role, String)> {
    harness
        .query_all(egui_kittest::kittest::by())
        .find(egui_kittest::Node::is_focused)
        .map(|n| {
            let node = n.accesskit_node();
            (node.role(), node.label().unwrap_or_default())
        })
}

/// Press Tab up to `limit` times from the URL field; the widgets focused, in order.
fn tab_through(harness: &mut Harness<'static, WirepeekApp>, limit: usize) -> Vec<(Role, String)> {
    tab_through_from(harness, "URL", limit)
}

/// Press Tab up to `limit` times from the URL field named `url` (in the window's language),
/// until the focus comes back to it; the widgets focused, in order.
fn tab_through_from(
    harness: &mut Harness<'static, WirepeekApp>,
    url: &str,
    limit: usize,
) -> Vec<(Role, String)> {
    harness.get_by_role_and_label(Role::TextInput, url).focus();
    harness.step();
    let mut seen = Vec::new();
    for _ in 0..limit {
        harness.key_press(egui::Key::Tab);
        harness.step();
        let Some(now) = focused(harness) else {
            continue;
        };
        if now.0 == Role::TextInput && now.1 == url {
            break;
        }
        seen.push(now);
    }
    seen
}

fn position(seen: &[(Role, String)], role: Role, label: &str) -> usize {
    seen.iter()
        .position(|(r, l)| *r == role && l == label)
        .unwrap_or_else(|| panic!("Tab never reached {role:?} {label:?}: {seen:?}"))
}

#[test]
fn tab_goes_from_the_url_through_the_body_to_the_bottom_tabs() {
    let mut harness = window_showing_numbered_lines(50);
    let seen = tab_through(&mut harness, 60);
    let version = position(&seen, Role::ComboBox, "HTTP version");
    let fetch = position(&seen, Role::Button, "Fetch");
    let text = position(&seen, Role::Button, "Text");
    let find = position(&seen, Role::Button, "Find");
    let rows = position(&seen, Role::ScrollView, BODY_ROWS);
    let wire_tab = position(&seen, Role::Button, "Wire");
    let settings_tab = position(&seen, Role::Button, "Settings");
    assert!(version < fetch && fetch < text, "{seen:?}");
    assert!(text < find && find < rows, "{seen:?}");
    assert!(rows < wire_tab && wire_tab < settings_tab, "{seen:?}");
    // Every stop is a control with a name (no bare table cells that show no ring).
    assert!(
        seen.iter()
            .all(|(role, label)| *role != Role::GenericContainer && !label.is_empty()),
        "{seen:?}"
    );
}

#[test]
fn tab_reaches_the_contents_of_the_open_bottom_tab() {
    let mut harness = window_showing_numbered_lines(50);
    harness.get_by_label("Settings").click();
    harness.step();
    let seen = tab_through(&mut harness, 80);
    let settings_tab = position(&seen, Role::Button, "Settings");
    let reset = position(&seen, Role::Button, "Back to the defaults");
    assert!(settings_tab < reset, "{seen:?}");
}

const BODY_ROWS: &str = "Body, scrolled with PageUp, PageDown, Home and End";

/// Tab until the body's rows have the focus.
fn focus_the_body(harness: &mut Harness<'static, WirepeekApp>) {
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    for _ in 0..40 {
        harness.key_press(egui::Key::Tab);
        harness.step();
        if focused(harness).is_some_and(|(role, _)| role == Role::ScrollView) {
            return;
        }
    }
    panic!("Tab never reached the body");
}

#[test]
fn page_keys_move_the_body_when_it_has_the_focus_wherever_the_pointer_is() {
    let mut harness = window_showing_numbered_lines(5_000);
    focus_the_body(&mut harness);
    // The pointer rests on the URL bar, far from the body.
    let url = harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .rect()
        .center();
    harness.hover_at(url);
    harness.step();
    harness.key_press(egui::Key::PageDown);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 1").is_none());
    harness.key_press(egui::Key::End);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 5000").is_some());
    // Up keeps the focus on the body and moves it one line.
    harness.key_press(egui::Key::ArrowUp);
    harness.step();
    assert!(focused(&harness).is_some_and(|(role, _)| role == Role::ScrollView));
    harness.key_press(egui::Key::Home);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 1").is_some());
    assert!(harness.query_by_label("line number 5000").is_none());
}

#[test]
fn page_keys_in_the_url_field_do_not_move_an_unfocused_body() {
    let mut harness = window_showing_numbered_lines(5_000);
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    let url = harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .rect()
        .center();
    harness.hover_at(url);
    harness.step();
    harness.key_press(egui::Key::End);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 1").is_some());
}

#[test]
fn ctrl_l_selects_the_whole_address_so_typing_replaces_it() {
    let mut harness = window("en");
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .type_text("http://127.0.0.1:9/old");
    harness.step();
    harness.get_by_label("Follow redirects").click();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.step();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .type_text("http://127.0.0.1:9/new");
    harness.step();
    assert_eq!(harness.state().saved().draft.url, "http://127.0.0.1:9/new");
}

#[test]
fn f1_lists_every_shortcut_in_the_learners_language() {
    for (language, title, escape_words) in [
        ("en", "Keyboard shortcuts", "Cancel the fetch"),
        ("ko", "단축키", "가져오기 취소"),
    ] {
        let mut harness = window(language);
        harness.step();
        assert!(harness.query_by_label(title).is_none());
        harness.key_press(egui::Key::F1);
        harness.step();
        harness.step();
        assert!(harness.query_by_label(title).is_some(), "{language}");
        for keys in ["Ctrl+L", "Ctrl+F", "F1", "PageUp / PageDown", "Home / End"] {
            assert!(harness.query_by_label(keys).is_some(), "{language}: {keys}");
        }
        assert!(
            harness
                .query_all_by_label_contains(escape_words)
                .next()
                .is_some(),
            "{language}"
        );
        harness.key_press(egui::Key::Escape);
        harness.step();
        harness.step();
        assert!(harness.query_by_label(title).is_none(), "{language}");
    }
}

#[test]
fn a_control_reached_with_tab_below_the_fold_of_a_tab_is_scrolled_into_view() {
    let mut harness = window_showing_numbered_lines(50);
    harness.get_by_label("Settings").click();
    harness.step();
    let bottom = 800.0;
    let reset = "Back to the defaults";
    assert!(
        harness.get_by_label(reset).rect().min.y > bottom,
        "the test needs the button below the fold at first"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    for _ in 0..80 {
        harness.key_press(egui::Key::Tab);
        harness.step();
        if harness.get_by_label(reset).is_focused() {
            break;
        }
    }
    assert!(harness.get_by_label(reset).is_focused());
    harness.step();
    harness.step();
    let rect = harness.get_by_label(reset).rect();
    assert!(rect.max.y <= bottom && rect.min.y >= 0.0, "{rect:?}");
}

/// Whether `text` is drawn as text (a cell's hover text also names the cell, undrawn).
fn shows_text(harness: &Harness<'static, WirepeekApp>, text: &str) -> bool {
    harness
        .query_all_by_label_contains(text)
        .any(|node| node.accesskit_node().role() != Role::GenericContainer)
}

#[test]
fn tab_reaches_each_header_row_and_enter_explains_it() {
    let mut harness = window_showing_numbered_lines(50);
    let row = "Header 1, Content-Type: text/plain";
    let seen = tab_through(&mut harness, 60);
    let fetch = position(&seen, Role::Button, "Fetch");
    let first = position(&seen, Role::Button, row);
    let second = seen
        .iter()
        .position(|(role, label)| *role == Role::Button && label.starts_with("Header 2, "))
        .unwrap_or_else(|| panic!("Tab never reached the second row: {seen:?}"));
    let text = position(&seen, Role::Button, "Text");
    assert!(fetch < first && first < second && second < text, "{seen:?}");

    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    for _ in 0..40 {
        harness.key_press(egui::Key::Tab);
        harness.step();
        if harness.get_by_label(row).is_focused() {
            break;
        }
    }
    assert!(harness.get_by_label(row).is_focused());
    let summary = "What kind of data the body is";
    assert!(!shows_text(&harness, summary));
    harness.key_press(egui::Key::Enter);
    for _ in 0..4 {
        harness.step();
    }
    assert!(
        shows_text(&harness, summary),
        "Enter opened the explanation"
    );
    assert!(shows_text(&harness, "Standard: RFC 9110, 8.3"));
    // The focus (and its ring) stays on the row, in sight.
    assert!(harness.get_by_label(row).is_focused());
    let rect = harness.get_by_label(row).rect();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1200.0, 800.0));
    assert!(window.contains_rect(rect), "{rect:?}");
    // Enter again closes it.
    harness.key_press(egui::Key::Enter);
    for _ in 0..3 {
        harness.step();
    }
    assert!(!shows_text(&harness, summary));
}

#[test]
fn tab_visits_language_lessons_and_help_from_left_to_right() {
    for language in ["en", "ko"] {
        let mut harness = window(language);
        harness.step();
        let (url, language_label, lessons, help) = if language == "en" {
            ("URL", "Language", "Lessons", "Help")
        } else {
            ("주소", "언어", "수업", "도움말")
        };
        let seen = tab_through_from(&mut harness, url, 80);
        let at = |label: &str| {
            seen.iter()
                .position(|(_, l)| l == label)
                .unwrap_or_else(|| panic!("Tab never reached {label:?}: {seen:?}"))
        };
        assert!(
            at(language_label) < at(lessons) && at(lessons) < at(help),
            "{language}: {seen:?}"
        );
        let left = |label: &str| {
            harness
                .query_all_by_label(label)
                .find(|n| n.accesskit_node().role() != Role::Label)
                .unwrap_or_else(|| panic!("{label:?}"))
                .rect()
        };
        let (a, b, c) = (left(language_label), left(lessons), left(help));
        assert!(
            a.min.x < b.min.x && b.min.x < c.min.x,
            "{language}: {a:?} {b:?} {c:?}"
        );
        // Still at the right end of the window.
        assert!(c.max.x <= 1200.0 && c.max.x > 1100.0, "{language}: {c:?}");
    }
}
