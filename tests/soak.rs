//! Soak: 10,000 fetches in one process against loopback servers, good and hostile mixed, and
//! then memory, open file descriptors and threads must be back where they started.
//!
//! Ignored by default (it takes a few minutes); run it by hand, in release for realistic
//! figures, and read what it prints:
//!
//! ```sh
//! cargo test --release --test soak -- --ignored --nocapture
//! ```
//!
//! Linux only (it reads `/proc/self`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::thread;
use std::time::{Duration, Instant};

use common::serve_every;
use wirepeek::wire::{Cancel, FetchOptions, Limits, Progress, Recording, Request, fetch_following};

const FETCHES: usize = 10_000;

/// What a server answers for each path: good replies and broken ones.
fn answer(request: &[u8]) -> Vec<u8> {
    let line = String::from_utf8_lossy(request);
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let text = |status: &str, headers: &str, body: &[u8]| {
        let mut reply = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
        reply.extend_from_slice(body);
        reply
    };
    match path {
        "/ok" => text("200 OK", "Content-Length: 5\r\n", b"hello"),
        "/chunked" => text(
            "200 OK",
            "Transfer-Encoding: chunked\r\n",
            b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        ),
        "/gzip" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&[b'a'; 50_000]).expect("gzip");
            let body = gz.finish().expect("gzip");
            text(
                "200 OK",
                &format!(
                    "Content-Encoding: gzip\r\nContent-Length: {}\r\n",
                    body.len()
                ),
                &body,
            )
        }
        "/big" => text(
            "200 OK",
            "Content-Type: text/plain\r\n",
            &vec![b'x'; 1024 * 1024],
        ),
        "/redirect" => text("302 Found", "Location: /ok\r\nContent-Length: 0\r\n", b""),
        "/over-limit" => text("200 OK", "", &vec![b'y'; 300 * 1024]),
        "/bad-chunk" => text("200 OK", "Transfer-Encoding: chunked\r\n", b"zz\r\nhello"),
        "/short" => text("200 OK", "Content-Length: 100\r\n", b"only this"),
        "/not-http" => b"220 mail.example ESMTP ready\r\n".to_vec(),
        "/empty" => Vec::new(),
        "/many-headers" => {
            let headers: String = (0..2000).map(|i| format!("X-{i}: v\r\n")).collect();
            text("200 OK", &headers, b"")
        }
        _ => text("404 Not Found", "Content-Length: 0\r\n", b""),
    }
}

/// A server that accepts and then says nothing (the head timeout ends each fetch).
fn silent_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            // Held until the client gives up and closes, then dropped.
            thread::spawn(move || {
                let mut buffer = [0u8; 1024];
                let mut stream = stream;
                while matches!(std::io::Read::read(&mut stream, &mut buffer), Ok(n) if n > 0) {}
            });
        }
    });
    address
}

fn resident_kib() -> u64 {
    status_field("VmRSS:")
}

fn threads() -> u64 {
    status_field("Threads:")
}

fn status_field(name: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .expect("/proc/self/status")
        .lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .expect("a number")
}

fn open_files() -> usize {
    std::fs::read_dir("/proc/self/fd")
        .expect("/proc/self/fd")
        .count()
}

/// A free loopback port that nothing listens on (connections are refused).
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.local_addr().expect("address").port()
}

#[test]
#[ignore = "takes minutes; run by hand: cargo test --release --test soak -- --ignored --nocapture"]
fn ten_thousand_fetches_leave_memory_files_and_threads_as_they_were() {
    let good = serve_every(answer);
    let silent = silent_server();
    let refused = closed_port();
    let limits = Limits {
        head_timeout: Duration::from_millis(50),
        idle_timeout: Duration::from_millis(200),
        max_body_bytes: 256 * 1024,
        ..Limits::default()
    };
    let urls: Vec<String> = [
        "/ok",
        "/chunked",
        "/gzip",
        "/big",
        "/redirect",
        "/over-limit",
        "/bad-chunk",
        "/short",
        "/not-http",
        "/empty",
        "/many-headers",
        "/missing",
    ]
    .iter()
    .map(|path| format!("http://{good}{path}"))
    .chain([
        format!("http://{silent}/"),
        format!("http://127.0.0.1:{refused}/"),
    ])
    .collect();
    let options = FetchOptions {
        follow_redirects: true,
        ..FetchOptions::default()
    };
    let fetch_one = |url: &str| {
        fetch_following(
            &Request::get(url),
            &options,
            &limits,
            &Cancel::new(),
            &Progress::new(),
            &mut Recording::KeepAll,
        )
    };
    // One round first, so that what is allocated once (TLS roots, thread-locals, the
    // allocator's own pools) is in the starting figures.
    for url in &urls {
        drop(fetch_one(url));
    }
    thread::sleep(Duration::from_millis(500));
    let (memory, files, threads_before) = (resident_kib(), open_files(), threads());
    let started = Instant::now();
    let mut errors = 0;
    let mut memory_halfway = 0;
    for i in 0..FETCHES {
        let chain = fetch_one(&urls[i % urls.len()]);
        errors += usize::from(chain.last().is_some_and(|e| e.error.is_some()));
        if i == FETCHES / 2 {
            memory_halfway = resident_kib();
        }
    }
    let took = started.elapsed();
    // Let the servers' connection threads see the last close.
    thread::sleep(Duration::from_millis(500));
    let (memory_after, files_after, threads_after) = (resident_kib(), open_files(), threads());
    println!(
        "{FETCHES} fetches in {:.1} s ({errors} ended in an error, as the hostile ones must)",
        took.as_secs_f64()
    );
    // A leak grows with every fetch; the allocator's pools grow early and then stay.
    println!(
        "resident memory: {memory} KiB before, {memory_halfway} KiB halfway, {memory_after} KiB after"
    );
    println!("open files: {files} before, {files_after} after");
    println!("threads: {threads_before} before, {threads_after} after");
    assert!(errors >= FETCHES / 3, "the hostile servers did fail");
    assert_eq!(files_after, files, "every socket is closed");
    assert!(threads_after <= threads_before, "no thread is left behind");
    // The allocator's pools may grow a little early on (1 MiB bodies come and go); a leak of
    // even 200 bytes per fetch would add another 1 MB in the second half alone.
    assert!(
        memory_after <= memory + 4 * 1024,
        "memory grew from {memory} KiB to {memory_after} KiB"
    );
    assert!(
        memory_after <= memory_halfway + 1024,
        "memory kept growing: {memory_halfway} KiB halfway, {memory_after} KiB after"
    );
}
