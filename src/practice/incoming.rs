//! A request as the lessons look at it: method, target, headers and the exact bytes received.
//! Read leniently, because the raw editor may send anything and the echo must still answer.

/// One request the practice server read.
#[derive(Clone, Debug, Default)]
pub struct Incoming {
    /// The method (`GET`, `HEAD`, `POST`, ... or whatever the client wrote first).
    pub method: String,
    /// The request target, query included (`/big?bytes=1000`).
    pub target: String,
    /// The version the client wrote (`HTTP/1.1`), empty when it wrote none.
    pub version: String,
    /// Every header line, in order, as (name, value).
    pub headers: Vec<(String, String)>,
    /// Every byte received, head and body.
    pub raw: Vec<u8>,
}

/// The path and query of a request target. The textbook's request line names the whole URL
/// (`GET http://data.pr4e.org/romeo.txt HTTP/1.0`, the absolute form a proxy is sent); a server
/// must accept it too (RFC 9112, 3.2.2), so the lessons answer it as they answer `/romeo.txt`.
fn origin_form(target: &str) -> String {
    match url::Url::parse(target) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        },
        _ => target.to_owned(),
    }
}

impl Incoming {
    /// Read the request line and the header lines of `raw`; what cannot be read stays empty.
    pub fn parse(raw: &[u8]) -> Self {
        let text = String::from_utf8_lossy(raw);
        let head = text.split("\r\n\r\n").next().unwrap_or_default();
        let mut lines = head.lines();
        let mut words = lines.next().unwrap_or_default().split_whitespace();
        let method = words.next().unwrap_or_default().to_owned();
        let target = origin_form(words.next().unwrap_or("/"));
        let version = words.next().unwrap_or_default().to_owned();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        Self {
            method,
            target,
            version,
            headers,
            raw: raw.to_vec(),
        }
    }

    /// The path: the target without its query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The value of query parameter `name` (`?bytes=1000` gives `1000` for `bytes`).
    pub fn query(&self, name: &str) -> Option<&str> {
        let (_, query) = self.target.split_once('?')?;
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }

    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Whether this is a HEAD request, which gets the head of a response without its body.
    pub fn is_head(&self) -> bool {
        self.method.eq_ignore_ascii_case("HEAD")
    }

    /// Whether the client asked to close the connection after this response (HTTP/1.0 unless
    /// it asked to keep it; HTTP/1.1 when it said `Connection: close`).
    pub fn wants_close(&self) -> bool {
        let connection = self.header("connection").unwrap_or_default();
        let says = |word: &str| {
            connection
                .split(',')
                .any(|token| token.trim().eq_ignore_ascii_case(word))
        };
        if self.version.eq_ignore_ascii_case("HTTP/1.1") {
            says("close")
        } else {
            !says("keep-alive")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_line_headers_and_query_are_read() {
        let incoming = Incoming::parse(
            b"GET /big?bytes=10&x=y HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        );
        assert_eq!(incoming.method, "GET");
        assert_eq!(incoming.path(), "/big");
        assert_eq!(incoming.query("bytes"), Some("10"));
        assert_eq!(incoming.query("z"), None);
        assert_eq!(incoming.header("HOST"), Some("a"));
        assert!(incoming.wants_close());
    }

    #[test]
    fn the_textbooks_absolute_url_is_read_as_its_path() {
        let incoming = Incoming::parse(b"GET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n");
        assert_eq!(incoming.path(), "/romeo.txt");
        let incoming = Incoming::parse(b"GET HTTP://127.0.0.1:9/big?bytes=5 HTTP/1.1\r\n\r\n");
        assert_eq!(incoming.path(), "/big");
        assert_eq!(incoming.query("bytes"), Some("5"));
        // Not a URL of the web: left as written.
        assert_eq!(
            Incoming::parse(b"GET ftp://x/y HTTP/1.1\r\n\r\n").target,
            "ftp://x/y"
        );
    }

    #[test]
    fn keeping_the_connection_depends_on_the_version() {
        assert!(!Incoming::parse(b"GET / HTTP/1.1\r\n\r\n").wants_close());
        assert!(Incoming::parse(b"GET / HTTP/1.0\r\n\r\n").wants_close());
        assert!(
            !Incoming::parse(b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").wants_close()
        );
    }

    #[test]
    fn garbage_still_parses_to_something() {
        let incoming = Incoming::parse(b"\xff\xfe");
        assert_eq!(incoming.path(), "/");
        assert_eq!(incoming.raw, b"\xff\xfe");
    }
}
