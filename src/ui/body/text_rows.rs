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
}
