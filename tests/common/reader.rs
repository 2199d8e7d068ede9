//! Feeding the response reader by hand, cut at chosen read boundaries, the way the fetch's read
//! loop does: shared by the reader tests and the property tests.

use wirepeek::wire::{
    FetchError, Limits, ReadStatus, Received, ResponseHead, ResponseReader, Warning,
};

/// Everything the reader found, in a form that can be compared between splits.
#[derive(Debug)]
pub struct Outcome {
    pub error: Option<FetchError>,
    pub interim: Vec<ResponseHead>,
    pub head: Option<ResponseHead>,
    pub body: String,
    pub unframed: Option<Vec<u8>>,
    pub warnings: Vec<Warning>,
}

impl PartialEq for Outcome {
    fn eq(&self, other: &Self) -> bool {
        self.error == other.error
            && self.interim == other.interim
            && self.head == other.head
            && self.body == other.body
            && self.warnings == other.warnings
    }
}

/// How the reader's caller holds the received bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Caller {
    /// Every byte, as the window does.
    KeepsAll,
    /// Only what the reader still needs ([`ResponseReader::needs_from`]), with chunked content
    /// counted and not copied, as `--dump` does when it passes the body on.
    Drops,
}

/// Feed `stream` to a reader, growing it to each of `cuts` in turn (the last is the end of the
/// stream), then end the stream. Whatever the caller, the reader must find exactly the same
/// (except the unframed copy it is told not to make when the caller drops bytes).
pub fn read_with_cuts(
    stream: &[u8],
    cuts: &[usize],
    request_was_head: bool,
    caller: Caller,
) -> Outcome {
    let mut reader = ResponseReader::new(&Limits::default(), request_was_head);
    if caller == Caller::Drops {
        reader = reader.counting_chunked_content();
    }
    let (mut kept, mut kept_from, mut had) = (Vec::new(), 0, 0);
    let mut error = None;
    let mut done = false;
    for &cut in cuts {
        kept.extend_from_slice(&stream[had..cut]);
        had = cut;
        let status = reader.on_data(Received::from_offset(kept_from, &kept));
        if caller == Caller::Drops {
            let needed = reader.needs_from().unwrap_or(cut);
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
        error = reader
            .on_end(Received::from_offset(kept_from, &kept), true)
            .err();
    }
    let outcome = outcome_of(reader, error);
    if caller == Caller::Drops {
        assert_eq!(
            outcome.unframed, None,
            "passing on, chunked content is not copied"
        );
    }
    outcome
}

fn outcome_of(mut reader: ResponseReader, error: Option<FetchError>) -> Outcome {
    let unframed = reader.body.as_mut().and_then(|b| b.unframed.take());
    Outcome {
        error,
        interim: reader.interim,
        head: reader.head,
        body: format!("{:?}", reader.body),
        unframed,
        warnings: reader.warnings,
    }
}
