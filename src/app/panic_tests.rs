//! A panic never closes the window: one in the fetch thread becomes an error on screen (and the
//! next fetch works), one while drawing a body view falls back to the Hex view with a note.
//! (Here, not in `tests/`, because the panics are forced through seams that exist only in tests.)

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::{PANIC_IN_NEXT_FETCH, Startup, WirepeekApp};
use crate::ui::body::{PANIC_IN_VIEW, View};
use crate::ui::fonts;
use crate::wire::{Limits, read_recorded};

fn window() -> Harness<'static, WirepeekApp> {
    Harness::builder()
        .with_size([1200.0, 800.0])
        .with_context_setup(fonts::install)
        .build_eframe(|cc| {
            WirepeekApp::with_storage(
                &cc.egui_ctx,
                None,
                Startup {
                    language: Some("en".into()),
                    ..Startup::default()
                },
            )
        })
}

fn shows(harness: &Harness<'static, WirepeekApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn wait_until(
    harness: &mut Harness<'static, WirepeekApp>,
    what: &str,
    found: impl Fn(&Harness<'static, WirepeekApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        harness.step();
        if found(harness) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "hung: gave up waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A server on 127.0.0.1 answering one request with a short text.
fn serve_once() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut request = [0; 1024];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Length: 18\r\nConnection: close\r\n\r\nafter the panic ok",
            );
        }
    });
    address
}

fn press_fetch(harness: &mut Harness<'static, WirepeekApp>, url: &str) {
    harness.state_mut().saved.draft.url = url.to_owned();
    harness.step();
    harness.get_by_label("Fetch").click();
}

#[test]
fn a_panic_in_the_fetch_thread_is_shown_and_the_next_fetch_works() {
    let mut harness = window();
    harness.step();
    PANIC_IN_NEXT_FETCH.with(|forced| forced.set(true));
    press_fetch(&mut harness, "http://127.0.0.1:9/never-fetched");
    wait_until(&mut harness, "the error", |h| {
        shows(
            h,
            "Something went wrong inside wirepeek: a panic forced by a test",
        )
    });
    assert!(!harness.state().is_fetching());

    let address = serve_once();
    press_fetch(&mut harness, &format!("http://{address}/"));
    wait_until(&mut harness, "the next fetch", |h| {
        shows(h, "after the panic ok")
    });
    assert!(!shows(&harness, "Something went wrong"));
}

#[test]
fn a_panic_while_drawing_a_body_view_falls_back_to_hex_with_a_note() {
    let mut harness = window();
    let recorded =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello wires"
            .to_vec();
    let exchange = read_recorded(recorded, false, &Limits::default());
    let ctx = harness.ctx.clone();
    PANIC_IN_VIEW.with(|view| view.set(Some(View::Text)));
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    harness.step();
    PANIC_IN_VIEW.with(|view| view.set(None));

    assert_eq!(harness.state().body.view, View::Hex);
    assert!(shows(
        &harness,
        "The Text view could not draw this body (a bug in wirepeek), so it is shown in Hex."
    ));
    // The Hex view shows the bytes, and the rest of the window still works.
    assert!(shows(&harness, "68 65 6c 6c 6f"), "hex of \"hello\"");
    assert!(harness.query_by_label("Fetch").is_some());
    harness.get_by_label("Text").click();
    harness.step();
    harness.step();
    assert!(shows(&harness, "hello wires"));
}
