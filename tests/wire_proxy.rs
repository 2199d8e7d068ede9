//! Fetching through an HTTP proxy: a small proxy on 127.0.0.1 that the test starts
//! (`common::proxy`) forwards to loopback servers, or refuses, or hangs up. Every test names its
//! proxy itself; no test reads the proxy settings of the machine it runs on.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::net::TcpListener;

use common::proxy::{self, Behaviour};
use common::tls::{Ending, server_cert, test_ca, tls_server};
use common::{Server, send};
use wirepeek::wire::{
    Exchange, FetchError, FetchOptions, Phase, ProxyMode, ProxySettings, Request, StepWhen,
};

const HELLO: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";

fn through(proxy: ProxySettings, url: &str, ca_pem: Option<&str>) -> Exchange {
    let options = FetchOptions {
        proxy,
        extra_ca_pem: ca_pem.map(|p| p.as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    common::fetch_with_options(&Request::get(url), &options, &common::limits())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn step_when(exchange: &Exchange, phase: Phase) -> Option<StepWhen> {
    exchange
        .steps()
        .into_iter()
        .find(|s| s.phase == phase)
        .map(|s| s.when)
}

#[test]
fn plain_http_goes_to_the_proxy_in_absolute_form_with_its_host_header() {
    let origin = Server::start(vec![send(HELLO)]);
    let proxy = proxy::start(Behaviour::Forward);
    let url = origin.url("/romeo.txt");
    let exchange = through(proxy.settings(), &url, None);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_text(), Some("hello"));
    let port = origin.port();
    let sent = text(&exchange.request_bytes);
    assert!(
        sent.starts_with(&format!(
            "GET http://127.0.0.1:{port}/romeo.txt HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        )),
        "{sent}"
    );
    assert_eq!(
        text(&proxy.head()),
        sent,
        "the proxy got exactly these bytes"
    );
    assert!(
        origin
            .request_text()
            .starts_with("GET /romeo.txt HTTP/1.1\r\n"),
        "the proxy passed it on in origin form"
    );
    let step = exchange.proxy.as_ref().expect("the proxy step");
    assert_eq!(step.mode, ProxyMode::AbsoluteForm);
    assert!(step.connect_request.is_empty());
    assert_eq!(
        exchange.connection.as_ref().map(|c| c.remote),
        Some(proxy.addr)
    );
    assert_eq!(step_when(&exchange, Phase::ProxyTunnel), None, "no tunnel");
}

#[test]
fn https_goes_through_a_connect_tunnel_and_tls_runs_end_to_end() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let (port, server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let proxy = proxy::start(Behaviour::Forward);
    let url = format!("https://127.0.0.1:{port}/secret");
    let exchange = through(proxy.settings(), &url, Some(&ca.pem));
    server.join().expect("server thread");
    assert_eq!(exchange.error, None, "{:?}", exchange.error);
    assert_eq!(exchange.body_text(), Some("hello"));
    assert!(
        text(&exchange.request_bytes).starts_with("GET /secret HTTP/1.1\r\n"),
        "inside the tunnel the request is in origin form"
    );
    let step = exchange.proxy.as_ref().expect("the proxy step");
    assert_eq!(step.mode, ProxyMode::Tunnel);
    let connect = format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n");
    assert!(text(&step.connect_request).starts_with(&connect));
    assert_eq!(
        proxy.head(),
        step.connect_request,
        "as the proxy received it"
    );
    assert_eq!(step.reply, b"HTTP/1.1 200 Connection established\r\n\r\n");
    assert_eq!(step.reply_code, Some(200));
    let tunnel = exchange.timing.proxy_tunnel.expect("the tunnel's time");
    assert!(exchange.timing.connect.is_some_and(|c| c <= tunnel));
    assert!(exchange.timing.tls.is_some_and(|t| tunnel <= t));
    assert!(matches!(
        step_when(&exchange, Phase::ProxyTunnel),
        Some(StepWhen::Ran(_))
    ));
    let tls = exchange.tls.as_ref().expect("TLS with the server");
    assert_eq!(tls.server_name, "127.0.0.1");
}

fn tunnel_refused_with(answer: &[u8]) -> Exchange {
    let proxy = proxy::start(Behaviour::Answer(answer.to_vec()));
    // Nothing listens on this port; the proxy never connects anyway.
    through(proxy.settings(), "https://127.0.0.1:9/", None)
}

#[test]
fn a_407_answer_to_connect_is_its_own_error_and_the_answer_is_kept() {
    let answer = b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"school\"\r\nContent-Length: 0\r\n\r\n";
    let exchange = tunnel_refused_with(answer);
    assert!(
        matches!(
            &exchange.error,
            Some(FetchError::ProxyAuthenticationRequired { proxy }) if proxy.starts_with("http://127.0.0.1:")
        ),
        "{:?}",
        exchange.error
    );
    let step = exchange.proxy.as_ref().expect("the proxy step");
    assert_eq!(step.reply, answer);
    assert_eq!(step.reply_code, Some(407));
    assert!(exchange.tls.is_none(), "no TLS was tried");
    assert!(matches!(
        step_when(&exchange, Phase::ProxyTunnel),
        Some(StepWhen::Stopped(_))
    ));
}

#[test]
fn another_refusal_of_connect_names_the_status() {
    let exchange = tunnel_refused_with(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    assert!(
        matches!(
            &exchange.error,
            Some(FetchError::ProxyRefusedTunnel { code: 403, reason, .. }) if reason == "Forbidden"
        ),
        "{:?}",
        exchange.error
    );
}

#[test]
fn a_proxy_that_hangs_up_instead_of_answering_closed_the_tunnel() {
    let proxy = proxy::start(Behaviour::Close);
    let exchange = through(proxy.settings(), "https://127.0.0.1:9/", None);
    assert!(
        matches!(exchange.error, Some(FetchError::ProxyClosedTunnel { .. })),
        "{:?}",
        exchange.error
    );
}

#[test]
fn a_proxy_that_hangs_up_right_after_accepting_closed_the_tunnel() {
    let proxy = proxy::start(Behaviour::AcceptThenClose);
    let exchange = through(proxy.settings(), "https://127.0.0.1:9/", None);
    assert!(
        matches!(exchange.error, Some(FetchError::ProxyClosedTunnel { .. })),
        "{:?}",
        exchange.error
    );
    assert_eq!(
        exchange.proxy.as_ref().and_then(|p| p.reply_code),
        Some(200)
    );
    assert!(
        exchange.timing.proxy_tunnel.is_some(),
        "the tunnel was opened"
    );
}

#[test]
fn a_proxy_that_hangs_up_on_plain_http_closed_the_connection_not_the_server() {
    let proxy = proxy::start(Behaviour::Close);
    let exchange = through(proxy.settings(), "http://127.0.0.1:9/", None);
    assert_eq!(
        exchange.error,
        Some(FetchError::ProxyClosed {
            proxy: format!("http://{}", proxy.addr)
        })
    );
    assert!(
        exchange.timing.request_written.is_some(),
        "the request went out"
    );
    assert!(matches!(
        step_when(&exchange, Phase::Waiting),
        Some(StepWhen::Stopped(_))
    ));
}

fn settings_for(text: &str) -> ProxySettings {
    ProxySettings::through(
        wirepeek::wire::ProxyAddress::parse(text, wirepeek::wire::ProxyOrigin::Settings)
            .expect("address"),
    )
}

/// Fetch `url` with the practice server's mail port as the proxy (a learner who typed the wrong
/// port): the error names the proxy and quotes its greeting.
fn through_a_mail_port(url: &str) -> Exchange {
    let proxy = settings_for(&format!("http://{}", common::mail_port()));
    let exchange = through(proxy, url, None);
    assert!(
        matches!(
            &exchange.error,
            Some(FetchError::ProxyNotHttp { first_bytes, .. }) if first_bytes.starts_with("220 ")
        ),
        "{:?}",
        exchange.error
    );
    exchange
}

#[test]
fn a_proxy_port_that_is_not_http_is_the_proxy_not_the_server() {
    through_a_mail_port("http://127.0.0.1:9/");
}

#[test]
fn a_proxy_port_that_is_not_http_is_named_before_a_tunnel() {
    // The mail server greets, then answers CONNECT with its own errors and hangs up: the
    // greeting alone says it is no HTTP proxy.
    let exchange = through_a_mail_port("https://127.0.0.1:9/");
    assert!(exchange.timing.proxy_tunnel.is_none(), "no tunnel opened");
}

#[test]
fn a_proxy_that_hangs_up_during_an_upload_is_named_and_its_answer_kept() {
    // A proxy that refuses the upload itself (413) and hangs up while the body is still being
    // sent: the close is the proxy's, and its answer is read.
    let (addr, server) = common::refuses_upload_and_hangs_up();
    let request = Request {
        method: "POST".into(),
        body: Some(vec![b'a'; 20 * 1024 * 1024]),
        ..Request::get("http://127.0.0.1:9/upload")
    };
    let options = FetchOptions {
        proxy: settings_for(&format!("http://{addr}")),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(&request, &options, &common::limits());
    server.join().expect("server");
    assert_eq!(exchange.status_code(), Some(413), "{:?}", exchange.error);
    assert!(
        exchange
            .warnings
            .contains(&wirepeek::wire::Warning::ProxyClosedWhileSending {
                proxy: format!("http://{addr}")
            }),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn a_proxy_that_is_not_there_refused_the_connection() {
    let free = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = free.local_addr().expect("addr").port();
    drop(free);
    let proxy = ProxySettings::through(
        wirepeek::wire::ProxyAddress::parse(
            &format!("127.0.0.1:{port}"),
            wirepeek::wire::ProxyOrigin::Settings,
        )
        .expect("address"),
    );
    let exchange = through(proxy, "http://127.0.0.1:9/", None);
    assert!(
        matches!(
            &exchange.error,
            Some(FetchError::ProxyRefused { address, .. }) if *address == format!("127.0.0.1:{port}")
        ),
        "{:?}",
        exchange.error
    );
}

#[test]
fn a_proxy_from_the_environment_leaves_loopback_alone() {
    // As if HTTP_PROXY named a proxy (handed in, not set: the process environment is shared by
    // every test thread).
    let proxy = proxy::start(Behaviour::Close);
    let address = format!("http://{}", proxy.addr);
    let settings = ProxySettings::from_variables(|name| {
        (name == "HTTP_PROXY" || name == "HTTPS_PROXY").then(|| address.clone())
    })
    .expect("settings");
    let origin = Server::start(vec![send(HELLO)]);
    let exchange = through(settings, &origin.url("/"), None);
    assert_eq!(exchange.error, None);
    assert!(exchange.proxy.is_none(), "went direct");
    assert_eq!(exchange.body_text(), Some("hello"));
}

#[test]
fn an_unusable_proxy_setting_stops_the_fetch_before_anything_is_sent() {
    let settings = ProxySettings::from_variables(|name| {
        (name == "https_proxy").then(|| "socks5://127.0.0.1:1080".to_owned())
    })
    .unwrap_or_else(ProxySettings::unusable);
    let exchange = through(settings, "https://127.0.0.1:9/", None);
    assert!(
        matches!(exchange.error, Some(FetchError::BadProxy { .. })),
        "{:?}",
        exchange.error
    );
    assert!(exchange.connect_attempts.is_empty());
}

#[test]
fn the_command_line_fetches_through_the_proxy_it_names() {
    let origin = Server::start(vec![send(HELLO)]);
    let proxy = proxy::start(Behaviour::Forward);
    let url = origin.url("/romeo.txt");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args(["--json", &url, "--proxy", &format!("http://{}", proxy.addr)])
        .args(["--lang", "en"])
        .output()
        .expect("run wirepeek");
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["proxy"]["mode"], "absolute_form", "{json}");
    assert_eq!(json["proxy"]["origin"], "command_line");
    assert!(text(&proxy.head()).starts_with("GET http://127.0.0.1:"));
}

#[test]
fn the_command_line_refuses_a_proxy_it_cannot_use() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args([
            "--dump",
            "http://127.0.0.1:9/",
            "--proxy",
            "socks5://127.0.0.1:1080",
        ])
        .args(["--lang", "en"])
        .output()
        .expect("run wirepeek");
    assert!(!output.status.success());
    let said = text(&output.stderr);
    assert!(said.contains("plain HTTP proxies"), "{said}");
}
