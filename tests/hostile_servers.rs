//! Misbehaving servers, one table, each run twice: through the engine, and through the window
//! (egui_kittest) as a learner would meet it. Every fetch must end, by a limit or by Cancel; the
//! engine must name what happened; the window must show that same message and keep drawing
//! frames while the server misbehaves (the fetch runs on its own thread).
//!
//! Limits are small here (timeouts of a second, bodies of 4 MiB) so the table runs in seconds.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::thread;
use std::time::{Duration, Instant};

use common::{Server, Step, send};
use egui_kittest::kittest::Queryable;
use wirepeek::i18n::{self, I18n};
use wirepeek::wire::{
    Cancel, Exchange, FetchOptions, Limits, Progress, Recording, Request, fetch_following,
};
use wirepeek::{Startup, WirepeekApp};

/// How a misbehaving server is reached.
enum Serve {
    /// The practice server reads the request, then plays this script.
    Script(Vec<Step>),
    /// Accepts, and never reads the request or answers.
    NeverReads,
    /// Accepts and at once writes these bytes, without waiting for a request (a TLS client's
    /// hello is not an HTTP request the practice server could wait for).
    AtOnce(&'static [u8]),
}

/// One misbehaving server and what the engine must make of it.
struct Case {
    name: &'static str,
    serve: Serve,
    https: bool,
    follow: bool,
    /// The error kinds (as in `--json`) that name what happened; empty: no error, a reply.
    errors: &'static [&'static str],
    /// Runs until stopped: the engine gets a total timeout, the window a Cancel.
    endless: bool,
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

fn cases() -> Vec<Case> {
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
            vec![
                send("HTTP/1.1 200 OK\r\nContent-Length: 500000000\r\n\r\n"),
                Step::Generate(500_000_000),
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

/// The limits both the engine and the window use here.
fn limits(endless: bool) -> Limits {
    Limits {
        connect_timeout: Duration::from_secs(2),
        tls_timeout: Duration::from_secs(1),
        head_timeout: Duration::from_secs(1),
        idle_timeout: Duration::from_secs(1),
        total_timeout: endless.then_some(Duration::from_secs(2)),
        max_body_bytes: 4 * 1024 * 1024,
        max_redirects: 3,
        ..Limits::default()
    }
}

/// Start the case's server: every connection gets the same behaviour (each redirect hop, and
/// the window's run after the engine's). The server is kept until the case is done.
fn start(case: &Case) -> (SocketAddr, Option<Server>) {
    match &case.serve {
        Serve::Script(script) => {
            let server = common::Bound::v4().serve(vec![script.clone(); 10]);
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

fn url(case: &Case, address: SocketAddr) -> String {
    let scheme = if case.https { "https" } else { "http" };
    format!("{scheme}://{address}/")
}

fn through_engine(case: &Case, address: SocketAddr) -> Vec<Exchange> {
    let options = FetchOptions {
        follow_redirects: case.follow,
        ..FetchOptions::default()
    };
    fetch_following(
        &Request::get(url(case, address)),
        &options,
        &limits(case.endless),
        &Cancel::new(),
        &Progress::new(),
        &mut Recording::KeepAll,
    )
}

/// The English window with this table's limits.
fn window(case: &Case) -> egui_kittest::Harness<'static, WirepeekApp> {
    let mut harness = window::window_from(
        Startup {
            language: Some("en".into()),
            ..Startup::default()
        },
        None,
    );
    let settings = harness.state_mut().settings_mut();
    settings.head_seconds = 1.0;
    settings.idle_seconds = 1.0;
    settings.tls_seconds = 1.0;
    settings.connect_seconds = 2.0;
    settings.max_body_mib = 4;
    settings.max_redirects = 3;
    if case.follow {
        harness.get_by_label("Follow redirects").click();
        harness.step();
    }
    harness
}

#[test]
fn every_misbehaving_server_ends_with_a_named_outcome_in_the_engine_and_the_window() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} servers", cases.len());
    let english = I18n::new("en").unwrap();
    for case in &cases {
        let name = case.name;
        let (address, _server) = start(case);

        // The engine.
        let chain = through_engine(case, address);
        let last = chain
            .last()
            .unwrap_or_else(|| panic!("{name}: no exchange"));
        let kind = last.error.as_ref().map(wirepeek::wire::FetchError::kind);
        match kind {
            Some(kind) => assert!(
                case.errors.contains(&kind),
                "{name}: ended with {kind} ({:?}), expected one of {:?}",
                last.error,
                case.errors
            ),
            None => assert!(
                case.errors.is_empty(),
                "{name}: no error, expected one of {:?}",
                case.errors
            ),
        }
        let expected_message = last
            .error
            .as_ref()
            .map(|error| i18n::error_message(english, error));

        // The window: the same server again, as a learner meets it.
        let mut harness = window(case);
        window::fetch(&mut harness, &url(case, address));
        let started = Instant::now();
        let mut frames = 0;
        let mut cancelled = false;
        harness.step();
        while harness.state().is_fetching() {
            harness.step();
            frames += 1;
            thread::sleep(Duration::from_millis(10));
            if case.endless && !cancelled && started.elapsed() > Duration::from_millis(600) {
                harness.get_by_label("Cancel").click();
                cancelled = true;
            }
            assert!(
                started.elapsed() < common::HANG_GUARD,
                "{name}: the window's fetch did not end"
            );
        }
        harness.step();
        harness.step();
        assert!(
            frames > 0 || started.elapsed() < Duration::from_millis(50),
            "{name}: no frames were drawn while fetching"
        );
        let shown = harness.state().shown_chain();
        let window_error = shown.last().and_then(|e| e.error.as_ref());
        match (window_error, &expected_message) {
            (Some(error), _) if cancelled || case.endless => {
                // Ended by Cancel (or its limit): the message says which.
                let message = i18n::error_message(english, error);
                assert!(
                    window::shows(&harness, &message),
                    "{name}: the window does not show {message:?}"
                );
            }
            (Some(error), Some(expected)) => {
                assert_eq!(
                    error.kind(),
                    last.error.as_ref().map_or("", |e| e.kind()),
                    "{name}: the window and the engine disagree"
                );
                assert!(
                    window::shows(&harness, expected),
                    "{name}: the window does not show {expected:?}"
                );
            }
            (None, None) => {
                let code = shown
                    .last()
                    .and_then(|e| e.head.as_ref())
                    .map(|h| h.code.to_string())
                    .unwrap_or_default();
                assert!(
                    harness.query_all_by_label_contains(&code).next().is_some(),
                    "{name}: the window does not show the status {code}"
                );
            }
            (window_error, expected) => panic!(
                "{name}: the window ended with {window_error:?}, the engine with {expected:?}"
            ),
        }
    }
}
