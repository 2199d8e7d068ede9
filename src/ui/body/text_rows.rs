//! Where each row of a text starts, indexed once so a frame only touches the rows on screen.

/// The longest row the Text view lays out; longer lines continue on the next row.
pub const MAX_ROW_BYTES: usize = 2000;

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
        Self::index_by(text, |rest| cut_bytes(rest, MAX_ROW_BYTES))
    }

    /// Index `text` wrapped to `columns`: a line longer than the view continues on the next
    /// row (a wide character such as Hangul counts as two columns).
    pub fn wrapped(text: &str, columns: usize) -> Self {
        Self::index_by(text, |rest| cut_columns(rest, columns.max(1)))
    }

    /// Index `text` line by line; `row_len(rest)` says how many bytes of the rest of a line
    /// (line break included) fit on one row (at least one character).
    fn index_by(text: &str, row_len: impl Fn(&str) -> usize) -> Self {
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
                let rest = text.get(row_start..line_end).unwrap_or_default();
                let fits = row_len(rest).max(1);
                if fits >= rest.len() {
                    break;
                }
                row_start += fits;
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
}

/// The bytes of `rest` that fit in `max` bytes, cut on a character boundary.
fn cut_bytes(rest: &str, max: usize) -> usize {
    if rest.len() <= max {
        return rest.len();
    }
    let mut cut = max;
    while cut > 0 && !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    cut.max(rest.chars().next().map_or(1, char::len_utf8))
}

/// The bytes of `rest` that fit in `columns` columns (a line break takes none).
fn cut_columns(rest: &str, columns: usize) -> usize {
    let mut used = 0;
    for (at, c) in rest.char_indices() {
        let width = match c {
            '\n' | '\r' => 0,
            c if is_wide(c) => 2,
            _ => 1,
        };
        if used + width > columns && at > 0 {
            return at;
        }
        used += width;
    }
    rest.len()
}

/// Characters drawn two columns wide: Hangul, CJK ideographs and kana, full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
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
    fn wrapped_rows_fit_the_columns_and_count_hangul_twice() {
        let text = "abcdefghij\n가나다라\nxy";
        let rows = TextRows::wrapped(text, 4);
        let row_texts: Vec<&str> = (0..rows.len())
            .map(|i| &text[rows.range(text.as_bytes(), i)])
            .collect();
        assert_eq!(row_texts, ["abcd", "efgh", "ij", "가나", "다라", "xy"]);
        assert_eq!(rows.line_count(), 3);
        assert_eq!(rows.line_number(1), None, "a continued line has no number");
        assert_eq!(rows.line_number(3), Some(2));
        // A character wider than the view still gets a row of its own.
        assert_eq!(TextRows::wrapped("가", 1).len(), 1);
    }
}
