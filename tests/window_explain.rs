//! Explanations in the window: a click on a header row explains it beside the table, in the
//! learner's language; hovering a row or the status shows what it means.

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
use wirepeek::ui::fonts;
use wirepeek::{Startup, WirepeekApp};

/// The window in `language`, showing a recorded response with a few headers.
fn window_showing(language: &str, status_line: &str) -> Harness<'static, WirepeekApp> {
    let recorded = format!(
        "{status_line}\r\nContent-Type: text/plain\r\nCache-Control: max-age=3600\r\n\
         X-Lesson-Tag: seven\r\nContent-Length: 5\r\n\r\nhello"
    );
    window_with(language, recorded.into_bytes())
}

/// The window in `language`, showing what a server sent (`recorded`, read as a response).
fn window_with(language: &str, recorded: Vec<u8>) -> Harness<'static, WirepeekApp> {
    window_sized(language, recorded, [1200.0, 800.0])
}

/// The window in `language`, `size` points large, showing what a server sent (`recorded`).
fn window_sized(
    language: &str,
    recorded: Vec<u8>,
    size: [f32; 2],
) -> Harness<'static, WirepeekApp> {
    let language = language.to_owned();
    let mut harness = Harness::builder()
        .with_size(size)
        .with_context_setup(fonts::install)
        .build_eframe(move |cc| {
            WirepeekApp::with_storage(
                &cc.egui_ctx,
                None,
                Startup {
                    language: Some(language),
                    ..Startup::default()
                },
            )
        });
    let exchange =
        wirepeek::wire::read_recorded(recorded, false, &wirepeek::wire::Limits::default());
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    harness
}

/// Whether `text` is drawn as text. A widget's hover text is also the accessible name of its
/// container, which is not drawn until the pointer rests on it, so containers do not count.
fn shows(harness: &Harness<'static, WirepeekApp>, text: &str) -> bool {
    harness
        .query_all_by_label_contains(text)
        .any(|node| node.accesskit_node().role() != Role::GenericContainer)
}

/// Step until `text` shows (or fail after a fixed number of frames, not of seconds).
fn settle_until(harness: &mut Harness<'static, WirepeekApp>, text: &str) {
    for _ in 0..20 {
        if shows(harness, text) {
            return;
        }
        harness.step();
    }
    panic!("{text:?} never showed");
}

#[test]
fn clicking_a_header_row_explains_it_in_korean_and_clicking_again_closes_it() {
    let mut harness = window_showing("ko", "HTTP/1.1 200 OK");
    let summary = "이 메시지를 저장하고 다시 사용하는 규칙";
    assert!(
        !shows(&harness, summary),
        "nothing is explained before a click"
    );
    harness.get_by_label("Cache-Control").click();
    harness.step();
    settle_until(&mut harness, summary);
    assert!(shows(&harness, "1시간 동안 신선함"), "the paragraph shows");
    assert!(shows(&harness, "표준: RFC 9111, 5.2"), "the standard shows");
    assert!(
        shows(&harness, "판정: 1시간 동안 서버에 묻지 않고"),
        "the value's verdict shows"
    );
    // The row's name and the card's title: click the row's one (the first) again.
    let rows: Vec<_> = harness.query_all_by_label("Cache-Control").collect();
    assert_eq!(rows.len(), 2, "the row and the card's title");
    rows[0].click();
    harness.step();
    harness.step();
    assert!(!shows(&harness, summary), "a second click closes it");
}

/// Where the one drawn widget whose label holds `text` is (a container carrying the same words
/// as a hover text left out).
fn rect_of(harness: &Harness<'static, WirepeekApp>, text: &str) -> egui::Rect {
    let rects: Vec<egui::Rect> = harness
        .query_all_by_label_contains(text)
        .filter(|node| node.accesskit_node().role() != Role::GenericContainer)
        .map(|node| node.rect())
        .collect();
    assert_eq!(rects.len(), 1, "one widget shows {text:?}");
    rects[0]
}

/// The bottom of the header table's title line (`copy_all`: its Copy all button, in the
/// reader's language); the rows are under it.
fn under_the_title_line(harness: &Harness<'static, WirepeekApp>, copy_all: &str) -> f32 {
    harness.get_by_label(copy_all).rect().max.y
}

/// The rect of the Cache-Control row (its Tab stop spans the whole row).
fn cache_control_row(harness: &Harness<'static, WirepeekApp>) -> egui::Rect {
    let rows: Vec<egui::Rect> = harness
        .query_all_by_label_contains("Cache-Control: max-age=3600")
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .map(|node| node.rect())
        .collect();
    assert_eq!(rows.len(), 1, "one row for Cache-Control");
    rows[0]
}

/// Click the Cache-Control row of the window in `language` (`size` large) and wait for its
/// explanation; the rects of the row, the explanation's summary and its first value line.
fn explain_cache_control(
    language: &str,
    size: [f32; 2],
    summary: &str,
) -> (Harness<'static, WirepeekApp>, [egui::Rect; 3]) {
    let recorded = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nCache-Control: max-age=3600\r\n\
                    X-Lesson-Tag: seven\r\nContent-Length: 5\r\n\r\nhello";
    let mut harness = window_sized(language, recorded.as_bytes().to_vec(), size);
    harness.get_by_label("Cache-Control").click();
    harness.step();
    settle_until(&mut harness, summary);
    // The layout settles (the table may scroll its row back into view) within a few frames.
    for _ in 0..4 {
        harness.step();
    }
    let rects = [
        cache_control_row(&harness),
        rect_of(&harness, summary),
        rect_of(&harness, "max-age=3600:"),
    ];
    (harness, rects)
}

#[test]
fn a_clicked_row_is_explained_beside_the_table_and_stays_in_view() {
    for (language, summary, copy_all, tab) in [
        (
            "en",
            "Rules for keeping and reusing this message",
            "Name",
            "Wire",
        ),
        (
            "ko",
            "이 메시지를 저장하고 다시 사용하는 규칙",
            "이름",
            "타임라인",
        ),
    ] {
        let (harness, [row, summary_rect, value]) =
            explain_cache_control(language, [1200.0, 800.0], summary);
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1200.0, 800.0));
        for rect in [row, summary_rect, value] {
            assert!(
                window.contains_rect(rect),
                "{language}: {rect:?} in the window"
            );
        }
        // Beside: the explanation starts right of the row, the row where it was.
        assert!(
            summary_rect.min.x >= row.max.x,
            "{language}: {summary_rect:?} {row:?}"
        );
        assert!(value.min.x >= row.max.x, "{language}: {value:?} {row:?}");
        // In sight: under the table's title line, above the tabs at the bottom.
        let tabs_top = harness.get_by_label(tab).rect().min.y;
        assert!(
            row.min.y >= under_the_title_line(&harness, copy_all),
            "{language}"
        );
        for rect in [row, summary_rect, value] {
            assert!(
                rect.max.y <= tabs_top,
                "{language}: {rect:?} above the tabs"
            );
        }
    }
}

#[test]
fn in_a_small_window_the_row_and_its_explanation_both_show() {
    for (language, summary, copy_all, replay) in [
        (
            "en",
            "Rules for keeping and reusing this message",
            "Copy all",
            "Replay slowly",
        ),
        (
            "ko",
            "이 메시지를 저장하고 다시 사용하는 규칙",
            "모두 복사",
            "천천히 다시 보기",
        ),
    ] {
        let (harness, [row, summary_rect, value]) =
            explain_cache_control(language, [800.0, 600.0], summary);
        // The table keeps the row in sight under its title line; the explanation is under
        // it, down to its first value line, all above the panel at the bottom (whose first
        // button, Replay slowly, sits inside its 8-point margin).
        assert!(
            row.min.y >= under_the_title_line(&harness, copy_all),
            "{language}: {row:?}"
        );
        assert!(
            row.max.y <= summary_rect.min.y,
            "{language}: {row:?} {summary_rect:?}"
        );
        let bottom = harness.get_by_label(replay).rect().min.y - 8.0;
        assert!(
            value.max.y <= bottom,
            "{language}: {value:?} above {bottom}"
        );
        for rect in [row, summary_rect, value] {
            assert!(rect.max.x <= 800.0, "{language}: {rect:?}");
        }
    }
}

#[test]
fn the_explanation_closes_with_its_button() {
    let summary = "Rules for keeping and reusing this message";
    let (mut harness, _) = explain_cache_control("en", [1200.0, 800.0], summary);
    harness.get_by_label("Close explanation").click();
    harness.step();
    harness.step();
    assert!(!shows(&harness, summary));
    assert!(harness.query_by_label("Close explanation").is_none());
}

#[test]
fn a_custom_x_header_is_explained_with_its_name() {
    let mut harness = window_showing("en", "HTTP/1.1 200 OK");
    harness.get_by_label("X-Lesson-Tag").click();
    harness.step();
    settle_until(&mut harness, "custom field");
    assert!(shows(&harness, "\"X-Lesson-Tag\""));
    assert!(shows(&harness, "Standard: RFC 6648, 3"));
}

#[test]
fn hovering_a_row_shows_its_summary_and_the_status_badge_its_meaning() {
    let mut harness = window_showing("ko", "HTTP/1.1 404 Not Found");
    harness.get_by_label("Content-Type").hover();
    harness.step();
    settle_until(&mut harness, "어떤 종류의 데이터인지");
    harness.get_by_label("404 Not Found").hover();
    harness.step();
    settle_until(&mut harness, "이 경로에는 아무것도 없습니다");
    assert!(shows(&harness, "표준: RFC 9110, 15.5.5"));
}

#[test]
fn a_clicked_content_length_is_checked_against_the_body_that_arrived() {
    let mut harness = window_showing("en", "HTTP/1.1 200 OK");
    harness.get_by_label("Content-Length").click();
    harness.step();
    settle_until(&mut harness, "The body that arrived matches it: 5 bytes.");
    assert!(shows(&harness, "The body is 5 B."));
}

#[test]
fn an_error_says_what_happened_underneath_in_the_learners_language() {
    let mut harness = window_with("ko", b"SSH-2.0-OpenSSH_9.6\r\n".to_vec());
    settle_until(&mut harness, "그 아래에서 일어난 일:");
    assert!(shows(&harness, "다른 서비스(메일, SSH, 데이터베이스)"));
    assert!(shows(&harness, "표준: RFC 9112, 4"));
}

#[test]
fn a_server_that_is_not_http_is_named_from_its_greeting() {
    let server = common::Server::reply("SSH-2.0-OpenSSH_9.6\r\n");
    let mut harness = window::window_in(&window::state_folder("explain-greeting"));
    window::fetch(&mut harness, &server.url("/"));
    window::wait_until(&mut harness, "the greeting named", |h| {
        shows(h, "answered like SSH")
    });
    assert!(shows(&harness, "secure remote login"));
}

#[test]
fn the_what_happened_tab_tells_the_real_fetch_with_its_port_and_bytes() {
    let address = common::serve_every(|_| {
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello".to_vec()
    });
    let dir = window::state_folder("story-tab");
    let mut harness = window::window_in(&dir);
    window::fetch(&mut harness, &format!("http://{address}/story"));
    window::wait_until(&mut harness, "the response", |h| shows(h, "200 OK"));
    window::click_tab(&mut harness, "What happened");
    let connected = format!("2. Connected to 127.0.0.1 on port {}", address.port());
    settle_until(&mut harness, &connected);
    assert!(shows(
        &harness,
        "The server said 200 OK and sent 5 bytes of text/plain"
    ));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_port_typed_in_the_url_names_its_service_beside_the_bar() {
    let dir = window::state_folder("port-hint");
    let mut harness = window::window_in(&dir);
    assert!(!shows(&harness, "usually SMTP"));
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "URL")
        .type_text("http://127.0.0.1:25/");
    harness.step();
    settle_until(&mut harness, "Port 25: usually SMTP, not HTTP.");
    let _ = std::fs::remove_dir_all(dir);
}
