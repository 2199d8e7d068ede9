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

/// The label of the Wire tab's row "Line N: text" whose text is `line`, when it is drawn.
fn row_label(harness: &Harness<'static, WirepeekApp>, line: &str) -> Option<(usize, String)> {
    let suffix = format!(": {line}");
    let label = harness
        .query_all_by_label_contains(&suffix)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with("Line ") && label.ends_with(&suffix))?;
    let number = label["Line ".len()..label.len() - suffix.len()]
        .parse()
        .unwrap_or_else(|e| panic!("{label:?}: {e}"));
    Some((number, label))
}

/// The label of row `number`, when it is drawn.
fn row_numbered(harness: &Harness<'static, WirepeekApp>, number: usize) -> Option<String> {
    let prefix = format!("Line {number}: ");
    harness
        .query_all_by_label_contains(&prefix)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with(&prefix))
}

/// The Wire tab's row (a button while a question is answered there) right after the row whose
/// text is `line`. The rows are a short list in the harness: the wheel over them brings the two
/// into view, one row at a time.
fn row_after(harness: &mut Harness<'static, WirepeekApp>, line: &str) -> String {
    for _ in 0..30 {
        if let Some((number, _)) = row_label(harness, line)
            && let Some(next) = row_numbered(harness, number + 1)
        {
            return next;
        }
        let over = harness
            .query_all_by_label_contains("Line ")
            .find(|node| {
                node.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with("Line "))
            })
            .map(|node| node.rect().center())
            .expect("some row is drawn");
        harness.event(egui::Event::PointerMoved(over));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -20.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::default(),
        });
        harness.step();
        harness.step();
    }
    panic!("no row after {line:?}");
}

/// Click the Wire tab's row labelled `label` as a pointer would.
fn click_row(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.step();
    harness.step();
}

/// Fetch `reply` from a loopback server and open "Test yourself".
fn quiz_on(reply: &'static str, name: &str) -> Harness<'static, WirepeekApp> {
    let server = common::Server::reply(reply);
    let mut harness = window_in(&state_folder(name));
    fetch(&mut harness, &server.url("/head"));
    wait_until(&mut harness, "the body", |h| shows(h, "hello"));
    click_tab(&mut harness, "Test yourself");
    settle_until(&mut harness, "Which line ends the response head?");
    harness
}

/// Press "Answer in the Wire tab" (the way a keyboard or a screen reader does: the button
/// may be below the short bottom panel) and wait for the Wire tab's question.
fn answer_in_wire(harness: &mut Harness<'static, WirepeekApp>) {
    harness
        .get_by_role_and_label(Role::Button, "Answer in the Wire tab")
        .click_accesskit();
    settle_until(
        harness,
        "Test yourself: click the line where the response head ends.",
    );
}

#[test]
fn a_click_on_the_empty_line_after_the_head_in_the_wire_tab_answers_right() {
    let mut harness = quiz_on(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
        "quiz-wire-right",
    );
    answer_in_wire(&mut harness);
    assert!(
        !shows(&harness, "header line"),
        "while asking, the margin does not name the parts"
    );
    let end = row_after(&mut harness, "Content-Length: 5\\r\\n");
    assert!(end.ends_with(": \\r\\n"), "{end}");
    click_row(&mut harness, &end);
    settle_until(
        &mut harness,
        "Right: that empty line ends the response head.",
    );
    assert!(shows(&harness, "The head ends with an empty line"));
    assert!(
        shows(&harness, "header line"),
        "answered: the margin names the parts again"
    );

    // Back in the questions, the same answer counts, with the same explanation.
    harness.get_by_label("Back to the questions").click();
    settle_until(&mut harness, "Which status did the server send back?");
    assert!(shows(&harness, "1 of 5 answered right."));
    assert!(shows(&harness, "The head ends with an empty line"));
    assert!(!shows(&harness, "Test yourself: click the line"));
}

#[test]
fn a_wrong_line_in_the_wire_tab_says_where_to_look_and_may_be_tried_again() {
    let mut harness = quiz_on(
        "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n\
         HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
        "quiz-wire-wrong",
    );
    answer_in_wire(&mut harness);

    // The empty line of the interim 103 is not the end of the response head.
    let interim_end = row_after(&mut harness, "Link: </a.css>\\r\\n");
    click_row(&mut harness, &interim_end);
    settle_until(
        &mut harness,
        "That empty line ends an interim (1xx) response.",
    );
    assert!(shows(&harness, "Try another line."));

    // Nor is a header line.
    let header = row_after(&mut harness, "HTTP/1.1 200 OK\\r\\n");
    assert!(
        header.ends_with(": Content-Type: text/plain\\r\\n"),
        "{header}"
    );
    click_row(&mut harness, &header);
    settle_until(&mut harness, "That line is still part of the head");
    assert!(!shows(&harness, "Right: that empty line"));

    // The quiz says so too, until the right line is clicked.
    harness.get_by_label("Stop answering").click();
    harness.step();
    click_tab(&mut harness, "Test yourself");
    settle_until(
        &mut harness,
        "In the Wire tab: That line is still part of the head",
    );
    assert!(shows(&harness, "0 of 5 answered right."));

    // This time with the keyboard: the rows take the focus, and Enter picks one.
    answer_in_wire(&mut harness);
    let end = row_after(&mut harness, "Content-Length: 5\\r\\n");
    harness.get_by_role_and_label(Role::Button, &end).focus();
    harness.step();
    harness.key_press(egui::Key::Enter);
    harness.step();
    settle_until(
        &mut harness,
        "Right: that empty line ends the response head.",
    );
    harness.get_by_label("Back to the questions").click();
    settle_until(&mut harness, "1 of 5 answered right.");
    assert!(!shows(&harness, "In the Wire tab:"));
}
