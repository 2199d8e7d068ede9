//! Fetch speed and memory against curl, on the same machine in the same run.
//!
//! Run with `cargo bench --bench fetch_vs_curl`. It starts a loopback server in this process,
//! then times `wirepeek --dump URL > /dev/null` and `curl -s -o /dev/null URL` as child
//! processes (wall time measured here, peak resident memory by GNU time), alternating the two.
//! Goals (from the issue): 100 MB within 1.25x of curl's wall time and at most
//! 1.3 x body + 30 MB of peak memory; a 1 KiB response within 2x of curl.
//!
//! `--dump` passes the body on as it arrives; the window keeps every byte. The cost of keeping
//! them is shown too: the engine called in this process with `Recording::KeepAll`, against curl
//! writing the body into a file in RAM (`/dev/shm`), which also ends with every byte in memory.
//! Goal: at most 1.25x of that curl for 100 MB.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Instant;

use wirepeek::wire::{Cancel, FetchOptions, Limits, Progress, Recording, Request, fetch};

const BIG: usize = 100_000_000;
const SMALL: usize = 1024;

/// One line of the served text; the body repeats it.
const LINE: &[u8] = b"But soft, what light through yonder window breaks? It is the east.\n";

fn serve(mut socket: TcpStream) {
    let mut reader = BufReader::new(socket.try_clone().expect("clone socket"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let size = if request_line.contains("/big") {
        BIG
    } else {
        SMALL
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
    );
    if socket.write_all(head.as_bytes()).is_err() {
        return;
    }
    // Bodies are generated on the fly so the server adds no memory of its own to the picture.
    let block: Vec<u8> = LINE.iter().copied().cycle().take(256 * 1024).collect();
    let mut left = size;
    while left > 0 {
        let n = left.min(block.len());
        if socket.write_all(&block[..n]).is_err() {
            return;
        }
        left -= n;
    }
}

struct Run {
    seconds: f64,
    peak_kib: u64,
}

/// Run `program args` under GNU time; returns wall seconds and peak resident memory.
fn timed(program: &str, args: &[&str]) -> Run {
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("WIREPEEK-BENCH %e %M")
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("GNU time at /usr/bin/time (Debian package `time`)");
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("WIREPEEK-BENCH"))
        .unwrap_or_else(|| panic!("no timing from {program}: {stderr}"));
    let mut parts = line.split_whitespace().skip(1);
    Run {
        seconds,
        peak_kib: parts.nth(1).and_then(|s| s.parse().ok()).unwrap_or(0),
    }
}

/// Wall seconds of one in-process fetch that keeps every byte, as the window does.
fn fetch_keeping_all(url: &str, body_bytes: usize) -> f64 {
    let started = Instant::now();
    let exchange = fetch(
        &Request::get(url),
        &FetchOptions::default(),
        &Limits::default(),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    );
    let seconds = started.elapsed().as_secs_f64();
    assert!(exchange.error.is_none(), "{:?}", exchange.error);
    assert_eq!(exchange.body_bytes().len(), body_bytes);
    seconds
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Median wall time (s) and the largest peak memory (MB) of one program over `rounds` runs.
struct Summary {
    seconds: f64,
    peak_mb: f64,
}

fn summarize(runs: &[Run]) -> Summary {
    Summary {
        seconds: median(runs.iter().map(|r| r.seconds).collect()),
        peak_mb: runs.iter().map(|r| r.peak_kib).max().unwrap_or(0) as f64 * 1024.0 / 1e6,
    }
}

fn compare(name: &str, url: &str, rounds: usize, body_bytes: usize) {
    let wirepeek = env!("CARGO_BIN_EXE_wirepeek");
    // curl to /dev/null streams and keeps nothing; curl to a file in /dev/shm (memory) ends,
    // like wirepeek, with the whole body held in RAM. Both are shown.
    let kept = std::path::Path::new("/dev/shm")
        .is_dir()
        .then(|| format!("/dev/shm/wirepeek-bench-{}", std::process::id()));
    let (mut ours, mut streamed, mut stored) = (Vec::new(), Vec::new(), Vec::new());
    let mut keeping = Vec::new();
    for _ in 0..rounds {
        ours.push(timed(wirepeek, &["--dump", url]));
        keeping.push(fetch_keeping_all(url, body_bytes));
        streamed.push(timed("curl", &["-s", "-o", "/dev/null", url]));
        if let Some(file) = &kept {
            stored.push(timed("curl", &["-s", "-o", file, url]));
            let _ = std::fs::remove_file(file);
        }
    }
    let ours = summarize(&ours);
    let streamed = summarize(&streamed);
    println!("{name}: {rounds} rounds each, body {body_bytes} bytes, median wall time");
    let line = |who: &str, s: &Summary| {
        println!(
            "  {who:<32} {:>8.1} ms  {:>5.2}x   peak memory {:>6.1} MB",
            s.seconds * 1e3,
            s.seconds / streamed.seconds,
            s.peak_mb
        );
    };
    line("curl -o /dev/null", &streamed);
    let stored = (!stored.is_empty()).then(|| summarize(&stored));
    if let Some(stored) = &stored {
        line("curl -o /dev/shm/FILE (in RAM)", stored);
    }
    line("wirepeek --dump > /dev/null", &ours);
    let keeping = median(keeping);
    println!(
        "  {:<32} {:>8.1} ms  {:>5.2}x   (in this process: no program start)",
        "engine keeping all, as the window",
        keeping * 1e3,
        keeping / streamed.seconds
    );
    // The window keeps every byte in memory, so its fair match is curl writing into memory.
    if let Some(stored) = &stored {
        println!(
            "  keeping all / curl into RAM: {:.2}x (goal: at most 1.25x for 100 MB)",
            keeping / stored.seconds
        );
    }
    let memory_goal_mb = 1.3 * body_bytes as f64 / 1e6 + 30.0;
    println!("  wirepeek memory goal: at most {memory_goal_mb:.1} MB");
}

fn main() {
    // `cargo bench` passes `--bench`; this binary has no options of its own.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    thread::spawn(move || {
        for socket in listener.incoming().flatten() {
            thread::spawn(move || serve(socket));
        }
    });
    compare(
        "1 KiB response",
        &format!("http://127.0.0.1:{port}/small"),
        30,
        SMALL,
    );
    compare(
        "100 MB response",
        &format!("http://127.0.0.1:{port}/big"),
        7,
        BIG,
    );
}
