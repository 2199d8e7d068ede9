//! The window, used as a person would: type a URL of a loopback server, press Fetch, look.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::thread;
use std::time::Duration;

use common::{read_request, serve_every};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use window::{MemoryStorage, click_tab, shows, wait_until};
use wirepeek::ui::fonts;
use wirepeek::{Startup, WirepeekApp};

/// A server on 127.0.0.1 that answers every connection with exactly `response`.
fn serve(response: &'static [u8]) -> SocketAddr {
    serve_every(move |_| response.to_vec())
}

/// A server that accepts, reads the request and never answers.
fn serve_silence() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            read_request(&stream);
            held.push(stream);
        }
    });
    address
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.local_addr().expect("address")
}

const ROMEO: &[u8] = b"HTTP/1.1 200 OK\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
X-Lesson: one\r\n\
X-Lesson: two\r\n\
Content-Length: 97\r\n\
\r\n\
But soft what light through yonder window breaks\n\
It is the east and Juliet is the sun\n\
Arise fair\n";

const KOREAN: &[u8] = "HTTP/1.1 200 OK\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Length: 42\r\n\
\r\n\
안녕하세요, 세계! 똠방각하 뷁\n"
    .as_bytes();

fn window_with(language: &str, storage: Option<MemoryStorage>) -> Harness<'static, WirepeekApp> {
    window::window_from(
        Startup {
            language: Some(language.to_owned()),
            remember: true,
            ..Startup::default()
        },
        storage,
    )
}

fn window(language: &str) -> Harness<'static, WirepeekApp> {
    window_with(language, None)
}

fn type_url(harness: &mut Harness<'static, WirepeekApp>, label: &str, url: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(url);
    harness.step();
}

/// Type `url` into the URL field and press Fetch, with the labels of the window's language.
fn fetch(harness: &mut Harness<'static, WirepeekApp>, url: &str) {
    let (url_label, fetch_label) = match harness.state().language() {
        "ko" => ("주소", "가져오기"),
        _ => ("URL", "Fetch"),
    };
    type_url(harness, url_label, url);
    harness.get_by_label(fetch_label).click();
}

#[test]
fn fetch_shows_status_headers_and_body() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/romeo.txt"));
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));

    assert!(shows(&harness, "text/plain; charset=utf-8"));
    // Header names in wire order and original case, duplicates kept.
    assert!(harness.query_all_by_label("X-Lesson").count() == 2);
    assert!(harness.query_by_label("two").is_some());
    assert!(harness.query_by_label("Content-Length").is_some());
    // Body lines, with line numbers.
    assert!(shows(
        &harness,
        "But soft what light through yonder window breaks"
    ));
    assert!(shows(&harness, "Arise fair"));
    // Line numbers 1..3 (the header table's # column also has 1..5).
    assert!(harness.query_all_by_label("3").count() >= 2);
    // The request as sent is in the bottom tab.
    assert!(shows(&harness, "GET /romeo.txt HTTP/1.1"));
    assert!(!harness.state().is_fetching());
}

#[test]
fn enter_fetches_and_ctrl_f_counts_matches() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    type_url(&mut harness, "URL", &format!("http://{address}/"));
    harness.key_press(egui::Key::Enter);
    wait_until(&mut harness, "the body", |h| shows(h, "Juliet"));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "Find")
        .type_text("the");
    wait_until(&mut harness, "the match count", |h| shows(h, "1 of 2"));
    harness.get_by_label("Next").click();
    wait_until(&mut harness, "the next match", |h| shows(h, "2 of 2"));
}

#[test]
fn connection_refused_shows_the_plain_message_and_what_to_try() {
    let address = closed_port();
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the error", |h| {
        shows(h, "refused the connection")
    });
    assert!(shows(
        &harness,
        &format!("{address} refused the connection.")
    ));
    assert!(shows(&harness, "Nothing is listening on that port"));
    // What got through is still there: the target, and the empty headers note.
    assert!(shows(&harness, "No response headers arrived."));
    assert!(shows(&harness, "Target 127.0.0.1 port"));
    // An IP address is not looked up: no "DNS: 127.0.0.1". Nothing could be received either.
    assert!(!shows(&harness, "DNS:"));
    assert!(!shows(&harness, "Received:"));
    // The request was prepared but never written, and the window says so.
    assert!(shows(&harness, "were prepared but never written"));
    // With no body there is nothing to find.
    assert!(harness.get_by_label("Find").accesskit_node().is_disabled());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.step();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Find")
            .is_none()
    );
}

#[test]
fn an_empty_url_gets_a_gentle_word_not_an_error() {
    let mut harness = window("en");
    harness.get_by_label("Fetch").click();
    harness.step();
    assert!(!harness.state().is_fetching());
    assert!(shows(&harness, "Type an address first"));
    assert!(!shows(&harness, "What to try"));
    // Typing an address makes the word go away.
    type_url(&mut harness, "URL", "http://127.0.0.1:1/");
    harness.step();
    assert!(!shows(&harness, "Type an address first"));
}

#[test]
fn a_url_without_a_scheme_is_offered_http_and_nothing_is_sent_until_taken() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.set_nonblocking(true).expect("non-blocking");
    let address = listener.local_addr().expect("address");
    let mut harness = window("en");
    type_url(&mut harness, "URL", &format!("{address}/romeo.txt"));
    harness.get_by_label("Fetch").click();
    harness.step();
    harness.step();
    assert!(!harness.state().is_fetching(), "nothing is fetched yet");
    assert!(shows(&harness, "This address has no scheme"));
    assert!(
        listener.accept().is_err(),
        "no connection before the offer is taken"
    );
    harness
        .get_by_label(&format!("Fetch http://{address}/romeo.txt"))
        .click();
    harness.step();
    assert!(harness.state().is_fetching(), "taking the offer fetches");
    assert_eq!(
        harness.state().saved().draft.url,
        format!("http://{address}/romeo.txt"),
        "the URL bar shows the scheme now"
    );
    harness.step();
    assert!(!shows(&harness, "This address has no scheme"));
    listener.set_nonblocking(false).expect("blocking");
    let (socket, _) = listener.accept().expect("the fetch connects");
    let request = read_request(&socket);
    assert!(
        String::from_utf8_lossy(&request).starts_with("GET /romeo.txt HTTP/1.1"),
        "{request:?}"
    );
}

#[test]
fn cancel_during_a_silent_server_returns_to_idle() {
    let address = serve_silence();
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/slow"));
    wait_until(&mut harness, "the fetch to wait", |h| {
        shows(h, "Waiting for the response")
    });
    assert!(harness.state().is_fetching());
    harness.get_by_label("Cancel").click();
    wait_until(&mut harness, "the Fetch button again", |h| {
        h.query_by_label("Fetch").is_some()
    });
    // Ended by the press, not by a timeout (the message below says which).
    assert!(!harness.state().is_fetching());
    assert!(shows(
        &harness,
        "Cancelled while waiting for the response head."
    ));
    // The request that was sent is still shown.
    assert!(shows(&harness, "GET /slow HTTP/1.1"));
}

#[test]
fn escape_cancels() {
    let address = serve_silence();
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the fetch to wait", |h| {
        shows(h, "Waiting for the response")
    });
    harness.key_press(egui::Key::Escape);
    wait_until(&mut harness, "idle", |h| !h.state().is_fetching());
    assert!(shows(&harness, "Cancelled while"));
}

#[test]
fn a_korean_body_renders() {
    // The harness panics on any glyph the fonts lack, so this fails without the bundled font.
    let address = serve(KOREAN);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the Korean body", |h| {
        shows(h, "안녕하세요, 세계! 똠방각하 뷁")
    });
}

#[test]
fn the_korean_ui_shows_korean_labels_and_still_fetches() {
    let address = serve(ROMEO);
    let mut harness = window("ko");
    assert!(harness.query_by_label("가져오기").is_some());
    assert!(harness.query_by_label("Fetch").is_none());
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    assert!(harness.query_by_label("헤더").is_some());
    assert!(harness.query_by_label("본문").is_some());
    assert!(shows(&harness, "Juliet"));
}

#[test]
fn engine_errors_are_shown_in_korean() {
    let address = closed_port();
    let mut harness = window("ko");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the error", |h| {
        shows(h, "연결을 거부했습니다")
    });
    assert!(shows(
        &harness,
        &format!("{address}에서 연결을 거부했습니다.")
    ));
    assert!(!shows(&harness, "refused the connection"));
}

#[test]
fn switching_the_language_in_the_window_is_remembered_and_still_fetches() {
    let mut harness = window("en");
    harness.get_by_label("Language").click();
    wait_until(&mut harness, "the language list", |h| {
        h.query_by_label("한국어").is_some()
    });
    harness.get_by_label("한국어").click();
    wait_until(&mut harness, "Korean labels", |h| {
        h.query_by_label("가져오기").is_some()
    });
    assert_eq!(harness.state().language(), "ko");
    assert_eq!(harness.state().saved().language.as_deref(), Some("ko"));
    // And it still fetches, in Korean.
    let address = serve(ROMEO);
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    assert!(harness.query_by_label("헤더").is_some());
    assert!(shows(&harness, "Juliet"));
}

#[test]
fn history_gets_an_entry_and_loads_it_back() {
    let address = serve(ROMEO);
    let first = format!("http://{address}/first");
    let mut harness = window("en");
    fetch(&mut harness, &first);
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    assert_eq!(harness.state().saved().history.len(), 1);
    // The entry keeps the request as it was asked for, so it can be sent again exactly.
    let request = harness.state().saved().history[0].request.clone();
    assert_eq!(
        request.map(|r| (r.method, r.url)),
        Some(("GET".into(), first.clone()))
    );

    type_url(&mut harness, "URL", "http://127.0.0.1:1/other");
    click_tab(&mut harness, "History");
    harness.step();
    harness.get_by_label(&format!("GET {first}")).click();
    harness.step();
    harness.step();
    assert_eq!(harness.state().saved().draft.url, first);
    let field = harness.get_by_role_and_label(Role::TextInput, "URL");
    assert_eq!(field.value().as_deref(), Some(first.as_str()));

    harness.get_by_label("Clear history").click();
    harness.step();
    assert!(harness.state().saved().history.is_empty());
}

#[test]
fn a_corrupt_or_old_state_file_is_ignored() {
    for stored in [
        "((( this is not a state file",
        "(history: 5, draft: \"nope\")",
        "",
    ] {
        let mut storage = MemoryStorage::default();
        storage
            .0
            .insert(eframe::APP_KEY.to_owned(), stored.to_owned());
        let mut harness = window_with("en", Some(storage));
        harness.step();
        assert!(harness.state().saved().history.is_empty(), "{stored:?}");
        assert!(harness.query_by_label("Fetch").is_some(), "{stored:?}");
    }
}

#[test]
fn a_big_body_is_drawn_a_screen_at_a_time_to_its_last_line() {
    let mut harness = window_showing_numbered_lines(300_000);
    let first = harness.get_by_label("line number 1").rect();
    let second = harness.get_by_label("line number 2").rect();
    assert!(
        second.top() >= first.bottom() - 0.5,
        "rows overlap: {first:?} {second:?}"
    );
    assert!(harness.query_by_label("line number 300000").is_none());
    // End jumps to the last rows while the pointer is over the body.
    let body = harness.get_by_label("line number 1").rect().center();
    harness.hover_at(body);
    harness.step();
    harness.key_press(egui::Key::End);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 300000").is_some());
    assert!(harness.query_by_label("300000").is_some());
    assert!(harness.query_by_label("line number 1").is_none());
}

#[test]
fn each_body_view_keeps_its_place_when_switching_back() {
    let mut harness = window_showing_numbered_lines(5_000);
    let body = harness.get_by_label("line number 1").rect().center();
    harness.hover_at(body);
    harness.step();
    harness.key_press(egui::Key::End);
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 5000").is_some());
    // Hex starts at its own top, not at the Text view's place.
    harness.get_by_label("Hex").click();
    harness.step();
    harness.step();
    assert!(shows(&harness, "00000000"));
    assert!(harness.query_by_label("line number 5000").is_none());
    // Back in Text, the last lines are still where the learner left them.
    harness.get_by_label("Text").click();
    harness.step();
    harness.step();
    assert!(harness.query_by_label("line number 5000").is_some());
    assert!(harness.query_by_label("line number 1").is_none());
}

/// A window showing a text body of `count` lines, "line number 1" to "line number {count}".
fn window_showing_numbered_lines(count: usize) -> Harness<'static, WirepeekApp> {
    let mut text = String::new();
    for i in 1..=count {
        text.push_str(&format!("line number {i}\n"));
    }
    let mut harness = window("en");
    let exchange = big_text_exchange(text);
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    // The Wire tab, open first, has the same lines; these tests are about the body.
    harness.get_by_label("History").click();
    harness.step();
    harness
}

fn big_text_exchange(text: String) -> wirepeek::wire::Exchange {
    let mut recorded = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        text.len()
    )
    .into_bytes();
    recorded.extend_from_slice(text.as_bytes());
    wirepeek::wire::read_recorded(recorded, false, &wirepeek::wire::Limits::default())
}

#[test]
fn an_image_opens_in_preview() {
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(4, 3, image::Rgba([200, 30, 30, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encode png");
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\n\r\n",
        png.len()
    );
    let address = serve_every(move |_| [head.as_bytes(), &png].concat());
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/dot.png"));
    wait_until(&mut harness, "the preview", |h| {
        h.query_by_label("The body as an image").is_some()
    });
    harness.get_by_label("Hex").click();
    wait_until(&mut harness, "the hex rows", |h| shows(h, ".PNG...."));
}

#[test]
fn save_body_as_writes_the_decoded_body() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/romeo.txt"));
    wait_until(&mut harness, "the body", |h| shows(h, "Juliet"));
    harness.get_by_label("Save body as…").click();
    wait_until(&mut harness, "the save dialog", |h| {
        h.query_by_role_and_label(Role::TextInput, "File").is_some()
    });
    let path = std::env::temp_dir().join(format!("wirepeek-save-{}.txt", std::process::id()));
    harness
        .get_by_role_and_label(Role::TextInput, "File")
        .focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "File")
        .type_text(&path.display().to_string());
    harness.step();
    harness.get_by_label("Save").click();
    wait_until(&mut harness, "the saved note", |h| shows(h, "Saved "));
    let written = std::fs::read(&path).expect("the file was written");
    let _ = std::fs::remove_file(&path);
    assert!(written.starts_with(b"But soft what light"));
    assert_eq!(written.len(), 97);
}

#[test]
fn ctrl_l_focuses_the_url_field() {
    let mut harness = window("en");
    harness.step();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "URL")
            .is_focused(),
        "the URL field has the focus at start"
    );
    click_tab(&mut harness, "History");
    harness.step();
    harness.key_press(egui::Key::Escape);
    harness.step();
    harness.get_by_label("Follow redirects").click();
    harness.step();
    assert!(
        !harness
            .get_by_role_and_label(Role::TextInput, "URL")
            .is_focused()
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.step();
    harness.step();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "URL")
            .is_focused()
    );
}

#[test]
fn progress_shows_the_phase_and_bytes_while_downloading() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    thread::spawn(move || {
        let Some(Ok(mut stream)) = listener.incoming().next() else {
            return;
        };
        read_request(&stream);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
        // A slow drip: ten bytes every 50 ms, until the client goes away.
        for _ in 0..400 {
            if stream.write_all(b"0123456789").is_err() {
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
    });
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/drip"));
    wait_until(&mut harness, "the downloading phase", |h| {
        shows(h, "Downloading…")
    });
    wait_until(&mut harness, "a received byte count", |h| {
        h.query_all_by_label_contains(" received · ").any(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
                .is_some_and(|l| !l.starts_with("0 B"))
        })
    });
    // Content-Length is known, so the share done is shown too.
    wait_until(&mut harness, "a progress bar", |h| {
        // The spinner is a progress indicator too, but only the bar has a value.
        h.query_all_by_role(Role::ProgressIndicator)
            .any(|n| n.accesskit_node().numeric_value().is_some())
    });
    harness.get_by_label("Cancel").click();
    wait_until(&mut harness, "idle", |h| !h.state().is_fetching());
    assert!(shows(&harness, "Cancelled while reading the body."));
    assert_eq!(
        harness.query_all_by_role(Role::ProgressIndicator).count(),
        0
    );
    // The partial body that arrived is shown.
    assert!(shows(&harness, "0123456789"));
}

/// A server whose first answer is `ROMEO`, and whose second sends an interim `103`, then the
/// head and the first line of a 1000-byte body, and then nothing more until the client leaves.
fn serve_romeo_then_a_stalled_body() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    thread::spawn(move || {
        let mut held = Vec::new();
        for (index, stream) in listener.incoming().enumerate() {
            let Ok(mut stream) = stream else { continue };
            read_request(&stream);
            let reply: &[u8] = if index == 0 {
                ROMEO
            } else {
                b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n\
HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Arrived: early\r\nContent-Length: 1000\r\n\r\n\
the first line of the body\n"
            };
            let _ = stream.write_all(reply);
            held.push(stream);
        }
    });
    address
}

#[test]
fn a_fetch_is_shown_as_it_arrives_and_the_previous_one_is_gone() {
    let address = serve_romeo_then_a_stalled_body();
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/first"));
    wait_until(&mut harness, "the first body", |h| shows(h, "But soft"));

    fetch(&mut harness, &format!("http://{address}/second"));
    harness.step();
    assert!(harness.state().is_fetching());
    assert!(
        !shows(&harness, "But soft"),
        "the previous body stays on screen while a new fetch runs"
    );
    wait_until(
        &mut harness,
        "the head, while the body is still coming",
        |h| shows(h, "early"),
    );
    wait_until(&mut harness, "the first line of the body", |h| {
        shows(h, "the first line of the body")
    });
    assert!(
        harness.state().is_fetching(),
        "the body is not complete yet"
    );
    // The status, the interim response and the request sent are all there already.
    assert!(shows(&harness, "200 OK"));
    assert!(shows(&harness, "Interim response 103 Early Hints"));
    assert!(shows(&harness, "</style.css>; rel=preload"));
    // The Wire tab (open by default) has the request, and names both heads in order.
    assert!(shows(&harness, "GET /second HTTP/1.1"));
    wait_until(&mut harness, "both heads in the Wire tab", |h| {
        shows(h, "103 Early Hints → 200 OK")
    });

    harness.get_by_label("Cancel").click();
    wait_until(&mut harness, "idle", |h| !h.state().is_fetching());
    // Once finished, the interim response is still listed with the final one.
    assert!(shows(&harness, "Interim response 103 Early Hints"));
    assert!(shows(&harness, "the first line of the body"));
}

#[test]
fn the_wire_tab_names_every_part_of_a_chunked_reply() {
    let address = serve(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n\
1a;lesson=one\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n",
    );
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/chunks"));
    wait_until(&mut harness, "the body", |h| {
        shows(h, "abcdefghijklmnopqrstuvwxyz")
    });
    click_tab(&mut harness, "Wire");
    wait_until(&mut harness, "the wire tab", |h| shows(h, "request line"));
    // Page through the rows (only those on screen exist), noting every label seen.
    let mut seen = std::collections::BTreeSet::new();
    let list = harness.get_by_label("request line").rect().center();
    for _ in 0..40 {
        for node in harness.root().children_recursive() {
            if let Some(label) = node
                .accesskit_node()
                .value()
                .or(node.accesskit_node().label())
            {
                seen.insert(label.clone());
            }
        }
        harness.event(egui::Event::PointerMoved(list));
        harness.key_press(egui::Key::ArrowDown);
        harness.step();
    }
    for expected in [
        "GET /chunks HTTP/1.1",
        "request line",
        "HTTP/1.1 200 OK",
        "status line",
        "empty line: end of head",
        "chunk size",
        "1a;lesson=one",
        "chunk data",
        "abcdefghijklmnopqrstuvwxyz",
        "end of chunk",
        "last chunk (size 0)",
    ] {
        assert!(
            seen.contains(expected),
            "{expected:?} not seen in {seen:#?}"
        );
    }
    // Each line end is drawn, in the request and in the response.
    assert!(seen.contains("\\r\\n"));
    // Hex shows the same bytes.
    harness.get_by_label("Show as hex").click();
    // The request comes first: `GET /chunks` in hex.
    wait_until(&mut harness, "hex rows", |h| {
        shows(h, "47 45 54 20 2f 63 68 75")
    });
}

#[test]
fn the_timeline_shows_each_step_and_lists_every_read() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    let (written, wait) = std::sync::mpsc::channel::<()>();
    thread::spawn(move || {
        let Some(Ok(mut stream)) = listener.incoming().next() else {
            return;
        };
        read_request(&stream);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n");
        // Three pieces, each flushed on its own, so the client likely sees several reads (the
        // pauses only make that likely; the test holds however many reads there were).
        for piece in [b"abcd", b"efgh", b"ijkl"] {
            thread::sleep(Duration::from_millis(30));
            let _ = stream.write_all(piece);
            let _ = stream.flush();
        }
        let _ = written.send(());
    });
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/reads"));
    wait_until(&mut harness, "the body", |h| shows(h, "abcdefghijkl"));
    wait.recv().expect("the server wrote everything");
    let reads = harness.state().shown_chain()[0].reads.len();
    assert!(reads >= 1);
    click_tab(&mut harness, "Timeline");
    wait_until(&mut harness, "the timeline", |h| shows(h, "TCP connect"));
    let counted = if reads == 1 {
        "1 read".to_owned()
    } else {
        format!("{reads} reads")
    };
    assert!(shows(&harness, &counted), "{counted}");
    assert!(shows(&harness, "not needed: the host is an IP address"));
    assert!(shows(&harness, "not needed: plain http:// has no TLS"));
    assert!(shows(&harness, "Waiting for the first byte"));
    // The last read's running total is the whole response.
    let received = harness.state().shown_chain()[0].received.len();
    let list = harness.get_by_label("#1     ").rect().center();
    harness.event(egui::Event::PointerMoved(list));
    harness.key_press(egui::Key::End);
    harness.step();
    assert!(shows(&harness, &format!("#{reads:<6}")));
    assert!(shows(&harness, &format!("total {received} B")));
}

#[test]
fn the_charset_picker_reads_a_garbled_page_again_without_fetching() {
    let (euc_kr, _, _) = encoding_rs::EUC_KR.encode("안녕하세요, 세계");
    let mut reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Length: {}\r\n\r\n",
        euc_kr.len()
    )
    .into_bytes();
    reply.extend_from_slice(&euc_kr);
    let reply: &'static [u8] = reply.leak();
    let address = serve(reply);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/garbled"));
    let charset = |h: &Harness<'static, WirepeekApp>| {
        h.query_by_label("Charset")
            .and_then(|n| n.accesskit_node().value())
    };
    wait_until(&mut harness, "the garbled body", |h| {
        charset(h).as_deref() == Some("windows-1252 (declared in Content-Type)")
    });
    assert!(!shows(&harness, "안녕하세요"));
    click_tab(&mut harness, "Charset");
    harness.step();
    harness.get_by_label("EUC-KR").click();
    wait_until(&mut harness, "the body read as EUC-KR", |h| {
        shows(h, "안녕하세요, 세계")
    });
    assert_eq!(charset(&harness).as_deref(), Some("EUC-KR (chosen by you)"));
}

#[test]
fn two_history_entries_compare_side_by_side() {
    // HTTP/1.0 gets a plain answer; HTTP/1.1 one more header.
    let address = serve_every(|request| {
        if request.windows(8).any(|w| w == b"HTTP/1.0") {
            b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi".to_vec()
        } else {
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Keep: yes\r\n\r\nhi".to_vec()
        }
    });
    let mut harness = window("en");
    let url = format!("http://{address}/same");
    fetch(&mut harness, &url);
    wait_until(&mut harness, "the first", |h| {
        shows(h, "hi") && !h.state().is_fetching()
    });
    click_tab(&mut harness, "HTTP version");
    wait_until(&mut harness, "the version list", |h| {
        h.query_by_label("HTTP/1.0").is_some()
    });
    harness.get_by_label("HTTP/1.0").click();
    harness.step();
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the second", |h| {
        !h.state().is_fetching() && h.state().saved().history.len() == 2
    });
    click_tab(&mut harness, "History");
    let boxes: Vec<_> = harness.query_all_by_label("Compare").collect();
    assert_eq!(boxes.len(), 2);
    drop(boxes);
    // The older (HTTP/1.1) entry first, then the newer (HTTP/1.0) one.
    // The History list is taller than the short bottom panel: bring each box into view first.
    let pick = |harness: &mut Harness<'static, WirepeekApp>, nth: usize| {
        harness
            .query_all_by_label("Compare")
            .nth(nth)
            .unwrap()
            .scroll_to_me();
        harness.step();
        harness.step();
        harness
            .query_all_by_label("Compare")
            .nth(nth)
            .unwrap()
            .click();
        harness.step();
        harness.step();
    };
    pick(&mut harness, 1);
    assert!(shows(&harness, "Pick one more"));
    pick(&mut harness, 0);
    wait_until(&mut harness, "the comparison", |h| {
        shows(h, "Two exchanges side by side")
    });
    assert!(shows(&harness, "X-Keep"));
    assert!(shows(
        &harness,
        "Headers: 0 only in the second, 1 only in the first, 0 changed."
    ));
}

#[test]
fn non_ascii_bytes_in_the_head_read_the_same_in_the_strip_the_table_and_the_head_tab() {
    let mut reply = "HTTP/1.1 200 좋아요\r\nX-Name: 값".as_bytes().to_vec();
    reply.extend_from_slice(b"\xff\r\nContent-Length: 2\r\n\r\nok");
    let reply: &'static [u8] = reply.leak();
    let address = serve(reply);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the response", |h| {
        !h.state().is_fetching() && shows(h, "200 좋아요")
    });
    // The strip's badge and the table's status line keep the reason; the value is UTF-8 where
    // it is, the one stray byte escaped, never Latin-1 mojibake.
    assert!(harness.query_all_by_label_contains("200 좋아요").count() >= 2);
    assert!(shows(&harness, "값\\xFF"));
    assert!(!shows(&harness, "ê°"));
    click_tab(&mut harness, "Wire");
    wait_until(&mut harness, "the Wire tab", |h| {
        shows(h, "HTTP/1.1 200 좋아요") && shows(h, "X-Name: 값\\xFF")
    });
}

#[test]
fn long_lines_wrap_at_the_width_of_the_view_when_asked() {
    let body = format!("{}\nthe end\n", "a".repeat(3000));
    let reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let address = serve(reply.into_bytes().leak());
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/long"));
    wait_until(&mut harness, "the body", |h| shows(h, "the end"));
    let longest_row = |h: &Harness<'static, WirepeekApp>| {
        h.root()
            .children_recursive()
            .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
            .filter(|l| !l.is_empty() && l.chars().all(|c| c == 'a'))
            .map(|l| l.len())
            .max()
            .unwrap_or(0)
    };
    // Unwrapped, the line runs on in rows of 2,000 bytes.
    assert_eq!(longest_row(&harness), 2000);
    click_tab(&mut harness, "Wrap long lines");
    harness.step();
    let wrapped = longest_row(&harness);
    assert!(
        (20..300).contains(&wrapped),
        "a wrapped row of {wrapped} characters"
    );
    // The long line now takes many rows; the last line is further down.
    assert!(!shows(&harness, "the end"));
    let body = harness
        .get_by_label("Body, scrolled with PageUp, PageDown, Home and End")
        .rect();
    harness.event(egui::Event::PointerMoved(body.center()));
    harness.key_press(egui::Key::End);
    harness.step();
    assert!(shows(&harness, "the end"));
}

#[test]
fn a_note_about_some_bytes_shows_them_in_the_wire_tab() {
    let address = serve(
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\nX-B: 2\r\nX-C: 3\r\nX-D: 4\r\nContent-Length: 2\r\n\r\nokTHE-EXTRA-BYTES",
    );
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/extra"));
    wait_until(&mut harness, "the note", |h| shows(h, "show these bytes"));
    assert!(!shows(&harness, "THE-EXTRA-BYTES"));
    click_tab(&mut harness, "show these bytes");
    harness.step();
    // The Wire tab is open, scrolled to the bytes the note is about.
    assert!(shows(&harness, "bytes after the body"));
    assert!(shows(&harness, "THE-EXTRA-BYTES"));
}

#[test]
fn view_compare_fetches_over_http_1_0_and_1_1_and_shows_them_side_by_side() {
    use wirepeek::wire::{HttpVersion, Request};
    let address = serve_every(|request| {
        if request.windows(8).any(|w| w == b"HTTP/1.0") {
            b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi".to_vec()
        } else {
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Keep: yes\r\n\r\nhi".to_vec()
        }
    });
    let url = format!("http://{address}/");
    let over = |version| Request {
        version,
        ..Request::get(url.clone())
    };
    let compare = Some((over(HttpVersion::Http10), over(HttpVersion::Http11)));
    let url = url.trim_end_matches('/').to_owned() + "/";
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .with_context_setup(fonts::install)
        .build_eframe(move |cc| {
            WirepeekApp::with_storage(
                &cc.egui_ctx,
                None,
                Startup {
                    language: Some("en".into()),
                    view: Some(wirepeek::StartView::Compare),
                    compare,
                    ..Startup::default()
                },
            )
        });
    wait_until(&mut harness, "the comparison", |h| {
        shows(h, "Two exchanges side by side")
    });
    assert!(shows(&harness, &format!("GET {url} HTTP/1.0")));
    assert!(shows(
        &harness,
        "Headers: 1 only in the second, 0 only in the first, 0 changed."
    ));
}

/// The text the last frame put on the clipboard, if any.
fn copied(harness: &Harness<'static, WirepeekApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn headers_can_be_copied_one_or_all() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the headers", |h| {
        h.query_by_label("two").is_some()
    });

    harness.get_by_label("Copy all").click();
    harness.step();
    let all = copied(&harness).expect("Copy all puts the headers on the clipboard");
    assert_eq!(
        all,
        "Content-Type: text/plain; charset=utf-8\nX-Lesson: one\nX-Lesson: two\nContent-Length: 97\n"
    );

    harness.get_by_label("two").click_secondary();
    wait_until(&mut harness, "the row menu", |h| {
        h.query_by_label("Copy this header").is_some()
    });
    harness.get_by_label("Copy this header").click();
    harness.step();
    assert_eq!(copied(&harness).as_deref(), Some("X-Lesson: two"));
}

#[test]
fn headers_and_body_stack_when_the_window_is_narrow() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the body", |h| shows(h, "Juliet"));
    let (headers, body) = (
        harness.get_by_label("Headers").rect(),
        harness.get_by_label("Body").rect(),
    );
    assert!(body.left() > headers.right(), "side by side when wide");

    harness.set_size(egui::vec2(600.0, 800.0));
    harness.step();
    harness.step();
    let (headers, body) = (
        harness.get_by_label("Headers").rect(),
        harness.get_by_label("Body").rect(),
    );
    assert!(body.top() > headers.bottom(), "stacked when narrow");
    assert!(shows(&harness, "Juliet"));
}

#[test]
fn followed_redirects_are_listed_hop_by_hop() {
    let address = serve_every(|request| {
        if request.starts_with(b"GET /old ") {
            b"HTTP/1.1 302 Found\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n".to_vec()
        } else {
            ROMEO.to_vec()
        }
    });
    let mut harness = window("en");
    type_url(&mut harness, "URL", &format!("http://{address}/old"));
    harness.get_by_label("Follow redirects").click();
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the final body", |h| shows(h, "Juliet"));
    assert!(shows(&harness, "after one redirect"));
    harness.step();
    assert!(shows(
        &harness,
        &format!("2. GET http://{address}/new: 200 OK")
    ));
    // Each step opens in every view: the 302 with its empty body, then back to the final one.
    let first_step = format!("1. GET http://{address}/old: 302 Found → /new");
    click_tab(&mut harness, &first_step);
    harness.step();
    assert!(shows(&harness, "302 Found"));
    assert!(!shows(&harness, "Juliet"));
    assert!(shows(&harness, "Location"));
    click_tab(
        &mut harness,
        &format!("2. GET http://{address}/new: 200 OK"),
    );
    wait_until(&mut harness, "the final body again", |h| shows(h, "Juliet"));
}

#[test]
fn the_method_and_version_pickers_change_the_request() {
    let address = serve(ROMEO);
    let mut harness = window("en");
    type_url(&mut harness, "URL", &format!("http://{address}/romeo.txt"));
    harness
        .get_by_role_and_label(Role::ComboBox, "Method")
        .click();
    wait_until(&mut harness, "the method list", |h| {
        h.query_by_label("HEAD").is_some()
    });
    harness.get_by_label("HEAD").click();
    harness.step();
    harness
        .get_by_role_and_label(Role::ComboBox, "HTTP version")
        .click();
    wait_until(&mut harness, "the version list", |h| {
        h.query_by_label("HTTP/1.0").is_some()
    });
    harness.get_by_label("HTTP/1.0").click();
    harness.step();
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    assert!(shows(&harness, "HEAD /romeo.txt HTTP/1.0"));
}

#[test]
fn https_shows_the_tls_version_and_sizes_on_the_wire_and_decoded() {
    use wirepeek::wire::{Connection, TlsInfo};
    let mut exchange = big_text_exchange("hello\n".repeat(10));
    exchange.tls = Some(TlsInfo {
        server_name: "localhost".into(),
        protocol: Some("TLSv1.3".into()),
        cipher_suite: Some("TLS13_AES_128_GCM_SHA256".into()),
        verification: wirepeek::wire::Verification::Verified,
        ..TlsInfo::default()
    });
    exchange.connection = Some(Connection {
        remote: "127.0.0.1:8443".parse().expect("address"),
        local: None,
    });
    if let Some(body) = &mut exchange.body {
        // As if the server had gzipped it: the wire bytes stay, the decoded copy is larger.
        body.decoded = Some(b"hello\n".repeat(100));
        body.content_encoding = vec!["gzip".into()];
    }
    let mut harness = window("en");
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    assert!(harness.query_by_label("TLSv1.3").is_some());
    assert!(harness.query_by_label("127.0.0.1:8443").is_some());
    assert!(harness.query_by_label("60 B on the wire").is_some());
    assert!(harness.query_by_label("600 B decoded").is_some());
}

#[test]
fn the_connection_tab_takes_the_address_apart_and_shows_the_certificate() {
    use common::tls::{Ending, server_cert, test_ca, tls_server};
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1", "wirepeek.test"], 2020, 2098);
    let (port, _server) = tls_server(
        cert,
        &key,
        &b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret"[..],
        Ending::CloseNotify,
    );
    let request = wirepeek::wire::Request::get(format!("https://127.0.0.1:{port}/a?b=1"));
    let options = wirepeek::wire::FetchOptions {
        extra_ca_pem: Some(ca.pem.as_bytes().to_vec()),
        ..wirepeek::wire::FetchOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .with_context_setup(fonts::install)
        .build_eframe(move |cc| {
            WirepeekApp::with_storage(
                &cc.egui_ctx,
                None,
                Startup {
                    language: Some("en".into()),
                    request: Some(request),
                    options,
                    ..Startup::default()
                },
            )
        });
    wait_until(&mut harness, "the body", |h| shows(h, "secret"));
    click_tab(&mut harness, "Connection");
    wait_until(&mut harness, "the connection tab", |h| {
        shows(h, "Path and query")
    });
    assert!(shows(&harness, "/a?b=1"));
    assert!(shows(&harness, "chosen in the address"));
    assert!(shows(&harness, "not needed: the host is an IP address"));
    assert!(shows(&harness, "connected"));
    assert!(shows(&harness, "TLS 1.3"));
    // The certificate the test's own authority signed: its names, its issuer, its days left.
    assert!(shows(&harness, "127.0.0.1, wirepeek.test"));
    assert!(shows(&harness, "wirepeek test CA"));
    assert!(shows(&harness, "days left"));
}

#[test]
fn settings_are_remembered_and_apply_to_the_next_fetch() {
    // A state file from an earlier run, where the learner shortened the wait for the head.
    let mut saved = wirepeek::Saved::default();
    saved.settings.head_seconds = 0.5;
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &saved);

    let mut harness = window_with("en", Some(storage));
    harness.get_by_label("Settings").click();
    harness.step();
    // Every field is named by its label, for screen readers and for this test.
    assert!(
        harness
            .query_all_by_label("Waiting for the response head")
            .count()
            >= 1
    );
    assert!(shows(&harness, "Extra certificate authority (PEM file)"));

    let address = serve_silence();
    fetch(&mut harness, &format!("http://{address}/slow"));
    wait_until(&mut harness, "the head timeout from the settings", |h| {
        shows(
            h,
            "Gave up after 0.5 s while waiting for the response head.",
        )
    });
}

#[test]
fn the_settings_say_whether_the_ca_file_can_be_read() {
    let folder = std::env::temp_dir().join(format!("wirepeek-ca-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("temp folder");
    let pem = folder.join("ca.pem");
    std::fs::write(
        &pem,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .expect("write the PEM file");

    let mut harness = window("en");
    harness.get_by_label("Settings").click();
    harness.step();
    let field = "Extra certificate authority (PEM file)";
    type_url(&mut harness, field, &pem.display().to_string());
    wait_until(&mut harness, "the certificate count", |h| {
        shows(h, "1 certificate read")
    });
    type_url(
        &mut harness,
        field,
        &folder.join("missing.pem").display().to_string(),
    );
    wait_until(&mut harness, "the read error", |h| {
        shows(h, "Cannot read it")
    });
    assert!(!shows(&harness, "1 certificate read"));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn the_engines_notes_are_shown_with_the_response_in_each_language() {
    let both = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    for (language, note) in [
        (
            "en",
            "Note: The response has both Transfer-Encoding and Content-Length",
        ),
        (
            "ko",
            "참고: 응답에 Transfer-Encoding과 Content-Length가 모두 있습니다",
        ),
    ] {
        let address = serve(both);
        let mut harness = window(language);
        fetch(&mut harness, &format!("http://{address}/both"));
        wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
        assert!(
            harness.query_all_by_label_contains(note).next().is_some(),
            "{language}"
        );
    }
}
