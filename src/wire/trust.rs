//! Whom https trusts: the bundled Mozilla roots, the learner's extra CA file, and on request the
//! operating system's certificate store, each kept apart so the record can say which one
//! vouched for the server's certificate.

use std::sync::{Arc, OnceLock};

use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use super::error::{CaFileProblem, FetchError, TlsProblem};

/// The store whose authority vouched for the server's certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrustedBy {
    /// The extra CA file the learner chose (`--cacert`, or Settings).
    ExtraCaFile,
    /// The Mozilla roots bundled into wirepeek (webpki-roots).
    BundledRoots,
    /// The operating system's certificate store (`--system-roots`, or Settings).
    SystemStore,
}

impl TrustedBy {
    /// A stable snake_case name, for JSON and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            TrustedBy::ExtraCaFile => "extra_ca_file",
            TrustedBy::BundledRoots => "bundled_roots",
            TrustedBy::SystemStore => "system_store",
        }
    }
}

/// Whether, and from where, https also trusts the operating system's certificate store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SystemRoots {
    /// Only the bundled roots (and an extra CA file): the same on every computer.
    #[default]
    Off,
    /// The store of this computer, read once (on the first fetch that needs it, on the fetch's
    /// own thread) and kept for the rest of the run.
    FromSystem,
    /// These certificates (PEM) stand in for the system's store: a test hands in its own.
    Given(Vec<u8>),
}

/// The system's certificate store as read: the certificates, and what could not be read.
#[derive(Clone, Debug, Default)]
pub struct SystemStore {
    /// The certificate authorities found.
    pub certificates: Vec<CertificateDer<'static>>,
    /// What went wrong reading it (a missing folder, an unreadable file), in the loader's words.
    pub problems: Vec<String>,
}

impl SystemStore {
    /// Read this computer's store with rustls-native-certs. Never fails: what cannot be read
    /// is listed in `problems`.
    pub fn load() -> Self {
        let found = rustls_native_certs::load_native_certs();
        Self {
            certificates: found.certs,
            problems: found.errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// The store of this computer, read the first time it is asked for.
    pub fn of_this_computer() -> Arc<SystemStore> {
        static LOADED: OnceLock<Arc<SystemStore>> = OnceLock::new();
        LOADED.get_or_init(|| Arc::new(Self::load())).clone()
    }

    /// Certificates from PEM text, standing in for a system's store.
    pub fn from_pem(pem: &[u8]) -> Self {
        let mut store = Self::default();
        for certificate in CertificateDer::pem_slice_iter(pem) {
            match certificate {
                Ok(certificate) => store.certificates.push(certificate),
                Err(error) => store.problems.push(error.to_string()),
            }
        }
        store
    }
}

impl SystemRoots {
    /// The store these settings name, or `None` when the system's store is not wanted.
    pub(crate) fn store(&self) -> Option<Arc<SystemStore>> {
        match self {
            SystemRoots::Off => None,
            SystemRoots::FromSystem => Some(SystemStore::of_this_computer()),
            SystemRoots::Given(pem) => Some(Arc::new(SystemStore::from_pem(pem))),
        }
    }
}

/// The authorities https trusts, one root store per source, in the order they are asked.
pub(crate) struct TrustStores {
    /// `(source, roots)`: the extra CA file first (the learner chose it on purpose), then the
    /// bundled roots, then the system's store.
    pub stores: Vec<(TrustedBy, Arc<RootCertStore>)>,
}

impl TrustStores {
    /// The stores for one fetch. A bad extra CA file is an error; a system store that gives
    /// nothing usable is simply left out (the fetch notes why, see `fetch.rs`).
    pub fn new(
        extra_ca_pem: Option<&[u8]>,
        system: Option<&SystemStore>,
    ) -> Result<Self, FetchError> {
        let mut stores = Vec::new();
        if let Some(pem) = extra_ca_pem {
            stores.push((TrustedBy::ExtraCaFile, Arc::new(extra_ca_roots(pem)?)));
        }
        let bundled = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        stores.push((TrustedBy::BundledRoots, Arc::new(bundled)));
        if let Some(system) = system {
            let mut roots = RootCertStore::empty();
            roots.add_parsable_certificates(system.certificates.iter().cloned());
            if !roots.is_empty() {
                stores.push((TrustedBy::SystemStore, Arc::new(roots)));
            }
        }
        Ok(Self { stores })
    }
}

/// The certificate authorities of a PEM file (`--cacert`), or why it cannot be used.
pub(crate) fn extra_ca_roots(pem: &[u8]) -> Result<RootCertStore, FetchError> {
    let bad = |problem| FetchError::Tls(TlsProblem::BadCaFile(problem));
    let mut roots = RootCertStore::empty();
    for (index, certificate) in CertificateDer::pem_slice_iter(pem).enumerate() {
        let certificate = certificate.map_err(|e| bad(pem_problem(e)))?;
        roots.add(certificate).map_err(|e| {
            bad(CaFileProblem::Unusable {
                number: index + 1,
                rustls_said: e.to_string(),
            })
        })?;
    }
    if roots.is_empty() {
        return Err(bad(CaFileProblem::NoCertificate));
    }
    Ok(roots)
}

/// What the PEM reader found wrong, named where we have words for it.
fn pem_problem(error: rustls::pki_types::pem::Error) -> CaFileProblem {
    use rustls::pki_types::pem::Error as E;
    match error {
        E::MissingSectionEnd { .. } => CaFileProblem::UnfinishedBlock,
        E::IllegalSectionStart { .. } => CaFileProblem::BadBlockStart,
        E::Base64Decode(_) => CaFileProblem::BadBase64,
        other => CaFileProblem::BadPem {
            reader_said: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_from_pem_keeps_what_it_can_read() {
        let store = SystemStore::from_pem(b"no certificates here");
        assert!(store.certificates.is_empty());
        let stores = TrustStores::new(None, Some(&store)).unwrap();
        let sources: Vec<TrustedBy> = stores.stores.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            sources,
            [TrustedBy::BundledRoots],
            "an empty store is left out"
        );
    }
}
