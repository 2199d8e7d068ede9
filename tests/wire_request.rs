//! The request side: URLs, targets, the exact bytes written, and requests refused before sending.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::net::{TcpListener, TcpStream};

use common::{Bound, Server, fetch_with, get, has_warning, limits, send};
use wirepeek::wire::{
    FetchError, HttpVersion, Request, RequestProblem, UrlProblem, Warning, parse_url, user_agent,
};

const OK: &str = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

fn ok_server() -> Server {
    Server::reply(OK)
}

/// A listener nobody is expected to connect to, and its URL.
fn untouched_listener() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    (listener, format!("http://127.0.0.1:{port}"))
}

/// The listener saw no connection at all: nothing was sent. Called after the fetch returned.
fn assert_no_connection(listener: &TcpListener) {
    // Knock once ourselves: a listener hands out connections in the order they were made, so
    // when the first one is our knock, the fetch (which came before it) never connected.
    let knock =
        TcpStream::connect(listener.local_addr().expect("addr")).expect("knock on the listener");
    let (_, first) = listener.accept().expect("accept");
    assert_eq!(
        first,
        knock.local_addr().expect("knock's address"),
        "a connection arrived from {first} before our knock"
    );
}

// ---------------------------------------------------------------------------------------------
// Request bytes

#[test]
fn http11_request_has_the_defaults_in_order() {
    let server = ok_server();
    let exchange = get(&server.url("/path/file.txt?q=1&r=two"));
    assert_eq!(exchange.error, None);
    let expected = format!(
        "GET /path/file.txt?q=1&r=two HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nUser-Agent: wirepeek/{}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        server.port(),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(server.request_text(), expected);
    assert_eq!(String::from_utf8_lossy(&exchange.request_bytes), expected);
    assert_eq!(
        user_agent(),
        format!("wirepeek/{}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn http10_request_is_the_textbook_form() {
    let server = Server::reply("HTTP/1.0 200 OK\r\n\r\nromeo");
    let request = Request {
        version: HttpVersion::Http10,
        ..Request::get(server.url("/romeo.txt"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(
        server.request_text(),
        format!(
            "GET /romeo.txt HTTP/1.0\r\nHost: 127.0.0.1:{}\r\n\r\n",
            server.port()
        )
    );
    assert_eq!(exchange.body_text(), Some("romeo"));
}

#[test]
fn user_headers_follow_in_order_and_replace_defaults() {
    let server = ok_server();
    let request = Request {
        headers: vec![
            ("X-Second".into(), "2".into()),
            ("user-agent".into(), "my-browser/1.0".into()),
            ("X-First".into(), "1".into()),
            ("X-Second".into(), "again".into()),
        ],
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    let expected = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nuser-agent: my-browser/1.0\r\nAccept: */*\r\nConnection: close\r\nX-Second: 2\r\nX-First: 1\r\nX-Second: again\r\n\r\n",
        server.port()
    );
    let sent = server.request_text();
    assert_eq!(sent, expected);
    assert!(!sent.contains("wirepeek/"));
}

#[test]
fn post_body_is_sent_with_content_length() {
    let server = ok_server();
    let request = Request {
        method: "POST".into(),
        headers: vec![(
            "Content-Type".into(),
            "application/x-www-form-urlencoded".into(),
        )],
        body: Some(b"name=romeo&line=soft".to_vec()),
        ..Request::get(server.url("/submit"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    let sent = server.request_text();
    assert!(sent.starts_with("POST /submit HTTP/1.1\r\n"), "{sent}");
    assert!(sent.contains("\r\nContent-Type: application/x-www-form-urlencoded\r\n"));
    assert!(
        sent.ends_with("\r\nContent-Length: 20\r\n\r\nname=romeo&line=soft"),
        "{sent}"
    );
    assert_eq!(exchange.method, "POST");
}

#[test]
fn any_token_is_a_method() {
    let server = ok_server();
    let request = Request {
        method: "PROPFIND".into(),
        ..Request::get(server.url("/dav/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert!(
        server
            .request_text()
            .starts_with("PROPFIND /dav/ HTTP/1.1\r\n")
    );
}

#[test]
fn raw_mode_sends_the_bytes_verbatim() {
    let server = ok_server();
    let raw = b"GET /raw  HTTP/1.0\r\nx-odd:   spaced value \r\nHost: whatever\r\n\r\n".to_vec();
    let request = Request {
        raw: Some(raw.clone()),
        ..Request::get(server.url("/ignored"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(server.request(), raw);
    assert_eq!(exchange.request_bytes, raw);
    assert_eq!(exchange.body_text(), Some("ok"));
}

#[test]
fn raw_head_request_expects_no_body() {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n"),
        common::Step::Hold,
    ]);
    let request = Request {
        raw: Some(b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec()),
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.method, "HEAD");
    assert!(exchange.body.as_ref().expect("body").complete);
}

// ---------------------------------------------------------------------------------------------
// Host header and targets

#[test]
fn host_header_for_an_ip_and_a_port() {
    let server = ok_server();
    let exchange = get(&server.url("/"));
    assert_eq!(exchange.error, None);
    let target = exchange.target.as_ref().expect("target");
    assert_eq!(target.host_ascii, "127.0.0.1");
    assert!(target.host_is_ip);
    assert_eq!(target.port, server.port());
    assert!(!target.port_is_default);
    assert!(
        server
            .request_text()
            .contains(&format!("\r\nHost: 127.0.0.1:{}\r\n", server.port()))
    );
}

#[test]
fn host_header_for_localhost() {
    let server = ok_server();
    let exchange = get(&format!("http://localhost:{}/", server.port()));
    assert_eq!(exchange.error, None, "{:?}", exchange.connection);
    let target = exchange.target.as_ref().expect("target");
    assert_eq!(target.host_ascii, "localhost");
    assert!(!target.host_is_ip);
    assert!(
        server
            .request_text()
            .contains(&format!("\r\nHost: localhost:{}\r\n", server.port()))
    );
    // Every address the name has is recorded, and the one that answered is loopback.
    let dns = exchange.dns.as_ref().expect("dns");
    assert!(
        dns.addresses.iter().all(std::net::IpAddr::is_loopback),
        "{dns:?}"
    );
    let connection = exchange.connection.as_ref().expect("connection");
    assert_eq!(connection.remote, server.addr);
    // Addresses are tried in the resolver's order (::1 may come first and refuse): every try
    // is recorded, and only the last one answered.
    let answered = dns
        .addresses
        .iter()
        .position(|a| *a == server.addr.ip())
        .expect("127.0.0.1 is among the addresses");
    let attempts = &exchange.connect_attempts;
    assert_eq!(attempts.len(), answered + 1, "{attempts:?}");
    let (last, earlier) = attempts.split_last().expect("attempts");
    assert_eq!(last.address, server.addr);
    assert!(last.failure.is_none());
    assert!(earlier.iter().all(|a| a.failure.is_some()), "{attempts:?}");
}

#[test]
fn ipv6_literal_keeps_its_brackets_in_host() {
    let Some(bound) = Bound::v6() else {
        common::skip_without_ipv6("ipv6_literal_keeps_its_brackets_in_host");
        return;
    };
    let server = bound.serve(vec![vec![send(OK)]]);
    let url = server.url("/six");
    assert!(url.starts_with("http://[::1]:"));
    let exchange = get(&url);
    assert_eq!(exchange.error, None);
    let target = exchange.target.as_ref().expect("target");
    assert_eq!(target.host_ascii, "::1");
    assert_eq!(target.host_header, format!("[::1]:{}", server.port()));
    assert!(server.request_text().starts_with(&format!(
        "GET /six HTTP/1.1\r\nHost: [::1]:{}\r\n",
        server.port()
    )));
}

#[test]
fn idn_host_goes_out_as_punycode() {
    let parsed = parse_url("http://한국.kr/").expect("valid");
    assert_eq!(parsed.target.host_ascii, "xn--3e0b707e.kr");
    assert_eq!(parsed.target.host_unicode, "한국.kr");
    assert_eq!(parsed.target.host_header, "xn--3e0b707e.kr");
    assert!(!parsed.target.host_is_ip);
    assert_eq!(parsed.url.as_str(), "http://xn--3e0b707e.kr/");

    let parsed = parse_url("http://한국.kr:8080/경로?q=값").expect("valid");
    assert_eq!(parsed.target.host_header, "xn--3e0b707e.kr:8080");
    assert_eq!(
        parsed.target.path_and_query,
        "/%EA%B2%BD%EB%A1%9C?q=%EA%B0%92"
    );
}

#[test]
fn default_port_is_not_written_in_host() {
    for (url, header, port, default) in [
        ("http://x:80/", "x", 80, true),
        ("http://x/", "x", 80, true),
        ("https://x:443/", "x", 443, true),
        ("http://x:443/", "x:443", 443, false),
        ("https://x:80/", "x:80", 80, false),
        ("http://x:8080/", "x:8080", 8080, false),
        ("https://[::1]:443/", "[::1]", 443, true),
        ("http://[::1]:8080/", "[::1]:8080", 8080, false),
    ] {
        let target = parse_url(url).expect(url).target;
        assert_eq!(target.host_header, header, "{url}");
        assert_eq!(target.port, port, "{url}");
        assert_eq!(target.port_is_default, default, "{url}");
    }
}

#[test]
fn missing_scheme_becomes_http_with_a_note() {
    let parsed = parse_url("localhost:8080/romeo.txt").expect("valid");
    assert_eq!(parsed.target.scheme, "http");
    assert_eq!(parsed.target.host_header, "localhost:8080");
    assert_eq!(parsed.target.path_and_query, "/romeo.txt");
    assert!(parsed.notes.contains(&wirepeek::wire::Warning::SchemeAdded));
}

#[test]
fn url_userinfo_is_never_sent() {
    let server = ok_server();
    let exchange = get(&format!(
        "http://romeo:secret-pw@127.0.0.1:{}/private",
        server.port()
    ));
    assert_eq!(exchange.error, None);
    let sent = server.request_text();
    assert!(sent.starts_with("GET /private HTTP/1.1\r\n"), "{sent}");
    assert!(!sent.to_lowercase().contains("authorization"), "{sent}");
    assert!(!sent.contains("romeo"), "{sent}");
    assert!(!sent.contains("secret"), "{sent}");
    assert!(sent.contains(&format!("\r\nHost: 127.0.0.1:{}\r\n", server.port())));
    assert!(
        has_warning(&exchange, |w| matches!(w, Warning::UserinfoNotSent)),
        "{:?}",
        exchange.warnings
    );
}

// ---------------------------------------------------------------------------------------------
// Refused before anything is sent

#[test]
fn crlf_in_a_user_header_is_refused_with_nothing_sent() {
    let (listener, base) = untouched_listener();
    let request = Request {
        headers: vec![("X-Evil".into(), "yes\r\nX-Injected: 1".into())],
        ..Request::get(format!("{base}/"))
    };
    let exchange = fetch_with(&request, &limits());
    let error = exchange.error.clone().expect("refused");
    assert!(
        matches!(&error, FetchError::InvalidRequest(RequestProblem::BadHeaderValue { name, .. }) if name == "X-Evil"),
        "{error:?}"
    );
    let message = wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), &error);
    assert!(
        message.contains("X-Evil") && message.contains("CR"),
        "{message}"
    );
    assert!(exchange.connection.is_none());
    assert!(exchange.received.is_empty());
    assert_no_connection(&listener);
}

#[test]
fn lf_or_nul_in_a_user_header_is_refused_with_nothing_sent() {
    for value in ["a\nb", "a\0b"] {
        let (listener, base) = untouched_listener();
        let request = Request {
            headers: vec![("X-Note".into(), value.into())],
            ..Request::get(format!("{base}/"))
        };
        let exchange = fetch_with(&request, &limits());
        assert!(
            matches!(
                &exchange.error,
                Some(FetchError::InvalidRequest(
                    RequestProblem::BadHeaderValue { .. }
                ))
            ),
            "{value:?}: {:?}",
            exchange.error
        );
        assert_no_connection(&listener);
    }
}

#[test]
fn header_name_that_is_not_a_token_is_refused_with_nothing_sent() {
    for name in ["Bad Name", "X:Colon", "", "X-Ünicode"] {
        let (listener, base) = untouched_listener();
        let request = Request {
            headers: vec![(name.into(), "v".into())],
            ..Request::get(format!("{base}/"))
        };
        let exchange = fetch_with(&request, &limits());
        assert!(
            matches!(
                &exchange.error,
                Some(FetchError::InvalidRequest(
                    RequestProblem::BadHeaderName { .. }
                ))
            ),
            "{name:?}: {:?}",
            exchange.error
        );
        assert_no_connection(&listener);
    }
}

#[test]
fn method_that_is_not_a_token_is_refused_with_nothing_sent() {
    let (listener, base) = untouched_listener();
    let request = Request {
        method: "GET /evil HTTP/1.1\r\n".into(),
        ..Request::get(format!("{base}/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert!(
        matches!(
            &exchange.error,
            Some(FetchError::InvalidRequest(RequestProblem::BadMethod { .. }))
        ),
        "{:?}",
        exchange.error
    );
    assert_no_connection(&listener);
}

#[test]
fn control_characters_in_the_url_are_refused_with_the_position() {
    for (url, position, character) in [
        ("http://exa\tmple.com/", 11, '\t'),
        ("http://example.com/a\nb", 21, '\n'),
        ("http://example.com/\r", 20, '\r'),
        ("\u{7f}http://example.com/", 1, '\u{7f}'),
    ] {
        match parse_url(url) {
            Err(FetchError::InvalidUrl(UrlProblem::ControlCharacter {
                position: at,
                character: found,
            })) => {
                assert_eq!(at, position, "{url:?}");
                assert_eq!(found, character, "{url:?}");
            }
            other => panic!("{url:?}: expected ControlCharacter, got {other:?}"),
        }
    }
    // Counted in characters as typed, not bytes.
    assert!(matches!(
        parse_url("http://한국.kr/\t"),
        Err(FetchError::InvalidUrl(UrlProblem::ControlCharacter {
            position: 14,
            ..
        }))
    ));
}

#[test]
fn control_character_in_a_loopback_url_is_refused_with_nothing_sent() {
    let (listener, base) = untouched_listener();
    let exchange = get(&format!("{base}/a\r\nX-Injected: 1"));
    let error = exchange.error.clone().expect("refused");
    assert!(
        matches!(
            error,
            FetchError::InvalidUrl(UrlProblem::ControlCharacter { .. })
        ),
        "{error:?}"
    );
    let message = wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), &error);
    assert!(message.contains("CR"), "{message}");
    assert!(exchange.request_bytes.is_empty());
    assert_no_connection(&listener);
}

#[test]
fn unsupported_scheme_is_named() {
    for (url, scheme) in [
        ("ftp://ftp.example.com/file.txt", "ftp"),
        ("file:///etc/hosts", "file"),
        ("ws://127.0.0.1:1/", "ws"),
    ] {
        let error = parse_url(url).expect_err(url);
        assert_eq!(
            error,
            FetchError::UnsupportedScheme {
                scheme: scheme.into()
            }
        );
        let message = wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), &error);
        assert!(message.contains(&format!("\"{scheme}:\"")), "{message}");
        // The same through fetch, which never gets to the network.
        let exchange = get(url);
        assert_eq!(exchange.error, Some(error));
        assert!(exchange.dns.is_none());
    }
}

#[test]
fn empty_and_hostless_urls_are_invalid() {
    assert_eq!(
        parse_url("   ").expect_err("empty"),
        FetchError::InvalidUrl(UrlProblem::Empty)
    );
    assert!(matches!(
        parse_url("http://").expect_err("no host"),
        FetchError::InvalidUrl(_)
    ));
}

#[test]
fn request_target_is_normalized_and_never_has_the_fragment() {
    for (typed_path, sent_path) in [
        ("", "/"),
        ("/page?a=1#section-2", "/page?a=1"),
        ("/a b/c", "/a%20b/c"),
        ("/한국어", "/%ED%95%9C%EA%B5%AD%EC%96%B4"),
        ("/./x/../y", "/y"),
    ] {
        let server = ok_server();
        let exchange = get(&format!(
            "  HTTP://127.0.0.1:{}{typed_path}  ",
            server.port()
        ));
        assert_eq!(exchange.error, None, "{typed_path:?}");
        let sent = server.request_text();
        assert!(
            sent.starts_with(&format!("GET {sent_path} HTTP/1.1\r\n")),
            "{typed_path:?}: {sent}"
        );
        assert!(!sent.contains('#'), "{sent}");
    }
}

#[test]
fn typed_and_normalized_urls_are_both_kept() {
    let server = ok_server();
    let typed = format!("HTTP://LOCALHOST:{}/A b", server.port());
    let exchange = get(&typed);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.url_typed, typed);
    assert_eq!(
        exchange.url_normalized,
        format!("http://localhost:{}/A%20b", server.port())
    );
    let target = exchange.target.as_ref().expect("target");
    assert_eq!(target.host_ascii, "localhost");
    assert!(
        server
            .request_text()
            .contains(&format!("\r\nHost: localhost:{}\r\n", server.port()))
    );
}

// ---------------------------------------------------------------------------------------------
// The request in the record

#[test]
fn the_record_keeps_the_request_and_the_header_lines_sent_in_order() {
    let server = ok_server();
    let request = Request {
        method: "POST".into(),
        headers: vec![
            ("X-First".into(), "1".into()),
            ("accept".into(), "text/plain".into()),
            ("X-Last".into(), "2".into()),
        ],
        body: Some(b"hello".to_vec()),
        ..Request::get(server.url("/form"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(
        exchange.request, request,
        "the request as described, to send again"
    );
    let host = format!("127.0.0.1:{}", server.port());
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    };
    // The defaults keep their place; a learner's header of a default's name gives its value.
    let expected = pairs(&[
        ("Host", &host),
        ("User-Agent", &user_agent()),
        ("accept", "text/plain"),
        ("Connection", "close"),
        ("X-First", "1"),
        ("X-Last", "2"),
        ("Content-Length", "5"),
    ]);
    assert_eq!(exchange.request_headers, expected);
    assert_eq!(exchange.request_body_bytes, 5);
    let sent = server.request_text();
    let lines: Vec<String> = expected.iter().map(|(n, v)| format!("{n}: {v}")).collect();
    assert!(sent.contains(&lines.join("\r\n")), "{sent}");
}

#[test]
fn a_raw_request_is_recorded_with_its_own_header_lines_and_body() {
    let server = ok_server();
    let raw = b"PUT /raw HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc".to_vec();
    let request = Request {
        raw: Some(raw.clone()),
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.request.raw, Some(raw));
    assert_eq!(
        exchange.request_headers,
        [
            ("Host".to_owned(), "x".to_owned()),
            ("Content-Length".to_owned(), "3".to_owned())
        ]
    );
    assert_eq!(exchange.request_body_bytes, 3);
}

#[test]
fn a_request_refused_before_sending_is_still_in_the_record() {
    let request = Request {
        headers: vec![("Bad Name".into(), "x".into())],
        ..Request::get("http://127.0.0.1:9/")
    };
    let exchange = fetch_with(&request, &limits());
    assert!(matches!(
        exchange.error,
        Some(FetchError::InvalidRequest(_))
    ));
    assert_eq!(exchange.request, request);
    assert!(exchange.request_headers.is_empty());
}

#[test]
fn a_request_with_its_own_header_list_sends_exactly_those_headers_in_order() {
    let server = ok_server();
    let request = Request {
        method: "POST".into(),
        headers: vec![
            ("Accept".into(), "text/plain".into()),
            ("Host".into(), "elsewhere.test".into()),
        ],
        body: Some(b"ab".to_vec()),
        no_default_headers: true,
        ..Request::get(server.url("/own"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(
        server.request_text(),
        "POST /own HTTP/1.1\r\nAccept: text/plain\r\nHost: elsewhere.test\r\nContent-Length: 2\r\n\r\nab"
    );
}

#[test]
fn http10_sends_a_typed_user_agent_after_host() {
    let server = ok_server();
    let request = Request {
        version: HttpVersion::Http10,
        headers: vec![("User-Agent".into(), "textbook".into())],
        ..Request::get(server.url("/ua"))
    };
    fetch_with(&request, &limits());
    assert_eq!(
        server.request_text(),
        format!(
            "GET /ua HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nUser-Agent: textbook\r\n\r\n",
            server.port()
        )
    );
}

#[test]
fn raw_text_is_sent_as_typed_with_notes_about_what_looks_wrong() {
    let server = ok_server();
    let raw = b"POST /raw HTTP/1.1\nContent-Length: 1\n\nabc".to_vec();
    let request = Request {
        raw: Some(raw.clone()),
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.request_bytes, raw);
    assert!(has_warning(&exchange, |w| matches!(
        w,
        Warning::RawWithoutHost { required: true }
    )));
    assert!(has_warning(&exchange, |w| matches!(
        w,
        Warning::RawBareLineFeeds { count: 3 }
    )));
    assert!(has_warning(&exchange, |w| matches!(
        w,
        Warning::RawLengthMismatch { declared: Some(d), actual: 3 } if d == "1"
    )));
}
