//! How soon a fetch stops: the latency of Cancel and of each timeout, on loopback.
//!
//! Run with `cargo bench --bench timeouts`. The tests check *what* happens (which error, in which
//! phase, what was kept); how *fast* it happens depends on the machine, so it is measured here.
//! Each case runs a few rounds against a small server in this process and prints the fastest,
//! the median and the slowest:
//! - Cancel: the time from pressing Cancel to the fetch returning. Goal: within 1.5 s (the engine
//!   looks at the switch every `Cancel::CHECK_EVERY`, so a few tens of ms are expected).
//! - Timeouts: the time from the start of the fetch to its return, next to the limit. Goal: never
//!   before the limit, and at most 1 s after it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use wirepeek::wire::{
    Cancel, FetchError, FetchOptions, Limits, Phase, Progress, Recording, Request, fetch,
};

const ROUNDS: usize = 5;
/// A pause between bytes that never lets a read wait long.
const DRIP_EVERY: Duration = Duration::from_millis(5);
/// How long a server script runs at most, so a broken engine cannot keep the bench forever.
const SERVER_PATIENCE: Duration = Duration::from_secs(60);
const CANCEL_GOAL: Duration = Duration::from_millis(1500);
const TIMEOUT_SLACK_GOAL: Duration = Duration::from_secs(1);

/// What the server does after reading the request head.
#[derive(Clone, Copy)]
enum Script {
    /// Say nothing until the client hangs up.
    Silent,
    /// Send a status line, then a header line one byte at a time, forever.
    DripHead,
    /// Send a head with a long `Content-Length` and a few bytes, then nothing.
    StallBody,
    /// Send a head, then body bytes one at a time, forever.
    DripBody,
}

/// Serve one connection with `script` on 127.0.0.1; returns the port.
fn serve(script: Script) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    thread::spawn(move || {
        let Ok((mut socket, _)) = listener.accept() else {
            return;
        };
        let _ = socket.set_read_timeout(Some(SERVER_PATIENCE));
        let started = Instant::now();
        match script {
            Script::Silent => {}
            Script::DripHead => {
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\n");
                drip(&mut socket, b"X-Slow: zzzzzzzz\r\n", started);
            }
            Script::StallBody => {
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello");
            }
            Script::DripBody => {
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n");
                drip(&mut socket, b"abc", started);
            }
        }
        // Keep the connection open until the client hangs up.
        let mut sink = [0u8; 4096];
        while matches!(socket.read(&mut sink), Ok(n) if n > 0) {}
    });
    port
}

/// Write `bytes` one at a time, over and over, until the client goes away.
fn drip(socket: &mut TcpStream, bytes: &[u8], started: Instant) {
    for byte in bytes.iter().cycle() {
        if started.elapsed() > SERVER_PATIENCE || socket.write_all(&[*byte]).is_err() {
            return;
        }
        thread::sleep(DRIP_EVERY);
    }
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn report(name: &str, goal: &str, runs: Vec<Duration>) {
    let fastest = runs.iter().min().copied().unwrap_or_default();
    let slowest = runs.iter().max().copied().unwrap_or_default();
    println!(
        "  {name:<44} {:>7.1} ms {:>7.1} ms {:>7.1} ms   {goal}",
        fastest.as_secs_f64() * 1e3,
        median(runs).as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3,
    );
}

/// Fetch from a server playing `script` with `limits`; the time to the expected timeout.
fn time_timeout(script: Script, url_scheme: &str, limits: &Limits, phase: Phase) -> Duration {
    let port = serve(script);
    let started = Instant::now();
    let exchange = fetch(
        &Request::get(format!("{url_scheme}://127.0.0.1:{port}/")),
        &FetchOptions::default(),
        limits,
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    let elapsed = started.elapsed();
    match exchange.error {
        Some(FetchError::Timeout { phase: p, .. }) if p == phase => elapsed,
        other => panic!("expected a timeout while {phase:?}, got {other:?}"),
    }
}

fn timeouts() {
    let base = Limits {
        head_timeout: Duration::from_secs(30),
        idle_timeout: Duration::from_secs(30),
        tls_timeout: Duration::from_secs(30),
        ..Limits::default()
    };
    let limit = Duration::from_millis(300);
    let cases: [(&str, Script, &str, Limits, Phase); 5] = [
        (
            "head timeout, silent server",
            Script::Silent,
            "http",
            Limits {
                head_timeout: limit,
                ..base.clone()
            },
            Phase::Waiting,
        ),
        (
            "head timeout, head dripping a byte / 5 ms",
            Script::DripHead,
            "http",
            Limits {
                head_timeout: limit,
                ..base.clone()
            },
            Phase::Waiting,
        ),
        (
            "idle timeout, body stalls",
            Script::StallBody,
            "http",
            Limits {
                idle_timeout: limit,
                ..base.clone()
            },
            Phase::Downloading,
        ),
        (
            "total timeout, body dripping a byte / 5 ms",
            Script::DripBody,
            "http",
            Limits {
                total_timeout: Some(limit),
                ..base.clone()
            },
            Phase::Downloading,
        ),
        (
            "TLS handshake timeout, silent server",
            Script::Silent,
            "https",
            Limits {
                tls_timeout: limit,
                ..base.clone()
            },
            Phase::TlsHandshake,
        ),
    ];
    println!(
        "Timeouts (limit {} ms; {ROUNDS} rounds: fastest, median, slowest from the start of the fetch)",
        limit.as_millis()
    );
    for (name, script, scheme, limits, phase) in cases {
        let runs: Vec<Duration> = (0..ROUNDS)
            .map(|_| time_timeout(script, scheme, &limits, phase))
            .collect();
        let early = runs.iter().any(|run| *run < limit);
        let late = runs.iter().any(|run| *run > limit + TIMEOUT_SLACK_GOAL);
        let verdict = match (early, late) {
            (true, _) => "FIRED BEFORE THE LIMIT",
            (false, true) => "MORE THAN 1 s LATE",
            (false, false) => "ok",
        };
        report(name, verdict, runs);
    }
}

/// Whether a fetch has got far enough to be cancelled, read from its progress.
type Ready = fn(&Progress) -> bool;

/// Fetch from a server playing `script`, press Cancel once `ready` holds; the time from the press
/// to the fetch returning.
fn time_cancel(script: Script, url_scheme: &str, ready: Ready) -> Duration {
    let port = serve(script);
    let progress = Arc::new(Progress::new());
    let cancel = Cancel::new();
    let fetching = {
        let (progress, cancel) = (progress.clone(), cancel.clone());
        let url = format!("{url_scheme}://127.0.0.1:{port}/");
        thread::spawn(move || {
            let exchange = fetch(
                &Request::get(url),
                &FetchOptions::default(),
                &Limits::default(),
                &cancel,
                &progress,
                &mut Recording::KeepAll,
            );
            (exchange, Instant::now())
        })
    };
    let waiting_since = Instant::now();
    while !ready(&progress) {
        assert!(
            waiting_since.elapsed() < SERVER_PATIENCE,
            "the fetch never got ready to be cancelled"
        );
        thread::sleep(Duration::from_millis(1));
    }
    let pressed = Instant::now();
    cancel.cancel();
    let (exchange, returned) = fetching.join().expect("the fetch thread");
    assert!(
        matches!(exchange.error, Some(FetchError::Cancelled { .. })),
        "expected Cancelled, got {:?}",
        exchange.error
    );
    returned.saturating_duration_since(pressed)
}

fn cancels() {
    let cases: [(&str, Script, &str, Ready); 3] = [
        (
            "cancel while waiting for the head",
            Script::Silent,
            "http",
            |p| p.phase() == Phase::Waiting,
        ),
        (
            "cancel while a body drips in",
            Script::DripBody,
            "http",
            |p| p.phase() == Phase::Downloading,
        ),
        (
            "cancel during a stalled TLS handshake",
            Script::Silent,
            "https",
            |p| p.phase() == Phase::TlsHandshake,
        ),
    ];
    println!(
        "Cancel ({ROUNDS} rounds: fastest, median, slowest from the press to the fetch returning; goal {} ms)",
        CANCEL_GOAL.as_millis()
    );
    for (name, script, scheme, ready) in cases {
        let runs: Vec<Duration> = (0..ROUNDS)
            .map(|_| time_cancel(script, scheme, ready))
            .collect();
        let verdict = if runs.iter().all(|run| *run <= CANCEL_GOAL) {
            "ok"
        } else {
            "TOO SLOW"
        };
        report(name, verdict, runs);
    }
}

fn main() {
    // `cargo bench` passes `--bench`; this binary has no options of its own.
    timeouts();
    cancels();
}
