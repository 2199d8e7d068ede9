//! From the URL as typed to where the request goes: scheme, host (Unicode and punycode), port, path.

use url::{Host, Url};

use super::error::{FetchError, UrlProblem};
use super::warning::Warning;

/// Where a request goes, worked out from the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// `http` or `https`.
    pub scheme: String,
    /// The host as typed (Unicode, e.g. `한국.kr`), or as written for IP addresses.
    pub host_unicode: String,
    /// The host as sent in DNS and `Host` (punycode, e.g. `xn--3e0b707e.kr`); IPv6 without brackets.
    pub host_ascii: String,
    /// Whether the host is an IP address rather than a name.
    pub host_is_ip: bool,
    /// The port connected to.
    pub port: u16,
    /// Whether `port` is the scheme's default (80 / 443) and so left out of `Host`.
    pub port_is_default: bool,
    /// Path and query as sent in the request line.
    pub path_and_query: String,
    /// The value of the `Host` header.
    pub host_header: String,
}

/// The URL understood: the normalized URL, the target, and notes for the learner.
#[derive(Clone, Debug)]
pub struct ParsedUrl {
    /// The parsed URL.
    pub url: Url,
    /// Where to connect and what to write.
    pub target: Target,
    /// Things the learner should know (e.g. "http:// was added").
    pub notes: Vec<Warning>,
}

/// The name of a control character, e.g. `TAB (U+0009)`.
fn control_name(c: char) -> String {
    let name = match c {
        '\t' => "TAB",
        '\n' => "LF (line feed)",
        '\r' => "CR (carriage return)",
        '\0' => "NUL",
        '\u{7f}' => "DEL",
        _ => "control character",
    };
    format!("{name} (U+{:04X})", u32::from(c))
}

/// Understand a URL as a learner types it.
///
/// Spaces around it are trimmed; a missing scheme becomes `http://`. Control characters are
/// refused with their position, because the URL parser would silently delete TAB, CR and LF.
pub fn parse(typed: &str) -> Result<ParsedUrl, FetchError> {
    if let Some((index, c)) = typed.chars().enumerate().find(|(_, c)| c.is_control()) {
        return Err(FetchError::InvalidUrl(UrlProblem::ControlCharacter {
            position: index + 1,
            name: control_name(c),
        }));
    }
    let trimmed = typed.trim();
    if trimmed.is_empty() {
        return Err(FetchError::InvalidUrl(UrlProblem::Empty));
    }
    let mut notes = Vec::new();
    let with_scheme = if has_scheme(trimmed) {
        trimmed.to_owned()
    } else {
        notes.push(Warning::SchemeAdded);
        format!("http://{trimmed}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| {
        FetchError::InvalidUrl(UrlProblem::Unparsable {
            detail: e.to_string(),
        })
    })?;
    let scheme = url.scheme().to_owned();
    if scheme != "http" && scheme != "https" {
        return Err(FetchError::UnsupportedScheme { scheme });
    }
    let (host_ascii, host_unicode, host_is_ip, host_for_header) = match url.host() {
        Some(Host::Domain(domain)) => {
            let (unicode, _) = idna::domain_to_unicode(domain);
            (domain.to_owned(), unicode, false, domain.to_owned())
        }
        Some(Host::Ipv4(ip)) => (ip.to_string(), ip.to_string(), true, ip.to_string()),
        Some(Host::Ipv6(ip)) => (ip.to_string(), ip.to_string(), true, format!("[{ip}]")),
        None => return Err(FetchError::InvalidUrl(UrlProblem::MissingHost)),
    };
    if host_ascii.is_empty() {
        return Err(FetchError::InvalidUrl(UrlProblem::MissingHost));
    }
    let default_port = if scheme == "https" { 443 } else { 80 };
    let port = url.port().unwrap_or(default_port);
    let port_is_default = port == default_port;
    let host_header = if port_is_default {
        host_for_header
    } else {
        format!("{host_for_header}:{port}")
    };
    let mut path_and_query = url.path().to_owned();
    if let Some(query) = url.query() {
        path_and_query.push('?');
        path_and_query.push_str(query);
    }
    if !url.username().is_empty() || url.password().is_some() {
        notes.push(Warning::UserinfoNotSent);
    }
    Ok(ParsedUrl {
        target: Target {
            scheme,
            host_unicode,
            host_ascii,
            host_is_ip,
            port,
            port_is_default,
            path_and_query,
            host_header,
        },
        url,
        notes,
    })
}

/// Whether the text starts with `letters:` followed by `//`, or is a known scheme without slashes.
fn has_scheme(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let scheme_like = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // "localhost:8080/x" has a "scheme" followed by digits: that is a port, not a scheme.
    scheme_like && !rest.starts_with(|c: char| c.is_ascii_digit())
}
