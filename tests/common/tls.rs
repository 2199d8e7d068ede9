//! TLS for the tests: a certificate authority made with rcgen, server certificates it signs,
//! and a TLS server on 127.0.0.1 that answers one connection.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, date_time_ymd};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// A certificate authority for one test.
pub struct TestCa {
    params: CertificateParams,
    key: KeyPair,
    pub pem: String,
}

pub fn test_ca() -> TestCa {
    let key = KeyPair::generate().expect("CA key");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(DnType::CommonName, "wirepeek test CA");
    let pem = params.self_signed(&key).expect("CA certificate").pem();
    TestCa { params, key, pem }
}

/// A server certificate for `names`, signed by `ca`, valid from `from` to `until` (years).
pub fn server_cert(ca: &TestCa, names: &[&str], from: i32, until: i32) -> (Vec<u8>, KeyPair) {
    let key = KeyPair::generate().expect("server key");
    let mut params =
        CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>())
            .expect("server params");
    params
        .distinguished_name
        .push(DnType::CommonName, names.first().copied().unwrap_or("test"));
    params.not_before = date_time_ymd(from, 1, 1);
    params.not_after = date_time_ymd(until, 1, 1);
    let issuer = Issuer::from_params(&ca.params, &ca.key);
    let cert = params.signed_by(&key, &issuer).expect("server certificate");
    (cert.der().to_vec(), key)
}

/// How the test server ends the response.
#[derive(Clone, Copy)]
pub enum Ending {
    /// `close_notify`, then close.
    CloseNotify,
    /// Close the TCP connection without `close_notify`.
    Abrupt,
}

/// A TLS server on 127.0.0.1 that answers one connection with `response`.
pub fn tls_server(
    cert_der: Vec<u8>,
    key: &KeyPair,
    response: impl Into<Vec<u8>>,
    ending: Ending,
) -> (u16, JoinHandle<()>) {
    let response = response.into();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert_der.into()], key)
        .expect("server config");
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let handle = thread::spawn(move || {
        let Ok((socket, _)) = listener.accept() else {
            return;
        };
        socket.set_read_timeout(Some(Duration::from_secs(5))).ok();
        let Ok(connection) = rustls::ServerConnection::new(Arc::new(config)) else {
            return;
        };
        let mut tls = rustls::StreamOwned::new(connection, socket);
        let mut request = Vec::new();
        let mut buffer = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match tls.read(&mut buffer) {
                Ok(0) | Err(_) => return,
                Ok(n) => request.extend_from_slice(&buffer[..n]),
            }
        }
        let _ = tls.write_all(&response);
        let _ = tls.flush();
        if let Ending::CloseNotify = ending {
            tls.conn.send_close_notify();
            let _ = tls.conn.complete_io(&mut tls.sock);
        }
        let _ = tls.sock.shutdown(std::net::Shutdown::Both);
    });
    (port, handle)
}
