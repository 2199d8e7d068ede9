//! The code the Code tab and `--export` write, run for real: the Python socket program and the
//! Rust program must send a loopback server exactly the bytes wirepeek sent; the curl command
//! the same request line, headers and body; the urllib program the same method, target and body.
//!
//! These need `python3`, `curl`, `sh` and `rustc`. A missing tool fails the test with a message
//! saying so, unless `WIREPEEK_SKIP_MISSING_TOOLS=1` is set (then the test says it skipped).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Bound, Server, fetch_with, limits, response_with, send};
use wirepeek::export::code::{CodeKind, CodeRequest, RequestParts, generate};
use wirepeek::wire::{HttpVersion, Request};

/// What the server answers every client.
const REPLY_BODY: &[u8] = b"practice reply\n";

/// Whether `tool` can run here. When it cannot: fail saying so, or with
/// `WIREPEEK_SKIP_MISSING_TOOLS=1` say it is skipped and return `false`.
fn have(tool: &str) -> bool {
    // `sh` (dash) has no `--version`; it runs `true` instead.
    let check = if tool == "sh" {
        ["-c", "true"]
    } else {
        ["--version", ""]
    };
    let runs = Command::new(tool)
        .args(check.iter().filter(|a| !a.is_empty()))
        .output()
        .is_ok_and(|out| out.status.success());
    if runs {
        return true;
    }
    let skip = std::env::var("WIREPEEK_SKIP_MISSING_TOOLS").is_ok_and(|v| v == "1");
    assert!(
        skip,
        "`{tool}` is needed to run the exported code and could not be run here; install it, or set \
         WIREPEEK_SKIP_MISSING_TOOLS=1 to skip these checks"
    );
    eprintln!("SKIPPED: `{tool}` is not installed (WIREPEEK_SKIP_MISSING_TOOLS=1)");
    false
}

/// A folder of this test's own for the generated files.
fn folder(case: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "wirepeek-code-export-{case}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

/// Run `command`, fail with its output when it fails, return what it printed.
fn run(command: &mut Command, what: &str) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// Write `code` to `dir/name` and give its path.
fn write(dir: &Path, name: &str, code: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, code).expect("write the generated code");
    path
}

/// The header lines as a set: names in lower case, values as sent, sorted.
fn header_set(parts: &RequestParts<'_>) -> Vec<(String, String)> {
    let mut set: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(n, v)| (n.to_ascii_lowercase(), v.clone()))
        .collect();
    set.sort();
    set
}

/// Fetch `request` (made for the server's URL) with wirepeek, then run every exported program
/// against the same server and compare what the server received.
fn check(case: &str, make: impl Fn(String) -> Request) {
    let kinds = 5;
    let server: Server = Bound::v4().serve(vec![vec![send(response_with("", REPLY_BODY))]; kinds]);
    let exchange = fetch_with(&make(server.url("/lesson/romeo.txt?x=1&y=%20")), &limits());
    assert!(exchange.error.is_none(), "{:?}", exchange.error);
    let sent = server.request();
    assert_eq!(
        sent, exchange.request_bytes,
        "wirepeek recorded what it sent"
    );
    let wanted = RequestParts::read(&sent);
    let request = CodeRequest::from_exchange(&exchange).expect("a request to export");
    let dir = folder(case);

    if have("python3") {
        let path = write(
            &dir,
            "request_socket.py",
            &generate(CodeKind::PythonSocket, &request),
        );
        let printed = run(
            Command::new("python3").arg(&path),
            "the Python socket program",
        );
        let received = server.request();
        assert_eq!(
            String::from_utf8_lossy(&received),
            String::from_utf8_lossy(&sent),
            "the socket program sends the same bytes"
        );
        assert_eq!(received, sent, "the socket program sends the same bytes");
        assert!(printed.contains("practice reply"), "{printed}");

        let path = write(
            &dir,
            "request_urllib.py",
            &generate(CodeKind::PythonUrllib, &request),
        );
        let printed = run(Command::new("python3").arg(&path), "the urllib program");
        let received = server.request();
        let got = RequestParts::read(&received);
        assert_eq!(got.method, wanted.method, "urllib: method");
        assert_eq!(got.target, wanted.target, "urllib: target");
        assert_eq!(got.body, wanted.body, "urllib: body");
        assert!(printed.contains("practice reply"), "{printed}");
    }

    if have("curl") && have("sh") {
        let command = generate(CodeKind::Curl, &request);
        let printed = run(
            Command::new("sh").arg("-c").arg(&command),
            &format!("the curl command\n{command}"),
        );
        let received = server.request();
        let got = RequestParts::read(&received);
        let said = format!(
            "{command}\nreceived:\n{}",
            String::from_utf8_lossy(&received)
        );
        assert_eq!(
            (&got.method, &got.target, &got.version),
            (&wanted.method, &wanted.target, &wanted.version),
            "curl: request line\n{said}"
        );
        assert_eq!(
            header_set(&got),
            header_set(&wanted),
            "curl: headers\n{said}"
        );
        assert_eq!(got.body, wanted.body, "curl: body\n{said}");
        assert!(printed.contains("practice reply"), "{printed}");
    }

    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    if have(&rustc) {
        let path = write(&dir, "request.rs", &generate(CodeKind::Rust, &request));
        let program = dir.join("request-program");
        run(
            Command::new(&rustc)
                .args(["--edition", "2021", "-o"])
                .arg(&program)
                .arg(&path),
            "compiling the Rust program",
        );
        let printed = run(&mut Command::new(&program), "the Rust program");
        assert_eq!(
            server.request(),
            sent,
            "the Rust program sends the same bytes"
        );
        assert!(printed.contains("practice reply"), "{printed}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_get_is_sent_again_by_every_exported_program() {
    check("get", Request::get);
}

#[test]
fn a_post_with_quotes_newlines_korean_and_binary_bytes_is_sent_again() {
    let mut body = "say \"hi\" and 'bye'\nto 한글 \\ 100% $HOME `x`\r\n"
        .as_bytes()
        .to_vec();
    body.extend_from_slice(&[0x00, 0x01, 0x7f, 0x80, 0xff, b'\'']);
    check("post", |url| Request {
        method: "POST".into(),
        url,
        body: Some(body.clone()),
        ..Request::default()
    });
}

#[test]
fn an_unusual_header_and_http10_are_sent_again() {
    check("header", |url| Request {
        method: "OPTIONS".into(),
        url,
        version: HttpVersion::Http10,
        headers: vec![
            (
                "X-Odd'Name~".into(),
                "\"quoted\" 'single' $HOME \\back %s 한".into(),
            ),
            ("X-Empty".into(), String::new()),
            ("Accept".into(), "text/plain".into()),
        ],
        ..Request::default()
    });
}

/// Run `wirepeek ARGS` without a window; (exit code, stdout, stderr).
fn wirepeek(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("run wirepeek");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn export_on_the_command_line_writes_the_request_the_flags_describe_without_sending_it() {
    // Port 9 (discard) on loopback: nothing is sent, so nothing needs to listen there.
    let url = "http://127.0.0.1:9/form?x=1";
    let (code, out, err) = wirepeek(&[
        "--export",
        "curl",
        url,
        "-X",
        "PUT",
        "-H",
        "X-Lesson: it's",
        "-d",
        "a=1",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("-X 'PUT'"), "{out}");
    assert!(out.contains("-H 'X-Lesson: it'\\''s'"), "{out}");
    assert!(out.contains("--data-binary 'a=1'"), "{out}");
    assert!(out.contains("'http://127.0.0.1:9/form?x=1'"), "{out}");

    let (code, out, _) = wirepeek(&["--export", "python-socket", "--http1.0", url]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "    b'GET /form?x=1 HTTP/1.0\\r\\n'\n    b'Host: 127.0.0.1:9\\r\\n'\n    b'\\r\\n'\n"
        ),
        "{out}"
    );

    let dir = folder("cli");
    let raw = write(&dir, "request.http", "GET /odd HTTP/1.1\nHost: x\n\n");
    let (code, out, _) = wirepeek(&["--export", "raw", "--raw", raw.to_str().unwrap(), url]);
    assert_eq!(code, 0);
    // Into a pipe, raw is the exact bytes, ready for `--raw` again (on a terminal the line
    // ends are shown as marks: `export::code::raw::marked`, tested there).
    assert_eq!(out, "GET /odd HTTP/1.1\nHost: x\n\n");
    let (_, out, _) = wirepeek(&["--export", "curl", "--raw", raw.to_str().unwrap(), url]);
    assert!(out.contains("cannot copy"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);

    let (code, _, err) = wirepeek(&["--export", "java", url, "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("java") && err.contains("python-socket, python-urllib, curl, raw, rust"),
        "{err}"
    );
    let (code, _, err) = wirepeek(&["--export", "rust", "ftp://127.0.0.1/", "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("ftp"), "{err}");
}

#[test]
fn the_socket_program_export_writes_sends_what_a_fetch_sends() {
    if !have("python3") {
        return;
    }
    let server = Server::reply(response_with("", REPLY_BODY));
    let url = server.url("/cli");
    let (code, program, err) = wirepeek(&[
        "--export",
        "python-socket",
        &url,
        "-X",
        "POST",
        "-H",
        "Content-Type: text/plain; charset=utf-8",
        "-d",
        "안녕 \"world\"\n",
    ]);
    assert_eq!(code, 0, "{err}");
    let dir = folder("cli-socket");
    let path = write(&dir, "request_socket.py", &program);
    run(
        Command::new("python3").arg(&path),
        "the exported socket program",
    );
    let request = Request {
        method: "POST".into(),
        url,
        headers: vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
        body: Some("안녕 \"world\"\n".as_bytes().to_vec()),
        ..Request::default()
    };
    let expected = wirepeek::wire::request_bytes(&request).expect("a valid request");
    assert_eq!(server.request(), expected);
    let _ = std::fs::remove_dir_all(&dir);
}
