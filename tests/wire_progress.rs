//! Watching a fetch from outside: progress, the read record's cap, the whole-fetch timeout.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::{Server, pause, send};
use wirepeek::wire::{
    Cancel, FetchError, FetchOptions, Limits, Phase, Progress, Recording, Request, Warning, fetch,
};

#[test]
fn progress_ends_done_with_every_byte_counted_and_notifies_the_watcher() {
    let server = Server::reply("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    let notified = Arc::new(AtomicUsize::new(0));
    let progress = {
        let notified = notified.clone();
        Progress::with_notify(move || {
            notified.fetch_add(1, Ordering::SeqCst);
        })
    };
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        &Limits::default(),
        &Cancel::new(),
        &progress,
        &mut Recording::KeepAll,
    );
    assert_eq!(exchange.error, None);
    assert_eq!(progress.phase(), Phase::Done);
    assert_eq!(progress.bytes_received(), exchange.received.len() as u64);
    // One notice per phase change at least: resolving, connecting, sending, waiting, ... done.
    assert!(
        notified.load(Ordering::SeqCst) >= 5,
        "{}",
        notified.load(Ordering::SeqCst)
    );
}

#[test]
fn reads_past_the_cap_are_merged_into_the_last_entry() {
    let mut script = vec![send("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n")];
    for byte in "abcdefgh".bytes() {
        script.push(pause(30));
        script.push(send([byte]));
    }
    let server = Server::start(script);
    let limits = Limits {
        max_read_events: 3,
        ..Limits::default()
    };
    let exchange = common::fetch_with(&Request::get(server.url("/")), &limits);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_text(), Some("abcdefgh"));
    assert_eq!(exchange.reads.len(), 3);
    let total: usize = exchange.reads.iter().map(|r| r.len).sum();
    assert_eq!(total, exchange.received.len());
    assert!(
        common::has_warning(&exchange, |w| matches!(
            w,
            Warning::ReadsMerged { listed: 3 }
        )),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn the_whole_fetch_timeout_names_the_phase_and_keeps_the_partial_body() {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst part"),
        common::Step::Hold,
    ]);
    let limits = Limits {
        total_timeout: Some(Duration::from_millis(400)),
        ..Limits::default()
    };
    let exchange = common::fetch_with(&Request::get(server.url("/")), &limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Downloading,
            limit: Duration::from_millis(400)
        })
    );
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_bytes(), b"first part");
    assert!(exchange.body.as_ref().is_some_and(|b| !b.complete));
}

#[test]
fn a_cancel_pressed_before_the_fetch_starts_sends_nothing() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    listener.set_nonblocking(true).expect("non-blocking");
    let cancel = Cancel::new();
    cancel.cancel();
    let exchange = fetch(
        &Request::get(format!("http://127.0.0.1:{port}/")),
        &FetchOptions::default(),
        &Limits::default(),
        &cancel,
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    assert_eq!(
        exchange.error,
        Some(FetchError::Cancelled {
            phase: Phase::Resolving
        })
    );
    assert!(exchange.connection.is_none());
    assert!(listener.accept().is_err(), "no connection may be opened");
}

#[test]
fn a_head_kept_after_a_framing_error_has_its_time() {
    let server =
        Server::reply("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello");
    let exchange = common::fetch_with(&Request::get(server.url("/")), &Limits::default());
    assert!(
        matches!(exchange.error, Some(FetchError::Malformed(_))),
        "{:?}",
        exchange.error
    );
    assert_eq!(exchange.status_code(), Some(200));
    assert!(exchange.timing.head_complete.is_some());
    assert!(exchange.timing.head_complete >= exchange.timing.first_byte);
}

#[test]
fn the_expected_size_is_known_from_content_length_only() {
    let server = Server::reply("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    let progress = Progress::new();
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        &Limits::default(),
        &Cancel::new(),
        &progress,
        &mut Recording::KeepAll,
    );
    assert_eq!(
        progress.expected_bytes(),
        Some(exchange.received.len() as u64)
    );

    let server = Server::reply(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    );
    let progress = Progress::new();
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        &Limits::default(),
        &Cancel::new(),
        &progress,
        &mut Recording::KeepAll,
    );
    assert_eq!(exchange.body_text(), Some("hello"));
    assert_eq!(progress.expected_bytes(), None);
}
