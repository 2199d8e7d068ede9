//! What wirepeek accepts: each rule of RFC 9112 / RFC 9110 a client meets, with the exact bytes
//! a loopback server sends, and the note or named error the learner gets (README, "What
//! wirepeek accepts", lists the same decisions).
//!
//! Every reply is also fed to the reader all at once and one byte at a time: however the bytes
//! arrive, the result must be the same.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;

use common::{Server, exchange_for, fetch_with, limits};
use wirepeek::wire::{
    BodyFraming, Exchange, FetchError, Limits, MalformedProblem, NoBodyRule, ReadStatus, Received,
    Request, ResponseReader, StatusLineShape, Warning,
};

/// Fetch `response` from a loopback server, and check that the reader finds the same when the
/// bytes arrive all at once and one at a time.
fn conform(response: &[u8]) -> Exchange {
    let whole = read_in_pieces(response, response.len());
    let bytewise = read_in_pieces(response, 1);
    assert_eq!(whole, bytewise, "{}", String::from_utf8_lossy(response));
    exchange_for(response)
}

/// What a reader finds when `stream` arrives in pieces of `size` bytes, as comparable text.
fn read_in_pieces(stream: &[u8], size: usize) -> String {
    let mut reader = ResponseReader::new(&Limits::default(), false);
    let mut error = None;
    let mut done = false;
    for end in (size..stream.len() + size).step_by(size) {
        let end = end.min(stream.len());
        match reader.on_data(Received::all(&stream[..end])) {
            Ok(ReadStatus::Done) => {
                done = true;
                break;
            }
            Ok(ReadStatus::NeedMore) => {}
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    if !done && error.is_none() {
        error = reader.on_end(Received::all(stream), true).err();
    }
    format!(
        "{error:?} {:?} {:?} {:?} {:?}",
        reader.interim, reader.head, reader.body, reader.warnings
    )
}

fn warnings(exchange: &Exchange) -> &[Warning] {
    &exchange.warnings
}

fn english_note(warning: &Warning) -> String {
    wirepeek::i18n::english(&wirepeek::learn::note(warning))
}

fn english_error(error: &FetchError) -> String {
    wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), error)
}

// ---------------------------------------------------------------------------------------------
// Empty lines before a status line (RFC 9112 section 2.2)

#[test]
fn an_empty_line_before_the_status_line_is_skipped_with_a_note() {
    let exchange = conform(b"\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"ok");
    assert_eq!(
        warnings(&exchange),
        [Warning::EmptyLinesBeforeStatus {
            count: 2,
            offset: 0
        }]
    );
    assert_eq!(exchange.head.as_ref().unwrap().range.start, 2);
}

#[test]
fn an_extra_empty_line_after_100_continue_is_skipped_with_a_note() {
    // What a real Python web framework sends.
    let response =
        b"HTTP/1.1 100 Continue\r\n\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    let exchange = conform(response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.interim.len(), 1);
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_bytes(), b"ok");
    assert_eq!(
        warnings(&exchange),
        [Warning::EmptyLinesBeforeStatus {
            count: 2,
            offset: 25
        }]
    );
    assert_eq!(&exchange.received[25..27], b"\r\n");
}

#[test]
fn several_bare_lf_empty_lines_are_counted_in_bytes() {
    let exchange = conform(b"\n\n\r\nHTTP/1.1 204 No Content\r\n\r\n");
    assert_eq!(exchange.error, None);
    assert_eq!(
        warnings(&exchange),
        [Warning::EmptyLinesBeforeStatus {
            count: 4,
            offset: 0
        }]
    );
    assert!(english_note(&warnings(&exchange)[0]).contains("4 B"));
}

#[test]
fn only_empty_lines_then_a_close_is_no_response() {
    let exchange = conform(b"\r\n\r\n");
    assert_eq!(exchange.error, Some(FetchError::ClosedBeforeResponse));
}

#[test]
fn an_endless_run_of_empty_lines_hits_the_head_limit() {
    let small = Limits {
        max_head_bytes: 64,
        ..limits()
    };
    let server = Server::reply("\r\n".repeat(100));
    let exchange = fetch_with(&Request::get(server.url("/")), &small);
    assert!(
        matches!(exchange.error, Some(FetchError::LimitExceeded { .. })),
        "{:?}",
        exchange.error
    );
}

// ---------------------------------------------------------------------------------------------
// The status line (RFC 9112 section 4)

fn shape_of(response: &[u8]) -> (Exchange, Vec<StatusLineShape>) {
    let exchange = conform(response);
    let shapes = exchange
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::OddStatusLine { shape, offset } => {
                assert_eq!(*offset, 0);
                Some(*shape)
            }
            _ => None,
        })
        .collect();
    (exchange, shapes)
}

#[test]
fn odd_status_lines_are_read_and_named() {
    use StatusLineShape as S;
    for (line, shape, reason) in [
        (&b"HTTP/1.1  200 OK"[..], S::ExtraSpaces, "OK"),
        (b"HTTP/1.1   200   OK", S::ExtraSpaces, "OK"),
        (b"HTTP/1.1\t200 OK", S::Tab, "OK"),
        (b"HTTP/1.1 200", S::NoSpaceAfterCode, ""),
        (b"http/1.1 200 OK", S::LowercaseName, "OK"),
        (b"  HTTP/1.1 200 OK", S::LeadingWhitespace, "OK"),
    ] {
        let mut response = line.to_vec();
        response.extend_from_slice(b"\r\nContent-Length: 2\r\n\r\nok");
        let (exchange, shapes) = shape_of(&response);
        let what = String::from_utf8_lossy(line);
        assert_eq!(exchange.error, None, "{what}");
        assert_eq!(shapes, [shape], "{what}");
        let head = exchange.head.as_ref().unwrap();
        assert_eq!((head.code, head.reason.as_str()), (200, reason), "{what}");
        assert_eq!(exchange.body_bytes(), b"ok", "{what}");
    }
}

#[test]
fn an_empty_reason_after_its_space_is_plain() {
    let (exchange, shapes) = shape_of(b"HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n");
    assert_eq!(exchange.error, None);
    assert!(shapes.is_empty());
    assert!(exchange.warnings.is_empty(), "{:?}", exchange.warnings);
}

#[test]
fn unclear_status_lines_stay_named_errors() {
    for (response, kind) in [
        (&b"HTTP/1.1 20 OK\r\n\r\n"[..], "bad_status_code"),
        (b"HTTP/1.1 2000 OK\r\n\r\n", "bad_status_code"),
        (b"HTTP/1.1 200OK\r\n\r\n", "bad_status_code"),
        (b"HTTP/1.10 200 OK\r\n\r\n", "bad_version"),
        (b"HTTP/2 200\r\n\r\n", "bad_version"),
        (b"HTTP/1.1 200 O\x01K\r\n\r\n", "bad_head_line"),
    ] {
        let exchange = conform(response);
        match &exchange.error {
            Some(FetchError::Malformed(problem)) => {
                assert_eq!(
                    problem.kind(),
                    kind,
                    "{}",
                    String::from_utf8_lossy(response)
                );
            }
            other => panic!("{}: {other:?}", String::from_utf8_lossy(response)),
        }
    }
    // The control character is named where it is: in the reason phrase, not a header value.
    let exchange = conform(b"HTTP/1.1 200 O\x01K\r\n\r\n");
    assert!(
        matches!(
            exchange.error,
            Some(FetchError::Malformed(MalformedProblem::BadHeadLine {
                number: 1,
                fault: wirepeek::wire::LineFault::ControlInReason,
                ..
            }))
        ),
        "{:?}",
        exchange.error
    );
}

// ---------------------------------------------------------------------------------------------
// Versions (RFC 9112 section 2.3, RFC 9110 section 2.5)

#[test]
fn other_versions_are_read_as_http11_with_a_note_that_explains_them() {
    for (version, major, words) in [
        ("HTTP/0.9", 0, "no status line at all"),
        ("HTTP/2.0", 2, "binary frames"),
        ("HTTP/3.0", 3, "QUIC"),
        ("HTTP/5.5", 5, "does not exist"),
    ] {
        let exchange =
            conform(format!("{version} 200 OK\r\nContent-Length: 2\r\n\r\nok").as_bytes());
        assert_eq!(exchange.error, None, "{version}");
        assert_eq!(exchange.body_bytes(), b"ok");
        let head = exchange.head.as_ref().unwrap();
        assert_eq!((head.version.as_str(), head.code), (version, 200));
        let note = Warning::OtherHttpVersion {
            version: version.into(),
            major,
        };
        assert_eq!(
            warnings(&exchange),
            std::slice::from_ref(&note),
            "{version}"
        );
        let text = english_note(&note);
        assert!(text.contains(version) && text.contains(words), "{text}");
    }
}

#[test]
fn http_1_2_keeps_its_own_note() {
    let exchange = conform(b"HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(
        warnings(&exchange),
        [Warning::UnknownMinorVersion { minor: '2' }]
    );
}

// ---------------------------------------------------------------------------------------------
// The reason phrase and other bytes outside ASCII (RFC 9110 section 5.5, obs-text)

#[test]
fn a_utf8_reason_phrase_is_kept_and_shown() {
    let response = "HTTP/1.1 200 좋아요\r\nContent-Length: 0\r\n\r\n";
    let exchange = conform(response.as_bytes());
    let head = exchange.head.as_ref().unwrap();
    assert_eq!(head.reason, "좋아요");
    assert_eq!(head.reason_bytes, "좋아요".as_bytes());
    assert_eq!(
        warnings(&exchange),
        [Warning::NonAsciiInHead {
            count: 9,
            offset: 13
        }]
    );
    let mut json = Vec::new();
    wirepeek::export::json::write_chain(&mut json, std::slice::from_ref(&exchange)).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["status"]["reason"], "좋아요");
}

#[test]
fn a_reason_phrase_that_is_not_utf8_is_kept_and_escaped() {
    let mut value = "값".as_bytes().to_vec();
    value.push(0xff);
    let mut response = b"HTTP/1.1 200 Caf\xe9\r\nX-Name: ".to_vec();
    response.extend_from_slice(&value);
    response.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n");
    let exchange = conform(&response);
    let head = exchange.head.as_ref().unwrap();
    assert_eq!(head.reason_bytes, b"Caf\xe9");
    assert_eq!(head.reason, "Caf\\xE9");
    assert_eq!(head.headers[0].value_text(), "값\\xFF");
    assert_eq!(wirepeek::wire::head_text(&head.reason_bytes), "Caf\\xE9");
    assert!(matches!(
        warnings(&exchange),
        [Warning::NonAsciiInHead { count: 5, .. }]
    ));
}

// ---------------------------------------------------------------------------------------------
// The chunked grammar (RFC 9112 section 7.1)

fn chunked(body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{body}").into_bytes()
}

#[test]
fn whitespace_after_a_chunk_size_is_read_with_one_note() {
    let response = chunked("5 \r\nhello\r\n6\t\r\n world\r\n0\r\n\r\n");
    let exchange = conform(&response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello world");
    assert_eq!(
        warnings(&exchange),
        [Warning::ChunkSizeWhitespace { offset: 47 }]
    );
    assert_eq!(&exchange.received[47..50], b"5 \r");
}

#[test]
fn a_semicolon_without_an_extension_name_is_read_with_a_note() {
    let exchange = conform(&chunked("5;\r\nhello\r\n0\r\n\r\n"));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(
        warnings(&exchange),
        [Warning::OddChunkExtension {
            line: "5;".into(),
            offset: 47
        }]
    );
}

#[test]
fn well_formed_chunk_shapes_are_read_without_a_word() {
    // Quoted extension values, BWS around ; and =, uppercase hex, leading zeros, trailers.
    let response = chunked(
        "00000000000000000000A;name=\"quoted; \\\"value\\\"\" ; flag ;x = y\r\n0123456789\r\n\
         0\r\nX-Checksum: abc\r\n\r\n",
    );
    let exchange = conform(&response);
    assert_eq!(exchange.error, None);
    assert!(exchange.warnings.is_empty(), "{:?}", exchange.warnings);
    assert_eq!(exchange.body_bytes(), b"0123456789");
    let body = exchange.body.as_ref().unwrap();
    assert_eq!(body.trailers[0].name, "X-Checksum");
}

#[test]
fn a_chunk_size_too_large_to_count_is_a_named_error() {
    let exchange = conform(&chunked("10000000000000000\r\nx\r\n"));
    match &exchange.error {
        Some(error @ FetchError::Malformed(MalformedProblem::ChunkSizeTooLarge { line })) => {
            assert_eq!(line, "10000000000000000");
            assert!(english_error(error).contains("too large"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_chunk_without_its_line_end_is_named() {
    // (The bytes the error quotes are those that had arrived, so they depend on the reads.)
    let exchange = exchange_for(chunked("3\r\nabcdef\r\n0\r\n\r\n"));
    assert!(
        matches!(
            exchange.error,
            Some(FetchError::Malformed(MalformedProblem::ChunkTooLong { .. }))
        ),
        "{:?}",
        exchange.error
    );
}

#[test]
fn a_close_right_after_the_last_chunk_completes_the_body_with_a_note() {
    let response = chunked("5\r\nhello\r\n0\r\n");
    let exchange = conform(&response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert!(exchange.body.as_ref().unwrap().complete);
    assert_eq!(
        warnings(&exchange),
        [Warning::NoBlankLineAfterLastChunk {
            offset: response.len()
        }]
    );
}

#[test]
fn a_close_inside_a_trailer_line_is_still_incomplete() {
    let exchange = conform(&chunked("5\r\nhello\r\n0\r\nX-Half: "));
    assert!(
        matches!(exchange.error, Some(FetchError::BodyIncomplete { .. })),
        "{:?}",
        exchange.error
    );
}

#[test]
fn trailers_follow_the_header_rules_and_a_bad_one_is_left_out_with_a_note() {
    use wirepeek::wire::LineFault as F;
    for (line, fault) in [
        (&b"X T: 1"[..], F::BadName),
        (b": v", F::EmptyName),
        (b"X-Nul: a\x00b", F::Nul),
        (b"X-Cr: a\rb", F::LoneCr),
        (b"X-Bell: a\x07b", F::ControlInValue),
    ] {
        let mut response = chunked("5\r\nhello\r\n0\r\n");
        response.extend_from_slice(line);
        response.extend_from_slice(b"\r\nX-Good: yes\r\n\r\n");
        let exchange = conform(&response);
        let shown = String::from_utf8_lossy(line);
        assert_eq!(exchange.error, None, "{shown}");
        assert_eq!(exchange.body_bytes(), b"hello", "{shown}");
        let body = exchange.body.as_ref().unwrap();
        let names: Vec<&str> = body.trailers.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["X-Good"], "{shown}");
        assert!(
            matches!(
                warnings(&exchange),
                [Warning::BadTrailerLine { fault: f, .. }] if *f == fault
            ),
            "{shown}: {:?}",
            exchange.warnings
        );
    }
}

#[test]
fn a_framing_field_sent_as_a_trailer_is_named_and_changes_nothing() {
    let exchange = conform(&chunked("5\r\nhello\r\n0\r\nContent-Length: 99\r\n\r\n"));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(
        warnings(&exchange),
        [Warning::ForbiddenTrailer {
            name: "Content-Length".into()
        }]
    );
    assert!(english_note(&exchange.warnings[0]).contains("changed nothing"));
}

#[test]
fn trailer_lines_ending_in_a_bare_lf_are_read_with_a_note() {
    let exchange = conform(&chunked("5\r\nhello\r\n0\r\nX-A: 1\n\n"));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body.as_ref().unwrap().trailers.len(), 1);
    assert_eq!(warnings(&exchange), [Warning::BareLineFeedInChunk]);
}

#[test]
fn a_transfer_coding_besides_chunked_is_undone_with_a_note() {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(b"hello, transfer coding").unwrap();
    let gzipped = encoder.finish().unwrap();
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n{:x}\r\n",
        gzipped.len()
    )
    .into_bytes();
    response.extend_from_slice(&gzipped);
    response.extend_from_slice(b"\r\n0\r\n\r\n");
    let exchange = conform(&response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello, transfer coding");
    assert_eq!(
        warnings(&exchange),
        [Warning::TransferCodingUndone {
            codings: "gzip".into()
        }]
    );
}

#[test]
fn chunked_named_twice_is_read_once_with_a_note() {
    let exchange = conform(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    );
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(warnings(&exchange), [Warning::ChunkedTwice]);
}

// ---------------------------------------------------------------------------------------------
// Responses without a body (RFC 9112 section 6.3)

#[test]
fn a_head_reply_says_why_there_is_no_body() {
    let server = Server::reply(b"HTTP/1.1 200 OK\r\nContent-Length: 167\r\n\r\n");
    let request = Request {
        method: "HEAD".into(),
        ..Request::get(server.url("/romeo.txt"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().unwrap();
    assert_eq!(body.framing, Some(BodyFraming::None));
    let note = Warning::NoBodyDespiteLength {
        rule: NoBodyRule::HeadRequest,
        length: 167,
    };
    assert_eq!(warnings(&exchange), std::slice::from_ref(&note));
    assert!(english_note(&note).contains("HEAD"));
    assert!(english_note(&note).contains("167"));
}

#[test]
fn a_body_sent_after_a_head_reply_anyway_is_named_extra_bytes() {
    let server = Server::reply(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    let request = Request {
        method: "HEAD".into(),
        ..Request::get(server.url("/"))
    };
    let exchange = fetch_with(&request, &limits());
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"");
    assert!(
        exchange
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::ExtraBytes { count: 5, .. }))
    );
}

#[test]
fn no_content_and_not_modified_say_why_their_length_is_not_a_body() {
    for (code, rule) in [(204, NoBodyRule::NoContent), (304, NoBodyRule::NotModified)] {
        let exchange =
            conform(format!("HTTP/1.1 {code} X\r\nContent-Length: 12\r\n\r\n").as_bytes());
        assert_eq!(exchange.error, None);
        assert_eq!(
            warnings(&exchange),
            [Warning::NoBodyDespiteLength { rule, length: 12 }]
        );
    }
    let exchange = conform(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
    assert!(exchange.warnings.is_empty(), "{:?}", exchange.warnings);
}

// ---------------------------------------------------------------------------------------------
// The request side (RFC 9110 section 8.6)

#[test]
fn a_post_put_or_patch_without_a_body_sends_content_length_zero() {
    for method in ["POST", "PUT", "PATCH", "post"] {
        let server = Server::reply(b"HTTP/1.1 204 No Content\r\n\r\n");
        let request = Request {
            method: method.into(),
            ..Request::get(server.url("/"))
        };
        let exchange = fetch_with(&request, &limits());
        assert_eq!(exchange.error, None);
        let sent = server.request_text();
        assert!(
            sent.contains("\r\nContent-Length: 0\r\n"),
            "{method}: {sent}"
        );
        assert!(
            exchange
                .request_headers
                .contains(&("Content-Length".into(), "0".into()))
        );
    }
    for method in ["GET", "DELETE", "HEAD"] {
        let server = Server::reply(b"HTTP/1.1 204 No Content\r\n\r\n");
        let request = Request {
            method: method.into(),
            ..Request::get(server.url("/"))
        };
        fetch_with(&request, &limits());
        assert!(
            !server.request_text().contains("Content-Length"),
            "{method}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Header fields (RFC 9112 section 5, RFC 9110 section 5)

#[test]
fn blanks_before_a_colon_are_read_with_a_loud_note() {
    let exchange =
        conform(b"HTTP/1.1 200 OK\r\nContent-Type : text/plain\r\nContent-Length: 2\r\n\r\nok");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().unwrap();
    assert_eq!(head.headers[0].name, "Content-Type");
    assert_eq!(head.first("Content-Type").as_deref(), Some("text/plain"));
    assert_eq!(
        warnings(&exchange),
        [Warning::SpaceBeforeColon {
            name: "Content-Type".into(),
            offset: 17
        }]
    );
    let at = exchange.warnings[0].offset().unwrap();
    assert_eq!(&exchange.received[at..at + 13], b"Content-Type ");
}

#[test]
fn a_folded_header_is_joined_with_a_note() {
    let exchange =
        conform(b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n\t two\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(exchange.error, None);
    let head = exchange.head.as_ref().unwrap();
    assert_eq!(head.first("X-Folded").as_deref(), Some("one two"));
    assert_eq!(
        warnings(&exchange),
        [Warning::FoldedHeader {
            name: "X-Folded".into()
        }]
    );
}

#[test]
fn a_blank_led_line_right_after_the_status_line_is_a_named_error() {
    // RFC 9112 section 2.2: reject, or skip the line. Skipping would hide a header the
    // learner can see in the bytes, so it is refused, naming the line.
    let exchange = conform(b"HTTP/1.1 200 OK\r\n X-Lead: 1\r\nContent-Length: 2\r\n\r\nok");
    assert!(
        matches!(
            exchange.error,
            Some(FetchError::Malformed(MalformedProblem::BadHeadLine {
                number: 2,
                fault: wirepeek::wire::LineFault::BlankFirstHeader,
                ..
            }))
        ),
        "{:?}",
        exchange.error
    );
}

#[test]
fn header_lines_that_break_the_syntax_are_named_errors() {
    use wirepeek::wire::LineFault as F;
    for (line, fault) in [
        (&b"Bad Name: x"[..], F::BadName),
        (b": no name", F::EmptyName),
        (b"No colon here", F::NoColon),
        (b"X-Nul: a\x00b", F::Nul),
        (b"X-Cr: a\rb", F::LoneCr),
        (b"X-Bell: a\x07b", F::ControlInValue),
        ("X-이름: a".as_bytes(), F::BadName),
    ] {
        let mut response = b"HTTP/1.1 200 OK\r\n".to_vec();
        response.extend_from_slice(line);
        response.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n");
        let exchange = conform(&response);
        match &exchange.error {
            Some(FetchError::Malformed(MalformedProblem::BadHeadLine {
                number, fault: f, ..
            })) => {
                assert_eq!(
                    (*number, *f),
                    (2, fault),
                    "{}",
                    String::from_utf8_lossy(line)
                );
            }
            other => panic!("{}: {other:?}", String::from_utf8_lossy(line)),
        }
    }
}

#[test]
fn status_codes_outside_100_to_599() {
    let exchange = conform(b"HTTP/1.1 799 Odd\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(exchange.error, None);
    assert_eq!(
        warnings(&exchange),
        [Warning::StatusOutOfRange { code: 799 }]
    );
    let exchange = conform(b"HTTP/1.1 099 Odd\r\n\r\n");
    assert_eq!(
        exchange.error,
        Some(FetchError::Malformed(MalformedProblem::StatusBelow100 {
            code: 99
        }))
    );
}

// ---------------------------------------------------------------------------------------------
// Framing (RFC 9112 section 6)

#[test]
fn transfer_encoding_wins_over_content_length_loudly() {
    let exchange = conform(
        b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    );
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(warnings(&exchange), [Warning::LengthAndTransferEncoding]);
}

#[test]
fn transfer_encoding_in_http10_is_read_with_a_note() {
    let exchange =
        conform(b"HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"hello");
    assert_eq!(warnings(&exchange), [Warning::TransferEncodingInHttp10]);
}

#[test]
fn content_length_values_are_checked() {
    let read = |value: &str| {
        conform(format!("HTTP/1.1 200 OK\r\nContent-Length: {value}\r\n\r\nhello").as_bytes())
    };
    let same_twice = read("5, 5");
    assert_eq!(same_twice.error, None);
    assert_eq!(
        warnings(&same_twice),
        [Warning::RepeatedContentLength { count: 2 }]
    );
    for (value, kind) in [
        ("5, 6", "content_length_conflict"),
        ("+5", "content_length_not_number"),
        ("-1", "content_length_not_number"),
        ("5 5", "content_length_not_number"),
        ("0x5", "content_length_not_number"),
        ("99999999999999999999999", "content_length_too_large"),
    ] {
        match &read(value).error {
            Some(FetchError::Malformed(problem)) => assert_eq!(problem.kind(), kind, "{value}"),
            other => panic!("{value}: {other:?}"),
        }
    }
    let two_lines =
        conform(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
    assert_eq!(
        two_lines.error,
        Some(FetchError::Malformed(
            MalformedProblem::ContentLengthConflict {
                first: 5,
                second: 6
            }
        ))
    );
    assert!(two_lines.head.is_some(), "the head is kept to show why");
}

#[test]
fn bytes_after_a_framed_body_are_named_and_left_out() {
    let exchange = conform(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA");
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"ok");
    assert_eq!(
        warnings(&exchange),
        [Warning::ExtraBytes {
            count: 5,
            offset: 40
        }]
    );
}

#[test]
fn a_close_in_the_middle_of_a_body_keeps_what_arrived() {
    let exchange = conform(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello");
    assert_eq!(
        exchange.error,
        Some(FetchError::BodyIncomplete {
            received: 5,
            expected: Some(10)
        })
    );
    assert_eq!(exchange.body_bytes(), b"hello");
    let exchange = conform(&chunked("5\r\nhello\r\n6\r\n wo"));
    assert_eq!(
        exchange.error,
        Some(FetchError::BodyIncomplete {
            received: 8,
            expected: None
        })
    );
    assert_eq!(exchange.body_bytes(), b"hello wo");
}

// ---------------------------------------------------------------------------------------------
// Interim responses (RFC 9110 section 15.2)

#[test]
fn several_interim_responses_come_before_the_final_one() {
    let exchange = conform(
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    );
    assert_eq!(exchange.error, None);
    let codes: Vec<u16> = exchange.interim.iter().map(|h| h.code).collect();
    assert_eq!(codes, [100, 102, 103]);
    assert!(exchange.warnings.is_empty(), "{:?}", exchange.warnings);
}

#[test]
fn too_many_interim_responses_are_a_limit() {
    let exchange =
        conform(("HTTP/1.1 100 Continue\r\n\r\n".repeat(6) + "HTTP/1.1 200 OK\r\n\r\n").as_bytes());
    assert!(
        matches!(exchange.error, Some(FetchError::LimitExceeded { .. })),
        "{:?}",
        exchange.error
    );
}

#[test]
fn switching_protocols_ends_the_reading_and_says_whether_it_was_asked_for() {
    let reply = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x05hello";
    let exchange = conform(reply);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.status_code(), Some(101));
    assert_eq!(
        exchange.body.as_ref().unwrap().framing,
        Some(BodyFraming::None)
    );
    // The 7 bytes after the head are the other protocol's, not "extra bytes after the body".
    assert!(
        exchange.warnings.contains(&Warning::SwitchingProtocols {
            asked: false,
            following: 7
        }),
        "{:?}",
        exchange.warnings
    );
    assert!(
        !exchange
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::ExtraBytes { .. }))
    );

    let server = Server::reply(reply);
    let request = Request {
        headers: vec![
            ("Upgrade".into(), "websocket".into()),
            ("Connection".into(), "Upgrade".into()),
        ],
        ..Request::get(server.url("/chat"))
    };
    let exchange = fetch_with(&request, &limits());
    assert!(exchange.warnings.contains(&Warning::SwitchingProtocols {
        asked: true,
        following: 7
    }));
}

// ---------------------------------------------------------------------------------------------
// Real recorded replies (tests/fixtures, recorded from nginx and httpbin)

#[test]
fn recorded_replies_from_real_servers_give_no_notes() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut read = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(name) = name.strip_suffix(".response") else {
            continue;
        };
        let was_head = name == "httpbin-head";
        let exchange =
            wirepeek::wire::read_recorded(std::fs::read(&path).unwrap(), was_head, &limits());
        assert_eq!(exchange.error, None, "{name}");
        let expected: &[Warning] = if was_head {
            &[Warning::NoBodyDespiteLength {
                rule: NoBodyRule::HeadRequest,
                length: 156,
            }]
        } else {
            &[]
        };
        assert_eq!(exchange.warnings, expected, "{name}");
        read += 1;
    }
    assert_eq!(read, 14, "every recorded reply was read");
}

// ---------------------------------------------------------------------------------------------
// Each note about particular bytes points at them (the Wire tab's "show these bytes")

#[test]
fn every_note_about_a_line_points_at_that_line() {
    for (response, points_at) in [
        (&b"HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n"[..], &b"HTTP/1.2 200"[..]),
        (b"HTTP/0.9 200 OK\r\nContent-Length: 0\r\n\r\n", b"HTTP/0.9 200"),
        (b"HTTP/1.1 200 OK\r\nX-A: 1\r\nX-Fold: a\r\n b\r\nContent-Length: 0\r\n\r\n", b"X-Fold: a"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            b"Transfer-Encoding: chunked",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-B: 2\r\nContent-Length: 5\r\n\r\nhello",
            b"Content-Length: 5\r\n\r\n",
        ),
        (b"HTTP/1.1 200 OK\r\nX-A: 1\nContent-Length: 0\r\n\r\n", b"X-A: 1\n"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nContent-Length: 9\r\n\r\n",
            b"Content-Length: 9",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX T: 1\r\n\r\n",
            b"X T: 1",
        ),
    ] {
        let exchange = conform(response);
        let shown = String::from_utf8_lossy(response);
        assert!(!exchange.warnings.is_empty(), "{shown}");
        for warning in &exchange.warnings {
            let place = wirepeek::wire::note_place(&exchange, warning)
                .unwrap_or_else(|| panic!("{shown}: {warning:?} points nowhere"));
            assert!(
                exchange.received[place..].starts_with(points_at),
                "{shown}: {warning:?} points at {:?}",
                String::from_utf8_lossy(&exchange.received[place..])
            );
        }
    }
}
