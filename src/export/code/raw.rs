//! The request as text with its line ends shown: every CR as `\r` and LF as `\n` (followed by a
//! real line break so it still reads as lines), the marks the Wire tab draws. Text stays as it
//! is (한글 included); other bytes are `\xNN` and a backslash is `\\`, so the text says every
//! byte exactly and could be turned back into them.

/// `bytes` with their line ends and invisible bytes marked.
pub fn marked(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\r' => out.push_str("\\r"),
                '\n' => out.push_str("\\n\n"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes back from the marked text: the proof that nothing was lost.
    fn unmarked(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match (bytes[i], bytes.get(i + 1)) {
                (b'\\', Some(b'\\')) => {
                    out.push(b'\\');
                    i += 2;
                }
                (b'\\', Some(b'r')) => {
                    out.push(b'\r');
                    i += 2;
                }
                (b'\\', Some(b'n')) => {
                    out.push(b'\n');
                    i += 3; // and the real line break after the mark
                }
                (b'\\', Some(b't')) => {
                    out.push(b'\t');
                    i += 2;
                }
                (b'\\', Some(b'x')) => {
                    let hex = std::str::from_utf8(&bytes[i + 2..i + 4]).expect("two hex digits");
                    out.push(u8::from_str_radix(hex, 16).expect("two hex digits"));
                    i += 4;
                }
                (b, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    }

    #[test]
    fn line_ends_are_shown_and_text_stays_readable() {
        let mut bytes = "POST /a\\b HTTP/1.1\r\nX: 한글\r\n\r\n\x00"
            .as_bytes()
            .to_vec();
        bytes.push(0xff);
        let text = marked(&bytes);
        assert!(
            text.starts_with("POST /a\\\\b HTTP/1.1\\r\\n\nX: 한글\\r\\n\n\\r\\n\n"),
            "{text}"
        );
        assert!(text.ends_with("\\x00\\xff"), "{text}");
        assert!(marked(b"\xff\n").starts_with("\\xff\\n\n"));
    }

    #[test]
    fn the_marked_text_gives_back_every_byte() {
        let mut bytes = "GET / HTTP/1.1\r\nA:\t\"é\"\r\n\r\n".as_bytes().to_vec();
        bytes.extend(0u8..=255);
        assert_eq!(unmarked(&marked(&bytes)), bytes);
    }
}
