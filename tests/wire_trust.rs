//! Which trust store vouched for a certificate: the bundled Mozilla roots, the extra CA file, or
//! the system's store. The system's store is handed in (`SystemRoots::Given`), holding the
//! practice server's https lesson authority, as a school's own authority would be installed:
//! no test reads or changes this computer's store or environment.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use common::limits;
use common::tls::{Ending, server_cert, test_ca, tls_server};
use wirepeek::i18n::I18n;
use wirepeek::practice::{LessonServer, lesson};
use wirepeek::wire::{
    Exchange, FetchError, FetchOptions, Request, SystemRoots, TlsProblem, TrustedBy, Verification,
    Warning,
};

/// Fetch the practice server's https lesson with `options`.
fn https_lesson(options: &FetchOptions) -> Exchange {
    let server = LessonServer::on_port(0, I18n::default()).expect("lessons on 127.0.0.1");
    let url = server.lesson_url(lesson("https").expect("the https lesson"));
    common::fetch_with_options(&Request::get(&url), options, &limits())
}

#[test]
fn the_system_store_vouches_for_an_authority_only_it_holds() {
    // The lesson server makes a new authority each start: fetch from the same server whose
    // authority stands in for the system's store.
    let server = LessonServer::on_port(0, I18n::default()).expect("lessons on 127.0.0.1");
    let url = server.lesson_url(lesson("https").expect("the https lesson"));
    let options = FetchOptions {
        system_roots: SystemRoots::Given(server.ca_pem().as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(&Request::get(&url), &options, &limits());
    assert_eq!(exchange.error, None, "{:?}", exchange.error);
    let tls = exchange.tls.as_ref().expect("TLS");
    assert_eq!(tls.verification, Verification::Verified);
    assert_eq!(tls.trusted_by, Some(TrustedBy::SystemStore));
    assert!(
        !exchange
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::SystemStoreUnreadable { .. })),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn without_the_system_store_the_same_server_is_an_unknown_issuer() {
    let exchange = https_lesson(&FetchOptions::default());
    assert!(
        matches!(
            exchange.error,
            Some(FetchError::Tls(TlsProblem::UnknownIssuer))
        ),
        "{:?}",
        exchange.error
    );
    assert_eq!(exchange.tls.as_ref().and_then(|t| t.trusted_by), None);
}

#[test]
fn the_extra_ca_file_is_named_when_it_vouched() {
    let server = LessonServer::on_port(0, I18n::default()).expect("lessons on 127.0.0.1");
    let url = server.lesson_url(lesson("https").expect("the https lesson"));
    let ca = server.ca_pem().as_bytes().to_vec();
    // Both hold the authority: the learner's own file is asked first.
    let options = FetchOptions {
        extra_ca_pem: Some(ca.clone()),
        system_roots: SystemRoots::Given(ca),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(&Request::get(&url), &options, &limits());
    assert_eq!(exchange.error, None, "{:?}", exchange.error);
    assert_eq!(
        exchange.tls.as_ref().and_then(|t| t.trusted_by),
        Some(TrustedBy::ExtraCaFile)
    );
}

#[test]
fn an_empty_system_store_is_a_note_and_the_fetch_goes_on() {
    let options = FetchOptions {
        system_roots: SystemRoots::Given(b"nothing in here".to_vec()),
        ..FetchOptions::default()
    };
    let exchange = https_lesson(&options);
    assert!(
        exchange.warnings.contains(&Warning::SystemStoreUnreadable {
            found: 0,
            loader_said: String::new()
        }),
        "{:?}",
        exchange.warnings
    );
    assert!(matches!(
        exchange.error,
        Some(FetchError::Tls(TlsProblem::UnknownIssuer))
    ));
}

#[test]
fn an_expired_certificate_from_the_system_stores_authority_says_expired() {
    // Another store not knowing the issuer must not hide the real reason.
    let ca = test_ca();
    let (cert, key) = server_cert(&ca, &["127.0.0.1"], 2001, 2002);
    let (port, _server) = tls_server(cert, &key, &b"HTTP/1.1 200 OK\r\n\r\n"[..], Ending::Abrupt);
    let options = FetchOptions {
        system_roots: SystemRoots::Given(ca.pem.as_bytes().to_vec()),
        ..FetchOptions::default()
    };
    let exchange = common::fetch_with_options(
        &Request::get(format!("https://127.0.0.1:{port}/")),
        &options,
        &limits(),
    );
    assert!(
        matches!(
            exchange.error,
            Some(FetchError::Tls(TlsProblem::Expired { .. }))
        ),
        "{:?}",
        exchange.error
    );
}
