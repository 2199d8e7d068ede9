//! Redirects: shown by default, followed on request, each hop kept, credentials not leaked.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use common::{Bound, limits, send, tls};
use wirepeek::wire::{
    Cancel, Exchange, FetchError, FetchOptions, Progress, Recording, Request, Warning,
    fetch_following,
};

fn redirect(code: &str, location: &str) -> Vec<common::Step> {
    vec![send(format!(
        "HTTP/1.1 {code}\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
    ))]
}

fn done(body: &str) -> Vec<common::Step> {
    vec![send(format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    ))]
}

/// Fetch `request` and the hops after it, if `options` say to follow.
fn chain(request: Request, options: &FetchOptions) -> Vec<Exchange> {
    fetch_following(
        &request,
        options,
        &limits(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    )
}

/// Fetch `request`, following redirects.
fn follow(request: Request) -> Vec<Exchange> {
    chain(request, &following())
}

fn following() -> FetchOptions {
    FetchOptions {
        follow_redirects: true,
        ..FetchOptions::default()
    }
}

#[test]
fn redirects_are_not_followed_by_default() {
    let bound = Bound::v4();
    let server = bound.serve(vec![redirect("302 Found", "/next"), done("never")]);
    let hops = chain(Request::get(server.url("/start")), &FetchOptions::default());
    assert_eq!(hops.len(), 1);
    let only = &hops[0];
    assert_eq!(only.error, None);
    assert_eq!(only.status_code(), Some(302));
    assert_eq!(
        only.head
            .as_ref()
            .and_then(|h| h.first("Location"))
            .as_deref(),
        Some("/next")
    );
    assert!(server.request_text().starts_with("GET /start "));
    assert!(!server.has_more_requests(), "the redirect was followed");
}

#[test]
fn relative_redirects_are_followed_and_every_hop_is_kept() {
    let bound = Bound::v4();
    let server = bound.serve(vec![
        redirect("302 Found", "/lesson/two"),
        redirect("301 Moved Permanently", "three?x=1"),
        done("arrived"),
    ]);
    let hops = follow(Request::get(server.url("/start")));
    assert_eq!(hops.len(), 3);
    let codes: Vec<Option<u16>> = hops.iter().map(Exchange::status_code).collect();
    assert_eq!(codes, [Some(302), Some(301), Some(200)]);
    assert!(hops.iter().all(|h| h.error.is_none()));
    let base = server.url("");
    assert_eq!(hops[0].url_normalized, format!("{base}/start"));
    assert_eq!(hops[1].url_normalized, format!("{base}/lesson/two"));
    assert_eq!(hops[2].url_normalized, format!("{base}/lesson/three?x=1"));
    assert_eq!(hops[2].body_text(), Some("arrived"));
    assert!(server.request_text().starts_with("GET /start HTTP/1.1\r\n"));
    assert!(
        server
            .request_text()
            .starts_with("GET /lesson/two HTTP/1.1\r\n")
    );
    assert!(
        server
            .request_text()
            .starts_with("GET /lesson/three?x=1 HTTP/1.1\r\n")
    );
    // Each later hop says where it came from.
    let from_start = format!("{base}/start");
    assert!(
        common::has_warning(&hops[1], |w| matches!(
            w,
            Warning::RedirectedFrom { code: 302, url, .. } if *url == from_start
        )),
        "{:?}",
        hops[1].warnings
    );
}

#[test]
fn see_other_turns_post_into_get() {
    let bound = Bound::v4();
    let server = bound.serve(vec![redirect("303 See Other", "/result"), done("thanks")]);
    let request = Request {
        method: "POST".into(),
        headers: vec![
            ("Content-Type".into(), "text/plain".into()),
            ("X-Keep".into(), "1".into()),
        ],
        body: Some(b"hello".to_vec()),
        ..Request::get(server.url("/form"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2);
    let first = server.request_text();
    assert!(first.starts_with("POST /form HTTP/1.1\r\n"), "{first}");
    assert!(first.ends_with("Content-Length: 5\r\n\r\nhello"), "{first}");
    let second = server.request_text();
    assert!(second.starts_with("GET /result HTTP/1.1\r\n"), "{second}");
    assert!(second.ends_with("\r\n\r\n"), "{second}");
    assert!(!second.contains("Content-Length"), "{second}");
    assert!(!second.contains("Content-Type"), "{second}");
    assert!(second.contains("\r\nX-Keep: 1\r\n"), "{second}");
    assert_eq!(hops[1].method, "GET");
    assert_eq!(hops[1].body_text(), Some("thanks"));
}

#[test]
fn temporary_redirect_keeps_post_and_its_body() {
    let bound = Bound::v4();
    let server = bound.serve(vec![
        redirect("307 Temporary Redirect", "/again"),
        done("ok"),
    ]);
    let request = Request {
        method: "POST".into(),
        body: Some(b"hello".to_vec()),
        ..Request::get(server.url("/form"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2);
    let _first = server.request_text();
    let second = server.request_text();
    assert!(second.starts_with("POST /again HTTP/1.1\r\n"), "{second}");
    assert!(
        second.ends_with("Content-Length: 5\r\n\r\nhello"),
        "{second}"
    );
}

#[test]
fn credentials_are_dropped_when_the_host_changes() {
    let other = Bound::v4();
    let other_port = other.port();
    let other = other.serve(vec![done("other host")]);
    let first = Bound::v4();
    // 127.0.0.1 and localhost are different hosts as far as the URL (and a browser) is concerned.
    let first = first.serve(vec![redirect(
        "302 Found",
        &format!("http://localhost:{other_port}/landing"),
    )]);
    let request = Request {
        headers: vec![
            ("Authorization".into(), "Bearer secret-token".into()),
            ("Cookie".into(), "session=abc".into()),
            ("X-Harmless".into(), "kept".into()),
        ],
        ..Request::get(first.url("/login"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2, "{:?}", hops.last().map(|h| &h.error));
    let sent_first = first.request_text();
    assert!(sent_first.contains("\r\nAuthorization: Bearer secret-token\r\n"));
    assert!(sent_first.contains("\r\nCookie: session=abc\r\n"));
    let sent_other = other.request_text();
    assert!(
        sent_other.starts_with(&format!(
            "GET /landing HTTP/1.1\r\nHost: localhost:{other_port}\r\n"
        )),
        "{sent_other}"
    );
    assert!(!sent_other.contains("Authorization"), "{sent_other}");
    assert!(!sent_other.contains("secret"), "{sent_other}");
    assert!(!sent_other.contains("Cookie"), "{sent_other}");
    assert!(
        sent_other.contains("\r\nX-Harmless: kept\r\n"),
        "{sent_other}"
    );
    assert!(
        common::has_warning(&hops[1], |w| matches!(
            w,
            Warning::CredentialsDropped { .. }
        )),
        "{:?}",
        hops[1].warnings
    );
    assert_eq!(hops[1].body_text(), Some("other host"));
}

#[test]
fn credentials_stay_on_the_same_host() {
    let bound = Bound::v4();
    let server = bound.serve(vec![redirect("302 Found", "/inside"), done("ok")]);
    let request = Request {
        headers: vec![("Authorization".into(), "Bearer secret-token".into())],
        ..Request::get(server.url("/login"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2);
    let _first = server.request_text();
    let second = server.request_text();
    assert!(
        second.contains("\r\nAuthorization: Bearer secret-token\r\n"),
        "{second}"
    );
}

#[test]
fn more_than_ten_redirects_is_an_error_with_the_chain_kept() {
    let bound = Bound::v4();
    let scripts = (0..12).map(|_| redirect("302 Found", "/loop")).collect();
    let server = bound.serve(scripts);
    let hops = follow(Request::get(server.url("/loop")));
    assert_eq!(hops.len(), 11);
    assert!(hops[..10].iter().all(|h| h.error.is_none()));
    assert!(hops.iter().all(|h| h.status_code() == Some(302)));
    assert_eq!(
        hops.last().and_then(|h| h.error.clone()),
        Some(FetchError::TooManyRedirects { max: 10 })
    );
}

#[test]
fn redirect_to_another_scheme_is_not_followed() {
    let bound = Bound::v4();
    let server = bound.serve(vec![redirect("302 Found", "ftp://127.0.0.1/file")]);
    let hops = follow(Request::get(server.url("/")));
    assert_eq!(hops.len(), 1);
    assert_eq!(hops[0].status_code(), Some(302));
    assert_eq!(hops[0].error, None);
}

#[test]
fn credentials_are_dropped_when_the_port_changes() {
    // Another port is another server (another origin), as in browsers and curl.
    let other = Bound::v4();
    let other_port = other.port();
    let other = other.serve(vec![done("other port")]);
    let first = Bound::v4().serve(vec![redirect(
        "302 Found",
        &format!("http://127.0.0.1:{other_port}/landing"),
    )]);
    let request = Request {
        headers: vec![
            ("Authorization".into(), "Basic cm9tZW86anVsaWV0".into()),
            ("Cookie".into(), "session=abc".into()),
        ],
        ..Request::get(first.url("/login"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2);
    let sent_other = other.request_text();
    assert!(!sent_other.contains("Authorization"), "{sent_other}");
    assert!(!sent_other.contains("Cookie"), "{sent_other}");
    // The note names exactly the headers that were left out.
    assert!(
        hops[1].warnings.contains(&Warning::CredentialsDropped {
            headers: "Authorization, Cookie".into()
        }),
        "{:?}",
        hops[1].warnings
    );
}

#[test]
fn found_turns_post_into_get_like_browsers() {
    let bound = Bound::v4();
    let server = bound.serve(vec![redirect("302 Found", "/after"), done("ok")]);
    let request = Request {
        method: "POST".into(),
        body: Some(b"x=1".to_vec()),
        ..Request::get(server.url("/form"))
    };
    let hops = follow(request);
    assert_eq!(hops.len(), 2);
    let _first = server.request_text();
    let second = server.request_text();
    assert!(second.starts_with("GET /after HTTP/1.1\r\n"), "{second}");
    assert!(!second.contains("Content-Length"), "{second}");
    // The step says so: the method changed and the body was left out.
    assert!(
        hops[1].warnings.contains(&Warning::BecameGet {
            code: 302,
            method: "POST".into(),
            body_dropped: true
        }),
        "{:?}",
        hops[1].warnings
    );
}

#[test]
fn a_failing_hop_ends_the_chain_with_its_error() {
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let server = Bound::v4().serve(vec![redirect(
        "301 Moved Permanently",
        &format!("http://127.0.0.1:{closed_port}/gone"),
    )]);
    let hops = follow(Request::get(server.url("/")));
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0].status_code(), Some(301));
    assert_eq!(hops[0].error, None);
    assert_eq!(
        hops[1].error,
        Some(FetchError::ConnectionRefused {
            address: format!("127.0.0.1:{closed_port}")
        })
    );
    assert_eq!(
        hops[1].url_typed,
        format!("http://127.0.0.1:{closed_port}/gone")
    );
}

#[test]
fn https_to_http_redirect_is_warned_about_and_drops_credentials() {
    let plain = Bound::v4().serve(vec![done("in the clear")]);
    let ca = tls::test_ca();
    let (cert, key) = tls::server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let response = format!(
        "HTTP/1.1 302 Found\r\nLocation: {}\r\nContent-Length: 0\r\n\r\n",
        plain.url("/clear")
    );
    let (port, _server) = tls::tls_server(cert, &key, response, tls::Ending::CloseNotify);
    let request = Request {
        headers: vec![("Cookie".into(), "session=abc".into())],
        ..Request::get(format!("https://127.0.0.1:{port}/secure"))
    };
    let options = FetchOptions {
        extra_ca_pem: Some(ca.pem.into_bytes()),
        ..following()
    };
    let hops = chain(request, &options);
    assert_eq!(hops.len(), 2, "{:?}", hops[0].error);
    assert_eq!(hops[0].error, None);
    assert!(hops[0].tls.is_some());
    assert_eq!(hops[1].body_text(), Some("in the clear"));
    assert!(
        common::has_warning(&hops[1], |w| matches!(w, Warning::HttpsToHttp)),
        "{:?}",
        hops[1].warnings
    );
    let sent = plain.request_text();
    assert!(!sent.contains("Cookie"), "{sent}");
}

#[test]
fn every_hop_knows_when_it_started_in_the_chain() {
    let bound = Bound::v4();
    let port = bound.port();
    let server = bound.serve(vec![
        redirect("302 Found", &format!("http://127.0.0.1:{port}/next")),
        done("here"),
    ]);
    let hops = follow(Request::get(server.url("/start")));
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0].started_at, std::time::Duration::ZERO);
    let first_took = hops[0].timing.done.expect("the first hop finished");
    assert!(
        hops[1].started_at >= first_took,
        "the second hop started at {:?}, before the first one ended at {first_took:?}",
        hops[1].started_at
    );
    assert_eq!(hops[1].request.url, format!("http://127.0.0.1:{port}/next"));
}
