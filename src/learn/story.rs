//! The story of a fetch: what happened, step by step, with the exchange's own numbers.
//!
//! [`story`] reads the exchanges of one fetch (every hop of a redirect chain) and lists the
//! steps as data: a kind and its typed values. [`StoryStep::message`] picks the catalog message
//! (`story.ftl`) that tells the step; the window and `--story` render it in the reader's
//! language. A fetch that failed tells its story up to the step that failed, then that step with
//! what happened underneath ([`StoryStep::explanation`]). Through a proxy the first steps are
//! the proxy's (which proxy, its lookup, the connection to it, the `CONNECT` tunnel), and what
//! the proxy said or did is told as the proxy's, not the server's.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use super::explain::{Explanation, services, underneath};
use super::{Arg, Message, error_message, ports};
use crate::wire::{
    BodyFraming, Exchange, FetchError, Phase, ProxyMode, ProxyOrigin, ProxyStep, StepWhen,
    escape_bytes,
};

/// One step of the story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryStep {
    /// The fetch went through an HTTP proxy: the steps up to the tunnel are the proxy's.
    ThroughProxy {
        /// The proxy's `host:port`.
        proxy: String,
        /// Where the proxy setting came from.
        origin: ProxyOrigin,
        /// Absolute form (plain http) or a `CONNECT` tunnel (https).
        mode: ProxyMode,
    },
    /// The proxy's host was already an IP address: nothing to look up.
    ProxyNoLookup {
        /// The proxy's address as set.
        host: String,
        /// The proxy's port.
        port: u16,
    },
    /// DNS answered with the proxy's addresses.
    ProxyLookedUp {
        /// The proxy's name, as set.
        host: String,
        /// The proxy's port.
        port: u16,
        /// Every address returned, in the resolver's order.
        addresses: Vec<IpAddr>,
        /// How long the lookup took.
        elapsed: Duration,
    },
    /// A TCP connection to the proxy was opened (not to the server).
    ProxyConnected {
        /// The proxy's address and port, the port being the proxy setting's.
        address: SocketAddr,
        /// How many addresses refused or failed before this one answered.
        failed_tries: usize,
        /// How long the connecting took, from the end of the lookup.
        elapsed: Duration,
    },
    /// https through a proxy: the `CONNECT` request asked for a tunnel to the server.
    Tunnel {
        /// The request line sent, e.g. `CONNECT example.com:443 HTTP/1.1`.
        request_line: String,
        /// What the proxy answered.
        answer: TunnelAnswer,
    },
    /// The host was already an IP address: nothing to look up.
    NoLookup {
        /// The address as given in the URL.
        host: String,
    },
    /// DNS answered with these addresses.
    LookedUp {
        /// The name looked up (as sent, punycode).
        host: String,
        /// Every address returned, in the resolver's order.
        addresses: Vec<IpAddr>,
        /// How long the lookup took.
        elapsed: Duration,
    },
    /// A TCP connection was opened.
    Connected {
        /// The server's address and port.
        address: SocketAddr,
        /// The URL's scheme (`http`, `https`).
        scheme: String,
        /// Whether the port is the scheme's usual one (80 for http, 443 for https).
        usual: bool,
        /// The service that usually listens on this port, when it is a well-known one.
        service: Option<&'static str>,
        /// How many addresses refused or failed before this one answered.
        failed_tries: usize,
        /// How long the connecting took, from the end of the lookup.
        elapsed: Duration,
    },
    /// The TLS handshake finished.
    TlsHandshake {
        /// The TLS version agreed, e.g. `TLSv1_3`.
        version: Option<String>,
        /// The cipher suite agreed.
        cipher_suite: Option<String>,
        /// How long the handshake took.
        elapsed: Duration,
    },
    /// Plain http through a proxy: the request went to the proxy in absolute form.
    SentToProxy {
        /// The request line, naming the whole URL (`GET http://host/path HTTP/1.1`).
        request_line: String,
        /// Lines of the request head: the request line and every header line.
        lines: u64,
        /// Every byte written.
        bytes: u64,
        /// How many of them are the body.
        body_bytes: u64,
    },
    /// The request was written to the socket.
    Sent {
        /// Lines of the request head: the request line and every header line.
        lines: u64,
        /// Every byte written.
        bytes: u64,
        /// How many of them are the body.
        body_bytes: u64,
    },
    /// The first byte of the answer arrived.
    FirstByte {
        /// The wait from the request being written to the first byte.
        after: Duration,
    },
    /// An interim `1xx` response came before the final one.
    Interim {
        /// Who it came from: the server, or the server through a proxy.
        by: AnsweredBy,
        /// The status code, e.g. `100`.
        code: u16,
        /// The reason phrase as sent.
        reason: String,
    },
    /// The final response head arrived, and its body (as far as it came).
    Answered {
        /// Who the answer came from.
        by: AnsweredBy,
        /// The status code.
        code: u16,
        /// The reason phrase as sent.
        reason: String,
        /// Body bytes as they crossed the wire (chunk framing included).
        body_bytes: u64,
        /// The `Content-Type`, when the server sent one.
        content_type: Option<String>,
        /// How many `read()` calls returned data for this response, head included.
        reads: u64,
        /// How the end of the body was found.
        ending: BodyEnding,
    },
    /// The body was compressed, and wirepeek took the compression off.
    Decoded {
        /// The content codings, as the server listed them (`gzip`).
        encoding: String,
        /// Bytes on the wire (without chunk framing).
        wire: u64,
        /// Bytes after decompressing.
        decoded: u64,
    },
    /// The answer was a redirect, and the next hop fetched its `Location`.
    Redirected {
        /// The URL fetched next.
        to: String,
    },
    /// The last response was a redirect that this fetch did not follow.
    NotFollowed {
        /// The `Location` it pointed to, as sent.
        location: String,
    },
    /// The fetch stopped here.
    Stopped {
        /// The step the fetch was in, when the timing tells.
        phase: Option<Phase>,
        /// What went wrong.
        error: FetchError,
        /// The port the fetch went to (to name a service that did not answer in HTTP).
        port: Option<u16>,
    },
}

/// What a proxy answered to `CONNECT`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TunnelAnswer {
    /// A 2xx: the tunnel is open.
    Opened {
        /// The status code.
        code: u16,
        /// The reason phrase as sent (escaped).
        reason: String,
        /// From the open connection to the proxy's answer.
        elapsed: Duration,
    },
    /// A status that opened no tunnel (407, 403, 502 ...).
    Refused {
        /// The status code.
        code: u16,
        /// The reason phrase as sent (escaped).
        reason: String,
    },
    /// No status line came back.
    Nothing,
}

impl TunnelAnswer {
    /// A stable name, for message selectors and tests.
    pub fn key(&self) -> &'static str {
        match self {
            TunnelAnswer::Opened { .. } => "opened",
            TunnelAnswer::Refused { .. } => "refused",
            TunnelAnswer::Nothing => "nothing",
        }
    }
}

/// Who sent the response the story tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnsweredBy {
    /// The server (directly, or through a tunnel: TLS runs end to end with it).
    Server,
    /// Plain http through a proxy: the answer came back through the proxy, which passes on the
    /// server's answer (or says its own words when it could not get one).
    ThroughProxy,
    /// Plain http through a proxy that answered `407 Proxy Authentication Required` itself:
    /// the request never went on to the server.
    Proxy,
}

impl AnsweredBy {
    /// A stable name, for message selectors and tests.
    pub fn key(self) -> &'static str {
        match self {
            AnsweredBy::Server => "server",
            AnsweredBy::ThroughProxy => "through_proxy",
            AnsweredBy::Proxy => "proxy",
        }
    }
}

/// How the end of a body was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyEnding {
    /// No body is allowed here (HEAD, 204, 304).
    NoBody,
    /// `Content-Length` said how many bytes.
    Length(u64),
    /// Chunked: this many chunks with data, then a chunk of size 0.
    Chunked {
        /// Chunks that carried data (the final zero-size chunk not counted).
        chunks: u64,
    },
    /// The server closed the connection.
    Close,
    /// The body did not arrive whole (the step after says why).
    Cut,
}

impl BodyEnding {
    /// A stable name, for message ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            BodyEnding::NoBody => "none",
            BodyEnding::Length(_) => "length",
            BodyEnding::Chunked { .. } => "chunked",
            BodyEnding::Close => "close",
            BodyEnding::Cut => "cut",
        }
    }
}

/// The story of one fetch: every hop of `chain` in order (redirects are steps too).
pub fn story(chain: &[Exchange]) -> Vec<StoryStep> {
    let mut steps = Vec::new();
    for (index, exchange) in chain.iter().enumerate() {
        if index > 0 {
            steps.push(StoryStep::Redirected {
                to: exchange.url_normalized.clone(),
            });
        }
        hop(exchange, &mut steps);
    }
    if let Some(last) = chain.last()
        && last.error.is_none()
        && let Some(head) = &last.head
        && (300..400).contains(&head.code)
        && head.code != 304
        && let Some(location) = head.first("location")
    {
        steps.push(StoryStep::NotFollowed { location });
    }
    steps
}

/// The steps of one exchange.
fn hop(exchange: &Exchange, steps: &mut Vec<StoryStep>) {
    let timing = &exchange.timing;
    let since = |from: Option<Duration>, to: Duration| to.saturating_sub(from.unwrap_or_default());
    if let (Some(_), Some(step)) = (&exchange.target, &exchange.proxy) {
        proxy_steps(exchange, step, steps);
    } else if let Some(target) = &exchange.target {
        if target.host_is_ip {
            steps.push(StoryStep::NoLookup {
                host: target.host_ascii.clone(),
            });
        } else if let Some(dns) = &exchange.dns {
            steps.push(StoryStep::LookedUp {
                host: target.host_ascii.clone(),
                addresses: dns.addresses.clone(),
                elapsed: dns.elapsed,
            });
        }
        if let (Some(connection), Some(connected)) = (&exchange.connection, timing.connect) {
            steps.push(StoryStep::Connected {
                address: connection.remote,
                scheme: target.scheme.clone(),
                usual: target.port_is_default,
                service: ports::well_known(connection.remote.port()).map(|p| p.service),
                failed_tries: exchange
                    .connect_attempts
                    .iter()
                    .filter(|a| a.failure.is_some())
                    .count(),
                elapsed: since(timing.dns, connected),
            });
        }
    }
    if let (Some(tls), Some(done)) = (&exchange.tls, timing.tls) {
        steps.push(StoryStep::TlsHandshake {
            version: tls.protocol.clone(),
            cipher_suite: tls.cipher_suite.clone(),
            elapsed: since(timing.proxy_tunnel.or(timing.connect), done),
        });
    }
    let absolute_form = exchange
        .proxy
        .as_ref()
        .is_some_and(|p| p.mode == ProxyMode::AbsoluteForm);
    if timing.request_written.is_some() {
        let lines = 1 + exchange.request_headers.len() as u64;
        let bytes = exchange.request_bytes.len() as u64;
        let body_bytes = exchange.request_body_bytes as u64;
        steps.push(if absolute_form {
            StoryStep::SentToProxy {
                request_line: first_line(&exchange.request_bytes),
                lines,
                bytes,
                body_bytes,
            }
        } else {
            StoryStep::Sent {
                lines,
                bytes,
                body_bytes,
            }
        });
    }
    if let Some(first) = timing.first_byte {
        steps.push(StoryStep::FirstByte {
            after: since(timing.request_written, first),
        });
    }
    for interim in &exchange.interim {
        steps.push(StoryStep::Interim {
            by: if absolute_form {
                AnsweredBy::ThroughProxy
            } else {
                AnsweredBy::Server
            },
            code: interim.code,
            reason: interim.reason.clone(),
        });
    }
    if let Some(head) = &exchange.head {
        let body = exchange.body.as_ref();
        let ending = match body {
            _ if exchange.error.is_some() => BodyEnding::Cut,
            Some(body) if !body.complete => BodyEnding::Cut,
            Some(body) => match body.framing {
                Some(BodyFraming::ContentLength(length)) => BodyEnding::Length(length),
                Some(BodyFraming::Chunked) => BodyEnding::Chunked {
                    chunks: body.chunks.iter().filter(|c| c.size > 0).count() as u64,
                },
                Some(BodyFraming::UntilClose) => BodyEnding::Close,
                Some(BodyFraming::None) | None => BodyEnding::NoBody,
            },
            None => BodyEnding::NoBody,
        };
        let by = match head.code {
            _ if !absolute_form => AnsweredBy::Server,
            407 => AnsweredBy::Proxy,
            _ => AnsweredBy::ThroughProxy,
        };
        steps.push(StoryStep::Answered {
            by,
            code: head.code,
            reason: head.reason.clone(),
            body_bytes: body.map_or(0, |b| b.wire.len() as u64),
            content_type: head.first("content-type"),
            // The reads that brought the body (the one that ended the head may have begun
            // it); with no body, the reads that brought the head.
            reads: match body.filter(|b| !b.wire.is_empty()) {
                Some(body) => exchange.reads_over(&body.wire),
                None => exchange.reads_over(&head.range),
            } as u64,
            ending,
        });
        if let Some(body) = body
            && let Some(decoded) = &body.decoded
        {
            let wire = body.unframed.as_ref().map_or(body.wire.len(), Vec::len);
            steps.push(StoryStep::Decoded {
                encoding: body.content_encoding.join(", "),
                wire: wire as u64,
                decoded: decoded.len() as u64,
            });
        }
    }
    if let Some(error) = &exchange.error {
        let phase = (exchange.target.is_some())
            .then(|| exchange.steps())
            .and_then(|times| {
                times
                    .into_iter()
                    .find(|s| matches!(s.when, StepWhen::Stopped(_)))
                    .map(|s| s.phase)
            })
            // Bytes came but no HTTP head among them (a mail server's greeting, noise): the
            // fetch never got as far as a body.
            .map(|phase| match phase {
                Phase::Downloading if exchange.head.is_none() => Phase::Waiting,
                phase => phase,
            });
        // The port of whoever was at the other end: the proxy, until a tunnel reached past it.
        let port = match &exchange.proxy {
            Some(step) if step.mode == ProxyMode::AbsoluteForm || timing.proxy_tunnel.is_none() => {
                Some(step.proxy.port)
            }
            _ => exchange.target.as_ref().map(|t| t.port),
        };
        steps.push(StoryStep::Stopped {
            phase,
            error: error.clone(),
            port,
        });
    }
}

/// Through a proxy, the first steps are the proxy's: which proxy, its name looked up, the
/// connection to it, and for https the tunnel it was asked for.
fn proxy_steps(exchange: &Exchange, step: &ProxyStep, steps: &mut Vec<StoryStep>) {
    let timing = &exchange.timing;
    let proxy = &step.proxy;
    steps.push(StoryStep::ThroughProxy {
        proxy: proxy.authority(),
        origin: proxy.origin.clone(),
        mode: step.mode,
    });
    if proxy.host.parse::<IpAddr>().is_ok() {
        steps.push(StoryStep::ProxyNoLookup {
            host: proxy.host.clone(),
            port: proxy.port,
        });
    } else if let Some(dns) = &exchange.dns {
        steps.push(StoryStep::ProxyLookedUp {
            host: proxy.host.clone(),
            port: proxy.port,
            addresses: dns.addresses.clone(),
            elapsed: dns.elapsed,
        });
    }
    let Some(connected) = timing.connect else {
        return;
    };
    if let Some(connection) = &exchange.connection {
        steps.push(StoryStep::ProxyConnected {
            address: connection.remote,
            failed_tries: exchange
                .connect_attempts
                .iter()
                .filter(|a| a.failure.is_some())
                .count(),
            elapsed: connected.saturating_sub(timing.dns.unwrap_or_default()),
        });
    }
    if step.mode == ProxyMode::Tunnel && !step.connect_request.is_empty() {
        let answer = match (timing.proxy_tunnel, step.reply_code) {
            (Some(opened), Some(code)) => TunnelAnswer::Opened {
                code,
                reason: step.reply_reason(),
                elapsed: opened.saturating_sub(connected),
            },
            (_, Some(code)) => TunnelAnswer::Refused {
                code,
                reason: step.reply_reason(),
            },
            (_, None) => TunnelAnswer::Nothing,
        };
        steps.push(StoryStep::Tunnel {
            request_line: first_line(&step.connect_request),
            answer,
        });
    }
}

/// The first line of a request as sent (the request line), safe to print.
fn first_line(bytes: &[u8]) -> String {
    let end = bytes
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(bytes.len());
    escape_bytes(&bytes[..end], 400)
}

impl StoryStep {
    /// A stable name of the step's kind (its message is `story-KIND`; an answer without a body
    /// is told by `story-answered_empty`).
    pub fn kind(&self) -> &'static str {
        match self {
            StoryStep::ThroughProxy { .. } => "through_proxy",
            StoryStep::ProxyNoLookup { .. } => "proxy_no_lookup",
            StoryStep::ProxyLookedUp { .. } => "proxy_looked_up",
            StoryStep::ProxyConnected { .. } => "proxy_connected",
            StoryStep::Tunnel { .. } => "tunnel",
            StoryStep::SentToProxy { .. } => "sent_to_proxy",
            StoryStep::NoLookup { .. } => "no_lookup",
            StoryStep::LookedUp { .. } => "looked_up",
            StoryStep::Connected { .. } => "connected",
            StoryStep::TlsHandshake { .. } => "tls",
            StoryStep::Sent { .. } => "sent",
            StoryStep::FirstByte { .. } => "first_byte",
            StoryStep::Interim { .. } => "interim",
            StoryStep::Answered { .. } => "answered",
            StoryStep::Decoded { .. } => "decoded",
            StoryStep::Redirected { .. } => "redirected",
            StoryStep::NotFollowed { .. } => "not_followed",
            StoryStep::Stopped { .. } => "stopped",
        }
    }

    /// The message that tells this step.
    pub fn message(&self) -> Message {
        let id = match self {
            // Nothing to say about bytes, type or how a body ended when there is none.
            StoryStep::Answered {
                ending: BodyEnding::NoBody,
                ..
            } => "story-answered_empty".to_owned(),
            other => format!("story-{}", other.kind()),
        };
        let message = Message::new(id);
        match self {
            StoryStep::ThroughProxy {
                proxy,
                origin,
                mode,
            } => {
                let from = Message::new("story-proxy-origin").choice("origin", origin.key());
                let from = match origin {
                    ProxyOrigin::Environment { variable } => from.text("variable", variable),
                    ProxyOrigin::Settings | ProxyOrigin::CommandLine => from,
                };
                message
                    .text("proxy", proxy)
                    .nested("origin", from)
                    .choice("mode", mode.key())
            }
            StoryStep::ProxyNoLookup { host, port } => message
                .text("host", host)
                .with("port", Arg::Text(port.to_string())),
            StoryStep::ProxyLookedUp {
                host,
                port,
                addresses,
                elapsed,
            } => looked_up(message, host, addresses, *elapsed)
                .with("port", Arg::Text(port.to_string())),
            StoryStep::ProxyConnected {
                address,
                failed_tries,
                elapsed,
            } => message
                .text("ip", address.ip().to_string())
                .with("port", Arg::Text(address.port().to_string()))
                .with("failed", Arg::Count(*failed_tries as u64))
                .with("elapsed", Arg::Duration(*elapsed)),
            StoryStep::Tunnel {
                request_line,
                answer,
            } => {
                let message = message
                    .text("request_line", request_line)
                    .choice("answer", answer.key());
                match answer {
                    TunnelAnswer::Opened {
                        code,
                        reason,
                        elapsed,
                    } => message
                        .text("status", status_text(*code, reason))
                        .with("elapsed", Arg::Duration(*elapsed)),
                    TunnelAnswer::Refused { code, reason } => {
                        message.text("status", status_text(*code, reason))
                    }
                    TunnelAnswer::Nothing => message,
                }
            }
            StoryStep::NoLookup { host } => message.text("host", host),
            StoryStep::LookedUp {
                host,
                addresses,
                elapsed,
            } => looked_up(message, host, addresses, *elapsed),
            StoryStep::Connected {
                address,
                scheme,
                usual,
                service,
                failed_tries,
                elapsed,
            } => {
                let port_says = match (usual, service) {
                    (true, _) => {
                        Message::new("story-port-usual").text("scheme", scheme.to_uppercase())
                    }
                    (false, Some(service)) => {
                        Message::new("story-port-service").text("service", *service)
                    }
                    (false, None) => Message::new("story-port-chosen"),
                };
                message
                    .text("ip", address.ip().to_string())
                    .with("port", Arg::Text(address.port().to_string()))
                    .nested("port_says", port_says)
                    .with("failed", Arg::Count(*failed_tries as u64))
                    .with("elapsed", Arg::Duration(*elapsed))
            }
            StoryStep::TlsHandshake {
                version,
                cipher_suite,
                elapsed,
            } => message
                .text("version", version.clone().unwrap_or_else(|| "?".into()))
                .text("cipher", cipher_suite.clone().unwrap_or_else(|| "?".into()))
                .with("elapsed", Arg::Duration(*elapsed)),
            StoryStep::SentToProxy {
                request_line,
                lines,
                bytes,
                body_bytes,
            } => message
                .text("request_line", request_line)
                .with("lines", Arg::Count(*lines))
                .with("bytes", Arg::Count(*bytes))
                .with("body", Arg::Count(*body_bytes)),
            StoryStep::Sent {
                lines,
                bytes,
                body_bytes,
            } => message
                .with("lines", Arg::Count(*lines))
                .with("bytes", Arg::Count(*bytes))
                .with("body", Arg::Count(*body_bytes)),
            StoryStep::FirstByte { after } => message.with("elapsed", Arg::Duration(*after)),
            StoryStep::Interim { by, code, reason } => message
                .choice("by", by.key())
                .text("status", status_text(*code, reason))
                .choice("continue", if *code == 100 { "yes" } else { "no" }),
            StoryStep::Answered {
                by,
                code,
                reason,
                body_bytes,
                content_type,
                reads,
                ending,
            } => {
                let mut ending_says = Message::new(format!("story-end-{}", ending.key()));
                match ending {
                    BodyEnding::Length(length) => {
                        ending_says = ending_says.with("length", Arg::Count(*length));
                    }
                    BodyEnding::Chunked { chunks } => {
                        ending_says = ending_says.with("chunks", Arg::Count(*chunks));
                    }
                    _ => {}
                }
                let message = message
                    .choice("by", by.key())
                    .text("status", status_text(*code, reason))
                    .with("reads", Arg::Count(*reads))
                    .nested("ending", ending_says);
                if *ending == BodyEnding::NoBody {
                    return message;
                }
                let message = message.with("bytes", Arg::Count(*body_bytes));
                match content_type {
                    Some(kind) => message.choice("typed", "yes").text("type", kind),
                    None => message.choice("typed", "no"),
                }
            }
            StoryStep::Decoded {
                encoding,
                wire,
                decoded,
            } => message
                .text("encoding", encoding)
                .with("wire", Arg::Count(*wire))
                .with("decoded", Arg::Count(*decoded)),
            StoryStep::Redirected { to } => message.text("url", to),
            StoryStep::NotFollowed { location } => message.text("location", location),
            StoryStep::Stopped { phase, error, .. } => {
                let message = message.nested("error", error_message(error));
                match phase {
                    Some(phase) => message
                        .choice("known", "yes")
                        .with("phase", Arg::Phase(*phase)),
                    None => message.choice("known", "no"),
                }
            }
        }
    }

    /// What happened underneath a step that failed, for the learner to read beneath it.
    pub fn explanation(&self) -> Option<Explanation> {
        match self {
            StoryStep::Stopped { error, .. } => underneath::for_error(error),
            _ => None,
        }
    }

    /// For a server that did not answer in HTTP: the service its greeting or port names
    /// ("This looks like SMTP ...") and that service's explanation.
    /// Through a proxy the bytes came from the proxy's port, which `port` then is.
    pub fn recognized(&self) -> Option<(Message, Explanation)> {
        let StoryStep::Stopped {
            error:
                FetchError::NotHttp { first_bytes } | FetchError::ProxyNotHttp { first_bytes, .. },
            port: Some(port),
            ..
        } = self
        else {
            return None;
        };
        services::recognize(first_bytes, *port).map(|service| service.explained(*port))
    }
}

/// A lookup's message: the name, every address found, and the time it took.
fn looked_up(message: Message, host: &str, addresses: &[IpAddr], elapsed: Duration) -> Message {
    let list = addresses
        .iter()
        .map(IpAddr::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    message
        .text("host", host)
        .text("addresses", list)
        .with("count", Arg::Count(addresses.len() as u64))
        .with("elapsed", Arg::Duration(elapsed))
}

/// `200 OK`, or `200` when the server sent no reason phrase.
fn status_text(code: u16, reason: &str) -> String {
    if reason.is_empty() {
        code.to_string()
    } else {
        format!("{code} {reason}")
    }
}

/// One example of every step kind (and every body ending and port wording), for the tests
/// that check each renders in every language.
#[cfg(test)]
pub(crate) fn every_kind() -> Vec<StoryStep> {
    let ms = Duration::from_millis;
    let address: SocketAddr = ([192, 0, 2, 4], 80).into();
    let connected = |usual, service| StoryStep::Connected {
        address,
        scheme: "http".into(),
        usual,
        service,
        failed_tries: 1,
        elapsed: ms(31),
    };
    let answered = |ending| StoryStep::Answered {
        by: AnsweredBy::Server,
        code: 200,
        reason: "OK".into(),
        body_bytes: 167,
        content_type: Some("text/plain".into()),
        reads: 1,
        ending,
    };
    let proxy: SocketAddr = ([10, 0, 0, 7], 3128).into();
    let through = |origin, mode| StoryStep::ThroughProxy {
        proxy: "proxy.school.test:3128".into(),
        origin,
        mode,
    };
    let tunnel = |answer| StoryStep::Tunnel {
        request_line: "CONNECT example.com:443 HTTP/1.1".into(),
        answer,
    };
    let by_proxy = |by, code, reason: &str, ending| StoryStep::Answered {
        by,
        code,
        reason: reason.into(),
        body_bytes: 12,
        content_type: Some("text/html".into()),
        reads: 1,
        ending,
    };
    vec![
        through(ProxyOrigin::Settings, ProxyMode::AbsoluteForm),
        through(ProxyOrigin::CommandLine, ProxyMode::Tunnel),
        through(
            ProxyOrigin::Environment {
                variable: "HTTPS_PROXY".into(),
            },
            ProxyMode::Tunnel,
        ),
        StoryStep::ProxyNoLookup {
            host: "10.0.0.7".into(),
            port: 3128,
        },
        StoryStep::ProxyLookedUp {
            host: "proxy.school.test".into(),
            port: 3128,
            addresses: vec![proxy.ip()],
            elapsed: ms(3),
        },
        StoryStep::ProxyConnected {
            address: proxy,
            failed_tries: 0,
            elapsed: ms(2),
        },
        StoryStep::ProxyConnected {
            address: proxy,
            failed_tries: 2,
            elapsed: ms(2),
        },
        tunnel(TunnelAnswer::Opened {
            code: 200,
            reason: "Connection established".into(),
            elapsed: ms(35),
        }),
        tunnel(TunnelAnswer::Refused {
            code: 407,
            reason: "Proxy Authentication Required".into(),
        }),
        tunnel(TunnelAnswer::Nothing),
        StoryStep::SentToProxy {
            request_line: "GET http://example.com/ HTTP/1.1".into(),
            lines: 5,
            bytes: 104,
            body_bytes: 0,
        },
        by_proxy(AnsweredBy::ThroughProxy, 200, "OK", BodyEnding::Length(12)),
        by_proxy(
            AnsweredBy::ThroughProxy,
            304,
            "Not Modified",
            BodyEnding::NoBody,
        ),
        by_proxy(
            AnsweredBy::Proxy,
            407,
            "Proxy Authentication Required",
            BodyEnding::Length(12),
        ),
        by_proxy(
            AnsweredBy::Proxy,
            407,
            "Proxy Authentication Required",
            BodyEnding::NoBody,
        ),
        StoryStep::NoLookup {
            host: "127.0.0.1".into(),
        },
        StoryStep::LookedUp {
            host: "data.pr4e.org".into(),
            addresses: vec![address.ip()],
            elapsed: ms(12),
        },
        connected(true, Some("HTTP")),
        connected(false, Some("SMTP")),
        connected(false, None),
        StoryStep::TlsHandshake {
            version: Some("TLSv1_3".into()),
            cipher_suite: Some("TLS13_AES_128_GCM_SHA256".into()),
            elapsed: ms(20),
        },
        StoryStep::Sent {
            lines: 3,
            bytes: 56,
            body_bytes: 0,
        },
        StoryStep::FirstByte { after: ms(40) },
        StoryStep::Interim {
            by: AnsweredBy::Server,
            code: 100,
            reason: "Continue".into(),
        },
        StoryStep::Interim {
            by: AnsweredBy::ThroughProxy,
            code: 103,
            reason: "Early Hints".into(),
        },
        answered(BodyEnding::NoBody),
        answered(BodyEnding::Length(167)),
        answered(BodyEnding::Chunked { chunks: 3 }),
        answered(BodyEnding::Close),
        answered(BodyEnding::Cut),
        StoryStep::Answered {
            by: AnsweredBy::Server,
            code: 204,
            reason: String::new(),
            body_bytes: 0,
            content_type: None,
            reads: 2,
            ending: BodyEnding::NoBody,
        },
        StoryStep::Decoded {
            encoding: "gzip".into(),
            wire: 1024,
            decoded: 4096,
        },
        StoryStep::Redirected {
            to: "http://127.0.0.1:8080/next".into(),
        },
        StoryStep::NotFollowed {
            location: "/next".into(),
        },
        StoryStep::Stopped {
            phase: Some(Phase::Connecting),
            error: FetchError::ConnectionRefused {
                address: "127.0.0.1:9".into(),
            },
            port: Some(9),
        },
        StoryStep::Stopped {
            phase: Some(Phase::Waiting),
            error: FetchError::NotHttp {
                first_bytes: "220 mail.example ESMTP".into(),
            },
            port: Some(25),
        },
        StoryStep::Stopped {
            phase: None,
            error: FetchError::UnsupportedScheme {
                scheme: "ftp".into(),
            },
            port: None,
        },
        StoryStep::Stopped {
            phase: Some(Phase::Waiting),
            error: FetchError::ProxyClosed {
                proxy: "http://proxy.school.test:3128".into(),
            },
            port: Some(3128),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, LANGUAGES};

    fn is_hangul(c: char) -> bool {
        ('\u{AC00}'..='\u{D7A3}').contains(&c)
    }

    #[test]
    fn every_step_kind_renders_in_every_language_and_korean_has_hangul() {
        let steps = every_kind();
        let kinds: std::collections::BTreeSet<&str> = steps.iter().map(StoryStep::kind).collect();
        assert_eq!(kinds.len(), 18, "every kind has an example: {kinds:?}");
        let mut faults = Vec::new();
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            for step in &steps {
                let message = step.message();
                let text = i18n.render(&message);
                let shown = message.text_args();
                if text.contains("story-") || text.contains('{') || text.trim().is_empty() {
                    faults.push(format!(
                        "{} {}: not rendered: {text}",
                        language.code, message.id
                    ));
                }
                if language.code == "ko" && !text.chars().any(is_hangul) {
                    faults.push(format!("ko {}: no Hangul: {text}", message.id));
                }
                for value in shown.iter().filter(|v| !text.contains(v.as_str())) {
                    faults.push(format!(
                        "{} {}: lost {value:?}: {text}",
                        language.code, message.id
                    ));
                }
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    fn ids(message: &Message, out: &mut Vec<String>) {
        out.push(message.id.clone());
        for (_, arg) in &message.args {
            if let Arg::Message(inner) = arg {
                ids(inner, out);
            }
        }
    }

    #[test]
    fn every_story_message_in_the_catalog_has_an_example_above() {
        let index = crate::i18n::SUBJECTS
            .iter()
            .position(|s| *s == "story")
            .expect("subject");
        let resource = crate::i18n::parse(LANGUAGES[0].files[index]).expect("parses");
        let mut used = Vec::new();
        for step in every_kind() {
            ids(&step.message(), &mut used);
        }
        let labels = [
            "story-intro",
            "story-empty",
            "story-arriving",
            "story-underneath",
            "story-cli-title",
        ];
        for id in crate::i18n::message_ids(&resource) {
            if id.starts_with("story-") && !labels.contains(&id.as_str()) {
                assert!(used.contains(&id), "{id} has no example in every_kind()");
            }
        }
    }

    #[test]
    fn english_plurals_follow_the_numbers() {
        let en = I18n::default();
        let sent = |lines, bytes| {
            en.render(
                &StoryStep::Sent {
                    lines,
                    bytes,
                    body_bytes: 0,
                }
                .message(),
            )
        };
        assert_eq!(
            sent(3, 56),
            "Sent the request: 3 lines of head, 56 bytes in all."
        );
        assert_eq!(
            sent(1, 1),
            "Sent the request: 1 line of head, 1 byte in all."
        );
        assert!(sent(4, 1500).contains("1,500 bytes"), "{}", sent(4, 1500));
    }

    #[test]
    fn the_example_reads_as_the_issue_tells_it() {
        let en = I18n::default();
        let steps = every_kind();
        let told: Vec<String> = steps.iter().map(|s| en.render(&s.message())).collect();
        assert!(told.contains(
            &"Looked up data.pr4e.org in DNS and got one address: 192.0.2.4 (12 ms).".to_owned()
        ));
        assert!(told.iter().any(|t| {
            t.starts_with("Connected to 192.0.2.4 on port 80, the usual port for HTTP (31 ms).")
        }));
        assert!(told.contains(
            &"The server said 200 OK and sent 167 bytes of text/plain in 1 read, then closed the \
              connection, which ends a body without a length."
                .to_owned()
        ));
    }

    #[test]
    fn a_failed_step_is_explained_underneath() {
        let steps = every_kind();
        let stopped = steps
            .iter()
            .find(|s| matches!(s, StoryStep::Stopped { .. }))
            .expect("a stopped step");
        let explanation = stopped.explanation().expect("explained");
        assert_eq!(explanation.summary.id, "explain-error-connection_refused");
        assert!(steps[0].explanation().is_none());
        assert!(
            stopped.recognized().is_none(),
            "a refused port names no service"
        );
        let smtp = steps
            .iter()
            .find_map(StoryStep::recognized)
            .expect("the SMTP greeting is recognized");
        assert_eq!(smtp.1.title, "25 (SMTP)");
    }
}
