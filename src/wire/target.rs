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

/// Understand a URL as a learner types it.
///
/// Spaces around it are trimmed; a missing scheme becomes `http://`. Control characters are
/// refused with their position, because the URL parser would silently delete TAB, CR and LF.
pub fn parse(typed: &str) -> Result<ParsedUrl, FetchError> {
    if let Some((index, character)) = typed.chars().enumerate().find(|(_, c)| c.is_control()) {
        return Err(FetchError::InvalidUrl(UrlProblem::ControlCharacter {
            position: index + 1,
            character,
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
    // Where the authority starts in the text as typed (for positions in messages): the
    // `http://` added above is not part of what the learner sees.
    let added = with_scheme.chars().count() - trimmed.chars().count();
    let leading = typed.chars().take_while(|c| c.is_whitespace()).count();
    let url = Url::parse(&with_scheme)
        .map_err(|e| FetchError::InvalidUrl(url_problem(e, &with_scheme, leading, added)))?;
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
    if port == 0 {
        // A valid number, but no server can listen on port 0: it means "any port" to the OS.
        let (port, position) = port_as_typed(&with_scheme).unwrap_or_else(|| ("0".into(), 0));
        return Err(FetchError::InvalidUrl(UrlProblem::BadPort {
            port,
            position: position + leading + 1 - added.min(position),
        }));
    }
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

/// The URL parser's refusal as a problem the learner can act on, with the position of what is
/// wrong in the text as typed (`leading` spaces were trimmed, `added` characters of `http://`
/// were put in front).
fn url_problem(error: url::ParseError, url: &str, leading: usize, added: usize) -> UrlProblem {
    use url::ParseError as E;
    let typed_position = |index: usize| index + leading + 1 - added.min(index);
    let host = host_as_typed(url).map(|(host, _)| host).unwrap_or_default();
    match error {
        E::EmptyHost => UrlProblem::MissingHost,
        E::InvalidPort => match port_as_typed(url) {
            Some((port, index)) => UrlProblem::BadPort {
                port,
                position: typed_position(index),
            },
            None => UrlProblem::Unparsable {
                parser_said: error.to_string(),
            },
        },
        E::InvalidDomainCharacter | E::IdnaError => {
            match host_as_typed(url).and_then(|(host, start)| {
                host.chars()
                    .enumerate()
                    .find(|(_, c)| {
                        c.is_ascii() && !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
                    })
                    .map(|(offset, c)| (c, start + offset))
            }) {
                Some((character, index)) => UrlProblem::BadHostCharacter {
                    character: character.to_string(),
                    position: typed_position(index),
                },
                None => UrlProblem::BadHostName { host },
            }
        }
        E::InvalidIpv4Address | E::InvalidIpv6Address => UrlProblem::BadIpAddress { host },
        _ => UrlProblem::Unparsable {
            parser_said: error.to_string(),
        },
    }
}

/// The authority of `url` (after `scheme://`, before the path) and the character index where it
/// starts.
fn authority_as_typed(url: &str) -> Option<(&str, usize)> {
    let start = url.find("://")? + 3;
    let rest = &url[start..];
    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    Some((&rest[..end], url[..start].chars().count()))
}

/// The host as typed (without user info and port) and the character index where it starts.
fn host_as_typed(url: &str) -> Option<(String, usize)> {
    let (authority, start) = authority_as_typed(url)?;
    let (skipped, host_and_port) = match authority.rfind('@') {
        Some(at) => (authority[..=at].chars().count(), &authority[at + 1..]),
        None => (0, authority),
    };
    let host = if host_and_port.starts_with('[') {
        host_and_port
            .find(']')
            .map_or(host_and_port, |end| &host_and_port[..=end])
    } else {
        // Without brackets, an address full of colons (IPv6) has no port to cut off.
        match host_and_port.matches(':').count() {
            1 => host_and_port.split(':').next().unwrap_or_default(),
            _ => host_and_port,
        }
    };
    Some((host.to_owned(), start + skipped))
}

/// The port as typed (after the host's last `:`) and the character index where it starts.
fn port_as_typed(url: &str) -> Option<(String, usize)> {
    let (authority, start) = authority_as_typed(url)?;
    let after_host = match authority.rfind(']') {
        Some(end) => &authority[end + 1..],
        None => &authority[authority.rfind('@').map_or(0, |at| at + 1)..],
    };
    let colon = after_host.rfind(':')?;
    let port = &after_host[colon + 1..];
    let index = start + authority.chars().count() - port.chars().count();
    Some((port.to_owned(), index))
}

/// The URL with `http://` in front when the learner typed none (`example.com/x`), or `None`
/// when it has a scheme or is empty. The window offers this as a fix instead of adding it
/// silently, so the learner sees that every URL starts with its scheme.
pub fn with_http_added(typed: &str) -> Option<String> {
    let trimmed = typed.trim();
    (!trimmed.is_empty() && !has_scheme(trimmed)).then(|| format!("http://{trimmed}"))
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
