//! The lessons of the practice server, each fetched by the engine: every one shows the
//! behaviour it teaches. The server listens on 127.0.0.1 only.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};

use common::{fetch_with, fetch_with_options, limits};
use wirepeek::i18n::I18n;
use wirepeek::practice::{LESSON_ETAG, LESSONS, LessonPort, LessonServer, MANY_HEADERS, lesson};
use wirepeek::wire::{
    BodyFraming, Cancel, CharsetSource, ContentKind, Exchange, FetchError, FetchOptions,
    ImageFormat, Progress, Recording, Request, TlsProblem, fetch_following,
};

const ROMEO: &str = include_str!("../assets/pages/romeo.txt");

fn server() -> LessonServer {
    LessonServer::on_port(0, I18n::default()).expect("lessons on 127.0.0.1")
}

fn get(server: &LessonServer, path: &str) -> Exchange {
    fetch_with(&Request::get(server.url(path)), &limits())
}

fn with_header(server: &LessonServer, path: &str, name: &str, value: &str) -> Exchange {
    let request = Request {
        headers: vec![(name.to_owned(), value.to_owned())],
        ..Request::get(server.url(path))
    };
    fetch_with(&request, &limits())
}

fn header(exchange: &Exchange, name: &str) -> Option<String> {
    exchange.head.as_ref().and_then(|h| h.first(name))
}

fn framing(exchange: &Exchange) -> Option<BodyFraming> {
    exchange.body.as_ref().and_then(|b| b.framing)
}

/// Send `bytes` on a raw connection and read until the server closes it.
fn raw_exchange(address: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.write_all(bytes).expect("write");
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).expect("read until close");
    reply
}

#[test]
fn the_lessons_listen_on_127_0_0_1_only() {
    for outside in ["0.0.0.0:0", "[::]:0", "[::1]:0"] {
        let address: SocketAddr = outside.parse().unwrap();
        let refused = LessonServer::start(address, I18n::default()).err();
        let refused = refused.expect("a non-loopback address was accepted");
        assert_eq!(refused.kind(), ErrorKind::InvalidInput);
        assert!(refused.to_string().contains("127.0.0.1"), "{refused}");
    }
    let server = server();
    assert!(server.address().ip().is_loopback());
    assert!(server.url("/").starts_with("http://127.0.0.1:"));
}

#[test]
fn every_lesson_answers_with_a_response() {
    let server = server();
    for lesson in LESSONS.iter().filter(|l| l.port == LessonPort::Web) {
        // The big lesson is asked for its head only; its own test reads a small body.
        let method = if lesson.id == "big" {
            "HEAD"
        } else {
            lesson.method
        };
        let request = Request {
            method: method.to_owned(),
            body: lesson.body.map(|b| b.as_bytes().to_vec()),
            ..Request::get(server.lesson_url(lesson))
        };
        let exchange = fetch_with(&request, &limits());
        assert_eq!(exchange.error, None, "{}", lesson.id);
        assert!(exchange.status_code().is_some(), "{}", lesson.id);
    }
}

#[test]
fn the_home_page_lists_every_lesson_in_the_chosen_language() {
    let korean = LessonServer::on_port(0, I18n::new("ko").unwrap()).unwrap();
    let exchange = get(&korean, "/");
    let page = exchange.body_text().expect("text");
    assert!(page.contains("lang=\"ko\""));
    assert!(page.contains("교과서의 romeo.txt"), "{page}");
    for lesson in LESSONS {
        let link = match lesson.port {
            LessonPort::Web => lesson.path.to_owned(),
            LessonPort::Mail | LessonPort::Tls => korean.lesson_url(lesson),
        };
        assert!(page.contains(&format!("href=\"{link}\"")), "{}", lesson.id);
    }
    korean.set_language(I18n::default());
    let page = get(&korean, "/").body_text().unwrap().to_owned();
    assert!(page.contains("The textbook's romeo.txt"), "{page}");
}

#[test]
fn romeo_comes_with_apache_like_headers() {
    let exchange = get(&server(), "/romeo.txt");
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_text(), Some(ROMEO));
    for name in ["Date", "Last-Modified", "ETag", "Accept-Ranges"] {
        assert!(header(&exchange, name).is_some(), "{name}");
    }
    assert!(header(&exchange, "Server").unwrap().starts_with("Apache"));
    assert_eq!(
        framing(&exchange),
        Some(BodyFraming::ContentLength(ROMEO.len() as u64))
    );
    assert_eq!(
        header(&exchange, "Content-Type").as_deref(),
        Some("text/plain")
    );
}

#[test]
fn the_textbooks_own_request_gets_romeo_as_typed() {
    // Exactly what the textbook sends: the whole URL in the request line, HTTP/1.0, no Host.
    let server = server();
    let url = server.url("/romeo.txt");
    let raw = format!("GET {url} HTTP/1.0\r\n\r\n").into_bytes();
    let request = Request {
        raw: Some(raw),
        ..Request::get(url)
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_bytes(), ROMEO.as_bytes());
}

#[test]
fn the_http10_reply_ends_when_the_server_closes() {
    let exchange = get(&server(), "/http10");
    let head = exchange.head.as_ref().unwrap();
    assert_eq!(head.version, "HTTP/1.0");
    assert_eq!(header(&exchange, "Content-Length"), None);
    assert_eq!(framing(&exchange), Some(BodyFraming::UntilClose));
    assert!(exchange.body.as_ref().unwrap().complete);
    assert_eq!(exchange.body_text(), Some(ROMEO));
}

#[test]
fn keep_alive_serves_two_requests_on_one_connection() {
    let server = server();
    let mut stream = TcpStream::connect(server.address()).unwrap();
    let request = b"GET /keep-alive HTTP/1.1\r\nHost: x\r\n\r\n";
    stream.write_all(request).unwrap();
    stream.write_all(request).unwrap();
    stream
        .write_all(b"GET /keep-alive HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut replies = String::new();
    stream.read_to_string(&mut replies).unwrap();
    assert_eq!(replies.matches("HTTP/1.1 200 OK").count(), 3, "{replies}");
    assert_eq!(replies.matches("Connection: keep-alive").count(), 2);
    assert!(replies.ends_with(&format!("Connection: close\r\n\r\n{ROMEO}")));

    // The engine asks to close by default; without that, the body ends by Content-Length.
    let closing = get(&server, "/keep-alive");
    assert_eq!(header(&closing, "Connection").as_deref(), Some("close"));
    let kept = with_header(&server, "/keep-alive", "Connection", "keep-alive");
    assert_eq!(header(&kept, "Connection").as_deref(), Some("keep-alive"));
    assert_eq!(kept.error, None);
    assert_eq!(kept.body_text(), Some(ROMEO));
}

#[test]
fn close_says_so_and_closes_after_the_body() {
    let server = server();
    let reply = raw_exchange(
        server.address(),
        b"GET /close HTTP/1.1\r\nHost: x\r\n\r\nGET /close HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    let reply = String::from_utf8(reply).unwrap();
    // One answer only, though two requests were sent: the server closed after the first.
    assert_eq!(reply.matches("HTTP/1.1 200 OK").count(), 1, "{reply}");
    assert!(reply.contains("Connection: close\r\n"));
    assert!(reply.ends_with(ROMEO));
}

#[test]
fn the_redirect_chain_has_four_hops_of_each_kind() {
    let server = server();
    let lesson = lesson("redirects").unwrap();
    assert!(lesson.follow);
    let hops = fetch_following(
        &Request::get(server.url(lesson.path)),
        &FetchOptions {
            follow_redirects: true,
            ..FetchOptions::default()
        },
        &limits(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    let statuses: Vec<_> = hops.iter().map(Exchange::status_code).collect();
    assert_eq!(
        statuses,
        [Some(301), Some(302), Some(307), Some(308), Some(200)]
    );
    assert!(
        hops[..4]
            .iter()
            .all(|hop| header(hop, "Location").is_some())
    );
    assert_eq!(hops[4].body_text(), Some(ROMEO));
}

#[test]
fn the_chunked_reply_arrives_in_several_chunks_and_reads() {
    let exchange = get(&server(), "/chunked");
    assert_eq!(exchange.error, None);
    assert_eq!(framing(&exchange), Some(BodyFraming::Chunked));
    let body = exchange.body.as_ref().unwrap();
    let lines = ROMEO.lines().count();
    let data_chunks = body.chunks.iter().filter(|c| c.size > 0).count();
    assert_eq!(data_chunks, lines);
    assert_eq!(exchange.body_text(), Some(ROMEO));
    // A pause before every chunk: each arrives in a read of its own.
    assert!(
        exchange.reads.len() > lines,
        "{} reads",
        exchange.reads.len()
    );
}

#[test]
fn gzip_and_br_bodies_are_smaller_on_the_wire_and_decode_to_the_text() {
    let server = server();
    for coding in ["gzip", "br"] {
        let exchange = get(&server, &format!("/{coding}"));
        let body = exchange.body.as_ref().unwrap();
        assert_eq!(body.content_encoding, [coding]);
        assert_eq!(
            exchange.body_bytes(),
            ROMEO.repeat(20).as_bytes(),
            "{coding}"
        );
        assert!(exchange.body_wire_bytes().len() < ROMEO.len(), "{coding}");
    }
}

#[test]
fn the_euc_kr_page_names_no_charset_and_is_read_as_korean_by_guessing() {
    let exchange = get(&server(), "/euc-kr");
    assert_eq!(
        header(&exchange, "Content-Type").as_deref(),
        Some("text/html")
    );
    assert!(
        !exchange
            .body_wire_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"charset"))
    );
    let text = exchange.body.as_ref().unwrap().text.as_ref().unwrap();
    assert_eq!(text.charset, "EUC-KR");
    assert_eq!(text.source, CharsetSource::Detected);
    assert!(exchange.body_text().unwrap().contains("진달래꽃"));
    // The bytes are not UTF-8: read that way, the Korean would be lost.
    assert!(std::str::from_utf8(exchange.body_bytes()).is_err());
}

#[test]
fn json_and_the_image_are_recognised() {
    let server = server();
    let json = get(&server, "/json");
    assert_eq!(json.body.as_ref().unwrap().kind, ContentKind::Json);
    let value: serde_json::Value = serde_json::from_slice(json.body_bytes()).unwrap();
    assert_eq!(value["greeting"], "안녕하세요");
    let image = get(&server, "/image.png");
    assert_eq!(
        image.body.as_ref().unwrap().kind,
        ContentKind::Image(ImageFormat::Png)
    );
    assert_eq!(image.body_bytes(), include_bytes!("../assets/icon-64.png"));
}

#[test]
fn the_status_lessons_answer_with_their_codes() {
    let server = server();
    for (path, code) in [
        ("/status/404", 404),
        ("/status/418", 418),
        ("/status/500", 500),
        ("/no/such/lesson", 404),
    ] {
        let exchange = get(&server, path);
        assert_eq!(exchange.error, None, "{path}");
        assert_eq!(exchange.status_code(), Some(code), "{path}");
    }
    let teapot = get(&server, "/status/418");
    assert_eq!(teapot.head.unwrap().reason, "I'm a teapot");
}

#[test]
fn the_drip_takes_many_reads() {
    let exchange = get(&server(), "/drip");
    assert_eq!(exchange.error, None);
    let text = exchange.body_text().unwrap();
    assert_eq!(text.lines().count(), 20);
    assert!(exchange.reads.len() >= 10, "{} reads", exchange.reads.len());
}

#[test]
fn the_big_body_is_100_mib_and_any_size_on_request() {
    let server = server();
    let head_only = Request {
        method: "HEAD".to_owned(),
        ..Request::get(server.url("/big"))
    };
    let exchange = fetch_with(&head_only, &limits());
    assert_eq!(
        header(&exchange, "Content-Length").as_deref(),
        Some("104857600")
    );
    let small = get(&server, "/big?bytes=200000");
    assert_eq!(small.error, None);
    assert_eq!(small.body_bytes().len(), 200_000);
    assert!(small.body.as_ref().unwrap().complete);
    assert!(
        small
            .body_text()
            .unwrap()
            .starts_with("line         1 of a body")
    );
}

#[test]
fn many_headers_arrive_in_one_head() {
    let exchange = get(&server(), "/many-headers");
    let head = exchange.head.as_ref().unwrap();
    let made_up = head
        .headers
        .iter()
        .filter(|h| h.name.starts_with("X-Lesson-Header-"))
        .count();
    assert_eq!(made_up, MANY_HEADERS);
}

#[test]
fn a_cookie_set_comes_back_when_the_next_request_sends_it() {
    let server = server();
    let lesson = lesson("cookies").unwrap();
    let set = get(&server, lesson.path);
    let cookie = header(&set, "Set-Cookie").unwrap();
    assert!(cookie.starts_with("flavour=chocolate-chip;"), "{cookie}");
    let next = lesson.next.unwrap();
    let (name, value) = next.header;
    let shown = with_header(&server, next.path, name, value);
    assert!(shown.body_text().unwrap().contains(value));
    let without = get(&server, next.path);
    assert!(!without.body_text().unwrap().contains(value));
}

#[test]
fn a_matching_if_none_match_gets_304_without_a_body() {
    let server = server();
    let lesson = lesson("caching").unwrap();
    let first = get(&server, lesson.path);
    assert_eq!(first.status_code(), Some(200));
    assert_eq!(header(&first, "ETag").as_deref(), Some(LESSON_ETAG));
    let next = lesson.next.unwrap();
    let again = with_header(&server, next.path, next.header.0, next.header.1);
    assert_eq!(again.error, None);
    assert_eq!(again.status_code(), Some(304));
    assert!(again.body_bytes().is_empty());
    let other = with_header(&server, next.path, "If-None-Match", "\"old\"");
    assert_eq!(other.status_code(), Some(200));
}

#[test]
fn head_gets_the_length_but_no_body() {
    let server = server();
    let lesson = lesson("head").unwrap();
    let head = Request {
        method: lesson.method.to_owned(),
        ..Request::get(server.url(lesson.path))
    };
    let head = fetch_with(&head, &limits());
    assert_eq!(head.error, None);
    let length = ROMEO.len().to_string();
    assert_eq!(header(&head, "Content-Length"), Some(length.clone()));
    assert!(head.body_bytes().is_empty());
    let got = get(&server, lesson.path);
    assert_eq!(header(&got, "Content-Length"), Some(length));
    assert_eq!(got.body_text(), Some(ROMEO));
}

#[test]
fn the_echo_returns_exactly_the_bytes_sent() {
    let server = server();
    let lesson = lesson("echo").unwrap();
    let post = Request {
        method: lesson.method.to_owned(),
        body: lesson.body.map(|b| b.as_bytes().to_vec()),
        ..Request::get(server.url(lesson.path))
    };
    let exchange = fetch_with(&post, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), exchange.request_bytes);
    // Raw bytes, even a bare LF and bytes that are not UTF-8, come back as they were.
    let raw = b"PUT /echo HTTP/1.1\nHost: x\r\nContent-Length: 3\r\n\r\n\xff\x00z".to_vec();
    let request = Request {
        raw: Some(raw.clone()),
        ..Request::get(server.url(lesson.path))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.body_bytes(), raw);
}

#[test]
fn the_mail_port_greets_first_and_does_not_speak_http() {
    let server = server();
    let lesson = lesson("mail").unwrap();
    assert_eq!(lesson.port, LessonPort::Mail);
    assert_ne!(server.mail_address().port(), server.address().port());
    assert!(server.mail_address().ip().is_loopback());
    // A mail server speaks first: the greeting comes before the client says anything.
    let mut stream = TcpStream::connect(server.mail_address()).unwrap();
    let mut greeting = [0u8; 4];
    stream.read_exact(&mut greeting).unwrap();
    assert_eq!(&greeting, b"220 ");
    drop(stream);
    let exchange = fetch_with(&Request::get(server.lesson_url(lesson)), &limits());
    assert!(
        matches!(&exchange.error, Some(FetchError::NotHttp { first_bytes }) if first_bytes.starts_with("220 ")),
        "{:?}",
        exchange.error
    );
    assert!(exchange.received.starts_with(b"220 "));
}

#[test]
fn https_fails_with_an_unknown_issuer_until_the_lessons_ca_is_trusted() {
    let server = server();
    let https = lesson("https").unwrap();
    let url = server.lesson_url(https);
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    let refused = fetch_with(&Request::get(&url), &limits());
    assert!(
        matches!(
            refused.error,
            Some(FetchError::Tls(TlsProblem::UnknownIssuer))
        ),
        "{:?}",
        refused.error
    );
    let ca = get(&server, lesson("https-ca").unwrap().path);
    assert_eq!(ca.body_bytes(), server.ca_pem().as_bytes());
    assert!(server.ca_pem().starts_with("-----BEGIN CERTIFICATE-----"));
    let trusted = fetch_with_options(
        &Request::get(&url),
        &FetchOptions {
            extra_ca_pem: Some(ca.body_bytes().to_vec()),
            ..FetchOptions::default()
        },
        &limits(),
    );
    assert_eq!(trusted.error, None);
    assert!(trusted.tls.is_some());
    assert_eq!(trusted.body_text(), Some(ROMEO));
}

#[test]
fn wirepeek_practice_prints_the_lessons_and_serves_them() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args(["--practice", "--port", "0", "--lang", "en"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start wirepeek --practice");
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let listed: Vec<String> = lines
        .by_ref()
        .take(LESSONS.len())
        .map(Result::unwrap)
        .collect();
    let home = first
        .split_whitespace()
        .find(|word| word.starts_with("http://127.0.0.1:"))
        .expect("the address")
        .to_owned();
    assert!(listed[0].contains("/romeo.txt") && listed[0].contains("The textbook's romeo.txt"));
    let exchange = fetch_with(&Request::get(format!("{home}romeo.txt")), &limits());
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(exchange.body_text(), Some(ROMEO));
}

#[test]
fn wirepeek_practice_on_a_busy_port_says_so_and_fails() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args(["--practice", "--port", &port, "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("could not start on 127.0.0.1:"), "{said}");
    assert!(said.contains("--port 0"), "{said}");
}
