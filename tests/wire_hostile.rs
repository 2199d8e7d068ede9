//! Servers that try to make the record much larger than what they send.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use common::Server;
use wirepeek::wire::{FetchError, LimitKind, Limits, Request, Warning};

fn tiny_chunks(count: usize) -> Vec<u8> {
    let mut response = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..count {
        response.extend_from_slice(b"1\r\na\r\n");
    }
    response.extend_from_slice(b"0\r\n\r\n");
    response
}

#[test]
fn the_chunk_list_stops_growing_but_the_body_is_whole() {
    let server = Server::reply(tiny_chunks(100_050));
    let exchange = common::fetch_with(&Request::get(server.url("/")), &Limits::default());
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert!(body.complete);
    assert_eq!(body.chunks.len(), 100_000);
    assert_eq!(exchange.body_bytes().len(), 100_050);
    assert!(
        common::has_warning(&exchange, |w| matches!(
            w,
            Warning::ManyChunks { listed: 100_000 }
        )),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn chunk_framing_counts_against_the_body_limit() {
    // 300 bytes of content, 1,800 bytes on the wire: the framing alone passes a 1,000-byte limit.
    let server = Server::reply(tiny_chunks(300));
    let limits = Limits {
        max_body_bytes: 1000,
        ..Limits::default()
    };
    let exchange = common::fetch_with(&Request::get(server.url("/")), &limits);
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 1000
        })
    );
    let body = exchange.body.as_ref().expect("partial body kept");
    assert!(!body.complete);
    assert!(!exchange.body_bytes().is_empty());
}

#[test]
fn limits_as_big_as_a_number_can_be_are_simply_no_limit() {
    // Settings files can be edited by hand; no limit may make the engine's arithmetic overflow.
    let limits = Limits {
        max_body_bytes: usize::MAX,
        ..Limits::default()
    };
    for response in [
        &b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"[..],
        b"HTTP/1.0 200 OK\r\n\r\nuntil close",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    ] {
        let exchange = common::exchange_with_limits(response, &limits);
        assert_eq!(exchange.error, None);
        assert!(exchange.body.as_ref().expect("body").complete);
        assert!(!exchange.body_bytes().is_empty());
    }
}
