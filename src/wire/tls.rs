//! TLS with rustls: the trust store, the handshake, what it agreed on, and why it failed.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme,
};

use super::clock::{Clock, Deadline};
use super::error::{
    CertificateFault, FetchError, IoProblem, OtherTlsProblem, TlsAlert, TlsProblem, escape_bytes,
};
use super::progress::Phase;
use super::trust::{TrustStores, TrustedBy};

/// What the TLS handshake agreed on and what the server showed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TlsInfo {
    /// The name sent in SNI and checked against the certificate (no brackets for IPv6).
    pub server_name: String,
    /// `TLSv1.3` or `TLSv1.2`.
    pub protocol: Option<String>,
    /// The cipher suite, e.g. `TLS13_AES_128_GCM_SHA256`.
    pub cipher_suite: Option<String>,
    /// The key exchange group, e.g. `X25519`.
    pub key_exchange: Option<String>,
    /// The protocol agreed by ALPN (`http/1.1`) if the server answered ALPN.
    pub alpn: Option<String>,
    /// The server's certificates, its own first.
    pub certificates: Vec<CertificateInfo>,
    /// The result of checking the certificate: verified, or why it failed.
    pub verification: super::error::Verification,
    /// Which trust store's authority vouched for the certificate, once it was verified.
    pub trusted_by: Option<TrustedBy>,
}

/// The readable parts of one certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CertificateInfo {
    /// Who the certificate is for (distinguished name).
    pub subject: String,
    /// Who signed it.
    pub issuer: String,
    /// The names it is valid for (subject alternative names).
    pub names: Vec<String>,
    /// Valid from (UTC).
    pub not_before: String,
    /// Valid until (UTC).
    pub not_after: String,
    /// Valid until, in seconds since 1970 (to count the days left); `None` when unreadable.
    pub not_after_unix: Option<i64>,
    /// Whether the certificate could be parsed at all (the fields above are empty if not).
    pub readable: bool,
}

/// The certificates the server presented, kept even when verification fails.
type SeenChain = Arc<Mutex<Vec<CertificateDer<'static>>>>;

/// Which store vouched for the chain, once one did.
type Vouched = Arc<Mutex<Option<TrustedBy>>>;

/// Checks certificates with webpki against each trust store in turn, remembers the chain so the
/// learner can look at it, and which store vouched for it.
#[derive(Debug)]
struct RecordingVerifier {
    /// One verifier per store, in the order they are asked (never empty: the bundled roots).
    inner: Vec<(TrustedBy, Arc<WebPkiServerVerifier>)>,
    seen: SeenChain,
    vouched: Vouched,
}

impl RecordingVerifier {
    /// The verifier that checks signatures (every store's verifier does it the same way).
    fn first(&self) -> Result<&Arc<WebPkiServerVerifier>, rustls::Error> {
        self.inner
            .first()
            .map(|(_, verifier)| verifier)
            .ok_or_else(|| rustls::Error::General("no trust store".into()))
    }
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut seen) = self.seen.lock() {
            *seen = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.clone().into_owned())
                .collect();
        }
        // The first store that vouches wins. When none does, the most telling reason is kept:
        // "unknown issuer" from one store says less than "expired" from the store that knew
        // the issuer.
        let mut failure = None;
        for (source, verifier) in &self.inner {
            match verifier.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ) {
                Ok(verified) => {
                    if let Ok(mut vouched) = self.vouched.lock() {
                        *vouched = Some(*source);
                    }
                    return Ok(verified);
                }
                Err(error) => {
                    let unknown = matches!(
                        error,
                        rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)
                    );
                    if failure.is_none() || !unknown {
                        failure = Some(error);
                    }
                }
            }
        }
        Err(failure.unwrap_or(rustls::Error::InvalidCertificate(
            CertificateError::UnknownIssuer,
        )))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.first()?.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.first()?.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.first()
            .map(|verifier| verifier.supported_verify_schemes())
            .unwrap_or_default()
    }
}

/// Check a `--cacert` file before anything is sent, so a bad file is reported as such.
pub(crate) fn check_extra_ca(extra_ca_pem: &[u8]) -> Result<(), FetchError> {
    super::trust::extra_ca_roots(extra_ca_pem).map(|_| ())
}

fn config(
    trust: &TrustStores,
    seen: SeenChain,
    vouched: Vouched,
) -> Result<ClientConfig, FetchError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let other = |e: rustls::Error| FetchError::Tls(TlsProblem::Other(other_problem(&e)));
    let mut inner = Vec::new();
    for (source, roots) in &trust.stores {
        let verifier = WebPkiServerVerifier::builder_with_provider(roots.clone(), provider.clone())
            .build()
            .map_err(|e| library(e.to_string()))?;
        inner.push((*source, verifier));
    }
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(other)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(RecordingVerifier {
            inner,
            seen,
            vouched,
        }))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Do the TLS handshake over `socket` with `server_name` (a DNS name or an IP address).
///
/// On failure, `info` still gets what was learned (the certificates shown, the cause).
pub(crate) fn handshake(
    socket: &mut TcpStream,
    server_name: &str,
    trust: &TrustStores,
    clock: &Clock,
    deadline: &Deadline,
    info: &mut TlsInfo,
) -> Result<ClientConnection, FetchError> {
    info.server_name = server_name.to_owned();
    let seen = SeenChain::default();
    let vouched = Vouched::default();
    let config = config(trust, seen.clone(), vouched.clone())?;
    let name = ServerName::try_from(server_name.to_owned()).map_err(|_| {
        FetchError::Tls(TlsProblem::Other(OtherTlsProblem::BadServerName {
            name: server_name.to_owned(),
        }))
    })?;
    let mut connection = ClientConnection::new(Arc::new(config), name)
        .map_err(|e| FetchError::Tls(TlsProblem::Other(other_problem(&e))))?;
    let mut first_bytes = Vec::new();
    let result = drive(&mut connection, socket, clock, deadline, &mut first_bytes);
    info.certificates = seen
        .lock()
        .map(|chain| chain.iter().map(|c| describe_certificate(c)).collect())
        .unwrap_or_default();
    match result {
        Ok(()) => {
            fill_info(&connection, info);
            info.verification = super::error::Verification::Verified;
            info.trusted_by = vouched.lock().ok().and_then(|v| *v);
            Ok(connection)
        }
        Err(error) => {
            let error = match error {
                DriveError::Rustls(error) => {
                    classify(error, &first_bytes, server_name, &info.certificates)
                }
                DriveError::Closed => {
                    if first_bytes.is_empty() {
                        FetchError::Tls(TlsProblem::Other(OtherTlsProblem::ClosedBeforeAnswer))
                    } else {
                        not_tls_or(&first_bytes, OtherTlsProblem::ClosedDuringHandshake)
                    }
                }
                DriveError::Fetch(error) => error,
            };
            if let FetchError::Tls(problem) = &error {
                info.verification = super::error::Verification::Failed(problem.clone());
            }
            Err(error)
        }
    }
}

/// Whether `error` is a handshake the other side closed before sending a single byte.
pub(crate) fn is_closed_before_any_byte(error: &FetchError) -> bool {
    matches!(
        error,
        FetchError::Tls(TlsProblem::Other(OtherTlsProblem::ClosedBeforeAnswer))
    )
}

/// A failure rustls reports that wirepeek has no name of its own for.
fn library(rustls_said: String) -> FetchError {
    FetchError::Tls(TlsProblem::Other(OtherTlsProblem::Library { rustls_said }))
}

/// A rustls error that is not about the certificate, by the kind of failure it is (rustls' own
/// words kept to quote).
pub(crate) fn other_problem(error: &rustls::Error) -> OtherTlsProblem {
    use rustls::Error as E;
    let rustls_said = error.to_string();
    match error {
        E::InvalidMessage(_)
        | E::InappropriateMessage { .. }
        | E::InappropriateHandshakeMessage { .. } => OtherTlsProblem::BadMessage { rustls_said },
        E::PeerIncompatible(_) => OtherTlsProblem::Incompatible { rustls_said },
        E::PeerMisbehaved(_) => OtherTlsProblem::Misbehaved { rustls_said },
        _ => OtherTlsProblem::Library { rustls_said },
    }
}

enum DriveError {
    Rustls(rustls::Error),
    Closed,
    Fetch(FetchError),
}

fn drive(
    connection: &mut ClientConnection,
    socket: &mut TcpStream,
    clock: &Clock,
    deadline: &Deadline,
    first_bytes: &mut Vec<u8>,
) -> Result<(), DriveError> {
    let mut buffer = vec![0u8; 16 * 1024];
    while connection.is_handshaking() {
        clock
            .check(deadline, Phase::TlsHandshake)
            .map_err(DriveError::Fetch)?;
        flush(connection, socket, clock, deadline, Phase::TlsHandshake)
            .map_err(DriveError::Fetch)?;
        if !connection.wants_read() {
            continue;
        }
        match socket.read(&mut buffer) {
            Ok(0) => return Err(DriveError::Closed),
            Ok(n) => {
                if first_bytes.len() < 64 {
                    first_bytes.extend_from_slice(&buffer[..n.min(64)]);
                }
                let mut slice = &buffer[..n];
                while !slice.is_empty() {
                    connection
                        .read_tls(&mut slice)
                        .map_err(|e| DriveError::Fetch(io_error(&e, Phase::TlsHandshake)))?;
                    if let Err(error) = connection.process_new_packets() {
                        // Send the alert that tells the server why we stop, if we can.
                        let _ = flush(connection, socket, clock, deadline, Phase::TlsHandshake);
                        return Err(DriveError::Rustls(error));
                    }
                }
            }
            Err(e) if is_pending(&e) => {}
            Err(e) => return Err(DriveError::Fetch(io_error(&e, Phase::TlsHandshake))),
        }
    }
    flush(connection, socket, clock, deadline, Phase::TlsHandshake).map_err(DriveError::Fetch)
}

/// Write everything rustls has queued, waiting (with cancel and deadline) while the socket is full.
pub(crate) fn flush(
    connection: &mut ClientConnection,
    socket: &mut TcpStream,
    clock: &Clock,
    deadline: &Deadline,
    phase: Phase,
) -> Result<(), FetchError> {
    while connection.wants_write() {
        match connection.write_tls(socket) {
            Ok(_) => {}
            Err(e) if is_pending(&e) => clock.check(deadline, phase)?,
            Err(e) => return Err(io_error(&e, phase)),
        }
    }
    socket.flush().map_err(|e| io_error(&e, phase))
}

/// A read or write that timed out only because of our short polling slice.
pub(crate) fn is_pending(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
    )
}

/// An operating-system error during `phase`, named in the learner's words.
pub(crate) fn io_error(error: &io::Error, phase: Phase) -> FetchError {
    match error.kind() {
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => FetchError::ConnectionReset { phase },
        _ => FetchError::Io {
            phase,
            problem: IoProblem::os(error),
        },
    }
}

fn not_tls_or(first_bytes: &[u8], otherwise: OtherTlsProblem) -> FetchError {
    // A TLS record starts with its content type: 0x15 (alert) or 0x16 (handshake).
    if first_bytes
        .first()
        .is_some_and(|b| *b != 0x15 && *b != 0x16)
    {
        FetchError::Tls(TlsProblem::NotTls {
            first_bytes: escape_bytes(first_bytes, 40),
        })
    } else {
        FetchError::Tls(TlsProblem::Other(otherwise))
    }
}

fn classify(
    error: rustls::Error,
    first_bytes: &[u8],
    server_name: &str,
    chain: &[CertificateInfo],
) -> FetchError {
    use rustls::Error as E;
    let problem = match error {
        E::InvalidCertificate(certificate_error) => match certificate_error {
            CertificateError::UnknownIssuer => TlsProblem::UnknownIssuer,
            CertificateError::ExpiredContext { not_after, .. } => TlsProblem::Expired {
                not_after: utc_text(not_after.as_secs()),
            },
            CertificateError::Expired => TlsProblem::Expired {
                not_after: chain
                    .first()
                    .map(|c| c.not_after.clone())
                    .unwrap_or_default(),
            },
            CertificateError::NotValidYetContext { not_before, .. } => TlsProblem::NotYetValid {
                not_before: utc_text(not_before.as_secs()),
            },
            CertificateError::NotValidYet => TlsProblem::NotYetValid {
                not_before: chain
                    .first()
                    .map(|c| c.not_before.clone())
                    .unwrap_or_default(),
            },
            // rustls lists the names in its debug notation (`DnsName("a.b")`); ours are plain.
            CertificateError::NotValidForNameContext { presented, .. } => {
                TlsProblem::NameMismatch {
                    expected: server_name.to_owned(),
                    presented: chain.first().map_or(presented, |leaf| leaf.names.clone()),
                }
            }
            CertificateError::NotValidForName => TlsProblem::NameMismatch {
                expected: server_name.to_owned(),
                presented: chain.first().map(|c| c.names.clone()).unwrap_or_default(),
            },
            other => TlsProblem::BadCertificate {
                fault: certificate_fault(other),
            },
        },
        E::AlertReceived(alert) => TlsProblem::Refused {
            alert: TlsAlert(u8::from(alert)),
        },
        other => match other_problem(&other) {
            problem @ OtherTlsProblem::BadMessage { .. } => {
                return not_tls_or(first_bytes, problem);
            }
            problem => TlsProblem::Other(problem),
        },
    };
    FetchError::Tls(problem)
}

/// What is wrong with a certificate, beyond the issuer, dates and names `classify` handles.
fn certificate_fault(error: CertificateError) -> CertificateFault {
    use CertificateError as C;
    match error {
        C::BadEncoding => CertificateFault::BadEncoding,
        C::BadSignature => CertificateFault::BadSignature,
        C::UnsupportedSignatureAlgorithmContext { .. }
        | C::UnsupportedSignatureAlgorithmForPublicKeyContext { .. } => {
            CertificateFault::UnsupportedSignature
        }
        C::Revoked => CertificateFault::Revoked,
        C::UnknownRevocationStatus
        | C::ExpiredRevocationList
        | C::ExpiredRevocationListContext { .. } => CertificateFault::RevocationUnknown,
        C::InvalidPurpose | C::InvalidPurposeContext { .. } => CertificateFault::NotForServers,
        C::UnhandledCriticalExtension => CertificateFault::UnhandledCriticalExtension,
        other => CertificateFault::Other {
            rustls_said: other.to_string(),
        },
    }
}

fn fill_info(connection: &ClientConnection, info: &mut TlsInfo) {
    info.protocol = connection.protocol_version().map(|v| match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLS 1.3".to_owned(),
        rustls::ProtocolVersion::TLSv1_2 => "TLS 1.2".to_owned(),
        other => format!("{other:?}"),
    });
    info.cipher_suite = connection
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()));
    info.key_exchange = connection
        .negotiated_key_exchange_group()
        .map(|g| format!("{:?}", g.name()));
    info.alpn = connection
        .alpn_protocol()
        .map(|p| String::from_utf8_lossy(p).into_owned());
}

fn describe_certificate(der: &CertificateDer<'_>) -> CertificateInfo {
    let Ok((_, certificate)) = x509_parser::parse_x509_certificate(der.as_ref()) else {
        return CertificateInfo::default();
    };
    let mut names = Vec::new();
    if let Ok(Some(san)) = certificate.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                x509_parser::extensions::GeneralName::DNSName(dns) => names.push((*dns).to_owned()),
                x509_parser::extensions::GeneralName::IPAddress(bytes) => {
                    if let Ok(v4) = <[u8; 4]>::try_from(*bytes) {
                        names.push(std::net::Ipv4Addr::from(v4).to_string());
                    } else if let Ok(v6) = <[u8; 16]>::try_from(*bytes) {
                        names.push(std::net::Ipv6Addr::from(v6).to_string());
                    }
                }
                _ => {}
            }
        }
    }
    let validity = certificate.validity();
    CertificateInfo {
        subject: certificate.subject().to_string(),
        issuer: certificate.issuer().to_string(),
        names,
        not_before: utc_text(u64::try_from(validity.not_before.timestamp()).unwrap_or(0)),
        not_after: utc_text(u64::try_from(validity.not_after.timestamp()).unwrap_or(0)),
        not_after_unix: Some(validity.not_after.timestamp()),
        readable: true,
    }
}

/// Seconds since 1970 as `YYYY-MM-DD HH:MM:SS UTC`.
pub fn utc_text(seconds: u64) -> String {
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let rest = seconds % 86_400;
    // Civil date from a day count (the well-known era-based algorithm for the Gregorian calendar).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
