//! Properties that must hold for any reply a server could send, checked on generated replies
//! (proptest): HTTP-shaped ones with every kind of framing, line ending and oddity, and plain
//! random bytes.
//!
//! - However the reply is cut into reads, the reader finds the same; and the same again when its
//!   caller keeps only what it still needs (`--dump`).
//! - The reader never panics (a panic fails the property).
//! - The decoded body never grows past the body limit, whatever the compression.
//! - What `--dump` writes is exactly the bytes that arrived, in order.
//!
//! CI runs 64 cases per property; more by hand: `PROPTEST_CASES=5000 cargo test --test
//! properties`. A failing case is printed shrunk to its smallest form: keep it as a plain test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::Write;

use common::Server;
use common::reader::{Caller, Outcome, read_with_cuts};
use proptest::prelude::*;
use wirepeek::wire::{
    Cancel, FetchError, FetchOptions, Limits, Progress, Recording, Request, fetch, read_recorded,
};

/// 64 cases unless `PROPTEST_CASES` asks for more.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// How the generated body is framed.
#[derive(Clone, Debug)]
enum Framing {
    /// `Content-Length` with the true length.
    Length,
    /// `Content-Length` that says more or less than was sent.
    WrongLength(i64),
    /// Chunked, in pieces of these sizes, with or without extensions and trailers.
    Chunked {
        sizes: Vec<usize>,
        extension: bool,
        trailer: bool,
    },
    /// Both `Transfer-Encoding: chunked` and `Content-Length` (the first wins).
    Both,
    /// Nothing: the body ends when the server closes.
    UntilClose,
}

fn framing() -> impl Strategy<Value = Framing> {
    prop_oneof![
        Just(Framing::Length),
        (-20i64..20).prop_map(Framing::WrongLength),
        (
            proptest::collection::vec(1usize..40, 0..6),
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(|(sizes, extension, trailer)| Framing::Chunked {
                sizes,
                extension,
                trailer
            }),
        Just(Framing::Both),
        Just(Framing::UntilClose),
    ]
}

/// Header lines a server might add, odd ones included (obs-fold, space before the colon,
/// bytes that are not ASCII, an empty value).
fn extra_header() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"Server: nginx".to_vec()),
        Just(b"Content-Type: text/plain; charset=utf-8".to_vec()),
        Just(b"X-Folded: one\r\n two".to_vec()),
        Just(b"Bad : space".to_vec()),
        Just(b"X-Name: \xea\xb0\x92\xff".to_vec()),
        Just(b"X-Empty:".to_vec()),
        Just(b"Connection: keep-alive".to_vec()),
        "[A-Za-z-]{1,12}: [ -~]{0,20}".prop_map(String::into_bytes),
    ]
}

/// An HTTP-shaped reply: maybe an empty line or an interim 103 first, a status line, headers,
/// a body framed one of several ways, each line ended by CR LF or (sometimes) LF alone.
fn http_reply() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<bool>(),
        any::<bool>(),
        prop_oneof![
            Just("HTTP/1.1"),
            Just("HTTP/1.0"),
            Just("HTTP/1.2"),
            Just("HTTP/2")
        ],
        prop_oneof![
            Just(200u16),
            Just(204),
            Just(304),
            Just(404),
            Just(500),
            Just(301),
            Just(999)
        ],
        proptest::collection::vec(extra_header(), 0..4),
        framing(),
        proptest::collection::vec(any::<u8>(), 0..200),
        prop_oneof![4 => Just("\r\n"), 1 => Just("\n")],
    )
        .prop_map(
            |(blank_first, interim, version, code, headers, framing, body, eol)| {
                let eol = eol.as_bytes();
                let mut out = Vec::new();
                if blank_first {
                    out.extend_from_slice(b"\r\n");
                }
                if interim {
                    out.extend_from_slice(b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n");
                }
                out.extend_from_slice(format!("{version} {code} Reason").as_bytes());
                out.extend_from_slice(eol);
                for header in headers {
                    out.extend_from_slice(&header);
                    out.extend_from_slice(eol);
                }
                let line = |out: &mut Vec<u8>, text: String| {
                    out.extend_from_slice(text.as_bytes());
                    out.extend_from_slice(eol);
                };
                match &framing {
                    Framing::Length => line(&mut out, format!("Content-Length: {}", body.len())),
                    Framing::WrongLength(off) => line(
                        &mut out,
                        format!("Content-Length: {}", (body.len() as i64 + off).max(0)),
                    ),
                    Framing::Chunked { .. } => line(&mut out, "Transfer-Encoding: chunked".into()),
                    Framing::Both => {
                        line(&mut out, "Transfer-Encoding: chunked".into());
                        line(&mut out, format!("Content-Length: {}", body.len()));
                    }
                    Framing::UntilClose => {}
                }
                out.extend_from_slice(eol);
                match framing {
                    Framing::Chunked {
                        sizes,
                        extension,
                        trailer,
                    } => out.extend_from_slice(&chunked(&body, &sizes, extension, trailer)),
                    Framing::Both => out.extend_from_slice(&chunked(&body, &[7], false, false)),
                    _ => out.extend_from_slice(&body),
                }
                out
            },
        )
}

/// `body` in chunks of the given sizes (the rest in one last chunk), then the `0` chunk.
fn chunked(body: &[u8], sizes: &[usize], extension: bool, trailer: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = body;
    let mut sizes = sizes.iter().copied();
    while !rest.is_empty() {
        let n = sizes.next().unwrap_or(rest.len()).min(rest.len());
        out.extend_from_slice(format!("{n:x}").as_bytes());
        if extension {
            out.extend_from_slice(b";name=value");
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&rest[..n]);
        out.extend_from_slice(b"\r\n");
        rest = &rest[n..];
    }
    out.extend_from_slice(b"0\r\n");
    if trailer {
        out.extend_from_slice(b"X-Checksum: 1234\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// Any reply: mostly HTTP-shaped, sometimes bytes with no shape at all.
fn reply() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => http_reply(),
        1 => proptest::collection::vec(any::<u8>(), 0..300),
    ]
}

/// A reply and up to eight places to cut it into reads (sorted, the last at its end).
fn reply_and_cuts() -> impl Strategy<Value = (Vec<u8>, Vec<usize>)> {
    reply().prop_flat_map(|reply| {
        let len = reply.len();
        (
            Just(reply),
            proptest::collection::vec(0..=len, 0..8).prop_map(move |mut cuts| {
                cuts.push(len);
                cuts.sort_unstable();
                cuts.dedup();
                cuts
            }),
        )
    })
}

proptest! {
    #![proptest_config(config())]

    /// The same reply cut into reads anywhere gives the same result as all at once, whether the
    /// caller keeps every byte (the window) or only what the reader still needs (`--dump`).
    #[test]
    fn any_cuts_give_the_same_result((reply, cuts) in reply_and_cuts(), head in any::<bool>()) {
        let whole = read_with_cuts(&reply, &[reply.len()], head, Caller::KeepsAll);
        let cut = same_sample(read_with_cuts(&reply, &cuts, head, Caller::KeepsAll), &whole);
        prop_assert_eq!(&cut, &whole, "cut at {:?}", cuts);
        let dropping = same_sample(read_with_cuts(&reply, &cuts, head, Caller::Drops), &whole);
        prop_assert_eq!(&dropping, &whole, "dropping, cut at {:?}", cuts);
    }

    /// Whatever the compression (gzip, maybe inside gzip again) and however well it shrinks,
    /// the decoded body stays within the body limit.
    #[test]
    fn the_decoded_body_never_passes_the_limit(
        body in proptest::collection::vec(prop_oneof![9 => Just(b'a'), 1 => any::<u8>()], 0..20_000),
        twice in any::<bool>(),
        limit in 1usize..8_000,
    ) {
        let mut wire = gzip(&body);
        let mut coding = "gzip";
        if twice {
            wire = gzip(&wire);
            coding = "gzip, gzip";
        }
        let mut reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Encoding: {coding}\r\nContent-Length: {}\r\n\r\n",
            wire.len()
        )
        .into_bytes();
        reply.extend_from_slice(&wire);
        let limits = Limits { max_body_bytes: limit, ..Limits::default() };
        let exchange = read_recorded(reply, false, &limits);
        prop_assert!(
            exchange.body_bytes().len() <= limit,
            "{} decoded bytes with a limit of {limit}",
            exchange.body_bytes().len()
        );
    }

    /// `--dump` (the engine passing every read on) writes exactly the bytes that arrived, in
    /// order: a beginning of the reply, as long as the reads the exchange recorded, and the whole
    /// reply when the server closed after it and nothing went wrong.
    #[test]
    fn dump_writes_exactly_the_bytes_received(reply in reply()) {
        let server = Server::reply(&reply);
        let mut out = Vec::new();
        let exchange = fetch(
            &Request::get(server.url("/")),
            &FetchOptions::default(),
            &common::limits(),
            &Cancel::new(),
            &Progress::new(),
            &mut Recording::PassOn(&mut out),
        );
        let recorded = exchange.reads.last().map_or(0, |r| r.offset + r.len);
        prop_assert_eq!(out.len(), recorded);
        prop_assert_eq!(&out[..], &reply[..out.len()]);
        if exchange.error.is_none() && out.len() < reply.len() {
            // Stopping early is right only when the body's framing said it was complete.
            prop_assert!(exchange.body.as_ref().is_some_and(|b| b.complete));
        }
    }
}

/// A reply that is not HTTP is refused on its first bytes, so what the error quotes of them
/// depends on how many had arrived: the fetch stops there and reads no more. That sample must be
/// the beginning of the same bytes; then it counts as the same result.
fn same_sample(mut outcome: Outcome, whole: &Outcome) -> Outcome {
    if let (
        Some(FetchError::NotHttp { first_bytes: seen }),
        Some(FetchError::NotHttp { first_bytes: all }),
    ) = (&mut outcome.error, &whole.error)
    {
        let seen_text = seen.trim_end_matches('…');
        assert!(
            all.trim_end_matches('…').starts_with(seen_text),
            "the sample {seen:?} is not the beginning of {all:?}"
        );
        all.clone_into(seen);
    }
    outcome
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip into memory");
    encoder.finish().expect("gzip into memory")
}
