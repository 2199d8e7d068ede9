//! Passing the received bytes on as they arrive (`Recording::PassOn`, what `--dump` uses):
//! every byte goes out exactly as received, only the heads are kept, and the exchange tells the
//! same story as when everything is kept.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::{self, Write};
use std::time::Duration;

use common::{Server, Step, limits, send};
use wirepeek::wire::{
    BodyFraming, Cancel, Exchange, FetchError, FetchOptions, LimitKind, Progress, Recording,
    Request, fetch,
};

/// Serve `response` once and fetch it passing on into a buffer: (exchange, bytes passed on).
fn passed_on(response: &[u8]) -> (Exchange, Vec<u8>) {
    passed_on_with(response, &limits())
}

fn passed_on_with(response: &[u8], limits: &wirepeek::wire::Limits) -> (Exchange, Vec<u8>) {
    let server = Server::reply(response);
    let mut out = Vec::new();
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        limits,
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::PassOn(&mut out),
    );
    (exchange, out)
}

/// What both ways of recording must agree on, as text for a readable failure.
fn story(exchange: &Exchange) -> String {
    let body = exchange.body.as_ref().map(|b| {
        (
            b.framing,
            b.wire.clone(),
            b.chunks.clone(),
            b.trailers.clone(),
            b.complete,
            b.possibly_truncated,
        )
    });
    format!(
        "head: {:?}\ninterim: {:?}\nbody: {body:?}\nerror: {:?}\nwarnings: {:?}\ntotal: {}",
        exchange.head,
        exchange.interim,
        exchange.error,
        exchange.warnings,
        exchange.received_total()
    )
}

const CHUNKED: &[u8] = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;lesson=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: 42\r\n\r\n";

#[test]
fn a_body_of_known_length_goes_out_exactly_and_only_the_head_is_kept() {
    let head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\n";
    let response = [&head[..], b"But soft, what light"].concat();
    let (exchange, out) = passed_on(&response);
    assert_eq!(out, response);
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.received, head, "only the head is kept");
    assert_eq!(exchange.bytes_not_kept, 20);
    assert_eq!(exchange.received_total(), response.len());
    let body = exchange.body.as_ref().expect("body");
    assert!(body.complete);
    assert_eq!(body.wire, head.len()..response.len());
    assert_eq!(exchange.head_bytes(), head, "the head is still shown");
    assert!(exchange.body_bytes().is_empty(), "the body was passed on");
    assert!(
        body.text.is_none(),
        "a body that was passed on is not decoded"
    );
}

#[test]
fn a_chunked_body_goes_out_with_its_framing_and_its_chunks_are_recorded() {
    let (exchange, out) = passed_on(CHUNKED);
    assert_eq!(out, CHUNKED);
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.framing, Some(BodyFraming::Chunked));
    assert!(body.complete);
    let sizes: Vec<u64> = body.chunks.iter().map(|c| c.size).collect();
    assert_eq!(sizes, [5, 6, 0]);
    assert_eq!(body.chunks[0].extensions, ";lesson=1");
    assert_eq!(body.trailers[0].name, "X-Checksum");
    assert_eq!(body.unframed, None, "the content is counted, not copied");
}

#[test]
fn a_big_body_is_not_held_in_memory() {
    let size = 20_000_000;
    let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n");
    let mut response = head.clone().into_bytes();
    response.resize(head.len() + size, b'x');
    let (exchange, out) = passed_on(&response);
    assert_eq!(exchange.error, None);
    assert_eq!(out.len(), response.len());
    assert!(out == response, "the bytes went out unchanged");
    assert_eq!(exchange.received.len(), head.len());
    assert_eq!(exchange.bytes_not_kept, size);
    // The reads still tell how the bytes arrived: one after the other, with nothing missing.
    let mut next = 0;
    for read in &exchange.reads {
        assert_eq!(read.offset, next);
        next += read.len;
    }
    assert_eq!(next, response.len());
}

#[test]
fn passing_on_tells_the_same_story_as_keeping_everything() {
    let responses: [&[u8]; 7] = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
        CHUNKED,
        b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the server closes",
        b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this much",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokAND MORE",
    ];
    for response in responses {
        let (exchange, out) = passed_on(response);
        assert_eq!(out, response);
        assert_eq!(
            story(&exchange),
            story(&common::exchange_for(response)),
            "{}",
            String::from_utf8_lossy(response)
        );
    }
}

#[test]
fn bytes_that_are_not_http_still_go_out() {
    let banner = b"SSH-2.0-OpenSSH_9.6\r\n";
    let (exchange, out) = passed_on(banner);
    assert_eq!(out, banner);
    assert!(matches!(exchange.error, Some(FetchError::NotHttp { .. })));
    assert_eq!(
        exchange.received, banner,
        "no head arrived, so everything is kept"
    );
}

#[test]
fn the_memory_limit_on_the_body_does_not_cut_a_body_that_is_not_kept() {
    let mut small = limits();
    small.max_body_bytes = 1000;
    for head in [
        "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n",
        "HTTP/1.0 200 OK\r\n\r\n",
    ] {
        let mut response = head.as_bytes().to_vec();
        response.resize(response.len() + 5000, b'y');
        let (exchange, out) = passed_on_with(&response, &small);
        assert_eq!(exchange.error, None, "{head}");
        assert_eq!(out, response);
        let body = exchange.body.as_ref().expect("body");
        assert!(body.complete);
        assert_eq!(body.wire.len(), 5000);
    }
    // Kept, the same body is stopped at the limit.
    let mut response = b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n".to_vec();
    response.resize(response.len() + 5000, b'y');
    let exchange = common::exchange_with_limits(&response, &small);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 1000
        })
    );
}

/// An output that takes `room` bytes and then fails like a full disk.
struct FullDisk {
    room: usize,
}

impl Write for FullDisk {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.room == 0 {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "no space left"));
        }
        let n = bytes.len().min(self.room);
        self.room -= n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn an_output_that_fails_stops_the_fetch_with_a_plain_error() {
    // The server would go on for many seconds; the fetch must stop at the first failed write.
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"),
        Step::Flood {
            chunk: 4096,
            every: Duration::from_millis(1),
        },
    ]);
    let mut disk = FullDisk { room: 10_000 };
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        &limits(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::PassOn(&mut disk),
    );
    match &exchange.error {
        Some(error @ FetchError::OutputFailed { kind, .. }) => {
            assert_eq!(*kind, io::ErrorKind::StorageFull);
            let message = wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), error);
            assert!(message.contains("could not be written out"), "{message}");
        }
        other => panic!("expected OutputFailed, got {other:?}"),
    }
    assert!(exchange.has_response(), "the head that arrived is kept");
    assert!(exchange.received_total() < 200_000, "it stopped at once");
}

#[test]
fn a_write_that_fails_at_once_still_keeps_the_head_that_came_with_it() {
    let server = Server::reply("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    let mut disk = FullDisk { room: 0 };
    let exchange = fetch(
        &Request::get(server.url("/")),
        &FetchOptions::default(),
        &limits(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::PassOn(&mut disk),
    );
    assert!(matches!(
        exchange.error,
        Some(FetchError::OutputFailed { .. })
    ));
    assert_eq!(exchange.status_code(), Some(200));
}
