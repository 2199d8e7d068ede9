//! Every input the fuzz targets (`fuzz/`, see README "Reliability and safety") ever crashed on,
//! kept as a plain test so `cargo test` guards the fix. Inputs are stored as the fuzzer saved them, under
//! `tests/fuzz_cases/TARGET/`: for `reader`, two bytes that chose the read cuts, then the reply.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;

use common::reader::{Caller, read_with_cuts};
use wirepeek::wire::{FetchError, MalformedProblem};

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fuzz_cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A chunked body broken after its first chunk's data (`6` announces `hello\r`, then no CR LF).
/// The reader stopped with the same error however the reply was cut into reads, but the body's
/// wire range said 99..99 when it all came in one read and 99..115 when cut: a framing error
/// returned before the body recorded how far the decoder had got.
#[test]
fn a_chunk_framing_error_leaves_the_same_body_however_the_reads_were_cut() {
    let input = case("reader/chunk_error_body_range");
    let reply = &input[2..];
    let whole = read_with_cuts(reply, &[reply.len()], false, Caller::KeepsAll);
    assert!(
        matches!(
            whole.error,
            Some(FetchError::Malformed(
                MalformedProblem::ChunkSizeNotHex { .. }
            ))
        ),
        "{:?}",
        whole.error
    );
    // The cuts the fuzzer's input chose.
    let cuts = [52, 75, 116, reply.len()];
    assert_eq!(read_with_cuts(reply, &cuts, false, Caller::KeepsAll), whole);
    assert_eq!(read_with_cuts(reply, &cuts, false, Caller::Drops), whole);
    // And every single cut point, for good measure.
    for cut in 0..reply.len() {
        let cuts = [cut, reply.len()];
        assert_eq!(
            read_with_cuts(reply, &cuts, false, Caller::KeepsAll),
            whole,
            "cut at {cut}"
        );
    }
}

/// A chunk longer than announced (`7` for `hello\r\n` and more). The error quotes the bytes where
/// the chunk should have ended, as far as they had arrived: read whole it quoted `0\r\nX: 1...`,
/// cut after the `0` only `0`. The engine stops at the first fault, so this is by design (as
/// for a reply that is not HTTP); what must hold is that the sample begins the same way.
#[test]
fn a_chunk_too_long_quotes_the_beginning_of_the_same_bytes_however_cut() {
    let input = case("reader/chunk_too_long_sample");
    let reply = &input[2..];
    let whole = read_with_cuts(reply, &[reply.len()], false, Caller::KeepsAll);
    let Some(FetchError::Malformed(MalformedProblem::ChunkTooLong { next: all, .. })) =
        &whole.error
    else {
        panic!("{:?}", whole.error)
    };
    let cut = read_with_cuts(reply, &[52, 75, 116, reply.len()], false, Caller::KeepsAll);
    let Some(FetchError::Malformed(MalformedProblem::ChunkTooLong { next: seen, .. })) = &cut.error
    else {
        panic!("{:?}", cut.error)
    };
    assert!(
        all.starts_with(seen.as_str()),
        "{seen:?} does not begin {all:?}"
    );
    assert_eq!(
        (&cut.head, &cut.interim, &cut.body),
        (&whole.head, &whole.interim, &whole.body)
    );
}
