//! `--json` output pinned byte for byte: a fixed redirect chain (recorded bytes read by
//! `wire::read_recorded`, with the network facts filled in by hand) must give exactly the text in
//! `tests/fixtures/chain.json`. Key order, pretty printing and number formatting are the schema's
//! promise to scripts, so any change to them shows up here.
//!
//! To rewrite the fixture after an intended change: `WIREPEEK_BLESS=1 cargo test --test export_json`
//! and read the diff.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use wirepeek::wire::{
    self, CertificateInfo, ConnectAttempt, Connection, DnsAnswer, Exchange, FetchError, Limits,
    ProxyAddress, ProxyMode, ProxyOrigin, ProxyStep, ReadEvent, Target, TlsInfo, TlsProblem,
    Warning,
};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/chain.json");

fn ms(millis: u64, micros: u64) -> Duration {
    Duration::from_millis(millis) + Duration::from_micros(micros) + Duration::from_nanos(417)
}

/// The first hop: a 301 over https whose server also sent a 100 Continue first.
fn first_hop() -> Exchange {
    let received = b"HTTP/1.1 100 Continue\r\nX-Why: because\r\n\r\n\
        HTTP/1.1 301 Moved Permanently\r\nLocation: http://127.0.0.1:8080/next\r\n\
        Content-Length: 0\r\n\r\n"
        .to_vec();
    let mut exchange = wire::read_recorded(received, false, &Limits::default());
    exchange.method = "POST".into();
    exchange.url_typed = "https://한국.kr/start?q=1".into();
    exchange.url_normalized = "https://xn--3e0b707e.kr/start?q=1".into();
    exchange.target = Some(Target {
        scheme: "https".into(),
        host_unicode: "한국.kr".into(),
        host_ascii: "xn--3e0b707e.kr".into(),
        host_is_ip: false,
        port: 443,
        port_is_default: true,
        path_and_query: "/start?q=1".into(),
        host_header: "xn--3e0b707e.kr".into(),
    });
    let address = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
    exchange.dns = Some(DnsAnswer {
        addresses: vec![address, "::1".parse().expect("IPv6 literal")],
        elapsed: ms(3, 250),
    });
    exchange.connect_attempts = vec![ConnectAttempt {
        address: SocketAddr::new(address, 443),
        elapsed: ms(1, 5),
        failure: None,
        error: None,
    }];
    exchange.connection = Some(Connection {
        remote: SocketAddr::new(address, 443),
        local: Some(SocketAddr::new(address, 50_123)),
    });
    exchange.tls = Some(TlsInfo {
        server_name: "xn--3e0b707e.kr".into(),
        protocol: Some("TLSv1.3".into()),
        cipher_suite: Some("TLS13_AES_128_GCM_SHA256".into()),
        key_exchange: Some("X25519".into()),
        alpn: None,
        certificates: vec![CertificateInfo {
            subject: "CN=xn--3e0b707e.kr".into(),
            issuer: "CN=Test CA".into(),
            names: vec!["xn--3e0b707e.kr".into(), "*.xn--3e0b707e.kr".into()],
            not_before: "2026-01-01 00:00:00 UTC".into(),
            not_after: "2027-01-01 00:00:00 UTC".into(),
            not_after_unix: Some(1_798_761_600),
            readable: true,
        }],
        ..TlsInfo::default()
    });
    exchange.request_bytes = b"POST /start?q=1 HTTP/1.1\r\nHost: xn--3e0b707e.kr\r\n\
        Content-Length: 5\r\n\r\nhello"
        .to_vec();
    exchange.request_headers = vec![
        ("Host".into(), "xn--3e0b707e.kr".into()),
        ("Content-Length".into(), "5".into()),
    ];
    exchange.request_body_bytes = 5;
    exchange.reads = vec![ReadEvent {
        offset: 0,
        len: exchange.received.len(),
        at: ms(20, 1),
    }];
    exchange.timing.dns = Some(ms(3, 250));
    exchange.timing.connect = Some(ms(4, 255));
    exchange.timing.tls = Some(ms(15, 0));
    exchange.timing.request_written = Some(ms(16, 999));
    exchange.timing.first_byte = Some(ms(20, 1));
    exchange.timing.head_complete = Some(ms(20, 2));
    exchange.timing.done = Some(Duration::from_millis(21));
    // It went through a proxy named by HTTPS_PROXY, which opened a tunnel.
    exchange.proxy = Some(ProxyStep {
        proxy: ProxyAddress {
            host: "proxy.school.test".into(),
            port: 3128,
            text: "http://proxy.school.test:3128".into(),
            origin: ProxyOrigin::Environment {
                variable: "HTTPS_PROXY".into(),
            },
        },
        mode: ProxyMode::Tunnel,
        connect_request:
            b"CONNECT xn--3e0b707e.kr:443 HTTP/1.1\r\nHost: xn--3e0b707e.kr:443\r\n\r\n".to_vec(),
        reply: b"HTTP/1.1 200 Connection established\r\n\r\n".to_vec(),
        reply_code: Some(200),
    });
    exchange.timing.proxy_tunnel = Some(ms(6, 500));
    exchange
}

/// The last hop: a chunked text body with escapes, trailers, warnings and an error.
fn last_hop() -> Exchange {
    let received = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\
        Transfer-Encoding: chunked\r\nX-Latin: caf\xe9\r\n\r\n\
        f;note=1\r\n\"q\" \\ tab\there\n\r\n\
        f\r\n\x01\x1f\x7f \xed\x95\x9c\xea\xb5\xad \xf0\x9f\x98\x80\r\n\r\n\
        0\r\nX-Sum: abc\r\n\r\n"
        .to_vec();
    let mut exchange = wire::read_recorded(received, false, &Limits::default());
    exchange.url_typed = "http://127.0.0.1:8080/next".into();
    exchange.url_normalized = "http://127.0.0.1:8080/next".into();
    exchange.target = Some(Target {
        scheme: "http".into(),
        host_unicode: "127.0.0.1".into(),
        host_ascii: "127.0.0.1".into(),
        host_is_ip: true,
        port: 8080,
        port_is_default: false,
        path_and_query: "/next".into(),
        host_header: "127.0.0.1:8080".into(),
    });
    exchange.dns = Some(DnsAnswer {
        addresses: vec![IpAddr::V4(Ipv4Addr::LOCALHOST)],
        elapsed: Duration::ZERO,
    });
    exchange.request_bytes =
        b"GET /next HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n\r\n".to_vec();
    exchange.request_headers = vec![
        ("Host".into(), "127.0.0.1:8080".into()),
        ("Connection".into(), "close".into()),
    ];
    exchange.reads = vec![
        ReadEvent {
            offset: 0,
            len: 10,
            at: ms(2, 0),
        },
        ReadEvent {
            offset: 10,
            len: exchange.received.len() - 10,
            at: Duration::from_micros(2500),
        },
    ];
    exchange.timing.dns = Some(Duration::ZERO);
    exchange.timing.done = Some(Duration::from_secs(3));
    exchange.warnings.push(Warning::HttpsToHttp);
    exchange.warnings.push(Warning::ReadsMerged { listed: 2 });
    exchange.error = Some(FetchError::Tls(TlsProblem::UnknownIssuer));
    exchange
}

/// The chain as `wirepeek --json` writes it.
fn written(hops: &[Exchange]) -> String {
    let mut out = Vec::new();
    wirepeek::export::json::write_chain(&mut out, hops).expect("writing to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

fn compare_with_fixture(actual: &str) {
    if std::env::var_os("WIREPEEK_BLESS").is_some() {
        std::fs::write(FIXTURE, actual).expect("write the fixture");
        return;
    }
    let expected = std::fs::read_to_string(FIXTURE).expect("read the fixture");
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or(actual.lines().count().min(expected.lines().count()));
        panic!(
            "--json output differs from {FIXTURE} at line {}:\n  got:      {:?}\n  expected: {:?}",
            line + 1,
            actual.lines().nth(line),
            expected.lines().nth(line)
        );
    }
}

#[test]
fn a_redirect_chain_is_written_exactly_as_pinned() {
    let hops = [first_hop(), last_hop()];
    assert!(hops[1].body_text().is_some(), "the last body is text");
    compare_with_fixture(&written(&hops));
}

#[test]
fn a_single_exchange_has_no_earlier_hops() {
    let text = written(&[last_hop()]);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["redirects"], serde_json::json!([]));
    assert_eq!(value["status"]["code"], 200);
}

#[test]
fn no_hops_is_null() {
    assert_eq!(written(&[]), "null\n");
}
