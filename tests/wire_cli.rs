//! The headless modes of the built binary (`--dump`, `--json`) against loopback servers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{HANG_GUARD, Server, Step, send};
use serde_json::Value;
use wirepeek::i18n::english_run;

/// Start wirepeek with `args`, its standard output and error piped to the test. The OS
/// language is set to plain English so messages do not depend on the machine running the tests.
fn start(args: &[&str]) -> Child {
    start_in("C", args)
}

/// Start wirepeek with `args` under the OS locale `locale` (e.g. `ko_KR.UTF-8`).
fn start_in(locale: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wirepeek")
}

/// Wait for `child` to end; kill it and fail with `stuck` when it runs past `limit`.
fn wait_at_most(child: &mut Child, limit: Duration, stuck: &str) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{stuck}");
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// Run wirepeek with `args` to its end, killing it and failing if it hangs (see `HANG_GUARD`).
fn run(args: &[&str]) -> Output {
    let mut child = start(args);
    // Read both pipes on threads so a large output cannot block the child.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let status = wait_at_most(
        &mut child,
        HANG_GUARD,
        &format!("hung: wirepeek {args:?} still ran after {HANG_GUARD:?}"),
    );
    Output {
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    }
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A plain-language message, not a panic or a Rust debug dump.
fn assert_plain_message(stderr: &str) {
    assert!(!stderr.trim().is_empty(), "nothing on stderr");
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "FetchError",
        " { ",
        "Some(",
        "Err(",
    ] {
        assert!(!stderr.contains(bad), "stderr has {bad:?}: {stderr}");
    }
}

const CHUNKED: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nX-Lesson: one\r\nX-Lesson: two\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";

#[test]
fn dump_writes_exactly_the_bytes_the_server_sent() {
    let server = Server::reply(CHUNKED);
    let output = run(&["--dump", &server.url("/romeo.txt")]);
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(output.stdout, CHUNKED);
    assert!(
        server
            .request_text()
            .starts_with("GET /romeo.txt HTTP/1.1\r\n")
    );
}

#[test]
fn dump_of_an_error_status_still_exits_zero() {
    let response = b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot here\n";
    let server = Server::reply(response);
    let output = run(&["--dump", &server.url("/missing")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(output.stdout, response);
}

#[test]
fn dump_passes_method_headers_data_and_version() {
    let server = Server::reply("HTTP/1.0 200 OK\r\n\r\ndone");
    let output = run(&[
        "--dump",
        "-X",
        "PUT",
        "-H",
        "X-Lesson: three",
        "-H",
        "Content-Type: text/plain",
        "--data",
        "a body",
        "--http1.0",
        &server.url("/upload"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        server.request_text(),
        format!(
            "PUT /upload HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nX-Lesson: three\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\na body",
            server.port()
        )
    );
}

#[test]
fn json_has_the_documented_keys() {
    let server = Server::reply(CHUNKED);
    let url = server.url("/lesson?x=1");
    let output = run(&["--json", &url]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");

    assert_eq!(json["url"], url.as_str());
    let request = json["request"].as_str().expect("request text");
    assert!(
        request.starts_with("GET /lesson?x=1 HTTP/1.1\r\nHost: 127.0.0.1:"),
        "{request}"
    );
    assert_eq!(request, server.request_text());

    assert_eq!(json["status"]["version"], "HTTP/1.1");
    assert_eq!(json["status"]["code"], 200);
    assert_eq!(json["status"]["reason"], "OK");

    let headers = json["headers"].as_array().expect("headers array");
    let pairs: Vec<(String, String)> = headers
        .iter()
        .map(|pair| {
            let pair = pair.as_array().expect("[name, value]");
            assert_eq!(pair.len(), 2);
            (
                pair[0].as_str().expect("name").to_owned(),
                pair[1].as_str().expect("value").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("Content-Type", "text/plain"),
            ("Transfer-Encoding", "chunked"),
            ("X-Lesson", "one"),
            ("X-Lesson", "two"),
        ]
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
    );

    let body = &json["body"];
    assert_eq!(body["framing"], "chunked");
    assert_eq!(body["wire_bytes"], 32);
    assert_eq!(body["decoded_bytes"], 11);
    assert_eq!(body["content_encoding"], Value::Null);
    assert_eq!(body["charset"], "UTF-8");
    assert!(body["charset_source"].is_string());
    assert_eq!(body["complete"], true);
    assert_eq!(body["text"], "hello world");

    let timing = &json["timing_ms"];
    for key in ["dns", "connect", "first_byte", "total"] {
        assert!(timing[key].is_number(), "timing_ms.{key}: {timing}");
    }
    assert!(timing.get("tls").is_some(), "timing_ms.tls is present");
    assert_eq!(timing["tls"], Value::Null);
    assert!(timing["total"].as_f64() >= timing["first_byte"].as_f64());

    let reads = json["reads"].as_array().expect("reads");
    assert!(!reads.is_empty());
    assert_eq!(json["tls"], Value::Null);
    assert!(json["warnings"].is_array());
    assert_eq!(json["error"], Value::Null);
}

#[test]
fn json_of_a_failed_fetch_has_the_error_kind_and_message() {
    let server = Server::reply("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello");
    let output = run(&["--json", &server.url("/")]);
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["error"]["kind"], "body_incomplete");
    let message = json["error"]["message"].as_str().expect("message");
    assert!(message.contains("5 of 100"), "{message}");
    assert_eq!(json["body"]["complete"], false);
    assert_eq!(json["body"]["text"], "hello");
}

#[test]
fn json_of_a_binary_body_has_null_text() {
    let server = Server::reply(common::response_with(
        "Content-Type: image/png\r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00",
    ));
    let output = run(&["--json", &server.url("/i.png")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["body"]["text"], Value::Null);
    assert_eq!(json["body"]["decoded_bytes"], 12);
}

#[test]
fn connection_refused_exits_1_with_a_plain_message() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let url = format!("http://127.0.0.1:{port}/");
    for mode in ["--dump", "--json"] {
        let output = run(&[mode, &url]);
        assert_eq!(output.status.code(), Some(1), "{mode}");
        let stderr = stderr_of(&output);
        assert!(stderr.contains("refused"), "{mode}: {stderr}");
        assert!(
            stderr.contains(&format!("127.0.0.1:{port}")),
            "{mode}: {stderr}"
        );
        assert_plain_message(&stderr);
    }
}

#[test]
fn timeout_against_a_silent_server_names_the_phase() {
    let server = Server::start(vec![Step::Hold]);
    let output = run(&["--dump", "--timeout", "0.5", &server.url("/")]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("0.5 s"), "{stderr}");
    assert!(stderr.contains("waiting for the response"), "{stderr}");
    assert_plain_message(&stderr);
}

#[test]
fn timeout_in_the_body_keeps_what_arrived() {
    let server = Server::start(vec![
        send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"),
        Step::Hold,
    ]);
    let output = run(&["--dump", "--timeout", "0.5", &server.url("/")]);
    // A response did arrive, so the dump shows it and exits 0, with the timeout on stderr.
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        output.stdout,
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"
    );
    let stderr = stderr_of(&output);
    assert!(stderr.contains("reading the body"), "{stderr}");
    assert_plain_message(&stderr);
}

#[test]
fn bad_arguments_get_a_plain_message() {
    let output = run(&["--dump", "--timeout=0", "http://127.0.0.1:9/"]);
    assert_eq!(output.status.code(), Some(1));
    assert_plain_message(&stderr_of(&output));

    let output = run(&["--dump", "ftp://127.0.0.1/file"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("ftp"), "{stderr}");
    assert_plain_message(&stderr);

    let output = run(&["--dump", "-H", "X-Evil: a\r\nb", "http://127.0.0.1:9/"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("X-Evil"), "{stderr}");
    assert_plain_message(&stderr);
}

#[test]
fn json_with_follow_lists_the_earlier_hops() {
    let server = common::Bound::v4().serve(vec![
        vec![send(
            "HTTP/1.1 302 Found\r\nLocation: /there\r\nContent-Length: 0\r\n\r\n",
        )],
        vec![send("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nhere")],
    ]);
    let output = run(&["--json", "--follow", &server.url("/here")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["status"]["code"], 200);
    assert_eq!(json["body"]["text"], "here");
    let redirects = json["redirects"].as_array().expect("redirects");
    assert_eq!(redirects.len(), 1);
    assert_eq!(redirects[0]["status"]["code"], 302);
}

#[test]
fn dump_of_a_reply_that_is_not_http_shows_the_bytes_and_exits_1() {
    let banner = b"SSH-2.0-OpenSSH_9.6\r\n";
    let server = Server::reply(banner);
    let output = run(&["--dump", &server.url("/")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(output.stdout, banner);
    let stderr = stderr_of(&output);
    assert!(stderr.contains("did not answer in HTTP"), "{stderr}");
    assert!(stderr.contains("SSH-2.0-OpenSSH_9.6\\r\\n"), "{stderr}");
    assert_plain_message(&stderr);
}

#[test]
fn dump_writes_each_read_the_moment_it_arrives() {
    // The server sends the head and the first line, then waits until the test has seen them on
    // wirepeek's standard output before it sends the rest. A dump that waited for the whole
    // response would never show the first line in time.
    use std::io::Write;
    use std::net::TcpListener;
    use std::sync::mpsc;

    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    let (seen, seen_rx) = mpsc::channel::<()>();
    let server = thread::spawn(move || {
        let (mut socket, _) = listener.accept().expect("accept");
        let mut request = [0u8; 1024];
        let _ = socket.read(&mut request);
        socket
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 21\r\n\r\nfirst line\n")
            .expect("write the first part");
        let shown_in_time = seen_rx.recv_timeout(HANG_GUARD).is_ok();
        let _ = socket.write_all(b"the rest\n\n");
        shown_in_time
    });

    let mut child = start(&["--dump", &format!("http://127.0.0.1:{port}/")]);
    let mut stdout = child.stdout.take().expect("stdout");
    let mut shown = Vec::new();
    let mut buffer = [0u8; 256];
    while !shown.ends_with(b"first line\n") {
        match stdout.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => shown.extend_from_slice(&buffer[..n]),
        }
    }
    let _ = seen.send(());
    let _ = stdout.read_to_end(&mut shown);
    let status = child.wait().expect("wait");
    assert!(
        server.join().expect("server"),
        "the first line was not shown before the rest was sent"
    );
    assert_eq!(status.code(), Some(0));
    assert_eq!(
        shown,
        b"HTTP/1.1 200 OK\r\nContent-Length: 21\r\n\r\nfirst line\nthe rest\n\n"
    );
}

#[test]
fn dump_with_follow_writes_every_hop_in_order() {
    let redirect = "HTTP/1.1 302 Found\r\nLocation: /there\r\nContent-Length: 5\r\n\r\nmoved";
    let answer = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nhere";
    let server = common::Bound::v4().serve(vec![vec![send(redirect)], vec![send(answer)]]);
    let output = run(&["--dump", "--follow", &server.url("/here")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{redirect}{answer}")
    );
}

#[test]
fn dump_into_a_reader_that_stops_early_ends_quietly() {
    // Like `wirepeek --dump URL | head -c 100`: the reader goes away; wirepeek must stop
    // fetching at once, without a panic or an error message. The server streams without end,
    // so a wirepeek that kept fetching would run into the hang guard.
    use std::io::Write;
    use std::net::TcpListener;

    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    let server = thread::spawn(move || {
        let (mut socket, _) = listener.accept().expect("accept");
        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n");
        let piece = [b'x'; 4096];
        // Until wirepeek hangs up (or is killed by the hang guard).
        while socket.write_all(&piece).is_ok() {}
    });
    let mut child = start(&["--dump", &format!("http://127.0.0.1:{port}/")]);
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).expect("the first bytes");
    assert!(first.starts_with(b"HTTP/1.1 200 OK"));
    drop(stdout);
    let status = wait_at_most(
        &mut child,
        HANG_GUARD,
        "hung: wirepeek kept fetching after its reader went away",
    );
    server.join().expect("server");
    let mut stderr = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr);
    assert_eq!(status.code(), Some(0), "a response did arrive: {stderr}");
    assert!(stderr.is_empty(), "nothing to say: {stderr}");
}

#[cfg(target_os = "linux")]
#[test]
fn dump_into_a_full_disk_exits_1_and_says_so() {
    let server = Server::reply(CHUNKED);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let output = Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(["--dump", &server.url("/")])
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .expect("run wirepeek");
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("could not be written out"), "{stderr}");
    assert!(stderr.contains("What to try"), "{stderr}");
    assert_plain_message(&stderr);
}

/// A port on loopback where nothing listens (bound, then closed again).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[test]
fn lang_ko_explains_a_refused_connection_in_korean_and_json_stays_english() {
    let port = closed_port();
    let url = format!("http://127.0.0.1:{port}/");
    let output = run(&["--lang", "ko", "--dump", &url]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(has_hangul(&stderr), "{stderr}");
    assert!(stderr.contains("거부"), "{stderr}");
    assert!(stderr.contains(&format!("127.0.0.1:{port}")), "{stderr}");
    assert!(stderr.contains("이렇게 해 보세요"), "{stderr}");
    assert_plain_message(&stderr);

    let output = run(&["--lang", "ko", "--json", &url]);
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let message = json["error"]["message"].as_str().expect("message");
    assert!(message.contains("refused"), "{message}");
    assert!(!has_hangul(message), "{message}");
    assert!(has_hangul(&stderr_of(&output)), "{}", stderr_of(&output));
}

#[test]
fn a_korean_os_locale_gives_korean_messages_without_lang() {
    let url = format!("http://127.0.0.1:{}/", closed_port());
    let mut child = start_in("ko_KR.UTF-8", &["--dump", &url]);
    let status = wait_at_most(&mut child, Duration::from_secs(30), "wirepeek did not end");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    assert_eq!(status.code(), Some(1));
    assert!(has_hangul(&stderr), "{stderr}");
}

#[test]
fn the_command_lines_own_messages_speak_korean_too() {
    let output = run(&["--lang", "ko", "--dump"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(has_hangul(&stderr_of(&output)), "{}", stderr_of(&output));
    let output = run(&[
        "--lang",
        "ko",
        "--timeout",
        "0",
        "--dump",
        "http://127.0.0.1:1/",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("--timeout") && has_hangul(&stderr),
        "{stderr}"
    );
    let output = run(&["--lang", "xx", "--dump", "http://127.0.0.1:1/"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("xx"), "{}", stderr_of(&output));
}

#[test]
fn json_shows_a_utf8_reason_phrase_and_a_head_reply_says_why_it_has_no_body() {
    let server = Server::reply("HTTP/1.1 200 좋아요\r\nContent-Length: 167\r\n\r\n");
    let output = run(&["--json", "-X", "HEAD", &server.url("/romeo.txt")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["status"]["reason"], "좋아요");
    let warnings = json["warnings"].to_string();
    assert!(warnings.contains("HEAD request"), "{warnings}");
    assert!(warnings.contains("167"), "{warnings}");
    assert!(warnings.contains("outside ASCII"), "{warnings}");
}

#[test]
fn a_post_without_data_sends_content_length_zero() {
    let server = Server::reply("HTTP/1.1 204 No Content\r\n\r\n");
    let output = run(&["--json", "-X", "POST", &server.url("/")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let sent = server.request_text();
    assert!(sent.starts_with("POST / HTTP/1.1\r\n"), "{sent}");
    assert!(sent.ends_with("Content-Length: 0\r\n\r\n"), "{sent}");
}

#[test]
fn charset_reads_the_body_in_the_chosen_charset() {
    let (euc_kr, _, _) = encoding_rs::EUC_KR.encode("안녕하세요");
    let mut reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Length: {}\r\n\r\n",
        euc_kr.len()
    )
    .into_bytes();
    reply.extend_from_slice(&euc_kr);
    let server = Server::reply(&reply);
    let output = run(&["--json", "--charset", "euc-kr", &server.url("/")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["body"]["charset"], "EUC-KR", "{json}");
    assert_eq!(json["body"]["charset_source"], "chosen");
    assert_eq!(json["body"]["text"], "안녕하세요");

    let server = Server::reply(&reply);
    let output = run(&["--json", "--charset", "klingon", &server.url("/")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("klingon"));
}

/// A file of the test's own under the system's temporary folder holding `bytes`.
fn temporary_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("wirepeek-{name}-{}", std::process::id()));
    std::fs::write(&path, bytes).expect("write a temporary file");
    path
}

/// A request as a file might hold it: LF alone at the line ends, no Host, odd spacing.
const RAW_REQUEST: &[u8] = b"GET /raw  HTTP/1.0\nX-Odd:   spaced \n\n";

#[test]
fn raw_file_is_sent_byte_for_byte_with_notes_about_it() {
    let server = Server::reply("HTTP/1.0 200 OK\r\n\r\nraw answer");
    let file = temporary_file("raw-request", RAW_REQUEST);
    let output = run(&["--dump", "--raw", file.to_str().unwrap(), &server.url("/")]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(server.request(), RAW_REQUEST);
    assert_eq!(output.stdout, b"HTTP/1.0 200 OK\r\n\r\nraw answer");
    let stderr = stderr_of(&output);
    assert!(stderr.contains("no Host header"), "{stderr}");
    assert!(stderr.contains("LF alone"), "{stderr}");
}

#[test]
fn raw_from_standard_input_is_sent_byte_for_byte_and_recorded_in_json() {
    let server = Server::reply("HTTP/1.0 200 OK\r\n\r\nraw answer");
    let url = server.url("/");
    let mut child = Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(["--json", "--raw", "-", &url])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wirepeek");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(RAW_REQUEST).expect("write the request");
    }
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let status = wait_at_most(&mut child, HANG_GUARD, "hung: wirepeek --raw - still ran");
    assert!(status.success());
    assert_eq!(server.request(), RAW_REQUEST);
    let json: Value = serde_json::from_slice(&reader.join().unwrap()).expect("JSON");
    assert_eq!(
        json["request"].as_str(),
        Some(std::str::from_utf8(RAW_REQUEST).unwrap()),
        "{json}"
    );
    assert!(json.to_string().contains("no Host header"), "{json}");
}

#[test]
fn a_raw_file_that_cannot_be_read_is_a_plain_message() {
    let output = run(&[
        "--dump",
        "--raw",
        "/nonexistent/wirepeek-request.txt",
        "http://127.0.0.1:9/",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("--raw"), "{stderr}");
    assert!(
        stderr.contains("/nonexistent/wirepeek-request.txt"),
        "{stderr}"
    );
    assert_plain_message(&stderr);
    // In Korean, the reason is Korean too, not the operating system's English.
    let output = run(&[
        "--lang",
        "ko",
        "--dump",
        "--raw",
        "/nonexistent/wirepeek-request.txt",
        "http://127.0.0.1:9/",
    ]);
    let stderr = stderr_of(&output);
    assert_eq!(english_run(&stderr), None, "{stderr}");
}

/// A loopback server for one connection: it reads what the client sends first, answers with
/// `reply` and closes.
fn answer_once(reply: Vec<u8>) -> (u16, thread::JoinHandle<()>) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = thread::spawn(move || {
        if let Ok((mut socket, _)) = listener.accept() {
            let mut buffer = [0u8; 4096];
            let _ = socket.read(&mut buffer);
            let _ = socket.write_all(&reply);
        }
    });
    (port, server)
}

/// Run `wirepeek --lang ko` with `args`; its standard error must be Korean with no English
/// sentence in it, and name `marker`.
fn korean_error(args: &[&str], marker: &str) -> String {
    let mut all = vec!["--lang", "ko"];
    all.extend_from_slice(args);
    let output = run(&all);
    let stderr = stderr_of(&output);
    assert!(has_hangul(&stderr), "{stderr}");
    assert!(stderr.contains(marker), "{marker:?} not in: {stderr}");
    assert_eq!(english_run(&stderr), None, "English in Korean: {stderr}");
    assert_plain_message(&stderr);
    stderr
}

#[test]
fn korean_errors_of_the_engine_hold_no_english_sentence() {
    assert_eq!(
        english_run("TLS 오류: the server closed the connection."),
        Some("the server closed".into())
    );
    assert_eq!(english_run("거부했습니다: alert HandshakeFailure"), None);

    // A server that closes during the TLS handshake, before answering at all.
    let (port, server) = answer_once(Vec::new());
    let url = format!("https://127.0.0.1:{port}/");
    korean_error(&["--dump", &url], "ClientHello");
    server.join().expect("server");

    // A server that refuses the handshake: a fatal handshake_failure alert.
    let (port, server) = answer_once(vec![0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 40]);
    let url = format!("https://127.0.0.1:{port}/");
    korean_error(&["--dump", &url], "handshake_failure");
    server.join().expect("server");

    // A gzip body cut short.
    let gzip = {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(
                "But soft what light through yonder window breaks\n"
                    .repeat(20)
                    .as_bytes(),
            )
            .expect("gzip");
        encoder.finish().expect("gzip")
    };
    let cut = &gzip[..gzip.len() - 12];
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\n\r\n",
        cut.len()
    )
    .into_bytes();
    response.extend_from_slice(cut);
    // `--dump` passes the body on undecoded; `--json` decodes it and says why it could not, on
    // standard error in the chosen language.
    let server = Server::reply(response);
    let stderr = korean_error(&["--json", &server.url("/romeo.txt")], "gzip");
    assert!(stderr.contains("끊겼습니다"), "{stderr}");

    // A header value holding CR: refused before anything is sent.
    let url = format!("http://127.0.0.1:{}/", closed_port());
    let stderr = korean_error(&["--dump", "-H", "X-Evil: a\rb", &url], "X-Evil");
    assert!(stderr.contains("캐리지 리턴"), "{stderr}");

    // A --cacert file with no certificate in it.
    let pem = temporary_file("no-certificates.pem", b"this is not PEM");
    let url = format!("https://127.0.0.1:{}/", closed_port());
    let path = pem.display().to_string();
    korean_error(&["--dump", "--cacert", &path, &url], "CERTIFICATE");
    let _ = std::fs::remove_file(&pem);
}
