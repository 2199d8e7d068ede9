//! The header fields a learner meets, as a table: name, message ids, standard, who sends it.
//! A field not in the table still gets an explanation: what an unknown or `X-` field means.

use super::Explanation;

/// Who sends a header field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The client, in a request.
    Request,
    /// The server, in a response.
    Response,
    /// Either.
    Both,
}

/// What a header field is about, for grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Where the body ends and how it travels (`Content-Length`, `Transfer-Encoding`).
    Framing,
    /// What the body is and which forms the client takes (`Content-Type`, `Accept`).
    Content,
    /// Parts of a body (`Range`, `Content-Range`).
    Ranges,
    /// Saving and reusing responses (`Cache-Control`, `ETag`).
    Caching,
    /// "Only if ..." requests (`If-None-Match`).
    Conditional,
    /// Cookies.
    Cookies,
    /// Who the client is (`Authorization`).
    Authentication,
    /// Where to go next and other facts about the response (`Location`, `Server`).
    Response,
    /// Facts about the request and its client (`Host`, `User-Agent`).
    Request,
    /// Cross-origin reading (`Access-Control-*`).
    Cors,
    /// Browser security rules (`Strict-Transport-Security`, `Content-Security-Policy`).
    Security,
    /// Proxies and gateways on the way (`Via`, `Forwarded`).
    Proxies,
    /// The connection itself (`Connection`, `Upgrade`, `Alt-Svc`).
    Connection,
    /// Client hints (`Accept-CH`, `Sec-CH-UA`).
    ClientHints,
    /// Common fields no standard defines (`X-Powered-By`).
    NonStandard,
}

/// One header field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The field name as usually written (`Cache-Control`); names are case-insensitive.
    pub name: &'static str,
    /// The catalog id of the one-line summary.
    pub summary: &'static str,
    /// The catalog id of the paragraph.
    pub paragraph: &'static str,
    /// Where it is defined (a standard, or who made it up).
    pub standard: &'static str,
    /// Who sends it.
    pub side: Side,
    /// What it is about.
    pub group: Group,
}

/// A row of the table: the ids come from the lowercase name.
macro_rules! h {
    ($name:literal, $key:literal, $side:ident, $group:ident, $standard:literal) => {
        Header {
            name: $name,
            summary: concat!("explain-header-", $key),
            paragraph: concat!("explain-header-", $key, "-more"),
            standard: $standard,
            side: Side::$side,
            group: Group::$group,
        }
    };
}

/// The table, grouped by subject.
pub const HEADERS: &[Header] = &[
    // Framing
    h!(
        "Content-Length",
        "content-length",
        Both,
        Framing,
        "RFC 9110, 8.6"
    ),
    h!(
        "Transfer-Encoding",
        "transfer-encoding",
        Both,
        Framing,
        "RFC 9112, 6.1"
    ),
    h!("TE", "te", Request, Framing, "RFC 9110, 10.1.4"),
    h!("Trailer", "trailer", Both, Framing, "RFC 9110, 6.6.2"),
    // Content
    h!(
        "Content-Type",
        "content-type",
        Both,
        Content,
        "RFC 9110, 8.3"
    ),
    h!(
        "Content-Encoding",
        "content-encoding",
        Both,
        Content,
        "RFC 9110, 8.4"
    ),
    h!(
        "Content-Language",
        "content-language",
        Both,
        Content,
        "RFC 9110, 8.5"
    ),
    h!(
        "Content-Location",
        "content-location",
        Both,
        Content,
        "RFC 9110, 8.7"
    ),
    h!(
        "Content-Disposition",
        "content-disposition",
        Response,
        Content,
        "RFC 6266, 4"
    ),
    h!(
        "Content-Digest",
        "content-digest",
        Both,
        Content,
        "RFC 9530, 2"
    ),
    h!("Repr-Digest", "repr-digest", Both, Content, "RFC 9530, 3"),
    h!("Digest", "digest", Both, Content, "RFC 3230, 4.3.2"),
    h!("Accept", "accept", Request, Content, "RFC 9110, 12.5.1"),
    h!(
        "Accept-Charset",
        "accept-charset",
        Request,
        Content,
        "RFC 9110, 12.5.2"
    ),
    h!(
        "Accept-Encoding",
        "accept-encoding",
        Request,
        Content,
        "RFC 9110, 12.5.3"
    ),
    h!(
        "Accept-Language",
        "accept-language",
        Request,
        Content,
        "RFC 9110, 12.5.4"
    ),
    h!(
        "Accept-Patch",
        "accept-patch",
        Response,
        Content,
        "RFC 5789, 3.1"
    ),
    h!(
        "Accept-Post",
        "accept-post",
        Response,
        Content,
        "W3C Linked Data Platform, 7.1"
    ),
    // Ranges
    h!("Range", "range", Request, Ranges, "RFC 9110, 14.2"),
    h!(
        "Accept-Ranges",
        "accept-ranges",
        Response,
        Ranges,
        "RFC 9110, 14.3"
    ),
    h!(
        "Content-Range",
        "content-range",
        Response,
        Ranges,
        "RFC 9110, 14.4"
    ),
    h!("If-Range", "if-range", Request, Ranges, "RFC 9110, 13.1.5"),
    // Caching
    h!(
        "Cache-Control",
        "cache-control",
        Both,
        Caching,
        "RFC 9111, 5.2"
    ),
    h!("Expires", "expires", Response, Caching, "RFC 9111, 5.3"),
    h!("Age", "age", Response, Caching, "RFC 9111, 5.1"),
    h!("Pragma", "pragma", Request, Caching, "RFC 9111, 5.4"),
    h!("Warning", "warning", Response, Caching, "RFC 9111, 5.5"),
    h!("Vary", "vary", Response, Caching, "RFC 9110, 12.5.5"),
    h!(
        "Last-Modified",
        "last-modified",
        Response,
        Caching,
        "RFC 9110, 8.8.2"
    ),
    h!("ETag", "etag", Response, Caching, "RFC 9110, 8.8.3"),
    h!(
        "Cache-Status",
        "cache-status",
        Response,
        Caching,
        "RFC 9211, 2"
    ),
    h!(
        "CDN-Cache-Control",
        "cdn-cache-control",
        Response,
        Caching,
        "RFC 9213, 2"
    ),
    h!(
        "Surrogate-Control",
        "surrogate-control",
        Response,
        Caching,
        "W3C Edge Architecture note"
    ),
    h!(
        "Clear-Site-Data",
        "clear-site-data",
        Response,
        Caching,
        "W3C Clear Site Data, 3"
    ),
    // Conditional requests
    h!(
        "If-Match",
        "if-match",
        Request,
        Conditional,
        "RFC 9110, 13.1.1"
    ),
    h!(
        "If-None-Match",
        "if-none-match",
        Request,
        Conditional,
        "RFC 9110, 13.1.2"
    ),
    h!(
        "If-Modified-Since",
        "if-modified-since",
        Request,
        Conditional,
        "RFC 9110, 13.1.3"
    ),
    h!(
        "If-Unmodified-Since",
        "if-unmodified-since",
        Request,
        Conditional,
        "RFC 9110, 13.1.4"
    ),
    // Cookies
    h!("Cookie", "cookie", Request, Cookies, "RFC 6265, 5.4"),
    h!(
        "Set-Cookie",
        "set-cookie",
        Response,
        Cookies,
        "RFC 6265, 4.1"
    ),
    // Authentication
    h!(
        "Authorization",
        "authorization",
        Request,
        Authentication,
        "RFC 9110, 11.6.2"
    ),
    h!(
        "WWW-Authenticate",
        "www-authenticate",
        Response,
        Authentication,
        "RFC 9110, 11.6.1"
    ),
    h!(
        "Authentication-Info",
        "authentication-info",
        Response,
        Authentication,
        "RFC 9110, 11.6.3"
    ),
    h!(
        "Proxy-Authorization",
        "proxy-authorization",
        Request,
        Authentication,
        "RFC 9110, 11.7.2"
    ),
    h!(
        "Proxy-Authenticate",
        "proxy-authenticate",
        Response,
        Authentication,
        "RFC 9110, 11.7.1"
    ),
    h!(
        "Proxy-Authentication-Info",
        "proxy-authentication-info",
        Response,
        Authentication,
        "RFC 9110, 11.7.3"
    ),
    // About the response; redirects
    h!(
        "Location",
        "location",
        Response,
        Response,
        "RFC 9110, 10.2.2"
    ),
    h!(
        "Refresh",
        "refresh",
        Response,
        Response,
        "WHATWG HTML, 7.11.1"
    ),
    h!(
        "Retry-After",
        "retry-after",
        Response,
        Response,
        "RFC 9110, 10.2.3"
    ),
    h!("Allow", "allow", Response, Response, "RFC 9110, 10.2.1"),
    h!("Server", "server", Response, Response, "RFC 9110, 10.2.4"),
    h!("Date", "date", Both, Response, "RFC 9110, 6.6.1"),
    h!("Link", "link", Response, Response, "RFC 8288, 3"),
    h!(
        "Server-Timing",
        "server-timing",
        Response,
        Response,
        "W3C Server Timing, 3"
    ),
    h!(
        "Preference-Applied",
        "preference-applied",
        Response,
        Response,
        "RFC 7240, 3"
    ),
    // About the request
    h!("Host", "host", Request, Request, "RFC 9110, 7.2"),
    h!(
        "User-Agent",
        "user-agent",
        Request,
        Request,
        "RFC 9110, 10.1.5"
    ),
    h!("Referer", "referer", Request, Request, "RFC 9110, 10.1.3"),
    h!("From", "from", Request, Request, "RFC 9110, 10.1.2"),
    h!("Expect", "expect", Request, Request, "RFC 9110, 10.1.1"),
    h!(
        "Max-Forwards",
        "max-forwards",
        Request,
        Request,
        "RFC 9110, 7.6.2"
    ),
    h!("Origin", "origin", Request, Request, "RFC 6454, 7"),
    h!("Prefer", "prefer", Request, Request, "RFC 7240, 2"),
    h!("Priority", "priority", Both, Request, "RFC 9218, 5"),
    h!(
        "Early-Data",
        "early-data",
        Request,
        Request,
        "RFC 8470, 5.1"
    ),
    h!(
        "Last-Event-ID",
        "last-event-id",
        Request,
        Request,
        "WHATWG HTML, 9.2"
    ),
    h!(
        "Sec-Purpose",
        "sec-purpose",
        Request,
        Request,
        "WHATWG Fetch, 2.2.2"
    ),
    h!(
        "DNT",
        "dnt",
        Request,
        Request,
        "W3C Tracking Preference Expression"
    ),
    h!(
        "Sec-GPC",
        "sec-gpc",
        Request,
        Request,
        "Global Privacy Control"
    ),
    // CORS
    h!(
        "Access-Control-Allow-Origin",
        "access-control-allow-origin",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Allow-Credentials",
        "access-control-allow-credentials",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Allow-Headers",
        "access-control-allow-headers",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Allow-Methods",
        "access-control-allow-methods",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Expose-Headers",
        "access-control-expose-headers",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Max-Age",
        "access-control-max-age",
        Response,
        Cors,
        "WHATWG Fetch, 3.2.3"
    ),
    h!(
        "Access-Control-Request-Headers",
        "access-control-request-headers",
        Request,
        Cors,
        "WHATWG Fetch, 3.2.2"
    ),
    h!(
        "Access-Control-Request-Method",
        "access-control-request-method",
        Request,
        Cors,
        "WHATWG Fetch, 3.2.2"
    ),
    h!(
        "Timing-Allow-Origin",
        "timing-allow-origin",
        Response,
        Cors,
        "W3C Resource Timing, 4.5"
    ),
    // Security
    h!(
        "Strict-Transport-Security",
        "strict-transport-security",
        Response,
        Security,
        "RFC 6797, 6.1"
    ),
    h!(
        "Content-Security-Policy",
        "content-security-policy",
        Response,
        Security,
        "W3C CSP Level 3, 3.1"
    ),
    h!(
        "Content-Security-Policy-Report-Only",
        "content-security-policy-report-only",
        Response,
        Security,
        "W3C CSP Level 3, 3.2"
    ),
    h!(
        "X-Content-Type-Options",
        "x-content-type-options",
        Response,
        Security,
        "WHATWG Fetch, 3.5"
    ),
    h!(
        "X-Frame-Options",
        "x-frame-options",
        Response,
        Security,
        "RFC 7034, 2"
    ),
    h!(
        "X-XSS-Protection",
        "x-xss-protection",
        Response,
        Security,
        "none (obsolete browser feature)"
    ),
    h!(
        "Cross-Origin-Opener-Policy",
        "cross-origin-opener-policy",
        Response,
        Security,
        "WHATWG HTML, 7.1.3"
    ),
    h!(
        "Cross-Origin-Embedder-Policy",
        "cross-origin-embedder-policy",
        Response,
        Security,
        "WHATWG HTML, 7.1.4"
    ),
    h!(
        "Cross-Origin-Resource-Policy",
        "cross-origin-resource-policy",
        Response,
        Security,
        "WHATWG Fetch, 3.6"
    ),
    h!(
        "Origin-Agent-Cluster",
        "origin-agent-cluster",
        Response,
        Security,
        "WHATWG HTML, 7.1.5"
    ),
    h!(
        "Permissions-Policy",
        "permissions-policy",
        Response,
        Security,
        "W3C Permissions Policy, 5.2"
    ),
    h!(
        "Referrer-Policy",
        "referrer-policy",
        Response,
        Security,
        "W3C Referrer Policy, 4.1"
    ),
    h!(
        "Upgrade-Insecure-Requests",
        "upgrade-insecure-requests",
        Request,
        Security,
        "W3C Upgrade Insecure Requests, 3.2"
    ),
    h!(
        "Sec-Fetch-Site",
        "sec-fetch-site",
        Request,
        Security,
        "W3C Fetch Metadata, 2.4"
    ),
    h!(
        "Sec-Fetch-Mode",
        "sec-fetch-mode",
        Request,
        Security,
        "W3C Fetch Metadata, 2.3"
    ),
    h!(
        "Sec-Fetch-Dest",
        "sec-fetch-dest",
        Request,
        Security,
        "W3C Fetch Metadata, 2.1"
    ),
    h!(
        "Sec-Fetch-User",
        "sec-fetch-user",
        Request,
        Security,
        "W3C Fetch Metadata, 2.5"
    ),
    h!(
        "Reporting-Endpoints",
        "reporting-endpoints",
        Response,
        Security,
        "W3C Reporting API, 3.2"
    ),
    h!(
        "Report-To",
        "report-to",
        Response,
        Security,
        "W3C Reporting API (first version)"
    ),
    h!(
        "NEL",
        "nel",
        Response,
        Security,
        "W3C Network Error Logging, 5"
    ),
    h!(
        "Expect-CT",
        "expect-ct",
        Response,
        Security,
        "RFC 9163, 2.1"
    ),
    h!(
        "Public-Key-Pins",
        "public-key-pins",
        Response,
        Security,
        "RFC 7469, 2.1"
    ),
    // Proxies
    h!("Via", "via", Both, Proxies, "RFC 9110, 7.6.3"),
    h!("Forwarded", "forwarded", Request, Proxies, "RFC 7239, 4"),
    h!(
        "X-Forwarded-For",
        "x-forwarded-for",
        Request,
        Proxies,
        "none (proxy custom; see RFC 7239)"
    ),
    h!(
        "X-Forwarded-Host",
        "x-forwarded-host",
        Request,
        Proxies,
        "none (proxy custom; see RFC 7239)"
    ),
    h!(
        "X-Forwarded-Proto",
        "x-forwarded-proto",
        Request,
        Proxies,
        "none (proxy custom; see RFC 7239)"
    ),
    h!(
        "X-Real-IP",
        "x-real-ip",
        Request,
        Proxies,
        "none (proxy custom)"
    ),
    // Connection
    h!(
        "Connection",
        "connection",
        Both,
        Connection,
        "RFC 9110, 7.6.1"
    ),
    h!(
        "Keep-Alive",
        "keep-alive",
        Both,
        Connection,
        "RFC 2068, 19.7.1.1"
    ),
    h!(
        "Proxy-Connection",
        "proxy-connection",
        Request,
        Connection,
        "none (old browser custom)"
    ),
    h!("Upgrade", "upgrade", Both, Connection, "RFC 9110, 7.8"),
    h!("Alt-Svc", "alt-svc", Response, Connection, "RFC 7838, 3"),
    h!("Alt-Used", "alt-used", Request, Connection, "RFC 7838, 5"),
    h!(
        "HTTP2-Settings",
        "http2-settings",
        Request,
        Connection,
        "RFC 7540, 3.2.1"
    ),
    h!(
        "Sec-WebSocket-Key",
        "sec-websocket-key",
        Request,
        Connection,
        "RFC 6455, 11.3.1"
    ),
    h!(
        "Sec-WebSocket-Accept",
        "sec-websocket-accept",
        Response,
        Connection,
        "RFC 6455, 11.3.3"
    ),
    h!(
        "Sec-WebSocket-Version",
        "sec-websocket-version",
        Both,
        Connection,
        "RFC 6455, 11.3.5"
    ),
    h!(
        "Sec-WebSocket-Protocol",
        "sec-websocket-protocol",
        Both,
        Connection,
        "RFC 6455, 11.3.4"
    ),
    h!(
        "Sec-WebSocket-Extensions",
        "sec-websocket-extensions",
        Both,
        Connection,
        "RFC 6455, 11.3.2"
    ),
    // Client hints
    h!(
        "Accept-CH",
        "accept-ch",
        Response,
        ClientHints,
        "RFC 8942, 3.1"
    ),
    h!(
        "Critical-CH",
        "critical-ch",
        Response,
        ClientHints,
        "WICG Client Hints Reliability"
    ),
    h!(
        "Sec-CH-UA",
        "sec-ch-ua",
        Request,
        ClientHints,
        "WICG User-Agent Client Hints, 3.1"
    ),
    h!(
        "Sec-CH-UA-Mobile",
        "sec-ch-ua-mobile",
        Request,
        ClientHints,
        "WICG User-Agent Client Hints, 3.7"
    ),
    h!(
        "Sec-CH-UA-Platform",
        "sec-ch-ua-platform",
        Request,
        ClientHints,
        "WICG User-Agent Client Hints, 3.9"
    ),
    h!(
        "Sec-CH-Prefers-Color-Scheme",
        "sec-ch-prefers-color-scheme",
        Request,
        ClientHints,
        "WICG User Preference Media Features Client Hints"
    ),
    h!(
        "Device-Memory",
        "device-memory",
        Request,
        ClientHints,
        "W3C Device Memory, 3.1"
    ),
    h!(
        "Downlink",
        "downlink",
        Request,
        ClientHints,
        "WICG Network Information"
    ),
    h!(
        "ECT",
        "ect",
        Request,
        ClientHints,
        "WICG Network Information"
    ),
    h!(
        "RTT",
        "rtt",
        Request,
        ClientHints,
        "WICG Network Information"
    ),
    h!(
        "Save-Data",
        "save-data",
        Request,
        ClientHints,
        "WICG Save Data, 2"
    ),
    h!(
        "DPR",
        "dpr",
        Request,
        ClientHints,
        "none (early client hints, replaced)"
    ),
    h!(
        "Viewport-Width",
        "viewport-width",
        Request,
        ClientHints,
        "none (early client hints, replaced)"
    ),
    // Common fields no standard defines
    h!(
        "X-Powered-By",
        "x-powered-by",
        Response,
        NonStandard,
        "none (server custom)"
    ),
    h!(
        "X-Requested-With",
        "x-requested-with",
        Request,
        NonStandard,
        "none (JavaScript library custom)"
    ),
    h!(
        "X-Request-ID",
        "x-request-id",
        Both,
        NonStandard,
        "none (server custom)"
    ),
    h!(
        "X-Correlation-ID",
        "x-correlation-id",
        Both,
        NonStandard,
        "none (server custom)"
    ),
    h!(
        "X-Cache",
        "x-cache",
        Response,
        NonStandard,
        "none (cache and CDN custom)"
    ),
    h!(
        "X-DNS-Prefetch-Control",
        "x-dns-prefetch-control",
        Response,
        NonStandard,
        "none (browser custom)"
    ),
    h!(
        "X-Robots-Tag",
        "x-robots-tag",
        Response,
        NonStandard,
        "none (search engine custom)"
    ),
    h!(
        "X-UA-Compatible",
        "x-ua-compatible",
        Response,
        NonStandard,
        "none (old Internet Explorer)"
    ),
    h!(
        "X-Permitted-Cross-Domain-Policies",
        "x-permitted-cross-domain-policies",
        Response,
        NonStandard,
        "none (Adobe Flash era)"
    ),
    h!(
        "X-Download-Options",
        "x-download-options",
        Response,
        NonStandard,
        "none (old Internet Explorer)"
    ),
    h!(
        "X-Runtime",
        "x-runtime",
        Response,
        NonStandard,
        "none (server custom)"
    ),
];

impl Header {
    /// Its explanation.
    pub fn explanation(&self) -> Explanation {
        Explanation {
            title: self.name.to_owned(),
            summary: super::Message::new(self.summary),
            paragraph: super::Message::new(self.paragraph),
            standard: self.standard,
        }
    }
}

/// The header field named `name` (any case), if it is in the table.
pub fn find(name: &str) -> Option<&'static Header> {
    let name = name.trim();
    HEADERS.iter().find(|h| h.name.eq_ignore_ascii_case(name))
}

/// The explanation of the field `name`: its own when the table has it; otherwise what an `X-`
/// field (RFC 6648) or an unknown field (RFC 9110, 5.1: ignored by whoever does not know it)
/// means, with the name as it was written.
pub fn explain(name: &str) -> Explanation {
    if let Some(header) = find(name) {
        return header.explanation();
    }
    let name = name.trim();
    let experimental = name
        .get(..2)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("x-"));
    let (id, standard) = if experimental {
        ("explain-header-x-unknown", "RFC 6648, 3")
    } else {
        ("explain-header-unknown", "RFC 9110, 5.1")
    };
    Explanation::from_id(name, id, standard).text("name", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_large_names_each_field_once_and_finds_any_case() {
        assert!(HEADERS.len() >= 120, "{}", HEADERS.len());
        let mut names: Vec<String> = HEADERS
            .iter()
            .map(|h| h.name.to_ascii_lowercase())
            .collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), HEADERS.len(), "a field is listed twice");
        for header in HEADERS {
            assert_eq!(
                header.summary,
                format!("explain-header-{}", header.name.to_ascii_lowercase())
            );
            assert_eq!(header.paragraph, format!("{}-more", header.summary));
        }
        assert_eq!(find("cache-CONTROL").map(|h| h.name), Some("Cache-Control"));
        assert_eq!(
            explain("X-Custom-Thing").summary.id,
            "explain-header-x-unknown"
        );
        assert_eq!(explain("Custom-Thing").summary.id, "explain-header-unknown");
        assert_eq!(
            explain("x-powered-by").summary.id,
            "explain-header-x-powered-by"
        );
    }
}
