//! Well-known ports: which service usually listens on a port, and the standard that says so.
//! Service names are proper names, the same in every language (IANA's service names where it
//! has one).

use super::Message;
use super::explain::Explanation;

/// A service that usually listens on a well-known port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Port {
    /// The port number.
    pub number: u16,
    /// The service's usual name, e.g. `HTTP`, `SMTP`.
    pub service: &'static str,
    /// Where it is defined, e.g. `RFC 9110` or `IANA` (its registry); empty for a port only
    /// custom gives.
    pub standard: &'static str,
}

/// The ports a learner meets first, then others common on the web and in classrooms.
pub const WELL_KNOWN: &[Port] = &[
    port(20, "FTP-DATA", "RFC 959"),
    port(21, "FTP", "RFC 959"),
    port(22, "SSH", "RFC 4253"),
    port(23, "Telnet", "RFC 854"),
    port(25, "SMTP", "RFC 5321"),
    port(53, "DNS", "RFC 1035"),
    port(67, "DHCP", "RFC 2131"),
    port(69, "TFTP", "RFC 1350"),
    port(80, "HTTP", "RFC 9110"),
    port(110, "POP3", "RFC 1939"),
    port(123, "NTP", "RFC 5905"),
    port(143, "IMAP", "RFC 9051"),
    port(161, "SNMP", "RFC 3411"),
    port(389, "LDAP", "RFC 4511"),
    port(443, "HTTPS", "RFC 9110"),
    port(465, "SMTPS", "RFC 8314"),
    port(587, "SMTP (submission)", "RFC 6409"),
    port(636, "LDAPS", "RFC 4513"),
    port(853, "DNS (TLS)", "RFC 7858"),
    port(993, "IMAPS", "RFC 8314"),
    port(995, "POP3S", "RFC 8314"),
    port(1080, "SOCKS", "RFC 1928"),
    port(1433, "Microsoft SQL Server", "IANA"),
    port(1883, "MQTT", "IANA"),
    port(3128, "Squid", ""),
    port(3306, "MySQL", "IANA"),
    port(3389, "RDP", "IANA"),
    port(5432, "PostgreSQL", "IANA"),
    port(5900, "VNC", "RFC 6143"),
    port(6379, "Redis", "IANA"),
    port(8080, "HTTP-alt", "IANA"),
    port(8443, "HTTPS-alt", "IANA"),
    port(9200, "Elasticsearch", ""),
    port(27017, "MongoDB", "IANA"),
];

const fn port(number: u16, service: &'static str, standard: &'static str) -> Port {
    Port {
        number,
        service,
        standard,
    }
}

/// The explanation of port `number`: what its service does (`explain-port-NUMBER`), or, for a
/// port not in the list, what its range is for (`explain-port-range`, RFC 6335, 6).
pub fn explain(number: u16) -> Explanation {
    if let Some(port) = well_known(number) {
        return Explanation::from_id(
            format!("{} ({})", port.number, port.service),
            &format!("explain-port-{}", port.number),
            port.standard,
        );
    }
    let range = match number {
        0 => "zero",
        1..=1023 => "system",
        1024..=49151 => "registered",
        _ => "dynamic",
    };
    Explanation::from_id(number.to_string(), "explain-port-range", "RFC 6335, 6")
        .text("port", number.to_string())
        .choice("range", range)
}

/// The service usually found on `number`, if it is a well-known one.
pub fn well_known(number: u16) -> Option<&'static Port> {
    WELL_KNOWN.iter().find(|p| p.number == number)
}

/// What the port typed in a URL says, when it is worth a word beside the URL bar: a port whose
/// usual service is not HTTP ("port 25: usually SMTP, not HTTP"), or a scheme on the other's
/// port (`https://…:80`, `http://…:443`). `None` for the scheme's own port, a port not in the
/// list, or a URL that cannot be read. Gives the port too, to explain it on hover.
pub fn url_hint(typed: &str) -> Option<(u16, Message)> {
    let target = crate::wire::parse_url(typed).ok()?.target;
    if target.port_is_default {
        return None;
    }
    let port = well_known(target.port)?;
    let kind = match (target.scheme.as_str(), port.number) {
        ("https", 80 | 8080) => "plain-on-https",
        ("http", 443 | 8443) => "tls-on-http",
        _ if port.service.starts_with("HTTP") => "web",
        _ => "other",
    };
    let message = Message::new("url-port-hint")
        .choice("kind", kind)
        .text("port", port.number.to_string())
        .text("service", port.service);
    Some((port.number, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_port_in_the_url_names_its_service_when_it_is_worth_a_word() {
        let kind = |url| {
            url_hint(url).map(|(port, m)| {
                let Some((_, crate::learn::Arg::Choice(kind))) =
                    m.args.iter().find(|(name, _)| *name == "kind")
                else {
                    return (port, "");
                };
                (port, *kind)
            })
        };
        assert_eq!(kind("http://127.0.0.1:25/"), Some((25, "other")));
        assert_eq!(kind("mail.example:22"), Some((22, "other")));
        assert_eq!(kind("http://127.0.0.1:8080/"), Some((8080, "web")));
        assert_eq!(kind("https://127.0.0.1:80/"), Some((80, "plain-on-https")));
        assert_eq!(kind("http://127.0.0.1:443/"), Some((443, "tls-on-http")));
        assert_eq!(kind("http://127.0.0.1:80/"), None, "the scheme's own port");
        assert_eq!(kind("http://127.0.0.1/"), None);
        assert_eq!(
            kind("http://127.0.0.1:18941/"),
            None,
            "not a well-known port"
        );
        assert_eq!(kind("http://[bad"), None);
        for code in ["en", "ko"] {
            let i18n = crate::i18n::I18n::new(code).expect("language");
            for url in [
                "http://h:25/",
                "http://h:8080/",
                "https://h:80/",
                "http://h:443/",
            ] {
                let (port, message) = url_hint(url).expect("a hint");
                let text = i18n.render(&message);
                assert!(text.contains(&port.to_string()), "{text}");
                assert!(
                    !text.contains("url-port-hint") && !text.contains('{'),
                    "{text}"
                );
                if code == "ko" {
                    assert!(text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)));
                }
            }
        }
        let (_, smtp) = url_hint("http://h:25/").expect("a hint");
        assert_eq!(
            crate::i18n::I18n::default().render(&smtp),
            "Port 25: usually SMTP, not HTTP."
        );
    }

    #[test]
    fn the_ports_a_learner_meets_first_are_known_and_listed_once() {
        for number in [21, 22, 23, 25, 53, 80, 110, 143, 443, 993, 995, 3306, 8080] {
            assert!(well_known(number).is_some(), "{number}");
        }
        assert_eq!(well_known(80).map(|p| p.service), Some("HTTP"));
        assert!(well_known(4).is_none());
        assert!(WELL_KNOWN.len() >= 30);
        let mut numbers: Vec<u16> = WELL_KNOWN.iter().map(|p| p.number).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), WELL_KNOWN.len(), "sorted, each once");
        assert!(WELL_KNOWN.windows(2).all(|w| w[0].number < w[1].number));
    }
}
