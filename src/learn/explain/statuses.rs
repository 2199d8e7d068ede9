//! Every code of the IANA HTTP status code registry, with its reason phrase and its standard.
//! A code the registry leaves unassigned is explained by its class (RFC 9110, 15: a client
//! treats an unknown code as the x00 code of its class).

use super::Explanation;

/// One registered status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    /// The three-digit code.
    pub code: u16,
    /// The reason phrase the registry gives (`Not Found`); for an unused code, `(Unused)`.
    pub reason: &'static str,
    /// Where it is defined.
    pub standard: &'static str,
}

const fn s(code: u16, reason: &'static str, standard: &'static str) -> Status {
    Status {
        code,
        reason,
        standard,
    }
}

/// The registry, in order of code.
pub const STATUSES: &[Status] = &[
    s(100, "Continue", "RFC 9110, 15.2.1"),
    s(101, "Switching Protocols", "RFC 9110, 15.2.2"),
    s(102, "Processing", "RFC 2518, 10.1"),
    s(103, "Early Hints", "RFC 8297"),
    s(200, "OK", "RFC 9110, 15.3.1"),
    s(201, "Created", "RFC 9110, 15.3.2"),
    s(202, "Accepted", "RFC 9110, 15.3.3"),
    s(203, "Non-Authoritative Information", "RFC 9110, 15.3.4"),
    s(204, "No Content", "RFC 9110, 15.3.5"),
    s(205, "Reset Content", "RFC 9110, 15.3.6"),
    s(206, "Partial Content", "RFC 9110, 15.3.7"),
    s(207, "Multi-Status", "RFC 4918, 11.1"),
    s(208, "Already Reported", "RFC 5842, 7.1"),
    s(226, "IM Used", "RFC 3229, 10.4.1"),
    s(300, "Multiple Choices", "RFC 9110, 15.4.1"),
    s(301, "Moved Permanently", "RFC 9110, 15.4.2"),
    s(302, "Found", "RFC 9110, 15.4.3"),
    s(303, "See Other", "RFC 9110, 15.4.4"),
    s(304, "Not Modified", "RFC 9110, 15.4.5"),
    s(305, "Use Proxy", "RFC 9110, 15.4.6"),
    s(306, "(Unused)", "RFC 9110, 15.4.7"),
    s(307, "Temporary Redirect", "RFC 9110, 15.4.8"),
    s(308, "Permanent Redirect", "RFC 9110, 15.4.9"),
    s(400, "Bad Request", "RFC 9110, 15.5.1"),
    s(401, "Unauthorized", "RFC 9110, 15.5.2"),
    s(402, "Payment Required", "RFC 9110, 15.5.3"),
    s(403, "Forbidden", "RFC 9110, 15.5.4"),
    s(404, "Not Found", "RFC 9110, 15.5.5"),
    s(405, "Method Not Allowed", "RFC 9110, 15.5.6"),
    s(406, "Not Acceptable", "RFC 9110, 15.5.7"),
    s(407, "Proxy Authentication Required", "RFC 9110, 15.5.8"),
    s(408, "Request Timeout", "RFC 9110, 15.5.9"),
    s(409, "Conflict", "RFC 9110, 15.5.10"),
    s(410, "Gone", "RFC 9110, 15.5.11"),
    s(411, "Length Required", "RFC 9110, 15.5.12"),
    s(412, "Precondition Failed", "RFC 9110, 15.5.13"),
    s(413, "Content Too Large", "RFC 9110, 15.5.14"),
    s(414, "URI Too Long", "RFC 9110, 15.5.15"),
    s(415, "Unsupported Media Type", "RFC 9110, 15.5.16"),
    s(416, "Range Not Satisfiable", "RFC 9110, 15.5.17"),
    s(417, "Expectation Failed", "RFC 9110, 15.5.18"),
    s(418, "(Unused)", "RFC 9110, 15.5.19"),
    s(421, "Misdirected Request", "RFC 9110, 15.5.20"),
    s(422, "Unprocessable Content", "RFC 9110, 15.5.21"),
    s(423, "Locked", "RFC 4918, 11.3"),
    s(424, "Failed Dependency", "RFC 4918, 11.4"),
    s(425, "Too Early", "RFC 8470, 5.2"),
    s(426, "Upgrade Required", "RFC 9110, 15.5.22"),
    s(428, "Precondition Required", "RFC 6585, 3"),
    s(429, "Too Many Requests", "RFC 6585, 4"),
    s(431, "Request Header Fields Too Large", "RFC 6585, 5"),
    s(451, "Unavailable For Legal Reasons", "RFC 7725, 3"),
    s(500, "Internal Server Error", "RFC 9110, 15.6.1"),
    s(501, "Not Implemented", "RFC 9110, 15.6.2"),
    s(502, "Bad Gateway", "RFC 9110, 15.6.3"),
    s(503, "Service Unavailable", "RFC 9110, 15.6.4"),
    s(504, "Gateway Timeout", "RFC 9110, 15.6.5"),
    s(505, "HTTP Version Not Supported", "RFC 9110, 15.6.6"),
    s(506, "Variant Also Negotiates", "RFC 2295, 8.1"),
    s(507, "Insufficient Storage", "RFC 4918, 11.5"),
    s(508, "Loop Detected", "RFC 5842, 7.2"),
    s(510, "Not Extended", "RFC 2774, 7"),
    s(511, "Network Authentication Required", "RFC 6585, 6"),
];

/// The registered status `code`, if the registry lists it.
pub fn registered(code: u16) -> Option<&'static Status> {
    STATUSES.iter().find(|s| s.code == code)
}

/// The explanation of `code`: its own for a registered code, its class's for an unassigned one
/// from 100 to 599, none outside that range (not a status code).
pub fn explain(code: u16) -> Option<Explanation> {
    if let Some(status) = registered(code) {
        return Some(Explanation::from_id(
            format!("{} {}", status.code, status.reason),
            &format!("explain-status-{}", status.code),
            status.standard,
        ));
    }
    // Words, not digits: Fluent matches a text argument only against word keys.
    let class = match code / 100 {
        1 => "informational",
        2 => "success",
        3 => "redirection",
        4 => "client-error",
        _ if (500..=599).contains(&code) => "server-error",
        _ => return None,
    };
    Some(
        Explanation::from_id(
            code.to_string(),
            "explain-status-unassigned",
            "RFC 9110, 15",
        )
        .text("code", code.to_string())
        .choice("class", class),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_in_order_and_unassigned_codes_fall_back_to_their_class() {
        assert!(STATUSES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(STATUSES.len(), 63);
        assert_eq!(
            explain(404).map(|e| e.summary.id),
            Some("explain-status-404".to_owned())
        );
        let unassigned = explain(104).expect("a code of class 1");
        assert_eq!(unassigned.summary.id, "explain-status-unassigned");
        assert_eq!(explain(299).map(|e| e.title), Some("299".to_owned()));
        assert!(explain(99).is_none());
        assert!(explain(600).is_none());
    }

    #[test]
    fn an_unassigned_code_is_told_its_own_class_in_every_language() {
        for language in crate::i18n::LANGUAGES {
            let i18n = crate::i18n::I18n::new(language.code).expect("language");
            for (code, first) in [(104, "100,"), (299, "200,"), (399, "300,"), (499, "400,")] {
                let told = i18n.render(&explain(code).expect("a class").paragraph);
                assert!(told.contains(first), "{}: {code}: {told}", language.code);
                assert!(!told.contains("500,"), "{}: {code}: {told}", language.code);
            }
            let told = i18n.render(&explain(599).expect("a class").paragraph);
            assert!(told.contains("500,"), "{}: {told}", language.code);
        }
    }
}
