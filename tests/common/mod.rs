//! Shared helpers for the wire tests: the practice server (`wirepeek::practice`) with short-hand
//! names, and short-hand fetches.
//!
//! The server listens on 127.0.0.1 (or ::1) only, accepts connections one after another, reads
//! each request, hands its exact bytes to the test, and then plays a script: send these bytes,
//! pause, keep silent, drip bytes slowly. Nothing here ever talks to another address.

// Each test file uses a different part of this module.
#![allow(dead_code)]

pub mod proxy;
pub mod reader;
pub mod tls;

use std::net::SocketAddr;
use std::time::Duration;

use wirepeek::practice::{self, Listener};
use wirepeek::wire::{Cancel, Exchange, FetchOptions, Limits, Progress, Recording, Request, fetch};

#[allow(unused_imports)] // each test file uses some of them
pub use wirepeek::practice::{Step, pause, read_request, send};

/// A bound listener whose port is known before the scripts are (for absolute redirects).
pub struct Bound(Listener);

impl Bound {
    /// Bind 127.0.0.1 on a free port.
    pub fn v4() -> Self {
        Self(Listener::v4().expect("bind 127.0.0.1:0"))
    }

    /// Bind [::1] on a free port, or `None` when this machine has no IPv6 loopback.
    pub fn v6() -> Option<Self> {
        Listener::v6().ok().map(Self)
    }

    pub fn port(&self) -> u16 {
        self.0.address().expect("local addr").port()
    }

    /// Serve one connection per script, in order.
    pub fn serve(self, scripts: Vec<Vec<Step>>) -> Server {
        let inner = self.0.serve(scripts).expect("serve on loopback");
        Server {
            addr: inner.addr,
            inner,
        }
    }
}

/// A server on 127.0.0.1 that answers every connection, for as long as the test runs, with what
/// `answer` gives for the request it read (a window may fetch the same page more than once).
pub fn serve_every(answer: impl Fn(&[u8]) -> Vec<u8> + Send + 'static) -> SocketAddr {
    practice::serve_every(answer).expect("serve on 127.0.0.1")
}

/// The practice server's mail port on 127.0.0.1, for one connection: it greets like a mail
/// server (`220 ...`) before a word is sent, as a port that is not HTTP does.
pub fn mail_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        if let Ok((stream, _)) = listener.accept() {
            practice::serve_mail(stream);
        }
    });
    addr
}

/// A server on 127.0.0.1 for one connection that refuses an upload before reading it (413) and
/// hangs up as soon as the upload starts to arrive: the unread bytes turn the close into a reset
/// while the client is still writing. Join the handle after the fetch.
pub fn refuses_upload_and_hangs_up() -> (SocketAddr, std::thread::JoinHandle<()>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        std::io::Write::write_all(
            &mut stream,
            b"HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        )
        .expect("write");
        stream
            .set_read_timeout(Some(HANG_GUARD))
            .expect("read timeout");
        stream
            .peek(&mut [0u8; 1])
            .expect("the upload starts to arrive");
        drop(stream);
    });
    (addr, server)
}

/// A running scripted server.
pub struct Server {
    pub addr: SocketAddr,
    inner: practice::Server,
}

impl Server {
    /// Serve one connection on 127.0.0.1 with this script.
    pub fn start(script: Vec<Step>) -> Self {
        Bound::v4().serve(vec![script])
    }

    /// Serve one connection on 127.0.0.1 that gets exactly `response` and then a close.
    pub fn reply(response: impl AsRef<[u8]>) -> Self {
        Self::start(vec![send(response)])
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT` + `path` (or `http://[::1]:PORT` + `path` for an IPv6 server).
    pub fn url(&self, path: &str) -> String {
        self.inner.url(path)
    }

    /// The next request the server read, exactly as received.
    pub fn request(&self) -> Vec<u8> {
        self.inner
            .next_request(Duration::from_secs(10))
            .expect("the server received no request")
    }

    /// The next request as text (lossy).
    pub fn request_text(&self) -> String {
        String::from_utf8_lossy(&self.request()).into_owned()
    }

    /// Whether another request arrived (without waiting long).
    pub fn has_more_requests(&self) -> bool {
        self.inner
            .next_request(Duration::from_millis(200))
            .is_some()
    }

    /// Wait for the server thread to finish its scripts.
    pub fn join(self) {
        assert!(self.inner.join(), "the server thread panicked");
    }
}

/// Limits for tests: the defaults, with step timeouts short enough that a broken engine fails a
/// test in seconds instead of hanging it.
pub fn limits() -> Limits {
    Limits {
        dns_timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(5),
        head_timeout: Duration::from_secs(10),
        idle_timeout: Duration::from_secs(10),
        ..Limits::default()
    }
}

/// Fetch with `limits`.
pub fn fetch_with(request: &Request, limits: &Limits) -> Exchange {
    fetch_with_options(request, &FetchOptions::default(), limits)
}

/// Fetch with `options` and `limits`.
pub fn fetch_with_options(request: &Request, options: &FetchOptions, limits: &Limits) -> Exchange {
    fetch(
        request,
        options,
        limits,
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    )
}

/// GET `url` with the test limits.
pub fn get(url: &str) -> Exchange {
    fetch_with(&Request::get(url), &limits())
}

/// Serve `response` once on loopback, GET it, and return the exchange.
pub fn exchange_for(response: impl AsRef<[u8]>) -> Exchange {
    let server = Server::reply(response);
    get(&server.url("/"))
}

/// Serve `response` once on loopback, fetch it with `limits`, and return the exchange.
pub fn exchange_with_limits(response: impl AsRef<[u8]>, limits: &Limits) -> Exchange {
    let server = Server::reply(response);
    fetch_with(&Request::get(server.url("/")), limits)
}

/// A response head + body with `Content-Length` and the given extra header lines.
pub fn response_with(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

// Helpers that say what a test means: warnings by variant, waiting on events with a watchdog.

// Full paths for what the server code above also imports, so that these keep compiling when
// that code moves elsewhere.
use std::sync::Arc;
use wirepeek::wire::Warning;

/// Whether `exchange` carries a warning that `wanted` picks out, e.g.
/// `has_warning(&exchange, |w| matches!(w, Warning::RawDeflate))`: a match on the variant and its
/// data, so a test cannot mistake one note for another that happens to share a word.
pub fn has_warning(exchange: &Exchange, wanted: impl Fn(&Warning) -> bool) -> bool {
    exchange.warnings.iter().any(wanted)
}

/// How long a test waits for something that should happen at once before calling it a hang.
/// A watchdog so that a broken build fails with a message instead of hanging CI, not a goal:
/// how fast things are is measured in `benches/timeouts.rs`.
pub const HANG_GUARD: Duration = Duration::from_secs(60);

/// Look at `holds` again and again until it is true; fail naming `what` if it still is not after
/// [`HANG_GUARD`]. The short pause only paces the looking; it orders nothing.
pub fn wait_until(what: &str, holds: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !holds() {
        assert!(
            started.elapsed() < HANG_GUARD,
            "hung: still waiting for {what} after {HANG_GUARD:?}"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// A fetch running on its own thread, watched through its progress and stoppable with Cancel.
pub struct BackgroundFetch {
    /// What the engine reports while it works (phase, bytes received).
    pub progress: Arc<Progress>,
    /// The switch that stops the fetch.
    pub cancel: Cancel,
    finished: std::sync::mpsc::Receiver<Exchange>,
}

impl BackgroundFetch {
    /// Start fetching `request` with `limits` on another thread.
    pub fn start(request: &Request, limits: &Limits) -> Self {
        let progress = Arc::new(Progress::new());
        let cancel = Cancel::new();
        let (sender, finished) = std::sync::mpsc::channel();
        {
            let (request, limits) = (request.clone(), limits.clone());
            let (progress, cancel) = (progress.clone(), cancel.clone());
            std::thread::spawn(move || {
                let exchange = fetch(
                    &request,
                    &FetchOptions::default(),
                    &limits,
                    &cancel,
                    &progress,
                    &mut Recording::KeepAll,
                );
                let _ = sender.send(exchange);
            });
        }
        Self {
            progress,
            cancel,
            finished,
        }
    }

    /// Wait until `holds` is true of the fetch's progress (see [`wait_until`]).
    pub fn wait_until(&self, what: &str, holds: impl Fn(&Progress) -> bool) {
        wait_until(what, || holds(&self.progress));
    }

    /// The finished exchange; fails the test if the fetch has not ended within [`HANG_GUARD`].
    pub fn finish(self) -> Exchange {
        self.finished
            .recv_timeout(HANG_GUARD)
            .unwrap_or_else(|_| panic!("hung: the fetch did not end within {HANG_GUARD:?}"))
    }
}

/// Fetch `request`, press Cancel once `ready` says the fetch has got as far as `what` (read from
/// its progress), and return the exchange the cancelled fetch recorded.
pub fn fetch_cancelled_once(
    request: &Request,
    limits: &Limits,
    what: &str,
    ready: impl Fn(&Progress) -> bool,
) -> Exchange {
    let fetching = BackgroundFetch::start(request, limits);
    fetching.wait_until(what, ready);
    fetching.cancel.cancel();
    fetching.finish()
}

/// Note on stderr that `test` was skipped because this machine has no IPv6 loopback (`::1`), or
/// fail it when `WIREPEEK_REQUIRE_IPV6=1` (set by `.ci/run`, which has checked that `::1` works).
/// Written to stderr directly so that the note shows even though the test passes.
pub fn skip_without_ipv6(test: &str) {
    let required = std::env::var_os("WIREPEEK_REQUIRE_IPV6").is_some_and(|value| value == "1");
    assert!(
        !required,
        "{test}: no ::1 on this machine, but WIREPEEK_REQUIRE_IPV6=1 says this test must run"
    );
    let note = format!("skipped: {test}: no ::1 on this machine\n");
    let _ = std::io::Write::write_all(&mut std::io::stderr(), note.as_bytes());
}
