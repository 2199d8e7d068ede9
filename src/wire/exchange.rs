//! The record of one fetch: everything that was sent, received, measured and decided.

use std::net::{IpAddr, SocketAddr};
use std::ops::Range;
use std::time::Duration;

use super::content::ContentKind;
use super::error::FetchError;
use super::request::HttpVersion;
use super::warning::Warning;

/// One fetch, from the URL as typed to the last byte received.
///
/// An `Exchange` is produced **always**, also when the fetch fails: whatever was learned before
/// the failure (addresses, the request sent, a partial head or body) stays here next to `error`.
#[derive(Clone, Debug, Default)]
pub struct Exchange {
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
}

/// Where a request goes, worked out from the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// `http` or `https`.
    pub scheme: String,
    /// The host as typed (Unicode, e.g. `한국.kr`), or as written for IP addresses.
    pub host_unicode: String,
    /// The host as sent in DNS and `Host` (punycode, e.g. `xn--3e0b707e.kr`); IPv6 without brackets.
    pub host_ascii: String,
    /// Whether the host is an IP address rather than a name.
    pub host_is_ip: bool,
    /// The port connected to.
    pub port: u16,
    /// Whether `port` is the scheme's default (80 / 443) and so left out of `Host`.
    pub port_is_default: bool,
    /// Path and query as sent in the request line.
    pub path_and_query: String,
    /// The value of the `Host` header.
    pub host_header: String,
}

/// The answer of the name lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsAnswer {
    /// Every address returned, in the resolver's order.
    pub addresses: Vec<IpAddr>,
    /// How long the lookup took (zero when the host was already an IP address).
    pub elapsed: Duration,
}

/// The TCP connection that carried the exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connection {
    /// The server's address that answered.
    pub remote: SocketAddr,
    /// This computer's end of the connection.
    pub local: Option<SocketAddr>,
}

/// One try to connect to one address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectAttempt {
    /// The address tried.
    pub address: SocketAddr,
    /// How long the try took.
    pub elapsed: Duration,
    /// `None` if it connected, else what went wrong.
    pub failure: Option<String>,
}

/// What the TLS handshake agreed on and what the server showed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TlsInfo {
    /// The name sent in SNI and checked against the certificate (no brackets for IPv6).
    pub server_name: String,
    /// `TLSv1.3` or `TLSv1.2`.
    pub protocol: Option<String>,
    /// The cipher suite, e.g. `TLS13_AES_128_GCM_SHA256`.
    pub cipher_suite: Option<String>,
    /// The key exchange group, e.g. `X25519`.
    pub key_exchange: Option<String>,
    /// The protocol agreed by ALPN (`http/1.1`) if the server answered ALPN.
    pub alpn: Option<String>,
    /// The server's certificates, its own first.
    pub certificates: Vec<CertificateInfo>,
    /// The verification result in words: `verified` or why it failed.
    pub verification: String,
}

/// The readable parts of one certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CertificateInfo {
    /// Who the certificate is for (distinguished name).
    pub subject: String,
    /// Who signed it.
    pub issuer: String,
    /// The names it is valid for (subject alternative names).
    pub names: Vec<String>,
    /// Valid from (UTC).
    pub not_before: String,
    /// Valid until (UTC).
    pub not_after: String,
}

/// One `read()` on the socket that returned data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadEvent {
    /// Where the bytes start in the stream of received bytes (and in [`Exchange::received`]).
    pub offset: usize,
    /// How many bytes this read returned.
    pub len: usize,
    /// When the read returned, since the start of the fetch.
    pub at: Duration,
}

/// A parsed response head: status line and header fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseHead {
    /// `HTTP/1.1` or `HTTP/1.0`, as the server wrote it.
    pub version: String,
    /// The status code, e.g. `200`.
    pub code: u16,
    /// The reason phrase, e.g. `OK` (may be empty).
    pub reason: String,
    /// Header fields in wire order, original case, duplicates kept.
    pub headers: Vec<Header>,
    /// Where this head's bytes are in [`Exchange::received`] (including the blank line).
    pub range: Range<usize>,
}

/// One header field as received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The name, in the case the server used.
    pub name: String,
    /// The value bytes (folded lines joined with one space); not always valid UTF-8.
    pub value: Vec<u8>,
}

impl Header {
    /// The value as text; bytes that are not UTF-8 are shown as Latin-1 would read them.
    pub fn value_text(&self) -> String {
        match std::str::from_utf8(&self.value) {
            Ok(text) => text.to_owned(),
            Err(_) => self.value.iter().map(|&b| char::from(b)).collect(),
        }
    }
}

impl ResponseHead {
    /// Values of every header with this name (case-insensitive), in order.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.headers
            .iter()
            .filter(move |h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_slice())
    }

    /// The items of a comma-separated list header (`Transfer-Encoding`, `Content-Encoding`),
    /// over all its lines, trimmed and lowercased, empty items left out.
    pub fn list_items(&self, name: &str) -> Vec<String> {
        self.values(name)
            .flat_map(|value| {
                String::from_utf8_lossy(value)
                    .split(',')
                    .map(|item| item.trim().to_ascii_lowercase())
                    .collect::<Vec<_>>()
            })
            .filter(|item| !item.is_empty())
            .collect()
    }

    /// The first value of a header as text, if present.
    pub fn first(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(Header::value_text)
    }
}

/// How the end of the body is found (RFC 9112 section 6.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFraming {
    /// No body, whatever the headers say (HEAD, 1xx, 204, 304).
    None,
    /// Exactly this many bytes (`Content-Length`).
    ContentLength(u64),
    /// Chunks, each with its size in hex, ended by a zero-size chunk.
    Chunked,
    /// Everything until the server closes the connection.
    UntilClose,
}

impl BodyFraming {
    /// A short name for JSON: `none`, `content-length`, `chunked`, `until-close`.
    pub fn key(self) -> &'static str {
        match self {
            BodyFraming::None => "none",
            BodyFraming::ContentLength(_) => "content-length",
            BodyFraming::Chunked => "chunked",
            BodyFraming::UntilClose => "until-close",
        }
    }
}

/// One chunk of a chunked body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// The chunk size as announced.
    pub size: u64,
    /// Extensions after the size (`;name=value`), as text.
    pub extensions: String,
    /// The size line in [`Exchange::received`].
    pub size_line: Range<usize>,
    /// The chunk data in [`Exchange::received`].
    pub data: Range<usize>,
}

/// Where the charset used to decode the text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharsetSource {
    /// The `charset` parameter of `Content-Type`.
    Header,
    /// A byte order mark at the start of the body.
    Bom,
    /// An HTML `<meta charset>` or an XML declaration.
    Meta,
    /// Guessed from the bytes.
    Detected,
    /// Nothing said anything: UTF-8.
    Default,
}

impl CharsetSource {
    /// A short name for JSON: `header`, `bom`, `meta`, `detected`, `default`.
    pub fn key(self) -> &'static str {
        match self {
            CharsetSource::Header => "header",
            CharsetSource::Bom => "bom",
            CharsetSource::Meta => "meta",
            CharsetSource::Detected => "detected",
            CharsetSource::Default => "default",
        }
    }
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

/// A body decoded to text.
#[derive(Clone, Debug)]
pub struct BodyText {
    /// The charset used, e.g. `EUC-KR`.
    pub charset: &'static str,
    /// Where the charset came from.
    pub source: CharsetSource,
    /// The text when it differs from the bytes (another charset, or repaired UTF-8).
    pub owned: Option<String>,
    /// Whether some bytes were not valid in the charset and were replaced with U+FFFD.
    pub had_errors: bool,
}

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

impl Exchange {
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

    /// How many bytes the server sent in all, also those that were not kept.
    pub fn received_total(&self) -> usize {
        self.received.len() + self.bytes_not_kept
    }

    /// Whether any HTTP response (at least a status line and headers) arrived.
    pub fn has_response(&self) -> bool {
        self.head.is_some()
    }
}
