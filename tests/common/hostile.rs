//! The table of misbehaving loopback servers, shared by `tests/hostile_servers.rs` (every one
//! through the engine and the window, checking what each ends with) and
//! `benches/hostile_frames.rs` (frame times and memory in the window while each misbehaves).
//! Both include this file with `#[path]`; it uses only `wirepeek` itself, so either can.
//!
//! Every server listens on 127.0.0.1 only.

// The test and the bench each use a different part of this module.
#![allow(dead_code)]

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::thread;
use std::time::Duration;

use wirepeek::practice::{self, Step, send};

/// How a misbehaving server is reached.
pub enum Serve {
    /// The practice server reads the request, then plays this script.
    Script(Vec<Step>),
    /// Accepts, and never reads the request or answers.
    NeverReads,
    /// Accepts and at once writes these bytes, without waiting for a request (a TLS client's
    /// hello is not an HTTP request the practice server could wait for).
    AtOnce(&'static [u8]),
}

/// One misbehaving server and what the engine must make of it.
pub struct Case {
    pub name: &'static str,
    pub serve: Serve,
    pub https: bool,
    pub follow: bool,
    /// The error kinds (as in `--json`) that name what happened; empty: no error, a reply.
    pub errors: &'static [&'static str],
    /// Runs until stopped: the engine gets a total timeout, the window a Cancel.
    pub endless: bool,
}

fn case(name: &'static str, script: Vec<Step>, errors: &'static [&'static str]) -> Case {
    Case {
        name,
        serve: Serve::Script(script),
        https: false,
        follow: false,
        errors,
        endless: false,
    }
}

fn reply(head: &str, body: &[u8]) -> Vec<Step> {
    let mut bytes = head.replace('\n', "\r\n").into_bytes();
    bytes.extend_from_slice(body);
    vec![send(bytes)]
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

/// A PNG head claiming 100,000 x 100,000 pixels (40 GB once decoded), with no pixels at all.
fn huge_png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png
}

/// The whole table: at least 40 servers.
pub fn cases() -> Vec<Case> {
    let many_interim = "HTTP/1.1 103 Early Hints\nLink: </a.css>\n\n".repeat(10_000);
    let many_headers: String = (0..1500).map(|i| format!("X-{i}: v\n")).collect();
    let long_header = format!("X-Long: {}\n", "a".repeat(300 * 1024));
    let gzip3 = gzip(&gzip(&gzip(&[b'z'; 100_000])));
    let cases = vec![
        case("says nothing", vec![Step::Hold], &["timeout"]),
        Case {
            endless: true,
            ..case(
                "a byte every 100 ms, forever",
                vec![Step::Drip(
                    b"HTTP/1.1 200 OK\r\nX-Slow: ".to_vec(),
                    Duration::from_millis(100),
                )],
                &["timeout", "cancelled"],
            )
        },
        Case {
            endless: true,
            ..case(
                "a body dripped forever",
                vec![
                    send("HTTP/1.1 200 OK\r\n\r\n"),
                    Step::Drip(b"drip ".to_vec(), Duration::from_millis(20)),
                ],
                &["timeout", "cancelled"],
            )
        },
        case(
            "closes in the middle of the head",
            vec![send("HTTP/1.1 200 OK\r\nContent-Le")],
            &[
                "closed_before_response",
                "malformed_response",
                "body_incomplete",
            ],
        ),
        case(
            "closes in the middle of the body",
            reply("HTTP/1.1 200 OK\nContent-Length: 100\n\n", b"only this"),
            &["body_incomplete"],
        ),
        case(
            "10,000 interim 103 responses",
            vec![send(many_interim)],
            &["limit_exceeded"],
        ),
        case(
            "a 4 GB Content-Length and a tiny body",
            reply("HTTP/1.1 200 OK\nContent-Length: 4000000000\n\n", b"tiny"),
            &["body_incomplete", "limit_exceeded"],
        ),
        Case {
            endless: true,
            ..case(
                "endless 1-byte chunks",
                vec![
                    send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
                    Step::Drip(b"1\r\nx\r\n".to_vec(), Duration::from_micros(100)),
                ],
                &["limit_exceeded", "timeout", "cancelled"],
            )
        },
        case(
            "gzip inside gzip inside gzip",
            reply(
                &format!(
                    "HTTP/1.1 200 OK\nContent-Encoding: gzip, gzip, gzip\nContent-Length: {}\n\n",
                    gzip3.len()
                ),
                &gzip3,
            ),
            &[],
        ),
        case(
            "an image claiming 100,000 x 100,000 pixels",
            reply(
                &format!(
                    "HTTP/1.1 200 OK\nContent-Type: image/png\nContent-Length: {}\n\n",
                    huge_png().len()
                ),
                &huge_png(),
            ),
            &[],
        ),
        case(
            "a 500 MB single-line body",
            // One line: `x` after `x`, no line end, until the client hangs up.
            vec![
                send("HTTP/1.1 200 OK\r\nContent-Length: 500000000\r\n\r\n"),
                Step::Flood {
                    chunk: 64 * 1024,
                    every: Duration::ZERO,
                },
            ],
            &["limit_exceeded"],
        ),
        Case {
            endless: true,
            ..case(
                "a body that never ends",
                vec![
                    send("HTTP/1.1 200 OK\r\n\r\n"),
                    Step::Flood {
                        chunk: 64 * 1024,
                        every: Duration::from_millis(1),
                    },
                ],
                &["limit_exceeded", "timeout", "cancelled"],
            )
        },
        case(
            "invalid UTF-8 in the reason phrase and a header value",
            reply(
                "HTTP/1.1 200 \u{c9ff}\nX-Name: caf\u{e9}\nContent-Length: 2\n\n",
                b"ok",
            )
            .into_iter()
            .map(|step| match step {
                Step::Send(mut bytes) => {
                    bytes.splice(13..14, [0xff, 0xfe]);
                    Step::Send(bytes)
                }
                other => other,
            })
            .collect(),
            &[],
        ),
        case(
            "a mail server's greeting",
            vec![send("220 mail.example.com ESMTP ready\r\n"), Step::Hold],
            &["not_http"],
        ),
        case(
            "an SSH server's greeting",
            vec![send("SSH-2.0-OpenSSH_9.6\r\n"), Step::Hold],
            &["not_http"],
        ),
        case(
            "binary noise",
            vec![send([0u8, 159, 146, 150, 255, 1, 2, 3, 4, 5])],
            &["not_http"],
        ),
        case(
            "HTTP/2 frames to an HTTP/1.1 request",
            vec![send(
                b"\x00\x00\x12\x04\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x64",
            )],
            &["not_http"],
        ),
        case(
            "1,500 header lines",
            reply(&format!("HTTP/1.1 200 OK\n{many_headers}\n"), b""),
            &["limit_exceeded", "malformed_response"],
        ),
        case(
            "a 300 KiB header line",
            reply(&format!("HTTP/1.1 200 OK\n{long_header}\n"), b""),
            &["limit_exceeded", "malformed_response"],
        ),
        case(
            "two different Content-Lengths",
            reply(
                "HTTP/1.1 200 OK\nContent-Length: 5\nContent-Length: 6\n\n",
                b"hello!",
            ),
            &["malformed_response"],
        ),
        case(
            "a negative Content-Length",
            reply("HTTP/1.1 200 OK\nContent-Length: -1\n\n", b""),
            &["malformed_response"],
        ),
        case(
            "a chunk size that is not hex",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                b"zz\r\nhello\r\n0\r\n\r\n",
            ),
            &["malformed_response"],
        ),
        case(
            "a chunk size too big to count",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                b"ffffffffffffffffffffff\r\nhello",
            ),
            &["malformed_response", "limit_exceeded"],
        ),
        case(
            "a chunk bigger than the body limit",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                b"10000000\r\nhello",
            ),
            &["limit_exceeded", "body_incomplete"],
        ),
        case(
            "closes in the middle of a chunk",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                b"a\r\nhel",
            ),
            &["body_incomplete"],
        ),
        case(
            "a chunk extension of 100 KiB",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                format!("5;{}\r\nhello\r\n0\r\n\r\n", "e".repeat(100 * 1024)).as_bytes(),
            ),
            &["limit_exceeded", "malformed_response"],
        ),
        case(
            "trailers of 300 KiB",
            reply(
                "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n",
                format!("5\r\nhello\r\n0\r\nX-T: {}\r\n\r\n", "t".repeat(300 * 1024)).as_bytes(),
            ),
            &["limit_exceeded", "malformed_response"],
        ),
        case(
            "gzip that is not gzip",
            reply(
                "HTTP/1.1 200 OK\nContent-Encoding: gzip\nContent-Length: 10\n\n",
                b"not gzip!!",
            ),
            &["decode"],
        ),
        case(
            "br that is not br",
            reply(
                "HTTP/1.1 200 OK\nContent-Encoding: br\nContent-Length: 10\n\n",
                b"\xff\xff\xff\xff not br",
            ),
            &["decode"],
        ),
        case(
            "a content coding nobody knows",
            reply(
                "HTTP/1.1 200 OK\nContent-Encoding: zzip\nContent-Length: 5\n\n",
                b"hello",
            ),
            &[],
        ),
        case(
            "a NUL byte in a header",
            reply("HTTP/1.1 200 OK\nX-A: a\0b\nContent-Length: 0\n\n", b""),
            &["malformed_response"],
        ),
        case(
            "a status code of 999",
            reply("HTTP/1.1 999 Odd\nContent-Length: 0\n\n", b""),
            &[],
        ),
        case(
            "a status code of 12",
            reply("HTTP/1.1 12 Short\nContent-Length: 0\n\n", b""),
            &["malformed_response"],
        ),
        case(
            "no status line at all (HTTP/0.9 style)",
            vec![send("<html>hello</html>")],
            &["not_http"],
        ),
        case("closes without a word", vec![], &["closed_before_response"]),
        case(
            "a head that takes longer than its timeout",
            vec![Step::Drip(
                b"HTTP/1.1 200 OK\r\n".to_vec(),
                Duration::from_millis(150),
            )],
            &["timeout"],
        ),
        case(
            "204 with a body anyway",
            reply("HTTP/1.1 204 No Content\n\n", b"surprise"),
            &[],
        ),
        case(
            "bytes after the end of the body",
            reply("HTTP/1.1 200 OK\nContent-Length: 2\n\n", b"okEXTRA BYTES"),
            &[],
        ),
        case(
            "a folded header (obs-fold)",
            reply(
                "HTTP/1.1 200 OK\nX-Folded: one\n two\nContent-Length: 2\n\n",
                b"ok",
            ),
            &[],
        ),
        Case {
            follow: true,
            ..case(
                "a redirect to itself, forever",
                reply(
                    "HTTP/1.1 302 Found\nLocation: /\nContent-Length: 0\n\n",
                    b"",
                ),
                &["too_many_redirects"],
            )
        },
        Case {
            follow: true,
            ..case(
                "a redirect to ftp://",
                reply(
                    "HTTP/1.1 302 Found\nLocation: ftp://127.0.0.1/file\nContent-Length: 0\n\n",
                    b"",
                ),
                // Not followed: the 302 is the answer, with a note saying why.
                &[],
            )
        },
        Case {
            https: true,
            ..case(
                "a TLS handshake that stalls",
                vec![Step::Hold],
                &["timeout"],
            )
        },
        Case {
            https: true,
            serve: Serve::AtOnce(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"),
            ..case("plain HTTP where TLS was expected", vec![], &["tls"])
        },
        Case {
            serve: Serve::NeverReads,
            ..case("accepts and never reads the request", vec![], &["timeout"])
        },
    ];
    cases
}

/// Start the case's server: every connection gets the same behaviour (each redirect hop, and
/// the window's run after the engine's). The server is kept until the case is done.
pub fn start(case: &Case) -> (SocketAddr, Option<practice::Server>) {
    match &case.serve {
        Serve::Script(script) => {
            let server = practice::Listener::v4()
                .and_then(|listener| listener.serve(vec![script.clone(); 10]))
                .expect("serve on 127.0.0.1");
            (server.addr, Some(server))
        }
        Serve::AtOnce(bytes) => {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
            let address = listener.local_addr().expect("address");
            let bytes = *bytes;
            thread::spawn(move || {
                for mut stream in listener.incoming().flatten() {
                    let _ = stream.write_all(bytes);
                    // Keep it open a moment so the client reads the bytes, not a reset.
                    thread::spawn(move || {
                        thread::sleep(Duration::from_secs(3));
                        drop(stream);
                    });
                }
            });
            (address, None)
        }
        Serve::NeverReads => {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
            let address = listener.local_addr().expect("address");
            thread::spawn(move || {
                let mut held = Vec::new();
                for stream in listener.incoming().flatten() {
                    held.push(stream);
                }
            });
            (address, None)
        }
    }
}

/// The case's URL on `address`: `https://` for the TLS cases.
pub fn url(case: &Case, address: SocketAddr) -> String {
    let scheme = if case.https { "https" } else { "http" };
    format!("{scheme}://{address}/")
}
