//! The response reader on recorded real responses (tests/fixtures) and on scripted edge cases,
//! fed in every kind of split: all at once, one byte at a time, two pieces cut anywhere, and
//! pseudo-random pieces. However the bytes arrive, the result must be the same.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::path::PathBuf;

use common::reader::{Caller, Outcome, read_with_cuts};
use common::{exchange_for, has_warning};
use wirepeek::wire::{
    BodyFraming, FetchError, Limits, ReadStatus, Received, ResponseReader, Warning,
};

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        &format!("{name}.response"),
    ]
    .iter()
    .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A tiny deterministic generator, so random splits are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// Read `stream` in many splits, by a caller that keeps all and by one that drops what the
/// reader is done with; check they all agree, and return the outcome.
fn read_every_way(stream: &[u8], request_was_head: bool) -> Outcome {
    let len = stream.len();
    let whole = read_with_cuts(stream, &[len], request_was_head, Caller::KeepsAll);
    let agrees = |cuts: &[usize], split: &str| {
        for caller in [Caller::KeepsAll, Caller::Drops] {
            assert_eq!(
                read_with_cuts(stream, cuts, request_was_head, caller),
                whole,
                "{split}, {caller:?}"
            );
        }
    };
    agrees(&[len], "all at once");
    let bytewise: Vec<usize> = (1..=len).collect();
    agrees(&bytewise, "one byte at a time");
    let step = if len > 2000 { 37 } else { 1 };
    for cut in (1..len).step_by(step) {
        agrees(&[cut, len], &format!("two pieces cut at {cut}"));
    }
    let mut rng = Lcg(len as u64);
    for round in 0..20 {
        let mut cuts = Vec::new();
        let mut at = 0;
        while at < len {
            at = (at + 1 + rng.next(64)).min(len);
            cuts.push(at);
        }
        agrees(&cuts, &format!("random split round {round}: {cuts:?}"));
    }
    whole
}

fn body_of(outcome: &Outcome, stream: &[u8]) -> Vec<u8> {
    // The body's wire range is in the Debug text; the unframed content for chunked bodies.
    if let Some(unframed) = &outcome.unframed {
        return unframed.clone();
    }
    let head_end = outcome.head.as_ref().expect("head").range.end;
    stream[head_end..].to_vec()
}

#[test]
fn damaged_responses_read_the_same_whether_or_not_the_body_is_kept() {
    // Responses with bytes changed, added or removed at random, cut at random: a reader whose
    // caller drops what it is done with must find exactly what a reader over all bytes finds,
    // and neither may panic, whatever the bytes.
    let seeds: [&[u8]; 4] = [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n6\r\n world\r\n0\r\nX-T: 1\r\n\r\n",
        b"HTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
        b"HTTP/1.0 200 OK\n\nuntil the server closes",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\nabc\n0\n\n",
    ];
    let alphabet = b"\r\n0123456789abcdef;: xX";
    let mut rng = Lcg(2026);
    for case in 0..20_000 {
        let mut stream = seeds[case % seeds.len()].to_vec();
        for _ in 0..1 + rng.next(3) {
            let at = rng.next(stream.len());
            match rng.next(3) {
                0 => stream[at] = alphabet[rng.next(alphabet.len())],
                1 => stream.insert(at, alphabet[rng.next(alphabet.len())]),
                _ => {
                    stream.remove(at);
                }
            }
        }
        let mut cuts = Vec::new();
        let mut at = 0;
        while at < stream.len() {
            at = (at + 1 + rng.next(8)).min(stream.len());
            cuts.push(at);
        }
        assert_eq!(
            read_with_cuts(&stream, &cuts, false, Caller::Drops),
            read_with_cuts(&stream, &cuts, false, Caller::KeepsAll),
            "{:?} cut at {cuts:?}",
            String::from_utf8_lossy(&stream)
        );
    }
}

fn assert_complete(outcome: &Outcome) {
    assert_eq!(outcome.error, None);
    assert!(outcome.body.contains("complete: true"), "{}", outcome.body);
}

// ---------------------------------------------------------------------------------------------
// Recorded responses

#[test]
fn nginx_romeo_http11() {
    let stream = fixture("nginx-romeo-http11");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let head = outcome.head.as_ref().expect("head");
    assert_eq!(
        (head.version.as_str(), head.code, head.reason.as_str()),
        ("HTTP/1.1", 200, "OK")
    );
    let names: Vec<&str> = head.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Server",
            "Date",
            "Content-Type",
            "Content-Length",
            "Last-Modified",
            "Connection",
            "ETag",
            "Accept-Ranges"
        ]
    );
    assert!(outcome.body.contains("ContentLength(167)"));
    let body = body_of(&outcome, &stream);
    assert_eq!(body.len(), 167);
    assert!(body.starts_with(b"But soft what light through yonder window breaks\n"));
}

#[test]
fn nginx_romeo_http10() {
    let stream = fixture("nginx-romeo-http10");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    assert_eq!(outcome.head.as_ref().expect("head").code, 200);
    assert!(body_of(&outcome, &stream).ends_with(b"sick and pale with grief\n"));
}

#[test]
fn nginx_gzip_chunked() {
    let stream = fixture("nginx-gzip-chunked");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    assert!(outcome.body.contains("Some(Chunked)"), "{}", outcome.body);
    let unframed = outcome.unframed.as_ref().expect("unframed");
    assert_eq!(unframed.len(), 0x8a);
    assert!(unframed.starts_with(b"\x1f\x8b"), "gzip magic");
}

#[test]
fn nginx_404() {
    let stream = fixture("nginx-404");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let head = outcome.head.as_ref().expect("head");
    assert_eq!((head.code, head.reason.as_str()), (404, "Not Found"));
    assert_eq!(body_of(&outcome, &stream).len(), 153);
}

#[test]
fn httpbin_stream_20_chunked() {
    let stream = fixture("httpbin-stream-20-chunked");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let unframed = outcome.unframed.as_ref().expect("unframed");
    let text = String::from_utf8(unframed.clone()).expect("utf-8 json lines");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 20);
    assert!(lines[19].ends_with("\"id\": 19}"), "{}", lines[19]);
    // 20 data chunks plus the last, empty one.
    assert_eq!(outcome.body.matches("Chunk {").count(), 21);
}

#[test]
fn httpbin_content_codings_are_framed_by_length() {
    for (name, coding, length) in [
        ("httpbin-gzip", "gzip", 176),
        ("httpbin-deflate", "deflate", 164),
        ("httpbin-brotli", "br", 150),
    ] {
        let stream = fixture(name);
        let outcome = read_every_way(&stream, false);
        assert_complete(&outcome);
        let head = outcome.head.as_ref().expect("head");
        assert_eq!(head.first("Content-Encoding").as_deref(), Some(coding));
        assert!(
            outcome.body.contains(&format!("ContentLength({length})")),
            "{name}"
        );
        assert_eq!(body_of(&outcome, &stream).len(), length, "{name}");
    }
}

#[test]
fn httpbin_image_png() {
    let stream = fixture("httpbin-image-png");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let body = body_of(&outcome, &stream);
    assert_eq!(body.len(), 8090);
    assert!(body.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn httpbin_redirect_3() {
    let stream = fixture("httpbin-redirect-3");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let head = outcome.head.as_ref().expect("head");
    assert_eq!((head.code, head.reason.as_str()), (302, "FOUND"));
    assert_eq!(
        head.first("Location").as_deref(),
        Some("/relative-redirect/2")
    );
}

#[test]
fn httpbin_duplicate_headers() {
    let stream = fixture("httpbin-duplicate-headers");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let head = outcome.head.as_ref().expect("head");
    let lessons: Vec<&[u8]> = head.values("X-Lesson").collect();
    assert_eq!(lessons, [&b"one"[..], &b"two"[..]]);
}

#[test]
fn httpbin_utf8_page() {
    let stream = fixture("httpbin-utf8-page");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let body = body_of(&outcome, &stream);
    assert_eq!(body.len(), 14239);
    assert!(std::str::from_utf8(&body).is_ok());
}

#[test]
fn httpbin_status_418() {
    let stream = fixture("httpbin-status-418");
    let outcome = read_every_way(&stream, false);
    assert_complete(&outcome);
    let head = outcome.head.as_ref().expect("head");
    assert_eq!((head.code, head.reason.as_str()), (418, "I'M A TEAPOT"));
    assert!(String::from_utf8_lossy(&body_of(&outcome, &stream)).contains("teapot"));
}

#[test]
fn httpbin_head_reply_has_no_body() {
    let stream = fixture("httpbin-head");
    let outcome = read_every_way(&stream, true);
    assert_complete(&outcome);
    assert!(outcome.body.contains("Some(None)"), "{}", outcome.body);
    let head = outcome.head.as_ref().expect("head");
    assert_eq!(head.first("Content-Length").as_deref(), Some("156"));
    assert_eq!(head.range.end, stream.len());
}

// ---------------------------------------------------------------------------------------------
// Scripted edge cases, in every split

#[test]
fn edge_cases_read_the_same_in_every_split() {
    let cases: [(&[u8], Option<&str>); 9] = [
        (
            b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
            None,
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Sum: 1\r\n\r\n",
            None,
        ),
        (b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok", None),
        (
            b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\nContent-Length: 2\r\n\r\nok",
            None,
        ),
        (b"HTTP/1.0 200 OK\r\n\r\nuntil the end", None),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc",
            Some("malformed_response"),
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
            Some("body_incomplete"),
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
            Some("body_incomplete"),
        ),
        (b"HTTP/1.1 099 Nope\r\n\r\n", Some("malformed_response")),
    ];
    for (stream, error_kind) in cases {
        let outcome = read_every_way(stream, false);
        assert_eq!(
            outcome.error.as_ref().map(FetchError::kind),
            error_kind,
            "{}",
            String::from_utf8_lossy(stream)
        );
    }
}

#[test]
fn departures_read_with_a_note_read_the_same_in_every_split() {
    // Empty lines before status lines, odd status lines, odd chunk lines: the reader skips and
    // notes them the same way however the bytes arrive and whatever the caller keeps.
    let cases: [&[u8]; 5] = [
        b"\r\n\nHTTP/1.1 100 Continue\r\n\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
        b"  http/1.1  200\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/0.9 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n05 ;\r\nhello\r\n0;a=\"b\"\r\n",
        b"HTTP/1.1 200 \xea\xb0\x92\xff\r\nX-Name : v\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
    ];
    for stream in cases {
        let outcome = read_every_way(stream, false);
        assert!(
            !outcome.warnings.is_empty() || outcome.error.is_some(),
            "{}",
            String::from_utf8_lossy(stream)
        );
    }
}

#[test]
fn damaged_departures_read_the_same_whether_or_not_the_body_is_kept() {
    // As above, from replies that lean on the lenient paths (empty lines, odd status and
    // chunk lines, a close after the last chunk).
    let seeds: [&[u8]; 3] = [
        b"\r\nHTTP/1.1 100 Continue\r\n\r\n\r\nhttp/1.1  200 OK\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/2.0 200\r\nTransfer-Encoding: chunked\r\n\r\n05 ;\r\nhello\r\n0\r\n",
        b" HTTP/1.1\t200 OK\r\nX-A : 1\r\nTransfer-Encoding: chunked\r\n\r\n2;;\r\nok\r\n0\r\n\r\n",
    ];
    let alphabet = b"\r\n \t0123456789abcdef;:=\"hHtTpP/.";
    let mut rng = Lcg(13);
    for case in 0..3_000 {
        let mut stream = seeds[case % seeds.len()].to_vec();
        for _ in 0..1 + rng.next(3) {
            let at = rng.next(stream.len());
            match rng.next(3) {
                0 => stream[at] = alphabet[rng.next(alphabet.len())],
                1 => stream.insert(at, alphabet[rng.next(alphabet.len())]),
                _ => {
                    stream.remove(at);
                }
            }
        }
        let mut cuts = Vec::new();
        let mut at = 0;
        while at < stream.len() {
            at = (at + 1 + rng.next(8)).min(stream.len());
            cuts.push(at);
        }
        let whole = read_with_cuts(&stream, &[stream.len()], false, Caller::KeepsAll);
        for caller in [Caller::KeepsAll, Caller::Drops] {
            let outcome = read_with_cuts(&stream, &cuts, false, caller);
            // Quoted bytes in a few errors depend on what had arrived; the rest may not.
            assert_eq!(
                (
                    &outcome.error.as_ref().map(FetchError::kind),
                    &outcome.head,
                    &outcome.warnings
                ),
                (
                    &whole.error.as_ref().map(FetchError::kind),
                    &whole.head,
                    &whole.warnings
                ),
                "{:?} cut at {cuts:?}, {caller:?}",
                String::from_utf8_lossy(&stream)
            );
        }
    }
}

#[test]
fn not_http_is_noticed_from_the_first_byte() {
    let mut reader = ResponseReader::new(&Limits::default(), false);
    assert!(matches!(
        reader.on_data(Received::all(b"H")),
        Ok(ReadStatus::NeedMore)
    ));
    let mut reader = ResponseReader::new(&Limits::default(), false);
    match reader.on_data(Received::all(b"<")) {
        Err(FetchError::NotHttp { first_bytes }) => assert_eq!(first_bytes, "<"),
        other => panic!("expected NotHttp, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The recorded responses through a real fetch: decoding end to end

#[test]
fn recorded_gzip_deflate_and_brotli_decode_to_json() {
    for (name, key) in [
        ("httpbin-gzip", "\"gzipped\": true"),
        ("httpbin-deflate", "\"deflated\": true"),
        ("httpbin-brotli", "\"brotli\": true"),
    ] {
        let exchange = exchange_for(fixture(name));
        assert_eq!(exchange.error, None, "{name}");
        let text = exchange
            .body_text()
            .unwrap_or_else(|| panic!("{name}: no text"));
        assert!(text.contains(key), "{name}: {text}");
        assert!(
            !has_warning(&exchange, |w| matches!(w, Warning::RawDeflate)),
            "{name}: {:?}",
            exchange.warnings
        );
    }
}

#[test]
fn recorded_gzip_inside_chunks_decodes_to_romeo() {
    let exchange = exchange_for(fixture("nginx-gzip-chunked"));
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::Chunked));
    assert_eq!(body.content_encoding, ["gzip"]);
    assert!(
        exchange
            .body_text()
            .expect("text")
            .starts_with("But soft what light")
    );
}

#[test]
fn recorded_pages_have_the_right_text() {
    let exchange = exchange_for(fixture("httpbin-utf8-page"));
    assert_eq!(exchange.error, None);
    let text = exchange
        .body
        .as_ref()
        .and_then(|b| b.text.as_ref())
        .expect("text");
    assert_eq!(text.charset, "UTF-8");
    assert_eq!(text.source, wirepeek::wire::CharsetSource::Header);
    assert!(exchange.body_text().expect("text").contains("Markus Kuhn"));

    let exchange = exchange_for(fixture("httpbin-image-png"));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_text(), None, "a PNG is not text");
    assert_eq!(exchange.received, fixture("httpbin-image-png"));
}

#[test]
fn a_recorded_response_read_without_a_network_is_what_a_fetch_finds() {
    for name in [
        "nginx-romeo-http11",
        "nginx-romeo-http10",
        "nginx-gzip-chunked",
        "nginx-404",
        "httpbin-brotli",
        "httpbin-duplicate-headers",
        "httpbin-image-png",
        "httpbin-stream-20-chunked",
        "httpbin-utf8-page",
    ] {
        let fetched = exchange_for(fixture(name));
        let read = wirepeek::wire::read_recorded(fixture(name), false, &Limits::default());
        assert_eq!(read.received, fetched.received, "{name}");
        assert_eq!(read.head, fetched.head, "{name}");
        assert_eq!(read.error, fetched.error, "{name}");
        assert_eq!(read.body_bytes(), fetched.body_bytes(), "{name}");
        assert_eq!(read.body_text(), fetched.body_text(), "{name}");
        assert_eq!(
            format!("{:?}", read.body),
            format!("{:?}", fetched.body),
            "{name}"
        );
        assert_eq!(read.warnings, fetched.warnings, "{name}");
    }
    // A recording that stops early says so, as a fetch would.
    let cut = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello".to_vec();
    let read = wirepeek::wire::read_recorded(cut, false, &Limits::default());
    assert_eq!(
        read.error,
        Some(FetchError::BodyIncomplete {
            received: 5,
            expected: Some(10)
        })
    );
    assert_eq!(read.body_bytes(), b"hello");
}

#[test]
fn close_without_close_notify_marks_an_until_close_body_possibly_truncated() {
    let stream = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsome text";
    let mut reader = ResponseReader::new(&Limits::default(), false);
    assert!(matches!(
        reader.on_data(Received::all(stream)),
        Ok(ReadStatus::NeedMore)
    ));
    assert_eq!(reader.on_end(Received::all(stream), false), Ok(()));
    let body = reader.body.as_ref().expect("body");
    assert!(body.possibly_truncated);
    assert!(body.complete, "nothing says it is short; it may be");
    assert!(
        reader
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::TlsClosedWithoutNotify)),
        "{:?}",
        reader.warnings
    );

    // The same bytes over a clean close are simply complete.
    let mut reader = ResponseReader::new(&Limits::default(), false);
    assert!(matches!(
        reader.on_data(Received::all(stream)),
        Ok(ReadStatus::NeedMore)
    ));
    assert_eq!(reader.on_end(Received::all(stream), true), Ok(()));
    assert!(!reader.body.as_ref().expect("body").possibly_truncated);
    assert!(reader.warnings.is_empty());
}
