//! Fetch speed and memory against curl, on the same machine in the same run.
//!
//! Run with `cargo bench --bench fetch_vs_curl`. It starts a loopback server in this process,
//! then times `wirepeek --dump URL > /dev/null` and `curl -s -o /dev/null URL` as child
//! processes (wall time measured here, peak resident memory by GNU time), alternating the two.
//! Goals (from the issue): 100 MB within 1.25x of curl's wall time and at most
//! 1.3 x body + 30 MB of peak memory; a 1 KiB response within 2x of curl.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Instant;

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

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn compare(name: &str, url: &str, rounds: usize, body_bytes: usize) {
    let wirepeek = env!("CARGO_BIN_EXE_wirepeek");
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..rounds {
        ours.push(timed(wirepeek, &["--dump", url]));
        theirs.push(timed("curl", &["-s", "-o", "/dev/null", url]));
    }
    let our_time = median(ours.iter().map(|r| r.seconds).collect());
    let their_time = median(theirs.iter().map(|r| r.seconds).collect());
    let our_peak = ours.iter().map(|r| r.peak_kib).max().unwrap_or(0);
    let their_peak = theirs.iter().map(|r| r.peak_kib).max().unwrap_or(0);
    println!("{name}: {rounds} rounds, body {body_bytes} bytes");
    println!(
        "  wirepeek --dump : median {:.1} ms, peak memory {:.1} MB",
        our_time * 1e3,
        our_peak as f64 / 1024.0
    );
    println!(
        "  curl            : median {:.1} ms, peak memory {:.1} MB",
        their_time * 1e3,
        their_peak as f64 / 1024.0
    );
    let ratio = our_time / their_time;
    println!("  time ratio      : {ratio:.2}x curl");
    let memory_goal_mb = 1.3 * body_bytes as f64 / 1e6 + 30.0;
    println!(
        "  memory          : {:.1} MB (goal at most {memory_goal_mb:.1} MB)",
        our_peak as f64 * 1024.0 / 1e6
    );
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
