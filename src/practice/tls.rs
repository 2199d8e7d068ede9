//! The https lesson: the practice server's own certificate authority, made in memory at start,
//! a certificate it signs for 127.0.0.1 and localhost, and the lessons served over TLS with it.
//! A client that does not know the authority refuses the certificate (unknown issuer); given the
//! authority's file (`/ca.pem` on the web port), it trusts the server.

use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::i18n::I18n;

use super::answers::{Site, answer};
use super::incoming::Incoming;
use super::script::{Step, write_generated};

/// The authority's certificate (PEM, to save and trust) and the server's TLS settings.
pub struct PracticeTls {
    /// The certificate authority, as the text of a `.pem` file.
    pub ca_pem: String,
    config: Arc<rustls::ServerConfig>,
}

fn invalid(e: impl std::fmt::Display) -> io::Error {
    io::Error::new(ErrorKind::InvalidData, e.to_string())
}

impl PracticeTls {
    /// A new authority and a server certificate for 127.0.0.1 and localhost.
    pub fn new() -> io::Result<Self> {
        let ca_key = KeyPair::generate().map_err(invalid)?;
        let mut ca = CertificateParams::new(Vec::<String>::new()).map_err(invalid)?;
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "wirepeek practice CA");
        let ca_pem = ca.self_signed(&ca_key).map_err(invalid)?.pem();
        let key = KeyPair::generate().map_err(invalid)?;
        let mut server =
            CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
                .map_err(invalid)?;
        server
            .distinguished_name
            .push(DnType::CommonName, "127.0.0.1");
        let cert = server
            .signed_by(&key, &Issuer::from_params(&ca, &ca_key))
            .map_err(invalid)?;
        let chain = vec![CertificateDer::from(cert.der().to_vec())];
        let private = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(invalid)?
            .with_no_client_auth()
            .with_single_cert(chain, private)
            .map_err(invalid)?;
        Ok(Self {
            ca_pem,
            config: Arc::new(config),
        })
    }

    /// Serve one connection over TLS: one request, its answer, `close_notify`, close.
    pub fn serve(&self, tcp: TcpStream, i18n: I18n, site: &Site) {
        let _ = tcp.set_nodelay(true);
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(5)));
        let _ = tcp.set_write_timeout(Some(Duration::from_secs(10)));
        let Ok(connection) = rustls::ServerConnection::new(Arc::clone(&self.config)) else {
            return;
        };
        let mut stream = rustls::StreamOwned::new(connection, tcp);
        let raw = read_one(&mut stream);
        if raw.is_empty() {
            return;
        }
        let reply = answer(&Incoming::parse(&raw), i18n, site);
        for step in &reply.steps {
            let written = match step {
                Step::Send(bytes) => stream.write_all(bytes),
                Step::Pause(pause) => {
                    thread::sleep(*pause);
                    Ok(())
                }
                Step::Generate(total) => write_generated(&mut stream, *total),
                // The lessons use no other steps.
                _ => Ok(()),
            };
            if written.is_err() {
                return;
            }
        }
        stream.conn.send_close_notify();
        let _ = stream.flush();
        let _ = stream.sock.shutdown(Shutdown::Write);
        // Wait for the client's close, so ours is not turned into a reset.
        let mut sink = [0u8; 1024];
        while matches!(stream.sock.read(&mut sink), Ok(n) if n > 0) {}
    }
}

/// Read one request's head and announced body from `stream`.
fn read_one(stream: &mut impl Read) -> Vec<u8> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&request);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = Incoming::parse(&request)
                .header("content-length")
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                return request;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return request,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
}

/// Accept TLS connections until `stop`, each served on its own thread.
pub fn accept_tls(
    listener: &TcpListener,
    stop: &std::sync::atomic::AtomicBool,
    tls: &Arc<PracticeTls>,
    language: &Arc<std::sync::Mutex<I18n>>,
    site: &Arc<Site>,
) {
    for stream in listener.incoming() {
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        let (tls, language, site) = (Arc::clone(tls), Arc::clone(language), Arc::clone(site));
        thread::spawn(move || {
            let i18n = language.lock().map(|l| *l).unwrap_or_default();
            tls.serve(stream, i18n, &site);
        });
    }
}
