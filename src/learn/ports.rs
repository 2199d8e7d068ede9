//! Well-known ports: which service usually listens on a port, and the standard that says so.
//! Service names are proper names, the same in every language (IANA's service names where it
//! has one).

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

#[cfg(test)]
mod tests {
    use super::*;

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
