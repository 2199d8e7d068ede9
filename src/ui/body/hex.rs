//! The Hex view: offset, sixteen bytes in hex, and the same bytes as ASCII, computed per row.
//! Offered for every body that has bytes; Find searches the bytes themselves.

use std::fmt::Write as _;

use egui::{Color32, FontId, RichText, Ui};

use crate::i18n::I18n;
use crate::ui::rows::{RowScroll, show_rows};

use super::lines::Highlights;
use super::{BodyView, ShownBody};

/// Bytes per Hex row.
pub const HEX_ROW_BYTES: usize = 16;

/// The Hex view.
pub struct HexView;

impl BodyView for HexView {
    fn key(&self) -> &'static str {
        "view-hex"
    }

    fn offered(&self, body: &ShownBody<'_>) -> bool {
        !body.exchange.body_bytes().is_empty()
    }

    fn searched<'a>(&self, body: &ShownBody<'a>) -> Option<&'a [u8]> {
        Some(body.exchange.body_bytes())
    }

    fn row_of(&self, _body: &ShownBody<'_>, offset: usize) -> usize {
        offset / HEX_ROW_BYTES
    }

    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        scroll: &mut RowScroll,
        marks: Highlights<'_>,
    ) -> Option<super::ViewAction> {
        let marked = marks.current.map(|at| (at, marks.len));
        hex_view(
            ui,
            i18n.t("body-rows"),
            body.exchange.body_bytes(),
            scroll,
            marked,
        );
        None
    }
}

/// Number of Hex rows for `len` bytes.
pub fn hex_row_count(len: usize) -> usize {
    len.div_ceil(HEX_ROW_BYTES)
}

/// Draw `bytes` as hex rows (the list named `name`); the row holding `marked` (a find match)
/// gets a background.
pub fn hex_view(
    ui: &mut Ui,
    name: &str,
    bytes: &[u8],
    scroll: &mut RowScroll,
    marked: Option<(usize, usize)>,
) {
    let font = FontId::monospace(13.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0;
    let offset_digits = if bytes.len() > 0xffff_ffff { 12 } else { 8 };
    show_rows(
        ui,
        "hex",
        Some(name),
        scroll,
        hex_row_count(bytes.len()),
        row_height,
        |ui, index| {
            let start = index * HEX_ROW_BYTES;
            let is_marked =
                marked.is_some_and(|(at, len)| at < start + HEX_ROW_BYTES && at + len > start);
            let row = HexRow {
                start,
                offset_digits,
                bytes: hex_row_bytes(bytes, start),
                marked: is_marked,
            };
            row.draw(ui, &font);
        },
    );
}

/// The bytes of the Hex row that starts at byte `start` (the last row may be short).
pub fn hex_row_bytes(bytes: &[u8], start: usize) -> &[u8] {
    bytes
        .get(start..(start + HEX_ROW_BYTES).min(bytes.len()))
        .unwrap_or_default()
}

/// One Hex row on screen, as the body's Hex view and the Wire tab's hex rows draw it.
pub struct HexRow<'a> {
    /// Where the row starts in its bytes, shown as the offset.
    pub start: usize,
    /// How many hex digits the offset is written in.
    pub offset_digits: usize,
    /// The row's bytes, at most [`HEX_ROW_BYTES`].
    pub bytes: &'a [u8],
    /// Whether the row holds a find match (its hex gets a background).
    pub marked: bool,
}

impl HexRow<'_> {
    /// Draw the offset, the bytes in hex and the same bytes as ASCII, left to right.
    pub fn draw(&self, ui: &mut Ui, font: &FontId) {
        let offset_digits = self.offset_digits;
        ui.label(
            RichText::new(format!("{:0offset_digits$x}", self.start))
                .font(font.clone())
                .color(ui.visuals().weak_text_color()),
        );
        ui.add_space(8.0);
        let (hex, ascii) = hex_row(self.bytes);
        let mut hex_text = RichText::new(hex).font(font.clone());
        if self.marked {
            hex_text = hex_text
                .background_color(Color32::from_rgb(250, 200, 60))
                .color(Color32::BLACK);
        }
        ui.add(
            egui::Label::new(hex_text)
                .selectable(true)
                .wrap_mode(egui::TextWrapMode::Extend),
        );
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(RichText::new(ascii).font(font.clone()))
                .selectable(true)
                .wrap_mode(egui::TextWrapMode::Extend),
        );
    }
}

/// `48 54 54 50 ...` (a gap after eight bytes, padded to sixteen) and `HTTP....`.
pub fn hex_row(row: &[u8]) -> (String, String) {
    let mut hex = String::with_capacity(HEX_ROW_BYTES * 3 + 1);
    let mut ascii = String::with_capacity(HEX_ROW_BYTES);
    for i in 0..HEX_ROW_BYTES {
        if i == HEX_ROW_BYTES / 2 {
            hex.push(' ');
        }
        match row.get(i) {
            Some(b) => {
                let _ = write!(hex, "{b:02x} ");
                ascii.push(if b.is_ascii_graphic() || *b == b' ' {
                    char::from(*b)
                } else {
                    '.'
                });
            }
            None => hex.push_str("   "),
        }
    }
    (hex.trim_end().to_owned(), ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_shows_hex_and_ascii() {
        let (hex, ascii) = hex_row(b"HTTP/1.1 200 OK\r\n");
        assert_eq!(hex, "48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d");
        assert_eq!(ascii, "HTTP/1.1 200 OK.");
        let (hex, ascii) = hex_row(b"\x00A");
        assert_eq!(hex, "00 41");
        assert_eq!(ascii, ".A");
    }
}
