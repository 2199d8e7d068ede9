//! One way to show the bytes of a response head as text, everywhere.
//!
//! A head is bytes, not text: a reason phrase or a header value may hold UTF-8 (`좋아요`), bytes
//! of some older encoding, or plain garbage (RFC 9110 section 5.5 calls them obs-text). Every
//! view (status strip, header table, head tab, `--json`) shows them through this one function,
//! so the same bytes read the same way on every surface.

use std::fmt::Write;

/// The bytes as text: UTF-8 where it is valid, every other byte escaped as `\xNN`.
///
/// Never Latin-1: reading `ê°'` where the server sent `값` would hide what was sent. A backslash
/// sent by the server is shown as it is, so `\xFF` in the text may (rarely) be four real bytes;
/// the exact bytes stay in the record for views that need to tell them apart.
pub fn head_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    out
}

/// How many bytes outside ASCII `bytes` hold (allowed in a head as obs-text, but not portable).
pub(crate) fn count_non_ascii(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| !b.is_ascii()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_reads_as_itself_and_other_bytes_are_escaped() {
        assert_eq!(head_text("좋아요".as_bytes()), "좋아요");
        let mut value = "값".as_bytes().to_vec();
        value.push(0xff);
        assert_eq!(head_text(&value), "값\\xFF");
        assert_eq!(head_text(b"caf\xe9"), "caf\\xE9");
        assert_eq!(head_text(b""), "");
    }
}
