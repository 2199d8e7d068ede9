//! The window through a proxy: the Wire tab shows the CONNECT request and the proxy's answer
//! before the tunnelled exchange, the Timeline names the tunnel, the Connection tab names the
//! proxy, and Settings offers the choice. The proxy is the tests' own, on 127.0.0.1.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use common::proxy::{self, Behaviour};
use common::tls::{Ending, server_cert, test_ca, tls_server};
use egui_kittest::kittest::Queryable;
use window::{click_tab, shows, wait_until, window_from};
use wirepeek::Startup;
use wirepeek::wire::{FetchOptions, Request};

#[test]
fn an_https_fetch_through_a_proxy_shows_the_tunnel_first() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let (port, _server) = tls_server(
        cert,
        &key,
        &b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret"[..],
        Ending::CloseNotify,
    );
    let proxy = proxy::start(Behaviour::Forward);
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            request: Some(Request::get(format!("https://127.0.0.1:{port}/"))),
            options: FetchOptions {
                extra_ca_pem: Some(ca.pem.as_bytes().to_vec()),
                ..FetchOptions::default()
            },
            proxy: Some(proxy.settings()),
            ..Startup::default()
        },
        None,
    );
    wait_until(&mut harness, "the body", |h| shows(h, "secret"));

    click_tab(&mut harness, "Wire");
    wait_until(&mut harness, "the proxy step", |h| {
        shows(h, "CONNECT request (to the proxy)")
    });
    assert!(shows(
        &harness,
        &format!("CONNECT 127.0.0.1:{port} HTTP/1.1")
    ));
    assert!(shows(&harness, "HTTP/1.1 200 Connection established"));

    click_tab(&mut harness, "Timeline");
    wait_until(&mut harness, "the tunnel on the timeline", |h| {
        shows(h, "Proxy tunnel (CONNECT)")
    });

    click_tab(&mut harness, "Connection");
    wait_until(&mut harness, "the proxy named", |h| {
        shows(h, "from --proxy")
    });
    assert!(shows(&harness, &format!("http://{}", proxy.addr)));
}

#[test]
fn a_proxy_port_where_mail_runs_is_named_as_the_proxy_not_the_server() {
    let addr = common::mail_port();
    let proxy = wirepeek::wire::ProxySettings::through(
        wirepeek::wire::ProxyAddress::parse(
            &format!("http://{addr}"),
            wirepeek::wire::ProxyOrigin::Settings,
        )
        .expect("address"),
    );
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            request: Some(Request::get("http://127.0.0.1:9/")),
            proxy: Some(proxy),
            ..Startup::default()
        },
        None,
    );
    wait_until(&mut harness, "the error", |h| {
        shows(
            h,
            &format!("The proxy http://{addr} did not answer in HTTP"),
        )
    });
    assert!(
        shows(&harness, "answered like SMTP"),
        "named from its greeting"
    );
    assert!(!shows(&harness, "The server did not answer in HTTP"));
}

#[test]
fn settings_offer_the_proxy_choice_and_the_system_store() {
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            ..Startup::default()
        },
        None,
    );
    click_tab(&mut harness, "Settings");
    wait_until(&mut harness, "the proxy choice", |h| {
        shows(h, "No proxy: connect directly")
    });
    assert!(shows(&harness, "This proxy:"));
    assert!(harness.query_by_label("Proxy address").is_some());
    assert!(shows(
        &harness,
        "Also trust this computer's certificate store (beside the bundled Mozilla roots)"
    ));
}
