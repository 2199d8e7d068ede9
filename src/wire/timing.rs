//! When each step of a fetch finished: the numbers behind the timeline.

use std::time::Duration;

/// When each step finished, from the start of the fetch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timing {
    /// The name lookup finished.
    pub dns: Option<Duration>,
    /// The TCP connection was open.
    pub connect: Option<Duration>,
    /// The TLS handshake finished.
    pub tls: Option<Duration>,
    /// The request was written.
    pub request_written: Option<Duration>,
    /// The first byte of the response arrived.
    pub first_byte: Option<Duration>,
    /// The final response head was complete.
    pub head_complete: Option<Duration>,
    /// Everything was done (also on failure).
    pub done: Option<Duration>,
}
