//! The request editor: what the learner arranges is what the server receives, checked on the
//! server's side. Raw text goes out byte for byte, a switched-off default header is not sent, a
//! bad header is flagged on its row and nothing is sent, and "Edit & send" from History sends
//! the same request again.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use wirepeek::WirepeekApp;

use window::{click_tab, fetch, shows, state_folder, wait_until, window_in};

/// Every request a loopback server received, exactly as it arrived.
type Received = Arc<Mutex<Vec<Vec<u8>>>>;

/// A server on 127.0.0.1 that keeps every request and answers each with a short text body.
fn recording_server() -> (SocketAddr, Received) {
    let received: Received = Arc::default();
    let kept = Arc::clone(&received);
    let address = common::serve_every(move |request| {
        kept.lock().unwrap().push(request.to_vec());
        b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nBut soft what light\n".to_vec()
    });
    (address, received)
}

fn requests(received: &Received) -> Vec<Vec<u8>> {
    received.lock().unwrap().clone()
}

/// Unfold the request editor (its line starts with "Request to send").
fn open_editor(harness: &mut Harness<'static, WirepeekApp>) {
    harness.get_by_label_contains("Request to send").click();
    harness.step();
    harness.step();
}

/// Put `text` into the field named `label` in place of what it holds.
fn type_into(harness: &mut Harness<'static, WirepeekApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.step();
}

/// Type `url` into the URL bar without fetching.
fn type_url(harness: &mut Harness<'static, WirepeekApp>, url: &str) {
    type_into(harness, Role::TextInput, "URL", url);
}

fn wait_for_body(harness: &mut Harness<'static, WirepeekApp>) {
    wait_until(harness, "the body", |h| shows(h, "But soft what light"));
}

#[test]
fn the_raw_editor_sends_exactly_the_typed_bytes_with_enter_as_cr_lf() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-raw"));
    type_url(&mut harness, &format!("http://{address}/"));
    open_editor(&mut harness);
    harness.get_by_label("Raw text").click();
    harness.step();
    // The textbook's request, as typed: an absolute URL, HTTP/1.0, no Host, an empty line.
    let line = format!("GET http://{address}/romeo.txt HTTP/1.0");
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Request text")
        .focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Request text")
        .type_text(&line);
    harness.step();
    harness.key_press(egui::Key::Enter);
    harness.key_press(egui::Key::Enter);
    harness.step();
    // The typed request line says the method and version: the pickers step aside.
    assert!(
        harness
            .get_by_label("Method")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        harness
            .get_by_label("HTTP version")
            .accesskit_node()
            .is_disabled()
    );
    // Before sending, the missing Host is a note, not a refusal.
    assert!(shows(&harness, "has no Host header"));
    assert_eq!(
        harness.state().saved().draft.raw_text,
        format!("{line}\r\n\r\n")
    );
    harness.get_by_label("Fetch").click();
    wait_for_body(&mut harness);
    assert_eq!(
        requests(&received),
        [format!("{line}\r\n\r\n").into_bytes()]
    );
    let exchange = harness.state().shown_chain().last().expect("an exchange");
    assert_eq!(
        exchange.request_bytes,
        format!("{line}\r\n\r\n").into_bytes()
    );
}

#[test]
fn a_pasted_bare_lf_is_kept_and_noted() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-paste"));
    type_url(&mut harness, &format!("http://{address}/"));
    open_editor(&mut harness);
    harness.get_by_label("Raw text").click();
    harness.step();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Request text")
        .focus();
    harness.step();
    let pasted = "GET /pasted HTTP/1.0\nHost: x\n\n";
    harness.event(egui::Event::Paste(pasted.into()));
    harness.step();
    harness.step();
    assert!(shows(&harness, "end with LF alone"));
    harness.get_by_label("Fetch").click();
    wait_for_body(&mut harness);
    assert_eq!(requests(&received), [pasted.as_bytes().to_vec()]);
}

#[test]
fn a_switched_off_default_header_is_not_sent() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-off"));
    type_url(&mut harness, &format!("http://{address}/off"));
    open_editor(&mut harness);
    // Row 2 is User-Agent.
    harness
        .get_by_role_and_label(Role::CheckBox, "Send header 2")
        .click();
    harness.step();
    harness.get_by_label("Fetch").click();
    wait_for_body(&mut harness);
    let sent = String::from_utf8(requests(&received).remove(0)).unwrap();
    assert!(sent.starts_with("GET /off HTTP/1.1\r\nHost: "), "{sent}");
    assert!(!sent.to_ascii_lowercase().contains("user-agent"), "{sent}");
    assert!(sent.contains("\r\nAccept: */*\r\n"), "{sent}");
}

#[test]
fn an_invalid_header_name_is_flagged_on_its_row_and_nothing_is_sent() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-bad"));
    type_url(&mut harness, &format!("http://{address}/bad"));
    open_editor(&mut harness);
    harness.get_by_label("Add a header").click();
    // The row is added after the table was drawn: it shows in the next frame.
    harness.step();
    harness.step();
    type_into(&mut harness, Role::TextInput, "Name of header 5", "X Bad");
    type_into(&mut harness, Role::TextInput, "Value of header 5", "1");
    harness.step();
    assert!(shows(&harness, "Header 5: "));
    assert!(shows(
        &harness,
        "the header name \"X Bad\" must be one word"
    ));
    // The message is under the table, not in a column: the row's buttons stay beside its
    // fields, inside the window.
    let value = harness.get_by_label("Value of header 5").rect();
    let remove = harness.get_by_label("Remove header 5").rect();
    let window = harness.ctx.content_rect();
    assert!(remove.left() > value.right(), "{value:?} {remove:?}");
    assert!(remove.right() <= window.right(), "{remove:?} in {window:?}");
    assert!(shows(
        &harness,
        "Nothing is sent while a header row is flagged"
    ));
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the refusal", |h| {
        !h.state().is_fetching() && !h.state().shown_chain().is_empty()
    });
    let exchange = harness.state().shown_chain().last().expect("an exchange");
    assert!(exchange.request_bytes.is_empty());
    assert!(exchange.connect_attempts.is_empty());
    assert!(requests(&received).is_empty());
}

#[test]
fn edit_and_send_from_history_sends_the_same_request_again() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-again"));
    type_url(&mut harness, &format!("http://{address}/again"));
    open_editor(&mut harness);
    // Accept (row 3) switched off, Connection (row 4) moved above Host, a header of our own,
    // a body.
    harness
        .get_by_role_and_label(Role::CheckBox, "Send header 3")
        .click();
    harness.step();
    for row in [4, 3, 2] {
        harness
            .get_by_label(&format!("Move header {row} up"))
            .click();
        harness.step();
    }
    harness.get_by_label("Add a header").click();
    // The row is added after the table was drawn: it shows in the next frame.
    harness.step();
    harness.step();
    type_into(
        &mut harness,
        Role::TextInput,
        "Name of header 5",
        "X-Lesson",
    );
    type_into(&mut harness, Role::TextInput, "Value of header 5", "seven");
    type_into(&mut harness, Role::MultilineTextInput, "Body", "name=romeo");
    harness.get_by_label("Fetch").click();
    wait_for_body(&mut harness);
    let first = requests(&received).remove(0);
    let text = String::from_utf8_lossy(&first).into_owned();
    assert!(
        text.starts_with("GET /again HTTP/1.1\r\nConnection: close\r\nHost: "),
        "{text}"
    );
    assert!(text.contains("\r\nX-Lesson: seven\r\n"), "{text}");
    assert!(text.ends_with("\r\n\r\nname=romeo"), "{text}");
    assert!(!text.contains("Accept"), "{text}");

    // The editor goes back to its defaults; History brings the request back.
    harness.get_by_label("Back to the default headers").click();
    harness.step();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Body")
        .focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.step();
    assert_eq!(
        harness.state().saved().draft.request(),
        wirepeek::wire::Request::get(format!("http://{address}/again"))
    );
    click_tab(&mut harness, "History");
    harness.get_by_label("Edit & send").scroll_to_me();
    harness.step();
    harness.get_by_label("Edit & send").click();
    harness.step();
    harness.step();
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the second request", |_| {
        requests(&received).len() == 2
    });
    assert_eq!(requests(&received)[1], first);
}

#[test]
fn fetch_sends_the_plain_request_while_the_editor_is_untouched() {
    let (address, received) = recording_server();
    let mut harness = window_in(&state_folder("editor-plain"));
    fetch(&mut harness, &format!("http://{address}/plain"));
    wait_for_body(&mut harness);
    let sent = String::from_utf8(requests(&received).remove(0)).unwrap();
    assert_eq!(
        sent,
        format!(
            "GET /plain HTTP/1.1\r\nHost: {address}\r\nUser-Agent: {}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
            wirepeek::wire::user_agent()
        )
    );
}
