//! Watching and stopping a fetch from another thread.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use std::sync::Mutex;

use super::live::Live;

/// The step a fetch is in, in the order they happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Not started yet.
    Idle,
    /// Asking DNS for the host's addresses.
    Resolving,
    /// Opening the TCP connection.
    Connecting,
    /// Asking an HTTP proxy for a tunnel (`CONNECT`), for https through a proxy.
    ProxyTunnel,
    /// The TLS handshake (https only).
    TlsHandshake,
    /// Writing the request bytes.
    Sending,
    /// Request sent; waiting for the response head.
    Waiting,
    /// Reading the body.
    Downloading,
    /// Decoding the body (decompressing, charset).
    Decoding,
    /// Finished, with or without an error.
    Done,
}

// `Phase::ALL` is the one list of every phase. The match has no `_` arm, so a new phase stops
// this compiling until it is added here, a reminder to add it to `ALL` too; the loop checks that
// `ALL` keeps the enum's order.
const _: () = {
    let mut place = 0;
    while place < Phase::ALL.len() {
        let phase = Phase::ALL[place];
        match phase {
            Phase::Idle
            | Phase::Resolving
            | Phase::Connecting
            | Phase::ProxyTunnel
            | Phase::TlsHandshake
            | Phase::Sending
            | Phase::Waiting
            | Phase::Downloading
            | Phase::Decoding
            | Phase::Done => {}
        }
        assert!(phase as usize == place, "Phase::ALL is in the enum's order");
        place += 1;
    }
};

impl Phase {
    /// Every phase, in the order they happen (and of the enum: [`Progress`] keeps a phase as its
    /// place in this list).
    pub const ALL: [Phase; 10] = [
        Phase::Idle,
        Phase::Resolving,
        Phase::Connecting,
        Phase::ProxyTunnel,
        Phase::TlsHandshake,
        Phase::Sending,
        Phase::Waiting,
        Phase::Downloading,
        Phase::Decoding,
        Phase::Done,
    ];

    /// A short lowercase name, used in JSON and as a translation key.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Resolving => "resolving",
            Phase::Connecting => "connecting",
            Phase::ProxyTunnel => "proxy_tunnel",
            Phase::TlsHandshake => "tls",
            Phase::Sending => "sending",
            Phase::Waiting => "waiting",
            Phase::Downloading => "downloading",
            Phase::Decoding => "decoding",
            Phase::Done => "done",
        }
    }
}

/// A cancel switch shared between the thread that fetches and the one that may stop it.
///
/// The engine checks it at least every [`Cancel::CHECK_EVERY`], in every phase.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// How often a waiting fetch looks at the switch.
    pub const CHECK_EVERY: Duration = Duration::from_millis(25);

    /// A new switch, not yet pressed.
    pub fn new() -> Self {
        Self::default()
    }

    /// Ask the fetch to stop as soon as it can.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether [`Cancel::cancel`] has been called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

type Notify = Box<dyn Fn() + Send + Sync>;

/// Live progress of one fetch: written by the engine, read by anyone (the window's status bar).
pub struct Progress {
    phase: AtomicU8,
    bytes_received: AtomicU64,
    /// Bytes the whole response will have once `Content-Length` is known; `u64::MAX`: unknown.
    expected_bytes: AtomicU64,
    started: Mutex<Option<Instant>>,
    notify: Option<Notify>,
    last_notify: Mutex<Option<Instant>>,
    /// The exchange so far, for a reader that draws it while it runs (off unless asked for).
    live: Option<Live>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("phase", &self.phase())
            .field("bytes_received", &self.bytes_received())
            .finish_non_exhaustive()
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress {
    /// How often at most `notify` is called while bytes stream in.
    const NOTIFY_EVERY: Duration = Duration::from_millis(50);

    /// Progress nobody is told about (read it by polling).
    pub fn new() -> Self {
        Self {
            phase: AtomicU8::new(0),
            bytes_received: AtomicU64::new(0),
            expected_bytes: AtomicU64::new(u64::MAX),
            started: Mutex::new(None),
            notify: None,
            last_notify: Mutex::new(None),
            live: None,
        }
    }

    /// Progress that calls `notify` (e.g. "repaint the window") on every phase change and at
    /// most every 50 ms while bytes arrive.
    pub fn with_notify(notify: impl Fn() + Send + Sync + 'static) -> Self {
        Self {
            notify: Some(Box::new(notify)),
            ..Self::new()
        }
    }

    /// The same progress, also keeping the exchange so far for [`Progress::live`] (a window
    /// that shows the response while it arrives; costs a copy of the heads and the first
    /// [`super::live::LIVE_BODY_BYTES`] of the body).
    #[must_use]
    pub fn keeping_live(self) -> Self {
        Self {
            live: Some(Live::default()),
            ..self
        }
    }

    /// The exchange so far, when [`Progress::keeping_live`] asked for it.
    pub fn live(&self) -> Option<&Live> {
        self.live.as_ref()
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        Phase::ALL
            .get(usize::from(self.phase.load(Ordering::Relaxed)))
            .copied()
            .unwrap_or(Phase::Idle)
    }

    /// Bytes received from the server so far (response head and body as on the wire).
    pub fn bytes_received(&self) -> u64 {
        self.bytes_received.load(Ordering::Relaxed)
    }

    /// How many bytes the response will have in all (head and body), once the head announced a
    /// `Content-Length`; `None` for chunked or close-delimited bodies, whose end is not known.
    pub fn expected_bytes(&self) -> Option<u64> {
        match self.expected_bytes.load(Ordering::Relaxed) {
            u64::MAX => None,
            bytes => Some(bytes),
        }
    }

    /// Time since the fetch started, if it has.
    pub fn elapsed(&self) -> Option<Duration> {
        self.started
            .lock()
            .ok()
            .and_then(|started| started.map(|t| t.elapsed()))
    }

    /// Average receive rate in bytes per second since the fetch started.
    pub fn bytes_per_second(&self) -> f64 {
        match self.elapsed() {
            Some(elapsed) if elapsed.as_secs_f64() > 0.0 => {
                self.bytes_received() as f64 / elapsed.as_secs_f64()
            }
            _ => 0.0,
        }
    }

    pub(crate) fn start(&self) {
        if let Ok(mut started) = self.started.lock() {
            *started = Some(Instant::now());
        }
        self.bytes_received.store(0, Ordering::Relaxed);
        self.expected_bytes.store(u64::MAX, Ordering::Relaxed);
        if let Some(live) = &self.live {
            live.start();
        }
    }

    pub(crate) fn set_expected_bytes(&self, bytes: u64) {
        self.expected_bytes
            .store(bytes.min(u64::MAX - 1), Ordering::Relaxed);
    }

    pub(crate) fn set_phase(&self, phase: Phase) {
        let index = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
        let index = u8::try_from(index).unwrap_or(0);
        if self.phase.swap(index, Ordering::Relaxed) != index {
            self.notify_now();
        }
    }

    pub(crate) fn add_bytes(&self, n: usize) {
        self.bytes_received.fetch_add(n as u64, Ordering::Relaxed);
        let due = self
            .last_notify
            .lock()
            .is_ok_and(|last| last.is_none_or(|last| last.elapsed() >= Self::NOTIFY_EVERY));
        if due {
            self.notify_now();
        }
    }

    fn notify_now(&self) {
        if let Ok(mut last) = self.last_notify.lock() {
            *last = Some(Instant::now());
        }
        if let Some(notify) = &self.notify {
            notify();
        }
    }
}
