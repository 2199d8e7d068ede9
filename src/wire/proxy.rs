//! Which HTTP proxy a fetch goes through, if any: from the Settings, the command line, or the
//! `HTTP_PROXY` / `HTTPS_PROXY` / `NO_PROXY` variables a school or office network sets.
//!
//! Choosing is data in, data out: [`ProxySettings::from_variables`] reads variables handed to it
//! (so tests never touch the process environment), and [`ProxySettings::for_target`] picks the
//! proxy for one URL. The fetch itself (absolute form, `CONNECT` tunnel) is in `tunnel.rs` and
//! `fetch.rs`.

use std::net::IpAddr;

use super::error::{FetchError, ProxyProblem};
use super::target::Target;

/// Where a proxy setting came from, so the learner is told why the fetch went through it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProxyOrigin {
    /// Typed in the window's Settings.
    Settings,
    /// Given with `--proxy`.
    CommandLine,
    /// Read from an environment variable, e.g. `HTTPS_PROXY`.
    Environment {
        /// The variable's name as it was found (`https_proxy` or `HTTPS_PROXY`).
        variable: String,
    },
}

impl ProxyOrigin {
    /// A stable snake_case name, for JSON and translation keys.
    pub fn key(&self) -> &'static str {
        match self {
            ProxyOrigin::Settings => "settings",
            ProxyOrigin::CommandLine => "command_line",
            ProxyOrigin::Environment { .. } => "environment",
        }
    }
}

/// One HTTP proxy: where it listens, as the learner gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProxyAddress {
    /// The proxy's host name or IP address (an IPv6 address without brackets).
    pub host: String,
    /// The proxy's port.
    pub port: u16,
    /// The setting as given, e.g. `http://proxy.school.example:3128`.
    pub text: String,
    /// Where the setting came from.
    pub origin: ProxyOrigin,
}

impl ProxyAddress {
    /// Read a proxy setting: `http://host:port`, `host:port` or `host` (port 80, as for any
    /// `http://` address). Only plain-HTTP proxies are spoken to; a `user:password@` part is
    /// refused rather than silently dropped, since wirepeek does not send proxy passwords.
    pub fn parse(text: &str, origin: ProxyOrigin) -> Result<Self, FetchError> {
        let trimmed = text.trim();
        let bad = |reason| FetchError::BadProxy {
            text: trimmed.to_owned(),
            reason,
        };
        let with_scheme = if trimmed.contains("://") {
            trimmed.to_owned()
        } else {
            format!("http://{trimmed}")
        };
        let url = url::Url::parse(&with_scheme).map_err(|_| bad(ProxyProblem::Unreadable))?;
        if url.scheme() != "http" {
            return Err(bad(ProxyProblem::Scheme));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(ProxyProblem::Password));
        }
        let host = match url.host() {
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            Some(host) => host.to_string(),
            None => return Err(bad(ProxyProblem::Unreadable)),
        };
        if host.is_empty() {
            return Err(bad(ProxyProblem::Unreadable));
        }
        Ok(Self {
            host,
            port: url.port_or_known_default().unwrap_or(80),
            text: trimmed.to_owned(),
            origin,
        })
    }

    /// `host:port` as written in a request line or an address (IPv6 in brackets).
    pub fn authority(&self) -> String {
        authority(&self.host, self.port)
    }
}

/// `host:port`, with brackets around an IPv6 address.
pub(crate) fn authority(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// The proxies to use, per scheme, and the hosts that go direct. The default goes direct for
/// every URL: a fetch uses a proxy only when the window or the command line asks for one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProxySettings {
    /// The proxy for `http://` URLs.
    pub http: Option<ProxyAddress>,
    /// The proxy for `https://` URLs (reached with `CONNECT`).
    pub https: Option<ProxyAddress>,
    /// Hosts that never go through a proxy (`NO_PROXY`): exact names, domain suffixes
    /// (`example.com` and `.example.com` both cover `www.example.com`), IP addresses, or `*`.
    pub no_proxy: Vec<String>,
    /// Send loopback addresses (`localhost`, `127.0.0.1`, `::1`) direct. True for proxies
    /// taken from the system, as browsers do: the local lessons keep working behind a school
    /// proxy. False for a proxy the learner names, so it can be tried against a local one.
    pub loopback_direct: bool,
    /// A proxy setting that could not be read: every fetch stops with this error before
    /// sending anything, so the learner sees it where they look for the answer.
    pub unusable: Option<FetchError>,
}

impl ProxySettings {
    /// Every URL through `proxy` (the Settings' proxy, or `--proxy`).
    pub fn through(proxy: ProxyAddress) -> Self {
        Self {
            http: Some(proxy.clone()),
            https: Some(proxy),
            no_proxy: Vec::new(),
            loopback_direct: false,
            unusable: None,
        }
    }

    /// Settings whose proxy could not be read: fetches stop with `error`.
    pub fn unusable(error: FetchError) -> Self {
        Self {
            unusable: Some(error),
            ..Self::default()
        }
    }

    /// The proxies the variables name, the way curl and most tools read them: `http_proxy` for
    /// http, `https_proxy` for https, `no_proxy` for the exceptions, each lowercase first, then
    /// uppercase. `variable` returns a variable's value (a test hands in its own). An empty
    /// value means none; a value that is not a proxy address is an error, so the learner sees
    /// it rather than a fetch that quietly went direct.
    pub fn from_variables(variable: impl Fn(&str) -> Option<String>) -> Result<Self, FetchError> {
        let find = |name: &str| {
            [name.to_ascii_lowercase(), name.to_ascii_uppercase()]
                .into_iter()
                .find_map(|n| {
                    variable(&n)
                        .filter(|v| !v.trim().is_empty())
                        .map(|value| (n, value))
                })
        };
        let proxy = |name: &str| {
            find(name)
                .map(|(variable, value)| {
                    ProxyAddress::parse(&value, ProxyOrigin::Environment { variable })
                })
                .transpose()
        };
        let no_proxy = find("no_proxy")
            .map(|(_, value)| {
                value
                    .split(',')
                    .map(|entry| entry.trim().to_ascii_lowercase())
                    .filter(|entry| !entry.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Self {
            http: proxy("http_proxy")?,
            https: proxy("https_proxy")?,
            no_proxy,
            loopback_direct: true,
            unusable: None,
        })
    }

    /// The proxies this computer's environment names (see [`ProxySettings::from_variables`]);
    /// a variable that is not a proxy address makes them [`ProxySettings::unusable`].
    pub fn from_environment() -> Self {
        Self::from_variables(|name| std::env::var(name).ok()).unwrap_or_else(Self::unusable)
    }

    /// The proxy to fetch `target` through, or `None` to go direct.
    pub fn for_target(&self, target: &Target) -> Option<&ProxyAddress> {
        let proxy = if target.scheme == "https" {
            self.https.as_ref()
        } else {
            self.http.as_ref()
        }?;
        let host = target
            .host_ascii
            .trim_matches(['[', ']'])
            .to_ascii_lowercase();
        if self.loopback_direct && is_loopback(&host) {
            return None;
        }
        if self.no_proxy.iter().any(|entry| exempts(entry, &host)) {
            return None;
        }
        Some(proxy)
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether one `NO_PROXY` entry covers `host` (lowercase, no brackets).
fn exempts(entry: &str, host: &str) -> bool {
    if entry == "*" {
        return true;
    }
    // An entry may carry a port (`example.com:8080`); the host decides here.
    let entry = match entry.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) => {
            name
        }
        _ => entry,
    };
    let entry = entry.trim_matches(['[', ']']);
    let domain = entry.trim_start_matches("*.").trim_start_matches('.');
    host == domain || host.ends_with(&format!(".{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(url: &str) -> Target {
        super::super::target::parse(url).map(|p| p.target).unwrap()
    }

    fn variables<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn a_proxy_setting_is_read_in_its_usual_forms() {
        let read = |text| ProxyAddress::parse(text, ProxyOrigin::Settings);
        let full = read("http://proxy.test:3128").unwrap();
        assert_eq!((full.host.as_str(), full.port), ("proxy.test", 3128));
        let bare = read(" proxy.test:8080 ").unwrap();
        assert_eq!(
            (bare.host.as_str(), bare.port, bare.text.as_str()),
            ("proxy.test", 8080, "proxy.test:8080")
        );
        assert_eq!(read("proxy.test").unwrap().port, 80);
        let v6 = read("http://[::1]:3128").unwrap();
        assert_eq!(
            (v6.host.as_str(), v6.authority()),
            ("::1", "[::1]:3128".to_owned())
        );
        let reason = |text| match read(text) {
            Err(FetchError::BadProxy { reason, .. }) => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(reason("https://proxy.test:443"), ProxyProblem::Scheme);
        assert_eq!(reason("socks5://proxy.test:1080"), ProxyProblem::Scheme);
        assert_eq!(
            reason("http://user:secret@proxy.test:3128"),
            ProxyProblem::Password
        );
        assert_eq!(reason("http://proxy test"), ProxyProblem::Unreadable);
    }

    #[test]
    fn the_variables_choose_a_proxy_per_scheme_lowercase_first() {
        let settings = ProxySettings::from_variables(variables(&[
            ("http_proxy", "http://lower.test:3128"),
            ("HTTP_PROXY", "http://upper.test:3128"),
            ("HTTPS_PROXY", "tunnel.test:8080"),
        ]))
        .unwrap();
        let http = settings.for_target(&target("http://example.com/")).unwrap();
        assert_eq!(http.host, "lower.test");
        assert_eq!(
            http.origin,
            ProxyOrigin::Environment {
                variable: "http_proxy".into()
            }
        );
        let https = settings
            .for_target(&target("https://example.com/"))
            .unwrap();
        assert_eq!((https.host.as_str(), https.port), ("tunnel.test", 8080));
    }

    #[test]
    fn no_variables_means_direct_and_a_bad_one_is_an_error() {
        let none = ProxySettings::from_variables(|_| None).unwrap();
        assert_eq!(none.for_target(&target("http://example.com/")), None);
        let empty = ProxySettings::from_variables(variables(&[("HTTP_PROXY", "  ")])).unwrap();
        assert_eq!(empty.http, None);
        assert!(matches!(
            ProxySettings::from_variables(variables(&[("HTTPS_PROXY", "https://p.test")])),
            Err(FetchError::BadProxy { .. })
        ));
        assert_eq!(
            ProxySettings::default().for_target(&target("https://a.test/")),
            None
        );
    }

    #[test]
    fn no_proxy_and_loopback_go_direct() {
        let settings = ProxySettings::from_variables(variables(&[
            ("HTTP_PROXY", "proxy.test:3128"),
            (
                "NO_PROXY",
                "intranet.test, .school.test,10.0.0.7,example.org:8080",
            ),
        ]))
        .unwrap();
        let goes_direct = |url| settings.for_target(&target(url)).is_none();
        assert!(goes_direct("http://intranet.test/"));
        assert!(goes_direct("http://wiki.intranet.test/"));
        assert!(goes_direct("http://school.test/"));
        assert!(goes_direct("http://www.school.test/"));
        assert!(goes_direct("http://10.0.0.7/"));
        assert!(goes_direct("http://example.org/"));
        assert!(goes_direct("http://127.0.0.1:8080/"));
        assert!(goes_direct("http://[::1]/"));
        assert!(goes_direct("http://localhost/"));
        assert!(!goes_direct("http://notintranet.test/"));
        assert!(!goes_direct("http://example.com/"));

        let all = ProxySettings::from_variables(variables(&[
            ("http_proxy", "proxy.test:3128"),
            ("no_proxy", "*"),
        ]))
        .unwrap();
        assert_eq!(all.for_target(&target("http://example.com/")), None);
    }

    #[test]
    fn a_proxy_the_learner_names_is_used_for_loopback_too() {
        let proxy = ProxyAddress::parse("127.0.0.1:3128", ProxyOrigin::CommandLine).unwrap();
        let settings = ProxySettings::through(proxy);
        assert!(
            settings
                .for_target(&target("http://127.0.0.1:8080/"))
                .is_some()
        );
        assert!(settings.for_target(&target("https://localhost/")).is_some());
    }
}
