//! Two responses side by side: which header fields one has and the other not, and which
//! changed. Plain data; the window draws it.

use super::head::ResponseHead;

/// One header name across two responses: its value on each side (several lines joined with
/// `, `), `None` where that side did not send it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderPair {
    /// The name, in the case the first side that sent it used.
    pub name: String,
    /// The value in the left response.
    pub left: Option<String>,
    /// The value in the right response.
    pub right: Option<String>,
}

/// How a header differs between the two sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderChange {
    /// Both sent it with the same value.
    Same,
    /// Only the right side sent it.
    Added,
    /// Only the left side sent it.
    Removed,
    /// Both sent it, with different values.
    Changed,
}

impl HeaderPair {
    /// How the two sides differ.
    pub fn change(&self) -> HeaderChange {
        match (&self.left, &self.right) {
            (Some(a), Some(b)) if a == b => HeaderChange::Same,
            (Some(_), Some(_)) => HeaderChange::Changed,
            (None, _) => HeaderChange::Added,
            (Some(_), None) => HeaderChange::Removed,
        }
    }
}

/// Every header name of either response, the left's in wire order first, then those only the
/// right one sent; names match whatever their case.
pub fn compare_headers(
    left: Option<&ResponseHead>,
    right: Option<&ResponseHead>,
) -> Vec<HeaderPair> {
    let mut names: Vec<String> = Vec::new();
    for head in [left, right].into_iter().flatten() {
        for header in &head.headers {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&header.name)) {
                names.push(header.name.clone());
            }
        }
    }
    let value = |head: Option<&ResponseHead>, name: &str| {
        let values: Vec<String> = head?
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(name))
            .map(super::Header::value_text)
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    };
    names
        .into_iter()
        .map(|name| HeaderPair {
            left: value(left, &name),
            right: value(right, &name),
            name,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{Limits, read_recorded};

    fn head(reply: &str) -> ResponseHead {
        read_recorded(reply.as_bytes().to_vec(), false, &Limits::default())
            .head
            .unwrap()
    }

    #[test]
    fn added_removed_changed_and_same_headers_are_told_apart() {
        let http10 = head(
            "HTTP/1.0 200 OK\r\nServer: a\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
        );
        let http11 = head(
            "HTTP/1.1 200 OK\r\nserver: a\r\nContent-Length: 3\r\nConnection: keep-alive\r\nVary: A\r\nVary: B\r\n\r\nabc",
        );
        let pairs = compare_headers(Some(&http10), Some(&http11));
        let changes: Vec<(&str, HeaderChange)> = pairs
            .iter()
            .map(|p| (p.name.as_str(), p.change()))
            .collect();
        assert_eq!(
            changes,
            [
                ("Server", HeaderChange::Same),
                ("Content-Length", HeaderChange::Same),
                ("Connection", HeaderChange::Changed),
                ("Vary", HeaderChange::Added),
            ]
        );
        assert_eq!(pairs[3].right.as_deref(), Some("A, B"));
        let reversed = compare_headers(Some(&http11), Some(&http10));
        assert_eq!(reversed[3].change(), HeaderChange::Removed);
        assert!(compare_headers(None, None).is_empty());
    }
}
