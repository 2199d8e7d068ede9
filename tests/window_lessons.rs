//! The Lessons button: it starts the practice server inside the window, lists the lessons, a
//! click fetches one, another loads a lesson's next request into the editor, and the server
//! stops when the window goes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::net::TcpStream;

use egui_kittest::kittest::Queryable;
use window::{shows, state_folder, wait_until, wait_until_still, window_in};
use wirepeek::wire::{FetchError, TlsProblem};

#[test]
fn the_lessons_button_starts_the_server_and_a_click_fetches_a_lesson() {
    let mut harness = window_in(&state_folder("lessons"));
    harness.get_by_label("Lessons").click();
    harness.step();
    harness.step();
    assert!(shows(&harness, "The textbook's romeo.txt"));
    assert!(shows(&harness, "Find the blank line where the head ends"));
    harness
        .get_by_label("Fetch the lesson: The textbook's romeo.txt")
        .click();
    wait_until(&mut harness, "the lesson fetched", |h| {
        h.state()
            .shown_chain()
            .last()
            .is_some_and(|exchange| exchange.status_code() == Some(200))
    });
    let url = harness.state().saved().draft.url.clone();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/romeo.txt"),
        "{url}"
    );
    let exchange = harness.state().shown_chain().last().unwrap().clone();
    assert!(
        exchange
            .body_text()
            .unwrap()
            .starts_with("But soft what light")
    );

    // The cookie lesson's next request goes to the editor, with its Cookie header, unsent.
    let next = "Load the next request of the lesson: Cookies";
    harness.get_by_label(next).scroll_to_me();
    // Click once the scrolled list stands still, so the click lands on the button.
    wait_until_still(&mut harness, next);
    // Hover first: the tooltip of the Fetch button clicked before still stands where the
    // pointer was, and a press in the same frame as the move would land on it.
    harness.get_by_label(next).hover();
    harness.step();
    harness.step();
    harness.get_by_label(next).click();
    harness.step();
    let draft = harness.state().saved().draft.clone();
    assert!(draft.url.ends_with("/cookie/show"), "{}", draft.url);
    assert!(
        draft
            .headers
            .iter()
            .any(|row| row.on && row.name == "Cookie" && row.value == "flavour=chocolate-chip"),
        "{:?}",
        draft.headers
    );

    // Closing the window stops the server.
    let address = url
        .trim_start_matches("http://")
        .trim_end_matches("/romeo.txt")
        .to_owned();
    assert!(TcpStream::connect(&address).is_ok());
    drop(harness);
    assert!(
        TcpStream::connect(&address).is_err(),
        "still listening on {address}"
    );
}

/// The widget labelled `label` in the Lessons window (on the right; the same words may also
/// show under an error on the left).
fn in_lessons<'h>(
    harness: &'h egui_kittest::Harness<'static, wirepeek::WirepeekApp>,
    label: &'h str,
) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_label(label)
        .max_by(|a, b| a.rect().min.x.total_cmp(&b.rect().min.x))
        .unwrap_or_else(|| panic!("no {label:?}"))
}

/// Click `label` in the Lessons window once it has been scrolled into view and stands still.
fn click_in_lessons(
    harness: &mut egui_kittest::Harness<'static, wirepeek::WirepeekApp>,
    label: &str,
) {
    in_lessons(harness, label).scroll_to_me();
    let mut place = in_lessons(harness, label).rect();
    loop {
        harness.step();
        let now = in_lessons(harness, label).rect();
        if now == place {
            break;
        }
        place = now;
    }
    in_lessons(harness, label).hover();
    harness.step();
    harness.step();
    in_lessons(harness, label).click();
    harness.step();
}

#[test]
fn one_click_saves_the_https_lessons_authority_and_the_next_fetch_trusts_it() {
    let folder = state_folder("lessons-ca");
    let mut harness = window_in(&folder);
    harness.get_by_label("Lessons").click();
    harness.step();
    harness.step();
    let https = "Fetch the lesson: https with the server's own certificate authority";
    click_in_lessons(&mut harness, https);
    wait_until(&mut harness, "the unknown issuer", |h| {
        !h.state().is_fetching() && !h.state().shown_chain().is_empty()
    });
    let failed = harness.state().shown_chain().last().unwrap().clone();
    assert!(
        matches!(
            failed.error,
            Some(FetchError::Tls(TlsProblem::UnknownIssuer))
        ),
        "{:?}",
        failed.error
    );
    // The hint names the Setting a school network needs, not only a file to hunt for.
    assert!(shows(
        &harness,
        "tick \"Also trust this computer's certificate store"
    ));
    let trust = "Save the lesson's certificate authority and trust it";
    assert_eq!(
        harness.query_all_by_label(trust).count(),
        2,
        "offered in the Lessons window and under the error"
    );
    assert_eq!(harness.state().saved().settings.ca_file, "");

    // The button in the Lessons window.
    click_in_lessons(&mut harness, trust);
    harness.step();
    let saved = folder.join("practice-ca.pem");
    assert_eq!(
        harness.state().saved().settings.ca_file,
        saved.display().to_string()
    );
    let pem = std::fs::read_to_string(&saved).expect("the file is there");
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");
    assert!(shows(&harness, "Saved the certificate authority to"));
    assert!(shows(
        &harness,
        "To undo, clear \"Extra certificate authority\" in Settings."
    ));

    // Fetched again, the lesson's certificate is trusted.
    click_in_lessons(&mut harness, https);
    wait_until(&mut harness, "the lesson over https", |h| {
        !h.state().is_fetching()
            && h.state()
                .shown_chain()
                .last()
                .is_some_and(|e| e.status_code() == Some(200))
    });
    let exchange = harness.state().shown_chain().last().unwrap().clone();
    assert!(exchange.error.is_none(), "{:?}", exchange.error);
    assert!(
        exchange
            .body_text()
            .unwrap()
            .starts_with("But soft what light")
    );
}

#[test]
fn the_unknown_issuer_error_of_the_lesson_offers_the_same_click() {
    let folder = state_folder("lessons-ca-error");
    let mut harness = window_in(&folder);
    harness.get_by_label("Lessons").click();
    harness.step();
    harness.step();
    let https = "Fetch the lesson: https with the server's own certificate authority";
    click_in_lessons(&mut harness, https);
    wait_until(&mut harness, "the unknown issuer", |h| {
        !h.state().is_fetching() && !h.state().shown_chain().is_empty()
    });
    // Close the Lessons window: only the offer under the error is left.
    harness.get_by_label("Close window").click();
    harness.step();
    harness.step();
    let trust = "Save the lesson's certificate authority and trust it";
    harness.get_by_label(trust).click();
    harness.step();
    harness.step();
    assert!(shows(&harness, "Saved the certificate authority to"));
    let saved = folder.join("practice-ca.pem");
    assert_eq!(
        harness.state().saved().settings.ca_file,
        saved.display().to_string()
    );

    // Fetch (the lesson's address is still in the URL bar): trusted now, and the offer goes.
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the lesson over https", |h| {
        !h.state().is_fetching()
            && h.state()
                .shown_chain()
                .last()
                .is_some_and(|e| e.status_code() == Some(200))
    });
    assert!(harness.query_by_label(trust).is_none());
}
