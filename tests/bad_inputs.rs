//! What a learner can type wrong, as one table: odd and malformed URLs, methods, header lines
//! and values (CR LF injection in every field). Each must be refused before anything is sent,
//! with a message in both languages that names the problem (and, where there is one, its
//! position), never a debug dump. A server listens on the address the inputs point at and must
//! see no connection at all.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::ErrorKind;
use std::net::TcpListener;

use wirepeek::i18n::{self, I18n};
use wirepeek::wire::{
    Cancel, FetchError, FetchOptions, Progress, Recording, Request, check_header, fetch,
    parse_header_line, parse_url,
};

/// One bad input: the request to try, and what its message must contain (a position, a name).
struct Case {
    what: String,
    request: Request,
    must_mention: Option<String>,
}

fn url(what: &str, url: String, must_mention: Option<&str>) -> Case {
    Case {
        what: what.to_owned(),
        request: Request::get(url),
        must_mention: must_mention.map(str::to_owned),
    }
}

/// Every bad input, pointing at the listening server wherever an address is needed.
fn cases(port: u16) -> Vec<Case> {
    let base = format!("http://127.0.0.1:{port}");
    let mut cases = vec![
        url("empty", String::new(), None),
        url("spaces", "    ".into(), None),
        url("only a scheme", "http://".into(), None),
        url("scheme and slashes", "http:///".into(), None),
        url("https and nothing", "https://".into(), None),
        url("a port and no host", "http://:80/".into(), None),
        url(
            "misspelt scheme",
            format!("htp://127.0.0.1:{port}/"),
            Some("htp"),
        ),
        url("file", "file:///etc/passwd".into(), Some("file")),
        url(
            "javascript",
            "javascript:alert(1)".into(),
            Some("javascript"),
        ),
        url(
            "mailto",
            "mailto:someone@example.com".into(),
            Some("mailto"),
        ),
        url("ftp", format!("ftp://127.0.0.1:{port}/"), Some("ftp")),
        url("data", "data:text/plain,hello".into(), Some("data")),
        url("websocket", format!("ws://127.0.0.1:{port}/"), Some("ws")),
        url("port 0", "http://127.0.0.1:0/".into(), Some("0")),
        url(
            "port 65536",
            "http://127.0.0.1:65536/".into(),
            Some("65536"),
        ),
        url(
            "port 99999",
            "http://127.0.0.1:99999/".into(),
            Some("99999"),
        ),
        url(
            "port with a letter",
            "http://127.0.0.1:8o/".into(),
            Some("8o"),
        ),
        url(
            "port with letters",
            "http://127.0.0.1:http/".into(),
            Some("http"),
        ),
        url("negative port", "http://127.0.0.1:-1/".into(), Some("-1")),
        url("port position", "http://127.0.0.1:80x/".into(), Some("18")),
        url(
            "two ports",
            format!("http://127.0.0.1:{port}:{port}/"),
            Some(&port.to_string()),
        ),
        url("IPv6 without brackets", "http://::1/".into(), None),
        url(
            "IPv6 and port without brackets",
            format!("http://::1:{port}/"),
            None,
        ),
        url("IPv6 bracket not closed", "http://[::1/".into(), None),
        url("IPv6 with a letter", "http://[::g]/".into(), Some("[::g]")),
        url("IPv6 too short", "http://[1:2:3]/".into(), Some("[1:2:3]")),
        url(
            "IPv4 out of range",
            "http://256.1.1.1/".into(),
            Some("256.1.1.1"),
        ),
        url(
            "IPv4 with five parts",
            "http://1.2.3.4.5/".into(),
            Some("1.2.3.4.5"),
        ),
        url(
            "host with a space",
            "http://exa mple.com/".into(),
            Some("11"),
        ),
        url("host with <", "http://a<b.example/".into(), Some("<")),
        url("host with >", "http://a>b.example/".into(), Some(">")),
        url("host with |", "http://a|b.example/".into(), Some("|")),
        url("host with ^", "http://a^b.example/".into(), Some("^")),
        url("host with %", "http://a%zzb.example/".into(), None),
        url(
            "no scheme, host with a space",
            "exa mple.com".into(),
            Some("4"),
        ),
    ];
    // Control characters anywhere in the URL, each named with its position.
    for (name, c) in [
        ("CR", '\r'),
        ("LF", '\n'),
        ("TAB", '\t'),
        ("NUL", '\0'),
        ("DEL", '\u{7f}'),
        ("ESC", '\u{1b}'),
        ("BEL", '\u{7}'),
    ] {
        let host_end = base.chars().count();
        cases.push(url(
            &format!("{name} in the path"),
            format!("{base}/a{c}b"),
            Some(&(host_end + 3).to_string()),
        ));
        cases.push(url(
            &format!("{name} in the query"),
            format!("{base}/?q={c}"),
            Some(&(host_end + 5).to_string()),
        ));
        cases.push(url(
            &format!("{name} in the host"),
            format!("http://127.0.{c}0.1:{port}/"),
            Some("14"),
        ));
        cases.push(url(
            &format!("{name} at the start"),
            format!("{c}{base}/"),
            Some("1"),
        ));
    }
    // CR LF injection: a whole second header (or request) smuggled into each field.
    for (name, text) in [("CR LF", "\r\n"), ("LF", "\n"), ("CR", "\r"), ("NUL", "\0")] {
        cases.push(url(
            &format!("{name} injection in the URL"),
            format!("{base}/{text}X-Injected: yes"),
            None,
        ));
        let mut request = Request::get(format!("{base}/"));
        request.method = format!("GET{text}X-Injected: yes");
        cases.push(Case {
            what: format!("{name} injection in the method"),
            request,
            must_mention: None,
        });
        let mut request = Request::get(format!("{base}/"));
        request
            .headers
            .push((format!("X-Name{text}X-Injected"), "yes".into()));
        cases.push(Case {
            what: format!("{name} injection in a header name"),
            request,
            must_mention: None,
        });
        let mut request = Request::get(format!("{base}/"));
        request
            .headers
            .push(("X-Value".into(), format!("one{text}X-Injected: yes")));
        cases.push(Case {
            what: format!("{name} injection in a header value"),
            request,
            must_mention: Some("X-Value".into()),
        });
        let mut request = Request::get(format!("{base}/"));
        request
            .headers
            .push(("User-Agent".into(), format!("me{text}")));
        cases.push(Case {
            what: format!("{name} at the end of a default header's value"),
            request,
            must_mention: Some("User-Agent".into()),
        });
    }
    // Methods that are not one token (spaces around one are trimmed as typed, and an empty
    // method means the default, GET: those are not here).
    for method in [
        "GET POST",
        "G:T",
        "(GET)",
        "GET/1",
        "\"GET\"",
        "GE T",
        "한글",
        "GET\u{7f}",
    ] {
        let mut request = Request::get(format!("{base}/"));
        request.method = method.to_owned();
        cases.push(Case {
            what: format!("method {method:?}"),
            request,
            must_mention: None,
        });
    }
    // Header names that are not one token.
    for name in [
        "", " ", "Bad Name", "Bad:Name", " X", "X ", "이름", "X(1)", "X@Y", "X\"Y", "X[1]", "X{}",
        "X/Y", "X=Y",
    ] {
        let mut request = Request::get(format!("{base}/"));
        request.headers.push((name.to_owned(), "value".into()));
        cases.push(Case {
            what: format!("header name {name:?}"),
            request,
            must_mention: None,
        });
    }
    cases
}

/// No connection reached the listener.
fn assert_no_connection(listener: &TcpListener, after: &str) {
    match listener.accept() {
        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
        Ok((_, from)) => panic!("{after}: a connection from {from} reached the server"),
        Err(e) => panic!("{after}: the listener failed: {e}"),
    }
}

#[test]
fn a_hundred_bad_inputs_are_refused_before_sending_with_a_clear_message() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.set_nonblocking(true).expect("non-blocking");
    let port = listener.local_addr().expect("address").port();
    let cases = cases(port);
    assert!(cases.len() >= 100, "only {} cases", cases.len());
    let languages = [I18n::new("en").unwrap(), I18n::new("ko").unwrap()];
    for case in &cases {
        let exchange = fetch(
            &case.request,
            &FetchOptions::default(),
            &common::limits(),
            &Cancel::new(),
            &Progress::new(),
            &mut Recording::KeepAll,
        );
        let what = &case.what;
        let error = exchange
            .error
            .as_ref()
            .unwrap_or_else(|| panic!("{what}: accepted, but must be refused"));
        assert!(
            matches!(
                error,
                FetchError::InvalidUrl(_)
                    | FetchError::UnsupportedScheme { .. }
                    | FetchError::InvalidRequest(_)
            ),
            "{what}: refused for the wrong reason: {error:?}"
        );
        assert!(
            exchange.request_bytes.is_empty(),
            "{what}: bytes were written"
        );
        assert_no_connection(&listener, what);
        for i18n in languages {
            let message = i18n::error_message(i18n, error);
            assert!(
                !message.trim().is_empty(),
                "{what}: an empty message in {}",
                i18n.code()
            );
            for debug in ["{ $", "Some(", "None", "InvalidUrl", "ParseError", "\\u{"] {
                assert!(
                    !message.contains(debug),
                    "{what}: {message:?} has {debug:?} in it"
                );
            }
            if let Some(mention) = &case.must_mention {
                assert!(
                    message.contains(mention.as_str()),
                    "{what}: {message:?} does not mention {mention:?}"
                );
            }
        }
        let korean = i18n::error_message(languages[1], error);
        assert!(
            korean
                .chars()
                .any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
            "{what}: the Korean message has no Hangul: {korean:?}"
        );
    }
}

#[test]
fn header_lines_typed_wrong_are_named() {
    for line in [
        "NoColon",
        "",
        "   ",
        ": value",
        " : value",
        "Name value",
        "Bad Name: value",
        "X\r\nY: z",
        "X: a\nb",
        "X: a\rb",
        "X: a\0b",
        "이름: 값",
    ] {
        // As the editor and `-H` do: split the line, then check the name and value.
        let error = parse_header_line(line)
            .and_then(|(name, value)| check_header(&name, &value))
            .err()
            .unwrap_or_else(|| panic!("{line:?}: accepted"));
        assert!(
            matches!(error, FetchError::InvalidRequest(_)),
            "{line:?}: {error:?}"
        );
        for language in ["en", "ko"] {
            let message = i18n::error_message(I18n::new(language).unwrap(), &error);
            assert!(!message.trim().is_empty(), "{line:?} in {language}");
        }
    }
}

/// Odd inputs that are not wrong: read, never refused, and never a panic. Only parsed here (a
/// fetch would ask DNS about names outside this machine).
#[test]
fn odd_but_valid_addresses_are_read_as_a_browser_would() {
    // A Korean host is sent in punycode, and shown as typed.
    let korean = parse_url("http://한국.example/").expect("a Korean host");
    assert_eq!(korean.target.host_ascii, "xn--3e0b707e.example");
    assert_eq!(korean.target.host_unicode, "한국.example");
    // An emoji host: punycode too (browsers do the same), or a named problem; never a panic.
    match parse_url("http://😀.example/") {
        Ok(parsed) => assert!(parsed.target.host_ascii.starts_with("xn--")),
        Err(error) => assert!(matches!(error, FetchError::InvalidUrl(_)), "{error:?}"),
    }
    // Bad percent-encoding is kept as typed in the path: servers decide what it means.
    let percent = parse_url("http://127.0.0.1/a%zz%4").expect("kept as typed");
    assert_eq!(percent.target.path_and_query, "/a%zz%4");
    // Spaces and Hangul in the path are percent-encoded, as they must be on the wire.
    let path = parse_url("http://127.0.0.1/a b/값").expect("encoded");
    assert_eq!(path.target.path_and_query, "/a%20b/%EA%B0%92");
    // A 10 KB URL is a URL: nothing in HTTP caps it (servers may answer 414).
    let long = format!("http://127.0.0.1/{}", "a".repeat(10 * 1024));
    let parsed = parse_url(&long).expect("a long URL");
    assert_eq!(parsed.target.path_and_query.len(), 10 * 1024 + 1);
}
