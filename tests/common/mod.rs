//! Shared helpers for the wire tests: the practice server (`wirepeek::practice`) with short-hand
//! names, and short-hand fetches.
//!
//! The server listens on 127.0.0.1 (or ::1) only, accepts connections one after another, reads
//! each request, hands its exact bytes to the test, and then plays a script: send these bytes,
//! pause, keep silent, drip bytes slowly. Nothing here ever talks to another address.

// Each test file uses a different part of this module.
#![allow(dead_code)]

pub mod tls;

use std::net::SocketAddr;
use std::thread;
use std::time::{Duration, Instant};

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

/// Fetch with `limits` and say how long it took (for behaviour checks with generous bounds).
pub fn timed_fetch(request: &Request, limits: &Limits) -> (Exchange, Duration) {
    let started = Instant::now();
    let exchange = fetch_with(request, limits);
    (exchange, started.elapsed())
}

/// Fetch with `limits`, pressing Cancel from another thread after `after`; and how long it took.
pub fn fetch_cancelled_after(
    request: &Request,
    limits: &Limits,
    after: Duration,
) -> (Exchange, Duration) {
    let cancel = Cancel::new();
    let canceller = {
        let cancel = cancel.clone();
        thread::spawn(move || {
            thread::sleep(after);
            cancel.cancel();
        })
    };
    let started = Instant::now();
    let exchange = fetch(
        request,
        &FetchOptions::default(),
        limits,
        &cancel,
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    let elapsed = started.elapsed();
    canceller.join().expect("canceller");
    (exchange, elapsed)
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

/// Whether any warning contains `word` (case-insensitive).
pub fn warned(exchange: &Exchange, word: &str) -> bool {
    let word = word.to_lowercase();
    exchange.warnings.iter().any(|w| {
        wirepeek::i18n::note_message(wirepeek::i18n::I18n::default(), w)
            .to_lowercase()
            .contains(&word)
    })
}
