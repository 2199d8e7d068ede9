//! What a body is (JSON, HTML, an image ...), decided once from `Content-Type` and the bytes.
//!
//! The engine decides this where it decides text or binary, so every view and export reads the
//! same answer instead of sniffing the bytes again.

/// The kind of content a body holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ContentKind {
    /// No body bytes at all.
    #[default]
    Empty,
    /// Text of no particular structure.
    Text,
    /// JSON text.
    Json,
    /// HTML text.
    Html,
    /// XML text (also XHTML and other `+xml` types).
    Xml,
    /// An image in a format the Preview can draw.
    Image(ImageFormat),
    /// Bytes that are not text.
    Binary,
}

/// Image formats the Preview can draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    /// Portable Network Graphics.
    Png,
    /// JPEG.
    Jpeg,
    /// GIF (87a or 89a).
    Gif,
    /// WebP.
    Webp,
    /// SVG (a vector image written in XML).
    Svg,
}

impl ImageFormat {
    /// The usual file extension, e.g. `png`.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Gif => "gif",
            ImageFormat::Webp => "webp",
            ImageFormat::Svg => "svg",
        }
    }
}

impl ContentKind {
    /// Judge a body from its `Content-Type` value first, then from its first bytes; `is_text` says
    /// whether the engine decoded it as text.
    pub fn judge(content_type: Option<&str>, bytes: &[u8], is_text: bool) -> Self {
        if bytes.is_empty() {
            return ContentKind::Empty;
        }
        let media = content_type
            .and_then(|value| value.split(';').next())
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if let Some(format) = image_format(&media, bytes) {
            return ContentKind::Image(format);
        }
        if !is_text {
            return ContentKind::Binary;
        }
        if media == "application/json" || media == "text/json" || media.ends_with("+json") {
            return ContentKind::Json;
        }
        if media.contains("html") && !media.contains("xml") {
            return ContentKind::Html;
        }
        if media.contains("xml") {
            return ContentKind::Xml;
        }
        // A server that does not say (or says plain text) may still send JSON.
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        match first {
            Some(b'{' | b'[') if media.is_empty() || media == "text/plain" => ContentKind::Json,
            _ => ContentKind::Text,
        }
    }

    /// Whether the content is markup (HTML or XML) that can be indented by nesting.
    pub fn is_markup(self) -> bool {
        matches!(self, ContentKind::Html | ContentKind::Xml)
    }

    /// A file extension for saving such a body, e.g. `json`.
    pub fn extension(self) -> &'static str {
        match self {
            ContentKind::Image(format) => format.extension(),
            ContentKind::Json => "json",
            ContentKind::Html => "html",
            ContentKind::Xml => "xml",
            ContentKind::Binary => "bin",
            ContentKind::Empty | ContentKind::Text => "txt",
        }
    }
}

/// The image format, from the file signature (servers often mislabel images), or for SVG (text
/// with no signature) from the media type.
fn image_format(media: &str, bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(ImageFormat::Png);
    }
    if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Some(ImageFormat::Jpeg);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some(ImageFormat::Gif);
    }
    if bytes.len() > 12 && bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some(ImageFormat::Webp);
    }
    if media == "image/svg+xml" {
        return Some(ImageFormat::Svg);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_type_and_bytes() {
        assert_eq!(ContentKind::judge(None, b"", true), ContentKind::Empty);
        assert_eq!(
            ContentKind::judge(Some("text/plain"), b"\x89PNG\r\n\x1a\nxx", false),
            ContentKind::Image(ImageFormat::Png)
        );
        assert_eq!(
            ContentKind::judge(Some("Application/JSON; charset=utf-8"), b"{}", true),
            ContentKind::Json
        );
        assert_eq!(
            ContentKind::judge(Some("text/html"), b"<p>hi</p>", true),
            ContentKind::Html
        );
        assert_eq!(
            ContentKind::judge(Some("application/xhtml+xml"), b"<p/>", true),
            ContentKind::Xml
        );
        assert_eq!(
            ContentKind::judge(Some("image/svg+xml"), b"<svg/>", true),
            ContentKind::Image(ImageFormat::Svg)
        );
        assert_eq!(
            ContentKind::judge(Some("application/octet-stream"), b"\x00\x01", false),
            ContentKind::Binary
        );
        assert_eq!(
            ContentKind::judge(Some("text/plain"), b"hello", true),
            ContentKind::Text
        );
        assert_eq!(
            ContentKind::judge(None, b"  [1, 2]", true),
            ContentKind::Json
        );
        assert_eq!(
            ContentKind::judge(Some("text/css"), b"{}", true),
            ContentKind::Text
        );
    }
}
