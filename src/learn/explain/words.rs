//! Words a learner meets around a fetch: the parts of a URL and the words of TLS.

use super::Explanation;

/// One word explained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its key, as typed after `--explain url` or `--explain tls` (`query`, `cipher_suite`).
    pub key: &'static str,
    /// How it is named in a list (`query`, `cipher suite`); the same in every language.
    pub title: &'static str,
    /// Where it is defined.
    pub standard: &'static str,
}

const fn w(key: &'static str, title: &'static str, standard: &'static str) -> Word {
    Word {
        key,
        title,
        standard,
    }
}

/// The parts of a URL, left to right, as in `http://user@host:8080/path?query#fragment`.
pub const URL_PARTS: &[Word] = &[
    w("url", "URL", "RFC 3986, 3"),
    w("scheme", "scheme", "RFC 3986, 3.1"),
    w("userinfo", "userinfo", "RFC 3986, 3.2.1"),
    w("host", "host", "RFC 3986, 3.2.2"),
    w("port", "port", "RFC 3986, 3.2.3"),
    w("path", "path", "RFC 3986, 3.3"),
    w("query", "query", "RFC 3986, 3.4"),
    w("fragment", "fragment", "RFC 3986, 3.5"),
    w("percent_encoding", "percent-encoding", "RFC 3986, 2.1"),
    w("origin", "origin", "RFC 6454, 4"),
];

/// The words of TLS, the layer that makes `https` private.
pub const TLS_WORDS: &[Word] = &[
    w("tls", "TLS", "RFC 8446, 1"),
    w("version", "TLS version", "RFC 8446, 4.2.1"),
    w("handshake", "handshake", "RFC 8446, 2"),
    w("cipher_suite", "cipher suite", "RFC 8446, B.4"),
    w("key_exchange", "key exchange", "RFC 8446, 4.2.8"),
    w("certificate", "certificate", "RFC 5280, 4"),
    w("chain", "certificate chain", "RFC 5280, 6"),
    w("authority", "certificate authority", "RFC 5280, 3.2"),
    w("trust_store", "trust store", "RFC 5280, 6.1.1"),
    w("name_check", "name check", "RFC 9525, 6"),
    w("expiry", "validity dates", "RFC 5280, 4.1.2.5"),
    w("sni", "SNI", "RFC 6066, 3"),
    w("alpn", "ALPN", "RFC 7301, 3"),
    w("close_notify", "close_notify", "RFC 8446, 6.1"),
];

impl Word {
    /// Its explanation as a part of a URL: `explain-url-KEY`.
    pub fn url_explanation(&self) -> Explanation {
        Explanation::from_id(
            self.title,
            &format!("explain-url-{}", self.key),
            self.standard,
        )
    }

    /// Its explanation as a TLS word: `explain-tls-KEY`.
    pub fn tls_explanation(&self) -> Explanation {
        Explanation::from_id(
            self.title,
            &format!("explain-tls-{}", self.key),
            self.standard,
        )
    }
}

/// Find a word by its key, or its title typed with spaces or dashes (`cipher suite`).
fn find<'a>(list: &'a [Word], typed: &str) -> Option<&'a Word> {
    let typed = typed.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    list.iter()
        .find(|w| w.key == typed || w.title.to_ascii_lowercase().replace([' ', '-'], "_") == typed)
}

/// The explanation of a part of a URL.
pub fn explain_url_part(typed: &str) -> Option<Explanation> {
    find(URL_PARTS, typed).map(Word::url_explanation)
}

/// The explanation of a TLS word.
pub fn explain_tls_word(typed: &str) -> Option<Explanation> {
    find(TLS_WORDS, typed).map(Word::tls_explanation)
}
