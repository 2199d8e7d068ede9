//! What the body views need, prepared once on the fetch thread: the kind of content, an index of
//! text rows, and the pretty-printed form. Nothing here draws.

use crate::wire::Exchange;

/// The longest row the Text view lays out; longer lines continue on the next row.
pub const MAX_ROW_BYTES: usize = 2000;
/// Bodies larger than this are not pretty-printed (Text and Hex still show everything).
pub const MAX_PRETTY_BYTES: usize = 8 * 1024 * 1024;
/// Bytes per Hex row.
pub const HEX_ROW_BYTES: usize = 16;

/// What the body is, judged from `Content-Type` and the bytes themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentKind {
    /// No body bytes at all.
    Empty,
    /// Text of no particular structure.
    Text,
    /// JSON text.
    Json,
    /// HTML or XML text.
    Markup,
    /// An image the Preview can show; the value is its file extension (`png`, `svg`, ...).
    Image(&'static str),
    /// Bytes that are not text.
    Binary,
}

/// The four ways to look at a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BodyMode {
    /// The decoded text with line numbers.
    Text,
    /// JSON indented, HTML/XML indented.
    Pretty,
    /// Images drawn.
    Preview,
    /// Offset, hex bytes and ASCII.
    Hex,
}

impl BodyMode {
    /// Every mode, in the order of the switch.
    pub const ALL: [BodyMode; 4] = [
        BodyMode::Text,
        BodyMode::Pretty,
        BodyMode::Preview,
        BodyMode::Hex,
    ];

    /// The translation key of the mode's name.
    pub fn key(self) -> &'static str {
        match self {
            BodyMode::Text => "view-text",
            BodyMode::Pretty => "view-pretty",
            BodyMode::Preview => "view-preview",
            BodyMode::Hex => "view-hex",
        }
    }
}

/// Where each visible row of a text starts: an index built once so drawing a frame only touches
/// the rows on screen.
#[derive(Clone, Debug, Default)]
pub struct TextRows {
    /// Byte offset where each row starts.
    starts: Vec<usize>,
    /// The line number of each row (1-based), or 0 when the row continues a long line.
    lines: Vec<u32>,
    /// Length of the indexed text.
    len: usize,
    /// Number of lines (not rows).
    line_count: usize,
}

impl TextRows {
    /// Index `text`: one row per line, long lines cut into rows of at most [`MAX_ROW_BYTES`].
    pub fn index(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 40 + 1);
        let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
        let mut line_start = 0;
        let mut line_number: u32 = 0;
        while line_start < bytes.len() {
            line_number = line_number.saturating_add(1);
            let line_end = bytes
                .get(line_start..)
                .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
                .map_or(bytes.len(), |i| line_start + i + 1);
            let mut row_start = line_start;
            let mut first = true;
            loop {
                starts.push(row_start);
                lines.push(if first { line_number } else { 0 });
                first = false;
                if line_end - row_start <= MAX_ROW_BYTES {
                    break;
                }
                let mut cut = row_start + MAX_ROW_BYTES;
                while cut > row_start && !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                row_start = cut;
            }
            line_start = line_end;
        }
        Self {
            starts,
            lines,
            len: bytes.len(),
            line_count: line_number as usize,
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether there are no rows (empty text).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Number of lines in the text.
    pub fn line_count(&self) -> usize {
        self.line_count
    }

    /// The byte range of row `index` in the indexed `text`, line break excluded.
    pub fn range(&self, bytes: &[u8], index: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(index).copied().unwrap_or(self.len);
        let mut end = self.starts.get(index + 1).copied().unwrap_or(self.len);
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
            if end > start && bytes.get(end - 1) == Some(&b'\r') {
                end -= 1;
            }
        }
        start..end
    }

    /// The line number shown beside row `index`, or `None` for a continued line.
    pub fn line_number(&self, index: usize) -> Option<u32> {
        self.lines.get(index).copied().filter(|&n| n > 0)
    }

    /// The row holding byte `offset`.
    pub fn row_of_offset(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Bytes of memory the index takes.
    pub fn memory_bytes(&self) -> usize {
        self.starts.capacity() * size_of::<usize>() + self.lines.capacity() * size_of::<u32>()
    }
}

/// A pretty-printed body and its row index.
#[derive(Clone, Debug, Default)]
pub struct PrettyText {
    /// The indented text.
    pub text: String,
    /// Rows of `text`.
    pub rows: TextRows,
}

/// Everything the body views need for one exchange.
#[derive(Clone, Debug)]
pub struct BodyModel {
    /// What the content is.
    pub kind: ContentKind,
    /// The view to open with.
    pub preferred: BodyMode,
    /// Rows of the decoded text, for text bodies.
    pub text_rows: Option<TextRows>,
    /// The pretty form, for JSON, HTML and XML that is not too big.
    pub pretty: Option<PrettyText>,
}

impl BodyModel {
    /// Look at the final exchange and prepare its body (run this on the fetch thread).
    pub fn build(exchange: &Exchange) -> Self {
        let bytes = exchange.body_bytes();
        let text = exchange.body_text();
        let content_type = exchange
            .head
            .as_ref()
            .and_then(|h| h.first("content-type"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let kind = content_kind(&content_type, bytes, text.is_some());
        let text_rows = text.map(TextRows::index);
        let pretty = match (kind, text) {
            (ContentKind::Json | ContentKind::Markup, Some(text))
                if text.len() <= MAX_PRETTY_BYTES =>
            {
                let pretty = if kind == ContentKind::Json {
                    pretty_json(text)
                } else {
                    Some(indent_markup(text))
                };
                pretty.map(|text| PrettyText {
                    rows: TextRows::index(&text),
                    text,
                })
            }
            _ => None,
        };
        let preferred = match kind {
            ContentKind::Image(_) => BodyMode::Preview,
            ContentKind::Json if pretty.is_some() => BodyMode::Pretty,
            ContentKind::Binary => BodyMode::Hex,
            _ => BodyMode::Text,
        };
        Self {
            kind,
            preferred,
            text_rows,
            pretty,
        }
    }

    /// Whether `mode` has something to show for this body.
    pub fn offers(&self, mode: BodyMode) -> bool {
        match mode {
            BodyMode::Text => self.text_rows.is_some(),
            BodyMode::Pretty => self.pretty.is_some(),
            BodyMode::Preview => matches!(self.kind, ContentKind::Image(_)),
            BodyMode::Hex => self.kind != ContentKind::Empty,
        }
    }

    /// Bytes of memory the indexes take.
    pub fn memory_bytes(&self) -> usize {
        self.text_rows.as_ref().map_or(0, TextRows::memory_bytes)
            + self
                .pretty
                .as_ref()
                .map_or(0, |p| p.text.capacity() + p.rows.memory_bytes())
    }
}

/// Judge the content from its media type first, then from the first bytes.
pub fn content_kind(content_type: &str, bytes: &[u8], is_text: bool) -> ContentKind {
    if bytes.is_empty() {
        return ContentKind::Empty;
    }
    let media = content_type.split(';').next().unwrap_or_default().trim();
    if let Some(ext) = image_kind(media, bytes) {
        return ContentKind::Image(ext);
    }
    if !is_text {
        return ContentKind::Binary;
    }
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .and_then(|i| bytes.get(i));
    if media == "application/json" || media.ends_with("+json") || media == "text/json" {
        return ContentKind::Json;
    }
    if media.contains("html") || media.contains("xml") {
        return ContentKind::Markup;
    }
    match start {
        Some(b'{' | b'[') if media.is_empty() || media == "text/plain" => ContentKind::Json,
        _ => ContentKind::Text,
    }
}

fn image_kind(media: &str, bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("png");
    }
    if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Some("jpg");
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some("gif");
    }
    if bytes.len() > 12 && bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some("webp");
    }
    if media == "image/svg+xml" {
        return Some("svg");
    }
    None
}

/// JSON indented by two spaces, keys in their original order; `None` if it is not JSON.
pub fn pretty_json(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    serde_json::to_string_pretty(&value).ok()
}

const VOID_ELEMENTS: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// HTML or XML with one tag or text run per line, indented by nesting depth.
pub fn indent_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth: usize = 0;
    let mut rest = text;
    let push_line = |out: &mut String, depth: usize, line: &str| {
        for _ in 0..depth.min(40) {
            out.push_str("  ");
        }
        out.push_str(line);
        out.push('\n');
    };
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            let tail = rest.trim();
            if !tail.is_empty() {
                push_line(&mut out, depth, tail);
            }
            break;
        };
        let before = rest[..open].trim();
        if !before.is_empty() {
            push_line(&mut out, depth, before);
        }
        rest = &rest[open..];
        let close = if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            rest.find('>').map(|i| i + 1)
        };
        let Some(close) = close else {
            push_line(&mut out, depth, rest.trim());
            break;
        };
        let tag = &rest[..close];
        rest = &rest[close..];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | ':' | '_'))
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
            push_line(&mut out, depth, tag);
            continue;
        }
        push_line(&mut out, depth, tag);
        let opens = !(tag.starts_with("<!")
            || tag.starts_with("<?")
            || tag.ends_with("/>")
            || VOID_ELEMENTS.contains(&name.as_str()));
        if !opens {
            continue;
        }
        if name == "script" || name == "style" {
            // Their content is not markup: keep it as it is, up to the closing tag.
            let closing = format!("</{name}");
            let end = rest
                .to_ascii_lowercase()
                .find(&closing)
                .unwrap_or(rest.len());
            for line in rest[..end].lines().map(str::trim).filter(|l| !l.is_empty()) {
                push_line(&mut out, depth + 1, line);
            }
            rest = &rest[end..];
        }
        depth += 1;
    }
    out
}

/// Number of Hex rows for `len` bytes.
pub fn hex_row_count(len: usize) -> usize {
    len.div_ceil(HEX_ROW_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_lines_and_cut_long_ones() {
        let rows = TextRows::index("a\r\nbb\n\nccc");
        assert_eq!(rows.len(), 4);
        assert_eq!(rows.line_count(), 4);
        let text = "a\r\nbb\n\nccc";
        let row_texts: Vec<&str> = (0..rows.len())
            .map(|i| &text[rows.range(text.as_bytes(), i)])
            .collect();
        assert_eq!(row_texts, ["a", "bb", "", "ccc"]);
        let long = "한".repeat(MAX_ROW_BYTES);
        let rows = TextRows::index(&long);
        assert!(rows.len() >= 3);
        assert_eq!(rows.line_number(0), Some(1));
        assert_eq!(rows.line_number(1), None);
        for i in 0..rows.len() {
            let r = rows.range(long.as_bytes(), i);
            assert!(long.is_char_boundary(r.start) && long.is_char_boundary(r.end));
            assert!(r.len() <= MAX_ROW_BYTES);
        }
        assert_eq!(rows.row_of_offset(0), 0);
        assert_eq!(rows.row_of_offset(long.len() - 1), rows.len() - 1);
    }

    #[test]
    fn kinds_come_from_type_and_bytes() {
        assert_eq!(content_kind("", b"", true), ContentKind::Empty);
        assert_eq!(
            content_kind("text/plain", b"\x89PNG\r\n\x1a\nxx", false),
            ContentKind::Image("png")
        );
        assert_eq!(
            content_kind("application/json; charset=utf-8", b"{}", true),
            ContentKind::Json
        );
        assert_eq!(
            content_kind("text/html", b"<p>hi</p>", true),
            ContentKind::Markup
        );
        assert_eq!(
            content_kind("application/octet-stream", b"\x00\x01", false),
            ContentKind::Binary
        );
        assert_eq!(
            content_kind("text/plain", b"hello", true),
            ContentKind::Text
        );
    }

    #[test]
    fn markup_is_indented_by_depth() {
        let out = indent_markup("<html><body><p>Hi<br>there</p><img src=x></body></html>");
        assert_eq!(
            out,
            "<html>\n  <body>\n    <p>\n      Hi\n      <br>\n      there\n    </p>\n    <img src=x>\n  </body>\n</html>\n"
        );
    }

    #[test]
    fn json_is_indented_keeping_key_order() {
        assert_eq!(
            pretty_json(r#"{"b":1,"a":[true]}"#).as_deref(),
            Some("{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}")
        );
        assert_eq!(pretty_json("not json"), None);
    }
}
