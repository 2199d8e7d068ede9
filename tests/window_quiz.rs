//! Test yourself in the window: after a fetch from a loopback server, the questions are about
//! that fetch; a wrong answer says so and may be tried again, the right one is explained.

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
use window::{click_tab, fetch, shows, state_folder, wait_until, window_in};
use wirepeek::WirepeekApp;

/// The answer button labelled `label`. Answers are selectable buttons: they carry a toggled
/// state, which the status badge with the same words does not.
fn answer_button<'h>(
    harness: &'h Harness<'static, WirepeekApp>,
    label: &'h str,
) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_label(label)
        .find(|node| {
            let node = node.accesskit_node();
            node.role() == Role::Button && node.toggled().is_some()
        })
        .unwrap_or_else(|| panic!("no answer {label:?}"))
}

/// Step until the answer `label` stops moving (scrolling is animated).
fn settle(harness: &mut Harness<'static, WirepeekApp>, label: &str) -> egui::Rect {
    let mut before = answer_button(harness, label).rect();
    loop {
        harness.step();
        let now = answer_button(harness, label).rect();
        if now == before {
            return now;
        }
        before = now;
    }
}

/// Click the answer `label` as a pointer would, once it is on screen and at rest. The bottom
/// panel is short in the harness and its last rows may hang below the window, where
/// `scroll_to_me` believes them visible: the wheel brings them up.
fn answer(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    answer_button(harness, label).scroll_to_me();
    let mut place = settle(harness, label);
    let screen = harness.ctx.content_rect();
    for _ in 0..20 {
        if place.max.y < screen.max.y - 4.0 {
            break;
        }
        harness.event(egui::Event::PointerMoved(egui::pos2(
            place.center().x,
            screen.max.y - 30.0,
        )));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -30.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::default(),
        });
        place = settle(harness, label);
    }
    answer_button(harness, label).click();
    harness.step();
    harness.step();
}

/// Step until `text` shows; fail after a fixed number of frames.
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
fn a_wrong_answer_says_try_again_and_the_right_one_is_explained() {
    let server = common::Server::reply(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n\
         5\r\nhello\r\n0\r\n\r\n",
    );
    let url = server.url("/quiz");
    let mut harness = window_in(&state_folder("quiz"));
    fetch(&mut harness, &url);
    wait_until(&mut harness, "the body", |h| shows(h, "hello"));
    click_tab(&mut harness, "Test yourself");
    settle_until(&mut harness, "Which status did the server send back?");
    assert!(shows(&harness, "0 of 5 answered right."));
    assert!(!shows(&harness, "Not this one"), "no verdict before a pick");

    answer(&mut harness, "404 Not Found");
    settle_until(&mut harness, "Not this one. Try another.");
    assert!(!shows(&harness, "The status line said 200 OK."));

    answer(&mut harness, "200 OK");
    settle_until(&mut harness, "The status line said 200 OK.");
    assert!(shows(&harness, "Right."));
    assert!(
        shows(&harness, "Standard: RFC 9110, 15.3.1"),
        "the status's own entry and standard"
    );
    assert!(shows(&harness, "1 of 5 answered right."));

    // What ended this body: the chunked framing, explained by the header's own entry.
    answer(&mut harness, "Content-Length");
    settle_until(&mut harness, "Not this one. Try another.");
    answer(&mut harness, "Transfer-Encoding: chunked");
    settle_until(&mut harness, "a chunk of size 0 ended it");

    // The port was written in the URL (the test server's own).
    let port = server.port();
    answer(&mut harness, &format!("{port}, written in the URL"));
    settle_until(&mut harness, "The URL wrote the port after the host");

    // The head ends at the empty line, shown with its CR LF.
    answer(&mut harness, "\\r\\n");
    settle_until(&mut harness, "The head ends with an empty line");
    assert!(shows(&harness, "4 of 5 answered right."));
}

#[test]
fn the_tab_waits_for_a_fetch_and_speaks_korean() {
    let mut harness = window::window_from(
        wirepeek::Startup {
            language: Some("ko".into()),
            view: Some(wirepeek::app::StartView::Tab(
                wirepeek::ui::tabs::Tab::named("quiz").expect("--view quiz"),
            )),
            ..wirepeek::Startup::default()
        },
        None,
    );
    harness.step();
    settle_until(&mut harness, "확인 문제를 풀어 보세요");
    let exchange = wirepeek::wire::read_recorded(
        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_vec(),
        false,
        &wirepeek::wire::Limits::default(),
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    settle_until(&mut harness, "서버가 돌려준 상태 코드는 무엇일까요?");
    answer(&mut harness, "404 Not Found");
    settle_until(&mut harness, "맞았습니다.");
    assert!(shows(
        &harness,
        "상태 줄에 적힌 코드는 404 Not Found입니다."
    ));
}
