//! Bytes written as literals of the languages the code is in: a Python bytes literal, a Rust
//! byte-string literal, a POSIX shell word. Each keeps every byte exactly; what cannot be
//! written as itself (quotes, backslashes, line ends, non-ASCII, binary) is escaped.

use crate::wire::push_escaped_byte;

/// `bytes` as one Python bytes literal in single quotes, e.g. `b'GET / HTTP/1.1\r\n'`. A bytes
/// literal may hold only ASCII, so every other byte (UTF-8 of 한글 included) is `\xNN`.
pub fn python_bytes_literal(bytes: &[u8]) -> String {
    let mut out = String::from("b'");
    for &b in bytes {
        push_escaped_byte(&mut out, b, Some(b'\''));
    }
    out.push('\'');
    out
}

/// `text` as a Python string literal in single quotes; non-ASCII letters stay as they are
/// (Python 3 reads its source as UTF-8), control characters are escaped.
pub fn python_str_literal(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        // ASCII is escaped as in a bytes literal; of the rest only the controls, all below
        // U+0100, so `\xNN` names them too.
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() || c.is_control() => push_escaped_byte(&mut out, b, Some(b'\'')),
            _ => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// `bytes` as the inside of a Rust byte-string literal (`b"..."` without the quotes). A line
/// that would start with a space after a `\` line continuation starts with `\x20` instead,
/// because the continuation swallows the spaces that follow it.
pub fn rust_bytes_escaped(bytes: &[u8], after_continuation: bool) -> String {
    let mut out = String::new();
    for (index, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if index == 0 && after_continuation => out.push_str("\\x20"),
            b'\0' => out.push_str("\\0"),
            _ => push_escaped_byte(&mut out, b, Some(b'"')),
        }
    }
    out
}

/// `bytes` as one whole Rust byte-string literal, e.g. `b"a\"b\xed"`.
pub fn rust_bytes_literal(bytes: &[u8]) -> String {
    format!("b\"{}\"", rust_bytes_escaped(bytes, false))
}

/// `text` as one word for a POSIX shell: in single quotes, inside which nothing is special;
/// a single quote itself ends the quoting, is written escaped, and quoting starts again.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// `bytes` as the format of POSIX `printf`, which writes them back exactly: letters and digits
/// as they are, `%` doubled, `\` and `'` escaped, every other byte as `\NNN` in octal (the only
/// escape for any byte every `printf` knows; a shell word cannot hold a NUL byte at all).
/// Returned in single quotes, ready for the shell.
pub fn printf_format(bytes: &[u8]) -> String {
    let mut out = String::from("'");
    for &b in bytes {
        match b {
            b'%' => out.push_str("%%"),
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("'\\''"),
            b'\n' => out.push_str("\\n"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push('\'');
    out
}

/// `bytes` cut into lines for a literal spread over several source lines: after every LF, and
/// every `width` bytes within a long line (a line's CR LF always stays with its last piece).
pub fn pieces(bytes: &[u8], width: usize) -> Vec<&[u8]> {
    let width = width.max(1);
    let mut out = Vec::new();
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let ending = if line.ends_with(b"\r\n") {
            2
        } else {
            usize::from(line.ends_with(b"\n"))
        };
        let content = line.len() - ending;
        let mut start = 0;
        while content - start > width {
            out.push(&line[start..start + width]);
            start += width;
        }
        out.push(&line[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_bytes_escape_quotes_backslashes_line_ends_and_non_ascii() {
        assert_eq!(
            python_bytes_literal(b"it's \"a\\b\"\r\n\t\x00\xff"),
            r#"b'it\'s "a\\b"\r\n\t\x00\xff'"#
        );
        assert_eq!(python_bytes_literal("한".as_bytes()), r"b'\xed\x95\x9c'");
    }

    #[test]
    fn python_strings_keep_letters_and_escape_controls() {
        assert_eq!(python_str_literal("한 'a'\\\n\x01"), r"'한 \'a\'\\\n\x01'");
        assert_eq!(python_str_literal("é\u{85}"), r"'é\x85'");
    }

    #[test]
    fn rust_bytes_escape_and_guard_a_leading_space_after_a_continuation() {
        assert_eq!(
            rust_bytes_literal(b"say \"hi\"\\\r\n\0\x7f\xea"),
            r#"b"say \"hi\"\\\r\n\0\x7f\xea""#
        );
        assert_eq!(rust_bytes_escaped(b" folded", true), r"\x20folded");
        assert_eq!(rust_bytes_escaped(b" folded", false), " folded");
    }

    #[test]
    fn shell_words_survive_single_quotes() {
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("$HOME `x` \"y\""), "'$HOME `x` \"y\"'");
    }

    #[test]
    fn printf_formats_write_every_byte_back() {
        assert_eq!(
            printf_format(b"100% it's a\\b\n\r\x00\xed"),
            r"'100%% it'\''s a\\b\n\015\000\355'"
        );
    }

    #[test]
    fn pieces_break_after_line_feeds_and_at_the_width() {
        assert_eq!(
            pieces(b"abc\r\ncdefg\n\r\n", 3),
            vec![&b"abc\r\n"[..], b"cde", b"fg\n", b"\r\n"]
        );
        assert_eq!(pieces(b"abcd", 2), vec![&b"ab"[..], b"cd"]);
        assert!(pieces(b"", 3).is_empty());
    }
}
