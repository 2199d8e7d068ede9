//! Any bytes as a server's reply. The first two input bytes choose where the reply is cut into
//! reads; the rest is the reply. It is read three ways that must agree (all at once; cut, keeping
//! every byte as the window does; cut, keeping only what the reader still needs as `--dump`
//! does), then once more through `read_recorded` (content decoding and charset too), whose
//! decoded body must stay within the body limit. Small limits, so every limit is reachable.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wirepeek::wire::{
    FetchError, Limits, MalformedProblem, ReadStatus, Received, ResponseHead, ResponseReader, Warning,
    read_recorded,
};

/// Limits small enough that random input reaches each of them.
fn small_limits() -> Limits {
    Limits {
        max_head_bytes: 512,
        max_headers: 12,
        max_interim_responses: 3,
        max_chunk_line_bytes: 40,
        max_chunk_extension_bytes: 64,
        max_trailer_bytes: 128,
        max_body_bytes: 1024,
        max_read_events: 16,
        ..Limits::default()
    }
}

/// What one reading found, comparable between ways of cutting.
#[derive(Debug, PartialEq)]
struct Outcome {
    error: Option<FetchError>,
    interim: Vec<ResponseHead>,
    head: Option<ResponseHead>,
    /// The body with its unframed copy taken out (a dropping caller asks for none).
    body: String,
    warnings: Vec<Warning>,
}

/// Read positions: every byte, short reads, longer reads or a few big ones, from a small
/// generator seeded by the input, so libFuzzer can steer them.
fn cuts(control: [u8; 2], len: usize) -> Vec<usize> {
    let most = match control[0] % 4 {
        0 => 1,
        1 => 8,
        2 => 64,
        _ => len.max(1),
    };
    let mut state = u32::from(u16::from_le_bytes(control)) | 1;
    let mut cuts = Vec::new();
    let mut at = 0;
    while at < len {
        // xorshift: cheap and deterministic.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        at = (at + 1 + state as usize % most).min(len);
        cuts.push(at);
    }
    if cuts.last() != Some(&len) {
        cuts.push(len);
    }
    cuts
}

/// Feed `reply` to a reader at `cuts`, as the fetch's read loop does (see `tests/common/reader.rs`).
fn read(reply: &[u8], cuts: &[usize], head: bool, drops: bool) -> Outcome {
    let mut reader = ResponseReader::new(&small_limits(), head);
    if drops {
        reader = reader.counting_chunked_content();
    }
    let (mut kept, mut kept_from, mut had) = (Vec::new(), 0usize, 0usize);
    let mut error = None;
    let mut done = false;
    for &cut in cuts {
        kept.extend_from_slice(&reply[had..cut]);
        had = cut;
        let status = reader.on_data(Received::from_offset(kept_from, &kept));
        if drops {
            let needed = reader.needs_from().unwrap_or(cut);
            assert!(
                needed >= kept_from && needed <= cut,
                "needs_from {needed} outside {kept_from}..={cut}"
            );
            kept.drain(..needed - kept_from);
            kept_from = needed;
        }
        match status {
            Ok(ReadStatus::NeedMore) => {}
            Ok(ReadStatus::Done) => {
                done = true;
                break;
            }
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    if !done && error.is_none() {
        error = reader.on_end(Received::from_offset(kept_from, &kept), true).err();
    }
    let unframed = reader.body.as_mut().and_then(|b| b.unframed.take());
    if drops {
        assert_eq!(unframed, None, "passing on, chunked content is not copied");
    }
    Outcome {
        error,
        interim: reader.interim,
        head: reader.head,
        body: format!("{:?}", reader.body),
        warnings: reader.warnings,
    }
}

/// A reply that is not HTTP is refused on its first bytes, so the sample the error quotes
/// depends on how many had arrived: any two such refusals count as the same.
/// (The engine stops at the first fault; a later read would not change what it said.)
fn same_refusal(mut outcome: Outcome, whole: &Outcome) -> Outcome {
    if let (Some(FetchError::NotHttp { .. }), Some(FetchError::NotHttp { .. })) =
        (&outcome.error, &whole.error)
    {
        outcome.error.clone_from(&whole.error);
    }
    // Likewise a chunk longer than announced quotes the bytes that followed it, as far as they
    // had arrived: the sample must begin the same way.
    if let (
        Some(FetchError::Malformed(MalformedProblem::ChunkTooLong { chunk: a, next: seen })),
        Some(FetchError::Malformed(MalformedProblem::ChunkTooLong { chunk: b, next: all })),
    ) = (&outcome.error, &whole.error)
    {
        assert!(a == b && all.starts_with(seen.as_str()), "{seen:?} does not begin {all:?}");
        outcome.error.clone_from(&whole.error);
    }
    outcome
}

fuzz_target!(|data: &[u8]| {
    let [a, b, reply @ ..] = data else { return };
    let head = a & 0x80 != 0;
    let cuts = cuts([*a, *b], reply.len());
    let whole = read(reply, &[reply.len()], head, false);
    let cut = same_refusal(read(reply, &cuts, head, false), &whole);
    assert_eq!(cut, whole, "keeping every byte, cut at {cuts:?}");
    let dropping = same_refusal(read(reply, &cuts, head, true), &whole);
    assert_eq!(dropping, whole, "dropping, cut at {cuts:?}");

    let limits = small_limits();
    let exchange = read_recorded(reply.to_vec(), head, &limits);
    assert_eq!(exchange.head, whole.head, "read_recorded finds the same head");
    assert_eq!(exchange.interim, whole.interim, "read_recorded finds the same interim heads");
    if whole.error.is_some() {
        assert_eq!(exchange.error, whole.error, "read_recorded stops on the same error");
    }
    assert!(
        exchange.body_bytes().len() <= limits.max_body_bytes,
        "{} decoded bytes with a limit of {}",
        exchange.body_bytes().len(),
        limits.max_body_bytes
    );
});
