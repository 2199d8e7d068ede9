//! Every limit and timeout of one fetch, with the defaults from the design notes.

use std::time::Duration;

/// How long each step may take and how much a server may send before the fetch stops.
///
/// Hitting any of these ends the fetch with [`crate::wire::FetchError::Timeout`] or
/// [`crate::wire::FetchError::LimitExceeded`], and everything received so far is kept.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Looking up the host name (the system resolver cannot time out by itself).
    pub dns_timeout: Duration,
    /// Opening the TCP connection, per address tried.
    pub connect_timeout: Duration,
    /// The TLS handshake, wall clock.
    pub tls_timeout: Duration,
    /// From the request being written until the whole response head has arrived, wall clock,
    /// so a server dripping one byte a second cannot hold the fetch forever.
    pub head_timeout: Duration,
    /// The longest silence allowed between two reads of the body.
    pub idle_timeout: Duration,
    /// The whole fetch, like curl's `--max-time`. `None`: only the step limits apply.
    pub total_timeout: Option<Duration>,
    /// Bytes in one response head (status line plus headers).
    pub max_head_bytes: usize,
    /// Header lines in one response head.
    pub max_headers: usize,
    /// Interim `1xx` responses before the final one.
    pub max_interim_responses: usize,
    /// Bytes in one chunk-size line of a chunked body.
    pub max_chunk_line_bytes: usize,
    /// Bytes of chunk extensions over the whole body.
    pub max_chunk_extension_bytes: usize,
    /// Bytes of trailer fields after the last chunk.
    pub max_trailer_bytes: usize,
    /// Body bytes kept in memory, counted on the decoded body (and on the wire bytes).
    pub max_body_bytes: usize,
    /// Redirects followed when following is switched on.
    pub max_redirects: usize,
    /// `read()` calls recorded one by one; later reads are merged into the last entry, so a
    /// server sending one byte per packet cannot make the record many times larger than the body.
    pub max_read_events: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            dns_timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(10),
            tls_timeout: Duration::from_secs(10),
            head_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(30),
            total_timeout: None,
            max_head_bytes: 256 * 1024,
            max_headers: 1000,
            max_interim_responses: 5,
            max_chunk_line_bytes: 4 * 1024,
            max_chunk_extension_bytes: 16 * 1024,
            max_trailer_bytes: 16 * 1024,
            max_body_bytes: 256 * 1024 * 1024,
            max_redirects: 10,
            max_read_events: 100_000,
        }
    }
}
