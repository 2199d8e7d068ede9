//! The exchange as far as it has got, shared with a window that draws it while the fetch runs:
//! the textbook's "print after every recv", seen.
//!
//! The engine copies into it as it goes: the request once it is built and again once written,
//! each response head once it is parsed, and the received bytes up to a cap (the heads whole,
//! then the first [`LIVE_BODY_BYTES`] of the body; the finished exchange has all of them). A
//! reader pulls only what is new since its last look, so drawing a frame never copies the body.

use std::sync::Mutex;
use std::time::Duration;

use super::exchange::Exchange;
use super::head::ResponseHead;

/// At most this many body bytes are copied for the live view; the finished exchange has them all.
pub const LIVE_BODY_BYTES: usize = 4 * 1024 * 1024;

/// What one fetch has so far. Written by the engine, read by anyone holding the [`Progress`]
/// (see [`super::Progress::live`]).
///
/// [`Progress`]: super::Progress
#[derive(Debug, Default)]
pub struct Live {
    shared: Mutex<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    /// Counts the hops of a redirect chain: a reader's copy from an older hop starts over.
    hop: u64,
    request_bytes: Vec<u8>,
    request_written: Option<Duration>,
    /// The start of the received stream, capped (see [`LIVE_BODY_BYTES`]).
    received: Vec<u8>,
    /// Bytes received in all, also those past the cap.
    received_total: usize,
    interim: Vec<ResponseHead>,
    head: Option<ResponseHead>,
}

/// A reader's copy of [`Live`]: a partial [`Exchange`] that grows with every
/// [`Live::update`]. Its `received` stops at the cap; [`LiveCopy::received_total`] goes on.
#[derive(Clone, Debug, Default)]
pub struct LiveCopy {
    /// The exchange so far: request bytes, the time they were written, received bytes (capped),
    /// interim heads and the final head once they arrived. Everything else is still empty.
    pub exchange: Exchange,
    /// Bytes received in all, also those past the cap.
    pub received_total: usize,
    hop: u64,
}

impl LiveCopy {
    /// Where the body starts in `exchange.received`, once the final head arrived.
    pub fn body_start(&self) -> Option<usize> {
        self.exchange.head.as_ref().map(|head| head.range.end)
    }

    /// The body bytes copied so far, exactly as on the wire (chunk sizes and compression
    /// included: the body is unframed and decoded once the fetch ends).
    pub fn body_wire_bytes(&self) -> &[u8] {
        self.body_start()
            .and_then(|start| self.exchange.received.get(start..))
            .unwrap_or_default()
    }

    /// Whether the body bytes past [`LIVE_BODY_BYTES`] were left out of this copy.
    pub fn body_capped(&self) -> bool {
        self.received_total > self.exchange.received.len()
    }
}

impl Live {
    /// Bring `copy` up to date; returns whether anything changed. Copies only what is new.
    pub fn update(&self, copy: &mut LiveCopy) -> bool {
        let Ok(shared) = self.shared.lock() else {
            return false;
        };
        let mut changed = false;
        if copy.hop != shared.hop {
            *copy = LiveCopy {
                hop: shared.hop,
                ..LiveCopy::default()
            };
            changed = true;
        }
        let exchange = &mut copy.exchange;
        if exchange.request_bytes.len() != shared.request_bytes.len() {
            exchange.request_bytes.clone_from(&shared.request_bytes);
            changed = true;
        }
        if exchange.timing.request_written != shared.request_written {
            exchange.timing.request_written = shared.request_written;
            changed = true;
        }
        if let Some(new) = shared.received.get(exchange.received.len()..)
            && !new.is_empty()
        {
            exchange.received.extend_from_slice(new);
            changed = true;
        }
        if copy.received_total != shared.received_total {
            copy.received_total = shared.received_total;
            changed = true;
        }
        if let Some(new) = shared.interim.get(exchange.interim.len()..)
            && !new.is_empty()
        {
            exchange.interim.extend_from_slice(new);
            changed = true;
        }
        if exchange.head.is_none() && shared.head.is_some() {
            exchange.head.clone_from(&shared.head);
            changed = true;
        }
        changed
    }

    /// A new hop begins (the first one, or one after a redirect): start over.
    pub(crate) fn start(&self) {
        if let Ok(mut shared) = self.shared.lock() {
            let hop = shared.hop + 1;
            *shared = Shared {
                hop,
                ..Shared::default()
            };
        }
    }

    /// The request as built; `written` once it has gone out.
    pub(crate) fn request(&self, bytes: &[u8], written: Option<Duration>) {
        if let Ok(mut shared) = self.shared.lock() {
            if shared.request_bytes.len() != bytes.len() {
                shared.request_bytes = bytes.to_vec();
            }
            shared.request_written = written;
        }
    }

    /// The stream of received bytes so far (every byte kept, from the first), the interim heads
    /// and the final head the reader found in it.
    pub(crate) fn received(
        &self,
        received: &[u8],
        interim: &[ResponseHead],
        head: Option<&ResponseHead>,
    ) {
        let Ok(mut shared) = self.shared.lock() else {
            return;
        };
        shared.received_total = received.len();
        let body_start = head.map_or(0, |head| head.range.end);
        let cap = body_start
            .saturating_add(LIVE_BODY_BYTES)
            .min(received.len());
        if let Some(new) = received.get(shared.received.len()..cap) {
            shared.received.extend_from_slice(new);
        }
        if let Some(new) = interim.get(shared.interim.len()..) {
            shared.interim.extend_from_slice(new);
        }
        if shared.head.is_none() {
            shared.head = head.cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(code: u16, range: std::ops::Range<usize>) -> ResponseHead {
        ResponseHead {
            version: "HTTP/1.1".into(),
            code,
            reason: String::new(),
            reason_bytes: Vec::new(),
            headers: Vec::new(),
            range,
        }
    }

    #[test]
    fn a_copy_takes_only_what_is_new() {
        let live = Live::default();
        live.start();
        let mut copy = LiveCopy::default();
        assert!(live.update(&mut copy), "a new hop is a change");
        assert!(!live.update(&mut copy), "nothing new");

        live.request(b"GET / HTTP/1.1\r\n\r\n", None);
        assert!(live.update(&mut copy));
        assert_eq!(copy.exchange.request_bytes, b"GET / HTTP/1.1\r\n\r\n");
        assert_eq!(copy.exchange.timing.request_written, None);
        live.request(b"GET / HTTP/1.1\r\n\r\n", Some(Duration::from_millis(3)));
        assert!(live.update(&mut copy));
        assert!(copy.exchange.timing.request_written.is_some());

        let stream = b"HTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 200 OK\r\n\r\nhello";
        live.received(&stream[..10], &[], None);
        live.update(&mut copy);
        assert_eq!(copy.exchange.received, &stream[..10]);
        let interim = [head(103, 0..28)];
        live.received(&stream[..28], &interim, None);
        live.update(&mut copy);
        assert_eq!(copy.exchange.interim.len(), 1);
        assert!(copy.body_start().is_none());
        let last = head(200, 28..47);
        live.received(stream, &interim, Some(&last));
        live.update(&mut copy);
        assert_eq!(copy.exchange.received, stream);
        assert_eq!(copy.exchange.status_code(), Some(200));
        assert_eq!(copy.body_wire_bytes(), b"hello");
        assert!(!copy.body_capped());
    }

    #[test]
    fn the_body_copy_stops_at_the_cap_and_a_new_hop_starts_over() {
        let live = Live::default();
        live.start();
        let head_end = 19;
        let mut stream = b"HTTP/1.1 200 OK\r\n\r\n".to_vec();
        stream.resize(head_end + LIVE_BODY_BYTES + 10, b'x');
        live.received(&stream, &[], Some(&head(200, 0..head_end)));
        let mut copy = LiveCopy::default();
        live.update(&mut copy);
        assert_eq!(copy.body_wire_bytes().len(), LIVE_BODY_BYTES);
        assert_eq!(copy.received_total, stream.len());
        assert!(copy.body_capped());

        live.start();
        assert!(live.update(&mut copy));
        assert!(copy.exchange.received.is_empty());
        assert!(copy.exchange.head.is_none());
    }
}
