//! The request as the learner is editing it: the URL bar's fields, the header rows, the body and
//! the raw text. It is also what the state file remembers, so every field added here has a
//! default (an older file without it still loads).

use crate::wire::{
    self, DEFAULT_HEADER_NAMES, FetchError, HttpVersion, Request, check_header, default_headers,
};

/// The request as the learner is editing it (and as it is remembered between runs).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The URL as typed.
    pub url: String,
    /// HTTP/1.0 or HTTP/1.1.
    pub version: HttpVersion,
    /// Whether to follow redirects.
    pub follow_redirects: bool,
    /// The header rows in the order they are sent, the default ones included.
    pub headers: Vec<HeaderRow>,
    /// The body to send (nothing when empty).
    pub body: String,
    /// The `Content-Type` sent with a body (none when empty, or when a row names one).
    pub content_type: String,
    /// Send `raw_text` as typed instead of building the request from the fields.
    pub raw_mode: bool,
    /// The request typed in Raw mode, with its real line ends (`\r\n` when Enter was pressed).
    pub raw_text: String,
}

/// One row of the headers table.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct HeaderRow {
    /// The header's name as typed.
    pub name: String,
    /// Its value as typed. Empty in a row of a default header (`Host`, ...): wirepeek's own
    /// value, which follows the URL and the version.
    pub value: String,
    /// Whether the row is sent (a switched-off row stays in the table).
    pub on: bool,
}

impl Default for HeaderRow {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: String::new(),
            on: true,
        }
    }
}

/// What a form sends by default, offered first for a body.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

impl Default for Draft {
    fn default() -> Self {
        Self {
            method: "GET".into(),
            url: String::new(),
            version: HttpVersion::Http11,
            follow_redirects: false,
            headers: default_rows(),
            body: String::new(),
            content_type: FORM_CONTENT_TYPE.into(),
            raw_mode: false,
            raw_text: String::new(),
        }
    }
}

/// The rows of the default headers, each with wirepeek's own value.
pub fn default_rows() -> Vec<HeaderRow> {
    DEFAULT_HEADER_NAMES
        .iter()
        .map(|name| HeaderRow {
            name: (*name).to_owned(),
            ..HeaderRow::default()
        })
        .collect()
}

/// Whether `name` is one of the headers wirepeek sends on its own.
pub fn is_default_name(name: &str) -> bool {
    DEFAULT_HEADER_NAMES
        .iter()
        .any(|d| d.eq_ignore_ascii_case(name.trim()))
}

impl HeaderRow {
    /// A row nobody has typed into yet: left out, not flagged.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.value.trim().is_empty()
    }

    /// What is wrong with the row, if it is sent (the engine refuses the same).
    pub fn problem(&self) -> Option<FetchError> {
        if !self.on || self.is_blank() {
            return None;
        }
        check_header(&self.name, self.value.trim()).err()
    }
}

impl Draft {
    /// The engine's request for this draft: the raw text, or the fields. Untouched header rows
    /// and no body give the plain request the URL bar has always sent.
    pub fn request(&self) -> Request {
        let url = self.url.trim().to_owned();
        if self.raw_mode {
            return Request {
                method: self.method.clone(),
                url,
                version: self.version,
                raw: Some(self.raw_text.clone().into_bytes()),
                ..Request::default()
            };
        }
        let plain = Request {
            method: self.method.clone(),
            url,
            version: self.version,
            ..Request::default()
        };
        if self.is_plain() {
            return plain;
        }
        let mut headers = self.headers_to_send();
        let body = (!self.body.is_empty()).then(|| self.body.clone().into_bytes());
        let content_type = self.content_type.trim();
        let has_type = headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("Content-Type"));
        if body.is_some() && !content_type.is_empty() && !has_type {
            headers.push(("Content-Type".into(), content_type.to_owned()));
        }
        Request {
            headers,
            body,
            no_default_headers: true,
            ..plain
        }
    }

    /// Whether the fields ask for nothing beyond the URL bar: default rows untouched, no body,
    /// not Raw mode (the editor can stay folded).
    pub fn is_plain(&self) -> bool {
        !self.raw_mode && self.headers == default_rows() && self.body.is_empty()
    }

    /// The header lines the rows make, in order: switched-off and blank rows left out, a
    /// default row without a value given wirepeek's own value (or left out where the version
    /// sends none, as HTTP/1.0 sends no `User-Agent`).
    pub fn headers_to_send(&self) -> Vec<(String, String)> {
        let automatic = self.automatic_values();
        self.headers
            .iter()
            .filter(|row| row.on && !row.is_blank())
            .filter_map(|row| {
                if row.value.trim().is_empty() && is_default_name(&row.name) {
                    return automatic
                        .iter()
                        .find(|(n, _)| n.eq_ignore_ascii_case(row.name.trim()))
                        .map(|(_, v)| (row.name.trim().to_owned(), v.clone()));
                }
                Some((row.name.clone(), row.value.trim().to_owned()))
            })
            .collect()
    }

    /// wirepeek's own values of the default headers for this URL and version (`Host` is left
    /// out while the URL cannot be understood).
    pub fn automatic_values(&self) -> Vec<(&'static str, String)> {
        match wire::parse_url(self.url.trim()) {
            Ok(parsed) => default_headers(self.version, &parsed.target.host_header),
            Err(_) => {
                let mut values = default_headers(self.version, "");
                values.retain(|(name, _)| *name != "Host");
                values
            }
        }
    }

    /// Whether a row that is sent has a name or value the engine would refuse.
    pub fn has_problems(&self) -> bool {
        !self.raw_mode && self.headers.iter().any(|row| row.problem().is_some())
    }

    /// A draft showing `request` (a URL given on the command line, a History entry), so that
    /// sending it gives the same method, headers, body and version.
    pub fn from_request(request: &Request, follow_redirects: bool) -> Self {
        let mut draft = Self {
            method: request.effective_method(),
            url: request.url.clone(),
            version: request.version,
            follow_redirects,
            ..Self::default()
        };
        if let Some(raw) = &request.raw {
            draft.raw_mode = true;
            draft.raw_text = String::from_utf8_lossy(raw).into_owned();
            return draft;
        }
        let given = |name: &str| {
            request
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
        };
        draft.headers = if request.no_default_headers {
            // Exactly the lines that were sent; a default header that was not is shown
            // switched off, so nothing changes when it is sent again.
            let mut rows: Vec<HeaderRow> = request
                .headers
                .iter()
                .map(|(name, value)| HeaderRow {
                    name: name.clone(),
                    value: value.clone(),
                    on: true,
                })
                .collect();
            for name in DEFAULT_HEADER_NAMES {
                if given(name).is_none() {
                    rows.push(HeaderRow {
                        name: name.to_owned(),
                        value: String::new(),
                        on: false,
                    });
                }
            }
            rows
        } else {
            // The defaults this version sends in their places, a header of the same name giving
            // the value, then the others in their order, as the engine builds such a request;
            // the default rows this version does not fill come last.
            let sent_by_default = default_headers(request.version, "");
            let in_slot = |name: &str| {
                sent_by_default
                    .iter()
                    .any(|(d, _)| d.eq_ignore_ascii_case(name.trim()))
            };
            let mut rows: Vec<HeaderRow> = sent_by_default
                .iter()
                .map(|(name, _)| HeaderRow {
                    name: (*name).to_owned(),
                    value: given(name).map(|(_, v)| v.clone()).unwrap_or_default(),
                    on: true,
                })
                .collect();
            rows.extend(
                request
                    .headers
                    .iter()
                    .filter(|(name, _)| !in_slot(name))
                    .map(|(name, value)| HeaderRow {
                        name: name.clone(),
                        value: value.clone(),
                        on: true,
                    }),
            );
            for name in DEFAULT_HEADER_NAMES {
                if !rows.iter().any(|row| row.name.eq_ignore_ascii_case(name)) {
                    rows.push(HeaderRow {
                        name: name.to_owned(),
                        ..HeaderRow::default()
                    });
                }
            }
            rows
        };
        if let Some(body) = &request.body {
            draft.body = String::from_utf8_lossy(body).into_owned();
            // Any Content-Type that was sent is one of the rows now.
            draft.content_type = String::new();
        }
        draft
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(url: &str) -> Draft {
        Draft {
            url: url.into(),
            ..Draft::default()
        }
    }

    #[test]
    fn an_untouched_draft_sends_the_plain_request() {
        let request = draft("http://127.0.0.1:8080/").request();
        assert_eq!(request, Request::get("http://127.0.0.1:8080/"));
    }

    #[test]
    fn edited_rows_are_sent_in_their_order_with_automatic_values() {
        let mut edited = draft("http://127.0.0.1:8080/a");
        edited.headers[1].on = false; // User-Agent
        edited.headers.swap(0, 2); // Accept first, Host third
        edited.headers.push(HeaderRow {
            name: "X-Mine".into(),
            value: " yes ".into(),
            on: true,
        });
        edited.headers.push(HeaderRow::default());
        let request = edited.request();
        assert!(request.no_default_headers);
        assert_eq!(
            request.headers,
            [
                ("Accept".to_owned(), "*/*".to_owned()),
                ("Host".to_owned(), "127.0.0.1:8080".to_owned()),
                ("Connection".to_owned(), "close".to_owned()),
                ("X-Mine".to_owned(), "yes".to_owned()),
            ]
        );
    }

    #[test]
    fn http10_sends_no_automatic_user_agent_but_a_typed_one() {
        let mut old = draft("http://127.0.0.1/");
        old.version = HttpVersion::Http10;
        old.headers.push(HeaderRow {
            name: "X".into(),
            value: "1".into(),
            on: true,
        });
        let names: Vec<String> = old.request().headers.into_iter().map(|h| h.0).collect();
        assert_eq!(names, ["Host", "X"]);
        old.headers[1].value = "textbook".into();
        let names: Vec<String> = old.request().headers.into_iter().map(|h| h.0).collect();
        assert_eq!(names, ["Host", "User-Agent", "X"]);
    }

    #[test]
    fn a_body_gets_its_content_type_unless_a_row_names_one() {
        let mut post = draft("http://127.0.0.1/form");
        post.method = "POST".into();
        post.body = "a=1".into();
        let request = post.request();
        assert_eq!(request.body.as_deref(), Some(&b"a=1"[..]));
        assert!(
            request
                .headers
                .contains(&("Content-Type".into(), FORM_CONTENT_TYPE.into()))
        );
        post.headers.push(HeaderRow {
            name: "content-type".into(),
            value: "text/plain".into(),
            on: true,
        });
        let types = post
            .request()
            .headers
            .into_iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("Content-Type"))
            .count();
        assert_eq!(types, 1);
    }

    #[test]
    fn a_bad_row_is_flagged_and_a_blank_or_switched_off_one_is_not() {
        let row = |name: &str, value: &str, on| HeaderRow {
            name: name.into(),
            value: value.into(),
            on,
        };
        assert!(row("X Bad", "1", true).problem().is_some());
        assert!(row("X-Evil", "a\nb", true).problem().is_some());
        assert!(row("X Bad", "1", false).problem().is_none());
        assert!(row("", "", true).problem().is_none());
        assert!(row("Host", "", true).problem().is_none());
    }

    #[test]
    fn a_request_comes_back_as_the_same_request() {
        let mut edited = draft("http://127.0.0.1:8080/a");
        edited.method = "PUT".into();
        edited.version = HttpVersion::Http10;
        edited.headers.remove(0);
        edited.headers.push(HeaderRow {
            name: "X-Mine".into(),
            value: "yes".into(),
            on: true,
        });
        edited.body = "hello".into();
        let sent = edited.request();
        let again = Draft::from_request(&sent, false).request();
        assert_eq!(again, sent);

        let plain = Request::get("http://127.0.0.1/");
        assert_eq!(Draft::from_request(&plain, false).request(), plain);
        let textbook = Request {
            version: HttpVersion::Http10,
            ..plain
        };
        assert_eq!(Draft::from_request(&textbook, false).request(), textbook);

        // HTTP/1.0 sends only Host by itself: a typed Accept keeps its place among the others.
        let old_cli = Request {
            headers: vec![
                ("X-A".into(), "1".into()),
                ("Accept".into(), "text/*".into()),
            ],
            ..textbook
        };
        let sent: Vec<String> = Draft::from_request(&old_cli, false)
            .request()
            .headers
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(sent, ["Host", "X-A", "Accept"]);

        let cli = Request {
            headers: vec![
                ("X-A".into(), "1".into()),
                ("Accept".into(), "text/*".into()),
            ],
            body: Some(b"b".to_vec()),
            ..Request::get("http://127.0.0.1/")
        };
        let loaded = Draft::from_request(&cli, false);
        assert_eq!(loaded.headers[2].value, "text/*");
        assert_eq!(loaded.headers[4].name, "X-A");

        let raw = Request {
            raw: Some(b"GET / HTTP/1.0\n\n".to_vec()),
            ..Request::get("http://127.0.0.1/")
        };
        let loaded = Draft::from_request(&raw, false);
        assert!(loaded.raw_mode);
        assert_eq!(loaded.request().raw, raw.raw);
    }

    #[test]
    fn an_old_state_file_draft_loads_with_the_default_rows() {
        let old =
            r#"{"method":"POST","url":"http://x/","version":"Http10","follow_redirects":true}"#;
        let loaded: Draft = serde_json::from_str(old).expect("loads");
        assert_eq!(loaded.headers, default_rows());
        assert_eq!(loaded.method, "POST");
        assert!(!loaded.raw_mode);
    }
}
