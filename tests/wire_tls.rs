//! TLS against loopback servers with certificates from a test certificate authority (rcgen).
//!
//! The CA is trusted the same way `--cacert` does it: `FetchOptions::extra_ca_pem`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::thread;

use common::tls::{Ending, server_cert, test_ca, tls_server};
use wirepeek::wire::{
    CaFileProblem, FetchError, FetchOptions, Limits, OtherTlsProblem, Phase, Request, TlsAlert,
    TlsProblem, Verification, Warning,
};

fn get(url: &str, ca_pem: Option<&str>) -> wirepeek::wire::Exchange {
    let options = FetchOptions {
        extra_ca_pem: ca_pem.map(|p| p.as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    common::fetch_with_options(&Request::get(url), &options, &Limits::default())
}

const HELLO: &[u8] =
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nsecret";

#[test]
fn good_certificate_is_verified_and_everything_is_recorded() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["localhost", "127.0.0.1"], 2020, 2090);
    let (port, server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let exchange = get(&format!("https://127.0.0.1:{port}/hello"), Some(&ca.pem));
    server.join().expect("server thread");
    assert_eq!(exchange.error, None, "{:?}", exchange.error);
    assert_eq!(exchange.status_code(), Some(200));
    assert_eq!(exchange.body_text(), Some("secret"));
    let tls = exchange.tls.as_ref().expect("TLS info");
    assert_eq!(tls.server_name, "127.0.0.1");
    assert_eq!(tls.protocol.as_deref(), Some("TLS 1.3"));
    assert!(
        tls.cipher_suite
            .as_deref()
            .is_some_and(|s| s.starts_with("TLS13_")),
        "{tls:?}"
    );
    assert!(tls.key_exchange.is_some(), "{tls:?}");
    assert_eq!(tls.alpn.as_deref(), Some("http/1.1"));
    assert_eq!(tls.verification, Verification::Verified);
    let leaf = tls.certificates.first().expect("leaf certificate");
    assert!(leaf.names.contains(&"localhost".to_owned()), "{leaf:?}");
    assert!(leaf.names.contains(&"127.0.0.1".to_owned()), "{leaf:?}");
    assert!(leaf.issuer.contains("wirepeek test CA"), "{leaf:?}");
    assert!(leaf.not_after.starts_with("2090-01-01"), "{leaf:?}");
    assert!(exchange.timing.tls.is_some());
    assert!(exchange.timing.tls <= exchange.timing.request_written);
    // The Host header keeps the port; the request itself is the ordinary plain-text one.
    let request = String::from_utf8_lossy(&exchange.request_bytes);
    assert!(
        request.starts_with("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:"),
        "{request}"
    );
}

#[test]
fn expired_certificate_names_the_date() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2019, 2021);
    let (port, _server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), Some(&ca.pem));
    match &exchange.error {
        Some(FetchError::Tls(TlsProblem::Expired { not_after })) => {
            assert!(not_after.starts_with("2021-01-01"), "{not_after}");
        }
        other => panic!("expected an expired certificate, got {other:?}"),
    }
    assert!(
        exchange
            .error
            .as_ref()
            .is_some_and(|e| matches!(e, FetchError::Tls(TlsProblem::Expired { not_after }) if not_after.starts_with("2021-01-01")))
    );
    // What was shown is kept: the certificate and the verification result.
    let tls = exchange.tls.as_ref().expect("TLS info kept on failure");
    assert_eq!(tls.certificates.len(), 1);
    assert!(
        matches!(
            &tls.verification,
            Verification::Failed(TlsProblem::Expired { .. })
        ),
        "{:?}",
        tls.verification
    );
    assert!(exchange.head.is_none());
}

#[test]
fn wrong_name_says_expected_and_presented() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["example.test", "www.example.test"], 2020, 2090);
    let (port, _server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), Some(&ca.pem));
    match &exchange.error {
        Some(FetchError::Tls(TlsProblem::NameMismatch {
            expected,
            presented,
        })) => {
            assert_eq!(expected, "127.0.0.1");
            assert!(
                presented.contains(&"example.test".to_owned()),
                "{presented:?}"
            );
        }
        other => panic!("expected a name mismatch, got {other:?}"),
    }
    let message = exchange
        .error
        .as_ref()
        .map(|e| wirepeek::i18n::error_message(wirepeek::i18n::I18n::default(), e))
        .unwrap_or_default();
    assert!(message.contains("expected 127.0.0.1"), "{message}");
    assert!(message.contains("example.test"), "{message}");
}

#[test]
fn unknown_issuer_without_the_test_ca() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let (port, _server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), None);
    assert_eq!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::UnknownIssuer))
    );
    assert!(
        exchange
            .error
            .as_ref()
            .is_some_and(|e| cli_hint(e).contains("--cacert"))
    );
    assert_eq!(exchange.tls.as_ref().map(|t| t.certificates.len()), Some(1));
}

#[test]
fn https_to_a_plain_http_port_says_it_is_not_tls() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = thread::spawn(move || {
        if let Ok((mut socket, _)) = listener.accept() {
            let mut buffer = [0u8; 2048];
            let _ = socket.read(&mut buffer);
            let _ = socket.write_all(
                b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    let exchange = get(&format!("https://127.0.0.1:{port}/"), None);
    server.join().expect("server thread");
    match &exchange.error {
        Some(FetchError::Tls(TlsProblem::NotTls { first_bytes })) => {
            assert!(first_bytes.starts_with("HTTP/1.1 400"), "{first_bytes}");
        }
        other => panic!("expected 'not a TLS server', got {other:?}"),
    }
    assert!(
        exchange
            .error
            .as_ref()
            .is_some_and(|e| cli_hint(e).contains("http://"))
    );
}

/// A loopback server that reads the client's hello, answers with `reply` (no TLS library: the
/// exact bytes) and closes.
fn answer_the_hello_with(reply: &'static [u8]) -> (u16, thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = thread::spawn(move || {
        if let Ok((mut socket, _)) = listener.accept() {
            let mut buffer = [0u8; 2048];
            let _ = socket.read(&mut buffer);
            let _ = socket.write_all(reply);
        }
    });
    (port, server)
}

#[test]
fn a_server_that_closes_at_once_closed_before_answering() {
    let (port, server) = answer_the_hello_with(b"");
    let exchange = get(&format!("https://127.0.0.1:{port}/"), None);
    server.join().expect("server thread");
    assert_eq!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::Other(
            OtherTlsProblem::ClosedBeforeAnswer
        )))
    );
}

#[test]
fn a_server_that_closes_in_the_middle_of_a_record_closed_during_the_handshake() {
    // The start of a handshake record (type 0x16, TLS 1.2, 100 bytes long) and then nothing.
    let (port, server) = answer_the_hello_with(&[0x16, 0x03, 0x03, 0x00, 0x64, 0x02]);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), None);
    server.join().expect("server thread");
    assert_eq!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::Other(
            OtherTlsProblem::ClosedDuringHandshake
        )))
    );
}

#[test]
fn a_handshake_failure_alert_is_kept_as_the_alert_itself() {
    // An alert record: fatal (2), handshake_failure (40).
    let (port, server) = answer_the_hello_with(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 40]);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), None);
    server.join().expect("server thread");
    assert_eq!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::Refused {
            alert: TlsAlert(40)
        }))
    );
    assert_eq!(TlsAlert(40).name(), Some("handshake_failure"));
    assert_eq!(TlsAlert(112).name(), Some("unrecognized_name"));
    assert_eq!(TlsAlert(200).name(), None);
}

#[test]
fn a_pem_block_without_its_end_line_is_named() {
    let exchange = get(
        "https://127.0.0.1:9/",
        Some("-----BEGIN CERTIFICATE-----\nAAAA\n"),
    );
    assert_eq!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::BadCaFile(
            CaFileProblem::UnfinishedBlock
        )))
    );
}

#[test]
fn close_without_close_notify_marks_a_close_delimited_body_possibly_truncated() {
    const UNTIL_CLOSE: &[u8] =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nevery byte until close";
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let (port, server) = tls_server(cert.clone(), &key, UNTIL_CLOSE, Ending::Abrupt);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), Some(&ca.pem));
    server.join().expect("server thread");
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(exchange.body_text(), Some("every byte until close"));
    assert!(body.possibly_truncated);
    assert!(
        common::has_warning(&exchange, |w| matches!(w, Warning::TlsClosedWithoutNotify)),
        "{:?}",
        exchange.warnings
    );

    let (port, server) = tls_server(cert, &key, UNTIL_CLOSE, Ending::CloseNotify);
    let exchange = get(&format!("https://127.0.0.1:{port}/"), Some(&ca.pem));
    server.join().expect("server thread");
    assert_eq!(exchange.error, None);
    assert!(!exchange.body.as_ref().expect("body").possibly_truncated);
    assert!(exchange.body.as_ref().is_some_and(|b| b.complete));
}

#[test]
fn cancel_during_a_stalled_handshake_stops_at_once() {
    // A server that accepts and then never answers the ClientHello.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        // Take the ClientHello and whatever follows, answer nothing, until the client hangs up.
        stream
            .set_read_timeout(Some(common::HANG_GUARD))
            .expect("read timeout");
        let mut sink = [0u8; 4096];
        while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
    });
    let exchange = common::fetch_cancelled_once(
        &Request::get(format!("https://127.0.0.1:{port}/")),
        &Limits::default(),
        "the TLS handshake",
        |progress| progress.phase() == Phase::TlsHandshake,
    );
    // Cancelled, not timed out (the TLS limit is 10 s): the press ended the handshake. How soon
    // is measured in benches/timeouts.rs.
    assert_eq!(
        exchange.error,
        Some(FetchError::Cancelled {
            phase: Phase::TlsHandshake
        })
    );
    server.join().expect("server");
}

#[test]
fn a_file_without_certificates_is_a_bad_ca_file() {
    let exchange = get("https://127.0.0.1:9/", Some("this is not PEM"));
    assert!(
        exchange.connection.is_none(),
        "nothing may be sent with a bad CA file"
    );
    match &exchange.error {
        Some(FetchError::Tls(TlsProblem::BadCaFile(problem))) => {
            assert_eq!(*problem, CaFileProblem::NoCertificate);
        }
        other => panic!("expected a bad CA file, reported before connecting, got {other:?}"),
    }
}

#[test]
fn cacert_option_of_the_binary_trusts_the_test_ca() {
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2020, 2090);
    let (port, server) = tls_server(cert, &key, HELLO, Ending::CloseNotify);
    let dir = std::env::temp_dir().join(format!("wirepeek-test-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let ca_file = dir.join("ca.pem");
    std::fs::write(&ca_file, &ca.pem).expect("write CA");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wirepeek"))
        .arg("--json")
        .arg("--cacert")
        .arg(&ca_file)
        .arg(format!("https://127.0.0.1:{port}/"))
        .output()
        .expect("run wirepeek");
    server.join().expect("server thread");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(json["status"]["code"], 200);
    assert_eq!(json["tls"]["protocol"], "TLS 1.3");
    assert_eq!(json["tls"]["alpn"], "http/1.1");
    assert_eq!(json["body"]["text"], "secret");
}

/// What to try, as the command line says it in English.
fn cli_hint(error: &FetchError) -> String {
    wirepeek::i18n::error_hint(
        wirepeek::i18n::I18n::default(),
        error,
        wirepeek::learn::Surface::Cli,
    )
}
