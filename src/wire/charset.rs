//! Is the body text, and in which charset? Header, BOM, `<meta>`, detection, then UTF-8.

use encoding_rs::{Encoding, UTF_8};

/// Where the charset used to decode the text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharsetSource {
    /// The `charset` parameter of `Content-Type`.
    Header,
    /// A byte order mark at the start of the body.
    Bom,
    /// An HTML `<meta charset>` or an XML declaration.
    Meta,
    /// Guessed from the bytes.
    Detected,
    /// Nothing said anything: UTF-8.
    Default,
    /// The learner chose it, after the fetch (the window's charset picker, `--charset`).
    Chosen,
}

impl CharsetSource {
    /// A short name for JSON: `header`, `bom`, `meta`, `detected`, `default`, `chosen`.
    pub fn key(self) -> &'static str {
        match self {
            CharsetSource::Header => "header",
            CharsetSource::Bom => "bom",
            CharsetSource::Meta => "meta",
            CharsetSource::Detected => "detected",
            CharsetSource::Default => "default",
            CharsetSource::Chosen => "chosen",
        }
    }
}

/// A body decoded to text.
#[derive(Clone, Debug)]
pub struct BodyText {
    /// The charset used, e.g. `EUC-KR`.
    pub charset: &'static str,
    /// Where the charset came from.
    pub source: CharsetSource,
    /// The text when it differs from the bytes (another charset, or repaired UTF-8).
    pub owned: Option<String>,
    /// Whether some bytes were not valid in the charset and were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Whether a media type is text we can show, binary, or unknown (look at the bytes).
fn media_is_text(content_type: &str) -> Option<bool> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime.is_empty() {
        return None;
    }
    let (kind, subtype) = mime.split_once('/').unwrap_or((mime.as_str(), ""));
    let textual_subtype = matches!(
        subtype,
        "json"
            | "xml"
            | "javascript"
            | "ecmascript"
            | "x-javascript"
            | "x-www-form-urlencoded"
            | "xhtml+xml"
            | "x-sh"
            | "sql"
            | "graphql"
            | "yaml"
            | "x-yaml"
            | "toml"
            | "csv"
    ) || subtype.ends_with("+json")
        || subtype.ends_with("+xml");
    match kind {
        "text" => Some(true),
        "image" if subtype == "svg+xml" => Some(true),
        "image" | "audio" | "video" | "font" => Some(false),
        "multipart" => Some(true),
        _ if textual_subtype => Some(true),
        "application" => match subtype {
            "octet-stream" | "pdf" | "zip" | "gzip" | "x-gzip" | "wasm" | "x-tar"
            | "vnd.ms-excel" | "msword" | "x-7z-compressed" | "x-rar-compressed"
            | "java-archive" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Charsets a learner may pick to read a body again, the common ones of the web first (the
/// window offers the detected one before these).
pub const CHARSET_CHOICES: &[&str] = &[
    "UTF-8",
    "EUC-KR",
    "Shift_JIS",
    "EUC-JP",
    "GBK",
    "gb18030",
    "Big5",
    "windows-1252",
    "ISO-8859-1",
    "ISO-8859-2",
    "windows-1251",
    "KOI8-R",
    "UTF-16LE",
    "UTF-16BE",
];

/// `bytes` read as text in the charset `label` names (any label encoding_rs knows, e.g.
/// `euc-kr`, `cp949`, `latin1`); `None` for a label it does not know.
pub fn decode_chosen(label: &str, bytes: &[u8]) -> Option<BodyText> {
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    Some(decode_with(encoding, CharsetSource::Chosen, bytes))
}

/// How to show a body as text while it is still arriving, before the whole of it can be looked
/// at: the charset `Content-Type` names, else UTF-8; `None` when the type says it is not text.
/// (The finished body is decided by [`decode_text`], which also reads the document and guesses.)
pub fn arriving_text_encoding(content_type: Option<&str>) -> Option<&'static Encoding> {
    if content_type.and_then(media_is_text) == Some(false) {
        return None;
    }
    Some(
        content_type
            .and_then(charset_parameter)
            .and_then(|label| Encoding::for_label(label.as_bytes()))
            .unwrap_or(UTF_8),
    )
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_parameter(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').trim_matches('\''))
    })
}

/// Does the start of the body look like binary data?
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    sample.contains(&0) || controls * 10 > sample.len()
}

/// A charset declared inside the document: `<meta charset>`, `<meta http-equiv>` or `<?xml encoding>`.
fn declared_in_document(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<?xml") {
        let end = find(&lower, b"?>", 0).unwrap_or(lower.len());
        if let Some(at) = find(&lower[..end], b"encoding", 0) {
            return label_after(&head[at + b"encoding".len()..end]);
        }
    }
    let mut from = 0;
    while let Some(at) = find(&lower, b"<meta", from) {
        let end = find(&lower, b">", at).unwrap_or(lower.len());
        if let Some(cs) = find(&lower[at..end], b"charset", 0) {
            let start = at + cs + b"charset".len();
            if let Some(encoding) = label_after(&head[start..end]) {
                // HTML says a UTF-16 declaration in a document that parsed as ASCII means UTF-8.
                return Some(if encoding.name().starts_with("UTF-16") {
                    UTF_8
                } else {
                    encoding
                });
            }
        }
        from = end;
    }
    None
}

/// The encoding named after `= "label"` at the start of `rest`.
fn label_after(rest: &[u8]) -> Option<&'static Encoding> {
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>' | b'?'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// Decide whether `bytes` is text and decode it.
///
/// `tld` (e.g. `kr`) helps the detector when nothing declares the charset. Returns `None` for
/// binary bodies.
pub(crate) fn decode_text(
    content_type: Option<&str>,
    bytes: &[u8],
    tld: Option<&str>,
) -> Option<BodyText> {
    let declared_text = content_type.and_then(media_is_text);
    if declared_text == Some(false) {
        return None;
    }
    let bom = Encoding::for_bom(bytes);
    if declared_text.is_none() && bom.is_none() && looks_binary(bytes) {
        return None;
    }
    let (encoding, source) = if let Some(encoding) = content_type
        .and_then(charset_parameter)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
    {
        (encoding, CharsetSource::Header)
    } else if let Some((encoding, _)) = bom {
        (encoding, CharsetSource::Bom)
    } else if let Some(encoding) = declared_in_document(bytes) {
        (encoding, CharsetSource::Meta)
    } else if let Some(source) = utf8_source(bytes) {
        // Checked once here: the text is shown straight from the bytes, with no copy.
        return Some(BodyText {
            charset: UTF_8.name(),
            source,
            owned: None,
            had_errors: false,
        });
    } else {
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(&bytes[..bytes.len().min(1024 * 1024)], true);
        let tld = tld.filter(|t| t.bytes().all(|b| b.is_ascii_alphanumeric()));
        (
            detector.guess(tld.map(str::as_bytes), true),
            CharsetSource::Detected,
        )
    };
    Some(decode_with(encoding, source, bytes))
}

/// `Default` for plain ASCII (what UTF-8 is assumed to be anyway), `Detected` for valid
/// multi-byte UTF-8, `None` otherwise. `is_ascii` stops at the first non-ASCII byte, so valid
/// UTF-8 text is scanned about once.
fn utf8_source(bytes: &[u8]) -> Option<CharsetSource> {
    if bytes.is_ascii() {
        Some(CharsetSource::Default)
    } else if std::str::from_utf8(bytes).is_ok() {
        Some(CharsetSource::Detected)
    } else {
        None
    }
}

fn decode_with(encoding: &'static Encoding, source: CharsetSource, bytes: &[u8]) -> BodyText {
    // The common case keeps no second copy: UTF-8 without a BOM is shown straight from the bytes.
    if encoding == UTF_8
        && !bytes.starts_with(b"\xEF\xBB\xBF")
        && std::str::from_utf8(bytes).is_ok()
    {
        return BodyText {
            charset: UTF_8.name(),
            source,
            owned: None,
            had_errors: false,
        };
    }
    let (text, used, had_errors) = encoding.decode(bytes);
    BodyText {
        charset: used.name(),
        source,
        owned: Some(text.into_owned()),
        had_errors,
    }
}
