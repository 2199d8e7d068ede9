//! Misbehaving servers, one table, each run twice: through the engine, and through the window
//! (egui_kittest) as a learner would meet it. Every fetch must end, by a limit or by Cancel; the
//! engine must name what happened; the window must show that same message and keep drawing
//! frames while the server misbehaves (the fetch runs on its own thread).
//!
//! Limits are small here (timeouts of a second, bodies of 4 MiB) so the table runs in seconds.
//! The servers themselves are in `common/hostile.rs`, shared with `benches/hostile_frames.rs`,
//! which measures frame times and memory in the window while each one misbehaves.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;
#[path = "common/hostile.rs"]
mod hostile;
#[path = "common/window.rs"]
mod window;

use std::net::SocketAddr;
use std::thread;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use wirepeek::i18n::{self, I18n};
use wirepeek::wire::{
    Cancel, Exchange, FetchOptions, Limits, Progress, Recording, Request, fetch_following,
};
use wirepeek::{Startup, WirepeekApp};

use hostile::{Case, cases, start, url};

/// The limits both the engine and the window use here.
fn limits(endless: bool) -> Limits {
    Limits {
        connect_timeout: Duration::from_secs(2),
        tls_timeout: Duration::from_secs(1),
        head_timeout: Duration::from_secs(1),
        idle_timeout: Duration::from_secs(1),
        total_timeout: endless.then_some(Duration::from_secs(2)),
        max_body_bytes: 4 * 1024 * 1024,
        max_redirects: 3,
        ..Limits::default()
    }
}

fn through_engine(case: &Case, address: SocketAddr) -> Vec<Exchange> {
    let options = FetchOptions {
        follow_redirects: case.follow,
        ..FetchOptions::default()
    };
    fetch_following(
        &Request::get(url(case, address)),
        &options,
        &limits(case.endless),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    )
}

/// The English window with this table's limits.
fn window(case: &Case) -> egui_kittest::Harness<'static, WirepeekApp> {
    let mut harness = window::window_from(
        Startup {
            language: Some("en".into()),
            ..Startup::default()
        },
        None,
    );
    let settings = harness.state_mut().settings_mut();
    settings.head_seconds = 1.0;
    settings.idle_seconds = 1.0;
    settings.tls_seconds = 1.0;
    settings.connect_seconds = 2.0;
    settings.max_body_mib = 4;
    settings.max_redirects = 3;
    if case.follow {
        harness.get_by_label("Follow redirects").click();
        harness.step();
    }
    harness
}

#[test]
fn every_misbehaving_server_ends_with_a_named_outcome_in_the_engine_and_the_window() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} servers", cases.len());
    let english = I18n::new("en").unwrap();
    for case in &cases {
        let name = case.name;
        let (address, _server) = start(case);

        // The engine.
        let chain = through_engine(case, address);
        let last = chain
            .last()
            .unwrap_or_else(|| panic!("{name}: no exchange"));
        let kind = last.error.as_ref().map(wirepeek::wire::FetchError::kind);
        match kind {
            Some(kind) => assert!(
                case.errors.contains(&kind),
                "{name}: ended with {kind} ({:?}), expected one of {:?}",
                last.error,
                case.errors
            ),
            None => assert!(
                case.errors.is_empty(),
                "{name}: no error, expected one of {:?}",
                case.errors
            ),
        }
        let expected_message = last
            .error
            .as_ref()
            .map(|error| i18n::error_message(english, error));

        // The window: the same server again, as a learner meets it.
        let mut harness = window(case);
        window::fetch(&mut harness, &url(case, address));
        let started = Instant::now();
        let mut frames = 0;
        let mut cancelled = false;
        harness.step();
        while harness.state().is_fetching() {
            harness.step();
            frames += 1;
            thread::sleep(Duration::from_millis(10));
            if case.endless && !cancelled && started.elapsed() > Duration::from_millis(600) {
                harness.get_by_label("Cancel").click();
                cancelled = true;
            }
            assert!(
                started.elapsed() < common::HANG_GUARD,
                "{name}: the window's fetch did not end"
            );
        }
        harness.step();
        harness.step();
        // A fetch that ran until Cancel: the window drew frame after frame meanwhile (one
        // blocked on the fetch would draw nothing until it ended, and Cancel could not be
        // pressed). How long frames take is the bench's to measure.
        if cancelled {
            assert!(
                frames >= 10,
                "{name}: only {frames} frames were drawn while fetching"
            );
        }
        let shown = harness.state().shown_chain();
        let window_error = shown.last().and_then(|e| e.error.as_ref());
        match (window_error, &expected_message) {
            (Some(error), _) if cancelled || case.endless => {
                // Ended by Cancel (or its limit): the message says which.
                let message = i18n::error_message(english, error);
                assert!(
                    window::shows(&harness, &message),
                    "{name}: the window does not show {message:?}"
                );
            }
            (Some(error), Some(expected)) => {
                assert_eq!(
                    error.kind(),
                    last.error.as_ref().map_or("", |e| e.kind()),
                    "{name}: the window and the engine disagree"
                );
                assert!(
                    window::shows(&harness, expected),
                    "{name}: the window does not show {expected:?}"
                );
            }
            (None, None) => {
                let code = shown
                    .last()
                    .and_then(|e| e.head.as_ref())
                    .map(|h| h.code.to_string())
                    .unwrap_or_default();
                assert!(
                    harness.query_all_by_label_contains(&code).next().is_some(),
                    "{name}: the window does not show the status {code}"
                );
            }
            (window_error, expected) => panic!(
                "{name}: the window ended with {window_error:?}, the engine with {expected:?}"
            ),
        }
    }
}
