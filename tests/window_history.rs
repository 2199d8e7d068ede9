//! History reopens: a click on a recent entry brings its whole exchange back on screen; an entry
//! whose exchange is no longer kept (from before a restart) says so and fetches again.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use egui_kittest::kittest::Queryable;
use wirepeek::Saved;
use wirepeek::app::state_file;
use wirepeek::ui::tabs::history::HistoryEntry;
use wirepeek::wire::Request;

use egui_kittest::Harness;
use window::{click_tab, fetch, shows, state_folder, wait_until, window_in};
use wirepeek::WirepeekApp;

/// Scroll to `label` in the History list (the bottom panel is short) and click it.
fn click_in_history(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.step();
    harness.step();
    harness.get_by_label(label).click();
}

/// A server answering each path with a body naming it.
fn serve_named_bodies() -> std::net::SocketAddr {
    common::serve_every(|request| {
        let text = String::from_utf8_lossy(request);
        let path = text.split(' ').nth(1).unwrap_or("/").to_owned();
        let status = if path == "/missing" {
            "404 Not Found"
        } else {
            "200 OK"
        };
        let body = format!("the body of {path}\n");
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nX-Path: {path}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    })
}

#[test]
fn clicking_a_history_entry_reopens_its_whole_exchange() {
    let address = serve_named_bodies();
    let first = format!("http://{address}/first");
    let second = format!("http://{address}/missing");
    let mut harness = window_in(&state_folder("reopen"));
    fetch(&mut harness, &first);
    wait_until(&mut harness, "the first body", |h| {
        shows(h, "the body of /first")
    });
    fetch(&mut harness, &second);
    wait_until(&mut harness, "the second body", |h| {
        shows(h, "the body of /missing")
    });
    assert!(shows(&harness, "404 Not Found"));

    click_tab(&mut harness, "History");
    harness.step();
    // Both are kept: no "Fetch again" on either.
    assert!(harness.query_by_label("Fetch again").is_none());
    click_in_history(&mut harness, &format!("GET {first}"));
    harness.step();
    harness.step();
    // The first exchange is back: body, status, headers; the second one's are gone.
    assert!(shows(&harness, "the body of /first"));
    assert!(!shows(&harness, "the body of /missing"));
    assert!(shows(&harness, "200 OK"));
    assert!(!shows(&harness, "404 Not Found"));
    assert!(
        harness.query_by_label("/first").is_some(),
        "the X-Path header"
    );
    assert_eq!(harness.state().saved().draft.url, first);
    // And no new fetch was made for it.
    assert_eq!(harness.state().saved().history.len(), 2);
    // The other tabs show it too.
    click_tab(&mut harness, "Wire");
    harness.step();
    assert!(shows(&harness, "GET /first HTTP/1.1"));
}

#[test]
fn an_entry_from_before_a_restart_offers_to_fetch_again() {
    let address = serve_named_bodies();
    let url = format!("http://{address}/earlier");
    let dir = state_folder("fetch-again");
    let mut saved = Saved::default();
    let mut request = Request::get(&url);
    request.headers.push(("X-From".into(), "history".into()));
    saved.history.push(HistoryEntry {
        id: 7,
        unix_seconds: 1_700_000_000,
        method: "GET".into(),
        url: url.clone(),
        status: Some(200),
        request: Some(request),
        ..HistoryEntry::default()
    });
    state_file::save(&dir, &saved).unwrap();

    let mut harness = window_in(&dir);
    click_tab(&mut harness, "History");
    harness.step();
    assert!(shows(&harness, "only the request was kept"));
    assert!(shows(&harness, "up to 256 MiB in all"));
    // Opening it loads the request but has no exchange to show.
    click_in_history(&mut harness, &format!("GET {url}"));
    harness.step();
    harness.step();
    assert_eq!(harness.state().saved().draft.url, url);
    assert!(!shows(&harness, "the body of /earlier"));

    click_in_history(&mut harness, "Fetch again");
    wait_until(&mut harness, "the body fetched again", |h| {
        shows(h, "the body of /earlier")
    });
    // Sent exactly as recorded, with its own header.
    click_tab(&mut harness, "Wire");
    harness.step();
    assert!(shows(&harness, "X-From: history"));
    // The new fetch is the newest entry, kept whole.
    assert_eq!(harness.state().saved().history.len(), 2);
    click_tab(&mut harness, "History");
    harness.step();
    assert_eq!(harness.query_all_by_label("Fetch again").count(), 1);
}
