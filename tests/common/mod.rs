//! Shared helpers for the wire tests: a scripted loopback server and short-hand fetches.
//!
//! The server listens on 127.0.0.1 (or ::1) only, accepts connections one after another, reads
//! each request (head up to the blank line, then a body of the announced `Content-Length`),
//! records its exact bytes for the test, and then plays a script: send these bytes, pause,
//! keep silent, drip bytes slowly. Nothing here ever talks to another address.

// Each test file uses a different part of this module.
#![allow(dead_code)]

pub mod tls;

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use wirepeek::wire::{Cancel, Exchange, Limits, Progress, Recording, Request, fetch};

/// How long any server thread waits for anything, so a failing test never leaves it forever.
const SERVER_PATIENCE: Duration = Duration::from_secs(20);

/// One step of what the server does after reading the request.
#[derive(Clone, Debug)]
pub enum Step {
    /// Write these bytes (errors are ignored: the client may have gone away on purpose).
    Send(Vec<u8>),
    /// Wait this long.
    Pause(Duration),
    /// Say nothing and keep the connection open until the client closes it.
    Hold,
    /// Write these bytes one at a time, `every` apart, over and over, until the client leaves.
    Drip(Vec<u8>, Duration),
    /// Write `chunk` bytes of `x`, `every` apart, until the client leaves: a steady stream that
    /// never lets a read wait long.
    Flood { chunk: usize, every: Duration },
}

/// `Step::Send` for anything byte-like.
pub fn send(bytes: impl AsRef<[u8]>) -> Step {
    Step::Send(bytes.as_ref().to_vec())
}

/// `Step::Pause` in milliseconds.
pub fn pause(ms: u64) -> Step {
    Step::Pause(Duration::from_millis(ms))
}

/// A bound listener whose port is known before the scripts are (for absolute redirects).
pub struct Bound {
    listener: TcpListener,
}

impl Bound {
    /// Bind 127.0.0.1 on a free port.
    pub fn v4() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        Self { listener }
    }

    /// Bind [::1] on a free port, or `None` when this machine has no IPv6 loopback.
    pub fn v6() -> Option<Self> {
        TcpListener::bind("[::1]:0")
            .ok()
            .map(|listener| Self { listener })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().expect("local addr").port()
    }

    /// Serve one connection per script, in order.
    pub fn serve(self, scripts: Vec<Vec<Step>>) -> Server {
        let addr = self.listener.local_addr().expect("local addr");
        let (sender, requests) = mpsc::channel();
        let listener = self.listener;
        let handle = thread::spawn(move || {
            listener
                .set_nonblocking(true)
                .expect("non-blocking listener");
            for script in scripts {
                let Some(stream) = accept(&listener) else {
                    return;
                };
                let request = read_request(&stream);
                if sender.send(request).is_err() {
                    return;
                }
                play(stream, &script);
            }
        });
        Server {
            addr,
            requests,
            handle: Some(handle),
        }
    }
}

/// A server on 127.0.0.1 that answers every connection, for as long as the test runs, with what
/// `answer` gives for the request it read (a window may fetch the same page more than once).
pub fn serve_every(answer: impl Fn(&[u8]) -> Vec<u8> + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let address = listener.local_addr().expect("local addr");
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let request = read_request(&stream);
            let _ = stream.write_all(&answer(&request));
        }
    });
    address
}

/// A running scripted server.
pub struct Server {
    pub addr: SocketAddr,
    requests: mpsc::Receiver<Vec<u8>>,
    handle: Option<thread::JoinHandle<()>>,
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
        match self.addr {
            SocketAddr::V4(_) => format!("http://127.0.0.1:{}{path}", self.port()),
            SocketAddr::V6(_) => format!("http://[::1]:{}{path}", self.port()),
        }
    }

    /// The next request the server read, exactly as received.
    pub fn request(&self) -> Vec<u8> {
        self.requests
            .recv_timeout(Duration::from_secs(10))
            .expect("the server received no request")
    }

    /// The next request as text (lossy).
    pub fn request_text(&self) -> String {
        String::from_utf8_lossy(&self.request()).into_owned()
    }

    /// Whether another request arrived (without waiting long).
    pub fn has_more_requests(&self) -> bool {
        self.requests
            .recv_timeout(Duration::from_millis(200))
            .is_ok()
    }

    /// Wait for the server thread to finish its scripts.
    pub fn join(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.join().expect("server thread");
        }
    }
}

fn accept(listener: &TcpListener) -> Option<TcpStream> {
    let started = Instant::now();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false).ok()?;
                stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
                stream
                    .set_write_timeout(Some(Duration::from_secs(10)))
                    .ok()?;
                return Some(stream);
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                if started.elapsed() > SERVER_PATIENCE {
                    return None;
                }
                thread::sleep(Duration::from_millis(2));
            }
            Err(_) => return None,
        }
    }
}

/// Read one request: the head up to the blank line, then `Content-Length` bytes of body.
pub fn read_request(mut stream: &TcpStream) -> Vec<u8> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    let mut wanted: Option<usize> = None;
    loop {
        if wanted.is_none()
            && let Some(end) = head_end(&request)
        {
            wanted = Some(end + content_length(&request[..end]));
        }
        if wanted.is_some_and(|w| request.len() >= w) {
            return request;
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return request,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
}

fn head_end(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| bytes.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))
}

fn content_length(head: &[u8]) -> usize {
    String::from_utf8_lossy(head)
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())
                .flatten()
        })
        .unwrap_or(0)
}

fn play(mut stream: TcpStream, script: &[Step]) {
    for step in script {
        match step {
            Step::Send(bytes) => {
                if stream.write_all(bytes).is_err() {
                    return;
                }
            }
            Step::Pause(duration) => thread::sleep(*duration),
            Step::Hold => {
                wait_for_close(&stream);
                return;
            }
            Step::Flood { chunk, every } => {
                let started = Instant::now();
                let piece = vec![b'x'; *chunk];
                while started.elapsed() < SERVER_PATIENCE {
                    if stream.write_all(&piece).is_err() {
                        return;
                    }
                    thread::sleep(*every);
                }
            }
            Step::Drip(bytes, every) => {
                let started = Instant::now();
                for byte in bytes.iter().cycle() {
                    if started.elapsed() > SERVER_PATIENCE
                        || stream.write_all(std::slice::from_ref(byte)).is_err()
                    {
                        return;
                    }
                    thread::sleep(*every);
                }
            }
        }
    }
    // Close our side, then wait for the client to close its side: closing with unread bytes
    // would turn the close into a reset.
    let _ = stream.shutdown(Shutdown::Write);
    wait_for_close(&stream);
}

fn wait_for_close(mut stream: &TcpStream) {
    let started = Instant::now();
    let mut sink = [0u8; 4096];
    while started.elapsed() < SERVER_PATIENCE {
        match stream.read(&mut sink) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
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

/// Fetch with the test limits.
pub fn fetch_with(request: &Request, limits: &Limits) -> Exchange {
    fetch(
        request,
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
