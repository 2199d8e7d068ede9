//! The nine request methods a learner meets: the eight of RFC 9110 and PATCH.

use super::Explanation;

/// One request method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Method {
    /// The method as sent (`GET`); methods are case-sensitive.
    pub name: &'static str,
    /// Safe: asks only to read, changes nothing on the server (RFC 9110, 9.2.1).
    pub safe: bool,
    /// Idempotent: sending it twice has the same effect as once (RFC 9110, 9.2.2).
    pub idempotent: bool,
    /// Where it is defined.
    pub standard: &'static str,
}

const fn m(name: &'static str, safe: bool, idempotent: bool, standard: &'static str) -> Method {
    Method {
        name,
        safe,
        idempotent,
        standard,
    }
}

/// The methods, most used first.
pub const METHODS: &[Method] = &[
    m("GET", true, true, "RFC 9110, 9.3.1"),
    m("HEAD", true, true, "RFC 9110, 9.3.2"),
    m("POST", false, false, "RFC 9110, 9.3.3"),
    m("PUT", false, true, "RFC 9110, 9.3.4"),
    m("DELETE", false, true, "RFC 9110, 9.3.5"),
    m("CONNECT", false, false, "RFC 9110, 9.3.6"),
    m("OPTIONS", true, true, "RFC 9110, 9.3.7"),
    m("TRACE", true, true, "RFC 9110, 9.3.8"),
    m("PATCH", false, false, "RFC 5789, 2"),
];

impl Method {
    /// Its explanation: `explain-method-NAME`, and whether it is safe and idempotent.
    pub fn explanation(&self) -> Explanation {
        Explanation::from_id(
            self.name,
            &format!("explain-method-{}", self.name.to_ascii_lowercase()),
            self.standard,
        )
        .choice("safe", if self.safe { "yes" } else { "no" })
        .choice("idempotent", if self.idempotent { "yes" } else { "no" })
    }
}

/// The explanation of the method `name`. Methods are case-sensitive on the wire, but a learner
/// asking about `post` means `POST`.
pub fn explain(name: &str) -> Option<Explanation> {
    METHODS
        .iter()
        .find(|m| m.name.eq_ignore_ascii_case(name.trim()))
        .map(Method::explanation)
}
