//! The response side of a fetch against scripted loopback servers: framing, heads, limits,
//! timeouts, cancel, and what is recorded (reads, timing).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use common::{
    BackgroundFetch, Server, Step, exchange_for, exchange_with_limits, fetch_cancelled_once,
    fetch_with, get, has_warning, limits, pause, send,
};
use wirepeek::wire::{BodyFraming, Exchange, FetchError, LimitKind, Phase, Request, Warning};

// ---------------------------------------------------------------------------------------------
// Body framing

#[test]
fn http10_body_is_read_until_the_server_closes() {
    let response = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nBut soft what light\nthrough yonder window breaks\n";
    let exchange = exchange_for(response);
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    assert_eq!(head.version, "HTTP/1.0");
    assert_eq!(head.code, 200);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::UntilClose));
    assert!(body.complete);
    assert_eq!(
        exchange.body_text(),
        Some("But soft what light\nthrough yonder window breaks\n")
    );
    assert_eq!(exchange.received, response);
}

#[test]
fn content_length_body_is_read_exactly() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::ContentLength(5)));
    assert!(body.complete);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(exchange.body_wire_bytes(), b"hello");
}

#[test]
fn content_length_body_stops_at_the_length_even_if_the_server_stays_open() {
    // The server keeps the connection open: the reader must stop at the announced length.
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"),
        Step::Hold,
    ]);
    let exchange = fetch_with(&Request::get(server.url("/")), &limits());
    // A fetch that waited for more than the announced length would end with the idle timeout.
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(exchange.body.as_ref().expect("body").complete);
}

#[test]
fn bytes_after_the_declared_length_are_not_part_of_the_body() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA");
    assert_eq!(exchange.body_bytes(), b"hello");
    // Whether the extra bytes arrived in the same read is up to the network; when they did,
    // the learner is told about them.
    if exchange.received.ends_with(b"EXTRA") {
        assert!(
            has_warning(&exchange, |w| matches!(
                w,
                Warning::ExtraBytes { count: 5, .. }
            )),
            "{:?}",
            exchange.warnings
        );
    }
}

#[test]
fn chunked_body_with_extensions_and_trailers() {
    let body = b"4;lesson=one\r\nWiki\r\n5 ; a=b;c\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\nX-Checksum: abc123\r\n\r\n";
    let mut response =
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
            .to_vec();
    response.extend_from_slice(body);
    let exchange = exchange_for(&response);
    assert_eq!(exchange.error, None);
    let framed = exchange.body.as_ref().expect("body");
    assert_eq!(framed.framing, Some(BodyFraming::Chunked));
    assert!(framed.complete);
    assert_eq!(exchange.body_bytes(), b"Wikipedia in\r\n\r\nchunks.");
    assert_eq!(exchange.body_wire_bytes(), body);
    let sizes: Vec<u64> = framed.chunks.iter().map(|c| c.size).collect();
    assert_eq!(sizes, [4, 5, 14, 0]);
    assert_eq!(framed.chunks[0].extensions, ";lesson=one");
    assert_eq!(framed.chunks[1].extensions, "; a=b;c");
    assert_eq!(framed.chunks[2].extensions, "");
    // Chunk ranges point at the data in the received bytes.
    let first = &framed.chunks[0];
    assert_eq!(&exchange.received[first.data.clone()], b"Wiki");
    assert_eq!(
        &exchange.received[first.size_line.clone()],
        b"4;lesson=one\r\n"
    );
    let trailers: Vec<(String, String)> = framed
        .trailers
        .iter()
        .map(|h| (h.name.clone(), h.value_text()))
        .collect();
    assert_eq!(
        trailers,
        [
            ("Expires".to_owned(), "never".to_owned()),
            ("X-Checksum".to_owned(), "abc123".to_owned())
        ]
    );
}

#[test]
fn chunked_wins_over_content_length_with_a_warning() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    );
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::Chunked));
    assert!(body.complete);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(
        has_warning(&exchange, |w| matches!(
            w,
            Warning::LengthAndTransferEncoding
        )),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn conflicting_content_lengths_are_an_error_and_the_head_is_kept() {
    let exchange =
        exchange_for(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
    match &exchange.error {
        Some(error @ FetchError::Malformed(_)) => {
            let what = english(error);
            assert!(what.contains('5') && what.contains('6'), "{what}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    // The head that caused the trouble is what the learner needs to see.
    let head = exchange.head.as_ref().expect("the head is kept");
    assert_eq!(head.values("Content-Length").count(), 2);
}

#[test]
fn malformed_content_length_is_an_error() {
    for bad in ["12abc", "-5", "+5", "0x10", "5 5", ""] {
        let response = format!("HTTP/1.1 200 OK\r\nContent-Length: {bad}\r\n\r\nhello");
        let exchange = exchange_for(response);
        match &exchange.error {
            Some(error @ FetchError::Malformed(_)) => {
                let what = english(error);
                assert!(what.contains("Content-Length"), "{bad:?}: {what}");
            }
            other => panic!("{bad:?}: expected Malformed, got {other:?}"),
        }
    }
}

#[test]
fn identical_duplicate_content_lengths_are_accepted() {
    for headers in [
        "Content-Length: 5\r\nContent-Length: 5\r\n",
        "Content-Length: 5, 5\r\n",
    ] {
        let exchange = exchange_for(format!("HTTP/1.1 200 OK\r\n{headers}\r\nhello"));
        assert_eq!(exchange.error, None, "{headers:?}");
        let body = exchange.body.as_ref().expect("body");
        assert_eq!(body.framing, Some(BodyFraming::ContentLength(5)));
        assert!(body.complete);
        assert_eq!(exchange.body_bytes(), b"hello");
    }
}

#[test]
fn truncated_body_is_kept_and_marked_incomplete() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello");
    let error = exchange.error.clone().expect("an error");
    assert_eq!(
        error,
        FetchError::BodyIncomplete {
            received: 5,
            expected: Some(100)
        }
    );
    let message = english(&error);
    assert!(message.contains("5 of 100"), "{message}");
    let body = exchange.body.as_ref().expect("body");
    assert!(!body.complete);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(exchange.status_code(), Some(200));
}

#[test]
fn chunked_body_without_its_last_chunk_is_kept_and_marked_incomplete() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n",
    );
    assert_eq!(
        exchange.error,
        Some(FetchError::BodyIncomplete {
            received: 11,
            expected: None
        })
    );
    let body = exchange.body.as_ref().expect("body");
    assert!(!body.complete);
    assert_eq!(exchange.body_bytes(), b"hello world");
    assert_eq!(body.chunks.len(), 2);
}

#[test]
fn chunked_body_cut_inside_a_chunk_keeps_the_part_that_arrived() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\nhello");
    assert!(matches!(
        exchange.error,
        Some(FetchError::BodyIncomplete { expected: None, .. })
    ));
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(!exchange.body.as_ref().expect("body").complete);
}

#[test]
fn chunk_longer_than_announced_is_malformed() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
    );
    assert!(
        matches!(&exchange.error, Some(error @ FetchError::Malformed(_)) if english(error).contains("chunk")),
        "{:?}",
        exchange.error
    );
}

#[test]
fn head_response_has_no_body_even_with_a_length() {
    // The server announces 100 bytes and keeps the connection open: the fetch must not wait.
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/plain\r\n\r\n"),
        Step::Hold,
    ]);
    let request = Request {
        method: "HEAD".into(),
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert!(server.request_text().starts_with("HEAD / HTTP/1.1\r\n"));
    // A fetch that waited for the 100 bytes would end with the idle timeout.
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body record");
    assert_eq!(body.framing, Some(BodyFraming::None));
    assert!(body.complete);
    assert!(exchange.body_bytes().is_empty());
}

#[test]
fn no_content_response_has_no_body_even_with_a_length() {
    for code in ["204 No Content", "304 Not Modified"] {
        let server = Server::start(vec![
            send(format!("HTTP/1.1 {code}\r\nContent-Length: 42\r\n\r\n")),
            Step::Hold,
        ]);
        let exchange = fetch_with(&Request::get(server.url("/")), &limits());
        // A fetch that waited for the 42 bytes would end with the idle timeout.
        assert_eq!(exchange.error, None, "{code}");
        let body = exchange.body.as_ref().expect("body record");
        assert_eq!(body.framing, Some(BodyFraming::None), "{code}");
        assert!(body.complete, "{code}");
        assert!(exchange.body_bytes().is_empty(), "{code}");
    }
}

#[test]
fn transfer_encoding_not_ending_in_chunked_reads_until_close() {
    let exchange =
        exchange_for(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nnot really gzip");
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::UntilClose));
    assert!(
        has_warning(
            &exchange,
            |w| matches!(w, Warning::TransferEncodingNotChunked { codings } if codings == "gzip")
        ),
        "{:?}",
        exchange.warnings
    );
}

// ---------------------------------------------------------------------------------------------
// Heads

#[test]
fn interim_103_is_kept_before_the_final_200() {
    let exchange = exchange_for(
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    );
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.interim.len(), 1);
    let hint = &exchange.interim[0];
    assert_eq!(hint.code, 103);
    assert_eq!(hint.reason, "Early Hints");
    assert_eq!(
        hint.first("Link").as_deref(),
        Some("</style.css>; rel=preload")
    );
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_bytes(), b"ok");
    // The ranges of both heads point into the received bytes, one after the other.
    let head = exchange.head.as_ref().expect("head");
    assert_eq!(hint.range.start, 0);
    assert_eq!(hint.range.end, head.range.start);
    assert!(exchange.head_bytes().starts_with(b"HTTP/1.1 200 OK\r\n"));
}

#[test]
fn too_many_interim_responses_is_a_limit() {
    let response = "HTTP/1.1 100 Continue\r\n\r\n".repeat(6)
        + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    let exchange = exchange_for(response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::InterimResponses,
            max: 5
        })
    );
    assert!(exchange.interim.len() >= 5);
    assert!(exchange.head.is_none());
}

#[test]
fn one_mebibyte_header_line_hits_the_head_limit_and_keeps_what_arrived() {
    let mut response = b"HTTP/1.1 200 OK\r\nX-Huge: ".to_vec();
    response.extend(std::iter::repeat_n(b'a', 1024 * 1024));
    response.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\nok");
    let exchange = exchange_for(&response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::HeadBytes,
            max: 256 * 1024
        })
    );
    // The partial head stays: at least the limit's worth, and not the whole megabyte.
    assert!(exchange.received.len() > 256 * 1024);
    assert!(
        exchange
            .received
            .starts_with(b"HTTP/1.1 200 OK\r\nX-Huge: aaa")
    );
    assert!(exchange.head.is_none());
}

#[test]
fn two_thousand_headers_hit_the_header_count_limit() {
    let mut response = String::from("HTTP/1.1 200 OK\r\n");
    for i in 0..2000 {
        response.push_str(&format!("X-H{i}: {i}\r\n"));
    }
    response.push_str("Content-Length: 2\r\n\r\nok");
    let exchange = exchange_for(response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::HeaderCount,
            max: 1000
        })
    );
    assert!(exchange.received.len() > 2000 * 8);
}

#[test]
fn nul_in_a_header_is_malformed_naming_the_line() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nServer: test\r\nX-Bad: a\x00b\r\nContent-Length: 2\r\n\r\nok",
    );
    match &exchange.error {
        Some(error @ FetchError::Malformed(_)) => {
            let what = english(error);
            assert!(what.contains("line 3"), "{what}");
            assert!(what.contains("NUL"), "{what}");
            assert!(what.contains("X-Bad"), "{what}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    assert!(exchange.received.len() > 40);
}

#[test]
fn lone_cr_in_a_header_is_malformed_naming_the_line() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nX-Bad: a\rb\r\nContent-Length: 2\r\n\r\nok");
    match &exchange.error {
        Some(error @ FetchError::Malformed(_)) => {
            let what = english(error);
            assert!(what.contains("line 2"), "{what}");
            assert!(what.contains("CR"), "{what}");
            assert!(what.contains("X-Bad"), "{what}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn folded_header_is_joined_with_a_warning() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nX-Folded: first part\r\n   second part\r\n\tthird\r\nContent-Length: 2\r\n\r\nok",
    );
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    assert_eq!(
        head.first("X-Folded").as_deref(),
        Some("first part second part third")
    );
    assert!(
        has_warning(
            &exchange,
            |w| matches!(w, Warning::FoldedHeader { name } if name == "X-Folded")
        ),
        "{:?}",
        exchange.warnings
    );
    assert_eq!(exchange.body_bytes(), b"ok");
}

#[test]
fn bare_lf_head_is_read_with_a_warning() {
    let exchange =
        exchange_for(b"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\n\nok");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    assert_eq!(head.code, 200);
    assert_eq!(head.first("Content-Type").as_deref(), Some("text/plain"));
    assert_eq!(exchange.body_bytes(), b"ok");
    assert!(
        has_warning(&exchange, |w| matches!(w, Warning::BareLineFeedsInHead)),
        "{:?}",
        exchange.warnings
    );
    assert!(
        !has_warning(&exchange, |w| matches!(w, Warning::BareLineFeedInChunk)),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn headers_keep_wire_order_case_and_duplicates() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nset-cookie: a=1\r\nX-Lesson: one\r\nSET-COOKIE: b=2\r\nX-Lesson: two\r\nContent-Length: 0\r\n\r\n",
    );
    let head = exchange.head.as_ref().expect("head");
    let names: Vec<&str> = head.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "set-cookie",
            "X-Lesson",
            "SET-COOKIE",
            "X-Lesson",
            "Content-Length"
        ]
    );
    let lessons: Vec<&[u8]> = head.values("x-lesson").collect();
    assert_eq!(lessons, [&b"one"[..], &b"two"[..]]);
}

#[test]
fn non_utf8_header_values_are_kept_as_bytes() {
    let exchange =
        exchange_for(b"HTTP/1.1 200 OK\r\nX-Latin: caf\xe9\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    let header = head
        .headers
        .iter()
        .find(|h| h.name == "X-Latin")
        .expect("X-Latin");
    assert_eq!(header.value, b"caf\xe9");
    // Shown as what it is, not guessed as Latin-1: the one display rule of every surface.
    assert_eq!(header.value_text(), "caf\\xE9");
}

#[test]
fn bytes_that_are_not_http_are_named_escaped() {
    let exchange = exchange_for(b"SSH-2.0-OpenSSH_9.6\r\n\x00\x01");
    match &exchange.error {
        Some(FetchError::NotHttp { first_bytes }) => {
            assert!(
                first_bytes.starts_with("SSH-2.0-OpenSSH_9.6\\r\\n"),
                "{first_bytes}"
            );
            assert!(
                first_bytes.contains("\\x00") || first_bytes.len() < 30,
                "{first_bytes}"
            );
        }
        other => panic!("expected NotHttp, got {other:?}"),
    }
    assert!(exchange.head.is_none());
    assert!(exchange.received.starts_with(b"SSH-2.0"));
}

#[test]
fn binary_reply_is_not_http_with_escaped_bytes() {
    let exchange = exchange_for(b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03");
    match &exchange.error {
        Some(FetchError::NotHttp { first_bytes }) => {
            assert!(first_bytes.starts_with("\\x16\\x03\\x01"), "{first_bytes}");
        }
        other => panic!("expected NotHttp, got {other:?}"),
    }
}

#[test]
fn status_099_is_malformed() {
    let exchange = exchange_for(b"HTTP/1.1 099 Too Low\r\nContent-Length: 0\r\n\r\n");
    match &exchange.error {
        Some(error @ FetchError::Malformed(_)) => {
            let what = english(error);
            assert!(what.contains("099"), "{what}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    assert!(exchange.head.is_none());
}

#[test]
fn http_1_2_is_read_as_http_1_1_with_a_warning() {
    let exchange = exchange_for(b"HTTP/1.2 200 OK\r\nContent-Length: 2\r\n\r\nok");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    assert_eq!(head.code, 200);
    assert_eq!(head.reason, "OK");
    assert_eq!(exchange.body_bytes(), b"ok");
    assert!(
        has_warning(&exchange, |w| matches!(
            w,
            Warning::UnknownMinorVersion { minor: '2' }
        )),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn closed_without_a_byte_is_closed_before_response() {
    let exchange = exchange_for(b"");
    assert_eq!(exchange.error, Some(FetchError::ClosedBeforeResponse));
    assert!(!exchange.request_bytes.is_empty());
}

#[test]
fn closed_in_the_middle_of_the_head_keeps_the_bytes() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nContent-Ty");
    assert!(
        matches!(&exchange.error, Some(error @ FetchError::Malformed(_)) if english(error).contains("middle")),
        "{:?}",
        exchange.error
    );
    assert_eq!(exchange.received, b"HTTP/1.1 200 OK\r\nContent-Ty");
}

// ---------------------------------------------------------------------------------------------
// Limits on the body

#[test]
fn body_larger_than_the_limit_stops_and_keeps_the_limit() {
    let mut test_limits = limits();
    test_limits.max_body_bytes = 1000;
    let body = vec![b'x'; 5000];
    let exchange = exchange_with_limits(common::response_with("", &body), &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 1000
        })
    );
    assert_eq!(exchange.body_bytes().len(), 1000);
    assert!(!exchange.body.as_ref().expect("body").complete);
}

#[test]
fn chunked_body_larger_than_the_limit_stops_and_keeps_the_limit() {
    let mut test_limits = limits();
    test_limits.max_body_bytes = 1000;
    let mut response = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..10 {
        response.extend_from_slice(b"1f4\r\n");
        response.extend(std::iter::repeat_n(b'y', 500));
        response.extend_from_slice(b"\r\n");
    }
    response.extend_from_slice(b"0\r\n\r\n");
    let exchange = exchange_with_limits(&response, &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 1000
        })
    );
    assert_eq!(exchange.body_bytes().len(), 1000);
    assert!(!exchange.body.as_ref().expect("body").complete);
}

#[test]
fn overlong_chunk_size_line_is_a_limit() {
    let mut response = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;".to_vec();
    response.extend(std::iter::repeat_n(b'e', 10_000));
    response.extend_from_slice(b"\r\nhello\r\n0\r\n\r\n");
    let exchange = exchange_for(&response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::ChunkLine,
            max: 4096
        })
    );
}

// ---------------------------------------------------------------------------------------------
// Time limits and cancel

fn short_head_timeout(ms: u64) -> wirepeek::wire::Limits {
    let mut test_limits = limits();
    test_limits.head_timeout = Duration::from_millis(ms);
    test_limits
}

#[test]
fn silent_server_times_out_waiting_for_the_head() {
    let server = Server::start(vec![Step::Hold]);
    let exchange = fetch_with(&Request::get(server.url("/")), &short_head_timeout(300));
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Waiting,
            limit: Duration::from_millis(300)
        })
    );
    // How close to its limit a timeout fires is measured in benches/timeouts.rs.
    // The request did go out.
    assert!(exchange.timing.request_written.is_some());
    assert!(server.request_text().starts_with("GET / HTTP/1.1\r\n"));
}

/// Fetch from a server that sends a header line one byte every `every_ms`, forever, with a head
/// timeout of `limit_ms`. The drip outlasts the test's limits, so only the head deadline can
/// end it with a timeout.
fn fetch_a_dripping_head(every_ms: u64, limit_ms: u64) -> Exchange {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\n"),
        Step::Drip(
            b"X-Slow: zzzzzzzzzzzz\r\n".to_vec(),
            Duration::from_millis(every_ms),
        ),
    ]);
    fetch_with(
        &Request::get(server.url("/")),
        &short_head_timeout(limit_ms),
    )
}

#[test]
fn drip_feeding_head_hits_the_wall_clock_deadline() {
    // One byte every 50 ms, forever: every single read succeeds, but the head never ends.
    let exchange = fetch_a_dripping_head(50, 600);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Waiting,
            limit: Duration::from_millis(600)
        })
    );
    // Bytes did keep arriving, and they are kept.
    assert!(exchange.reads.len() >= 3, "{} reads", exchange.reads.len());
    assert!(
        exchange
            .received
            .starts_with(b"HTTP/1.1 200 OK\r\nX-Slow: z")
    );
}

#[test]
fn silent_body_hits_the_idle_timeout_and_keeps_the_body() {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"),
        Step::Hold,
    ]);
    let mut test_limits = limits();
    test_limits.idle_timeout = Duration::from_millis(300);
    let exchange = fetch_with(&Request::get(server.url("/")), &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Downloading,
            limit: Duration::from_millis(300)
        })
    );
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(!exchange.body.as_ref().expect("body").complete);
}

#[test]
fn total_timeout_ends_the_whole_fetch() {
    // A body dripping one byte every 50 ms never lets the idle timeout fire; the total one does.
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"),
        Step::Drip(b"abc".to_vec(), Duration::from_millis(50)),
    ]);
    let mut test_limits = limits();
    test_limits.total_timeout = Some(Duration::from_millis(700));
    let exchange = fetch_with(&Request::get(server.url("/")), &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Downloading,
            limit: Duration::from_millis(700)
        })
    );
    assert!(exchange.body_bytes().starts_with(b"abc"));
}

#[test]
fn cancel_during_a_silent_read_returns_promptly() {
    let server = Server::start(vec![Step::Hold]);
    let exchange = fetch_cancelled_once(
        &Request::get(server.url("/")),
        &limits(),
        "the wait for the response head",
        |progress| progress.phase() == Phase::Waiting,
    );
    // Cancelled, not timed out: the press ended the wait. How soon is measured in
    // benches/timeouts.rs.
    assert_eq!(
        exchange.error,
        Some(FetchError::Cancelled {
            phase: Phase::Waiting
        })
    );
    assert!(exchange.timing.done.is_some());
}

#[test]
fn progress_is_readable_from_another_thread() {
    const SENT: &str = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello";
    let server = Server::start(vec![send(SENT), Step::Hold]);
    let fetching = BackgroundFetch::start(&Request::get(server.url("/")), &limits());
    // The engine counts bytes as they arrive and moves to Downloading once the head is read.
    fetching.wait_until("every sent byte to be counted", |progress| {
        progress.bytes_received() >= SENT.len() as u64
    });
    let progress = fetching.progress.clone();
    assert_eq!(progress.phase(), Phase::Downloading);
    assert_eq!(progress.bytes_received(), SENT.len() as u64);
    assert!(progress.elapsed().is_some());
    fetching.cancel.cancel();
    let exchange = fetching.finish();
    assert_eq!(
        exchange.error,
        Some(FetchError::Cancelled {
            phase: Phase::Downloading
        })
    );
    assert_eq!(progress.phase(), Phase::Done);
    assert_eq!(exchange.body_bytes(), b"hello");
}

#[test]
fn connection_refused_is_named() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let exchange = get(&format!("http://127.0.0.1:{port}/"));
    assert_eq!(
        exchange.error,
        Some(FetchError::ConnectionRefused {
            address: format!("127.0.0.1:{port}")
        })
    );
    assert!(exchange.connection.is_none(), "no connection was made");
    assert_eq!(
        exchange.connect_attempts.len(),
        1,
        "the attempt is recorded"
    );
    assert!(exchange.connect_attempts[0].failure.is_some());
    assert!(exchange.head.is_none());
    assert!(!exchange.request_bytes.is_empty());
}

// ---------------------------------------------------------------------------------------------
// What is recorded

#[test]
fn every_read_is_recorded_contiguously() {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\n"),
        pause(100),
        send("Content-Length: 10\r\n\r\n"),
        pause(100),
        send("hello"),
        pause(100),
        send("world"),
    ]);
    let exchange = get(&server.url("/"));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"helloworld");
    // Four pieces 100 ms apart: normally four reads, but a busy machine may merge some.
    assert!(exchange.reads.len() >= 2, "{:?}", exchange.reads);
    let mut offset = 0;
    let mut last_at = Duration::ZERO;
    for read in &exchange.reads {
        assert_eq!(read.offset, offset);
        assert!(read.len > 0);
        assert!(read.at >= last_at);
        offset += read.len;
        last_at = read.at;
    }
    assert_eq!(offset, exchange.received.len());
    // The pauses show up between the reads.
    let first = exchange.reads.first().expect("a read").at;
    let last = exchange.reads.last().expect("a read").at;
    assert!(
        last - first >= Duration::from_millis(100),
        "{:?}",
        exchange.reads
    );
}

#[test]
fn timing_fields_are_set_in_order() {
    let server = Server::start(vec![
        pause(30),
        send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"),
        pause(30),
        send("hello"),
    ]);
    let exchange = get(&server.url("/"));
    assert_eq!(exchange.error, None);
    let t = exchange.timing;
    let steps = [
        t.dns.expect("dns"),
        t.connect.expect("connect"),
        t.request_written.expect("request written"),
        t.first_byte.expect("first byte"),
        t.head_complete.expect("head complete"),
        t.done.expect("done"),
    ];
    assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{t:?}");
    assert_eq!(t.tls, None);
    assert!(
        t.first_byte.expect("first byte") - t.request_written.expect("written")
            >= Duration::from_millis(25)
    );
    assert!(t.done.expect("done") - t.head_complete.expect("head") >= Duration::from_millis(25));
    let dns = exchange.dns.as_ref().expect("dns answer");
    assert_eq!(
        dns.addresses,
        ["127.0.0.1".parse::<std::net::IpAddr>().expect("ip")]
    );
    let connection = exchange.connection.as_ref().expect("connection");
    assert_eq!(connection.remote, server.addr);
    assert!(connection.local.is_some());
}

// ---------------------------------------------------------------------------------------------
// More limits and edge cases

#[test]
fn a_thousand_headers_are_still_fine() {
    let mut response = String::from("HTTP/1.1 200 OK\r\n");
    for i in 0..999 {
        response.push_str(&format!("X-H{i}: {i}\r\n"));
    }
    response.push_str("Content-Length: 2\r\n\r\nok");
    let exchange = exchange_for(response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.head.as_ref().expect("head").headers.len(), 1000);
    assert_eq!(exchange.body_bytes(), b"ok");
}

#[test]
fn oversized_trailers_are_a_limit() {
    let mut response =
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n".to_vec();
    for i in 0..400 {
        response.extend_from_slice(format!("X-Trailer-{i}: {}\r\n", "t".repeat(60)).as_bytes());
    }
    response.extend_from_slice(b"\r\n");
    let exchange = exchange_for(&response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::TrailerBytes,
            max: 16 * 1024
        })
    );
    assert_eq!(exchange.body_bytes(), b"ok");
}

#[test]
fn too_many_chunk_extension_bytes_are_a_limit() {
    let mut response = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..100 {
        response.extend_from_slice(format!("1;{}\r\nx\r\n", "e".repeat(300)).as_bytes());
    }
    response.extend_from_slice(b"0\r\n\r\n");
    let exchange = exchange_for(&response);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::ChunkExtensions,
            max: 16 * 1024
        })
    );
    // The chunks before the limit are kept.
    assert!(!exchange.body_bytes().is_empty());
    assert!(exchange.body_bytes().iter().all(|&b| b == b'x'));
}

#[test]
fn chunks_ending_in_bare_lf_are_read_with_a_warning() {
    let exchange = exchange_for(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\n6\n world\n0\n\n",
    );
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello world");
    assert!(exchange.body.as_ref().expect("body").complete);
    assert!(
        has_warning(&exchange, |w| matches!(w, Warning::BareLineFeedInChunk)),
        "{:?}",
        exchange.warnings
    );
    // The head itself ended its lines with CR LF.
    assert!(
        !has_warning(&exchange, |w| matches!(w, Warning::BareLineFeedsInHead)),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn huge_content_length_is_malformed() {
    let exchange =
        exchange_for(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nok");
    assert!(
        matches!(&exchange.error, Some(error @ FetchError::Malformed(_)) if english(error).contains("Content-Length")),
        "{:?}",
        exchange.error
    );
}

#[test]
fn status_line_without_a_reason_is_fine() {
    let exchange = exchange_for(b"HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nok");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().expect("head");
    assert_eq!((head.code, head.reason.as_str()), (200, ""));
}

#[test]
fn http11_without_length_reads_until_close() {
    let exchange = exchange_for(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the very end");
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::UntilClose));
    assert!(body.complete);
    assert!(
        !body.possibly_truncated,
        "plain TCP has no close_notify to miss"
    );
    assert_eq!(exchange.body_bytes(), b"to the very end");
}

#[test]
fn reset_in_the_middle_of_the_body_keeps_what_arrived() {
    // A server that never reads the request and closes: the unread request turns its close
    // into a reset (RST) instead of a normal end.
    const SENT: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello";
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (hang_up, told_to_hang_up) = mpsc::channel::<()>();
    let server = thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        std::io::Write::write_all(&mut stream, SENT).expect("write");
        // The request must be waiting unread for the close to become a reset.
        stream
            .set_read_timeout(Some(common::HANG_GUARD))
            .expect("read timeout");
        stream.peek(&mut [0u8; 1]).expect("the request arrives");
        // A reset throws away what the client has not read yet, so hang up only once it has.
        let _ = told_to_hang_up.recv_timeout(common::HANG_GUARD);
        drop(stream);
    });
    let fetching = BackgroundFetch::start(
        &Request::get(format!("http://127.0.0.1:{port}/")),
        &limits(),
    );
    fetching.wait_until("the head and \"hello\" to be read", |progress| {
        progress.bytes_received() >= SENT.len() as u64
    });
    hang_up.send(()).expect("the server is waiting");
    let exchange = fetching.finish();
    server.join().expect("server");
    assert_eq!(
        exchange.error,
        Some(FetchError::ConnectionReset {
            phase: Phase::Downloading
        })
    );
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(!exchange.body.as_ref().expect("body").complete);
}

// ---------------------------------------------------------------------------------------------
// Deadlines and cancel while bytes keep arriving (a read never has to wait)

#[test]
fn fast_drip_feeding_head_still_hits_the_wall_clock_deadline() {
    // One byte every 5 ms: shorter than any sensible polling slice, so the deadline must be
    // looked at after reads that returned data too, not only after reads that waited.
    let exchange = fetch_a_dripping_head(5, 500);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Waiting,
            limit: Duration::from_millis(500)
        })
    );
}

/// The head `streaming_server` sends before its endless body.
const STREAMING_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";

/// A server that streams a body without end (until the server's own patience runs out).
fn streaming_server() -> Server {
    Server::start(vec![
        send(STREAMING_HEAD),
        Step::Flood {
            chunk: 4096,
            every: Duration::from_millis(2),
        },
    ])
}

#[test]
fn total_timeout_ends_a_steadily_streaming_body() {
    let server = streaming_server();
    let mut test_limits = limits();
    test_limits.total_timeout = Some(Duration::from_millis(500));
    let exchange = fetch_with(&Request::get(server.url("/")), &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::Downloading,
            limit: Duration::from_millis(500)
        })
    );
    assert!(!exchange.body_bytes().is_empty());
    assert!(!exchange.body.as_ref().expect("body").complete);
}

#[test]
fn cancel_stops_a_steadily_streaming_body() {
    let server = streaming_server();
    let exchange = fetch_cancelled_once(
        &Request::get(server.url("/")),
        &limits(),
        "body bytes to arrive",
        |progress| progress.bytes_received() > STREAMING_HEAD.len() as u64,
    );
    // Cancelled, not cut by the server or a timeout: the press ended the stream. How soon is
    // measured in benches/timeouts.rs.
    assert_eq!(
        exchange.error,
        Some(FetchError::Cancelled {
            phase: Phase::Downloading
        })
    );
    assert!(!exchange.body_bytes().is_empty());
}

#[test]
fn malformed_heads_name_what_is_wrong() {
    for (response, words) in [
        (
            &b"HTTP/1.1 200 OK\r\nGarbage line\r\nContent-Length: 0\r\n\r\n"[..],
            &["line 2", "Garbage line"][..],
        ),
        (
            b"HTTP/1.1 200 OK\r\nBad Name: x\r\nContent-Length: 0\r\n\r\n",
            &["line 2", "Bad Name"],
        ),
        (b"HTTP/1.1 abc OK\r\n\r\n", &["three digits", "abc"]),
        (
            b"HTTP/2 200\r\n\r\n",
            &["HTTP/1.0 or HTTP/1.1", "HTTP/2 200"],
        ),
    ] {
        let exchange = exchange_for(response);
        match &exchange.error {
            Some(error @ FetchError::Malformed(_)) => {
                let what = english(error);
                for word in words {
                    assert!(what.contains(word), "{what}");
                }
            }
            other => panic!(
                "{}: expected Malformed, got {other:?}",
                String::from_utf8_lossy(response)
            ),
        }
        assert_eq!(exchange.received, response);
    }
}

#[test]
fn exactly_five_interim_responses_are_fine() {
    let response = "HTTP/1.1 100 Continue\r\n\r\n".repeat(5)
        + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    let exchange = exchange_for(response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.interim.len(), 5);
    assert_eq!(exchange.body_bytes(), b"ok");
}

#[test]
fn http09_style_reply_without_a_status_line_is_not_http() {
    let exchange = exchange_for(b"<html><body>hello</body></html>\n");
    match &exchange.error {
        Some(FetchError::NotHttp { first_bytes }) => {
            assert_eq!(first_bytes, "<html><body>hello</body></html>\\n");
        }
        other => panic!("expected NotHttp, got {other:?}"),
    }
    assert!(english(exchange.error.as_ref().expect("error")).contains("<html>"));
}

#[test]
fn silent_server_times_out_the_tls_handshake() {
    // https to a server that accepts and says nothing: the handshake has its own limit.
    let server = Server::start(vec![Step::Hold]);
    let mut test_limits = limits();
    test_limits.tls_timeout = Duration::from_millis(300);
    let url = format!("https://127.0.0.1:{}/", server.port());
    let exchange = fetch_with(&Request::get(url), &test_limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::Timeout {
            phase: Phase::TlsHandshake,
            limit: Duration::from_millis(300)
        })
    );
    assert!(exchange.connection.is_some());
    assert!(exchange.timing.tls.is_none());
}

#[test]
fn early_response_to_a_large_upload_is_still_shown() {
    // Servers often refuse an upload (413, 401) before reading it, then close. The unread upload
    // turns the close into a reset, so writing fails, but the answer is already here to read.
    let (addr, server) = common::refuses_upload_and_hangs_up();
    let port = addr.port();
    let request = Request {
        method: "POST".into(),
        body: Some(vec![b'a'; 20 * 1024 * 1024]),
        ..Request::get(format!("http://127.0.0.1:{port}/upload"))
    };
    let exchange = common::fetch_with(&request, &limits());
    server.join().expect("server");
    assert_eq!(exchange.status_code(), Some(413), "{:?}", exchange.error);
}

/// The error's message as the catalog writes it in English.
fn english(error: &FetchError) -> String {
    wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), error)
}
