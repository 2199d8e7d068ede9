//! The record of one fetch: everything that was sent, received, measured and decided.

use std::ops::Range;
use std::time::{Duration, SystemTime};

use super::charset::BodyText;
use super::chunked::Chunk;
use super::connect::{ConnectAttempt, Connection};
use super::content::ContentKind;
use super::error::FetchError;
use super::fetch::ReadEvent;
use super::framing::BodyFraming;
use super::head::{Header, ResponseHead};
use super::request::{HttpVersion, Request};
use super::resolve::DnsAnswer;
use super::target::Target;
use super::timing::{StepTime, Timing};
use super::tls::TlsInfo;
use super::tunnel::{ProxyMode, ProxyStep};
use super::warning::Warning;

/// One fetch, from the URL as typed to the last byte received.
///
/// An `Exchange` is produced **always**, also when the fetch fails: whatever was learned before
/// the failure (addresses, the request sent, a partial head or body) stays here next to `error`.
#[derive(Clone, Debug, Default)]
pub struct Exchange {
    /// The request as the learner described it (headers, body, raw text and all): enough to
    /// send it again exactly. The fields below it say what became of it.
    pub request: Request,
    /// When this fetch began, since the first hop of its redirect chain began (zero for the
    /// first hop), so a timeline can draw the whole chain.
    pub started_at: Duration,
    /// The wall-clock time this fetch began, so that the dates a server sends (`Date`,
    /// `Expires`, `Last-Modified`) can be read relative to it; `None` for a response read from
    /// recorded bytes.
    pub started_wall: Option<SystemTime>,
    /// The method sent (`GET`, `POST`, ...).
    pub method: String,
    /// The URL exactly as the learner typed it.
    pub url_typed: String,
    /// The URL after normalizing (scheme added, host lowercased, punycode...); empty if invalid.
    pub url_normalized: String,
    /// The HTTP version of the request.
    pub version: HttpVersion,
    /// Where the request went, once the URL was understood.
    pub target: Option<Target>,
    /// What DNS answered.
    pub dns: Option<DnsAnswer>,
    /// Every try to open a TCP connection, in order, with its outcome (also when all failed).
    pub connect_attempts: Vec<ConnectAttempt>,
    /// The TCP connection, once one was opened.
    pub connection: Option<Connection>,
    /// The TLS session, for https.
    pub tls: Option<TlsInfo>,
    /// The request exactly as written to the socket.
    pub request_bytes: Vec<u8>,
    /// The header lines in `request_bytes`, in the order sent (the defaults `Host`,
    /// `User-Agent`, `Accept`, `Connection` included, as built).
    pub request_headers: Vec<(String, String)>,
    /// How many bytes of `request_bytes` are the body (after the blank line).
    pub request_body_bytes: usize,
    /// Every byte received from the server, in order (heads and body exactly as on the wire).
    /// When the body was passed on as it arrived ([`super::Recording::PassOn`]), only the heads.
    pub received: Vec<u8>,
    /// Bytes received but not kept in `received` because they were passed on; 0 when all kept.
    pub bytes_not_kept: usize,
    /// One entry per `read()` that returned data: the textbook `recv` loop made visible.
    pub reads: Vec<ReadEvent>,
    /// Interim `1xx` responses before the final one, in order.
    pub interim: Vec<ResponseHead>,
    /// The final response head, once it was complete.
    pub head: Option<ResponseHead>,
    /// The body, once a final head arrived.
    pub body: Option<Body>,
    /// When each step finished, measured from the start of the fetch.
    pub timing: Timing,
    /// Things that are allowed but worth knowing (a joined folded header, a dropped header ...).
    pub warnings: Vec<Warning>,
    /// Why the fetch stopped early; `None` when it completed.
    pub error: Option<FetchError>,
    /// The HTTP proxy the fetch went through, with its `CONNECT` exchange for https; `None`
    /// when it went direct. `dns`, `connect_attempts` and `connection` are then the proxy's.
    pub proxy: Option<ProxyStep>,
}

/// The body: as on the wire, without framing, decompressed, and as text.
///
/// The content is kept once when nothing transforms it: `unframed` and `decoded` are `None`
/// when they would equal the previous stage, and `text.owned` is `None` when the bytes are UTF-8.
#[derive(Clone, Debug, Default)]
pub struct Body {
    /// How the end of the body was found.
    pub framing: Option<BodyFraming>,
    /// The body bytes as received (chunk framing included) in [`Exchange::received`].
    pub wire: Range<usize>,
    /// The chunks of a chunked body.
    pub chunks: Vec<Chunk>,
    /// Trailer fields after the last chunk.
    pub trailers: Vec<Header>,
    /// The bytes without chunk framing, when chunked.
    pub unframed: Option<Vec<u8>>,
    /// `Content-Encoding` values in the order applied by the server (e.g. `gzip`).
    pub content_encoding: Vec<String>,
    /// The decompressed bytes, when a content coding was removed.
    pub decoded: Option<Vec<u8>>,
    /// Whether the whole body arrived (as far as the framing can tell).
    pub complete: bool,
    /// For a body read until close over TLS that ended without `close_notify`.
    pub possibly_truncated: bool,
    /// The text, for bodies that are text.
    pub text: Option<BodyText>,
    /// What the content is (JSON, HTML, an image ...), decided with `text`.
    pub kind: ContentKind,
}

impl Exchange {
    /// How many of the recorded reads brought bytes of `range` of `received` (one read may
    /// carry the end of the head and the start of the body, so it counts for both).
    pub fn reads_over(&self, range: &std::ops::Range<usize>) -> usize {
        self.reads
            .iter()
            .filter(|r| r.offset < range.end && r.offset + r.len > range.start)
            .count()
    }

    /// The final response head, if one arrived.
    pub fn status_code(&self) -> Option<u16> {
        self.head.as_ref().map(|h| h.code)
    }

    /// The body content: without chunk framing, decompressed when possible.
    pub fn body_bytes(&self) -> &[u8] {
        let Some(body) = &self.body else { return &[] };
        if let Some(decoded) = &body.decoded {
            return decoded;
        }
        if let Some(unframed) = &body.unframed {
            return unframed;
        }
        self.received.get(body.wire.clone()).unwrap_or_default()
    }

    /// The body bytes exactly as on the wire (chunk framing included).
    pub fn body_wire_bytes(&self) -> &[u8] {
        let Some(body) = &self.body else { return &[] };
        self.received.get(body.wire.clone()).unwrap_or_default()
    }

    /// The body's text as UTF-8 bytes, already checked when the body was decoded, so it costs
    /// nothing (for drawing a slice of a huge body every frame); `None` for a binary body.
    pub fn body_text_bytes(&self) -> Option<&[u8]> {
        let text = self.body.as_ref()?.text.as_ref()?;
        Some(match &text.owned {
            Some(owned) => owned.as_bytes(),
            None => self.body_bytes(),
        })
    }

    /// The body as text, or `None` for a binary body. Checks the UTF-8 again on every call
    /// (safe Rust cannot skip that), so for a big body prefer [`Exchange::body_text_bytes`].
    pub fn body_text(&self) -> Option<&str> {
        let text = self.body.as_ref()?.text.as_ref()?;
        match &text.owned {
            Some(owned) => Some(owned),
            None => std::str::from_utf8(self.body_bytes()).ok(),
        }
    }

    /// The final response head's raw bytes.
    pub fn head_bytes(&self) -> &[u8] {
        self.head
            .as_ref()
            .and_then(|h| self.received.get(h.range.clone()))
            .unwrap_or_default()
    }

    /// Every response head's raw bytes up to the end of the final head: the interim (1xx) heads
    /// first, as they arrived, then the final one.
    pub fn heads_bytes(&self) -> &[u8] {
        self.head
            .as_ref()
            .and_then(|h| self.received.get(..h.range.end))
            .unwrap_or_default()
    }

    /// How many bytes the server sent in all, also those that were not kept.
    pub fn received_total(&self) -> usize {
        self.received.len() + self.bytes_not_kept
    }

    /// Read the body again as text in the charset `label` names (the learner's choice, marked
    /// [`super::CharsetSource::Chosen`]), without fetching again. Returns `false`, changing
    /// nothing, for a label no charset has, or when there is no decoded body to read.
    pub fn read_body_as(&mut self, label: &str) -> bool {
        let Some(text) = super::charset::decode_chosen(label, self.body_bytes()) else {
            return false;
        };
        let content_type = self.head.as_ref().and_then(|h| h.first("content-type"));
        let kind = ContentKind::judge(content_type.as_deref(), self.body_bytes(), true);
        match &mut self.body {
            Some(body) if body.content_encoding.is_empty() || body.decoded.is_some() => {
                body.text = Some(text);
                body.kind = kind;
                true
            }
            _ => false,
        }
    }

    /// The network steps of this fetch, each with when it ran or why it did not (see
    /// [`Timing::steps_through`]): the proxy tunnel is a step when there was one, and through a
    /// proxy the name looked up is the proxy's.
    pub fn steps(&self) -> Vec<StepTime> {
        let target = self.target.as_ref();
        let looked_up_ip = match &self.proxy {
            Some(step) => step.proxy.host.parse::<std::net::IpAddr>().is_ok(),
            None => target.is_some_and(|t| t.host_is_ip),
        };
        let https = target.is_some_and(|t| t.scheme == "https");
        let tunnel = self
            .proxy
            .as_ref()
            .is_some_and(|p| p.mode == ProxyMode::Tunnel);
        self.timing
            .steps_through(looked_up_ip, https, tunnel, self.error.is_some())
    }

    /// Whether any HTTP response (at least a status line and headers) arrived.
    pub fn has_response(&self) -> bool {
        self.head.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CharsetSource, Limits, read_recorded};

    #[test]
    fn a_body_read_in_the_wrong_charset_can_be_read_again_as_the_learner_chooses() {
        let (euc_kr, _, _) = encoding_rs::EUC_KR.encode("안녕하세요, 세계");
        let mut reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Length: {}\r\n\r\n",
            euc_kr.len()
        )
        .into_bytes();
        reply.extend_from_slice(&euc_kr);
        let mut exchange = read_recorded(reply, false, &Limits::default());
        assert_ne!(
            exchange.body_text(),
            Some("안녕하세요, 세계"),
            "mis-declared"
        );
        assert!(exchange.read_body_as("euc-kr"));
        assert_eq!(exchange.body_text(), Some("안녕하세요, 세계"));
        let text = exchange
            .body
            .as_ref()
            .and_then(|b| b.text.as_ref())
            .unwrap();
        assert_eq!(text.charset, "EUC-KR");
        assert_eq!(text.source, CharsetSource::Chosen);
        assert!(!exchange.read_body_as("no-such-charset"));
        assert_eq!(exchange.body_text(), Some("안녕하세요, 세계"), "unchanged");
    }
}
