//! One fetch from start to end: URL, DNS, connect, TLS, request, read loop, decode.

use std::io::Write;
use std::net::IpAddr;
use std::time::Duration;

use super::charset;
use super::clock::Clock;
use super::connect;
use super::content::ContentKind;
use super::decode;
use super::error::FetchError;
use super::exchange::Exchange;
use super::framing::BodyFraming;
use super::limits::Limits;
use super::progress::{Cancel, Phase, Progress};
use super::reader::{ReadStatus, ResponseReader};
use super::received::Received;
use super::request::{self, FetchOptions, Request};
use super::resolve::{self, DnsAnswer};
use super::target;
use super::tls::{self, TlsInfo};
use super::transport::{ReadResult, Transport};
use super::trust::TrustStores;
use super::tunnel::{self, ProxyMode, ProxyStep};
use super::warning::Warning;

/// One `read()` on the socket that returned data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadEvent {
    /// Where the bytes start in the received stream (and in [`crate::wire::Exchange::received`]).
    pub offset: usize,
    /// How many bytes this read returned.
    pub len: usize,
    /// When the read returned, since the start of the fetch.
    pub at: Duration,
}

/// Bytes asked for per `read()`: big enough for speed, small enough that the reads stay visible.
const READ_SIZE: usize = 64 * 1024;

/// What the engine does with the bytes it receives.
pub enum Recording<'a> {
    /// Keep every byte in [`Exchange::received`]: the window shows them all.
    KeepAll,
    /// Write every byte to this output the moment it arrives, and keep only the response heads:
    /// the textbook program's output (`--dump`), in the same small memory whatever the size of
    /// the body. The body is then neither limited in size nor decoded;
    /// [`Exchange::bytes_not_kept`] counts what went by.
    PassOn(&'a mut dyn Write),
}

/// Fetch one URL (no redirects followed) and return everything that happened.
///
/// Never fails: errors go into [`Exchange::error`] next to whatever was learned before them.
/// `cancel` stops it within [`Cancel::CHECK_EVERY`] or so; `progress` can be read meanwhile.
pub fn fetch(
    request: &Request,
    options: &FetchOptions,
    limits: &Limits,
    cancel: &Cancel,
    progress: &Progress,
    recording: &mut Recording<'_>,
) -> Exchange {
    progress.start();
    let clock = Clock::new(limits.total_timeout, cancel.clone());
    let mut exchange = Exchange {
        request: request.clone(),
        method: request.effective_method(),
        url_typed: request.url.clone(),
        version: request.version,
        started_wall: Some(std::time::SystemTime::now()),
        ..Exchange::default()
    };
    let ran = run(
        &mut exchange,
        request,
        options,
        limits,
        &clock,
        progress,
        recording,
    );
    if let Err(error) = ran {
        exchange.error = Some(error);
    }
    exchange.timing.done = Some(clock.elapsed());
    progress.set_phase(Phase::Done);
    exchange
}

fn run(
    exchange: &mut Exchange,
    request: &Request,
    options: &FetchOptions,
    limits: &Limits,
    clock: &Clock,
    progress: &Progress,
    recording: &mut Recording<'_>,
) -> Result<(), FetchError> {
    let parsed = target::parse(&request.url)?;
    request::validate(request)?;
    if let Some(pem) = &options.extra_ca_pem {
        tls::check_extra_ca(pem)?;
    }
    exchange.url_normalized = parsed.url.to_string();
    exchange.warnings.extend(parsed.notes);
    let target = parsed.target;
    if let Some(error) = &options.proxy.unusable {
        return Err(error.clone());
    }
    let proxy = options.proxy.for_target(&target).cloned();
    let mode = match (&proxy, target.scheme.as_str()) {
        (None, _) => None,
        (Some(_), "https") => Some(ProxyMode::Tunnel),
        (Some(_), _) => Some(ProxyMode::AbsoluteForm),
    };
    // Built before any network step, so the learner sees what would have gone out even if DNS fails.
    let built = request::build(request, &target, mode == Some(ProxyMode::AbsoluteForm));
    exchange.request_bytes = built.bytes;
    exchange.request_headers = built.headers;
    exchange.request_body_bytes = built.body_len;
    if let Some(raw) = &request.raw {
        exchange
            .warnings
            .extend(super::raw_request::raw_request_warnings(raw));
    }
    exchange.target = Some(target.clone());
    exchange.proxy = proxy.zip(mode).map(|(p, m)| ProxyStep::new(p, m));
    if let Some(live) = progress.live() {
        live.request(&exchange.request_bytes, None);
    }

    // Through a proxy, the TCP connection goes to the proxy: its name is the one looked up.
    let (dial_host, dial_port) = match &exchange.proxy {
        Some(step) => (step.proxy.host.clone(), step.proxy.port),
        None => (target.host_ascii.clone(), target.port),
    };
    clock.check_cancelled(Phase::Resolving)?;
    progress.set_phase(Phase::Resolving);
    let addresses = match dial_host.parse::<IpAddr>() {
        Ok(ip) => vec![ip],
        Err(_) => resolve::lookup(&dial_host, clock, &clock.deadline(limits.dns_timeout))?,
    };
    exchange.dns = Some(DnsAnswer {
        addresses: addresses.clone(),
        elapsed: clock.elapsed(),
    });
    exchange.timing.dns = Some(clock.elapsed());

    clock.check_cancelled(Phase::Connecting)?;
    progress.set_phase(Phase::Connecting);
    let connected = connect::connect(
        &addresses,
        dial_port,
        limits.connect_timeout,
        clock,
        &mut exchange.connect_attempts,
    );
    let (mut socket, connection) = match (connected, &exchange.proxy) {
        (Err(FetchError::ConnectionRefused { address }), Some(step)) => {
            return Err(FetchError::ProxyRefused {
                proxy: step.proxy.text.clone(),
                address,
            });
        }
        (connected, _) => connected?,
    };
    exchange.connection = Some(connection);
    exchange.timing.connect = Some(clock.elapsed());

    let tunnelled = if let Some(step) = &mut exchange.proxy
        && step.mode == ProxyMode::Tunnel
    {
        clock.check_cancelled(Phase::ProxyTunnel)?;
        progress.set_phase(Phase::ProxyTunnel);
        tunnel::open(
            &mut socket,
            &target.host_ascii,
            target.port,
            step,
            limits.max_head_bytes,
            clock,
            &clock.deadline(limits.connect_timeout),
        )?;
        exchange.timing.proxy_tunnel = Some(clock.elapsed());
        Some(step.proxy.text.clone())
    } else {
        None
    };

    let mut transport = if target.scheme == "https" {
        clock.check_cancelled(Phase::TlsHandshake)?;
        progress.set_phase(Phase::TlsHandshake);
        let system = options.system_roots.store();
        if let Some(store) = &system
            && (store.certificates.is_empty() || !store.problems.is_empty())
        {
            exchange.warnings.push(Warning::SystemStoreUnreadable {
                found: store.certificates.len(),
                loader_said: store.problems.join("; "),
            });
        }
        let trust = TrustStores::new(options.extra_ca_pem.as_deref(), system.as_deref())?;
        let mut info = TlsInfo::default();
        let result = tls::handshake(
            &mut socket,
            &target.host_ascii,
            &trust,
            clock,
            &clock.deadline(limits.tls_timeout),
            &mut info,
        );
        exchange.tls = Some(info);
        let connection = match (result, tunnelled) {
            // Through a tunnel, the other end of the socket is the proxy: a close before any
            // TLS byte came back is the proxy giving up on the tunnel. So is a reset during the
            // handshake: a proxy that closes with our ClientHello unread makes its system send
            // a reset instead of a plain close (which one comes is a race).
            (Err(error), Some(proxy))
                if tls::is_closed_before_any_byte(&error)
                    || matches!(
                        error,
                        FetchError::ConnectionReset {
                            phase: Phase::TlsHandshake
                        }
                    ) =>
            {
                return Err(FetchError::ProxyClosedTunnel { proxy });
            }
            (result, _) => result?,
        };
        exchange.timing.tls = Some(clock.elapsed());
        Transport::Tls {
            connection: Box::new(connection),
            socket,
        }
    } else {
        Transport::Plain(socket)
    };

    clock.check_cancelled(Phase::Sending)?;
    progress.set_phase(Phase::Sending);
    let written = transport.write_all(
        &exchange.request_bytes,
        clock,
        &clock.deadline(limits.head_timeout),
    );
    match written {
        Ok(()) => {
            exchange.timing.request_written = Some(clock.elapsed());
            if let Some(live) = progress.live() {
                live.request(&exchange.request_bytes, exchange.timing.request_written);
            }
        }
        // A server may answer (413, 401 ...) and hang up before taking a big body: its answer
        // is still waiting to be read, and it is what the learner needs to see.
        Err(FetchError::ConnectionReset { .. }) => {
            let closed_by = match &exchange.proxy {
                Some(step) if step.mode == ProxyMode::AbsoluteForm => {
                    Warning::ProxyClosedWhileSending {
                        proxy: step.proxy.text.clone(),
                    }
                }
                _ => Warning::ClosedWhileSending,
            };
            exchange.warnings.push(closed_by);
        }
        Err(error) => return Err(error),
    }

    progress.set_phase(Phase::Waiting);
    let request_was_head = exchange.method.eq_ignore_ascii_case("HEAD");
    let passing_on = matches!(recording, Recording::PassOn(_));
    let mut reader = if passing_on {
        // The body limit guards memory. A body that is passed on is not kept, so, like curl
        // writing a download to a file, it may be as big as it is.
        let unlimited = Limits {
            max_body_bytes: usize::MAX,
            ..limits.clone()
        };
        ResponseReader::new(&unlimited, request_was_head).counting_chunked_content()
    } else {
        ResponseReader::new(limits, request_was_head)
    };
    let mut store = Store::new(recording);
    let read_result = read_response(
        exchange,
        &mut transport,
        &mut reader,
        &mut store,
        limits,
        clock,
        progress,
    );
    reader.abandon(store.view(&exchange.received));
    exchange.bytes_not_kept = store.total - exchange.received.len();
    transport.close();

    progress.set_phase(Phase::Decoding);
    // Passed-on body bytes are gone: there is nothing to decompress or to read as text.
    let decode_error = take_response(exchange, reader, limits, !passing_on);
    read_result.map_err(|error| blame_the_proxy(exchange, error))?;
    decode_error.map_or(Ok(()), Err)
}

/// Plain http through a proxy: the other end of the socket is the proxy, so a connection that
/// ended before one byte of response came back was ended by the proxy, not by the server, and
/// bytes that are not HTTP came from the proxy's port (an HTTP proxy turns a server's non-HTTP
/// answer into a 502 of its own).
fn blame_the_proxy(exchange: &Exchange, error: FetchError) -> FetchError {
    let Some(step) = exchange
        .proxy
        .as_ref()
        .filter(|step| step.mode == ProxyMode::AbsoluteForm)
    else {
        return error;
    };
    let proxy = step.proxy.text.clone();
    match error {
        FetchError::ClosedBeforeResponse | FetchError::ConnectionReset { .. }
            if exchange.received_total() == 0 =>
        {
            FetchError::ProxyClosed { proxy }
        }
        FetchError::NotHttp { first_bytes } => FetchError::ProxyNotHttp { proxy, first_bytes },
        error => error,
    }
}

/// Read a recorded response (every byte as the server sent it, e.g. a saved file) into an
/// [`Exchange`] the way a fetch reads it: heads, framing, body, content coding and charset.
/// There was no network, so there is no target, timing or read record: only what the bytes say.
pub fn read_recorded(received: Vec<u8>, request_was_head: bool, limits: &Limits) -> Exchange {
    let mut exchange = Exchange {
        method: if request_was_head { "HEAD" } else { "GET" }.into(),
        received,
        ..Exchange::default()
    };
    let mut reader = ResponseReader::new(limits, request_was_head);
    let stream = Received::all(&exchange.received);
    let read_error = match reader.on_data(stream) {
        Ok(ReadStatus::Done) => None,
        Ok(ReadStatus::NeedMore) => reader.on_end(stream, true).err(),
        Err(error) => Some(error),
    };
    reader.abandon(stream);
    let decode_error = take_response(&mut exchange, reader, limits, true);
    exchange.error = read_error.or(decode_error);
    exchange
}

/// Move what the reader found into the exchange and, when the body was kept, decode it.
/// Returns the decoding error, if any.
fn take_response(
    exchange: &mut Exchange,
    mut reader: ResponseReader,
    limits: &Limits,
    decode: bool,
) -> Option<FetchError> {
    exchange.interim = std::mem::take(&mut reader.interim);
    exchange.head = reader.head.take();
    exchange.body = reader.body.take();
    exchange.warnings.append(&mut reader.warnings);
    note_extra_bytes(exchange);
    note_switching_protocols(exchange);
    if decode {
        decode_body(exchange, limits)
    } else {
        None
    }
}

/// Where the read loop puts the received bytes while the reader works on them.
///
/// Keeping all, every byte goes into [`Exchange::received`]. Passing on, every byte is first
/// written out; the heads still go into the record, but once the body starts only the few bytes
/// the reader will look at again are held (in `window`), the rest is dropped.
struct Store<'r, 'w> {
    /// Passing on: where every byte goes the moment it arrives.
    out: Option<&'r mut (dyn Write + 'w)>,
    /// Bytes received in all.
    total: usize,
    /// Passing on, after the final head: the stream from `window_start` on.
    window: Option<Vec<u8>>,
    window_start: usize,
}

impl<'r, 'w> Store<'r, 'w> {
    fn new(recording: &'r mut Recording<'w>) -> Self {
        let out = match recording {
            Recording::KeepAll => None,
            Recording::PassOn(out) => Some(&mut **out),
        };
        Self {
            out,
            total: 0,
            window: None,
            window_start: 0,
        }
    }

    /// Take in newly read bytes and let the reader look at them.
    fn push(
        &mut self,
        received: &mut Vec<u8>,
        reader: &mut ResponseReader,
        new: &[u8],
    ) -> Result<ReadStatus, FetchError> {
        self.total += new.len();
        // Out first, before any check of the bytes: what arrived is shown even when it turns
        // out not to be HTTP. A failed write still lets the reader see the bytes, so the head
        // that came with them is kept; then the fetch stops with the output's error.
        let written = match &mut self.out {
            Some(out) => out.write_all(new).and_then(|()| out.flush()).map_err(|e| {
                FetchError::OutputFailed {
                    kind: e.kind(),
                    os_said: e.to_string(),
                }
            }),
            None => Ok(()),
        };
        let status = self.keep(received, reader, new);
        written?;
        status
    }

    /// Keeping all: the last `n` bytes of `received` were just read onto it; let the reader
    /// look at them.
    fn kept(
        &mut self,
        received: &[u8],
        reader: &mut ResponseReader,
        n: usize,
    ) -> Result<ReadStatus, FetchError> {
        self.total += n;
        reader.on_data(Received::all(received))
    }

    /// Hold the new bytes as the reader needs them and let it look at them.
    fn keep(
        &mut self,
        received: &mut Vec<u8>,
        reader: &mut ResponseReader,
        new: &[u8],
    ) -> Result<ReadStatus, FetchError> {
        let Some(window) = &mut self.window else {
            received.extend_from_slice(new);
            let status = reader.on_data(Received::all(received));
            if self.out.is_some() && reader.in_body() {
                // The final head is complete: it stays in the record; the body goes on alone.
                let body_start = reader
                    .body
                    .as_ref()
                    .map_or(received.len(), |b| b.wire.start);
                let needed = reader
                    .needs_from()
                    .unwrap_or(received.len())
                    .max(body_start);
                self.window = Some(received[needed..].to_vec());
                self.window_start = needed;
                received.truncate(body_start);
            }
            return status;
        };
        window.extend_from_slice(new);
        let status = reader.on_data(Received::from_offset(self.window_start, window));
        let needed = reader.needs_from().unwrap_or(self.total);
        window.drain(..needed - self.window_start);
        self.window_start = needed;
        status
    }

    /// The stream as the reader may see it now.
    fn view<'a>(&'a self, received: &'a [u8]) -> Received<'a> {
        match &self.window {
            Some(window) => Received::from_offset(self.window_start, window),
            None => Received::all(received),
        }
    }
}

/// The read loop: read, record, hand to the reader, until the response is complete.
fn read_response(
    exchange: &mut Exchange,
    transport: &mut Transport,
    reader: &mut ResponseReader,
    store: &mut Store<'_, '_>,
    limits: &Limits,
    clock: &Clock,
    progress: &Progress,
) -> Result<(), FetchError> {
    let head_deadline = clock.deadline(limits.head_timeout);
    let mut idle_deadline = clock.deadline(limits.idle_timeout);
    // Only passing on needs a buffer of its own; keeping all reads onto the record.
    let mut buffer = if store.out.is_some() {
        vec![0u8; READ_SIZE]
    } else {
        Vec::new()
    };
    loop {
        let phase = if reader.head.is_some() {
            Phase::Downloading
        } else {
            Phase::Waiting
        };
        let keeping_all = store.out.is_none();
        let result = if keeping_all {
            let reserved = reader
                .body
                .as_ref()
                .is_some_and(|b| matches!(b.framing, Some(BodyFraming::ContentLength(_))));
            read_onto_end(transport, &mut exchange.received, reserved, phase)?
        } else {
            transport.read(&mut buffer, phase)?
        };
        match result {
            ReadResult::Data(n) => {
                let now = clock.elapsed();
                exchange.timing.first_byte.get_or_insert(now);
                record_read(exchange, store.total, n, now, limits.max_read_events);
                let had_head = reader.head.is_some();
                let status = if keeping_all {
                    store.kept(&exchange.received, reader, n)
                } else {
                    store.push(&mut exchange.received, reader, &buffer[..n])
                };
                if let Some(live) = progress.live()
                    && store.out.is_none()
                {
                    live.received(&exchange.received, &reader.interim, reader.head.as_ref());
                }
                if !had_head && reader.head.is_some() {
                    exchange.timing.head_complete = Some(clock.elapsed());
                    progress.set_phase(Phase::Downloading);
                    if let Some(body) = &reader.body
                        && let Some(BodyFraming::ContentLength(length)) = body.framing
                    {
                        progress
                            .set_expected_bytes((body.wire.start as u64).saturating_add(length));
                        if store.out.is_none() {
                            reserve_body(&mut exchange.received, body.wire.start, length, limits);
                        }
                    }
                }
                // Counted once the reader has looked at them, so whoever sees the bytes counted
                // also sees the phase they moved the fetch to.
                progress.add_bytes(n);
                if status? == ReadStatus::Done {
                    return Ok(());
                }
                idle_deadline = clock.deadline(limits.idle_timeout);
                // Bytes that keep coming must not keep the fetch from looking at the clock: a
                // server dripping a byte every few ms never lets a read wait (`Pending`), and the
                // head deadline, the whole-fetch deadline and cancel would never be checked.
                let (deadline, phase) = if reader.head.is_some() {
                    (&idle_deadline, Phase::Downloading)
                } else {
                    (&head_deadline, Phase::Waiting)
                };
                clock.check(deadline, phase)?;
            }
            ReadResult::End { clean } => {
                return reader.on_end(store.view(&exchange.received), clean);
            }
            ReadResult::Pending => {
                let deadline = if reader.head.is_some() {
                    &idle_deadline
                } else {
                    &head_deadline
                };
                clock.check(deadline, phase)?;
            }
        }
    }
}

/// Keeping all: read straight onto the end of the record, so each byte is copied once (by the
/// kernel, out of the socket) rather than twice (into a buffer, then onto the record).
///
/// Safe Rust cannot read into memory it has not initialised, so the room is zeroed first, which
/// costs less than a copy: it only writes. The room stays inside the capacity already reserved
/// for a body of known length (`reserved`), so the last reads never make the record move to a
/// bigger allocation (a copy of everything so far). Otherwise the record grows as `Vec` does.
fn read_onto_end(
    transport: &mut Transport,
    received: &mut Vec<u8>,
    reserved: bool,
    phase: Phase,
) -> Result<ReadResult, FetchError> {
    let start = received.len();
    let spare = received.capacity() - start;
    let room = if reserved && spare > 0 {
        spare.min(READ_SIZE)
    } else {
        READ_SIZE
    };
    received.resize(start + room, 0);
    let result = transport.read(&mut received[start..], phase);
    let got = match result {
        Ok(ReadResult::Data(n)) => n,
        _ => 0,
    };
    received.truncate(start + got);
    result
}

/// One allocation for a body of known size (up to the limit), made when the head says how big.
fn reserve_body(received: &mut Vec<u8>, body_start: usize, length: u64, limits: &Limits) {
    let wanted = usize::try_from(length)
        .unwrap_or(usize::MAX)
        .min(limits.max_body_bytes);
    let total = body_start.saturating_add(wanted);
    // Only a hint: if the memory is not there, the body grows as it comes and the body limit
    // still ends it.
    let _ = received.try_reserve(total.saturating_sub(received.len()));
}

/// Add one `read()` to the record, or merge it into the last entry once the record is full.
fn record_read(
    exchange: &mut Exchange,
    offset: usize,
    len: usize,
    at: std::time::Duration,
    max_events: usize,
) {
    if exchange.reads.len() < max_events {
        exchange.reads.push(ReadEvent { offset, len, at });
        return;
    }
    let note = Warning::ReadsMerged { listed: max_events };
    if !exchange.warnings.contains(&note) {
        exchange.warnings.push(note);
    }
    if let Some(last) = exchange.reads.last_mut() {
        last.len += len;
        last.at = at;
    }
}

/// A final `101` ends the reading: say so, whether the request asked for it, and how many bytes
/// of the other protocol followed.
fn note_switching_protocols(exchange: &mut Exchange) {
    let Some(head) = exchange.head.as_ref().filter(|head| head.code == 101) else {
        return;
    };
    let following = exchange.received_total().saturating_sub(head.range.end);
    let asked = exchange
        .request_headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("Upgrade"));
    exchange
        .warnings
        .push(Warning::SwitchingProtocols { asked, following });
}

/// Bytes after the end of a framed body. After a `101` they are not extra: they are the other
/// protocol's (see [`note_switching_protocols`]).
fn note_extra_bytes(exchange: &mut Exchange) {
    if exchange.status_code() == Some(101) {
        return;
    }
    let Some(body) = &exchange.body else { return };
    let extra = exchange.received_total().saturating_sub(body.wire.end);
    if body.complete && extra > 0 {
        exchange.warnings.push(Warning::ExtraBytes {
            count: extra,
            offset: body.wire.end,
        });
    }
}

/// Remove content codings and decode the text. Returns the decoding error, if any.
fn decode_body(exchange: &mut Exchange, limits: &Limits) -> Option<FetchError> {
    let head = exchange.head.as_ref()?;
    let mut codings = head.list_items("Content-Encoding");
    codings.retain(|c| c != "identity");
    // Transfer codings other than chunked (gzip, deflate) were applied after the content
    // codings, so they come last in the list and are undone first.
    let mut transfer = head.list_items("Transfer-Encoding");
    transfer.retain(|c| c != "chunked" && c != "identity");
    if !transfer.is_empty() && !exchange.body_bytes().is_empty() {
        exchange.warnings.push(Warning::TransferCodingUndone {
            codings: transfer.join(", "),
        });
        codings.extend(transfer);
    }
    let content_type = head.first("Content-Type");
    let tld = exchange
        .target
        .as_ref()
        .filter(|t| !t.host_is_ip)
        .and_then(|t| t.host_ascii.rsplit('.').next().map(str::to_owned));
    let mut error = None;
    let body_complete = exchange.body.as_ref().is_some_and(|b| b.complete);
    if !codings.is_empty() && !exchange.body_bytes().is_empty() {
        let decoded = decode::decode(&codings, exchange.body_bytes(), limits.max_body_bytes);
        exchange.warnings.extend(decoded.warnings);
        let mut keep = decoded.bytes;
        if let Some(decode_error) = decoded.error {
            // A broken stream in a complete body: show the raw bytes. In a body that was cut
            // short anyway, the decoded beginning is more useful than the compressed bytes.
            if matches!(decode_error, FetchError::Decode { .. }) {
                if body_complete {
                    keep = None;
                    error = Some(decode_error);
                } else if keep.as_ref().is_some_and(Vec::is_empty) {
                    keep = None;
                }
            } else {
                if let Some(body) = &mut exchange.body {
                    body.complete = false;
                }
                error = Some(decode_error);
            }
        }
        if let Some(body) = &mut exchange.body {
            body.content_encoding = codings;
            body.decoded = keep;
        }
    }
    let decompressed_or_plain = exchange
        .body
        .as_ref()
        .is_some_and(|b| b.content_encoding.is_empty() || b.decoded.is_some());
    let text = if decompressed_or_plain {
        charset::decode_text(
            content_type.as_deref(),
            exchange.body_bytes(),
            tld.as_deref(),
        )
    } else {
        None
    };
    let kind = ContentKind::judge(
        content_type.as_deref(),
        exchange.body_bytes(),
        text.is_some(),
    );
    if let Some(body) = &mut exchange.body {
        body.text = text;
        body.kind = kind;
    }
    error
}
