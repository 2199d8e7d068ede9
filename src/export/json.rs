//! The Exchange as JSON, for `wirepeek --json` (the schema is documented in README.md).
//!
//! Written as a stream: serde's serializer writes every value straight into the output and
//! escapes the body text as it goes. Nothing is built in memory first, so a 256 MiB body costs
//! no second copy (a `serde_json::Value` tree would hold all of it again).

use std::borrow::Cow;
use std::io::Write;
use std::marker::PhantomData;
use std::time::Duration;

use serde::{Serialize, Serializer};

use crate::{i18n, learn};

use crate::wire::{
    Body, CertificateInfo, Chunk, ConnectAttempt, Exchange, FetchError, Header, ProxyOrigin,
    ProxyStep, ReadEvent, ResponseHead, Target, Timing, TlsInfo, TrustedBy, Warning,
};

/// Write a redirect chain as `wirepeek --json` prints it: the final exchange, with the earlier
/// hops under `redirects`, pretty printed, and a final newline (`null` when there is no hop).
pub fn write_chain(out: &mut impl Write, hops: &[Exchange]) -> std::io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut *out);
    match hops.split_last() {
        Some((last, earlier)) => ExchangeJson {
            redirects: Some(each(earlier)),
            ..ExchangeJson::from(last)
        }
        .serialize(&mut serializer),
        None => serializer.serialize_unit(),
    }?;
    writeln!(out)
}

/// The English words `--json` gives for an error: its message and what to try.
/// (One place, so that where the words come from is a one-line change.)
fn error_words(error: &FetchError) -> (String, String) {
    (
        i18n::english(&learn::error_message(error)),
        i18n::english(&learn::error_hint(error, learn::Surface::Cli)),
    )
}

/// The English words `--json` gives for a warning.
fn warning_words(warning: &Warning) -> String {
    i18n::english(&learn::note(warning))
}

/// Milliseconds with three decimals (microsecond precision).
fn millis(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

/// A list written item by item while it is serialized, each item through its JSON form `J`,
/// without collecting the list first.
struct Each<'a, T, J>(&'a [T], PhantomData<J>);

fn each<'a, T, J>(items: &'a [T]) -> Each<'a, T, J> {
    Each(items, PhantomData)
}

impl<'a, T, J: From<&'a T> + Serialize> Serialize for Each<'a, T, J> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items: &'a [T] = self.0;
        serializer.collect_seq(items.iter().map(J::from))
    }
}

/// One exchange; the keys in the order the README documents them.
#[derive(Serialize)]
struct ExchangeJson<'a> {
    url: &'a str,
    url_normalized: &'a str,
    method: &'a str,
    target: Option<TargetJson<'a>>,
    addresses: Option<Vec<String>>,
    connect_attempts: Each<'a, ConnectAttempt, AttemptJson<'a>>,
    remote: Option<String>,
    request: Cow<'a, str>,
    request_headers: &'a [(String, String)],
    request_body_bytes: usize,
    interim: Each<'a, ResponseHead, InterimJson<'a>>,
    status: Option<StatusJson<'a>>,
    headers: Each<'a, Header, HeaderJson<'a>>,
    body: Option<BodyJson<'a>>,
    timing_ms: TimingJson,
    reads: Each<'a, ReadEvent, ReadJson>,
    tls: Option<TlsJson<'a>>,
    warnings: Each<'a, Warning, WarningJson>,
    error: Option<ErrorJson>,
    /// Only when the fetch went through a proxy.
    #[serde(skip_serializing_if = "Option::is_none")]
    proxy: Option<ProxyJson<'a>>,
    /// Only on the final exchange of a chain: the hops before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    redirects: Option<Each<'a, Exchange, ExchangeJson<'a>>>,
}

impl<'a> From<&'a Exchange> for ExchangeJson<'a> {
    fn from(exchange: &'a Exchange) -> Self {
        Self {
            url: &exchange.url_typed,
            url_normalized: &exchange.url_normalized,
            method: &exchange.method,
            target: exchange.target.as_ref().map(TargetJson::from),
            addresses: exchange
                .dns
                .as_ref()
                .map(|d| d.addresses.iter().map(ToString::to_string).collect()),
            connect_attempts: each(&exchange.connect_attempts),
            remote: exchange.connection.as_ref().map(|c| c.remote.to_string()),
            request: String::from_utf8_lossy(&exchange.request_bytes),
            request_headers: &exchange.request_headers,
            request_body_bytes: exchange.request_body_bytes,
            interim: each(&exchange.interim),
            status: exchange.head.as_ref().map(StatusJson::from),
            headers: each(exchange.head.as_ref().map_or(&[][..], |h| &h.headers)),
            body: exchange
                .body
                .as_ref()
                .map(|body| BodyJson::new(body, exchange)),
            timing_ms: TimingJson::from(&exchange.timing),
            reads: each(&exchange.reads),
            tls: exchange.tls.as_ref().map(TlsJson::from),
            warnings: each(&exchange.warnings),
            error: exchange.error.as_ref().map(ErrorJson::from),
            proxy: exchange.proxy.as_ref().map(ProxyJson::from),
            redirects: None,
        }
    }
}

#[derive(Serialize)]
struct TargetJson<'a> {
    scheme: &'a str,
    host: &'a str,
    host_ascii: &'a str,
    port: u16,
    port_is_default: bool,
    path: &'a str,
}

impl<'a> From<&'a Target> for TargetJson<'a> {
    fn from(target: &'a Target) -> Self {
        Self {
            scheme: &target.scheme,
            host: &target.host_unicode,
            host_ascii: &target.host_ascii,
            port: target.port,
            port_is_default: target.port_is_default,
            path: &target.path_and_query,
        }
    }
}

#[derive(Serialize)]
struct AttemptJson<'a> {
    address: String,
    ms: f64,
    failure: Option<&'a str>,
}

impl<'a> From<&'a ConnectAttempt> for AttemptJson<'a> {
    fn from(attempt: &'a ConnectAttempt) -> Self {
        Self {
            address: attempt.address.to_string(),
            ms: millis(attempt.elapsed),
            failure: attempt.failure.as_deref(),
        }
    }
}

/// A header field as `[name, value]`.
struct HeaderJson<'a>(&'a Header);

impl<'a> From<&'a Header> for HeaderJson<'a> {
    fn from(header: &'a Header) -> Self {
        Self(header)
    }
}

impl Serialize for HeaderJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.0.name.as_str(), self.0.value_text()).serialize(serializer)
    }
}

#[derive(Serialize)]
struct StatusJson<'a> {
    version: &'a str,
    code: u16,
    reason: &'a str,
}

impl<'a> From<&'a ResponseHead> for StatusJson<'a> {
    fn from(head: &'a ResponseHead) -> Self {
        Self {
            version: &head.version,
            code: head.code,
            reason: &head.reason,
        }
    }
}

#[derive(Serialize)]
struct InterimJson<'a> {
    status: StatusJson<'a>,
    headers: Each<'a, Header, HeaderJson<'a>>,
}

impl<'a> From<&'a ResponseHead> for InterimJson<'a> {
    fn from(head: &'a ResponseHead) -> Self {
        Self {
            status: StatusJson::from(head),
            headers: each(&head.headers),
        }
    }
}

#[derive(Serialize)]
struct BodyJson<'a> {
    framing: Option<&'static str>,
    wire_bytes: usize,
    decoded_bytes: usize,
    content_encoding: Option<String>,
    charset: Option<&'static str>,
    charset_source: Option<&'static str>,
    complete: bool,
    possibly_truncated: bool,
    chunks: Each<'a, Chunk, ChunkJson<'a>>,
    trailers: Each<'a, Header, HeaderJson<'a>>,
    /// Borrowed from the exchange: serde escapes it straight into the output.
    text: Option<&'a str>,
}

impl<'a> BodyJson<'a> {
    fn new(body: &'a Body, exchange: &'a Exchange) -> Self {
        Self {
            framing: body.framing.map(crate::wire::BodyFraming::key),
            wire_bytes: body.wire.len(),
            decoded_bytes: exchange.body_bytes().len(),
            content_encoding: (!body.content_encoding.is_empty())
                .then(|| body.content_encoding.join(", ")),
            charset: body.text.as_ref().map(|t| t.charset),
            charset_source: body.text.as_ref().map(|t| t.source.key()),
            complete: body.complete,
            possibly_truncated: body.possibly_truncated,
            chunks: each(&body.chunks),
            trailers: each(&body.trailers),
            text: exchange.body_text(),
        }
    }
}

#[derive(Serialize)]
struct ChunkJson<'a> {
    size: u64,
    extensions: &'a str,
}

impl<'a> From<&'a Chunk> for ChunkJson<'a> {
    fn from(chunk: &'a Chunk) -> Self {
        Self {
            size: chunk.size,
            extensions: &chunk.extensions,
        }
    }
}

#[derive(Serialize)]
struct TimingJson {
    dns: Option<f64>,
    connect: Option<f64>,
    tls: Option<f64>,
    request_written: Option<f64>,
    first_byte: Option<f64>,
    head_complete: Option<f64>,
    total: Option<f64>,
    /// Only when a proxy opened a tunnel.
    #[serde(skip_serializing_if = "Option::is_none")]
    proxy_tunnel: Option<f64>,
}

impl From<&Timing> for TimingJson {
    fn from(timing: &Timing) -> Self {
        Self {
            dns: timing.dns.map(millis),
            connect: timing.connect.map(millis),
            tls: timing.tls.map(millis),
            request_written: timing.request_written.map(millis),
            first_byte: timing.first_byte.map(millis),
            head_complete: timing.head_complete.map(millis),
            total: timing.done.map(millis),
            proxy_tunnel: timing.proxy_tunnel.map(millis),
        }
    }
}

#[derive(Serialize)]
struct ReadJson {
    offset: usize,
    len: usize,
    at_ms: f64,
}

impl From<&ReadEvent> for ReadJson {
    fn from(read: &ReadEvent) -> Self {
        Self {
            offset: read.offset,
            len: read.len,
            at_ms: millis(read.at),
        }
    }
}

#[derive(Serialize)]
struct TlsJson<'a> {
    server_name: &'a str,
    protocol: Option<&'a str>,
    cipher_suite: Option<&'a str>,
    key_exchange: Option<&'a str>,
    alpn: Option<&'a str>,
    verification: String,
    certificates: Each<'a, CertificateInfo, CertificateJson<'a>>,
    /// Only once verified: which store vouched (`extra_ca_file`, `bundled_roots`, `system_store`).
    #[serde(skip_serializing_if = "Option::is_none")]
    trusted_by: Option<&'static str>,
}

impl<'a> From<&'a TlsInfo> for TlsJson<'a> {
    fn from(tls: &'a TlsInfo) -> Self {
        Self {
            server_name: &tls.server_name,
            protocol: tls.protocol.as_deref(),
            cipher_suite: tls.cipher_suite.as_deref(),
            key_exchange: tls.key_exchange.as_deref(),
            alpn: tls.alpn.as_deref(),
            verification: i18n::verification_text(i18n::I18n::default(), &tls.verification),
            certificates: each(&tls.certificates),
            trusted_by: tls.trusted_by.map(TrustedBy::key),
        }
    }
}

#[derive(Serialize)]
struct CertificateJson<'a> {
    subject: &'a str,
    issuer: &'a str,
    names: &'a [String],
    not_before: &'a str,
    not_after: &'a str,
}

impl<'a> From<&'a CertificateInfo> for CertificateJson<'a> {
    fn from(certificate: &'a CertificateInfo) -> Self {
        Self {
            subject: &certificate.subject,
            issuer: &certificate.issuer,
            names: &certificate.names,
            not_before: &certificate.not_before,
            not_after: &certificate.not_after,
        }
    }
}

/// The proxy step: which proxy, why, how, and for https the `CONNECT` exchange as text.
#[derive(Serialize)]
struct ProxyJson<'a> {
    address: &'a str,
    host: &'a str,
    port: u16,
    origin: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    variable: Option<&'a str>,
    mode: &'static str,
    connect_request: Cow<'a, str>,
    reply: Cow<'a, str>,
    reply_code: Option<u16>,
}

impl<'a> From<&'a ProxyStep> for ProxyJson<'a> {
    fn from(step: &'a ProxyStep) -> Self {
        Self {
            address: &step.proxy.text,
            host: &step.proxy.host,
            port: step.proxy.port,
            origin: step.proxy.origin.key(),
            variable: match &step.proxy.origin {
                ProxyOrigin::Environment { variable } => Some(variable),
                _ => None,
            },
            mode: step.mode.key(),
            connect_request: String::from_utf8_lossy(&step.connect_request),
            reply: String::from_utf8_lossy(&step.reply),
            reply_code: step.reply_code,
        }
    }
}

/// A warning as its English sentence.
struct WarningJson(String);

impl From<&Warning> for WarningJson {
    fn from(warning: &Warning) -> Self {
        Self(warning_words(warning))
    }
}

impl Serialize for WarningJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// The error as `{kind, message, hint}`, with the TLS cause as `tls_kind` when there is one.
#[derive(Serialize)]
struct ErrorJson {
    kind: &'static str,
    message: String,
    hint: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    tls_kind: Option<&'static str>,
}

impl From<&FetchError> for ErrorJson {
    fn from(error: &FetchError) -> Self {
        let (message, hint) = error_words(error);
        Self {
            kind: error.kind(),
            message,
            hint,
            tls_kind: match error {
                FetchError::Tls(problem) => Some(problem.kind()),
                _ => None,
            },
        }
    }
}
