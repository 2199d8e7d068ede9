//! Following redirects: each hop is its own exchange in a chain.

use std::time::{Duration, Instant};

use super::error::FetchError;
use super::exchange::Exchange;
use super::fetch::{Recording, fetch};
use super::limits::Limits;
use super::progress::{Cancel, Progress};
use super::request::{FetchOptions, Request};
use super::warning::Warning;

/// Fetch `request`, following redirects when `options.follow_redirects` is on.
///
/// Returns every hop in order; the last one is the final answer. Credentials (`Authorization`,
/// `Cookie`) are dropped when the host, port or scheme changes, and a move from https to http is
/// warned about. Passing on, every hop's bytes go out one after the other.
pub fn fetch_following(
    request: &Request,
    options: &FetchOptions,
    limits: &Limits,
    cancel: &Cancel,
    progress: &Progress,
    recording: &mut Recording<'_>,
) -> Vec<Exchange> {
    let mut hops: Vec<Exchange> = Vec::new();
    let mut current = request.clone();
    let mut carried_warnings: Vec<Warning> = Vec::new();
    let chain_started = Instant::now();
    loop {
        let started_at = if hops.is_empty() {
            Duration::ZERO
        } else {
            chain_started.elapsed()
        };
        let mut exchange = fetch(&current, options, limits, cancel, progress, recording);
        exchange.started_at = started_at;
        let mut warnings = std::mem::take(&mut carried_warnings);
        warnings.append(&mut exchange.warnings);
        exchange.warnings = warnings;
        let next = if options.follow_redirects && exchange.error.is_none() {
            next_hop(&current, &exchange)
        } else {
            None
        };
        match next {
            Some(_) if hops.len() >= limits.max_redirects => {
                exchange.error = Some(FetchError::TooManyRedirects {
                    max: limits.max_redirects,
                });
                hops.push(exchange);
                return hops;
            }
            Some((request, warnings)) => {
                hops.push(exchange);
                current = request;
                carried_warnings = warnings;
            }
            None => {
                hops.push(exchange);
                return hops;
            }
        }
    }
}

/// The request for the next hop, if `exchange` is a redirect we can follow.
fn next_hop(request: &Request, exchange: &Exchange) -> Option<(Request, Vec<Warning>)> {
    let head = exchange.head.as_ref()?;
    if !matches!(head.code, 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = head.first("Location")?;
    let base = url::Url::parse(&exchange.url_normalized).ok()?;
    let next_url = base.join(location.trim()).ok()?;
    let mut warnings = vec![Warning::RedirectedFrom {
        code: head.code,
        reason: head.reason.clone(),
        url: exchange.url_normalized.clone(),
    }];
    if !matches!(next_url.scheme(), "http" | "https") {
        return None;
    }
    if base.scheme() == "https" && next_url.scheme() == "http" {
        warnings.push(Warning::HttpsToHttp);
    }
    let mut next = request.clone();
    next.url = next_url.to_string();
    let method = request.effective_method();
    let becomes_get = head.code == 303 && !method.eq_ignore_ascii_case("HEAD")
        || matches!(head.code, 301 | 302) && method.eq_ignore_ascii_case("POST");
    if becomes_get {
        warnings.push(Warning::BecameGet {
            code: head.code,
            method: method.clone(),
            body_dropped: next.body.as_ref().is_some_and(|b| !b.is_empty()),
        });
        next.method = "GET".into();
        next.body = None;
        next.headers.retain(|(name, _)| {
            !["Content-Length", "Content-Type"]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(name))
        });
    }
    // Another scheme, host or port is another server (another origin, as browsers and curl see
    // it): the learner's credentials were meant for the first one only.
    if base.origin() != next_url.origin() {
        let mut dropped: Vec<String> = Vec::new();
        next.headers.retain(|(name, _)| {
            let credential = ["Authorization", "Cookie", "Proxy-Authorization"]
                .iter()
                .any(|n| n.eq_ignore_ascii_case(name));
            if credential && !dropped.iter().any(|d| d.eq_ignore_ascii_case(name)) {
                dropped.push(name.clone());
            }
            !credential
        });
        if !dropped.is_empty() {
            warnings.push(Warning::CredentialsDropped {
                headers: dropped.join(", "),
            });
        }
    }
    Some((next, warnings))
}
